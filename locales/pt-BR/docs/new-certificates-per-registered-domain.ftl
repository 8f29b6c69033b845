### Página de ajuda do limite de novos certificados por domínio registrado.
### Variáveis: as do limite certificates-per-domain (veja errors.ftl).

title = { certificates-per-domain-title }
description = O que significa o erro de limite de novos certificados por domínio registrado, por que ele ocorre e como evitá-lo.

# Variáveis:
#   $count (número) – certificados permitidos por janela
#   $window (duração) – a janela ("7 dias")
#   $window-unit (texto), $window-amount (número) – a mesma janela, para a gramática
description-limit =
    Até { $count ->
        [one] { $count } certificado pode ser emitido
       *[other] { $count } certificados podem ser emitidos
    } por domínio registrado { $window-amount ->
        [one] { $window-unit ->
            [day] a cada dia
            [week] a cada semana
            [minute] a cada minuto
            [second] a cada segundo
           *[hour] a cada hora
        }
       *[other] a cada { $window }
    }, somando todas as contas.
description-registered-domain = O domínio registrado é a parte do nome que você registrou em um registrador de domínios: tanto para `www.example.com` quanto para `blog.example.com`, ele é `example.com`. Ele é determinado com base na [Lista Pública de Sufixos](https://publicsuffix.org/) (*Public Suffix List*).
description-ip-addresses = Para certificados de endereço IP, o mesmo limite se aplica por endereço IPv4 e por faixa IPv6 /64.
description-meaning = O erro cita o domínio registrado em questão: certificados demais foram emitidos recentemente para os nomes dele, pela sua conta ou por outras. Os certificados já emitidos continuam válidos.

causes-intro = Este limite é compartilhado por todos os subdomínios de um domínio registrado: quem costuma atingi-lo é quem gerencia muitos nomes sob um mesmo domínio.

many-subdomains-heading = Um certificado por subdomínio
many-subdomains-body = Cada certificado solicitado para um subdomínio conta para o domínio registrado. Se você tem muitos subdomínios, agrupe vários nomes em um mesmo certificado ou use um certificado curinga (`*.example.com`, validado por DNS).

repeat-deployments-heading = Implantações repetidas
repeat-deployments-body = Um sistema que solicita novos certificados a cada implantação, em vez de guardar os que já tem, consome o limite sem necessidade. Armazene os certificados e as respectivas chaves em um local que sobreviva às implantações.

shared-domain-heading = Domínio compartilhado por muitos usuários
shared-domain-body = Um serviço que atribui subdomínios aos seus usuários (DNS dinâmico, plataforma de hospedagem) divide um único limite entre todos eles. Se cada usuário controla o próprio subdomínio, o responsável pelo domínio pode solicitar a inclusão dele na [Lista Pública de Sufixos](https://publicsuffix.org/): cada subdomínio passa então a ser um domínio registrado distinto.

recover-combine = Agrupe os nomes de um mesmo servidor em um único certificado em vez de solicitar um certificado por nome.

# Variáveis:
#   $overridable (texto) – yes se for possível solicitar uma exceção, caso contrário no
override-who = { $overridable ->
        [yes] As exceções se destinam a provedores de hospedagem e grandes organizações que gerenciam legitimamente um número muito grande de nomes sob um mesmo domínio registrado.
       *[no] Se o seu volume normal ultrapassa o limite, agrupe os nomes em menos certificados.
    }
