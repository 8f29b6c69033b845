### Page de vue d’ensemble : toutes les limites d’utilisation, un tableau, puis une section par
### limite (ancres stables de Let’s Encrypt) et la conduite à tenir après une erreur.
### Les messages qui portent sur une limite reçoivent ses faits (voir errors.ftl).

title = Limites d’utilisation
description = Toutes les limites d’utilisation de { -brand }, leurs valeurs, et que faire quand vous en atteignez une.

intro = { -brand } limite la fréquence de certaines demandes afin de servir équitablement tous ses abonnés. La plupart des abonnés n’atteignent jamais ces limites. Quand l’une d’elles est atteinte, l’erreur renvoie vers la page qui l’explique.
bucket = Ces limites fonctionnent comme des seaux de jetons, et non comme des fenêtres glissantes : chaque limite autorise un nombre de demandes sur une période, et sa capacité se reconstitue progressivement au lieu de revenir d’un coup à la fin de la période.

overview-heading = Vue d’ensemble
table-limit = Limite
table-allowed = Autorisé
table-override = Dérogation

# Colonnes « Autorisé » du tableau et des sections : le plafond d’une limite.
# Variables : celles de la limite registrations-per-ip
#   $count (nombre), $window (durée), $window-unit (texte), $window-amount (nombre)
allowed-registrations-per-ip = { $count ->
        [one] { $count } compte
       *[other] { $count } comptes
    } { $window-amount ->
        [1] { $window-unit ->
            [day] par jour
            [week] par semaine
            [minute] par minute
            [second] par seconde
           *[hour] par heure
        }
       *[other] par période de { $window }
    }
# Variables : celles de la limite registrations-per-ipv6-range
#   $count (nombre), $window (durée), $window-unit (texte), $window-amount (nombre)
allowed-registrations-per-ipv6-range = { $count ->
        [one] { $count } compte
       *[other] { $count } comptes
    } { $window-amount ->
        [1] { $window-unit ->
            [day] par jour
            [week] par semaine
            [minute] par minute
            [second] par seconde
           *[hour] par heure
        }
       *[other] par période de { $window }
    }
# Variables : celles de la limite orders-per-account
#   $count (nombre), $window (durée), $window-unit (texte), $window-amount (nombre)
allowed-orders-per-account = { $count ->
        [one] { $count } nouvelle commande
       *[other] { $count } nouvelles commandes
    } { $window-amount ->
        [1] { $window-unit ->
            [day] par jour
            [week] par semaine
            [minute] par minute
            [second] par seconde
           *[hour] par heure
        }
       *[other] par période de { $window }
    }
# Variables : celles de la limite certificates-per-domain
#   $count (nombre), $window (durée), $window-unit (texte), $window-amount (nombre)
allowed-certificates-per-domain = { $count ->
        [one] { $count } certificat
       *[other] { $count } certificats
    } { $window-amount ->
        [1] { $window-unit ->
            [day] par jour
            [week] par semaine
            [minute] par minute
            [second] par seconde
           *[hour] par heure
        }
       *[other] par période de { $window }
    }
# Variables : celles de la limite certificates-per-exact-set
#   $count (nombre), $window (durée), $window-unit (texte), $window-amount (nombre)
allowed-certificates-per-exact-set = { $count ->
        [one] { $count } certificat
       *[other] { $count } certificats
    } { $window-amount ->
        [1] { $window-unit ->
            [day] par jour
            [week] par semaine
            [minute] par minute
            [second] par seconde
           *[hour] par heure
        }
       *[other] par période de { $window }
    }
# Variables : celles de la limite authorization-failures
#   $count (nombre), $window (durée), $window-unit (texte), $window-amount (nombre)
allowed-authorization-failures = { $count ->
        [one] { $count } échec
       *[other] { $count } échecs
    } { $window-amount ->
        [1] { $window-unit ->
            [day] par jour
            [week] par semaine
            [minute] par minute
            [second] par seconde
           *[hour] par heure
        }
       *[other] par période de { $window }
    }
# Variables :
#   $count (nombre) – échecs consécutifs tolérés avant le blocage
allowed-consecutive-authorization-failures = { $count ->
        [one] { $count } échec consécutif
       *[other] { $count } échecs consécutifs
    }
# Variables : celles de la limite overall-requests
#   $count (nombre), $window (durée), $window-unit (texte), $window-amount (nombre)
allowed-overall-requests = { $count ->
        [one] { $count } requête
       *[other] { $count } requêtes
    } { $window-amount ->
        [1] { $window-unit ->
            [day] par jour
            [week] par semaine
            [minute] par minute
            [second] par seconde
           *[hour] par heure
        }
       *[other] par période de { $window }
    }

# Colonne « Dérogation » du tableau.
# Variables :
#   $overridable (texte) – yes si une dérogation peut être demandée, sinon no
overridable = { $overridable ->
        [yes] Possible
       *[no] Non disponible
    }

ari = Les renouvellements demandés au moment que suggère ARI (*ACME Renewal Information*) sont exemptés des limites de nouvelles commandes et de nouveaux certificats. Chaque page précise si sa limite est concernée.

# Résumés d’une section par limite : ce que la limite compte, sans chiffres (les chiffres
# suivent dans la liste des faits).
summary-registrations-per-ip = Limite le nombre de nouveaux comptes ACME créés depuis une même adresse IP.
summary-registrations-per-ipv6-range = Limite le nombre de nouveaux comptes ACME créés depuis une même plage /48 d’adresses IPv6, quelle que soit l’adresse exacte de chaque demande.
summary-orders-per-account = Limite le nombre de nouvelles commandes (demandes de certificat) qu’un même compte peut créer.
summary-certificates-per-domain = Limite le nombre de certificats émis pour les noms d’un même domaine enregistré, tous comptes confondus. Elle s’applique aussi par adresse IPv4 et par plage /64 d’adresses IPv6.
summary-certificates-per-exact-set = Limite le nombre de certificats émis pour exactement le même ensemble de noms de domaine et d’adresses IP. Elle s’appelait auparavant « limite de certificats en double ».
summary-authorization-failures = Limite le nombre de validations qui peuvent échouer pour un même identifiant et un même compte. Elle s’appelait auparavant « limite d’échecs de validation ».
summary-consecutive-authorization-failures = Quand la validation d’un identifiant échoue sans interruption pendant longtemps, le compte est bloqué pour cet identifiant jusqu’à ce que vous le débloquiez. Une validation réussie remet le compteur à zéro.
summary-overall-requests = Limite le débit de requêtes que chaque adresse IP peut envoyer à chaque point d’accès de l’API ACME.

# Liste des faits d’une section. Variables :
#   $allowed (texte) – le plafond, déjà mis en forme (un message allowed-*)
facts-allowed = **Autorisé :** { $allowed }
# Variables :
#   $refill (durée) – délai au bout duquel une unité de capacité revient
#   $refill-unit (texte), $refill-amount (nombre) – la même durée, pour la grammaire
facts-refill = **Reconstitution :** une unité { $refill-amount ->
        [1] { $refill-unit ->
            [day] chaque jour
            [week] chaque semaine
            [minute] chaque minute
            [second] chaque seconde
           *[hour] chaque heure
        }
       *[other] { $refill-unit ->
            [day] tous les { $refill }
           *[other] toutes les { $refill }
        }
    }
# Variables :
#   $burst (nombre) – requêtes acceptées d’un coup
facts-burst = **Rafale :** { $burst ->
        [one] { $burst } requête
       *[other] { $burst } requêtes
    } par défaut, selon le point d’accès
# Variables :
#   $overridable (texte) – yes si une dérogation peut être demandée, sinon no
facts-override = **Dérogation :** { $overridable ->
        [yes] possible
       *[no] non disponible
    }
# Lien vers la page complète d’une limite. Variables :
#   $name (texte) – le titre de la page
read-more = Lire la page « { $name } »

retrying-heading = Réessayer après avoir atteint une limite
retrying-error = Quand une demande dépasse une limite, le serveur répond par une erreur ACME de type `urn:ietf:params:acme:error:rateLimited`, accompagnée d’un en-tête `Retry-After` : le moment à partir duquel la demande sera de nouveau acceptée.
retrying-several = Si une demande dépasse plusieurs limites, l’erreur décrit celle qui se réinitialise le plus tard, et `Retry-After` indique le moment où toutes l’autorisent de nouveau.
retrying-wait = Attendez ce moment avant de réessayer : une demande envoyée plus tôt échoue de nouveau. Un client ACME automatisé doit lire cet en-tête plutôt que réessayer à intervalle fixe.
retrying-staging = Pour mettre au point un client ou un déploiement, utilisez notre [environnement de test](/docs/staging-environment/#rate-limits) : ses limites sont distinctes de celles de la production.
