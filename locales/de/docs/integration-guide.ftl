### Integrationsleitfaden für Hosting-Anbieter und große Integratoren.

title = Integrationsleitfaden
description = Hinweise für Hosting-Anbieter und große Integratoren, die Zertifikate von { -brand } für viele Kunden verwalten.

intro = Dieser Leitfaden richtet sich an Hosting-Anbieter und große Integratoren, die für viele Kunden Zertifikate anfordern.

one-account-heading = Ein Konto oder mehrere?
one-account-body = Ein einziges ACME-Konto kann die Zertifikate beliebig vieler Domains und Kunden verwalten. Wir empfehlen großen Integratoren, ein Konto für alle ihre Kunden oder nur einige wenige Konten zu verwenden statt eines Kontos pro Kunde: Das ist einfacher zu verwalten und verhindert, dass sie an die Limits für Kontoregistrierungen stoßen.
one-account-limits = Bewahren Sie die Zugangsdaten des Kontos über Bereitstellungen hinweg auf: Ein Konto, das bei jeder Bereitstellung neu angelegt wird, zählt als neue Registrierung.
