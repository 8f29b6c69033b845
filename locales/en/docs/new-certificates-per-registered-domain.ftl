### Help page of the new-certificates-per-registered-domain limit.
### Variables: those of the certificates-per-domain limit (see errors.ftl).

title = { certificates-per-domain-title }
description = What the new certificates per registered domain error means, why it happens and how to avoid it.

# Variables:
#   $count (number) – certificates allowed per window
#   $window (duration) – the window ("7 days")
#   $window-unit (text), $window-amount (number) – the same window, for grammar
description-limit =
    Up to { $count ->
        [one] { $count } certificate
       *[other] { $count } certificates
    } can be issued per registered domain { $window-amount ->
        [1] { $window-unit ->
            [day] every day
            [week] every week
            [minute] every minute
            [second] every second
           *[hour] every hour
        }
       *[other] every { $window }
    }, across all accounts.
description-registered-domain = The registered domain is the part of the name you reserved with a domain registrar: for `www.example.com` as for `blog.example.com`, it is `example.com`. It is determined with the [Public Suffix List](https://publicsuffix.org/).
description-ip-addresses = For IP address certificates, the same limit applies per IPv4 address and per IPv6 /64 range.
description-meaning = The error names the registered domain concerned: too many certificates were issued recently for its names, by your account or by others. Certificates already issued remain valid.

causes-intro = This limit is shared by every subdomain of a registered domain: it is mostly reached by those who manage many names under one domain.

many-subdomains-heading = One certificate per subdomain
many-subdomains-body = Every certificate requested for a subdomain counts towards the registered domain. With many subdomains, put several names on one certificate, or use a wildcard certificate (`*.example.com`, validated through DNS).

repeat-deployments-heading = Repeat deployments
repeat-deployments-body = A system that requests new certificates on every deployment, instead of keeping the ones it already has, uses up the limit for nothing. Store certificates and their keys on storage that outlives deployments.

shared-domain-heading = Domain shared by many users
shared-domain-body = A service that gives subdomains to its users (dynamic DNS, hosting platform) shares a single limit among all of them. If each user controls their subdomain, the domain’s owner can ask for it to be added to the [Public Suffix List](https://publicsuffix.org/): each subdomain then becomes a registered domain of its own.

recover-combine = Put the names of one server on a single certificate rather than requesting one per name.

# Variables:
#   $overridable (text) – yes when an override can be requested, else no
override-who = { $overridable ->
        [yes] Overrides are meant for hosting providers and large organizations that legitimately manage a great many names under one registered domain.
       *[no] If your normal volume exceeds the limit, put the names on fewer certificates.
    }
