### Page d’aide de la limite de nouvelles commandes par compte.
### Variables : celles de la limite orders-per-account (voir errors.ftl).

title = { orders-per-account-title }
description = Ce que signifie l’erreur de limite de nouvelles commandes par compte, pourquoi elle survient et comment l’éviter.

# Variables :
#   $count (nombre) – commandes autorisées par fenêtre
#   $window (durée) – la fenêtre (« 3 heures »)
#   $window-unit (texte), $window-amount (nombre) – la même fenêtre, pour la grammaire
description-limit =
    Chaque compte peut créer jusqu’à { $count ->
        [one] { $count } nouvelle commande
       *[other] { $count } nouvelles commandes
    } { $window-amount ->
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
description-order = Une commande (*order*) est ce qu’un client ACME ouvre pour demander un certificat : elle liste les identifiants (noms de domaine, adresses IP) que le certificat couvrira. Toute demande de certificat commence par une nouvelle commande.
description-meaning = L’erreur indique que votre compte a ouvert trop de commandes récemment. Une commande compte dès sa création, même si elle n’aboutit jamais à un certificat.

causes-intro = Un abonné ordinaire n’approche jamais cette limite. Quand elle est atteinte, c’est le plus souvent qu’un client crée des commandes sans s’arrêter.

retry-loops-heading = Nouvelles tentatives en boucle
retry-loops-body = Un client qui ouvre une nouvelle commande à chaque tentative, par exemple après chaque échec de validation ou depuis une tâche planifiée trop fréquente, épuise la limite sans jamais obtenir de certificat. Corrigez la cause de l’échec plutôt que de réessayer.

one-order-per-name-heading = Une commande par nom
one-order-per-name-body = Demander un certificat séparé pour chaque sous-domaine multiplie les commandes. Quand les noms sont servis par le même serveur, un seul certificat peut tous les couvrir.

large-volumes-heading = Grands volumes légitimes
large-volumes-body = Les hébergeurs et les grands intégrateurs qui gèrent les certificats de nombreux clients avec un seul compte peuvent atteindre cette limite en fonctionnement normal.

recover-fix-loops = Vérifiez dans les journaux de votre client qu’il ne crée pas de commandes en boucle, et espacez les tentatives après un échec.

# Variables :
#   $overridable (texte) – yes si une dérogation peut être demandée, sinon no
override-who = { $overridable ->
        [yes] Les dérogations sont surtout destinées aux hébergeurs et aux grands intégrateurs dont le volume normal dépasse la limite. Une dérogation ne corrige pas un client qui tourne en boucle : corrigez-le d’abord.
       *[no] Si votre volume normal dépasse la limite, répartissez vos demandes dans le temps.
    }
