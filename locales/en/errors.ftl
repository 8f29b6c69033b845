### The limiter's messages: the exact text the ACME client shows the subscriber.
### Each limit has a title (`<limit>-title`) and a message (`<limit>-exceeded`).
### Variables of every limit:
###   $count (number) – requests allowed per window
###   $window (duration) – the window, already formatted ("3 hours")
###   $window-unit (text) – hour, day, week, minute or second; $window-amount (number)
###   $url (text) – the help page's address; never drop it

registrations-per-ip-title = Registrations per IP limit
# Clients and forum posts already know this exact string: keep it verbatim.
registrations-per-ip-exceeded = too many registrations for this IP: see { $url }
