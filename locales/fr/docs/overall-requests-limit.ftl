### Page d’aide de la limite globale de requêtes, appliquée par adresse IP et par point
### d’accès de l’API ACME.
### Variables : celles de la limite overall-requests (voir errors.ftl), dont $burst.

title = { overall-requests-title }
description = Les débits de requêtes que chaque adresse IP peut envoyer à l’API ACME de { -brand }, et que faire quand vous les dépassez.

description-limit = Pour protéger le service, { -brand } limite le nombre de requêtes que chaque adresse IP peut envoyer à l’API ACME. La limite s’applique point d’accès par point d’accès.
description-endpoints = Chaque point d’accès a son propre débit. `/acme/*` désigne tous les points d’accès de l’API qui n’ont pas de ligne à eux dans le tableau.

table-endpoint = Point d’accès
# En-tête de colonne : le débit autorisé par fenêtre.
# Variables :
#   $window (durée) – la fenêtre (« 1 seconde »)
#   $window-unit (texte), $window-amount (nombre) – la même fenêtre, pour la grammaire
table-rate = { $window-amount ->
        [1] { $window-unit ->
            [day] Débit par jour
            [week] Débit par semaine
            [minute] Débit par minute
            [hour] Débit par heure
           *[second] Débit par seconde
        }
       *[other] Débit par période de { $window }
    }
table-burst = Rafale

table-staging-rate = Débit en test
table-staging-burst = Rafale en test
# Cellule du tableau : un nombre de requêtes.
# Variables :
#   $count (nombre) – le nombre de requêtes
table-requests = { $count ->
        [one] { $count } requête
       *[other] { $count } requêtes
    }
# Cellule du tableau : la rafale des points d’accès sans ligne à eux.
# Variables :
#   $burst (nombre) – le nombre de requêtes
table-burst-requests = { $burst ->
        [one] { $burst } requête
       *[other] { $burst } requêtes
    }

new-account-note = Le tableau donne les chemins de Boulder : la page de { -brand } écrit `/acme/new-account` pour le point d’accès que Boulder sert à `/acme/new-acct`. Les colonnes « en test » donnent les valeurs de l’[environnement de test](/docs/staging-environment/#rate-limits).

description-burst = La rafale est le nombre de requêtes acceptées d’un coup, avant que le débit ne s’applique : un client peut dépasser brièvement le débit, puis doit ralentir.
description-enforcement = Cette limite est appliquée à l’entrée du service, avant tout traitement ACME : une requête refusée reçoit une réponse HTTP 503 (*Service Unavailable*) avec un en-tête `Retry-After`.

causes-intro = Un client ACME ordinaire n’envoie que quelques requêtes par certificat. Cette limite est atteinte par des clients trop pressés ou trop nombreux derrière une même adresse.

polling-heading = Interrogation sans pause
polling-body = Un client qui interroge l’état d’une commande ou d’une autorisation sans attendre entre deux requêtes dépasse vite la limite. Il doit respecter l’en-tête `Retry-After` des réponses ou espacer ses interrogations.

nonces-heading = Nonces gaspillés
nonces-body = Chaque réponse de l’API fournit un nouveau nonce dans l’en-tête `Replay-Nonce`. Un client qui demande un nonce au point d’accès `new-nonce` avant chaque requête double ses requêtes sans raison.

synchronized-heading = Requêtes synchronisées
synchronized-body = De nombreux serveurs derrière une même adresse IP (traduction d’adresses, proxy), ou des tâches planifiées à une heure ronde, envoient leurs requêtes au même instant.

recover-spread = Ajoutez un délai aléatoire au lancement de vos tâches planifiées pour étaler les requêtes dans le temps.
recover-directory = Gardez en mémoire l’annuaire ACME (`/directory`) au lieu de le relire avant chaque requête.
