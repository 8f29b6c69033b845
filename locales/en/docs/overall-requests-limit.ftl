### Help page of the overall requests limit, enforced per IP address and per endpoint of the
### ACME API.
### Variables: those of the overall-requests limit (see errors.ftl), including $burst.

title = { overall-requests-title }
description = The request rates each IP address may send to the { -brand } ACME API, and what to do when you go over them.

description-limit = To protect the service, { -brand } limits how many requests each IP address can send to the ACME API. The limit applies endpoint by endpoint.
description-endpoints = Each endpoint has its own rate. `/acme/*` stands for every API endpoint that has no row of its own in the table.

table-endpoint = Endpoint
# Column heading: the rate allowed per window.
# Variables:
#   $window (duration) – the window ("1 second")
#   $window-unit (text), $window-amount (number) – the same window, for grammar
table-rate = { $window-amount ->
        [1] { $window-unit ->
            [day] Rate per day
            [week] Rate per week
            [minute] Rate per minute
            [hour] Rate per hour
           *[second] Rate per second
        }
       *[other] Rate per { $window }
    }
table-burst = Burst

table-staging-rate = Staging rate
table-staging-burst = Staging burst
# Table cell: a number of requests.
# Variables:
#   $count (number) – the number of requests
table-requests = { $count ->
        [one] { $count } request
       *[other] { $count } requests
    }
# Table cell: the burst of the endpoints that have no row of their own.
# Variables:
#   $burst (number) – the number of requests
table-burst-requests = { $burst ->
        [one] { $burst } request
       *[other] { $burst } requests
    }

new-account-note = The table gives Boulder’s paths: { -brand }’s page writes `/acme/new-account` for the endpoint Boulder serves at `/acme/new-acct`. The staging columns give the values of the [staging environment](/docs/staging-environment/#rate-limits).

description-burst = The burst is how many requests are accepted at once before the rate applies: a client can briefly go over the rate, then has to slow down.
description-enforcement = This limit is enforced at the entrance of the service, before any ACME processing: a refused request gets an HTTP 503 (*Service Unavailable*) response with a `Retry-After` header.

causes-intro = An ordinary ACME client sends only a few requests per certificate. This limit is reached by clients in too much of a hurry, or too many of them behind one address.

polling-heading = Polling without pause
polling-body = A client that polls the state of an order or authorization without waiting between requests quickly goes over the limit. It should honor the responses’ `Retry-After` header or space out its polling.

nonces-heading = Wasted nonces
nonces-body = Every API response carries a fresh nonce in its `Replay-Nonce` header. A client that asks the `new-nonce` endpoint for a nonce before every request doubles its requests for nothing.

synchronized-heading = Synchronized requests
synchronized-body = Many servers behind one IP address (address translation, proxy), or jobs scheduled on the hour, send their requests at the same moment.

recover-spread = Add a random delay to the start of your scheduled jobs to spread requests over time.
recover-directory = Keep the ACME directory (`/directory`) in memory instead of fetching it again before every request.
