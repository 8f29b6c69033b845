### Página de resumen: todos los límites de frecuencia, una tabla, luego una sección por
### límite (anclas estables de Let’s Encrypt) y qué hacer tras un error.
### Los mensajes que tratan de un límite reciben sus datos (véase errors.ftl).

title = Límites de frecuencia
description = Todos los límites de frecuencia de { -brand }, sus valores y qué hacer cuando alcanza uno.

intro = { -brand } limita la frecuencia de algunas solicitudes para atender de forma equitativa a todos sus suscriptores. La mayoría de los suscriptores nunca alcanzan estos límites. Cuando se alcanza uno, el error remite a la página que lo explica.
bucket = Estos límites funcionan como cubetas de tokens (*token buckets*), no como ventanas deslizantes: cada límite permite un número de solicitudes en un periodo, y su capacidad se repone poco a poco en lugar de restablecerse de golpe al final del periodo.

how-heading = Cómo funcionan nuestros límites de frecuencia
how-no-reset = Si ha alcanzado un límite, { -brand } no tiene forma de restablecerlo: su capacidad se recupera gradualmente con el tiempo, sin que usted tenga que hacer nada. Revocar certificados **no** restablece los límites, porque los recursos usados para emitirlos ya se han consumido.

overview-heading = Resumen
table-limit = Límite
table-allowed = Permitido
table-override = Anulación

# Columnas «Permitido» de la tabla y de las secciones: el máximo de un límite.
# Variables: las del límite registrations-per-ip
#   $count (número), $window (duración), $window-unit (texto), $window-amount (número)
allowed-registrations-per-ip = { $count ->
        [one] { $count } cuenta
       *[other] { $count } cuentas
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al día
            [week] a la semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] cada { $window }
    }
# Variables: las del límite registrations-per-ipv6-range
#   $count (número), $window (duración), $window-unit (texto), $window-amount (número)
allowed-registrations-per-ipv6-range = { $count ->
        [one] { $count } cuenta
       *[other] { $count } cuentas
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al día
            [week] a la semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] cada { $window }
    }
# Variables: las del límite orders-per-account
#   $count (número), $window (duración), $window-unit (texto), $window-amount (número)
allowed-orders-per-account = { $count ->
        [one] { $count } pedido nuevo
       *[other] { $count } pedidos nuevos
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al día
            [week] a la semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] cada { $window }
    }
# Variables: las del límite certificates-per-domain
#   $count (número), $window (duración), $window-unit (texto), $window-amount (número)
allowed-certificates-per-domain = { $count ->
        [one] { $count } certificado
       *[other] { $count } certificados
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al día
            [week] a la semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] cada { $window }
    }
# Variables: las del límite certificates-per-exact-set
#   $count (número), $window (duración), $window-unit (texto), $window-amount (número)
allowed-certificates-per-exact-set = { $count ->
        [one] { $count } certificado
       *[other] { $count } certificados
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al día
            [week] a la semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] cada { $window }
    }
# Variables: las del límite authorization-failures
#   $count (número), $window (duración), $window-unit (texto), $window-amount (número)
allowed-authorization-failures = { $count ->
        [one] { $count } fallo
       *[other] { $count } fallos
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al día
            [week] a la semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] cada { $window }
    }
# Variables:
#   $count (número) – fallos consecutivos tolerados antes del bloqueo
allowed-consecutive-authorization-failures = { $count ->
        [one] { $count } fallo consecutivo
       *[other] { $count } fallos consecutivos
    }
# Variables: las del límite overall-requests
#   $count (número), $window (duración), $window-unit (texto), $window-amount (número)
allowed-overall-requests = { $count ->
        [one] { $count } solicitud
       *[other] { $count } solicitudes
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al día
            [week] a la semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] cada { $window }
    }

# Columna «Anulación» de la tabla.
# Variables:
#   $overridable (texto) – yes si se puede solicitar una anulación; si no, no
overridable = { $overridable ->
        [yes] Posible
       *[no] No disponible
    }

# Secciones que agrupan los límites, como en la página de Let’s Encrypt.
registration-heading = Límites de registro de cuentas
registration-intro = Estos límites se aplican cuando un suscriptor solicita una cuenta nueva en el punto final `new-account` de la API. Superarlos es muy poco frecuente; recomendamos a los grandes integradores preferir [una cuenta para muchos clientes](/docs/integration-guide/#one-account-or-many).
issuance-heading = Límites de emisión de certificados
issuance-intro = Estos límites se aplican cuando un suscriptor solicita un certificado nuevo en el punto final `new-order` de la API. Superarlos es más común, sobre todo para los grandes proveedores de alojamiento y las organizaciones que emiten certificados para muchos nombres.
# Variables:
#   $identifiers (número) – identificadores que admite un mismo certificado
identifiers-note = Un mismo certificado puede incluir hasta { $identifiers } identificadores (nombres DNS o direcciones IP), según el [perfil de certificado](https://letsencrypt.org/docs/profiles/) elegido. Por rendimiento, use los menos identificadores posibles por certificado.

renewals-heading = Exenciones de los límites para las renovaciones
renewals-intro = { -brand } reconoce una renovación de dos maneras: preferentemente mediante ARI (*ACME Renewal Information*), cuyas renovaciones están exentas de todos los límites; si no, mediante la detección antigua, que considera renovación un pedido con exactamente el mismo conjunto de identificadores, pero lo deja sujeto a algunos límites.
ari-heading = Renovaciones con ARI

ari = Las renovaciones coordinadas por ARI están exentas de **todos** los límites. Un cliente compatible con ARI consulta periódicamente a los servidores de { -brand } si conviene renovar un certificado; llegado el momento, solicita un pedido nuevo que indica el certificado al que sustituye (el campo `replaces`). Si ese pedido incluye al menos un identificador del certificado sustituido y este no se ha sustituido ya mediante ARI, el pedido no está sujeto a ningún límite.

non-ari-heading = Renovaciones sin ARI
non-ari = Si su cliente o su proveedor de alojamiento aún no admite ARI, un pedido se sigue considerando renovación de un certificado anterior cuando contiene exactamente el mismo conjunto de identificadores, sin tener en cuenta mayúsculas ni orden. Entonces está exento de los límites de [pedidos nuevos por cuenta](#new-orders-per-account) y de [certificados nuevos por dominio registrado](#new-certificates-per-registered-domain). A diferencia de una renovación con ARI, sigue sujeto a los límites de [certificados nuevos por conjunto exacto de identificadores](#new-certificates-per-exact-set-of-identifiers) y de [fallos de autorización por identificador y cuenta](#authorization-failures-per-identifier-per-account).

# Resúmenes de una sección por límite: lo que cuenta el límite, sin cifras (las cifras
# aparecen después en la lista de datos).
summary-registrations-per-ip = Limita el número de cuentas ACME nuevas que se crean desde una misma dirección IP.
summary-registrations-per-ipv6-range = Limita el número de cuentas ACME nuevas que se crean desde un mismo rango /48 de direcciones IPv6, sea cual sea la dirección exacta de cada solicitud.
summary-orders-per-account = Limita el número de pedidos nuevos (solicitudes de certificado) que puede crear una misma cuenta.
summary-certificates-per-domain = Limita el número de certificados emitidos para los nombres de un mismo dominio registrado, contando todas las cuentas. También se aplica por dirección IPv4 y por rango /64 de direcciones IPv6.
summary-certificates-per-exact-set = Limita el número de certificados emitidos para exactamente el mismo conjunto de nombres de dominio y direcciones IP. Antes se llamaba «límite de certificados duplicados».
summary-authorization-failures = Limita el número de validaciones que pueden fallar para un mismo identificador y una misma cuenta. Antes se llamaba «límite de validaciones fallidas».
summary-consecutive-authorization-failures = Cuando la validación de un identificador falla sin interrupción durante mucho tiempo, la cuenta queda bloqueada para ese identificador hasta que usted la desbloquee. Una validación correcta pone el contador a cero.
summary-overall-requests = Limita la frecuencia de las solicitudes que cada dirección IP puede enviar a cada punto final de la API ACME.

# Lista de datos de una sección. Variables:
#   $allowed (texto) – el máximo, ya formateado (un mensaje allowed-*)
facts-allowed = **Permitido:** { $allowed }
# Variables:
#   $refill (duración) – plazo tras el cual vuelve una unidad de capacidad
#   $refill-unit (texto), $refill-amount (número) – la misma duración, para la gramática
facts-refill = **Reposición:** una unidad { $refill-amount ->
        [1] { $refill-unit ->
            [day] al día
            [week] a la semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] cada { $refill }
    }
# Variables:
#   $burst (número) – peticiones aceptadas de golpe
facts-burst = **Ráfaga:** { $burst ->
        [one] { $burst } solicitud
       *[other] { $burst } solicitudes
    } por defecto, según el punto final
# Variables:
#   $overridable (texto) – yes si se puede solicitar una anulación; si no, no
facts-override = **Anulación:** { $overridable ->
        [yes] posible
       *[no] no disponible
    }
# Enlace a la página completa de un límite. Variables:
#   $name (texto) – el título de la página
read-more = Leer la página «{ $name }»

retrying-heading = Reintentar tras alcanzar un límite
retrying-error = Cuando una solicitud supera un límite, el servidor responde con un error ACME de tipo `urn:ietf:params:acme:error:rateLimited`, acompañado de una cabecera `Retry-After`: el momento a partir del cual la solicitud volverá a aceptarse.

retrying-format = Los mensajes de error de los límites de Boulder, el servidor ACME de { -brand }, siguen todos el mismo formato, en inglés. Por ejemplo:
retrying-several = Si una solicitud supera varios límites, el error describe el que se restablece más tarde, y `Retry-After` indica el momento en que todos vuelven a permitirla.

retry-after-heading = Encabezado Retry-After
retrying-wait = Espere hasta ese momento antes de volver a intentarlo: una solicitud enviada antes volverá a fallar. Un cliente ACME automatizado debe leer esta cabecera en lugar de reintentar a intervalos fijos.
retrying-staging = Para poner a punto un cliente o un despliegue, use nuestro [entorno de prueba](/docs/staging-environment/#rate-limits): sus límites son independientes de los de producción.

# Variables:
#   $override-form (texto) – la dirección del formulario de solicitud de anulaciones
override-request = Si es un gran proveedor de alojamiento o una organización que integra { -brand }, puede solicitar límites más altos con el [formulario de solicitud de anulaciones]({ $override-form }). Tramitar una solicitud lleva algunas semanas, así que el formulario no sirve si solo necesita que un límite se restablezca antes de lo que lo haría por sí solo.
