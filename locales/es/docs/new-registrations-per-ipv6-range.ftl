### Página de ayuda del límite de registros nuevos por rango IPv6 /48.
### Variables: las del límite registrations-per-ipv6-range (véase errors.ftl).

title = { registrations-per-ipv6-range-title }
description = Qué significa el error del límite de registros nuevos por rango IPv6, por qué se produce y cómo evitarlo.

# Variables:
#   $count (número) – cuentas permitidas por ventana
#   $window (duración) – la ventana («3 horas»)
#   $window-unit (texto), $window-amount (número) – la misma ventana, para la gramática
description-limit =
    Desde un mismo rango /48 de direcciones IPv6 se { $count ->
        [one] puede registrar hasta { $count } cuenta nueva
       *[other] pueden registrar hasta { $count } cuentas nuevas
    } { $window-amount ->
        [1] { $window-unit ->
            [day] cada día
            [week] cada semana
            [minute] cada minuto
            [second] cada segundo
           *[hour] cada hora
        }
       *[other] cada { $window }
    }.
description-range = Este límite complementa el [límite de registros por IP](/docs/too-many-registrations-for-this-ip/): un rango /48 contiene una cantidad inmensa de direcciones, y un cliente que cambia de dirección IPv6 en cada registro sigue limitado por su rango.
description-meaning = Los «registros» son solicitudes para crear una cuenta nueva en la API de { -brand }. El error indica que recientemente se han creado demasiadas cuentas desde el rango /48 que contiene su dirección IPv6, sea cual sea la dirección exacta de cada solicitud.

causes-intro = Como en el límite por dirección IP, la causa es casi siempre un entorno que crea cuentas en lugar de reutilizarlas.

repeat-deployments-heading = Despliegues repetidos
repeat-deployments-body = Contenedores, máquinas virtuales o instancias en la nube que reciben cada uno una dirección IPv6 del mismo rango y crean cada uno una cuenta al arrancar agotan rápidamente el límite. Guarde las credenciales de la cuenta en un almacenamiento que sobreviva a los despliegues, o comparta una misma cuenta entre todas las instancias.

too-many-accounts-heading = Demasiadas cuentas
too-many-accounts-body = Los proveedores de alojamiento y los grandes integradores que crean una cuenta por cliente alcanzan este límite en cuanto sus servidores comparten un rango /48. Una sola cuenta puede gestionar los certificados de todos sus clientes.

shared-range-heading = Rango compartido con otros
shared-range-body = Su proveedor de alojamiento puede asignar direcciones del mismo rango /48 a muchos clientes. En ese caso, las cuentas que crean sus vecinos también cuentan para el límite, aunque usted casi no cree ninguna.
