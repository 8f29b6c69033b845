### Hilfeseite des Limits für neue Bestellungen pro Konto.
### Variablen: die des Limits orders-per-account (siehe errors.ftl).

title = { orders-per-account-title }
description = Was der Fehler zum Limit für neue Bestellungen pro Konto bedeutet, warum er auftritt und wie Sie ihn vermeiden.

# Variablen:
#   $count (Zahl) – erlaubte Bestellungen pro Zeitfenster
#   $window (Dauer) – das Zeitfenster („3 Stunden“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
description-limit =
    Jedes Konto kann { $window-amount ->
        [1] { $window-unit ->
            [day] jeden Tag
            [week] jede Woche
            [minute] jede Minute
            [second] jede Sekunde
           *[hour] jede Stunde
        }
       *[other] alle { $window }
    } bis zu { $count ->
        [one] { $count } neue Bestellung
       *[other] { $count } neue Bestellungen
    } erstellen.
description-order = Mit einer Bestellung (*order*) fordert ein ACME-Client ein Zertifikat an: Sie führt die Bezeichner (Domainnamen, IP-Adressen) auf, die das Zertifikat abdecken soll. Jede Zertifikatsanfrage beginnt mit einer neuen Bestellung.
description-meaning = Der Fehler bedeutet, dass Ihr Konto in letzter Zeit zu viele Bestellungen erstellt hat. Eine Bestellung zählt ab ihrer Erstellung, auch wenn daraus nie ein Zertifikat wird.

causes-intro = Ein gewöhnlicher Abonnent kommt diesem Limit nie nahe. Wird es doch erreicht, erstellt meist ein Client ununterbrochen Bestellungen.

retry-loops-heading = Wiederholungen in Endlosschleife
retry-loops-body = Ein Client, der bei jedem Versuch eine neue Bestellung erstellt, etwa nach jeder fehlgeschlagenen Validierung oder aus einem zu häufig laufenden zeitgesteuerten Job, schöpft das Limit aus, ohne je ein Zertifikat zu erhalten. Beheben Sie die Ursache des Fehlschlags, statt es immer wieder zu versuchen.

one-order-per-name-heading = Eine Bestellung pro Name
one-order-per-name-body = Wer für jede Subdomain ein eigenes Zertifikat anfordert, vervielfacht die Bestellungen. Werden die Namen vom selben Server bedient, kann ein einziges Zertifikat sie alle abdecken.

large-volumes-heading = Legitim hohe Volumen
large-volumes-body = Hosting-Anbieter und große Integratoren, die die Zertifikate vieler Kunden mit einem einzigen Konto verwalten, können dieses Limit im Normalbetrieb erreichen.

recover-fix-loops = Prüfen Sie anhand der Logs Ihres Clients, dass er keine Bestellungen in einer Schleife erstellt, und lassen Sie nach einem Fehlschlag mehr Zeit zwischen den Versuchen.

# Variablen:
#   $overridable (Text) – yes, wenn eine Überschreibung beantragt werden kann, sonst no
override-who = { $overridable ->
        [yes] Überschreibungen sind vor allem für Hosting-Anbieter und große Integratoren gedacht, deren normales Volumen das Limit übersteigt. Eine Überschreibung repariert keinen Client, der in einer Schleife läuft: Beheben Sie das zuerst.
       *[no] Wenn Ihr normales Volumen das Limit übersteigt, verteilen Sie Ihre Anfragen zeitlich.
    }
