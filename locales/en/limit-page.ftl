### Text shared by every limit page: section headings, recovering after the error, help and
### overrides. On a limit page they get that limit’s facts (see errors.ftl); each page keeps
### its own text in docs/<slug>.ftl.

description-heading = Description
causes-heading = Common causes
recover-heading = What to do
help-heading = Getting help
override-heading = Requesting an override

# Introduces the error message quoted right after it, in a code block.
error-intro = When you go over this limit, your ACME client shows an error like this one (example):

# Introduces the exact message Boulder sends, in English, quoted right after.
boulder-intro = Boulder, { -brand }’s ACME server, sends this message today, word for word and in English:
lookup-certificates = To list the certificates issued for your registered domain, search for it on [crt.sh](https://crt.sh/), which uses the public [Certificate Transparency](https://certificate.transparency.dev/) logs.

# Variables:
#   $refill (duration) – how long the limit takes to allow one more request ("18 minutes")
#   $refill-unit (text) – hour, day, week, minute or second; $refill-amount (number)
description-refill =
    You do not have to wait for the whole period to pass: the limit refills gradually and allows one more request { $refill-amount ->
        [1] { $refill-unit ->
            [day] every day
            [week] every week
            [minute] every minute
            [second] every second
           *[hour] every hour
        }
       *[other] every { $refill }
    }.

recover-retry-after = Wait until the time given by the response’s `Retry-After` header before you try again: a request sent earlier fails again. A well-behaved ACME client reads this header and waits on its own. See [Retrying after hitting a rate limit](/docs/rate-limits/#retrying-after-hitting-rate-limits).

# Variables:
#   $staging-count (number) – the limit’s value in the staging environment
#   $staging-window (duration) – the window in the staging environment ("3 hours")
#   $staging-window-unit (text), $staging-window-amount (number) – the same window, for grammar
recover-staging =
    Run your tests against our [staging environment](/docs/staging-environment/#rate-limits): there this limit is { $staging-count } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] per day
            [week] per week
            [minute] per minute
            [second] per second
           *[hour] per hour
        }
       *[other] per { $staging-window }
    }, and nothing you do there counts towards your production limits.

recover-reuse-account = Keep your ACME account credentials between deployments and reuse them: an existing account does not count as a new registration.
recover-one-account = Prefer [one account for many customers](/docs/integration-guide/#one-account-or-many) to one account per customer.

recover-ari = Renew your certificates at the time ARI (*ACME Renewal Information*) suggests: such renewals are exempt from this limit. If your ACME client supports ARI, turn it on.

help-body = If you are not sure how to configure your ACME client to use our staging environment, or you need help debugging, please [ask for help on our community forum](https://community.letsencrypt.org/c/help/13).

# Variables:
#   $overridable (text) – yes when an override can be requested, else no
#   $override-form (text) – the address of the override request form
override-body = { $overridable ->
        [yes] If your use case warrants it, you can request an override of this limit with { -brand }’s [override request form]({ $override-form }). Describe your needs precisely; requests take a few weeks to process.
       *[no] Overrides are **not** available for this limit.
    }
