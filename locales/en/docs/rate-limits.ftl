### Overview page: every rate limit, a table, then one section per limit (Let’s Encrypt’s
### stable anchors) and what to do after an error.
### Messages about one limit get that limit’s facts (see errors.ftl).

title = Rate limits
description = Every { -brand } rate limit, its values, and what to do when you reach one.

intro = { -brand } limits how often some requests can be made, so that it can serve all its subscribers fairly. Most subscribers never reach these limits. When one is reached, the error links to the page that explains it.
bucket = These limits work like token buckets rather than sliding windows: each limit allows a number of requests over a period, and its capacity comes back gradually instead of all at once at the end of the period.

how-heading = How our rate limits work
how-no-reset = If you have hit a limit, { -brand } has no way to reset it: its capacity refills gradually over time, with no action on your part. Revoking certificates does **not** reset limits, because the resources used to issue them have already been consumed.

overview-heading = Overview
table-limit = Limit
table-allowed = Allowed
table-override = Override

# The "Allowed" column of the table and of the sections: a limit’s ceiling.
# Variables: those of the registrations-per-ip limit
#   $count (number), $window (duration), $window-unit (text), $window-amount (number)
allowed-registrations-per-ip = { $count ->
        [one] { $count } account
       *[other] { $count } accounts
    } { $window-amount ->
        [1] { $window-unit ->
            [day] per day
            [week] per week
            [minute] per minute
            [second] per second
           *[hour] per hour
        }
       *[other] per { $window }
    }
# Variables: those of the registrations-per-ipv6-range limit
#   $count (number), $window (duration), $window-unit (text), $window-amount (number)
allowed-registrations-per-ipv6-range = { $count ->
        [one] { $count } account
       *[other] { $count } accounts
    } { $window-amount ->
        [1] { $window-unit ->
            [day] per day
            [week] per week
            [minute] per minute
            [second] per second
           *[hour] per hour
        }
       *[other] per { $window }
    }
# Variables: those of the orders-per-account limit
#   $count (number), $window (duration), $window-unit (text), $window-amount (number)
allowed-orders-per-account = { $count ->
        [one] { $count } new order
       *[other] { $count } new orders
    } { $window-amount ->
        [1] { $window-unit ->
            [day] per day
            [week] per week
            [minute] per minute
            [second] per second
           *[hour] per hour
        }
       *[other] per { $window }
    }
# Variables: those of the certificates-per-domain limit
#   $count (number), $window (duration), $window-unit (text), $window-amount (number)
allowed-certificates-per-domain = { $count ->
        [one] { $count } certificate
       *[other] { $count } certificates
    } { $window-amount ->
        [1] { $window-unit ->
            [day] per day
            [week] per week
            [minute] per minute
            [second] per second
           *[hour] per hour
        }
       *[other] per { $window }
    }
# Variables: those of the certificates-per-exact-set limit
#   $count (number), $window (duration), $window-unit (text), $window-amount (number)
allowed-certificates-per-exact-set = { $count ->
        [one] { $count } certificate
       *[other] { $count } certificates
    } { $window-amount ->
        [1] { $window-unit ->
            [day] per day
            [week] per week
            [minute] per minute
            [second] per second
           *[hour] per hour
        }
       *[other] per { $window }
    }
# Variables: those of the authorization-failures limit
#   $count (number), $window (duration), $window-unit (text), $window-amount (number)
allowed-authorization-failures = { $count ->
        [one] { $count } failure
       *[other] { $count } failures
    } { $window-amount ->
        [1] { $window-unit ->
            [day] per day
            [week] per week
            [minute] per minute
            [second] per second
           *[hour] per hour
        }
       *[other] per { $window }
    }
# Variables:
#   $count (number) – consecutive failures tolerated before the pause
allowed-consecutive-authorization-failures = { $count ->
        [one] { $count } consecutive failure
       *[other] { $count } consecutive failures
    }
# Variables: those of the overall-requests limit
#   $count (number), $window (duration), $window-unit (text), $window-amount (number)
allowed-overall-requests = { $count ->
        [one] { $count } request
       *[other] { $count } requests
    } { $window-amount ->
        [1] { $window-unit ->
            [day] per day
            [week] per week
            [minute] per minute
            [second] per second
           *[hour] per hour
        }
       *[other] per { $window }
    }

# The "Override" column of the table.
# Variables:
#   $overridable (text) – yes when an override can be requested, else no
overridable = { $overridable ->
        [yes] Available
       *[no] Not available
    }

# Sections that group the limits, as on Let’s Encrypt’s page.
registration-heading = Account registration limits
registration-intro = These limits apply when subscribers request a new account from the API’s `new-account` endpoint. Exceeding them is very rare; we recommend that large integrators prefer [one account for many customers](/docs/integration-guide/#one-account-or-many).
issuance-heading = Certificate issuance limits
issuance-intro = These limits apply when subscribers request a new certificate from the API’s `new-order` endpoint. Exceeding them is more common, especially for large hosting providers and organizations issuing certificates for many names.
# Variables:
#   $identifiers (number) – identifiers allowed in one certificate
identifiers-note = A single certificate can include up to { $identifiers } identifiers (DNS names or IP addresses), depending on the [certificate profile](https://letsencrypt.org/docs/profiles/) selected. For performance, use as few identifiers per certificate as you can.

renewals-heading = Limit exemptions for renewals
renewals-intro = { -brand } recognizes a renewal in two ways: preferably through ARI (*ACME Renewal Information*), whose renewals are exempt from all rate limits; otherwise through the older renewal detection, which treats an order for exactly the same set of identifiers as a renewal but leaves it subject to some limits.
ari-heading = ARI renewals

ari = Renewals coordinated by ARI are exempt from **all** rate limits. A client that supports ARI periodically asks { -brand }’s servers whether a certificate should be renewed; when the time comes, it requests a new order that names the certificate it replaces (the `replaces` field). If that order includes at least one identifier of the replaced certificate, and that certificate has not already been replaced using ARI, the order is not subject to any rate limit.

non-ari-heading = Non-ARI renewals
non-ari = If your client or hosting provider does not support ARI yet, an order still counts as a renewal of an earlier certificate when it contains exactly the same set of identifiers, ignoring capitalization and order. It is then exempt from the [new orders per account](#new-orders-per-account) and [new certificates per registered domain](#new-certificates-per-registered-domain) limits. Unlike an ARI renewal, it remains subject to the [new certificates per exact set of identifiers](#new-certificates-per-exact-set-of-identifiers) and [authorization failures per identifier per account](#authorization-failures-per-identifier-per-account) limits.

# One summary per limit section: what the limit counts, without numbers (the numbers follow
# in the list of facts).
summary-registrations-per-ip = Limits how many new ACME accounts can be created from one IP address.
summary-registrations-per-ipv6-range = Limits how many new ACME accounts can be created from one IPv6 /48 range, whatever the exact address of each request.
summary-orders-per-account = Limits how many new orders (certificate requests) one account can create.
summary-certificates-per-domain = Limits how many certificates are issued for the names of one registered domain, across all accounts. It also applies per IPv4 address and per IPv6 /64 range.
summary-certificates-per-exact-set = Limits how many certificates are issued for exactly the same set of domain names and IP addresses. It used to be called the Duplicate Certificate limit.
summary-authorization-failures = Limits how many validations can fail for one identifier and one account. It used to be called the Failed Validation limit.
summary-consecutive-authorization-failures = When validation for an identifier keeps failing for a long time, the account is paused for that identifier until you unpause it. A successful validation resets the count to zero.
summary-overall-requests = Limits the rate of requests each IP address can send to each endpoint of the ACME API.

# A section’s list of facts. Variables:
#   $allowed (text) – the ceiling, already formatted (an allowed-* message)
facts-allowed = **Allowed:** { $allowed }
# Variables:
#   $refill (duration) – how long one unit of capacity takes to come back
#   $refill-unit (text), $refill-amount (number) – the same duration, for grammar
facts-refill = **Refill:** one unit { $refill-amount ->
        [1] { $refill-unit ->
            [day] every day
            [week] every week
            [minute] every minute
            [second] every second
           *[hour] every hour
        }
       *[other] every { $refill }
    }
# Variables:
#   $burst (number) – requests accepted at once
facts-burst = **Burst:** { $burst ->
        [one] { $burst } request
       *[other] { $burst } requests
    } by default, depending on the endpoint
# Variables:
#   $overridable (text) – yes when an override can be requested, else no
facts-override = **Override:** { $overridable ->
        [yes] available
       *[no] not available
    }
# Link to a limit’s full page. Variables:
#   $name (text) – the page’s title
read-more = Read “{ $name }”

retrying-heading = Retrying after hitting a rate limit
retrying-error = When a request goes over a limit, the server answers with an ACME error of type `urn:ietf:params:acme:error:rateLimited` and a `Retry-After` header: the time from which the request will be accepted again.

retrying-format = The rate-limit errors of Boulder, { -brand }’s ACME server, all follow the same format, in English. For example:
retrying-several = When a request goes over several limits, the error describes the one that resets furthest in the future, and `Retry-After` gives the time when all of them allow it again.

retry-after-heading = Retry-After header
retrying-wait = Wait until that time before you try again: a request sent earlier fails again. An automated ACME client should read this header rather than retry at a fixed interval.
retrying-staging = To tune a client or a deployment, use our [staging environment](/docs/staging-environment/#rate-limits): its limits are separate from production’s.

# Variables:
#   $override-form (text) – the address of the override request form
override-request = If you are a large hosting provider or an organization integrating { -brand }, you can request higher rate limits with the [override request form]({ $override-form }). Requests take a few weeks to process, so the form is not suitable if you only need a limit to reset faster than it does on its own.
