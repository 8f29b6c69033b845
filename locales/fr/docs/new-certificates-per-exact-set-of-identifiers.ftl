### Page d’aide de la limite de nouveaux certificats par ensemble exact d’identifiants.
### Variables : celles de la limite certificates-per-exact-set (voir errors.ftl).

title = { certificates-per-exact-set-title }
description = Ce que signifie l’erreur de limite de certificats pour un même ensemble exact d’identifiants (ancienne limite de certificats en double), pourquoi elle survient et comment l’éviter.

# Variables :
#   $count (nombre) – certificats autorisés par fenêtre pour un même ensemble
#   $window (durée) – la fenêtre (« 7 jours »)
#   $window-unit (texte), $window-amount (nombre) – la même fenêtre, pour la grammaire
description-limit =
    Jusqu’à { $count ->
        [one] { $count } certificat peut être émis
       *[other] { $count } certificats peuvent être émis
    } pour un même ensemble exact d’identifiants { $window-amount ->
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
description-set = L’ensemble d’identifiants d’un certificat est la liste de ses noms de domaine et adresses IP, sans tenir compte de l’ordre ni des majuscules : `example.com` avec `www.example.com` forment un ensemble, `example.com` seul en forme un autre.
description-former-name = Cette limite s’appelait auparavant « limite de certificats en double » (*Duplicate Certificate limit*).
description-meaning = L’erreur indique que vous avez déjà obtenu récemment plusieurs certificats pour exactement les mêmes identifiants. Ces certificats restent valables : il suffit de réutiliser l’un d’eux.

causes-intro = Cette limite est presque toujours atteinte par un système qui jette ses certificats et en redemande.

reinstalls-heading = Réinstallations et déploiements répétés
reinstalls-body = Un serveur, un conteneur ou une machine virtuelle qui demande un nouveau certificat à chaque démarrage, parce que les certificats obtenus ne sont pas conservés d’un déploiement à l’autre, redemande toujours le même ensemble de noms.

testing-heading = Essais en production
testing-body = Mettre au point la configuration d’un client ACME contre la production, en redemandant un certificat à chaque essai, épuise vite la limite pour ces noms.

recover-keep = Conservez les certificats et leurs clés privées sur un support qui survit aux déploiements, et réutilisez-les jusqu’à leur renouvellement.
recover-other-set = Si vous avez besoin d’un certificat tout de suite, un ensemble d’identifiants différent (avec un nom de plus ou de moins) n’est pas concerné par cette limite. Il reste soumis à la [limite de nouveaux certificats par domaine enregistré](/docs/new-certificates-per-registered-domain/).
