### Página de ajuda do limite de falhas de autorização consecutivas por identificador e por
### conta: quando ele se esgota, a conta é bloqueada (pausada) para o identificador.
### Variáveis: as do limite consecutive-authorization-failures (veja errors.ftl).

title = { consecutive-authorization-failures-title }
description = Por que sua conta está bloqueada para um nome de domínio após falhas de validação repetidas, e como desbloqueá-la.

# Variáveis:
#   $count (número) – falhas consecutivas toleradas antes do bloqueio
description-limit =
    Quando a validação de um identificador falha repetidas vezes, o { -brand } acaba bloqueando (pausando) as solicitações de certificado da sua conta para esse identificador. O bloqueio acontece após { $count ->
        [one] { $count } falha de autorização consecutiva
       *[other] { $count } falhas de autorização consecutivas
    }, sem nenhuma validação bem-sucedida entre elas.
description-reset = Uma validação bem-sucedida para esse identificador zera o contador.
# Variáveis:
#   $refill (duração) – tempo após o qual uma unidade de capacidade é recuperada ("1 dia")
#   $refill-unit (texto), $refill-amount (número) – a mesma duração, para a gramática
description-capacity =
    A capacidade se recompõe à razão de uma unidade { $refill-amount ->
        [one] { $refill-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $refill }
    }: só falhas mais frequentes do que isso acabam bloqueando a conta.

pause-table-intro = O tempo até o bloqueio depende do número de falhas por dia:
pause-table-failures = Falhas por dia
pause-table-time = Tempo até o bloqueio
# Célula da tabela. Variáveis:
#   $days (número) – dias até o bloqueio
pause-days = { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
pause-never = nunca bloqueado
description-why = Esse bloqueio detém clientes esquecidos que continuam pedindo, sem parar, certificados para nomes que não apontam mais para eles.
description-meaning = O erro cita um identificador bloqueado e avisa que outros também podem estar. O bloqueio não se desfaz com o tempo: ele dura até que você desbloqueie sua conta.

causes-intro = Esse bloqueio só afeta nomes cuja validação vem falhando há muito tempo, sem interrupção.

abandoned-heading = Nomes abandonados
abandoned-body = O nome expirou, mudou de dono ou agora aponta para outro servidor, mas o seu cliente ACME continua tentando renovar o certificado dele.

persistent-heading = Problema de configuração persistente
persistent-body = Um firewall, um registro DNS ou uma configuração do servidor web impede a validação há muito tempo, e o cliente continua tentando automaticamente sem que ninguém leia os erros.

unpausing-heading = Como desbloquear sua conta
unpausing-intro = O bloqueio afeta a sua conta e os identificadores citados. Para removê-lo:
unpausing-fix = Corrija a causa das falhas: caso contrário, a conta será bloqueada de novo.
unpausing-remove = Remova da configuração do seu cliente os nomes de que você não precisa mais.
unpausing-portal = Abra o link de desbloqueio da sua conta, que está na mensagem de erro que o Boulder, o servidor do { -brand }, envia ao seu cliente ACME (veja acima), e confirme o desbloqueio. A mensagem traduzida aponta, em vez disso, para estas instruções.
unpausing-again = Depois que a conta for desbloqueada, seu cliente poderá voltar a solicitar certificados para esses identificadores.

recover-watch = Monitore os erros de renovação do seu cliente ACME: uma renovação que falha vários dias seguidos deve disparar um alerta para alguém.
recover-authorization-failures = Falhas repetidas também levam ao [limite de falhas de autorização por identificador e por conta](/docs/authorization-failures-per-identifier-per-account/); as causas e as soluções são as mesmas.
