### The staging environment page.

title = Staging environment
description = Test your ACME client against { -brand }’s staging environment, whose rate limits are much higher.

intro = We strongly recommend testing your ACME client against our staging environment before you use it in production. It works like production, but browsers do not trust its certificates and its rate limits are much higher. To use it, point your client at this directory URL:
# The staging ACME directory URL: do not translate.
directory-url = https://acme-staging-v02.api.letsencrypt.org/directory

certbot = With [Certbot](https://certbot.eff.org/), the `--test-cert` and `--dry-run` flags use the staging environment; for other ACME clients, see their documentation. ACME accounts belong to one environment: the staging environment needs a separate account, which Certbot handles for you.

rate-limits-heading = Rate limits
rate-limits-intro = The staging environment applies the same limits as production, most of them with higher values:
# Variables: those of the registrations-per-ip limit, including $staging-count and $staging-window.
rate-limit-registrations-per-ip = [Registrations per IP address](/docs/too-many-registrations-for-this-ip/): { $staging-count ->
        [one] { $staging-count } account
       *[other] { $staging-count } accounts
    } per { $staging-window } (production: { $count } per { $window }).
# Variables: those of the registrations-per-ipv6-range limit, including $staging-count and $staging-window.
rate-limit-registrations-per-ipv6-range = [Registrations per IPv6 /48 range](/docs/new-registrations-per-ipv6-range/): { $staging-count ->
        [one] { $staging-count } account
       *[other] { $staging-count } accounts
    } per { $staging-window } (production: { $count } per { $window }).
# Variables: those of the orders-per-account limit, including $staging-count and $staging-window.
rate-limit-orders-per-account = [New orders per account](/docs/new-orders-per-account/): { $staging-count ->
        [one] { $staging-count } order
       *[other] { $staging-count } orders
    } per { $staging-window } (production: { $count } per { $window }).
# Variables: those of the certificates-per-domain limit, including $staging-count and $staging-window.
rate-limit-certificates-per-domain = [New certificates per registered domain](/docs/new-certificates-per-registered-domain/): { $staging-count ->
        [one] { $staging-count } certificate
       *[other] { $staging-count } certificates
    } per { $staging-window } (production: { $count } per { $window }).
# Variables: those of the certificates-per-exact-set limit, including $staging-count and $staging-window.
rate-limit-certificates-per-exact-set = [New certificates per exact set of identifiers](/docs/new-certificates-per-exact-set-of-identifiers/): { $staging-count ->
        [one] { $staging-count } certificate
       *[other] { $staging-count } certificates
    } per { $staging-window } (production: { $count } per { $window }).
# Variables: those of the authorization-failures limit, including $staging-count and $staging-window.
rate-limit-authorization-failures = [Authorization failures per identifier per account](/docs/authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } failure
       *[other] { $staging-count } failures
    } per { $staging-window } (production: { $count } per { $window }).
# Variables: those of the consecutive-authorization-failures limit, including $staging-count,
# $staging-window, $refill, $refill-unit and $refill-amount.
rate-limit-consecutive-authorization-failures = [Consecutive authorization failures per identifier per account](/docs/consecutive-authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } failure
       *[other] { $staging-count } failures
    } per { $staging-window } (production: { $count }, refilled by one { $refill-amount ->
        [1] { $refill-unit ->
            [day] every day
            [week] every week
            [minute] every minute
            [second] every second
           *[hour] every hour
        }
       *[other] every { $refill }
    }).

rate-limit-overall-requests = [Overall requests limit](/docs/overall-requests-limit/#description): see the staging columns of the endpoint table.
rate-limits-outro = A client that hits a limit in staging would hit it much sooner in production: fix it before you switch environments.
