### Seite der Testumgebung (Staging).

title = Testumgebung (Staging)
description = Testen Sie Ihren ACME-Client in der Testumgebung von { -brand }, deren Ratenlimits deutlich höher sind.

intro = Wir empfehlen dringend, Ihren ACME-Client in unserer Testumgebung zu testen, bevor Sie ihn in der Produktion einsetzen. Sie funktioniert wie die Produktionsumgebung, doch Browser vertrauen ihren Zertifikaten nicht, und ihre Ratenlimits sind deutlich höher. Um sie zu nutzen, konfigurieren Sie Ihren Client mit der folgenden Verzeichnis-URL:
# Die ACME-Verzeichnis-URL der Testumgebung: nicht übersetzen.
directory-url = https://acme-staging-v02.api.letsencrypt.org/directory

certbot = Mit [Certbot](https://certbot.eff.org/) nutzen die Optionen `--test-cert` und `--dry-run` die Staging-Umgebung; für andere ACME-Clients lesen Sie deren Dokumentation. ACME-Konten gehören zu genau einer Umgebung: Die Staging-Umgebung braucht ein eigenes Konto, worum sich Certbot für Sie kümmert.

rate-limits-heading = Ratenlimits
rate-limits-intro = Die Testumgebung wendet dieselben Limits an wie die Produktion, meist mit höheren Werten:
# Variablen: die des Limits registrations-per-ip, darunter $staging-count und $staging-window
# (mit $staging-window-unit und $staging-window-amount für die Grammatik).
rate-limit-registrations-per-ip = [Registrierungen pro IP-Adresse](/docs/too-many-registrations-for-this-ip/): { $staging-count ->
        [one] { $staging-count } Konto
       *[other] { $staging-count } Konten
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $staging-window }
    } (Produktion: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }).
# Variablen: die des Limits registrations-per-ipv6-range, darunter $staging-count und $staging-window
# (mit $staging-window-unit und $staging-window-amount für die Grammatik).
rate-limit-registrations-per-ipv6-range = [Registrierungen pro IPv6-/48-Bereich](/docs/new-registrations-per-ipv6-range/): { $staging-count ->
        [one] { $staging-count } Konto
       *[other] { $staging-count } Konten
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $staging-window }
    } (Produktion: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }).
# Variablen: die des Limits orders-per-account, darunter $staging-count und $staging-window
# (mit $staging-window-unit und $staging-window-amount für die Grammatik).
rate-limit-orders-per-account = [Neue Bestellungen pro Konto](/docs/new-orders-per-account/): { $staging-count ->
        [one] { $staging-count } Bestellung
       *[other] { $staging-count } Bestellungen
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $staging-window }
    } (Produktion: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }).
# Variablen: die des Limits certificates-per-domain, darunter $staging-count und $staging-window
# (mit $staging-window-unit und $staging-window-amount für die Grammatik).
rate-limit-certificates-per-domain = [Neue Zertifikate pro registrierter Domain](/docs/new-certificates-per-registered-domain/): { $staging-count ->
        [one] { $staging-count } Zertifikat
       *[other] { $staging-count } Zertifikate
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $staging-window }
    } (Produktion: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }).
# Variablen: die des Limits certificates-per-exact-set, darunter $staging-count und $staging-window
# (mit $staging-window-unit und $staging-window-amount für die Grammatik).
rate-limit-certificates-per-exact-set = [Neue Zertifikate mit exakt denselben Bezeichnern](/docs/new-certificates-per-exact-set-of-identifiers/): { $staging-count ->
        [one] { $staging-count } Zertifikat
       *[other] { $staging-count } Zertifikate
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $staging-window }
    } (Produktion: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }).
# Variablen: die des Limits authorization-failures, darunter $staging-count und $staging-window
# (mit $staging-window-unit und $staging-window-amount für die Grammatik).
rate-limit-authorization-failures = [Fehlgeschlagene Autorisierungen pro Bezeichner und Konto](/docs/authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } Fehlschlag
       *[other] { $staging-count } Fehlschläge
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $staging-window }
    } (Produktion: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }).
# Variablen: die des Limits consecutive-authorization-failures, darunter $staging-count,
# $staging-window (mit $staging-window-unit und $staging-window-amount), $refill,
# $refill-unit und $refill-amount.
rate-limit-consecutive-authorization-failures = [Aufeinanderfolgende fehlgeschlagene Autorisierungen pro Bezeichner und Konto](/docs/consecutive-authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } Fehlschlag
       *[other] { $staging-count } Fehlschläge
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $staging-window }
    } (Produktion: { $count }, aufgefüllt um eine Einheit { $refill-amount ->
        [1] { $refill-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] alle { $refill }
    }).

rate-limit-overall-requests = [Gesamtlimit für Anfragen](/docs/overall-requests-limit/#description): siehe die Spalten zur Staging-Umgebung in der Tabelle der Endpunkte.
rate-limits-outro = Ein Client, der in der Testumgebung ein Limit erreicht, würde es in der Produktion viel früher erreichen: Beheben Sie das Problem, bevor Sie die Umgebung wechseln.
