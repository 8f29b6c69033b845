### Page d’aide de la limite de nouveaux certificats par domaine enregistré.
### Variables : celles de la limite certificates-per-domain (voir errors.ftl).

title = { certificates-per-domain-title }
description = Ce que signifie l’erreur de limite de nouveaux certificats par domaine enregistré, pourquoi elle survient et comment l’éviter.

# Variables :
#   $count (nombre) – certificats autorisés par fenêtre
#   $window (durée) – la fenêtre (« 7 jours »)
#   $window-unit (texte), $window-amount (nombre) – la même fenêtre, pour la grammaire
description-limit =
    Jusqu’à { $count ->
        [one] { $count } certificat peut être émis
       *[other] { $count } certificats peuvent être émis
    } par domaine enregistré { $window-amount ->
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
    }, tous comptes confondus.
description-registered-domain = Le domaine enregistré est la partie du nom que vous avez réservée auprès d’un bureau d’enregistrement : pour `www.example.com` comme pour `blog.example.com`, c’est `example.com`. Il est déterminé à l’aide de la [liste des suffixes publics](https://publicsuffix.org/).
description-ip-addresses = Pour les certificats d’adresse IP, la même limite s’applique par adresse IPv4 et par plage /64 d’adresses IPv6.
description-meaning = L’erreur cite le domaine enregistré concerné : trop de certificats ont été émis récemment pour ses noms, par votre compte ou par d’autres. Les certificats déjà émis restent valables.

causes-intro = Cette limite est commune à tous les sous-domaines d’un domaine enregistré : elle est surtout atteinte par ceux qui gèrent beaucoup de noms sous un même domaine.

many-subdomains-heading = Un certificat par sous-domaine
many-subdomains-body = Chaque certificat demandé pour un sous-domaine compte pour le domaine enregistré. Avec beaucoup de sous-domaines, regroupez plusieurs noms dans un même certificat, ou utilisez un certificat générique (`*.example.com`, validé par DNS).

repeat-deployments-heading = Déploiements répétés
repeat-deployments-body = Un système qui demande de nouveaux certificats à chaque déploiement, au lieu de conserver ceux qu’il a déjà, consomme la limite sans raison. Stockez les certificats et leurs clés sur un support qui survit aux déploiements.

shared-domain-heading = Domaine partagé par de nombreux utilisateurs
shared-domain-body = Un service qui attribue des sous-domaines à ses utilisateurs (DNS dynamique, plateforme d’hébergement) partage une seule limite entre tous. Si chaque utilisateur contrôle son sous-domaine, le responsable du domaine peut demander son ajout à la [liste des suffixes publics](https://publicsuffix.org/) : chaque sous-domaine devient alors un domaine enregistré distinct.

recover-combine = Regroupez les noms d’un même serveur dans un seul certificat plutôt que d’en demander un par nom.

# Variables :
#   $overridable (texte) – yes si une dérogation peut être demandée, sinon no
override-who = { $overridable ->
        [yes] Les dérogations sont destinées aux hébergeurs et aux grandes organisations qui gèrent légitimement de très nombreux noms sous un même domaine enregistré.
       *[no] Si votre volume normal dépasse la limite, regroupez les noms dans moins de certificats.
    }
