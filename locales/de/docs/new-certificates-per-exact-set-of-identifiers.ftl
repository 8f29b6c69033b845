### Hilfeseite des Limits für neue Zertifikate mit exakt denselben Bezeichnern.
### Variablen: die des Limits certificates-per-exact-set (siehe errors.ftl).

title = { certificates-per-exact-set-title }
description = Was der Fehler zum Limit für Zertifikate mit exakt denselben Bezeichnern (früher „Limit für doppelte Zertifikate“) bedeutet, warum er auftritt und wie Sie ihn vermeiden.

# Variablen:
#   $count (Zahl) – erlaubte Zertifikate pro Zeitfenster für dieselbe Menge von Bezeichnern
#   $window (Dauer) – das Zeitfenster („7 Tage“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
description-limit =
    Bis zu { $count ->
        [one] { $count } Zertifikat kann
       *[other] { $count } Zertifikate können
    } { $window-amount ->
        [1] { $window-unit ->
            [day] jeden Tag
            [week] jede Woche
            [minute] jede Minute
            [second] jede Sekunde
           *[hour] jede Stunde
        }
       *[other] alle { $window }
    } für exakt dieselbe Menge von Bezeichnern ausgestellt werden.
description-set = Die Bezeichnermenge eines Zertifikats ist die Liste seiner Domainnamen und IP-Adressen, unabhängig von Reihenfolge und Groß-/Kleinschreibung: `example.com` zusammen mit `www.example.com` bildet eine Menge, `example.com` allein eine andere.
description-former-name = Dieses Limit hieß früher „Limit für doppelte Zertifikate“ (*Duplicate Certificate limit*).
description-meaning = Der Fehler bedeutet, dass Sie in letzter Zeit bereits mehrere Zertifikate für exakt dieselben Bezeichner erhalten haben. Diese Zertifikate bleiben gültig: Verwenden Sie einfach eines davon weiter.

causes-intro = Dieses Limit erreicht fast immer ein System, das seine Zertifikate wegwirft und neue anfordert.

reinstalls-heading = Wiederholte Neuinstallationen und Bereitstellungen
reinstalls-body = Wenn ein Server, ein Container oder eine virtuelle Maschine bei jedem Start ein neues Zertifikat anfordert, weil die erhaltenen Zertifikate von einer Bereitstellung zur nächsten nicht aufbewahrt werden, wird immer wieder dieselbe Menge von Namen angefordert.

testing-heading = Tests in der Produktion
testing-body = Wer die Konfiguration eines ACME-Clients gegen die Produktionsumgebung austestet und dabei bei jedem Versuch ein neues Zertifikat anfordert, schöpft das Limit für diese Namen schnell aus.

recover-keep = Bewahren Sie Zertifikate und ihre privaten Schlüssel auf einem Speicher auf, der Bereitstellungen überdauert, und verwenden Sie sie bis zur Erneuerung weiter.
recover-other-set = Wenn Sie sofort ein Zertifikat brauchen: Eine andere Menge von Bezeichnern (mit einem Namen mehr oder weniger) ist von diesem Limit nicht betroffen. Sie unterliegt aber weiterhin dem [Limit für neue Zertifikate pro registrierter Domain](/docs/new-certificates-per-registered-domain/).
