### Hilfeseite des Limits für neue Registrierungen pro IPv6-/48-Bereich.
### Variablen: die des Limits registrations-per-ipv6-range (siehe errors.ftl).

title = { registrations-per-ipv6-range-title }
description = Was der Fehler zum Limit für neue Registrierungen pro IPv6-Bereich bedeutet, warum er auftritt und wie Sie ihn vermeiden.

# Variablen:
#   $count (Zahl) – erlaubte Konten pro Zeitfenster
#   $window (Dauer) – das Zeitfenster („3 Stunden“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
description-limit =
    Bis zu { $count ->
        [one] { $count } neues Konto kann
       *[other] { $count } neue Konten können
    } { $window-amount ->
        [1] { $window-unit ->
            [day] jeden Tag
            [week] jede Woche
            [minute] jede Minute
            [second] jede Sekunde
           *[hour] jede Stunde
        }
       *[other] alle { $window }
    } aus demselben /48-Bereich von IPv6-Adressen registriert werden.
description-range = Dieses Limit ergänzt das [Limit für Registrierungen pro IP](/docs/too-many-registrations-for-this-ip/): Ein /48-Bereich enthält eine riesige Zahl von Adressen, und ein Client, der für jede Registrierung eine andere IPv6-Adresse verwendet, bleibt trotzdem durch seinen Bereich begrenzt.
description-meaning = Die „Registrierungen“ sind Anfragen, ein neues Konto bei der API von { -brand } anzulegen. Der Fehler bedeutet, dass aus dem /48-Bereich, der Ihre IPv6-Adresse enthält, in letzter Zeit zu viele Konten angelegt wurden, unabhängig von der genauen Adresse jeder einzelnen Anfrage.

causes-intro = Wie beim Limit pro IP-Adresse ist die Ursache fast immer eine Umgebung, die Konten neu anlegt, statt sie wiederzuverwenden.

repeat-deployments-heading = Wiederholte Bereitstellungen
repeat-deployments-body = Container, virtuelle Maschinen oder Cloud-Instanzen, die jeweils eine IPv6-Adresse aus demselben Bereich erhalten und beim Start jeweils ein eigenes Konto anlegen, schöpfen das Limit schnell aus. Speichern Sie die Zugangsdaten des Kontos auf einem Speicher, der Bereitstellungen überdauert, oder verwenden Sie ein gemeinsames Konto für alle Instanzen.

too-many-accounts-heading = Zu viele Konten
too-many-accounts-body = Hosting-Anbieter und große Integratoren, die für jeden Kunden ein Konto anlegen, erreichen dieses Limit, sobald sich ihre Server einen /48-Bereich teilen. Ein einziges Konto kann die Zertifikate all Ihrer Kunden verwalten.

shared-range-heading = Mit anderen geteilter Bereich
shared-range-body = Ihr Hosting-Anbieter vergibt möglicherweise Adressen aus demselben /48-Bereich an viele Kunden. Die Konten, die Ihre Nachbarn anlegen, zählen dann ebenfalls für das Limit, auch wenn Sie selbst kaum welche anlegen.
