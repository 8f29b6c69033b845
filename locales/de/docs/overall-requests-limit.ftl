### Hilfeseite des Gesamtlimits für Anfragen, das pro IP-Adresse und pro Endpunkt der
### ACME-API gilt.
### Variablen: die des Limits overall-requests (siehe errors.ftl), darunter $burst.

title = { overall-requests-title }
description = Die Anfrageraten, die jede IP-Adresse an die ACME-API von { -brand } senden darf, und was zu tun ist, wenn Sie sie überschreiten.

description-limit = Zum Schutz des Dienstes begrenzt { -brand }, wie viele Anfragen jede IP-Adresse an die ACME-API senden kann. Das Limit gilt für jeden Endpunkt einzeln.
description-endpoints = Jeder Endpunkt hat seine eigene Rate. `/acme/*` steht für alle API-Endpunkte, die in der Tabelle keine eigene Zeile haben.

table-endpoint = Endpunkt
# Spaltenüberschrift: die pro Zeitfenster erlaubte Rate.
# Variablen:
#   $window (Dauer) – das Zeitfenster („1 Sekunde“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
table-rate = { $window-amount ->
        [1] { $window-unit ->
            [day] Rate pro Tag
            [week] Rate pro Woche
            [minute] Rate pro Minute
            [hour] Rate pro Stunde
           *[second] Rate pro Sekunde
        }
       *[other] Rate pro { $window }
    }
table-burst = Burst

table-staging-rate = Rate (Staging-Umgebung)
table-staging-burst = Spitze (Staging-Umgebung)
# Tabellenzelle: eine Anzahl von Anfragen.
# Variablen:
#   $count (Zahl) – die Anzahl der Anfragen
table-requests = { $count ->
        [one] { $count } Anfrage
       *[other] { $count } Anfragen
    }
# Tabellenzelle: der Burst der Endpunkte ohne eigene Zeile.
# Variablen:
#   $burst (Zahl) – die Anzahl der Anfragen
table-burst-requests = { $burst ->
        [one] { $burst } Anfrage
       *[other] { $burst } Anfragen
    }

new-account-note = Die Tabelle nennt die Pfade von Boulder: Die Seite von { -brand } schreibt `/acme/new-account` für den Endpunkt, den Boulder unter `/acme/new-acct` bereitstellt. Die Spalten zur Staging-Umgebung nennen die Werte der [Staging-Umgebung](/docs/staging-environment/#rate-limits).

description-burst = Der Burst ist die Zahl der Anfragen, die auf einmal angenommen werden, bevor die Rate greift: Ein Client kann die Rate kurzzeitig überschreiten, muss danach aber langsamer werden.
description-enforcement = Dieses Limit wird am Eingang des Dienstes durchgesetzt, noch vor jeder ACME-Verarbeitung: Eine abgelehnte Anfrage erhält eine HTTP-Antwort 503 (*Service Unavailable*) mit dem Header `Retry-After`.

causes-intro = Ein gewöhnlicher ACME-Client sendet nur wenige Anfragen pro Zertifikat. Dieses Limit erreichen Clients, die es zu eilig haben oder zu zahlreich hinter derselben Adresse sitzen.

polling-heading = Polling ohne Pause
polling-body = Ein Client, der den Status einer Bestellung oder Autorisierung abfragt, ohne zwischen zwei Anfragen zu warten, überschreitet das Limit schnell. Er sollte den Header `Retry-After` der Antworten beachten oder seltener abfragen.

nonces-heading = Verschwendete Nonces
nonces-body = Jede API-Antwort liefert im Header `Replay-Nonce` eine neue Nonce. Ein Client, der vor jeder Anfrage beim Endpunkt `new-nonce` eine Nonce anfordert, verdoppelt grundlos seine Anfragen.

synchronized-heading = Synchronisierte Anfragen
synchronized-body = Viele Server hinter derselben IP-Adresse (NAT, Proxy) oder zeitgesteuerte Jobs, die zur vollen Stunde starten, senden ihre Anfragen im selben Augenblick.

recover-spread = Starten Sie Ihre zeitgesteuerten Jobs mit einer zufälligen Verzögerung, um die Anfragen zeitlich zu verteilen.
recover-directory = Halten Sie das ACME-Verzeichnis (`/directory`) im Speicher, statt es vor jeder Anfrage neu abzurufen.
