### Text shared by every page: navigation, footer, notices.

-brand = Let’s Encrypt

# The language's name, written in that language (language switcher).
language-name = English

site-name = { -brand } rate limits
skip-to-content = Skip to content
nav-home = Home
nav-languages = Languages
# Variables:
#   $url (text) – the French original of the page
notice-untranslated = Part of this page is not translated yet and is shown in French. [Read the original]({ $url }).

# Shown on a page whose translation lags behind the French text.
# Variables:
#   $url (text) – the French original of the page
notice-outdated = The French original of this page has changed since it was translated. [Read the original]({ $url }).
# Shown, in the reader's language, when a page is not published in it yet and another language is shown instead.
notice-not-published = This page is not available in English yet; it is shown in another language.

home-title = { -brand } rate limits
home-description = Help pages for { -brand }’s rate-limit errors, in your language.
home-intro = Every rate-limit error links to a page that explains it: what it means, why it happens and how to avoid it.
home-pages-heading = Help pages

not-found-title = Page not found
not-found-description = The page you asked for does not exist.
not-found-body = This page does not exist or has moved. [Go back home](/).

# The language-neutral page that offers every language: each language shows these in its own words.
chooser-title = Choose your language
chooser-description = This page is available in several languages.
chooser-prompt = Read this page in English

alias-title = This page has moved
alias-body = This page has a new address.

footer-source = These pages are built by errdocs from one source: Fluent catalogs and the facts of each limit.

# Preview server (errdocs serve --watch): shown over every page when a rebuild fails, above the raw error text.
serve-rebuild-failed-title = Rebuilding the site failed
serve-rebuild-failed-body = The server still shows the last good version of the site. Fix the error below: the page reloads by itself.
