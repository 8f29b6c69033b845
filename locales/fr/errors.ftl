### Messages du limiteur : le texte exact que le client ACME affiche à l’abonné.
### Chaque limite a un titre (`<limite>-title`) et un message (`<limite>-exceeded`).
### Variables disponibles pour chaque limite :
###   $count (nombre) – requêtes autorisées par fenêtre
###   $window (durée) – la fenêtre, déjà mise en forme (« 3 heures »)
###   $window-unit (texte) – hour, day, week, minute ou second ; $window-amount (nombre)
###   $url (texte) – l’adresse de la page d’aide, à ne jamais omettre

registrations-per-ip-title = Limite d’enregistrements par IP
registrations-per-ip-exceeded = trop d’enregistrements pour cette adresse IP : voir { $url }
