### Help page of the new-orders-per-account limit.
### Variables: those of the orders-per-account limit (see errors.ftl).

title = { orders-per-account-title }
description = What the new orders per account error means, why it happens and how to avoid it.

# Variables:
#   $count (number) – orders allowed per window
#   $window (duration) – the window ("3 hours")
#   $window-unit (text), $window-amount (number) – the same window, for grammar
description-limit =
    Each account can create up to { $count ->
        [one] { $count } new order
       *[other] { $count } new orders
    } { $window-amount ->
        [1] { $window-unit ->
            [day] every day
            [week] every week
            [minute] every minute
            [second] every second
           *[hour] every hour
        }
       *[other] every { $window }
    }.
description-order = An order is what an ACME client opens to request a certificate: it lists the identifiers (domain names, IP addresses) the certificate will cover. Every certificate request starts with a new order.
description-meaning = The error means that your account opened too many orders recently. An order counts as soon as it is created, even if it never leads to a certificate.

causes-intro = An ordinary subscriber never comes close to this limit. When it is reached, a client is usually creating orders without stopping.

retry-loops-heading = Retries in a loop
retry-loops-body = A client that opens a new order for every attempt, for example after every failed validation or from a scheduled job that runs too often, uses up the limit without ever getting a certificate. Fix the cause of the failure rather than retrying.

one-order-per-name-heading = One order per name
one-order-per-name-body = Requesting a separate certificate for each subdomain multiplies orders. When the names are served by the same server, a single certificate can cover them all.

large-volumes-heading = Legitimate large volumes
large-volumes-body = Hosting providers and large integrators who manage many customers’ certificates with a single account can reach this limit in normal operation.

recover-fix-loops = Check your client’s logs to make sure it is not creating orders in a loop, and space out attempts after a failure.

# Variables:
#   $overridable (text) – yes when an override can be requested, else no
override-who = { $overridable ->
        [yes] Overrides are mainly meant for hosting providers and large integrators whose normal volume exceeds the limit. An override does not fix a client that runs in a loop: fix the client first.
       *[no] If your normal volume exceeds the limit, spread your requests over time.
    }
