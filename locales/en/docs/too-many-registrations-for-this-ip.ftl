### Help page of the registrations-per-IP limit.
### Variables: those of the registrations-per-ip limit (see errors.ftl).

title = { registrations-per-ip-title }
description = What the “too many registrations for this IP” error means, why it happens and how to avoid it.

description-heading = Description
description-limit =
    Subscribers can register up to { $count ->
        [one] { $count } account
       *[other] { $count } accounts
    } per IP address { $window-amount ->
        [one] { $window-unit ->
            [day] every day
            [week] every week
            [minute] every minute
            [second] every second
           *[hour] every hour
        }
       *[other] every { $window }
    }. Your ACME client shows the following error once you have gone over the *Registrations per IP* limit:
description-meaning =
    The “registrations” this error refers to are requests, sent from your IP address, to register a new account with the { -brand } API. The error means that { $count ->
        [one] at least { $count } account has
       *[other] at least { $count } accounts have
    } already been registered from this IP address in the last { $window-amount ->
        [one] { $window-unit ->
            [day] day
            [week] week
            [minute] minute
            [second] second
           *[hour] hour
        }
       *[other] { $window }
    }.

causes-heading = Common causes
causes-intro = Subscribers who hit the Registrations per IP limit usually do so because their environment is misconfigured.

repeat-deployments-heading = Repeat deployments
repeat-deployments-body =
    An individual subscriber very rarely runs into the Registrations per IP limit. It happens most often when a system or application is deployed over and over: either your ACME client does not store and reuse your account credentials, or the file system where they should be stored is destroyed between deployments (containers, virtual machines, cloud instances). While you test how your system or application deploys, make sure your ACME client is configured to use our staging environment. Its rate limits are [significantly higher](/docs/staging-environment/#rate-limits).

too-many-accounts-heading = Too many accounts
too-many-accounts-body =
    Hosting providers and other large integrators usually reach the Registrations per IP limit by requesting one account per customer. We recommend that large integrators prefer a design with [one account for many customers](/docs/integration-guide/#one-account-or-many). When testing, make sure your ACME implementation is configured to use our staging environment. Its rate limits are [significantly higher](/docs/staging-environment/#rate-limits).

help-heading = Getting help
help-body = If you are not sure how to configure your ACME client to use our staging environment, or you need help debugging, please [ask for help on our community forum](https://community.letsencrypt.org/c/help/13).

override-heading = Requesting an override
override-body = { $overridable ->
        [yes] You can request an override of the Registrations per IP limit if your use case warrants it.
       *[no] Overrides are **not** available for the Registrations per IP limit.
    }
