### Textos comuns a todas as páginas: navegação, rodapé, avisos.

-brand = Let’s Encrypt

# O nome do idioma, escrito no próprio idioma (seletor de idioma).
language-name = Português (Brasil)

site-name = Limites de Requisições do { -brand }
skip-to-content = Pular para o conteúdo
nav-home = Início
nav-languages = Idiomas
# Variáveis:
#   $url (texto) – a versão original em francês da página
notice-untranslated = Parte desta página ainda não foi traduzida e aparece em francês. [Leia a versão original]({ $url }).

# Exibido em uma página cuja tradução está desatualizada em relação ao texto em francês.
# Variáveis:
#   $url (texto) – a versão original em francês da página
notice-outdated = A versão original em francês desta página mudou desde que foi traduzida. [Leia a versão original]({ $url }).
# Exibido, no idioma do leitor, quando a página ainda não foi publicada no idioma dele e aparece em outro.
notice-not-published = Esta página ainda não está disponível em português; ela é exibida em outro idioma.

home-title = Limites de Requisições do { -brand }
home-description = Páginas de ajuda sobre os erros de limite de requisições do { -brand }, no seu idioma.
home-intro = Cada erro de limite de requisições aponta para uma página que o explica: o que ele significa, por que ocorre e como evitá-lo.
home-pages-heading = Páginas de ajuda

not-found-title = Página não encontrada
not-found-description = A página solicitada não existe.
not-found-body = Esta página não existe ou foi movida. [Voltar para o início](/).

# A página neutra que oferece todos os idiomas: cada idioma exibe estes textos na própria língua.
chooser-title = Escolha seu idioma
chooser-description = Esta página está disponível em vários idiomas.
chooser-prompt = Ler esta página em português

alias-title = Esta página mudou de endereço
alias-body = Esta página tem um novo endereço.

footer-source = Estas páginas são geradas pelo errdocs a partir de uma única fonte: os catálogos Fluent e os dados de cada limite.

# Servidor de pré-visualização (errdocs serve --watch): exibido sobre cada página quando a reconstrução falha, acima do texto do erro.
serve-rebuild-failed-title = A reconstrução do site falhou
serve-rebuild-failed-body = O servidor continua exibindo a última versão válida do site. Corrija o erro abaixo: a página será recarregada automaticamente.
