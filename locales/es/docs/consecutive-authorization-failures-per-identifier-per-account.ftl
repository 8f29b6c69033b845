### Página de ayuda del límite de fallos de autorización consecutivos por identificador y
### cuenta: cuando se agota, la cuenta queda bloqueada (en pausa) para el identificador.
### Variables: las del límite consecutive-authorization-failures (véase errors.ftl).

title = { consecutive-authorization-failures-title }
description = Por qué su cuenta está bloqueada para un nombre de dominio tras fallos de validación repetidos, y cómo desbloquearla.

# Variables:
#   $count (número) – fallos consecutivos tolerados antes del bloqueo
description-limit =
    Cuando la validación de un identificador falla una y otra vez, { -brand } acaba bloqueando (poniendo en pausa) las solicitudes de certificados de su cuenta para ese identificador. El bloqueo se produce tras { $count ->
        [one] { $count } fallo de autorización consecutivo
       *[other] { $count } fallos de autorización consecutivos
    }, sin ninguna validación correcta entre ellos.
description-reset = Una validación correcta para ese identificador pone el contador a cero.
# Variables:
#   $refill (duración) – plazo tras el cual vuelve una unidad de capacidad («1 día»)
#   $refill-unit (texto), $refill-amount (número) – la misma duración, para la gramática
description-capacity =
    La capacidad se repone a razón de una unidad { $refill-amount ->
        [1] { $refill-unit ->
            [day] al día
            [week] a la semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] cada { $refill }
    }: solo los fallos más frecuentes que eso acaban bloqueando la cuenta.

pause-table-intro = El tiempo hasta el bloqueo depende del número de fallos por día:
pause-table-failures = Fallos por día
pause-table-time = Tiempo hasta el bloqueo
# Celda de la tabla. Variables:
#   $days (número) – días hasta el bloqueo
pause-days = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
pause-never = nunca se bloquea
description-why = Este bloqueo detiene a los clientes olvidados que siguen solicitando sin fin certificados para nombres que ya no apuntan a ellos.
description-meaning = El error indica un identificador bloqueado y advierte de que puede haber otros. El bloqueo no desaparece con el tiempo: dura hasta que usted desbloquee su cuenta.

causes-intro = Este bloqueo solo afecta a nombres cuya validación lleva mucho tiempo fallando sin interrupción.

abandoned-heading = Nombres abandonados
abandoned-body = El nombre ha caducado, ha cambiado de titular o ahora apunta a otro servidor, pero su cliente ACME sigue intentando renovar su certificado.

persistent-heading = Problema de configuración persistente
persistent-body = Un cortafuegos, un registro DNS o la configuración de un servidor web impide la validación desde hace tiempo, y el cliente vuelve a intentarlo automáticamente sin que nadie lea sus errores.

unpausing-heading = Desbloquear su cuenta
unpausing-intro = El bloqueo afecta a su cuenta y a los identificadores indicados. Para levantarlo:
unpausing-fix = Corrija la causa de los fallos: de lo contrario, la cuenta volverá a bloquearse.
unpausing-remove = Quite de la configuración de su cliente los nombres que ya no necesite.
unpausing-portal = Abra el enlace de desbloqueo de su cuenta, que figura en el mensaje de error que Boulder, el servidor de { -brand }, envía a su cliente ACME (véase más arriba), y confirme el desbloqueo. El mensaje traducido enlaza, en cambio, con estas instrucciones.
unpausing-again = Una vez desbloqueada la cuenta, su cliente puede volver a solicitar certificados para esos identificadores.

recover-watch = Vigile los errores de renovación de su cliente ACME: una renovación que falla varios días seguidos debe alertar a alguien.
recover-authorization-failures = Los fallos repetidos también llevan a alcanzar el [límite de fallos de autorización por identificador y cuenta](/docs/authorization-failures-per-identifier-per-account/); las causas y las soluciones son las mismas.
