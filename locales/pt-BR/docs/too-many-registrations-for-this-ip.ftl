### Página de ajuda do limite de registros por IP.
### Variáveis: as do limite registrations-per-ip (veja errors.ftl).

title = { registrations-per-ip-title }
description = O que significam os erros “too many new registrations (…) from this IP address” e “too many registrations for this IP”, por que eles ocorrem e como evitá-los.

# Variáveis:
#   $count (número) – contas permitidas por janela
#   $window (duração) – a janela ("3 horas")
#   $window-unit (texto), $window-amount (número) – a mesma janela, para a gramática
description-limit =
    Os assinantes podem registrar até { $count ->
        [one] { $count } conta
       *[other] { $count } contas
    } por endereço IP { $window-amount ->
        [one] { $window-unit ->
            [day] a cada dia
            [week] a cada semana
            [minute] a cada minuto
            [second] a cada segundo
           *[hour] a cada hora
        }
       *[other] a cada { $window }
    }. Ao ultrapassar o limite de *registros por IP*, você deverá receber do seu cliente ACME a seguinte mensagem de erro:

# Apresenta a mensagem antiga do Boulder, em inglês, citada logo depois.
boulder-legacy-intro = Antes, o Boulder enviava esta mensagem mais antiga, que apontava para esta página:
# Variáveis:
#   $count (número) – contas permitidas por janela
#   $window-unit (texto), $window-amount (número) – a janela, para a gramática
description-meaning =
    Os “registros” a que este erro se refere são solicitações, enviadas a partir do seu endereço IP, para registrar uma nova conta na API do { -brand }. Este erro indica que { $count ->
        [one] pelo menos { $count } conta já foi registrada
       *[other] pelo menos { $count } contas já foram registradas
    } a partir deste endereço IP { $window-amount ->
        [one] { $window-unit ->
            [day] no último dia
            [week] na última semana
            [minute] no último minuto
            [second] no último segundo
           *[hour] na última hora
        }
       *[other] { $window-unit ->
            [day] nos últimos { $window-amount } dias
            [week] nas últimas { $window-amount } semanas
            [minute] nos últimos { $window-amount } minutos
            [second] nos últimos { $window-amount } segundos
           *[hour] nas últimas { $window-amount } horas
        }
    }.

causes-intro = Os assinantes que atingem o limite de registros por IP costumam fazê-lo por causa de um ambiente mal configurado.

repeat-deployments-heading = Implantações repetidas
repeat-deployments-body =
    É extremamente raro que um assinante individual esbarre no limite de registros por IP. Isso acontece com mais frequência em implantações repetidas do seu sistema ou da sua aplicação: ou o seu cliente ACME não consegue armazenar e reutilizar as credenciais da sua conta, ou o sistema de arquivos onde as credenciais deveriam ficar é destruído entre uma implantação e outra (contêineres, máquinas virtuais, instâncias na nuvem). Ao testar a implantação do seu sistema ou da sua aplicação, verifique se o seu cliente ACME está configurado para usar nosso ambiente de testes. Os limites de taxa do nosso ambiente de testes são [bem mais altos](/docs/staging-environment/#rate-limits).

too-many-accounts-heading = Contas demais
too-many-accounts-body =
    Provedores de hospedagem e outros grandes integradores costumam atingir o limite de registros por IP ao tentar criar uma conta por cliente. Recomendamos que grandes integradores adotem uma arquitetura com [uma conta para vários clientes](/docs/integration-guide/#one-account-or-many). Durante os testes, verifique se a sua implementação de ACME está configurada para usar nosso ambiente de testes. Os limites de taxa do nosso ambiente de testes são [bem mais altos](/docs/staging-environment/#rate-limits).
