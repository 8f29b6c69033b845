### The limiter’s messages: the exact text the ACME client shows the subscriber.
### Each limit has a title (`<limit>-title`) and a message (`<limit>-exceeded`).
### The title does not change from one occurrence to the next: it only gets the limit’s
### facts. The message may also get the values of the occurrence.
### Variables of every limit:
###   $count (number) – requests allowed per window
###   $window (duration) – the window, already formatted ("3 hours")
###   $window-unit (text) – hour, day, week, minute or second; $window-amount (number)
###   $url (text) – the help page’s address; never drop it
### Variables the limiter supplies with each occurrence (for the messages that use them):
###   $retry-after (date and time, UTC) – when the limit allows a new request, already
###     formatted for the language; write "UTC" after it
###   $identifier (text) – the registered domain, IP address or identifier concerned
### These messages are plain text: no Markdown, and only straight ASCII quotes, because
### clients and forum searches compare them. English keeps the words of Boulder’s messages
### (ratelimits/limiter.go) but not their exact text: the window is in words ("3 hours",
### not "3h0m0s") and the URL is this site’s. The exact string Boulder sends is data
### (`boulder-message` in content/limits.toml), quoted on every limit page.

registrations-per-ip-title = New registrations per IP address limit
# Variables:
#   $url (text) – the help page’s address
# Clients and forum posts already know this exact string: keep it verbatim.
registrations-per-ip-exceeded = too many registrations for this IP: see { $url }

registrations-per-ipv6-range-title = New registrations per IPv6 range limit
# Variables:
#   $count (number) – registrations allowed per window
#   $window (duration) – the window ("3 hours")
#   $retry-after (date and time) – when to retry, in UTC
#   $url (text) – the help page’s address
registrations-per-ipv6-range-exceeded = too many new registrations ({ $count }) from this /48 subnet of IPv6 addresses in the last { $window }, retry after { $retry-after } UTC: see { $url }

orders-per-account-title = New orders per account limit
# Variables:
#   $count (number) – orders allowed per window
#   $window (duration) – the window ("3 hours")
#   $retry-after (date and time) – when to retry, in UTC
#   $url (text) – the help page’s address
orders-per-account-exceeded = too many new orders ({ $count }) from this account in the last { $window }, retry after { $retry-after } UTC: see { $url }

certificates-per-domain-title = New certificates per registered domain limit
# Variables:
#   $count (number) – certificates allowed per window
#   $window (duration) – the window ("7 days")
#   $identifier (text) – the registered domain (or IP address, IPv6 range) concerned
#   $retry-after (date and time) – when to retry, in UTC
#   $url (text) – the help page’s address
certificates-per-domain-exceeded = too many certificates ({ $count }) already issued for "{ $identifier }" in the last { $window }, retry after { $retry-after } UTC: see { $url }

certificates-per-exact-set-title = New certificates per exact set of identifiers limit
# Variables:
#   $count (number) – certificates allowed per window for one set of identifiers
#   $window (duration) – the window ("7 days")
#   $retry-after (date and time) – when to retry, in UTC
#   $url (text) – the help page’s address
certificates-per-exact-set-exceeded = too many certificates ({ $count }) already issued for this exact set of identifiers in the last { $window }, retry after { $retry-after } UTC: see { $url }

authorization-failures-title = Authorization failures per identifier per account limit
# Variables:
#   $count (number) – failures allowed per window
#   $window (duration) – the window ("1 hour")
#   $identifier (text) – the identifier (domain name or IP address) that fails validation
#   $retry-after (date and time) – when to retry, in UTC
#   $url (text) – the help page’s address
authorization-failures-exceeded = too many failed authorizations ({ $count }) for "{ $identifier }" in the last { $window }, retry after { $retry-after } UTC: see { $url }

consecutive-authorization-failures-title = Consecutive authorization failures per identifier per account limit
# Variables:
#   $identifier (text) – the identifier (domain name or IP address) that is paused
#   $url (text) – the address of the unpausing instructions
# No date: the pause lasts until the subscriber unpauses the account.
consecutive-authorization-failures-exceeded = Your account is temporarily prevented from requesting certificates for { $identifier } and possibly others. Please visit: { $url }

overall-requests-title = Overall requests limit
# Variables:
#   $count (number) – requests allowed per window on this endpoint
#   $window (duration) – the window ("1 second")
#   $retry-after (date and time) – when to retry, in UTC
#   $url (text) – the help page’s address
overall-requests-exceeded = too many requests ({ $count }) from this IP address in the last { $window }, retry after { $retry-after } UTC: see { $url }
