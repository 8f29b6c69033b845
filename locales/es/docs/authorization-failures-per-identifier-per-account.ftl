### Página de ayuda del límite de fallos de autorización por identificador y cuenta.
### Variables: las del límite authorization-failures (véase errors.ftl).

title = { authorization-failures-title }
description = Qué significa el error del límite de fallos de autorización (antes, límite de validaciones fallidas), por qué se produce y cómo evitarlo.

# Variables:
#   $count (número) – fallos permitidos por ventana
#   $window (duración) – la ventana («1 hora»)
#   $window-unit (texto), $window-amount (número) – la misma ventana, para la gramática
description-limit =
    Cada cuenta puede acumular hasta { $count ->
        [one] { $count } fallo de autorización
       *[other] { $count } fallos de autorización
    } por identificador { $window-amount ->
        [1] { $window-unit ->
            [day] al día
            [week] a la semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] cada { $window }
    }. Superada esa cifra, las nuevas solicitudes de esa cuenta para ese identificador se rechazan durante un tiempo.
description-authorization = Una autorización demuestra que usted controla un identificador (un nombre de dominio o una dirección IP). { -brand } la comprueba mediante un desafío ACME: un archivo que se publica en su servidor web, un registro DNS o un certificado TLS temporal. La autorización falla si { -brand } no encuentra lo que espera.
description-former-name = Este límite se llamaba antes «límite de validaciones fallidas» (*Failed Validation limit*).
description-meaning = El error indica el identificador cuya validación ha fallado demasiadas veces para su cuenta. Los demás identificadores, y las demás cuentas, no se ven afectados.

causes-intro = Los fallos repetidos casi siempre se deben a un problema de configuración que ningún reintento va a corregir.

dns-heading = DNS mal configurado
dns-body = Los registros DNS del nombre apuntan a un servidor distinto de aquel en el que se ejecuta su cliente ACME: un servidor antiguo, una dirección IPv6 olvidada, un balanceador de carga. { -brand } hace entonces la validación contra el servidor equivocado.

blocked-heading = Desafío inaccesible
blocked-body = Un cortafuegos, una CDN, una redirección o un directorio web equivocado impide que { -brand } lea la respuesta al desafío, aunque su cliente la haya publicado correctamente.

propagation-heading = DNS aún no propagado
propagation-body = Con el desafío DNS, un cliente que solicita la validación antes de que el registro sea visible en todos los servidores DNS autoritativos del dominio falla y luego vuelve a intentarlo demasiado pronto.

recover-fix-first = Busque y corrija la causa antes de volver a intentarlo: el mensaje de la autorización fallida, en los logs de su cliente, indica lo que vio { -brand }.
recover-pausing = No deje que un cliente falle indefinidamente: tras demasiados fallos consecutivos, su cuenta queda [bloqueada para ese identificador](/docs/consecutive-authorization-failures-per-identifier-per-account/).
