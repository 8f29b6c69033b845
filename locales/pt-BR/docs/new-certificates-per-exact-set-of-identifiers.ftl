### Página de ajuda do limite de novos certificados por conjunto exato de identificadores.
### Variáveis: as do limite certificates-per-exact-set (veja errors.ftl).

title = { certificates-per-exact-set-title }
description = O que significa o erro de limite de certificados para um mesmo conjunto exato de identificadores (antigo limite de certificados duplicados), por que ele ocorre e como evitá-lo.

# Variáveis:
#   $count (número) – certificados permitidos por janela para um mesmo conjunto
#   $window (duração) – a janela ("7 dias")
#   $window-unit (texto), $window-amount (número) – a mesma janela, para a gramática
description-limit =
    Até { $count ->
        [one] { $count } certificado pode ser emitido
       *[other] { $count } certificados podem ser emitidos
    } para um mesmo conjunto exato de identificadores { $window-amount ->
        [one] { $window-unit ->
            [day] a cada dia
            [week] a cada semana
            [minute] a cada minuto
            [second] a cada segundo
           *[hour] a cada hora
        }
       *[other] a cada { $window }
    }.
description-set = O conjunto de identificadores de um certificado é a lista dos seus nomes de domínio e endereços IP, sem levar em conta a ordem nem maiúsculas e minúsculas: `example.com` junto com `www.example.com` formam um conjunto; `example.com` sozinho forma outro.
description-former-name = Antes, este limite era chamado de “limite de certificados duplicados” (*Duplicate Certificate limit*).
description-meaning = O erro indica que você já obteve recentemente vários certificados para exatamente os mesmos identificadores. Esses certificados continuam válidos: basta reutilizar um deles.

causes-intro = Este limite é quase sempre atingido por um sistema que descarta os próprios certificados e pede novos.

reinstalls-heading = Reinstalações e implantações repetidas
reinstalls-body = Um servidor, contêiner ou máquina virtual que solicita um novo certificado a cada inicialização, porque os certificados obtidos não são preservados de uma implantação para outra, acaba pedindo sempre o mesmo conjunto de nomes.

testing-heading = Testes em produção
testing-body = Ajustar a configuração de um cliente ACME usando o ambiente de produção, com um novo certificado solicitado a cada teste, esgota rapidamente o limite para esses nomes.

recover-keep = Guarde os certificados e as respectivas chaves privadas em um local que sobreviva às implantações e reutilize-os até a renovação.
recover-other-set = Se você precisa de um certificado imediatamente, um conjunto de identificadores diferente (com um nome a mais ou a menos) não é afetado por este limite. Ele continua sujeito ao [limite de novos certificados por domínio registrado](/docs/new-certificates-per-registered-domain/).
