### Meldungen des Limiters: der genaue Text, den der ACME-Client dem Nutzer anzeigt.
### Jedes Limit hat einen Titel (`<limit>-title`) und eine Meldung (`<limit>-exceeded`).
### Der Titel ändert sich nicht von Fall zu Fall: Er erhält nur die Eckdaten des Limits.
### Die Meldung kann zusätzlich die Werte des einzelnen Falls erhalten.
### Variablen jedes Limits:
###   $count (Zahl) – erlaubte Anfragen pro Zeitfenster
###   $window (Dauer) – das Zeitfenster, bereits formatiert („3 Stunden“)
###   $window-unit (Text) – hour, day, week, minute oder second; $window-amount (Zahl)
###   $url (Text) – die Adresse der Hilfeseite; niemals weglassen
### Variablen, die der Limiter bei jedem Fall liefert (für die Meldungen, die sie verwenden):
###   $retry-after (Datum und Uhrzeit, UTC) – ab wann das Limit wieder eine Anfrage erlaubt,
###     bereits für die Sprache formatiert; „UTC“ dahinter schreiben
###   $identifier (Text) – die betroffene registrierte Domain, IP-Adresse oder der Bezeichner
### Diese Meldungen sind reiner Text: kein Markdown. Das Zeitfenster steht nach „pro“
### („pro 7 Tage“, bei einer Einheit „pro Stunde“), weil die Dauer im Nominativ ankommt und
### „in den letzten 7 Tage“ falsch wäre. Im Deutschen kein Leerzeichen vor „:“.

registrations-per-ip-title = Limit für neue Registrierungen pro IP-Adresse
# Variablen:
#   $url (Text) – die Adresse der Hilfeseite
registrations-per-ip-exceeded = zu viele Registrierungen von dieser IP-Adresse: siehe { $url }

registrations-per-ipv6-range-title = Limit für neue Registrierungen pro IPv6-Bereich
# Variablen:
#   $count (Zahl) – erlaubte Registrierungen pro Zeitfenster
#   $window (Dauer) – das Zeitfenster („3 Stunden“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
#   $retry-after (Datum und Uhrzeit) – wann ein neuer Versuch möglich ist, in UTC
#   $url (Text) – die Adresse der Hilfeseite
registrations-per-ipv6-range-exceeded = zu viele neue Registrierungen aus diesem /48-Subnetz von IPv6-Adressen (Limit: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }), neuer Versuch ab { $retry-after } UTC: siehe { $url }

orders-per-account-title = Limit für neue Bestellungen pro Konto
# Variablen:
#   $count (Zahl) – erlaubte Bestellungen pro Zeitfenster
#   $window (Dauer) – das Zeitfenster („3 Stunden“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
#   $retry-after (Datum und Uhrzeit) – wann ein neuer Versuch möglich ist, in UTC
#   $url (Text) – die Adresse der Hilfeseite
orders-per-account-exceeded = zu viele neue Bestellungen für dieses Konto (Limit: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }), neuer Versuch ab { $retry-after } UTC: siehe { $url }

certificates-per-domain-title = Limit für neue Zertifikate pro registrierter Domain
# Variablen:
#   $count (Zahl) – erlaubte Zertifikate pro Zeitfenster
#   $window (Dauer) – das Zeitfenster („7 Tage“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
#   $identifier (Text) – die betroffene registrierte Domain (oder IP-Adresse, IPv6-Bereich)
#   $retry-after (Datum und Uhrzeit) – wann ein neuer Versuch möglich ist, in UTC
#   $url (Text) – die Adresse der Hilfeseite
certificates-per-domain-exceeded = bereits zu viele Zertifikate für „{ $identifier }“ ausgestellt (Limit: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }), neuer Versuch ab { $retry-after } UTC: siehe { $url }

certificates-per-exact-set-title = Limit für neue Zertifikate mit exakt denselben Bezeichnern
# Variablen:
#   $count (Zahl) – erlaubte Zertifikate pro Zeitfenster für dieselbe Menge von Bezeichnern
#   $window (Dauer) – das Zeitfenster („7 Tage“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
#   $retry-after (Datum und Uhrzeit) – wann ein neuer Versuch möglich ist, in UTC
#   $url (Text) – die Adresse der Hilfeseite
certificates-per-exact-set-exceeded = bereits zu viele Zertifikate für exakt diese Bezeichner ausgestellt (Limit: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }), neuer Versuch ab { $retry-after } UTC: siehe { $url }

authorization-failures-title = Limit für fehlgeschlagene Autorisierungen pro Bezeichner und Konto
# Variablen:
#   $count (Zahl) – erlaubte Fehlschläge pro Zeitfenster
#   $window (Dauer) – das Zeitfenster („1 Stunde“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
#   $identifier (Text) – der Bezeichner (Domainname oder IP-Adresse), dessen Validierung fehlschlägt
#   $retry-after (Datum und Uhrzeit) – wann ein neuer Versuch möglich ist, in UTC
#   $url (Text) – die Adresse der Hilfeseite
authorization-failures-exceeded = zu viele fehlgeschlagene Autorisierungen für „{ $identifier }“ (Limit: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }), neuer Versuch ab { $retry-after } UTC: siehe { $url }

consecutive-authorization-failures-title = Limit für aufeinanderfolgende fehlgeschlagene Autorisierungen pro Bezeichner und Konto
# Variablen:
#   $identifier (Text) – der gesperrte Bezeichner (Domainname oder IP-Adresse)
#   $url (Text) – die Adresse der Anleitung zum Entsperren des Kontos
# Kein Datum: Die Sperre gilt, bis der Nutzer sein Konto entsperrt.
consecutive-authorization-failures-exceeded = Ihr Konto kann vorübergehend keine Zertifikate für { $identifier } und möglicherweise weitere Bezeichner anfordern. Anleitung zum Entsperren: { $url }

overall-requests-title = Gesamtlimit für Anfragen
# Variablen:
#   $count (Zahl) – erlaubte Anfragen pro Zeitfenster an diesem Endpunkt
#   $window (Dauer) – das Zeitfenster („1 Sekunde“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
#   $retry-after (Datum und Uhrzeit) – wann ein neuer Versuch möglich ist, in UTC
#   $url (Text) – die Adresse der Hilfeseite
overall-requests-exceeded = zu viele Anfragen von dieser IP-Adresse (Limit: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }), neuer Versuch ab { $retry-after } UTC: siehe { $url }
