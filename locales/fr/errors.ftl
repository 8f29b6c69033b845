### Messages du limiteur : le texte exact que le client ACME affiche à l’abonné.
### Chaque limite a un titre (`<limite>-title`) et un message (`<limite>-exceeded`).
### Le titre ne change pas d’une occurrence à l’autre : il ne reçoit que les faits de la
### limite. Le message peut recevoir en plus les valeurs de l’occurrence.
### Variables disponibles pour chaque limite :
###   $count (nombre) – requêtes autorisées par fenêtre
###   $window (durée) – la fenêtre, déjà mise en forme (« 3 heures »)
###   $window-unit (texte) – hour, day, week, minute ou second ; $window-amount (nombre)
###   $url (texte) – l’adresse de la page d’aide, à ne jamais omettre
### Variables fournies par le limiteur à chaque occurrence (messages qui les utilisent) :
###   $retry-after (date et heure UTC) – moment où la limite autorise une nouvelle demande,
###     déjà mis en forme selon la langue ; écrire « UTC » après
###   $identifier (texte) – le domaine enregistré, l’adresse IP ou l’identifiant concerné
### Ces messages sont du texte brut : ni Markdown, ni guillemets typographiques autour de
### ce que les clients comparent. En français : espace insécable avant « : ».

registrations-per-ip-title = Limite de nouveaux enregistrements par adresse IP
# Variables :
#   $url (texte) – l’adresse de la page d’aide
# Texte connu des clients depuis des années : ne pas le modifier.
registrations-per-ip-exceeded = trop d’enregistrements pour cette adresse IP : voir { $url }

registrations-per-ipv6-range-title = Limite de nouveaux enregistrements par plage IPv6
# Variables :
#   $count (nombre) – enregistrements autorisés par fenêtre
#   $window (durée) – la fenêtre (« 3 heures »)
#   $retry-after (date et heure) – quand réessayer, en UTC
#   $url (texte) – l’adresse de la page d’aide
registrations-per-ipv6-range-exceeded = trop de nouveaux enregistrements ({ $count }) depuis ce sous-réseau /48 d’adresses IPv6 en { $window }, réessayez après le { $retry-after } UTC : voir { $url }

orders-per-account-title = Limite de nouvelles commandes par compte
# Variables :
#   $count (nombre) – commandes autorisées par fenêtre
#   $window (durée) – la fenêtre (« 3 heures »)
#   $retry-after (date et heure) – quand réessayer, en UTC
#   $url (texte) – l’adresse de la page d’aide
orders-per-account-exceeded = trop de nouvelles commandes ({ $count }) pour ce compte en { $window }, réessayez après le { $retry-after } UTC : voir { $url }

certificates-per-domain-title = Limite de nouveaux certificats par domaine enregistré
# Variables :
#   $count (nombre) – certificats autorisés par fenêtre
#   $window (durée) – la fenêtre (« 7 jours »)
#   $identifier (texte) – le domaine enregistré (ou l’adresse IP, la plage IPv6) concerné
#   $retry-after (date et heure) – quand réessayer, en UTC
#   $url (texte) – l’adresse de la page d’aide
certificates-per-domain-exceeded = trop de certificats ({ $count }) déjà émis pour « { $identifier } » en { $window }, réessayez après le { $retry-after } UTC : voir { $url }

certificates-per-exact-set-title = Limite de nouveaux certificats par ensemble exact d’identifiants
# Variables :
#   $count (nombre) – certificats autorisés par fenêtre pour un même ensemble d’identifiants
#   $window (durée) – la fenêtre (« 7 jours »)
#   $retry-after (date et heure) – quand réessayer, en UTC
#   $url (texte) – l’adresse de la page d’aide
certificates-per-exact-set-exceeded = trop de certificats ({ $count }) déjà émis pour cet ensemble exact d’identifiants en { $window }, réessayez après le { $retry-after } UTC : voir { $url }

authorization-failures-title = Limite d’échecs d’autorisation par identifiant et par compte
# Variables :
#   $count (nombre) – échecs autorisés par fenêtre
#   $window (durée) – la fenêtre (« 1 heure »)
#   $identifier (texte) – l’identifiant (nom de domaine ou adresse IP) dont la validation échoue
#   $retry-after (date et heure) – quand réessayer, en UTC
#   $url (texte) – l’adresse de la page d’aide
authorization-failures-exceeded = trop d’échecs d’autorisation ({ $count }) pour « { $identifier } » en { $window }, réessayez après le { $retry-after } UTC : voir { $url }

consecutive-authorization-failures-title = Limite d’échecs d’autorisation consécutifs par identifiant et par compte
# Variables :
#   $identifier (texte) – l’identifiant (nom de domaine ou adresse IP) bloqué
#   $url (texte) – l’adresse des instructions pour débloquer le compte
# Pas de date : le blocage dure jusqu’à ce que l’abonné débloque son compte.
consecutive-authorization-failures-exceeded = Votre compte est temporairement empêché de demander des certificats pour { $identifier } et peut-être pour d’autres identifiants. Veuillez consulter : { $url }

overall-requests-title = Limite globale de requêtes
# Variables :
#   $count (nombre) – requêtes autorisées par fenêtre sur ce point d’accès
#   $window (durée) – la fenêtre (« 1 seconde »)
#   $retry-after (date et heure) – quand réessayer, en UTC
#   $url (texte) – l’adresse de la page d’aide
overall-requests-exceeded = trop de requêtes ({ $count }) depuis cette adresse IP en { $window }, réessayez après le { $retry-after } UTC : voir { $url }
