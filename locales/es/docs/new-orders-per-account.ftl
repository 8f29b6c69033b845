### Página de ayuda del límite de pedidos nuevos por cuenta.
### Variables: las del límite orders-per-account (véase errors.ftl).

title = { orders-per-account-title }
description = Qué significa el error del límite de pedidos nuevos por cuenta, por qué se produce y cómo evitarlo.

# Variables:
#   $count (número) – pedidos permitidos por ventana
#   $window (duración) – la ventana («3 horas»)
#   $window-unit (texto), $window-amount (número) – la misma ventana, para la gramática
description-limit =
    Cada cuenta puede crear hasta { $count ->
        [one] { $count } pedido nuevo
       *[other] { $count } pedidos nuevos
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
description-order = Un pedido (*order*) es lo que abre un cliente ACME para solicitar un certificado: enumera los identificadores (nombres de dominio, direcciones IP) que cubrirá el certificado. Toda solicitud de certificado empieza con un pedido nuevo.
description-meaning = El error indica que su cuenta ha abierto demasiados pedidos recientemente. Un pedido cuenta desde el momento en que se crea, aunque nunca llegue a dar lugar a un certificado.

causes-intro = Un suscriptor normal nunca se acerca a este límite. Cuando se alcanza, lo más habitual es que un cliente esté creando pedidos sin parar.

retry-loops-heading = Reintentos en bucle
retry-loops-body = Un cliente que abre un pedido nuevo en cada intento, por ejemplo tras cada fallo de validación o desde una tarea programada que se ejecuta con demasiada frecuencia, agota el límite sin llegar a obtener ningún certificado. Corrija la causa del fallo en lugar de reintentar.

one-order-per-name-heading = Un pedido por nombre
one-order-per-name-body = Solicitar un certificado distinto para cada subdominio multiplica los pedidos. Cuando los nombres los sirve el mismo servidor, un solo certificado puede cubrirlos todos.

large-volumes-heading = Grandes volúmenes legítimos
large-volumes-body = Los proveedores de alojamiento y los grandes integradores que gestionan los certificados de muchos clientes con una sola cuenta pueden alcanzar este límite en funcionamiento normal.

recover-fix-loops = Compruebe en los logs de su cliente que no está creando pedidos en bucle, y espacie los reintentos tras un fallo.

# Variables:
#   $overridable (texto) – yes si se puede solicitar una anulación; si no, no
override-who = { $overridable ->
        [yes] Las anulaciones están pensadas sobre todo para proveedores de alojamiento y grandes integradores cuyo volumen normal supera el límite. Una anulación no arregla un cliente que se ha quedado en bucle: corríjalo primero.
       *[no] Si su volumen normal supera el límite, reparta sus solicitudes en el tiempo.
    }
