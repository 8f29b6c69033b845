### Textos comuns a todas as páginas de limite: títulos de seção, o que fazer depois do erro,
### ajuda e exceções. Em uma página de limite, recebem os dados desse limite (veja
### errors.ftl); cada página mantém os próprios textos em docs/<slug>.ftl.

description-heading = Descrição
causes-heading = Causas comuns
recover-heading = O que fazer
help-heading = Como obter ajuda
override-heading = Como solicitar uma exceção

# Apresenta a mensagem de erro citada logo em seguida, em um bloco de código.
error-intro = Quando você ultrapassa este limite, seu cliente ACME exibe um erro como este (exemplo):

# Apresenta a mensagem exata que o Boulder envia, em inglês, citada logo depois.
boulder-intro = O Boulder, servidor ACME do { -brand }, envia hoje esta mensagem, palavra por palavra e em inglês:
lookup-certificates = Para listar os certificados emitidos para o seu domínio registrado, pesquise-o no [crt.sh](https://crt.sh/), que usa os logs públicos de [Certificate Transparency](https://certificate.transparency.dev/).

# Variáveis:
#   $refill (duração) – tempo após o qual o limite libera mais uma solicitação ("18 minutos")
#   $refill-unit (texto) – hour, day, week, minute ou second; $refill-amount (número)
description-refill =
    Não é preciso esperar o fim do período: o limite se recompõe aos poucos e libera mais uma solicitação { $refill-amount ->
        [one] { $refill-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $refill }
    }.

recover-retry-after = Aguarde o horário indicado pelo cabeçalho `Retry-After` da resposta antes de tentar novamente: uma solicitação enviada antes disso falha outra vez. Um cliente ACME bem implementado lê esse cabeçalho e espera por conta própria. Veja [Como tentar novamente após atingir um limite](/docs/rate-limits/#retrying-after-hitting-rate-limits).

# Variáveis:
#   $staging-count (número) – o valor do limite no ambiente de testes
#   $staging-window (duração) – a janela no ambiente de testes ("3 horas")
#   $staging-window-unit (texto), $staging-window-amount (número) – a mesma janela, para a gramática
recover-staging =
    Faça seus testes no nosso [ambiente de testes](/docs/staging-environment/#rate-limits): lá, este limite é de { $staging-count } { $staging-window-amount ->
        [one] { $staging-window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $staging-window }
    }, e nada do que você faz lá é contabilizado nos seus limites de produção.

recover-reuse-account = Guarde as credenciais da sua conta ACME entre uma implantação e outra e reutilize-as: uma conta existente não é contabilizada como um novo registro.
recover-one-account = Prefira [uma conta para vários clientes](/docs/integration-guide/#one-account-or-many) a uma conta por cliente.

recover-ari = Renove seus certificados no momento sugerido pelo ARI (*ACME Renewal Information*): essas renovações são isentas deste limite. Se o seu cliente ACME oferece suporte a ARI, ative-o.

help-body = Se você não tem certeza de como configurar seu cliente ACME para usar nosso ambiente de testes ou se precisa de ajuda para depurar, [peça ajuda no nosso fórum da comunidade](https://community.letsencrypt.org/c/help/13).

# Variáveis:
#   $overridable (texto) – yes se for possível solicitar uma exceção, caso contrário no
#   $override-form (texto) – o endereço do formulário de solicitação de exceção
override-body = { $overridable ->
        [yes] Se o seu caso de uso justificar, você pode solicitar uma exceção a este limite pelo [formulário de solicitação de exceção]({ $override-form }) do { -brand }. Descreva sua necessidade com precisão; a análise de uma solicitação leva algumas semanas.
       *[no] Este limite **não** admite exceções.
    }
