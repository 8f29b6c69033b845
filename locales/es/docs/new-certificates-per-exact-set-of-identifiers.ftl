### Página de ayuda del límite de certificados nuevos por conjunto exacto de identificadores.
### Variables: las del límite certificates-per-exact-set (véase errors.ftl).

title = { certificates-per-exact-set-title }
description = Qué significa el error del límite de certificados por conjunto exacto de identificadores (antes, límite de certificados duplicados), por qué se produce y cómo evitarlo.

# Variables:
#   $count (número) – certificados permitidos por ventana para un mismo conjunto
#   $window (duración) – la ventana («7 días»)
#   $window-unit (texto), $window-amount (número) – la misma ventana, para la gramática
description-limit =
    Para un mismo conjunto exacto de identificadores se { $count ->
        [one] puede emitir hasta { $count } certificado
       *[other] pueden emitir hasta { $count } certificados
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
description-set = El conjunto de identificadores de un certificado es la lista de sus nombres de dominio y direcciones IP, sin tener en cuenta el orden ni las mayúsculas: `example.com` junto con `www.example.com` forman un conjunto; `example.com` solo forma otro.
description-former-name = Este límite se llamaba antes «límite de certificados duplicados» (*Duplicate Certificate limit*).
description-meaning = El error indica que ya ha obtenido recientemente varios certificados para exactamente los mismos identificadores. Esos certificados siguen siendo válidos: basta con reutilizar uno de ellos.

causes-intro = Quien alcanza este límite es casi siempre un sistema que desecha sus certificados y los vuelve a solicitar.

reinstalls-heading = Reinstalaciones y despliegues repetidos
reinstalls-body = Un servidor, un contenedor o una máquina virtual que solicita un certificado nuevo en cada arranque, porque los certificados obtenidos no se conservan de un despliegue a otro, vuelve a solicitar siempre el mismo conjunto de nombres.

testing-heading = Pruebas en producción
testing-body = Poner a punto la configuración de un cliente ACME contra producción, solicitando un certificado nuevo en cada prueba, agota rápidamente el límite para esos nombres.

recover-keep = Guarde los certificados y sus claves privadas en un almacenamiento que sobreviva a los despliegues, y reutilícelos hasta que toque renovarlos.
recover-other-set = Si necesita un certificado de inmediato, un conjunto de identificadores distinto (con un nombre más o uno menos) no está sujeto a este límite. Sí sigue sujeto al [límite de certificados nuevos por dominio registrado](/docs/new-certificates-per-registered-domain/).
