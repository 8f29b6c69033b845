### Página de ajuda do limite de novos pedidos por conta.
### Variáveis: as do limite orders-per-account (veja errors.ftl).

title = { orders-per-account-title }
description = O que significa o erro de limite de novas ordens por conta, por que ele ocorre e como evitá-lo.

# Variáveis:
#   $count (número) – pedidos permitidos por janela
#   $window (duração) – a janela ("3 horas")
#   $window-unit (texto), $window-amount (número) – a mesma janela, para a gramática
description-limit =
    Cada conta pode criar até { $count ->
        [one] { $count } nova ordem
       *[other] { $count } novas ordens
    } { $window-amount ->
        [one] { $window-unit ->
            [day] a cada dia
            [week] a cada semana
            [minute] a cada minuto
            [second] a cada segundo
           *[hour] a cada hora
        }
       *[other] a cada { $window }
    }.
description-order = Uma ordem (*order*) é o que um cliente ACME abre para solicitar um certificado: ele lista os identificadores (nomes de domínio, endereços IP) que o certificado vai cobrir. Toda solicitação de certificado começa com uma nova ordem.
description-meaning = O erro indica que a sua conta abriu ordens demais recentemente. Uma ordem entra na contagem assim que é criada, mesmo que nunca resulte em um certificado.

causes-intro = Um assinante comum nunca chega perto deste limite. Quando ele é atingido, geralmente é porque algum cliente está criando ordens sem parar.

retry-loops-heading = Novas tentativas em loop
retry-loops-body = Um cliente que abre uma nova ordem a cada tentativa, por exemplo após cada falha de validação ou a partir de uma tarefa agendada com frequência excessiva, esgota o limite sem nunca obter um certificado. Corrija a causa da falha em vez de tentar de novo.

one-order-per-name-heading = Uma ordem por nome
one-order-per-name-body = Solicitar um certificado separado para cada subdomínio multiplica as ordens. Quando os nomes são atendidos pelo mesmo servidor, um único certificado pode cobrir todos eles.

large-volumes-heading = Grandes volumes legítimos
large-volumes-body = Provedores de hospedagem e grandes integradores que gerenciam os certificados de muitos clientes com uma única conta podem atingir este limite em operação normal.

recover-fix-loops = Verifique nos logs do seu cliente se ele não está criando ordens em loop e aumente o intervalo entre as tentativas após uma falha.

# Variáveis:
#   $overridable (texto) – yes se for possível solicitar uma exceção, caso contrário no
override-who = { $overridable ->
        [yes] As exceções se destinam principalmente a provedores de hospedagem e grandes integradores cujo volume normal ultrapassa o limite. Uma exceção não resolve o problema de um cliente que está em loop: corrija-o primeiro.
       *[no] Se o seu volume normal ultrapassa o limite, distribua suas solicitações ao longo do tempo.
    }
