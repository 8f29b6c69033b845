### Page de vue d’ensemble : toutes les limites de débit, un tableau, puis une section par
### limite (ancres stables de Let’s Encrypt) et la conduite à tenir après une erreur.
### Les messages qui portent sur une limite reçoivent ses faits (voir errors.ftl).

title = Limites de débit
description = Toutes les limites de débit de { -brand }, leurs valeurs, et que faire quand vous en atteignez une.

intro = { -brand } limite la fréquence de certaines demandes afin de servir équitablement tous ses abonnés. La plupart des abonnés n’atteignent jamais ces limites. Quand l’une d’elles est atteinte, l’erreur renvoie vers la page qui l’explique.
bucket = Ces limites fonctionnent comme des seaux de jetons, et non comme des fenêtres glissantes : chaque limite autorise un nombre de demandes sur une période, et sa capacité se reconstitue progressivement au lieu de revenir d’un coup à la fin de la période.

how-heading = Fonctionnement de nos limites d’utilisation
how-no-reset = Quand vous avez atteint une limite, { -brand } n’a aucun moyen de la réinitialiser : sa capacité se reconstitue d’elle-même avec le temps, sans aucune démarche de votre part. Révoquer des certificats ne réinitialise **pas** les limites, car les ressources employées pour les émettre ont déjà été consommées.

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

# Sections qui regroupent les limites, comme sur la page de Let’s Encrypt.
registration-heading = Limites d’enregistrement de comptes
registration-intro = Ces limites s’appliquent quand un abonné demande un nouveau compte au point d’accès `new-account` de l’API. Les dépasser est très rare ; nous recommandons aux grands intégrateurs de préférer [un compte pour plusieurs clients](/docs/integration-guide/#one-account-or-many).
issuance-heading = Limites d’émission de certificats
issuance-intro = Ces limites s’appliquent quand un abonné demande un nouveau certificat au point d’accès `new-order` de l’API. Les dépasser est plus courant, surtout pour les grands hébergeurs et les organisations qui demandent des certificats pour de nombreux noms.
# Variables :
#   $identifiers (nombre) – identifiants autorisés dans un même certificat
identifiers-note = Un même certificat peut contenir jusqu’à { $identifiers } identifiants (noms DNS ou adresses IP), selon le [profil de certificat](https://letsencrypt.org/docs/profiles/) choisi. Pour de meilleures performances, mettez-en le moins possible par certificat.

renewals-heading = Exemptions pour les renouvellements
renewals-intro = { -brand } reconnaît un renouvellement de deux façons : de préférence grâce à ARI (*ACME Renewal Information*), dont les renouvellements sont exemptés de toutes les limites ; sinon par l’ancienne détection, qui tient pour un renouvellement une commande portant exactement le même ensemble d’identifiants, mais la laisse soumise à certaines limites.
ari-heading = Renouvellements ARI

ari = Les renouvellements coordonnés par ARI sont exemptés de **toutes** les limites. Un client qui prend en charge ARI demande régulièrement aux serveurs de { -brand } s’il est temps de renouveler un certificat ; le moment venu, il crée une nouvelle commande qui indique le certificat qu’elle remplace (champ `replaces`). Si cette commande contient au moins un identifiant de ce certificat et que celui-ci n’a pas déjà été remplacé au moyen d’ARI, elle n’est soumise à aucune limite.

non-ari-heading = Renouvellements sans ARI
non-ari = Si votre client ou votre hébergeur ne prend pas encore en charge ARI, une commande est tout de même considérée comme le renouvellement d’un certificat antérieur si elle contient exactement le même ensemble d’identifiants, sans tenir compte de la casse ni de l’ordre. Elle est alors exemptée des limites de [nouvelles commandes par compte](#new-orders-per-account) et de [nouveaux certificats par domaine enregistré](#new-certificates-per-registered-domain). Contrairement à un renouvellement ARI, elle reste soumise aux limites de [nouveaux certificats par ensemble exact d’identifiants](#new-certificates-per-exact-set-of-identifiers) et d’[échecs d’autorisation par identifiant et par compte](#authorization-failures-per-identifier-per-account).

# Résumés d’une section par limite : ce que la limite compte, sans chiffres (les chiffres
# suivent dans la liste des faits).
summary-registrations-per-ip = Limite le nombre de nouveaux comptes ACME créés depuis une même adresse IP.
summary-registrations-per-ipv6-range = Limite le nombre de nouveaux comptes ACME créés depuis une même plage /48 d’adresses IPv6, quelle que soit l’adresse exacte de chaque demande.
summary-orders-per-account = Limite le nombre de nouvelles commandes (demandes de certificat) qu’un même compte peut créer.
summary-certificates-per-domain = Limite le nombre de certificats émis pour les noms d’un même domaine enregistré, tous comptes confondus. Elle s’applique aussi par adresse IPv4 et par plage /64 d’adresses IPv6.
summary-certificates-per-exact-set = Limite le nombre de certificats émis pour exactement le même ensemble de noms de domaine et d’adresses IP. Elle s’appelait auparavant « limite de certificats en double ».
summary-authorization-failures = Limite le nombre de validations qui peuvent échouer pour un même identifiant et un même compte. Elle s’appelait auparavant « limite d’échecs de validation ».
summary-consecutive-authorization-failures = Quand la validation d’un identifiant échoue sans interruption pendant longtemps, le compte est bloqué pour cet identifiant jusqu’à ce que vous le débloquiez. Une validation réussie remet le compteur à zéro.
summary-overall-requests = Limite le débit de requêtes que chaque adresse IP peut envoyer à chaque point d’accès de l’API ACME.

# Liste des faits d’une section. Variables :
#   $allowed (texte) – le plafond, déjà mis en forme (un message allowed-*)
facts-allowed = **Autorisé :** { $allowed }
# Variables :
#   $refill (durée) – délai au bout duquel une unité de capacité revient
#   $refill-unit (texte), $refill-amount (nombre) – la même durée, pour la grammaire
facts-refill = **Reconstitution :** une unité { $refill-amount ->
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
facts-burst = **Rafale :** { $burst ->
        [one] { $burst } requête
       *[other] { $burst } requêtes
    } par défaut, selon le point d’accès
# Variables :
#   $overridable (texte) – yes si une dérogation peut être demandée, sinon no
facts-override = **Dérogation :** { $overridable ->
        [yes] possible
       *[no] non disponible
    }
# Lien vers la page complète d’une limite. Variables :
#   $name (texte) – le titre de la page
read-more = Lire la page « { $name } »

retrying-heading = Réessayer après avoir atteint une limite
retrying-error = Quand une demande dépasse une limite, le serveur répond par une erreur ACME de type `urn:ietf:params:acme:error:rateLimited`, accompagnée d’un en-tête `Retry-After` : le moment à partir duquel la demande sera de nouveau acceptée.

retrying-format = Les messages d’erreur des limites de Boulder, le serveur ACME de { -brand }, suivent tous le même format, en anglais. Par exemple :
retrying-several = Si une demande dépasse plusieurs limites, l’erreur décrit celle qui se réinitialise le plus tard, et `Retry-After` indique le moment où toutes l’autorisent de nouveau.

retry-after-heading = L’en-tête Retry-After
retrying-wait = Attendez ce moment avant de réessayer : une demande envoyée plus tôt échoue de nouveau. Un client ACME automatisé doit lire cet en-tête plutôt que réessayer à intervalle fixe.
retrying-staging = Pour mettre au point un client ou un déploiement, utilisez notre [environnement de test](/docs/staging-environment/#rate-limits) : ses limites sont distinctes de celles de la production.

# Variables :
#   $override-form (texte) – l’adresse du formulaire de demande de dérogation
override-request = Si vous êtes un grand hébergeur ou une organisation qui intègre { -brand }, vous pouvez demander des limites plus élevées au moyen du [formulaire de demande de dérogation]({ $override-form }). Le traitement d’une demande prend quelques semaines : ce formulaire ne convient pas si vous avez seulement besoin qu’une limite se réinitialise plus vite qu’elle ne le fait d’elle-même.
