### Texte, die jede Limit-Seite gemeinsam nutzt: Abschnittsüberschriften, Vorgehen nach dem
### Fehler, Hilfe und Ausnahmen. Auf einer Limit-Seite erhalten sie die Eckdaten dieses Limits
### (siehe errors.ftl); jede Seite hat ihre eigenen Texte in docs/<slug>.ftl.

description-heading = Beschreibung
causes-heading = Häufige Ursachen
recover-heading = Was tun?
help-heading = Hilfe erhalten
override-heading = Eine Ausnahme beantragen

# Leitet die direkt danach in einem Codeblock zitierte Fehlermeldung ein.
error-intro = Wenn Sie dieses Limit überschreiten, zeigt Ihr ACME-Client eine Fehlermeldung wie diese an (Beispiel):

# Leitet die genaue englische Meldung ein, die Boulder sendet und die direkt danach zitiert wird.
boulder-intro = Boulder, der ACME-Server von { -brand }, sendet heute diese Meldung, wörtlich und auf Englisch:
lookup-certificates = Eine Liste der für Ihre registrierte Domain ausgestellten Zertifikate finden Sie mit einer Suche auf [crt.sh](https://crt.sh/), das die öffentlichen Logs von [Certificate Transparency](https://certificate.transparency.dev/) auswertet.

# Variablen:
#   $refill (Dauer) – Zeit, nach der das Limit eine weitere Anfrage erlaubt („18 Minuten“)
#   $refill-unit (Text) – hour, day, week, minute oder second; $refill-amount (Zahl)
description-refill =
    Sie müssen nicht das Ende des Zeitraums abwarten: Das Limit füllt sich nach und nach wieder auf und erlaubt { $refill-amount ->
        [1] { $refill-unit ->
            [day] jeden Tag
            [week] jede Woche
            [minute] jede Minute
            [second] jede Sekunde
           *[hour] jede Stunde
        }
       *[other] alle { $refill }
    } eine weitere Anfrage.

recover-retry-after = Warten Sie bis zu dem Zeitpunkt, den der Header `Retry-After` der Antwort angibt, bevor Sie es erneut versuchen: Eine früher gesendete Anfrage schlägt wieder fehl. Ein sauber implementierter ACME-Client liest diesen Header und wartet von selbst. Siehe [Erneuter Versuch nach Erreichen eines Ratenlimits](/docs/rate-limits/#retrying-after-hitting-rate-limits).

# Variablen:
#   $staging-count (Zahl) – der Wert des Limits in der Testumgebung
#   $staging-window (Dauer) – das Zeitfenster in der Testumgebung („3 Stunden“)
#   $staging-window-unit (Text), $staging-window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
recover-staging =
    Führen Sie Ihre Tests in unserer [Testumgebung](/docs/staging-environment/#rate-limits) durch: Dort liegt dieses Limit bei { $staging-count } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] pro Tag
            [week] pro Woche
            [minute] pro Minute
            [second] pro Sekunde
           *[hour] pro Stunde
        }
       *[other] pro { $staging-window }
    }, und was Sie dort tun, zählt nicht für Ihre Limits in der Produktion.

recover-reuse-account = Bewahren Sie die Zugangsdaten Ihres ACME-Kontos über Deployments hinweg auf und verwenden Sie sie wieder: Ein bestehendes Konto zählt nicht als neue Registrierung.
recover-one-account = Verwenden Sie lieber [ein Konto für viele Kunden](/docs/integration-guide/#one-account-or-many) als ein Konto pro Kunde.

recover-ari = Erneuern Sie Ihre Zertifikate zu dem Zeitpunkt, den ARI (*ACME Renewal Information*) vorschlägt: Solche Erneuerungen sind von diesem Limit ausgenommen. Wenn Ihr ACME-Client ARI unterstützt, aktivieren Sie es.

help-body = Wenn Sie nicht sicher sind, wie Sie Ihren ACME-Client für unsere Testumgebung konfigurieren, oder Hilfe bei der Fehlersuche brauchen, [bitten Sie in unserem Community-Forum um Hilfe](https://community.letsencrypt.org/c/help/13).

# Variablen:
#   $overridable (Text) – yes, wenn eine Ausnahme beantragt werden kann, sonst no
#   $override-form (Text) – die Adresse des Formulars für Überschreibungen
override-body = { $overridable ->
        [yes] Wenn Ihr Anwendungsfall es rechtfertigt, können Sie über das [Formular für Überschreibungen]({ $override-form }) von { -brand } eine Überschreibung dieses Limits beantragen. Beschreiben Sie Ihren Bedarf möglichst genau; die Bearbeitung dauert einige Wochen.
       *[no] Für dieses Limit sind **keine** Ausnahmen möglich.
    }
