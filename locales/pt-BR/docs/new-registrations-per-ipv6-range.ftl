### Página de ajuda do limite de novos registros por faixa IPv6 /48.
### Variáveis: as do limite registrations-per-ipv6-range (veja errors.ftl).

title = { registrations-per-ipv6-range-title }
description = O que significa o erro de limite de novos registros por faixa IPv6, por que ele ocorre e como evitá-lo.

# Variáveis:
#   $count (número) – contas permitidas por janela
#   $window (duração) – a janela ("3 horas")
#   $window-unit (texto), $window-amount (número) – a mesma janela, para a gramática
description-limit =
    Até { $count ->
        [one] { $count } nova conta pode ser registrada
       *[other] { $count } novas contas podem ser registradas
    } a partir de uma mesma faixa IPv6 /48 { $window-amount ->
        [one] { $window-unit ->
            [day] a cada dia
            [week] a cada semana
            [minute] a cada minuto
            [second] a cada segundo
           *[hour] a cada hora
        }
       *[other] a cada { $window }
    }.
description-range = Este limite complementa o [limite de registros por IP](/docs/too-many-registrations-for-this-ip/): uma faixa /48 contém um número imenso de endereços, e um cliente que troca de endereço IPv6 a cada registro continua limitado pela sua faixa.
description-meaning = Os “registros” são solicitações de criação de uma nova conta na API do { -brand }. O erro indica que contas demais foram criadas recentemente a partir da faixa /48 que contém o seu endereço IPv6, seja qual for o endereço exato de cada solicitação.

causes-intro = Assim como no limite por endereço IP, a causa é quase sempre um ambiente que cria contas em vez de reutilizá-las.

repeat-deployments-heading = Implantações repetidas
repeat-deployments-body = Quando contêineres, máquinas virtuais ou instâncias na nuvem recebem endereços IPv6 da mesma faixa e cada um cria a própria conta ao iniciar, o limite se esgota rapidamente. Armazene as credenciais da conta em um local que sobreviva às implantações ou compartilhe a mesma conta entre as instâncias.

too-many-accounts-heading = Contas demais
too-many-accounts-body = Provedores de hospedagem e grandes integradores que criam uma conta por cliente atingem este limite assim que seus servidores passam a compartilhar uma faixa /48. Uma única conta pode gerenciar os certificados de todos os seus clientes.

shared-range-heading = Faixa compartilhada com outros
shared-range-body = Seu provedor de hospedagem pode atribuir endereços da mesma faixa /48 a muitos clientes. Nesse caso, as contas criadas pelos seus vizinhos também entram na contagem do limite, mesmo que você quase não crie nenhuma.
