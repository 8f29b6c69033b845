### Texte, die jede Seite gemeinsam nutzt: Navigation, Fußzeile, Hinweise.

-brand = Let’s Encrypt

# Der Name der Sprache, in dieser Sprache geschrieben (Sprachauswahl).
language-name = Deutsch

site-name = Rate Limits von { -brand }
skip-to-content = Zum Inhalt springen
nav-home = Startseite
nav-languages = Sprachen
# Variablen:
#   $url (Text) – die französische Originalfassung der Seite
notice-untranslated = Ein Teil dieser Seite ist noch nicht übersetzt und wird auf Französisch angezeigt. [Originalfassung lesen]({ $url }).

# Wird auf einer Seite angezeigt, deren Übersetzung hinter dem französischen Text zurückliegt.
# Variablen:
#   $url (Text) – die französische Originalfassung der Seite
notice-outdated = Die französische Originalfassung dieser Seite wurde seit der Übersetzung geändert. [Originalfassung lesen]({ $url }).
# Wird in der Sprache des Lesers angezeigt, wenn die Seite in dieser Sprache noch nicht veröffentlicht ist und stattdessen in einer anderen Sprache erscheint.
notice-not-published = Diese Seite ist noch nicht auf Deutsch verfügbar und wird in einer anderen Sprache angezeigt.

home-title = Rate Limits von { -brand }
home-description = Hilfeseiten zu den Rate-Limit-Fehlern von { -brand } in Ihrer Sprache.
home-intro = Jeder Rate-Limit-Fehler verweist auf eine Seite, die ihn erklärt: was er bedeutet, warum er auftritt und wie Sie ihn vermeiden.
home-pages-heading = Hilfeseiten

not-found-title = Seite nicht gefunden
not-found-description = Die angeforderte Seite existiert nicht.
not-found-body = Diese Seite existiert nicht oder wurde verschoben. [Zurück zur Startseite](/).

# Die sprachneutrale Seite, die jede Sprache anbietet: Jede Sprache zeigt diese Texte in ihrer eigenen Sprache.
chooser-title = Wählen Sie Ihre Sprache
chooser-description = Diese Seite ist in mehreren Sprachen verfügbar.
chooser-prompt = Diese Seite auf Deutsch lesen

alias-title = Diese Seite ist umgezogen
alias-body = Diese Seite hat eine neue Adresse.

footer-source = Diese Seiten erzeugt errdocs aus einer einzigen Quelle: den Fluent-Katalogen und den Eckdaten jedes Limits.

# Vorschau-Server (errdocs serve --watch): bei einem fehlgeschlagenen Neuaufbau über jeder Seite angezeigt, über dem Fehlertext.
serve-rebuild-failed-title = Der Neuaufbau der Website ist fehlgeschlagen
serve-rebuild-failed-body = Der Server zeigt weiterhin die letzte gültige Version der Website. Beheben Sie den Fehler unten: Die Seite lädt sich danach von selbst neu.
