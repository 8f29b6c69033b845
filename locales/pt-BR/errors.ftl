### Mensagens do limitador: o texto exato que o cliente ACME exibe ao assinante.
### Cada limite tem um título (`<limite>-title`) e uma mensagem (`<limite>-exceeded`).
### O título não muda de uma ocorrência para outra: recebe apenas os dados do limite.
### A mensagem pode receber, além deles, os valores da ocorrência.
### Variáveis disponíveis para todos os limites:
###   $count (número) – solicitações permitidas por janela
###   $window (duração) – a janela, já formatada ("3 horas")
###   $window-unit (texto) – hour, day, week, minute ou second; $window-amount (número)
###   $url (texto) – o endereço da página de ajuda; nunca omitir
### Variáveis fornecidas pelo limitador a cada ocorrência (nas mensagens que as usam):
###   $retry-after (data e hora UTC) – quando o limite volta a aceitar uma solicitação,
###     já formatado para o idioma; escrever "UTC" depois
###   $identifier (texto) – o domínio registrado, o endereço IP ou o identificador em questão
### Estas mensagens são texto puro: sem Markdown e só com aspas retas ASCII, porque
### clientes e buscas em fóruns as comparam.

registrations-per-ip-title = Limite de novos registros por endereço IP
# Variáveis:
#   $url (texto) – o endereço da página de ajuda
registrations-per-ip-exceeded = excesso de registros de contas a partir deste endereço IP: consulte { $url }

registrations-per-ipv6-range-title = Limite de novos registros por faixa IPv6
# Variáveis:
#   $count (número) – registros permitidos por janela
#   $window (duração) – a janela ("3 horas")
#   $retry-after (data e hora) – quando tentar novamente, em UTC
#   $url (texto) – o endereço da página de ajuda
registrations-per-ipv6-range-exceeded = excesso de novos registros ({ $count }) a partir desta sub-rede IPv6 /48 no período de { $window }, tente novamente após { $retry-after } UTC: consulte { $url }

orders-per-account-title = Limite de novos pedidos por conta
# Variáveis:
#   $count (número) – pedidos permitidos por janela
#   $window (duração) – a janela ("3 horas")
#   $retry-after (data e hora) – quando tentar novamente, em UTC
#   $url (texto) – o endereço da página de ajuda
orders-per-account-exceeded = excesso de novos pedidos ({ $count }) para esta conta no período de { $window }, tente novamente após { $retry-after } UTC: consulte { $url }

certificates-per-domain-title = Limite de novos certificados por domínio registrado
# Variáveis:
#   $count (número) – certificados permitidos por janela
#   $window (duração) – a janela ("7 dias")
#   $identifier (texto) – o domínio registrado (ou o endereço IP, a faixa IPv6) em questão
#   $retry-after (data e hora) – quando tentar novamente, em UTC
#   $url (texto) – o endereço da página de ajuda
certificates-per-domain-exceeded = excesso de certificados ({ $count }) já emitidos para "{ $identifier }" no período de { $window }, tente novamente após { $retry-after } UTC: consulte { $url }

certificates-per-exact-set-title = Limite de novos certificados por conjunto exato de identificadores
# Variáveis:
#   $count (número) – certificados permitidos por janela para um mesmo conjunto de identificadores
#   $window (duração) – a janela ("7 dias")
#   $retry-after (data e hora) – quando tentar novamente, em UTC
#   $url (texto) – o endereço da página de ajuda
certificates-per-exact-set-exceeded = excesso de certificados ({ $count }) já emitidos para este conjunto exato de identificadores no período de { $window }, tente novamente após { $retry-after } UTC: consulte { $url }

authorization-failures-title = Limite de falhas de autorização por identificador e por conta
# Variáveis:
#   $count (número) – falhas permitidas por janela
#   $window (duração) – a janela ("1 hora")
#   $identifier (texto) – o identificador (nome de domínio ou endereço IP) cuja validação falha
#   $retry-after (data e hora) – quando tentar novamente, em UTC
#   $url (texto) – o endereço da página de ajuda
authorization-failures-exceeded = excesso de falhas de autorização ({ $count }) para "{ $identifier }" no período de { $window }, tente novamente após { $retry-after } UTC: consulte { $url }

consecutive-authorization-failures-title = Limite de falhas de autorização consecutivas por identificador e por conta
# Variáveis:
#   $identifier (texto) – o identificador (nome de domínio ou endereço IP) bloqueado
#   $url (texto) – o endereço das instruções para desbloquear a conta
# Sem data: o bloqueio dura até que o assinante desbloqueie a conta.
consecutive-authorization-failures-exceeded = Sua conta está temporariamente impedida de solicitar certificados para { $identifier } e possivelmente para outros identificadores. Consulte: { $url }

overall-requests-title = Limite geral de requisições
# Variáveis:
#   $count (número) – requisições permitidas por janela neste endpoint
#   $window (duração) – a janela ("1 segundo")
#   $retry-after (data e hora) – quando tentar novamente, em UTC
#   $url (texto) – o endereço da página de ajuda
overall-requests-exceeded = excesso de requisições ({ $count }) a partir deste endereço IP no período de { $window }, tente novamente após { $retry-after } UTC: consulte { $url }
