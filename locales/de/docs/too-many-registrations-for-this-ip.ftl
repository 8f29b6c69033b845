### Hilfeseite des Limits für Registrierungen pro IP.
### Variablen: die des Limits registrations-per-ip (siehe errors.ftl).

title = { registrations-per-ip-title }
description = Was die Fehler „too many new registrations (…) from this IP address“ und „too many registrations for this IP“ bedeuten, warum sie auftreten und wie Sie sie vermeiden.

# Variablen:
#   $count (Zahl) – erlaubte Konten pro Zeitfenster
#   $window (Dauer) – das Zeitfenster („3 Stunden“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
description-limit =
    Nutzer können { $window-amount ->
        [1] { $window-unit ->
            [day] jeden Tag
            [week] jede Woche
            [minute] jede Minute
            [second] jede Sekunde
           *[hour] jede Stunde
        }
       *[other] alle { $window }
    } bis zu { $count ->
        [one] { $count } Konto
       *[other] { $count } Konten
    } pro IP-Adresse registrieren. Sobald Sie das Limit für *Registrierungen pro IP* überschritten haben, zeigt Ihr ACME-Client die folgende Fehlermeldung an:

# Leitet die ältere englische Meldung von Boulder ein, die direkt danach zitiert wird.
boulder-legacy-intro = Früher sendete Boulder diese ältere Meldung, die auf diese Seite verwies:
# Variablen:
#   $count (Zahl) – erlaubte Konten pro Zeitfenster
#   $window-unit (Text), $window-amount (Zahl) – das Zeitfenster, für die Grammatik
description-meaning =
    Die „Registrierungen“, auf die sich dieser Fehler bezieht, sind Anfragen von Ihrer IP-Adresse, ein neues Konto bei der API von { -brand } zu registrieren. Der Fehler bedeutet, dass von dieser IP-Adresse { $window-amount ->
        [1] { $window-unit ->
            [day] innerhalb des letzten Tages
            [week] innerhalb der letzten Woche
            [minute] innerhalb der letzten Minute
            [second] innerhalb der letzten Sekunde
           *[hour] innerhalb der letzten Stunde
        }
       *[other] { $window-unit ->
            [day] innerhalb der letzten { $window-amount } Tage
            [week] innerhalb der letzten { $window-amount } Wochen
            [minute] innerhalb der letzten { $window-amount } Minuten
            [second] innerhalb der letzten { $window-amount } Sekunden
           *[hour] innerhalb der letzten { $window-amount } Stunden
        }
    } bereits { $count ->
        [one] mindestens { $count } Konto registriert wurde
       *[other] mindestens { $count } Konten registriert wurden
    }.

causes-intro = Nutzer, die das Limit für Registrierungen pro IP erreichen, tun das meist, weil ihre Umgebung falsch konfiguriert ist.

repeat-deployments-heading = Wiederholte Deployments
repeat-deployments-body =
    Dass ein einzelner Nutzer an das Limit für Registrierungen pro IP stößt, ist äußerst selten. Meist passiert es, wenn Ihr System oder Ihre Anwendung immer wieder neu ausgerollt wird: Entweder speichert Ihr ACME-Client die Zugangsdaten Ihres Kontos nicht und verwendet sie nicht wieder, oder das Dateisystem, in dem sie liegen sollten, wird zwischen den Deployments zerstört (Container, virtuelle Maschinen, Cloud-Instanzen). Wenn Sie das Deployment Ihres Systems oder Ihrer Anwendung testen, stellen Sie sicher, dass Ihr ACME-Client für unsere Testumgebung konfiguriert ist. Die Ratenlimits unserer Testumgebung sind [deutlich höher](/docs/staging-environment/#rate-limits).

too-many-accounts-heading = Zu viele Konten
too-many-accounts-body =
    Hosting-Anbieter und andere große Integratoren erreichen das Limit für Registrierungen pro IP meist, weil sie für jeden Kunden ein eigenes Konto anlegen wollen. Wir empfehlen großen Integratoren ein Design mit [einem Konto für viele Kunden](/docs/integration-guide/#one-account-or-many). Stellen Sie beim Testen sicher, dass Ihre ACME-Implementierung für unsere Testumgebung konfiguriert ist. Die Ratenlimits unserer Testumgebung sind [deutlich höher](/docs/staging-environment/#rate-limits).
