### Página de ajuda do limite geral de requisições, aplicado por endereço IP e por endpoint
### da API ACME.
### Variáveis: as do limite overall-requests (veja errors.ftl), inclusive $burst.

title = { overall-requests-title }
description = As taxas de requisições que cada endereço IP pode enviar à API ACME do { -brand }, e o que fazer quando você as ultrapassa.

description-limit = Para proteger o serviço, o { -brand } limita o número de requisições que cada endereço IP pode enviar à API ACME. O limite é aplicado separadamente a cada endpoint.
description-endpoints = Cada endpoint tem a sua própria taxa. `/acme/*` designa todos os endpoints da API que não têm uma linha própria na tabela.

table-endpoint = Endpoint
# Cabeçalho de coluna: a taxa permitida por janela.
# Variáveis:
#   $window (duração) – a janela ("1 segundo")
#   $window-unit (texto), $window-amount (número) – a mesma janela, para a gramática
table-rate = { $window-amount ->
        [one] { $window-unit ->
            [day] Taxa por dia
            [week] Taxa por semana
            [minute] Taxa por minuto
            [hour] Taxa por hora
           *[second] Taxa por segundo
        }
       *[other] Taxa por período de { $window }
    }
table-burst = Rajada

table-staging-rate = Taxa no ambiente de testes
table-staging-burst = Rajada no ambiente de testes
# Célula da tabela: um número de requisições.
# Variáveis:
#   $count (número) – o número de requisições
table-requests = { $count ->
        [one] { $count } requisição
       *[other] { $count } requisições
    }
# Célula da tabela: a rajada dos endpoints sem linha própria.
# Variáveis:
#   $burst (número) – o número de requisições
table-burst-requests = { $burst ->
        [one] { $burst } requisição
       *[other] { $burst } requisições
    }

new-account-note = A tabela traz os caminhos do Boulder: a página do { -brand } escreve `/acme/new-account` para o ponto de acesso que o Boulder atende em `/acme/new-acct`. As colunas do ambiente de testes trazem os valores do [ambiente de testes](/docs/staging-environment/#rate-limits).

description-burst = A rajada é o número de requisições aceitas de uma só vez, antes que a taxa passe a valer: um cliente pode ultrapassar a taxa por um breve momento, mas depois precisa desacelerar.
description-enforcement = Este limite é aplicado na entrada do serviço, antes de qualquer processamento ACME: uma requisição recusada recebe uma resposta HTTP 503 (*Service Unavailable*) com um cabeçalho `Retry-After`.

causes-intro = Um cliente ACME comum envia só algumas requisições por certificado. Este limite é atingido por clientes apressados demais ou por clientes demais atrás de um mesmo endereço.

polling-heading = Consultas sem intervalo
polling-body = Um cliente que consulta o estado de um pedido ou de uma autorização sem esperar entre uma requisição e outra ultrapassa rapidamente o limite. Ele deve respeitar o cabeçalho `Retry-After` das respostas ou espaçar as consultas.

nonces-heading = Nonces desperdiçados
nonces-body = Cada resposta da API traz um novo nonce no cabeçalho `Replay-Nonce`. Um cliente que pede um nonce ao endpoint `new-nonce` antes de cada requisição dobra o número de requisições sem necessidade.

synchronized-heading = Requisições sincronizadas
synchronized-body = Muitos servidores atrás de um mesmo endereço IP (NAT, proxy), ou tarefas agendadas para horários cheios, enviam as requisições no mesmo instante.

recover-spread = Adicione um atraso aleatório ao início das suas tarefas agendadas para distribuir as requisições ao longo do tempo.
recover-directory = Mantenha o diretório ACME (`/directory`) em cache em vez de buscá-lo de novo antes de cada requisição.
