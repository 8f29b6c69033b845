### Page d’aide de la limite d’échecs d’autorisation par identifiant et par compte.
### Variables : celles de la limite authorization-failures (voir errors.ftl).

title = { authorization-failures-title }
description = Ce que signifie l’erreur de limite d’échecs d’autorisation (ancienne limite d’échecs de validation), pourquoi elle survient et comment l’éviter.

# Variables :
#   $count (nombre) – échecs autorisés par fenêtre
#   $window (durée) – la fenêtre (« 1 heure »)
#   $window-unit (texte), $window-amount (nombre) – la même fenêtre, pour la grammaire
description-limit =
    Chaque compte peut subir jusqu’à { $count ->
        [one] { $count } échec d’autorisation
       *[other] { $count } échecs d’autorisation
    } par identifiant { $window-amount ->
        [1] { $window-unit ->
            [day] et par jour
            [week] et par semaine
            [minute] et par minute
            [second] et par seconde
           *[hour] et par heure
        }
       *[other] et par période de { $window }
    }. Au-delà, les nouvelles demandes de ce compte pour cet identifiant sont refusées pendant un temps.
description-authorization = Une autorisation prouve que vous contrôlez un identifiant (un nom de domaine ou une adresse IP). { -brand } la vérifie au moyen d’un défi ACME : un fichier à publier sur votre serveur web, un enregistrement DNS ou un certificat TLS temporaire. L’autorisation échoue si { -brand } ne trouve pas ce qu’il attend.
description-former-name = Cette limite s’appelait auparavant « limite d’échecs de validation » (*Failed Validation limit*).
description-meaning = L’erreur cite l’identifiant dont la validation a échoué trop souvent pour votre compte. Les autres identifiants, et les autres comptes, ne sont pas concernés.

causes-intro = Des échecs répétés viennent presque toujours d’un problème de configuration qu’aucune nouvelle tentative ne corrige.

dns-heading = DNS mal configuré
dns-body = Les enregistrements DNS du nom désignent un autre serveur que celui où tourne votre client ACME : ancien serveur, adresse IPv6 oubliée, répartiteur de charge. { -brand } valide alors auprès du mauvais serveur.

blocked-heading = Défi inaccessible
blocked-body = Un pare-feu, un CDN, une redirection ou un dossier web mal choisi empêche { -brand } de lire la réponse au défi, alors que votre client l’a bien publiée.

propagation-heading = DNS pas encore propagé
propagation-body = Avec le défi DNS, un client qui demande la validation avant que l’enregistrement ne soit visible sur tous les serveurs DNS faisant autorité du domaine échoue, puis réessaie trop tôt.

recover-fix-first = Trouvez et corrigez la cause avant de réessayer : le message de l’autorisation échouée, dans les journaux de votre client, indique ce que { -brand } a vu.
recover-pausing = Ne laissez pas un client échouer indéfiniment : après de trop nombreux échecs consécutifs, votre compte est [bloqué pour cet identifiant](/docs/consecutive-authorization-failures-per-identifier-per-account/).
