### Help page of the registrations-per-IP limit.
### Variables: those of the registrations-per-ip limit (see errors.ftl).

title = { registrations-per-ip-title }
description = What the “too many new registrations (…) from this IP address” and “too many registrations for this IP” errors mean, why they happen and how to avoid them.

# Variables:
#   $count (number) – accounts allowed per window
#   $window (duration) – the window ("3 hours")
#   $window-unit (text), $window-amount (number) – the same window, for grammar
description-limit =
    Subscribers can register up to { $count ->
        [one] { $count } account
       *[other] { $count } accounts
    } per IP address { $window-amount ->
        [1] { $window-unit ->
            [day] every day
            [week] every week
            [minute] every minute
            [second] every second
           *[hour] every hour
        }
       *[other] every { $window }
    }. Your ACME client shows the following error once you have gone over the *Registrations per IP* limit:

# Introduces Boulder’s older message, in English, quoted right after.
boulder-legacy-intro = Boulder used to send this older message, which linked to this page:
# Variables:
#   $count (number) – accounts allowed per window
#   $window (duration) – the window ("3 hours")
#   $window-unit (text), $window-amount (number) – the same window, for grammar
description-meaning =
    The “registrations” this error refers to are requests, sent from your IP address, to register a new account with the { -brand } API. The error means that { $count ->
        [one] at least { $count } account has
       *[other] at least { $count } accounts have
    } already been registered from this IP address in the last { $window-amount ->
        [1] { $window-unit ->
            [day] day
            [week] week
            [minute] minute
            [second] second
           *[hour] hour
        }
       *[other] { $window }
    }.

causes-intro = Subscribers who hit the Registrations per IP limit usually do so because their environment is misconfigured.

repeat-deployments-heading = Repeat deployments
repeat-deployments-body =
    An individual subscriber very rarely runs into the Registrations per IP limit. It happens most often when a system or application is deployed over and over: either your ACME client does not store and reuse your account credentials, or the file system where they should be stored is destroyed between deployments (containers, virtual machines, cloud instances). While you test how your system or application deploys, make sure your ACME client is configured to use our staging environment. Its rate limits are [significantly higher](/docs/staging-environment/#rate-limits).

too-many-accounts-heading = Too many accounts
too-many-accounts-body =
    Hosting providers and other large integrators usually reach the Registrations per IP limit by requesting one account per customer. We recommend that large integrators prefer a design with [one account for many customers](/docs/integration-guide/#one-account-or-many). When testing, make sure your ACME implementation is configured to use our staging environment. Its rate limits are [significantly higher](/docs/staging-environment/#rate-limits).
