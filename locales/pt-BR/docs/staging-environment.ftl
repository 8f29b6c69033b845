### Página do ambiente de testes.

title = Ambiente de testes
description = Teste seu cliente ACME no ambiente de testes do { -brand }, cujos limites de taxa são bem mais altos.

intro = Recomendamos fortemente que você teste seu cliente ACME no nosso ambiente de testes (*staging*) antes de usá-lo em produção. Ele funciona como a produção, mas os certificados dele não são reconhecidos pelos navegadores e os limites de taxa são bem mais altos. Para usá-lo, configure seu cliente com a seguinte URL de diretório:
# A URL do diretório ACME do ambiente de testes: não traduzir.
directory-url = https://acme-staging-v02.api.letsencrypt.org/directory

certbot = Com o [Certbot](https://certbot.eff.org/), as opções `--test-cert` e `--dry-run` usam o ambiente de testes; para outros clientes ACME, consulte a documentação deles. As contas ACME pertencem a um único ambiente: o ambiente de testes exige uma conta separada, e o Certbot cuida disso para você.

rate-limits-heading = Limites de taxa
rate-limits-intro = O ambiente de testes aplica os mesmos limites da produção, na maioria dos casos com valores mais altos:
# Variáveis: as do limite registrations-per-ip, inclusive $staging-count e $staging-window (com -unit e -amount, para a gramática).
rate-limit-registrations-per-ip = [Registros por endereço IP](/docs/too-many-registrations-for-this-ip/): { $staging-count ->
        [one] { $staging-count } conta
       *[other] { $staging-count } contas
    } { $staging-window-amount ->
        [one] { $staging-window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $staging-window }
    } (produção: { $count } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }).
# Variáveis: as do limite registrations-per-ipv6-range, inclusive $staging-count e $staging-window (com -unit e -amount, para a gramática).
rate-limit-registrations-per-ipv6-range = [Registros por faixa IPv6 /48](/docs/new-registrations-per-ipv6-range/): { $staging-count ->
        [one] { $staging-count } conta
       *[other] { $staging-count } contas
    } { $staging-window-amount ->
        [one] { $staging-window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $staging-window }
    } (produção: { $count } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }).
# Variáveis: as do limite orders-per-account, inclusive $staging-count e $staging-window (com -unit e -amount, para a gramática).
rate-limit-orders-per-account = [Novos pedidos por conta](/docs/new-orders-per-account/): { $staging-count ->
        [one] { $staging-count } pedido
       *[other] { $staging-count } pedidos
    } { $staging-window-amount ->
        [one] { $staging-window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $staging-window }
    } (produção: { $count } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }).
# Variáveis: as do limite certificates-per-domain, inclusive $staging-count e $staging-window (com -unit e -amount, para a gramática).
rate-limit-certificates-per-domain = [Novos certificados por domínio registrado](/docs/new-certificates-per-registered-domain/): { $staging-count ->
        [one] { $staging-count } certificado
       *[other] { $staging-count } certificados
    } { $staging-window-amount ->
        [one] { $staging-window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $staging-window }
    } (produção: { $count } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }).
# Variáveis: as do limite certificates-per-exact-set, inclusive $staging-count e $staging-window (com -unit e -amount, para a gramática).
rate-limit-certificates-per-exact-set = [Novos certificados por conjunto exato de identificadores](/docs/new-certificates-per-exact-set-of-identifiers/): { $staging-count ->
        [one] { $staging-count } certificado
       *[other] { $staging-count } certificados
    } { $staging-window-amount ->
        [one] { $staging-window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $staging-window }
    } (produção: { $count } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }).
# Variáveis: as do limite authorization-failures, inclusive $staging-count e $staging-window (com -unit e -amount, para a gramática).
rate-limit-authorization-failures = [Falhas de autorização por identificador e por conta](/docs/authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } falha
       *[other] { $staging-count } falhas
    } { $staging-window-amount ->
        [one] { $staging-window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $staging-window }
    } (produção: { $count } { $window-amount ->
        [one] { $window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $window }
    }).
# Variáveis: as do limite consecutive-authorization-failures, inclusive $staging-count,
# $staging-window, $refill, $refill-unit e $refill-amount.
rate-limit-consecutive-authorization-failures = [Falhas de autorização consecutivas por identificador e por conta](/docs/consecutive-authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } falha
       *[other] { $staging-count } falhas
    } { $staging-window-amount ->
        [one] { $staging-window-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $staging-window }
    } (produção: { $count }, com recarga de uma unidade { $refill-amount ->
        [one] { $refill-unit ->
            [day] por dia
            [week] por semana
            [minute] por minuto
            [second] por segundo
           *[hour] por hora
        }
       *[other] a cada { $refill }
    }).

rate-limit-overall-requests = [Limite geral de requisições](/docs/overall-requests-limit/#description): veja as colunas do ambiente de testes na tabela de pontos de acesso.
rate-limits-outro = Um cliente que atinge um limite no ambiente de testes o atingiria muito antes em produção: corrija-o antes de trocar de ambiente.
