### Página de ayuda del límite global de peticiones, aplicado por dirección IP y por
### endpoint de la API ACME.
### Variables: las del límite overall-requests (véase errors.ftl), incluida $burst.

title = { overall-requests-title }
description = Cuántas solicitudes puede enviar cada dirección IP a la API ACME de { -brand }, y qué hacer cuando supera ese límite.

description-limit = Para proteger el servicio, { -brand } limita el número de solicitudes que cada dirección IP puede enviar a la API ACME. El límite se aplica por separado a cada punto final.
description-endpoints = Cada punto final tiene su propio límite. `/acme/*` designa todos los puntos finales de la API que no tienen fila propia en la tabla.

table-endpoint = Punto final
# Encabezado de columna: la frecuencia permitida por ventana.
# Variables:
#   $window (duración) – la ventana («1 segundo»)
#   $window-unit (texto), $window-amount (número) – la misma ventana, para la gramática
table-rate = { $window-amount ->
        [1] { $window-unit ->
            [day] Límite por día
            [week] Límite por semana
            [minute] Límite por minuto
            [hour] Límite por hora
           *[second] Límite por segundo
        }
       *[other] Límite cada { $window }
    }
table-burst = Ráfaga

table-staging-rate = Frecuencia en el entorno de prueba
table-staging-burst = Ráfaga en el entorno de prueba
# Celda de la tabla: un número de peticiones.
# Variables:
#   $count (número) – el número de peticiones
table-requests = { $count ->
        [one] { $count } solicitud
       *[other] { $count } solicitudes
    }
# Celda de la tabla: la ráfaga de los endpoints sin fila propia.
# Variables:
#   $burst (número) – el número de peticiones
table-burst-requests = { $burst ->
        [one] { $burst } solicitud
       *[other] { $burst } solicitudes
    }

new-account-note = La tabla da las rutas de Boulder: la página de { -brand } escribe `/acme/new-account` para el punto final que Boulder sirve en `/acme/new-acct`. Las columnas del entorno de prueba dan los valores del [entorno de prueba](/docs/staging-environment/#rate-limits).

description-burst = La ráfaga es el número de solicitudes que se aceptan de golpe antes de que se aplique el límite: un cliente puede superar brevemente la frecuencia permitida, pero después debe ir más despacio.
description-enforcement = Este límite se aplica a la entrada del servicio, antes de cualquier procesamiento ACME: una solicitud rechazada recibe una respuesta HTTP 503 (*Service Unavailable*) con una cabecera `Retry-After`.

causes-intro = Un cliente ACME normal solo envía unas pocas solicitudes por certificado. Este límite lo alcanzan clientes demasiado impacientes o demasiado numerosos detrás de una misma dirección.

polling-heading = Sondeo sin pausas
polling-body = Un cliente que consulta el estado de un pedido o de una autorización sin esperar entre una solicitud y la siguiente supera rápidamente el límite. Debe respetar la cabecera `Retry-After` de las respuestas o espaciar sus consultas.

nonces-heading = Nonces desperdiciados
nonces-body = Cada respuesta de la API incluye un nonce nuevo en la cabecera `Replay-Nonce`. Un cliente que pide un nonce al punto final `new-nonce` antes de cada solicitud duplica sus solicitudes sin necesidad.

synchronized-heading = Solicitudes sincronizadas
synchronized-body = Muchos servidores detrás de una misma dirección IP (NAT, proxy), o tareas programadas a una hora en punto, envían sus solicitudes en el mismo instante.

recover-spread = Añada un retardo aleatorio al inicio de sus tareas programadas para repartir las solicitudes en el tiempo.
recover-directory = Guarde en memoria el directorio ACME (`/directory`) en lugar de volver a leerlo antes de cada solicitud.
