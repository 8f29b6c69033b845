### Integration guide for hosting providers and large integrators.

title = Integration guide
description = Advice for hosting providers and large integrators who manage { -brand } certificates for many customers.

intro = This guide is for hosting providers and large integrators who request certificates on behalf of many customers.

one-account-heading = One account or many?
one-account-body = A single ACME account can manage certificates for any number of domains and customers. We recommend that large integrators use one account for all their customers, or only a few accounts, rather than one account per customer: it is simpler to manage and keeps you clear of the account registration limits.
one-account-limits = Keep the account credentials between deployments: an account created afresh on every deployment counts as a new registration.
