### Mensajes del limitador: el texto exacto que el cliente ACME muestra al suscriptor.
### Cada límite tiene un título (`<límite>-title`) y un mensaje (`<límite>-exceeded`).
### El título no cambia de una ocurrencia a otra: solo recibe los datos del límite. El
### mensaje puede recibir además los valores de la ocurrencia.
### Variables disponibles para cada límite:
###   $count (número) – solicitudes permitidas por ventana
###   $window (duración) – la ventana, ya formateada («3 horas»)
###   $window-unit (texto) – hour, day, week, minute o second; $window-amount (número)
###   $url (texto) – la dirección de la página de ayuda, no omitirla nunca
### Variables que el limitador aporta en cada ocurrencia (mensajes que las usan):
###   $retry-after (fecha y hora UTC) – momento en que el límite permite una nueva solicitud,
###     ya formateado según el idioma; escribir «UTC» detrás
###   $identifier (texto) – el dominio registrado, la dirección IP o el identificador afectado
### Estos mensajes son texto plano: sin Markdown.

registrations-per-ip-title = Límite de registros nuevos por dirección IP
# Variables:
#   $url (texto) – la dirección de la página de ayuda
registrations-per-ip-exceeded = demasiados registros para esta dirección IP: consulte { $url }

registrations-per-ipv6-range-title = Límite de registros nuevos por rango IPv6
# Variables:
#   $count (número) – registros permitidos por ventana
#   $window (duración) – la ventana («3 horas»)
#   $retry-after (fecha y hora) – cuándo reintentar, en UTC
#   $url (texto) – la dirección de la página de ayuda
registrations-per-ipv6-range-exceeded = demasiados registros nuevos ({ $count }) desde esta subred /48 de direcciones IPv6 en { $window }; vuelva a intentarlo a partir del { $retry-after } UTC: consulte { $url }

orders-per-account-title = Límite de pedidos nuevos por cuenta
# Variables:
#   $count (número) – pedidos permitidos por ventana
#   $window (duración) – la ventana («3 horas»)
#   $retry-after (fecha y hora) – cuándo reintentar, en UTC
#   $url (texto) – la dirección de la página de ayuda
orders-per-account-exceeded = demasiados pedidos nuevos ({ $count }) para esta cuenta en { $window }; vuelva a intentarlo a partir del { $retry-after } UTC: consulte { $url }

certificates-per-domain-title = Límite de certificados nuevos por dominio registrado
# Variables:
#   $count (número) – certificados permitidos por ventana
#   $window (duración) – la ventana («7 días»)
#   $identifier (texto) – el dominio registrado (o la dirección IP, el rango IPv6) afectado
#   $retry-after (fecha y hora) – cuándo reintentar, en UTC
#   $url (texto) – la dirección de la página de ayuda
certificates-per-domain-exceeded = demasiados certificados ({ $count }) emitidos ya para «{ $identifier }» en { $window }; vuelva a intentarlo a partir del { $retry-after } UTC: consulte { $url }

certificates-per-exact-set-title = Límite de certificados nuevos por conjunto exacto de identificadores
# Variables:
#   $count (número) – certificados permitidos por ventana para un mismo conjunto de identificadores
#   $window (duración) – la ventana («7 días»)
#   $retry-after (fecha y hora) – cuándo reintentar, en UTC
#   $url (texto) – la dirección de la página de ayuda
certificates-per-exact-set-exceeded = demasiados certificados ({ $count }) emitidos ya para este conjunto exacto de identificadores en { $window }; vuelva a intentarlo a partir del { $retry-after } UTC: consulte { $url }

authorization-failures-title = Límite de fallos de autorización por identificador y cuenta
# Variables:
#   $count (número) – fallos permitidos por ventana
#   $window (duración) – la ventana («1 hora»)
#   $identifier (texto) – el identificador (nombre de dominio o dirección IP) cuya validación falla
#   $retry-after (fecha y hora) – cuándo reintentar, en UTC
#   $url (texto) – la dirección de la página de ayuda
authorization-failures-exceeded = demasiados fallos de autorización ({ $count }) para «{ $identifier }» en { $window }; vuelva a intentarlo a partir del { $retry-after } UTC: consulte { $url }

consecutive-authorization-failures-title = Límite de fallos de autorización consecutivos por identificador y cuenta
# Variables:
#   $identifier (texto) – el identificador (nombre de dominio o dirección IP) bloqueado
#   $url (texto) – la dirección de las instrucciones para desbloquear la cuenta
# Sin fecha: el bloqueo dura hasta que el suscriptor desbloquea su cuenta.
consecutive-authorization-failures-exceeded = Su cuenta no puede solicitar temporalmente certificados para { $identifier } ni, posiblemente, para otros identificadores. Visite: { $url }

overall-requests-title = Límite global de peticiones
# Variables:
#   $count (número) – peticiones permitidas por ventana en este endpoint
#   $window (duración) – la ventana («1 segundo»)
#   $retry-after (fecha y hora) – cuándo reintentar, en UTC
#   $url (texto) – la dirección de la página de ayuda
overall-requests-exceeded = demasiadas peticiones ({ $count }) desde esta dirección IP en { $window }; vuelva a intentarlo a partir del { $retry-after } UTC: consulte { $url }
