### Hilfeseite des Limits für fehlgeschlagene Autorisierungen pro Bezeichner und Konto.
### Variablen: die des Limits authorization-failures (siehe errors.ftl).

title = { authorization-failures-title }
description = Was der Fehler zum Limit für fehlgeschlagene Autorisierungen (früher „Limit für fehlgeschlagene Validierungen“) bedeutet, warum er auftritt und wie Sie ihn vermeiden.

# Variablen:
#   $count (Zahl) – erlaubte Fehlschläge pro Zeitfenster
#   $window (Dauer) – das Zeitfenster („1 Stunde“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
description-limit =
    { -brand } toleriert für jedes Konto { $window-amount ->
        [1] { $window-unit ->
            [day] pro Bezeichner und Tag
            [week] pro Bezeichner und Woche
            [minute] pro Bezeichner und Minute
            [second] pro Bezeichner und Sekunde
           *[hour] pro Bezeichner und Stunde
        }
       *[other] pro Bezeichner alle { $window }
    } bis zu { $count ->
        [one] { $count } fehlgeschlagene Autorisierung
       *[other] { $count } fehlgeschlagene Autorisierungen
    }. Darüber hinaus werden neue Anfragen dieses Kontos für diesen Bezeichner eine Zeit lang abgelehnt.
description-authorization = Eine Autorisierung weist nach, dass Sie einen Bezeichner (einen Domainnamen oder eine IP-Adresse) kontrollieren. { -brand } prüft das mit einer ACME-Challenge: einer Datei, die Sie auf Ihrem Webserver veröffentlichen, einem DNS-Eintrag oder einem temporären TLS-Zertifikat. Die Autorisierung schlägt fehl, wenn { -brand } nicht findet, was es erwartet.
description-former-name = Dieses Limit hieß früher „Limit für fehlgeschlagene Validierungen“ (*Failed Validation limit*).
description-meaning = Der Fehler nennt den Bezeichner, dessen Validierung für Ihr Konto zu oft fehlgeschlagen ist. Andere Bezeichner und andere Konten sind nicht betroffen.

causes-intro = Wiederholte Fehlschläge gehen fast immer auf ein Konfigurationsproblem zurück, das kein neuer Versuch behebt.

dns-heading = Falsch konfiguriertes DNS
dns-body = Die DNS-Einträge des Namens zeigen auf einen anderen Server als den, auf dem Ihr ACME-Client läuft: einen alten Server, eine vergessene IPv6-Adresse, einen Load Balancer. { -brand } validiert dann gegen den falschen Server.

blocked-heading = Challenge nicht erreichbar
blocked-body = Eine Firewall, ein CDN, eine Weiterleitung oder ein falsch gewähltes Webverzeichnis hindert { -brand } daran, die Antwort auf die Challenge zu lesen, obwohl Ihr Client sie korrekt veröffentlicht hat.

propagation-heading = DNS noch nicht propagiert
propagation-body = Bei der DNS-Challenge scheitert ein Client, der die Validierung anfordert, bevor der Eintrag auf allen autoritativen DNS-Servern der Domain sichtbar ist, und versucht es dann zu früh erneut.

recover-fix-first = Finden und beheben Sie die Ursache, bevor Sie es erneut versuchen: Die Meldung der fehlgeschlagenen Autorisierung in den Logs Ihres Clients zeigt, was { -brand } gesehen hat.
recover-pausing = Lassen Sie einen Client nicht endlos scheitern: Nach zu vielen aufeinanderfolgenden Fehlschlägen wird Ihr Konto [für diesen Bezeichner gesperrt](/docs/consecutive-authorization-failures-per-identifier-per-account/).
