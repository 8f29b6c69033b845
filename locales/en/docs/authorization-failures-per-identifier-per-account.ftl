### Help page of the authorization-failures-per-identifier-per-account limit.
### Variables: those of the authorization-failures limit (see errors.ftl).

title = { authorization-failures-title }
description = What the authorization failures error (formerly the Failed Validation limit) means, why it happens and how to avoid it.

# Variables:
#   $count (number) – failures allowed per window
#   $window (duration) – the window ("1 hour")
#   $window-unit (text), $window-amount (number) – the same window, for grammar
description-limit =
    Each account can have up to { $count ->
        [one] { $count } authorization failure
       *[other] { $count } authorization failures
    } per identifier { $window-amount ->
        [1] { $window-unit ->
            [day] per day
            [week] per week
            [minute] per minute
            [second] per second
           *[hour] per hour
        }
       *[other] every { $window }
    }. Beyond that, new requests from this account for this identifier are refused for a while.
description-authorization = An authorization proves that you control an identifier (a domain name or an IP address). { -brand } checks it with an ACME challenge: a file to publish on your web server, a DNS record or a temporary TLS certificate. The authorization fails when { -brand } does not find what it expects.
description-former-name = This limit used to be called the Failed Validation limit.
description-meaning = The error names the identifier whose validation failed too often for your account. Other identifiers, and other accounts, are not affected.

causes-intro = Repeated failures almost always come from a configuration problem that no retry will fix.

dns-heading = Misconfigured DNS
dns-body = The name’s DNS records point to a server other than the one your ACME client runs on: an old server, a forgotten IPv6 address, a load balancer. { -brand } then validates against the wrong server.

blocked-heading = Unreachable challenge
blocked-body = A firewall, a CDN, a redirect or the wrong web folder keeps { -brand } from reading the challenge response, even though your client published it.

propagation-heading = DNS not propagated yet
propagation-body = With the DNS challenge, a client that asks for validation before the record is visible on all of the domain’s authoritative DNS servers fails, then retries too soon.

recover-fix-first = Find and fix the cause before you try again: the failed authorization’s message, in your client’s logs, says what { -brand } saw.
recover-pausing = Do not let a client fail forever: after too many consecutive failures, your account is [paused for this identifier](/docs/consecutive-authorization-failures-per-identifier-per-account/).
