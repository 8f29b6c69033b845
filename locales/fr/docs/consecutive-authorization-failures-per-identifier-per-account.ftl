### Page d’aide de la limite d’échecs d’autorisation consécutifs par identifiant et par
### compte : quand elle est épuisée, le compte est bloqué (mis en pause) pour l’identifiant.
### Variables : celles de la limite consecutive-authorization-failures (voir errors.ftl).

title = { consecutive-authorization-failures-title }
description = Pourquoi votre compte est bloqué pour un nom de domaine après des échecs de validation répétés, et comment le débloquer.

# Variables :
#   $count (nombre) – échecs consécutifs tolérés avant le blocage
description-limit =
    Quand la validation d’un identifiant échoue encore et encore, { -brand } finit par bloquer (mettre en pause) les demandes de certificats de votre compte pour cet identifiant. Le blocage intervient après { $count ->
        [one] { $count } échec d’autorisation consécutif
       *[other] { $count } échecs d’autorisation consécutifs
    }, sans aucune validation réussie entre eux.
description-reset = Une validation réussie pour cet identifiant remet le compteur à zéro.
# Variables :
#   $refill (durée) – délai au bout duquel une unité de capacité revient (« 1 jour »)
#   $refill-unit (texte), $refill-amount (nombre) – la même durée, pour la grammaire
description-capacity =
    La capacité se reconstitue d’une unité { $refill-amount ->
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
    } : seuls des échecs plus fréquents que cela finissent par bloquer le compte.

pause-table-intro = Le délai avant le blocage dépend du nombre d’échecs par jour :
pause-table-failures = Échecs par jour
pause-table-time = Délai avant blocage
# Cellule du tableau. Variables :
#   $days (nombre) – jours avant le blocage
pause-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
pause-never = jamais bloqué
description-why = Ce blocage arrête les clients oubliés qui redemandent sans fin des certificats pour des noms qui ne pointent plus vers eux.
description-meaning = L’erreur cite un identifiant bloqué et précise que d’autres peuvent l’être aussi. Le blocage ne se lève pas avec le temps : il dure jusqu’à ce que vous débloquiez votre compte.

causes-intro = Ce blocage ne touche que des noms dont la validation échoue depuis longtemps, sans interruption.

abandoned-heading = Noms abandonnés
abandoned-body = Le nom a expiré, a changé de propriétaire ou pointe désormais vers un autre serveur, mais votre client ACME essaie toujours de renouveler son certificat.

persistent-heading = Problème de configuration durable
persistent-body = Un pare-feu, un enregistrement DNS ou une configuration de serveur web empêche la validation depuis longtemps, et le client réessaie automatiquement sans que personne ne lise ses erreurs.

unpausing-heading = Débloquer votre compte
unpausing-intro = Le blocage concerne votre compte et les identifiants cités. Pour le lever :
unpausing-fix = Corrigez la cause des échecs : sans cela, le compte sera bloqué de nouveau.
unpausing-remove = Retirez de la configuration de votre client les noms dont vous n’avez plus besoin.
unpausing-portal = Ouvrez le lien de déblocage propre à votre compte, qui figure dans le message d’erreur que Boulder, le serveur de { -brand }, envoie à votre client ACME (voir plus haut), et confirmez le déblocage. La version traduite du message renvoie, elle, vers ces instructions.
unpausing-again = Une fois le compte débloqué, votre client peut de nouveau demander des certificats pour ces identifiants.

recover-watch = Surveillez les erreurs de renouvellement de votre client ACME : un renouvellement qui échoue plusieurs jours de suite doit alerter quelqu’un.
recover-authorization-failures = Les échecs répétés font aussi atteindre la [limite d’échecs d’autorisation par identifiant et par compte](/docs/authorization-failures-per-identifier-per-account/) ; les causes et les remèdes sont les mêmes.
