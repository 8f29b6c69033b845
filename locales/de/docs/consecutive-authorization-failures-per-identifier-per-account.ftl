### Hilfeseite des Limits für aufeinanderfolgende fehlgeschlagene Autorisierungen pro
### Bezeichner und Konto: Ist es ausgeschöpft, wird das Konto für den Bezeichner gesperrt
### (pausiert).
### Variablen: die des Limits consecutive-authorization-failures (siehe errors.ftl).

title = { consecutive-authorization-failures-title }
description = Warum Ihr Konto nach wiederholt fehlgeschlagenen Validierungen für einen Domainnamen gesperrt ist und wie Sie es entsperren.

# Variablen:
#   $count (Zahl) – aufeinanderfolgende Fehlschläge, die vor der Sperre toleriert werden
description-limit =
    Wenn die Validierung eines Bezeichners immer wieder fehlschlägt, sperrt (pausiert) { -brand } schließlich die Zertifikatsanfragen Ihres Kontos für diesen Bezeichner. Die Sperre greift nach { $count ->
        [one] { $count } fehlgeschlagenen Autorisierung in Folge
       *[other] { $count } fehlgeschlagenen Autorisierungen in Folge
    }, ohne eine erfolgreiche Validierung dazwischen.
description-reset = Eine erfolgreiche Validierung für diesen Bezeichner setzt den Zähler auf null zurück.
# Variablen:
#   $refill (Dauer) – Zeit, nach der eine Einheit Kapazität zurückkommt („1 Tag“)
#   $refill-unit (Text), $refill-amount (Zahl) – dieselbe Dauer, für die Grammatik
description-capacity =
    Die Kapazität füllt sich { $refill-amount ->
        [1] { $refill-unit ->
            [day] jeden Tag
            [week] jede Woche
            [minute] jede Minute
            [second] jede Sekunde
           *[hour] jede Stunde
        }
       *[other] alle { $refill }
    } um eine Einheit wieder auf: Nur Fehlschläge, die häufiger auftreten, führen schließlich zur Sperre des Kontos.

pause-table-intro = Wie lange es bis zur Sperre dauert, hängt von der Zahl der Fehlschläge pro Tag ab:
pause-table-failures = Fehlschläge pro Tag
pause-table-time = Zeit bis zur Sperre
# Tabellenzelle. Variablen:
#   $days (Zahl) – Tage bis zur Sperre
pause-days = { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
pause-never = nie gesperrt
description-why = Diese Sperre stoppt vergessene Clients, die endlos Zertifikate für Namen anfordern, die längst nicht mehr auf sie zeigen.
description-meaning = Der Fehler nennt einen gesperrten Bezeichner und weist darauf hin, dass weitere gesperrt sein können. Die Sperre hebt sich nicht mit der Zeit auf: Sie gilt, bis Sie Ihr Konto entsperren.

causes-intro = Diese Sperre betrifft nur Namen, deren Validierung seit langer Zeit ununterbrochen fehlschlägt.

abandoned-heading = Aufgegebene Namen
abandoned-body = Der Name ist abgelaufen, hat den Besitzer gewechselt oder zeigt inzwischen auf einen anderen Server, aber Ihr ACME-Client versucht weiterhin, sein Zertifikat zu erneuern.

persistent-heading = Dauerhaftes Konfigurationsproblem
persistent-body = Eine Firewall, ein DNS-Eintrag oder die Konfiguration eines Webservers verhindert die Validierung seit langer Zeit, und der Client versucht es automatisch erneut, ohne dass jemand seine Fehlermeldungen liest.

unpausing-heading = Ihr Konto entsperren
unpausing-intro = Die Sperre betrifft Ihr Konto und die genannten Bezeichner. So heben Sie sie auf:
unpausing-fix = Beheben Sie die Ursache der Fehlschläge: Andernfalls wird das Konto erneut gesperrt.
unpausing-remove = Entfernen Sie Namen, die Sie nicht mehr benötigen, aus der Konfiguration Ihres Clients.
unpausing-portal = Öffnen Sie den Entsperr-Link Ihres Kontos, der in der Fehlermeldung steht, die Boulder, der Server von { -brand }, an Ihren ACME-Client sendet (siehe oben), und bestätigen Sie die Entsperrung. Die übersetzte Meldung verweist stattdessen auf diese Anleitung.
unpausing-again = Sobald das Konto entsperrt ist, kann Ihr Client wieder Zertifikate für diese Bezeichner anfordern.

recover-watch = Überwachen Sie die Erneuerungsfehler Ihres ACME-Clients: Eine Erneuerung, die mehrere Tage hintereinander fehlschlägt, sollte jemanden alarmieren.
recover-authorization-failures = Wiederholte Fehlschläge lösen auch das [Limit für fehlgeschlagene Autorisierungen pro Bezeichner und Konto](/docs/authorization-failures-per-identifier-per-account/) aus; Ursachen und Abhilfen sind dieselben.
