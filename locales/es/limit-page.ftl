### Textos comunes a todas las páginas de límite: títulos de sección, qué hacer tras el error,
### ayuda y excepciones. En una página de límite reciben los datos de ese límite (véase
### errors.ftl); cada página guarda sus propios textos en docs/<slug>.ftl.

description-heading = Descripción
causes-heading = Causas frecuentes
recover-heading = ¿Qué hacer?
help-heading = Obtener ayuda
override-heading = Solicitar una excepción

# Presenta el mensaje de error citado justo después, en un bloque de código.
error-intro = Cuando supera este límite, su cliente ACME muestra un error como este (ejemplo):

# Presenta el mensaje exacto que envía Boulder, en inglés, citado justo después.
boulder-intro = Boulder, el servidor ACME de { -brand }, envía hoy este mensaje, palabra por palabra y en inglés:
lookup-certificates = Para obtener la lista de los certificados emitidos para su dominio registrado, búsquelo en [crt.sh](https://crt.sh/), que usa los registros públicos de [Certificate Transparency](https://certificate.transparency.dev/).

# Variables:
#   $refill (duración) – plazo tras el cual el límite permite una solicitud más («18 minutos»)
#   $refill-unit (texto) – hour, day, week, minute o second; $refill-amount (número)
description-refill =
    No hace falta esperar a que termine el periodo: el límite se repone poco a poco y permite una solicitud más { $refill-amount ->
        [1] { $refill-unit ->
            [day] cada día
            [week] cada semana
            [minute] cada minuto
            [second] cada segundo
           *[hour] cada hora
        }
       *[other] cada { $refill }
    }.

recover-retry-after = Espere hasta el momento que indica la cabecera `Retry-After` de la respuesta antes de volver a intentarlo: una solicitud enviada antes volverá a fallar. Un cliente ACME bien diseñado lee esta cabecera y espera por sí solo. Consulte [Reintentar tras alcanzar un límite](/docs/rate-limits/#retrying-after-hitting-rate-limits).

# Variables:
#   $staging-count (número) – el valor del límite en el entorno de pruebas
#   $staging-window (duración) – la ventana en el entorno de pruebas («3 horas»)
#   $staging-window-unit (texto), $staging-window-amount (número) – la misma ventana, para la gramática
recover-staging =
    Antes de pasar a producción, trabaje con nuestro [entorno de pruebas](/docs/staging-environment/#rate-limits): allí este límite es de { $staging-count } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] al día
            [week] a la semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] cada { $staging-window }
    }, y lo que haga allí no cuenta para sus límites de producción.

recover-reuse-account = Conserve las credenciales de su cuenta ACME entre despliegues y reutilícelas: una cuenta existente no cuenta como un registro nuevo.
recover-one-account = Use [una sola cuenta para varios clientes](/docs/integration-guide/#one-account-or-many) en lugar de una cuenta por cliente.

recover-ari = Renueve sus certificados en el momento que sugiere ARI (*ACME Renewal Information*): esas renovaciones están exentas de este límite. Si su cliente ACME es compatible con ARI, actívelo.

help-body = Si no está seguro de cómo configurar su cliente ACME para usar nuestro entorno de pruebas o necesita ayuda para depurar, le animamos a [pedir ayuda en nuestro foro de la comunidad](https://community.letsencrypt.org/c/help/13).

# Variables:
#   $overridable (texto) – yes si se puede solicitar una excepción; si no, no
#   $override-form (texto) – la dirección del formulario de solicitud de anulaciones
override-body = { $overridable ->
        [yes] Si su caso lo justifica, puede solicitar una anulación de este límite mediante el [formulario de solicitud de anulaciones]({ $override-form }) de { -brand }. Explique con precisión lo que necesita; tramitar una solicitud lleva algunas semanas.
       *[no] Este límite **no** admite excepciones.
    }
