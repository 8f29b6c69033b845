### Página de ayuda del límite de registros por IP.
### Variables: las del límite registrations-per-ip (véase errors.ftl).

title = { registrations-per-ip-title }
description = Qué significan los errores «too many new registrations (…) from this IP address» y «too many registrations for this IP», por qué se producen y cómo evitarlos.

# Variables:
#   $count (número) – cuentas permitidas por ventana
#   $window (duración) – la ventana («3 horas»)
#   $window-unit (texto), $window-amount (número) – la misma ventana, para la gramática
description-limit =
    Los suscriptores pueden registrar hasta { $count ->
        [one] { $count } cuenta
       *[other] { $count } cuentas
    } por dirección IP { $window-amount ->
        [1] { $window-unit ->
            [day] cada día
            [week] cada semana
            [minute] cada minuto
            [second] cada segundo
           *[hour] cada hora
        }
       *[other] cada { $window }
    }. Cuando supere el límite de *registros por IP*, su cliente ACME debería mostrarle el siguiente mensaje de error:

# Presenta el mensaje antiguo de Boulder, en inglés, citado justo después.
boulder-legacy-intro = Antes, Boulder enviaba este mensaje más antiguo, que enlazaba con esta página:
# Variables:
#   $count (número) – cuentas permitidas por ventana
#   $window-unit (texto), $window-amount (número) – la ventana, para la gramática
description-meaning =
    Los «registros» a los que se refiere este error son solicitudes, enviadas desde su dirección IP, para registrar una cuenta nueva en la API de { -brand }. Este error indica que { $count ->
        [one] ya se ha registrado al menos { $count } cuenta
       *[other] ya se han registrado al menos { $count } cuentas
    } desde esta dirección IP { $window-amount ->
        [1] { $window-unit ->
            [day] en el último día
            [week] en la última semana
            [minute] en el último minuto
            [second] en el último segundo
           *[hour] en la última hora
        }
       *[other] { $window-unit ->
            [day] en los últimos { $window-amount } días
            [week] en las últimas { $window-amount } semanas
            [minute] en los últimos { $window-amount } minutos
            [second] en los últimos { $window-amount } segundos
           *[hour] en las últimas { $window-amount } horas
        }
    }.

causes-intro = Los suscriptores que alcanzan el límite de registros por IP suelen hacerlo por una mala configuración de su entorno.

repeat-deployments-heading = Despliegues repetidos
repeat-deployments-body =
    Es muy poco habitual que un suscriptor individual se tope con el límite de registros por IP. Lo más frecuente es que ocurra durante despliegues repetidos de su sistema o aplicación: o bien su cliente ACME no consigue guardar y reutilizar las credenciales de su cuenta, o bien el sistema de archivos donde deberían guardarse esas credenciales se destruye entre un despliegue y otro (contenedores, máquinas virtuales, instancias en la nube). Cuando pruebe el despliegue de su sistema o aplicación, asegúrese de haber configurado su cliente ACME para que use nuestro entorno de pruebas. Los límites de frecuencia de nuestro entorno de pruebas son [considerablemente más altos](/docs/staging-environment/#rate-limits).

too-many-accounts-heading = Demasiadas cuentas
too-many-accounts-body =
    Los proveedores de alojamiento y otros grandes integradores suelen alcanzar el límite de registros por IP al intentar crear una cuenta por cliente. Recomendamos a los grandes integradores optar por un diseño que use [una sola cuenta para varios clientes](/docs/integration-guide/#one-account-or-many). Durante las pruebas, asegúrese de haber configurado su implementación de ACME para que use nuestro entorno de pruebas. Los límites de frecuencia de nuestro entorno de pruebas son [considerablemente más altos](/docs/staging-environment/#rate-limits).
