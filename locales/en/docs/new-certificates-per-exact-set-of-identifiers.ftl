### Help page of the new-certificates-per-exact-set-of-identifiers limit.
### Variables: those of the certificates-per-exact-set limit (see errors.ftl).

title = { certificates-per-exact-set-title }
description = What the error for too many certificates for the same exact set of identifiers (formerly the Duplicate Certificate limit) means, why it happens and how to avoid it.

# Variables:
#   $count (number) – certificates allowed per window for one set
#   $window (duration) – the window ("7 days")
#   $window-unit (text), $window-amount (number) – the same window, for grammar
description-limit =
    Up to { $count ->
        [one] { $count } certificate
       *[other] { $count } certificates
    } can be issued for the same exact set of identifiers { $window-amount ->
        [1] { $window-unit ->
            [day] every day
            [week] every week
            [minute] every minute
            [second] every second
           *[hour] every hour
        }
       *[other] every { $window }
    }.
description-set = A certificate’s set of identifiers is the list of its domain names and IP addresses, regardless of order and case: `example.com` with `www.example.com` make one set, `example.com` alone makes another.
description-former-name = This limit used to be called the Duplicate Certificate limit.
description-meaning = The error means that you have recently obtained several certificates for exactly the same identifiers. Those certificates remain valid: reuse one of them.

causes-intro = This limit is almost always reached by a system that throws its certificates away and requests them again.

reinstalls-heading = Reinstalls and repeat deployments
reinstalls-body = A server, container or virtual machine that requests a new certificate every time it starts, because the certificates it obtained are not kept from one deployment to the next, keeps requesting the same set of names.

testing-heading = Testing in production
testing-body = Tuning an ACME client’s configuration against production, requesting a certificate again on every attempt, quickly uses up the limit for those names.

recover-keep = Keep certificates and their private keys on storage that outlives deployments, and reuse them until they are renewed.
recover-other-set = If you need a certificate right away, a different set of identifiers (with one name more or less) is not affected by this limit. It is still subject to the [new certificates per registered domain limit](/docs/new-certificates-per-registered-domain/).
