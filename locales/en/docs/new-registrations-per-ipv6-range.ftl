### Help page of the new-registrations-per-IPv6-/48-range limit.
### Variables: those of the registrations-per-ipv6-range limit (see errors.ftl).

title = { registrations-per-ipv6-range-title }
description = What the new registrations per IPv6 range error means, why it happens and how to avoid it.

# Variables:
#   $count (number) – accounts allowed per window
#   $window (duration) – the window ("3 hours")
#   $window-unit (text), $window-amount (number) – the same window, for grammar
description-limit =
    Up to { $count ->
        [one] { $count } new account
       *[other] { $count } new accounts
    } can be registered from a single IPv6 /48 range { $window-amount ->
        [1] { $window-unit ->
            [day] every day
            [week] every week
            [minute] every minute
            [second] every second
           *[hour] every hour
        }
       *[other] every { $window }
    }.
description-range = This limit complements the [registrations per IP limit](/docs/too-many-registrations-for-this-ip/): a /48 range holds a huge number of addresses, and a client that changes its IPv6 address for every registration is still limited by its range.
description-meaning = “Registrations” are requests to create a new account with the { -brand } API. The error means that too many accounts were created recently from the /48 range that holds your IPv6 address, whatever the exact address of each request.

causes-intro = As with the per-IP limit, the cause is almost always an environment that creates accounts instead of reusing them.

repeat-deployments-heading = Repeat deployments
repeat-deployments-body = Containers, virtual machines or cloud instances that each get an IPv6 address from the same range and each create an account when they start use up the limit quickly. Store the account credentials on storage that outlives deployments, or share one account between instances.

too-many-accounts-heading = Too many accounts
too-many-accounts-body = Hosting providers and large integrators who create one account per customer reach this limit as soon as their servers share a /48 range. A single account can manage the certificates of all your customers.

shared-range-heading = Range shared with others
shared-range-body = Your hosting provider may give addresses from the same /48 range to many customers. The accounts your neighbors create then count towards the limit too, even if you create hardly any.
