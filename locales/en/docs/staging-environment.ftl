### The staging environment page.

title = Staging environment
description = Test your ACME client against { -brand }’s staging environment, whose rate limits are much higher.

intro = We strongly recommend testing your ACME client against our staging environment before you use it in production. It works like production, but browsers do not trust its certificates and its rate limits are much higher. To use it, point your client at this directory URL:
# The staging ACME directory URL: do not translate.
directory-url = https://acme-staging-v02.api.letsencrypt.org/directory

rate-limits-heading = Rate limits
rate-limits-intro = The staging environment applies the same limits as production, with higher values:
# Variables: those of the registrations-per-ip limit, including $staging-count and $staging-window.
rate-limit-registrations-per-ip = Registrations per IP address: { $staging-count ->
        [one] { $staging-count } account
       *[other] { $staging-count } accounts
    } per { $staging-window } (production: { $count } per { $window }).
rate-limits-outro = A client that hits a limit in staging would hit it much sooner in production: fix it before you switch environments.
