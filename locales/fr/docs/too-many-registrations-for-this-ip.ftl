### Page d’aide de la limite d’enregistrements par IP.
### Variables : celles de la limite registrations-per-ip (voir errors.ftl).

title = { registrations-per-ip-title }
description = Ce que signifient les erreurs « too many new registrations (…) from this IP address » et « too many registrations for this IP », pourquoi elles surviennent et comment les éviter.

# Variables :
#   $count (nombre) – comptes autorisés par fenêtre
#   $window (durée) – la fenêtre (« 3 heures »)
#   $window-unit (texte), $window-amount (nombre) – la même fenêtre, pour la grammaire
description-limit =
    Les abonnés peuvent enregistrer jusqu’à { $count ->
        [one] { $count } compte
       *[other] { $count } comptes
    } par adresse IP { $window-amount ->
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
    }. Vous devriez recevoir le message d’erreur suivant de votre client ACME lorsque vous avez dépassé la limite des *enregistrements par IP* :

# Introduit l’ancien message de Boulder, en anglais, cité juste après.
boulder-legacy-intro = Auparavant, Boulder envoyait ce message, qui renvoyait vers cette page :
# Variables :
#   $count (nombre) – comptes autorisés par fenêtre
#   $window-unit (texte), $window-amount (nombre) – la fenêtre, pour la grammaire
description-meaning =
    Les « enregistrements » auxquels cette erreur fait référence sont des demandes, envoyées à partir de votre adresse IP, d’enregistrement d’un nouveau compte avec l’API de { -brand }. Cette erreur indique { $count ->
        [one] qu’au moins { $count } compte a déjà été enregistré
       *[other] qu’au moins { $count } comptes ont déjà été enregistrés
    } à partir de cette adresse IP { $window-amount ->
        [1] { $window-unit ->
            [day] au cours du dernier jour
            [week] au cours de la dernière semaine
            [minute] au cours de la dernière minute
            [second] au cours de la dernière seconde
           *[hour] au cours de la dernière heure
        }
       *[other] { $window-unit ->
            [day] au cours des { $window-amount } derniers jours
            [week] au cours des { $window-amount } dernières semaines
            [minute] au cours des { $window-amount } dernières minutes
            [second] au cours des { $window-amount } dernières secondes
           *[hour] au cours des { $window-amount } dernières heures
        }
    }.

causes-intro = Les abonnés qui atteignent la limite d’enregistrements par IP le font souvent en raison d’une mauvaise configuration de leur environnement.

repeat-deployments-heading = Déploiements répétitifs
repeat-deployments-body =
    Il est extrêmement rare qu’un abonné individuel soit confronté à la limite d’enregistrements par IP. Cela se produit le plus souvent lors de déploiements répétés de votre système ou de votre application ; soit votre client ACME ne parvient pas à stocker et à réutiliser les informations d’identification de votre compte, soit le système de fichiers où les informations d’identification devraient être stockées est détruit entre les déploiements (conteneurs, machines virtuelles, instances en cloud). Lorsque vous testez le déploiement de votre système ou de votre application, assurez-vous d’avoir configuré votre client ACME pour qu’il utilise notre environnement d’essai. Les limites de débit pour notre environnement de test sont [significativement plus élevées](/docs/staging-environment/#rate-limits).

too-many-accounts-heading = Trop de comptes
too-many-accounts-body =
    Les hébergeurs et autres grands intégrateurs atteignent généralement la limite des enregistrements par IP en essayant de demander un compte par client. Nous recommandons aux grands intégrateurs de préférer une conception utilisant [un compte pour plusieurs clients](/docs/integration-guide/#one-account-or-many). Lors des tests, assurez-vous d’avoir configuré votre implémentation d’ACME pour utiliser notre environnement de test. Les limites de débit pour notre environnement de test sont [significativement plus élevées](/docs/staging-environment/#rate-limits).
