### Página del entorno de prueba.

title = Entorno de prueba
description = Pruebe su cliente ACME con el entorno de prueba de { -brand }, cuyos límites de frecuencia son mucho más altos.

intro = Le recomendamos encarecidamente que pruebe su cliente ACME en nuestro entorno de prueba antes de usarlo en producción. Funciona igual que producción, pero los navegadores no confían en sus certificados y sus límites de frecuencia son mucho más altos. Para usarlo, configure su cliente con la siguiente URL de directorio:
# La URL del directorio ACME del entorno de prueba: no traducir.
directory-url = https://acme-staging-v02.api.letsencrypt.org/directory

certbot = Con [Certbot](https://certbot.eff.org/), las opciones `--test-cert` y `--dry-run` usan el entorno de prueba; para otros clientes ACME, consulte su documentación. Las cuentas ACME pertenecen a un solo entorno: el entorno de prueba necesita una cuenta propia, de lo que Certbot se encarga por usted.

rate-limits-heading = Límites de frecuencia
rate-limits-intro = El entorno de prueba aplica los mismos límites que producción, casi siempre con valores más altos:
# Variables: las del límite registrations-per-ip, incluidas $staging-count y $staging-window.
rate-limit-registrations-per-ip = [Registros por dirección IP](/docs/too-many-registrations-for-this-ip/): { $staging-count ->
        [one] { $staging-count } cuenta
       *[other] { $staging-count } cuentas
    } por periodo de { $staging-window } (producción: { $count } por periodo de { $window }).
# Variables: las del límite registrations-per-ipv6-range, incluidas $staging-count y $staging-window.
rate-limit-registrations-per-ipv6-range = [Registros por rango IPv6 /48](/docs/new-registrations-per-ipv6-range/): { $staging-count ->
        [one] { $staging-count } cuenta
       *[other] { $staging-count } cuentas
    } por periodo de { $staging-window } (producción: { $count } por periodo de { $window }).
# Variables: las del límite orders-per-account, incluidas $staging-count y $staging-window.
rate-limit-orders-per-account = [Pedidos nuevos por cuenta](/docs/new-orders-per-account/): { $staging-count ->
        [one] { $staging-count } pedido
       *[other] { $staging-count } pedidos
    } por periodo de { $staging-window } (producción: { $count } por periodo de { $window }).
# Variables: las del límite certificates-per-domain, incluidas $staging-count y $staging-window.
rate-limit-certificates-per-domain = [Certificados nuevos por dominio registrado](/docs/new-certificates-per-registered-domain/): { $staging-count ->
        [one] { $staging-count } certificado
       *[other] { $staging-count } certificados
    } por periodo de { $staging-window } (producción: { $count } por periodo de { $window }).
# Variables: las del límite certificates-per-exact-set, incluidas $staging-count y $staging-window.
rate-limit-certificates-per-exact-set = [Certificados nuevos por conjunto exacto de identificadores](/docs/new-certificates-per-exact-set-of-identifiers/): { $staging-count ->
        [one] { $staging-count } certificado
       *[other] { $staging-count } certificados
    } por periodo de { $staging-window } (producción: { $count } por periodo de { $window }).
# Variables: las del límite authorization-failures, incluidas $staging-count y $staging-window.
rate-limit-authorization-failures = [Fallos de autorización por identificador y cuenta](/docs/authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } fallo
       *[other] { $staging-count } fallos
    } por periodo de { $staging-window } (producción: { $count } por periodo de { $window }).
# Variables: las del límite consecutive-authorization-failures, incluidas $staging-count,
# $staging-window, $refill, $refill-unit y $refill-amount.
rate-limit-consecutive-authorization-failures = [Fallos de autorización consecutivos por identificador y cuenta](/docs/consecutive-authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } fallo
       *[other] { $staging-count } fallos
    } por periodo de { $staging-window } (producción: { $count }, con reposición de una unidad { $refill-amount ->
        [1] { $refill-unit ->
            [day] al día
            [week] a la semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] cada { $refill }
    }).

rate-limit-overall-requests = [Límite global de solicitudes](/docs/overall-requests-limit/#description): vea las columnas del entorno de prueba en la tabla de puntos finales.
rate-limits-outro = Un cliente que alcanza un límite en pruebas lo alcanzaría mucho antes en producción: corríjalo antes de cambiar de entorno.
