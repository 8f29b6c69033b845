### Help page of the consecutive-authorization-failures-per-identifier-per-account limit:
### when it is used up, the account is paused for the identifier.
### Variables: those of the consecutive-authorization-failures limit (see errors.ftl).

title = { consecutive-authorization-failures-title }
description = Why your account is paused for a domain name after repeated validation failures, and how to unpause it.

# Variables:
#   $count (number) – consecutive failures tolerated before the pause
description-limit =
    When validation for an identifier fails again and again, { -brand } eventually pauses your account’s certificate requests for that identifier. The pause comes after { $count ->
        [one] { $count } consecutive authorization failure
       *[other] { $count } consecutive authorization failures
    }, with no successful validation in between.
description-reset = A successful validation for that identifier resets the count to zero.
# Variables:
#   $refill (duration) – how long one unit of capacity takes to come back ("1 day")
#   $refill-unit (text), $refill-amount (number) – the same duration, for grammar
description-capacity =
    Capacity comes back one unit { $refill-amount ->
        [1] { $refill-unit ->
            [day] every day
            [week] every week
            [minute] every minute
            [second] every second
           *[hour] every hour
        }
       *[other] every { $refill }
    }: only failures more frequent than that eventually pause the account.

pause-table-intro = How long it takes to reach the pause depends on the number of failures per day:
pause-table-failures = Failures per day
pause-table-time = Time until the pause
# Table cell. Variables:
#   $days (number) – days until the pause
pause-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
pause-never = never paused
description-why = The pause stops forgotten clients that endlessly request certificates for names that no longer point to them.
description-meaning = The error names a paused identifier and says that others may be paused too. The pause does not lift with time: it lasts until you unpause your account.

causes-intro = Only names whose validation has been failing for a long time, without a break, are paused.

abandoned-heading = Abandoned names
abandoned-body = The name expired, changed hands or now points to another server, but your ACME client still tries to renew its certificate.

persistent-heading = Lasting configuration problem
persistent-body = A firewall, a DNS record or a web server configuration has prevented validation for a long time, and the client retries automatically without anyone reading its errors.

unpausing-heading = Unpausing your account
unpausing-intro = The pause applies to your account and the identifiers named. To lift it:
unpausing-fix = Fix the cause of the failures: otherwise the account will be paused again.
unpausing-remove = Remove the names you no longer need from your client’s configuration.
unpausing-portal = Open the unpause link of your account, which is in the error message Boulder, { -brand }’s server, sends to your ACME client (see above), and confirm. The translated message links to these instructions instead.
unpausing-again = Once the account is unpaused, your client can request certificates for these identifiers again.

recover-watch = Watch your ACME client’s renewal errors: a renewal that fails several days in a row should alert someone.
recover-authorization-failures = Repeated failures also hit the [authorization failures per identifier per account limit](/docs/authorization-failures-per-identifier-per-account/); the causes and remedies are the same.
