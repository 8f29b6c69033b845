### Página de visão geral: todos os limites de taxa, uma tabela, depois uma seção por
### limite (âncoras estáveis do Let’s Encrypt) e o que fazer depois de um erro.
### As mensagens sobre um limite recebem os dados dele (veja errors.ftl).

title = Limites de taxa
description = Todos os limites de taxa do { -brand }, seus valores e o que fazer quando você atinge um deles.

intro = O { -brand } limita a frequência de certas solicitações para atender todos os seus assinantes de forma justa. A maioria dos assinantes nunca chega a esses limites. Quando um deles é atingido, o erro aponta para a página que o explica.
bucket = Esses limites funcionam como baldes de fichas (*token buckets*), e não como janelas deslizantes: cada limite permite um certo número de solicitações em um período, e a capacidade dele se recompõe aos poucos, em vez de voltar toda de uma vez no fim do período.

how-heading = Como funcionam nossos limites de requisições
how-no-reset = Se você atingiu um limite, o { -brand } não tem como redefini-lo: a capacidade dele se recompõe aos poucos com o tempo, sem nenhuma ação da sua parte. Revogar certificados **não** redefine os limites, porque os recursos usados para emiti-los já foram consumidos.

overview-heading = Visão geral
table-limit = Limite
table-allowed = Permitido
table-override = Exceção

# Colunas “Permitido” da tabela e das seções: o teto de um limite.
# Variáveis: as do limite registrations-per-ip
#   $count (número), $window (duração), $window-unit (texto), $window-amount (número)
allowed-registrations-per-ip = { $count ->
        [one] { $count } conta
       *[other] { $count } contas
    } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }
# Variáveis: as do limite registrations-per-ipv6-range
#   $count (número), $window (duração), $window-unit (texto), $window-amount (número)
allowed-registrations-per-ipv6-range = { $count ->
        [one] { $count } conta
       *[other] { $count } contas
    } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }
# Variáveis: as do limite orders-per-account
#   $count (número), $window (duração), $window-unit (texto), $window-amount (número)
allowed-orders-per-account = { $count ->
        [one] { $count } novo pedido
       *[other] { $count } novos pedidos
    } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }
# Variáveis: as do limite certificates-per-domain
#   $count (número), $window (duração), $window-unit (texto), $window-amount (número)
allowed-certificates-per-domain = { $count ->
        [one] { $count } certificado
       *[other] { $count } certificados
    } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }
# Variáveis: as do limite certificates-per-exact-set
#   $count (número), $window (duração), $window-unit (texto), $window-amount (número)
allowed-certificates-per-exact-set = { $count ->
        [one] { $count } certificado
       *[other] { $count } certificados
    } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }
# Variáveis: as do limite authorization-failures
#   $count (número), $window (duração), $window-unit (texto), $window-amount (número)
allowed-authorization-failures = { $count ->
        [one] { $count } falha
       *[other] { $count } falhas
    } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }
# Variáveis:
#   $count (número) – falhas consecutivas toleradas antes do bloqueio
allowed-consecutive-authorization-failures = { $count ->
        [one] { $count } falha consecutiva
       *[other] { $count } falhas consecutivas
    }
# Variáveis: as do limite overall-requests
#   $count (número), $window (duração), $window-unit (texto), $window-amount (número)
allowed-overall-requests = { $count ->
        [one] { $count } requisição
       *[other] { $count } requisições
    } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }

# Coluna “Exceção” da tabela.
# Variáveis:
#   $overridable (texto) – yes se for possível solicitar uma exceção, caso contrário no
overridable = { $overridable ->
        [yes] Possível
       *[no] Indisponível
    }

# Seções que agrupam os limites, como na página do Let’s Encrypt.
registration-heading = Limites de registro de contas
registration-intro = Estes limites se aplicam quando um assinante solicita uma nova conta no ponto de acesso `new-account` da API. Ultrapassá-los é muito raro; recomendamos que grandes integradores prefiram [uma conta para muitos clientes](/docs/integration-guide/#one-account-or-many).
issuance-heading = Limites de emissão de certificados
issuance-intro = Estes limites se aplicam quando um assinante solicita um novo certificado no ponto de acesso `new-order` da API. Ultrapassá-los é mais comum, principalmente para grandes provedores de hospedagem e organizações que emitem certificados para muitos nomes.
# Variáveis:
#   $identifiers (número) – identificadores permitidos em um mesmo certificado
identifiers-note = Um mesmo certificado pode incluir até { $identifiers } identificadores (nomes DNS ou endereços IP), dependendo do [perfil de certificado](https://letsencrypt.org/docs/profiles/) escolhido. Por desempenho, use o menor número possível de identificadores por certificado.

renewals-heading = Isenções de limites para renovações
renewals-intro = O { -brand } reconhece uma renovação de duas formas: de preferência pelo ARI (*ACME Renewal Information*), cujas renovações são isentas de todos os limites; caso contrário, pela detecção antiga, que considera renovação uma ordem com exatamente o mesmo conjunto de identificadores, mas a mantém sujeita a alguns limites.
ari-heading = Renovações com ARI

ari = As renovações coordenadas pelo ARI são isentas de **todos** os limites. Um cliente compatível com ARI pergunta periodicamente aos servidores do { -brand } se um certificado deve ser renovado; quando chega a hora, ele solicita uma nova ordem que indica o certificado que ela substitui (o campo `replaces`). Se essa ordem incluir ao menos um identificador do certificado substituído e ele ainda não tiver sido substituído pelo ARI, a ordem não está sujeita a nenhum limite.

non-ari-heading = Renovações sem ARI
non-ari = Se o seu cliente ou o seu provedor de hospedagem ainda não é compatível com ARI, uma ordem ainda conta como renovação de um certificado anterior quando contém exatamente o mesmo conjunto de identificadores, sem considerar maiúsculas nem ordem. Ela fica então isenta dos limites de [novas ordens por conta](#new-orders-per-account) e de [novos certificados por domínio registrado](#new-certificates-per-registered-domain). Ao contrário de uma renovação com ARI, ela continua sujeita aos limites de [novos certificados por conjunto exato de identificadores](#new-certificates-per-exact-set-of-identifiers) e de [falhas de autorização por identificador e por conta](#authorization-failures-per-identifier-per-account).

# Resumos de uma seção por limite: o que o limite conta, sem números (os números vêm
# em seguida, na lista de dados).
summary-registrations-per-ip = Limita o número de novas contas ACME criadas a partir de um mesmo endereço IP.
summary-registrations-per-ipv6-range = Limita o número de novas contas ACME criadas a partir de uma mesma faixa IPv6 /48, seja qual for o endereço exato de cada solicitação.
summary-orders-per-account = Limita o número de novos pedidos (solicitações de certificado) que uma mesma conta pode criar.
summary-certificates-per-domain = Limita o número de certificados emitidos para os nomes de um mesmo domínio registrado, somando todas as contas. Também se aplica por endereço IPv4 e por faixa IPv6 /64.
summary-certificates-per-exact-set = Limita o número de certificados emitidos para exatamente o mesmo conjunto de nomes de domínio e endereços IP. Antes, era chamado de “limite de certificados duplicados”.
summary-authorization-failures = Limita o número de validações que podem falhar para um mesmo identificador e uma mesma conta. Antes, era chamado de “limite de falhas de validação”.
summary-consecutive-authorization-failures = Quando a validação de um identificador falha sem interrupção por muito tempo, a conta é bloqueada para esse identificador até que você a desbloqueie. Uma validação bem-sucedida zera o contador.
summary-overall-requests = Limita a taxa de requisições que cada endereço IP pode enviar a cada endpoint da API ACME.

# Lista de dados de uma seção. Variáveis:
#   $allowed (texto) – o teto, já formatado (uma mensagem allowed-*)
facts-allowed = **Permitido:** { $allowed }
# Variáveis:
#   $refill (duração) – tempo após o qual uma unidade de capacidade é recuperada
#   $refill-unit (texto), $refill-amount (número) – a mesma duração, para a gramática
facts-refill = **Recarga:** uma unidade { $refill-amount ->
        [one] { $refill-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $refill }
    }
# Variáveis:
#   $burst (número) – requisições aceitas de uma só vez
facts-burst = **Rajada:** { $burst ->
        [one] { $burst } requisição
       *[other] { $burst } requisições
    } por padrão, conforme o endpoint
# Variáveis:
#   $overridable (texto) – yes se for possível solicitar uma exceção, caso contrário no
facts-override = **Exceção:** { $overridable ->
        [yes] possível
       *[no] indisponível
    }
# Link para a página completa de um limite. Variáveis:
#   $name (texto) – o título da página
read-more = Ler a página “{ $name }”

retrying-heading = Como tentar novamente após atingir um limite
retrying-error = Quando uma solicitação ultrapassa um limite, o servidor responde com um erro ACME do tipo `urn:ietf:params:acme:error:rateLimited`, acompanhado de um cabeçalho `Retry-After`: o momento a partir do qual a solicitação voltará a ser aceita.

retrying-format = As mensagens de erro dos limites do Boulder, o servidor ACME do { -brand }, seguem todas o mesmo formato, em inglês. Por exemplo:
retrying-several = Se uma solicitação ultrapassar vários limites, o erro descreve aquele que é reiniciado por último, e o `Retry-After` indica o momento em que todos voltam a permiti-la.

retry-after-heading = O cabeçalho Retry-After
retrying-wait = Aguarde esse momento antes de tentar novamente: uma solicitação enviada antes disso falha outra vez. Um cliente ACME automatizado deve ler esse cabeçalho em vez de tentar de novo em intervalos fixos.
retrying-staging = Para ajustar um cliente ou uma implantação, use nosso [ambiente de testes](/docs/staging-environment/#rate-limits): os limites dele são separados dos de produção.

# Variáveis:
#   $override-form (texto) – o endereço do formulário de solicitação de exceção
override-request = Se você é um grande provedor de hospedagem ou uma organização que integra o { -brand }, pode solicitar limites mais altos pelo [formulário de solicitação de exceção]({ $override-form }). A análise de uma solicitação leva algumas semanas, então o formulário não serve se você só precisa que um limite seja redefinido antes do que aconteceria naturalmente.
