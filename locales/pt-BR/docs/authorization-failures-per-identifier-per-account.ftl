### Página de ajuda do limite de falhas de autorização por identificador e por conta.
### Variáveis: as do limite authorization-failures (veja errors.ftl).

title = { authorization-failures-title }
description = O que significa o erro de limite de falhas de autorização (antigo limite de falhas de validação), por que ele ocorre e como evitá-lo.

# Variáveis:
#   $count (número) – falhas permitidas por janela
#   $window (duração) – a janela ("1 hora")
#   $window-unit (texto), $window-amount (número) – a mesma janela, para a gramática
description-limit =
    Cada conta pode acumular até { $count ->
        [one] { $count } falha de autorização
       *[other] { $count } falhas de autorização
    } por identificador { $window-amount ->
        [one] { $window-unit ->
            [day] a cada dia
            [week] a cada semana
            [minute] a cada minuto
            [second] a cada segundo
           *[hour] a cada hora
        }
       *[other] a cada { $window }
    }. Ultrapassado esse número, as novas solicitações dessa conta para esse identificador são recusadas por algum tempo.
description-authorization = Uma autorização comprova que você controla um identificador (um nome de domínio ou um endereço IP). O { -brand } faz essa verificação por meio de um desafio ACME: um arquivo a ser publicado no seu servidor web, um registro DNS ou um certificado TLS temporário. A autorização falha se o { -brand } não encontrar o que espera.
description-former-name = Antes, este limite era chamado de “limite de falhas de validação” (*Failed Validation limit*).
description-meaning = O erro cita o identificador cuja validação falhou vezes demais para a sua conta. Os outros identificadores, assim como as outras contas, não são afetados.

causes-intro = Falhas repetidas quase sempre vêm de um problema de configuração que nenhuma nova tentativa resolve.

dns-heading = DNS mal configurado
dns-body = Os registros DNS do nome apontam para um servidor diferente daquele em que o seu cliente ACME está rodando: um servidor antigo, um endereço IPv6 esquecido, um balanceador de carga. O { -brand } acaba fazendo a validação no servidor errado.

blocked-heading = Desafio inacessível
blocked-body = Um firewall, uma CDN, um redirecionamento ou um diretório web mal escolhido impede que o { -brand } leia a resposta ao desafio, mesmo que o seu cliente a tenha publicado corretamente.

propagation-heading = DNS ainda não propagado
propagation-body = No desafio DNS, um cliente que solicita a validação antes que o registro esteja visível em todos os servidores DNS autoritativos do domínio falha e depois tenta de novo cedo demais.

recover-fix-first = Encontre e corrija a causa antes de tentar novamente: a mensagem da autorização que falhou, nos logs do seu cliente, mostra o que o { -brand } viu.
recover-pausing = Não deixe um cliente falhar indefinidamente: depois de falhas consecutivas demais, sua conta é [bloqueada para esse identificador](/docs/consecutive-authorization-failures-per-identifier-per-account/).
