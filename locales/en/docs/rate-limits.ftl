### Overview page: every rate limit, a table, then one section per limit (Let’s Encrypt’s
### stable anchors) and what to do after an error.
### Messages about one limit get that limit’s facts (see errors.ftl).

title = Rate limits
description = Every { -brand } rate limit, its values, and what to do when you reach one.

intro = { -brand } limits how often some requests can be made, so that it can serve all its subscribers fairly. Most subscribers never reach these limits. When one is reached, the error links to the page that explains it.
bucket = These limits work like token buckets rather than sliding windows: each limit allows a number of requests over a period, and its capacity comes back gradually instead of all at once at the end of the period.

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

ari = Renewals requested at the time ARI (*ACME Renewal Information*) suggests are exempt from the new orders and new certificates limits. Each page says whether its limit is concerned.

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
retrying-several = When a request goes over several limits, the error describes the one that resets furthest in the future, and `Retry-After` gives the time when all of them allow it again.
retrying-wait = Wait until that time before you try again: a request sent earlier fails again. An automated ACME client should read this header rather than retry at a fixed interval.
retrying-staging = To tune a client or a deployment, use our [staging environment](/docs/staging-environment/#rate-limits): its limits are separate from production’s.
