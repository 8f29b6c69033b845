### Testi comuni a tutte le pagine: navigazione, piè di pagina, avvisi.

-brand = Let’s Encrypt

# Il nome della lingua, scritto in quella lingua (selettore della lingua).
language-name = Italiano

site-name = Limiti di frequenza di { -brand }
skip-to-content = Vai al contenuto
nav-home = Home
nav-languages = Lingue
# Variabili:
#   $url (testo) – la versione francese della pagina
notice-untranslated = Parte di questa pagina non è ancora tradotta ed è mostrata in francese. [Leggi la versione originale]({ $url }).

# Mostrato su una pagina la cui traduzione è rimasta indietro rispetto al testo francese.
# Variabili:
#   $url (testo) – la versione francese della pagina
notice-outdated = La versione originale francese di questa pagina è cambiata dopo la traduzione. [Leggi la versione originale]({ $url }).
# Mostrato, nella lingua del lettore, quando la pagina non è ancora pubblicata nella sua lingua ed è mostrata in un’altra.
notice-not-published = Questa pagina non è ancora disponibile in italiano; è mostrata in un’altra lingua.

home-title = Limiti di frequenza di { -brand }
home-description = Le pagine di aiuto sugli errori dei limiti di frequenza di { -brand }, nella tua lingua.
home-intro = Ogni errore dovuto a un limite di frequenza rimanda a una pagina che lo spiega: cosa significa, perché si verifica e come evitarlo.
home-pages-heading = Pagine di aiuto

not-found-title = Pagina non trovata
not-found-description = La pagina richiesta non esiste.
not-found-body = Questa pagina non esiste o è stata spostata. [Torna alla home](/).

# La pagina neutra che propone tutte le lingue: ogni lingua vi mostra questi testi nella propria lingua.
chooser-title = Scegli la tua lingua
chooser-description = Questa pagina è disponibile in più lingue.
chooser-prompt = Leggi questa pagina in italiano

alias-title = Questa pagina è stata spostata
alias-body = Questa pagina ha un nuovo indirizzo.

footer-source = Queste pagine sono generate da errdocs a partire da un’unica fonte: i cataloghi Fluent e i dati di ciascun limite.

# Server di anteprima (errdocs serve --watch): mostrato sopra ogni pagina quando la ricostruzione fallisce, sopra il testo dell’errore.
serve-rebuild-failed-title = La ricostruzione del sito non è riuscita
serve-rebuild-failed-body = Il server mostra ancora l’ultima versione valida del sito. Correggi l’errore qui sotto: la pagina si ricaricherà da sola.
