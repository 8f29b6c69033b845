### Page d’aide de la limite de nouveaux enregistrements par plage IPv6 /48.
### Variables : celles de la limite registrations-per-ipv6-range (voir errors.ftl).

title = { registrations-per-ipv6-range-title }
description = Ce que signifie l’erreur de limite de nouveaux enregistrements par plage IPv6, pourquoi elle survient et comment l’éviter.

# Variables :
#   $count (nombre) – comptes autorisés par fenêtre
#   $window (durée) – la fenêtre (« 3 heures »)
#   $window-unit (texte), $window-amount (nombre) – la même fenêtre, pour la grammaire
description-limit =
    Jusqu’à { $count ->
        [one] { $count } nouveau compte peut être enregistré
       *[other] { $count } nouveaux comptes peuvent être enregistrés
    } depuis une même plage /48 d’adresses IPv6 { $window-amount ->
        [1] { $window-unit ->
            [day] tous les jours
            [week] toutes les semaines
            [minute] toutes les minutes
            [second] toutes les secondes
           *[hour] toutes les heures
        }
       *[other] { $window-unit ->
            [day] tous les { $window }
           *[other] toutes les { $window }
        }
    }.
description-range = Cette limite complète la [limite d’enregistrements par IP](/docs/too-many-registrations-for-this-ip/) : une plage /48 contient un nombre immense d’adresses, et un client qui change d’adresse IPv6 à chaque enregistrement reste limité par sa plage.
description-meaning = Les « enregistrements » sont des demandes de création d’un nouveau compte auprès de l’API de { -brand }. L’erreur indique que trop de comptes ont été créés récemment depuis la plage /48 qui contient votre adresse IPv6, quelle que soit l’adresse exacte de chaque demande.

causes-intro = Comme pour la limite par adresse IP, la cause est presque toujours un environnement qui crée des comptes au lieu de les réutiliser.

repeat-deployments-heading = Déploiements répétés
repeat-deployments-body = Des conteneurs, des machines virtuelles ou des instances en cloud qui reçoivent chacun une adresse IPv6 de la même plage et créent chacun un compte à leur démarrage épuisent vite la limite. Stockez les informations d’identification du compte sur un support qui survit aux déploiements, ou partagez un même compte entre les instances.

too-many-accounts-heading = Trop de comptes
too-many-accounts-body = Les hébergeurs et les grands intégrateurs qui créent un compte par client atteignent cette limite dès que leurs serveurs partagent une plage /48. Un seul compte peut gérer les certificats de tous vos clients.

shared-range-heading = Plage partagée avec d’autres
shared-range-body = Votre hébergeur peut attribuer des adresses de la même plage /48 à de nombreux clients. Les comptes que créent vos voisins comptent alors aussi pour la limite, même si vous n’en créez presque aucun.
