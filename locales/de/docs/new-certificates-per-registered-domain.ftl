### Hilfeseite des Limits für neue Zertifikate pro registrierter Domain.
### Variablen: die des Limits certificates-per-domain (siehe errors.ftl).

title = { certificates-per-domain-title }
description = Was der Fehler zum Limit für neue Zertifikate pro registrierter Domain bedeutet, warum er auftritt und wie Sie ihn vermeiden.

# Variablen:
#   $count (Zahl) – erlaubte Zertifikate pro Zeitfenster
#   $window (Dauer) – das Zeitfenster („7 Tage“)
#   $window-unit (Text), $window-amount (Zahl) – dasselbe Zeitfenster, für die Grammatik
description-limit =
    Bis zu { $count ->
        [one] { $count } Zertifikat kann
       *[other] { $count } Zertifikate können
    } pro registrierter Domain { $window-amount ->
        [1] { $window-unit ->
            [day] jeden Tag
            [week] jede Woche
            [minute] jede Minute
            [second] jede Sekunde
           *[hour] jede Stunde
        }
       *[other] alle { $window }
    } ausgestellt werden, und zwar über alle Konten hinweg.
description-registered-domain = Die registrierte Domain ist der Teil des Namens, den Sie bei einem Registrar registriert haben: Für `www.example.com` wie für `blog.example.com` ist das `example.com`. Sie wird anhand der [Public Suffix List](https://publicsuffix.org/) bestimmt.
description-ip-addresses = Für Zertifikate, die auf IP-Adressen ausgestellt werden, gilt dasselbe Limit pro IPv4-Adresse und pro /64-Bereich von IPv6-Adressen.
description-meaning = Der Fehler nennt die betroffene registrierte Domain: Für ihre Namen wurden in letzter Zeit zu viele Zertifikate ausgestellt, von Ihrem Konto oder von anderen. Bereits ausgestellte Zertifikate bleiben gültig.

causes-intro = Dieses Limit gilt gemeinsam für alle Subdomains einer registrierten Domain: Es trifft vor allem diejenigen, die viele Namen unter derselben Domain verwalten.

many-subdomains-heading = Ein Zertifikat pro Subdomain
many-subdomains-body = Jedes für eine Subdomain angeforderte Zertifikat zählt für die registrierte Domain. Bei vielen Subdomains fassen Sie mehrere Namen in einem Zertifikat zusammen oder verwenden ein Wildcard-Zertifikat (`*.example.com`, per DNS validiert).

repeat-deployments-heading = Wiederholte Bereitstellungen
repeat-deployments-body = Ein System, das bei jeder Bereitstellung neue Zertifikate anfordert, statt die vorhandenen zu behalten, verbraucht das Limit ohne Grund. Speichern Sie Zertifikate und Schlüssel auf einem Speicher, der Bereitstellungen überdauert.

shared-domain-heading = Von vielen Kunden geteilte Domain
shared-domain-body = Bei einem Dienst, der seinen Kunden Subdomains zuteilt (dynamisches DNS, Hosting-Plattform), teilen sich alle Kunden ein einziges Limit. Wenn jeder Kunde seine Subdomain selbst kontrolliert, kann der Verantwortliche der Domain deren Aufnahme in die [Public Suffix List](https://publicsuffix.org/) beantragen: Jede Subdomain wird dann zu einer eigenen registrierten Domain.

recover-combine = Fassen Sie die Namen eines Servers in einem einzigen Zertifikat zusammen, statt für jeden Namen ein eigenes anzufordern.

# Variablen:
#   $overridable (Text) – yes, wenn eine Überschreibung beantragt werden kann, sonst no
override-who = { $overridable ->
        [yes] Überschreibungen sind für Hosting-Anbieter und große Organisationen gedacht, die berechtigterweise sehr viele Namen unter derselben registrierten Domain verwalten.
       *[no] Wenn Ihr normales Volumen das Limit übersteigt, fassen Sie die Namen in weniger Zertifikaten zusammen.
    }
