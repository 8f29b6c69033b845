### Textes communs à toutes les pages : navigation, pied de page, avis.

-brand = Let’s Encrypt

# Le nom de la langue, écrit dans cette langue (sélecteur de langue).
language-name = Français

site-name = Limites d’utilisation de { -brand }
skip-to-content = Aller au contenu
nav-home = Accueil
nav-languages = Langues
# Variables :
#   $url (texte) – la version française de la page
notice-untranslated = Une partie de cette page n’est pas encore traduite et s’affiche en français. [Lire la version originale]({ $url }).

# Affiché sur une page dont la traduction est en retard sur le texte français.
# Variables :
#   $url (texte) – la version française de la page
notice-outdated = La version française de cette page a changé depuis sa traduction. [Lire la version originale]({ $url }).
# Affiché, dans la langue du lecteur, quand la page n’est pas encore publiée dans sa langue et s’affiche dans une autre.
notice-not-published = Cette page n’est pas encore disponible en français ; elle s’affiche dans une autre langue.

home-title = Limites d’utilisation de { -brand }
home-description = Pages d’aide des erreurs de limite d’utilisation de { -brand }, dans votre langue.
home-intro = Chaque erreur de limite d’utilisation renvoie vers une page qui l’explique : ce qu’elle signifie, pourquoi elle survient et comment l’éviter.
home-pages-heading = Pages d’aide

not-found-title = Page introuvable
not-found-description = La page demandée n’existe pas.
not-found-body = Cette page n’existe pas ou a été déplacée. [Revenir à l’accueil](/).

# La page neutre qui propose chaque langue : chaque langue y affiche ces textes dans sa propre langue.
chooser-title = Choisissez votre langue
chooser-description = Cette page existe en plusieurs langues.
chooser-prompt = Lire cette page en français

alias-title = Cette page a déménagé
alias-body = Cette page a une nouvelle adresse.

footer-source = Ces pages sont produites par errdocs à partir d’une seule source : les catalogues Fluent et les faits de chaque limite.

# Serveur d’aperçu (errdocs serve --watch) : affiché par-dessus chaque page quand la reconstruction échoue, au-dessus du texte brut de l’erreur.
serve-rebuild-failed-title = La reconstruction du site a échoué
serve-rebuild-failed-body = Le serveur affiche toujours la dernière version valide du site. Corrigez l’erreur ci-dessous : la page se rechargera d’elle-même.
