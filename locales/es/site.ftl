### Textos comunes a todas las páginas: navegación, pie de página, avisos.

-brand = Let’s Encrypt

# El nombre del idioma, escrito en ese idioma (selector de idioma).
language-name = Español

site-name = Límites de frecuencia de { -brand }
skip-to-content = Saltar al contenido
nav-home = Inicio
nav-languages = Idiomas
# Variables:
#   $url (texto) – la versión francesa de la página
notice-untranslated = Parte de esta página aún no está traducida y se muestra en francés. [Leer la versión original]({ $url }).

# Se muestra en una página cuya traducción va por detrás del texto francés.
# Variables:
#   $url (texto) – la versión francesa de la página
notice-outdated = La versión original en francés de esta página ha cambiado desde que se tradujo. [Leer la versión original]({ $url }).
# Se muestra, en el idioma del lector, cuando la página aún no está publicada en su idioma y se muestra en otro.
notice-not-published = Esta página aún no está disponible en español; se muestra en otro idioma.

home-title = Límites de frecuencia de { -brand }
home-description = Páginas de ayuda sobre los errores de límite de frecuencia de { -brand }, en su idioma.
home-intro = Cada error de límite de frecuencia remite a una página que lo explica: qué significa, por qué se produce y cómo evitarlo.
home-pages-heading = Páginas de ayuda

not-found-title = Página no encontrada
not-found-description = La página solicitada no existe.
not-found-body = Esta página no existe o se ha trasladado. [Volver al inicio](/).

# La página neutra que ofrece todos los idiomas: cada idioma muestra estos textos en su propio idioma.
chooser-title = Elija su idioma
chooser-description = Esta página está disponible en varios idiomas.
chooser-prompt = Leer esta página en español

alias-title = Esta página se ha trasladado
alias-body = Esta página tiene una nueva dirección.

footer-source = errdocs genera estas páginas a partir de una única fuente: los catálogos Fluent y los datos de cada límite.

# Servidor de vista previa (errdocs serve --watch): se muestra sobre cada página cuando falla la reconstrucción, encima del texto del error.
serve-rebuild-failed-title = La reconstrucción del sitio ha fallado
serve-rebuild-failed-body = El servidor sigue mostrando la última versión válida del sitio. Corrija el error que aparece abajo: la página se recargará sola.
