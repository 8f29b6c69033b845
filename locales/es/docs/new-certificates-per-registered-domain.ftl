### Página de ayuda del límite de certificados nuevos por dominio registrado.
### Variables: las del límite certificates-per-domain (véase errors.ftl).

title = { certificates-per-domain-title }
description = Qué significa el error del límite de certificados nuevos por dominio registrado, por qué se produce y cómo evitarlo.

# Variables:
#   $count (número) – certificados permitidos por ventana
#   $window (duración) – la ventana («7 días»)
#   $window-unit (texto), $window-amount (número) – la misma ventana, para la gramática
description-limit =
    Para cada dominio registrado se { $count ->
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
    }, contando todas las cuentas.
description-registered-domain = El dominio registrado es la parte del nombre que usted ha contratado con un registrador: tanto para `www.example.com` como para `blog.example.com`, es `example.com`. Se determina mediante la [lista de sufijos públicos](https://publicsuffix.org/).
description-ip-addresses = Para los certificados de direcciones IP, el mismo límite se aplica por dirección IPv4 y por rango /64 de direcciones IPv6.
description-meaning = El error indica el dominio registrado afectado: recientemente se han emitido demasiados certificados para sus nombres, desde su cuenta o desde otras. Los certificados ya emitidos siguen siendo válidos.

causes-intro = Este límite es común a todos los subdominios de un dominio registrado: lo alcanzan sobre todo quienes gestionan muchos nombres bajo un mismo dominio.

many-subdomains-heading = Un certificado por subdominio
many-subdomains-body = Cada certificado solicitado para un subdominio cuenta para el dominio registrado. Si tiene muchos subdominios, agrupe varios nombres en un mismo certificado o use un certificado comodín (`*.example.com`, validado por DNS).

repeat-deployments-heading = Despliegues repetidos
repeat-deployments-body = Un sistema que solicita certificados nuevos en cada despliegue, en lugar de conservar los que ya tiene, consume el límite sin motivo. Guarde los certificados y sus claves en un almacenamiento que sobreviva a los despliegues.

shared-domain-heading = Dominio compartido por muchos usuarios
shared-domain-body = Un servicio que asigna subdominios a sus usuarios (DNS dinámico, plataforma de alojamiento) reparte un único límite entre todos ellos. Si cada usuario controla su propio subdominio, el responsable del dominio puede solicitar que se añada a la [lista de sufijos públicos](https://publicsuffix.org/): cada subdominio pasa entonces a ser un dominio registrado independiente.

recover-combine = Agrupe los nombres de un mismo servidor en un solo certificado en lugar de solicitar uno por nombre.

# Variables:
#   $overridable (texto) – yes si se puede solicitar una anulación; si no, no
override-who = { $overridable ->
        [yes] Las anulaciones están pensadas para proveedores de alojamiento y grandes organizaciones que gestionan legítimamente muchísimos nombres bajo un mismo dominio registrado.
       *[no] Si su volumen normal supera el límite, agrupe los nombres en menos certificados.
    }
