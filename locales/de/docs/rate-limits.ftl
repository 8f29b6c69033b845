### Übersichtsseite: alle Ratenlimits, eine Tabelle, dann ein Abschnitt pro Limit (stabile
### Anker von Let’s Encrypt) und das Vorgehen nach einem Fehler.
### Meldungen, die ein einzelnes Limit betreffen, erhalten dessen Eckdaten (siehe errors.ftl).

title = Ratenlimits
description = Alle Ratenlimits von { -brand }, ihre Werte und was zu tun ist, wenn Sie eines erreichen.

intro = { -brand } begrenzt, wie oft bestimmte Anfragen gestellt werden können, um alle Nutzer fair bedienen zu können. Die meisten Nutzer erreichen diese Limits nie. Wird eines erreicht, verweist der Fehler auf die Seite, die es erklärt.
bucket = Diese Limits funktionieren wie Token-Buckets, nicht wie gleitende Zeitfenster: Jedes Limit erlaubt eine bestimmte Zahl von Anfragen in einem Zeitraum, und seine Kapazität füllt sich nach und nach wieder auf, statt am Ende des Zeitraums auf einen Schlag zurückzukommen.

how-heading = So funktionieren unsere Rate Limits
how-no-reset = Wenn Sie ein Limit erreicht haben, kann { -brand } es nicht zurücksetzen: Seine Kapazität füllt sich mit der Zeit von selbst wieder auf, ohne dass Sie etwas tun müssen. Das Widerrufen von Zertifikaten setzt die Limits **nicht** zurück, denn die Ressourcen für ihre Ausstellung wurden bereits verbraucht.

overview-heading = Übersicht
table-limit = Limit
table-allowed = Erlaubt
table-override = Ausnahme

# Spalten „Erlaubt“ der Tabelle und der Abschnitte: die Obergrenze eines Limits.
# Variablen: die des Limits registrations-per-ip
#   $count (Zahl), $window (Dauer), $window-unit (Text), $window-amount (Zahl)
allowed-registrations-per-ip = { $count ->
        [one] { $count } Konto
       *[other] { $count } Konten
    } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }
# Variablen: die des Limits registrations-per-ipv6-range
#   $count (Zahl), $window (Dauer), $window-unit (Text), $window-amount (Zahl)
allowed-registrations-per-ipv6-range = { $count ->
        [one] { $count } Konto
       *[other] { $count } Konten
    } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }
# Variablen: die des Limits orders-per-account
#   $count (Zahl), $window (Dauer), $window-unit (Text), $window-amount (Zahl)
allowed-orders-per-account = { $count ->
        [one] { $count } neue Bestellung
       *[other] { $count } neue Bestellungen
    } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }
# Variablen: die des Limits certificates-per-domain
#   $count (Zahl), $window (Dauer), $window-unit (Text), $window-amount (Zahl)
allowed-certificates-per-domain = { $count ->
        [one] { $count } Zertifikat
       *[other] { $count } Zertifikate
    } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }
# Variablen: die des Limits certificates-per-exact-set
#   $count (Zahl), $window (Dauer), $window-unit (Text), $window-amount (Zahl)
allowed-certificates-per-exact-set = { $count ->
        [one] { $count } Zertifikat
       *[other] { $count } Zertifikate
    } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }
# Variablen: die des Limits authorization-failures
#   $count (Zahl), $window (Dauer), $window-unit (Text), $window-amount (Zahl)
allowed-authorization-failures = { $count ->
        [one] { $count } Fehlschlag
       *[other] { $count } Fehlschläge
    } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }
# Variablen:
#   $count (Zahl) – aufeinanderfolgende Fehlschläge, die vor der Sperre toleriert werden
allowed-consecutive-authorization-failures = { $count ->
        [one] { $count } Fehlschlag in Folge
       *[other] { $count } Fehlschläge in Folge
    }
# Variablen: die des Limits overall-requests
#   $count (Zahl), $window (Dauer), $window-unit (Text), $window-amount (Zahl)
allowed-overall-requests = { $count ->
        [one] { $count } Anfrage
       *[other] { $count } Anfragen
    } { $window-amount ->
        [1] { $window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $window }
    }

# Spalte „Ausnahme“ der Tabelle.
# Variablen:
#   $overridable (Text) – yes, wenn eine Ausnahme beantragt werden kann, sonst no
overridable = { $overridable ->
        [yes] Möglich
       *[no] Nicht möglich
    }

# Abschnitte, die die Limits gruppieren, wie auf der Seite von Let’s Encrypt.
registration-heading = Limits für Kontoregistrierungen
registration-intro = Diese Limits gelten, wenn Abonnenten über den API-Endpunkt `new-account` ein neues Konto anfordern. Sie zu überschreiten ist sehr selten; großen Integratoren empfehlen wir [ein Konto für viele Kunden](/docs/integration-guide/#one-account-or-many).
issuance-heading = Limits für die Ausstellung von Zertifikaten
issuance-intro = Diese Limits gelten, wenn Abonnenten über den API-Endpunkt `new-order` ein neues Zertifikat anfordern. Sie werden häufiger überschritten, besonders von großen Hosting-Anbietern und Organisationen, die Zertifikate für viele Namen ausstellen lassen.
# Variablen:
#   $identifiers (Zahl) – Bezeichner, die ein Zertifikat enthalten darf
identifiers-note = Ein Zertifikat kann bis zu { $identifiers } Bezeichner (DNS-Namen oder IP-Adressen) enthalten, je nach gewähltem [Zertifikatsprofil](https://letsencrypt.org/docs/profiles/). Aus Leistungsgründen verwenden Sie besser so wenige Bezeichner pro Zertifikat wie möglich.

renewals-heading = Ausnahmen für Erneuerungen
renewals-intro = { -brand } erkennt eine Erneuerung auf zwei Arten: vorzugsweise über ARI (*ACME Renewal Information*), dessen Erneuerungen von allen Rate Limits ausgenommen sind; sonst über die ältere Erkennung, die eine Bestellung mit genau denselben Bezeichnern als Erneuerung behandelt, sie aber einigen Limits unterwirft.
ari-heading = ARI-Erneuerungen

ari = Von ARI koordinierte Erneuerungen sind von **allen** Rate Limits ausgenommen. Ein Client, der ARI unterstützt, fragt regelmäßig bei den Servern von { -brand } nach, ob ein Zertifikat erneuert werden sollte; ist es so weit, fordert er eine neue Bestellung an, die das ersetzte Zertifikat nennt (Feld `replaces`). Enthält diese Bestellung mindestens einen Bezeichner des ersetzten Zertifikats und wurde dieses noch nicht per ARI ersetzt, unterliegt sie keinem Rate Limit.

non-ari-heading = Erneuerungen ohne ARI
non-ari = Unterstützt Ihr Client oder Ihr Hosting-Anbieter ARI noch nicht, gilt eine Bestellung trotzdem als Erneuerung eines früheren Zertifikats, wenn sie genau dieselben Bezeichner enthält, unabhängig von Groß- und Kleinschreibung und Reihenfolge. Sie ist dann von den Limits für [neue Bestellungen pro Konto](#new-orders-per-account) und [neue Zertifikate pro registrierter Domain](#new-certificates-per-registered-domain) ausgenommen. Anders als eine ARI-Erneuerung unterliegt sie weiterhin den Limits für [neue Zertifikate mit exakt denselben Bezeichnern](#new-certificates-per-exact-set-of-identifiers) und für [fehlgeschlagene Autorisierungen pro Bezeichner und Konto](#authorization-failures-per-identifier-per-account).

# Zusammenfassungen, ein Abschnitt pro Limit: was das Limit zählt, ohne Zahlen (die Zahlen
# folgen in der Liste der Eckdaten).
summary-registrations-per-ip = Begrenzt, wie viele neue ACME-Konten von derselben IP-Adresse aus angelegt werden können.
summary-registrations-per-ipv6-range = Begrenzt, wie viele neue ACME-Konten aus demselben /48-Bereich von IPv6-Adressen angelegt werden können, unabhängig von der genauen Adresse jeder einzelnen Anfrage.
summary-orders-per-account = Begrenzt, wie viele neue Bestellungen (Zertifikatsanfragen) ein Konto erstellen kann.
summary-certificates-per-domain = Begrenzt, wie viele Zertifikate für die Namen einer registrierten Domain ausgestellt werden, über alle Konten hinweg. Das Limit gilt auch pro IPv4-Adresse und pro /64-Bereich von IPv6-Adressen.
summary-certificates-per-exact-set = Begrenzt, wie viele Zertifikate für exakt dieselbe Menge von Domainnamen und IP-Adressen ausgestellt werden. Dieses Limit hieß früher „Limit für doppelte Zertifikate“.
summary-authorization-failures = Begrenzt, wie viele Validierungen für denselben Bezeichner und dasselbe Konto fehlschlagen dürfen. Dieses Limit hieß früher „Limit für fehlgeschlagene Validierungen“.
summary-consecutive-authorization-failures = Wenn die Validierung eines Bezeichners lange Zeit ununterbrochen fehlschlägt, wird das Konto für diesen Bezeichner gesperrt, bis Sie es entsperren. Eine erfolgreiche Validierung setzt den Zähler auf null zurück.
summary-overall-requests = Begrenzt die Rate der Anfragen, die jede IP-Adresse an jeden Endpunkt der ACME-API senden kann.

# Liste der Eckdaten eines Abschnitts. Variablen:
#   $allowed (Text) – die Obergrenze, bereits formatiert (eine allowed-*-Meldung)
facts-allowed = **Erlaubt:** { $allowed }
# Variablen:
#   $refill (Dauer) – Zeit, nach der eine Einheit Kapazität zurückkommt
#   $refill-unit (Text), $refill-amount (Zahl) – dieselbe Dauer, für die Grammatik
facts-refill = **Auffüllung:** eine Einheit { $refill-amount ->
        [1] { $refill-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] alle { $refill }
    }
# Variablen:
#   $burst (Zahl) – Anfragen, die auf einmal angenommen werden
facts-burst = **Burst:** standardmäßig { $burst ->
        [one] { $burst } Anfrage
       *[other] { $burst } Anfragen
    }, je nach Endpunkt
# Variablen:
#   $overridable (Text) – yes, wenn eine Ausnahme beantragt werden kann, sonst no
facts-override = **Ausnahme:** { $overridable ->
        [yes] möglich
       *[no] nicht möglich
    }
# Link zur vollständigen Seite eines Limits. Variablen:
#   $name (Text) – der Titel der Seite
read-more = Zur Seite „{ $name }“

retrying-heading = Erneuter Versuch nach Erreichen eines Ratenlimits
retrying-error = Wenn eine Anfrage ein Limit überschreitet, antwortet der Server mit einem ACME-Fehler vom Typ `urn:ietf:params:acme:error:rateLimited` und dem Header `Retry-After`: dem Zeitpunkt, ab dem die Anfrage wieder angenommen wird.

retrying-format = Die Fehlermeldungen der Rate Limits von Boulder, dem ACME-Server von { -brand }, haben alle dasselbe Format, auf Englisch. Zum Beispiel:
retrying-several = Überschreitet eine Anfrage mehrere Limits, beschreibt der Fehler dasjenige, das sich am spätesten zurücksetzt, und `Retry-After` gibt den Zeitpunkt an, ab dem alle sie wieder erlauben.

retry-after-heading = Der Header Retry-After
retrying-wait = Warten Sie bis zu diesem Zeitpunkt, bevor Sie es erneut versuchen: Eine früher gesendete Anfrage schlägt wieder fehl. Ein automatisierter ACME-Client sollte diesen Header auswerten, statt es in festen Abständen erneut zu versuchen.
retrying-staging = Um einen Client oder ein Deployment auszutesten, verwenden Sie unsere [Testumgebung](/docs/staging-environment/#rate-limits): Ihre Limits sind von denen der Produktion getrennt.

# Variablen:
#   $override-form (Text) – die Adresse des Formulars für Überschreibungen
override-request = Wenn Sie ein großer Hosting-Anbieter oder eine Organisation sind, die { -brand } integriert, können Sie über das [Formular für Überschreibungen]({ $override-form }) höhere Rate Limits beantragen. Die Bearbeitung dauert einige Wochen; das Formular eignet sich daher nicht, wenn ein Limit nur schneller zurückgesetzt werden soll, als es das von selbst tut.
