### Page de l’environnement de test.

title = Environnement de test
description = Testez votre client ACME contre l’environnement de test de { -brand }, dont les limites de débit sont bien plus élevées.

intro = Nous recommandons vivement de tester votre client ACME contre notre environnement de test avant de l’utiliser en production. Il fonctionne comme la production, mais ses certificats ne sont pas reconnus par les navigateurs et ses limites de débit sont bien plus élevées. Pour l’utiliser, configurez votre client avec l’adresse d’annuaire suivante :
# L’adresse d’annuaire ACME de l’environnement de test : ne pas traduire.
directory-url = https://acme-staging-v02.api.letsencrypt.org/directory

certbot = Avec [Certbot](https://certbot.eff.org/), les options `--test-cert` et `--dry-run` utilisent l’environnement de test ; pour les autres clients ACME, consultez leur documentation. Les comptes ACME sont propres à chaque environnement : l’environnement de test demande un compte distinct, ce que Certbot gère pour vous.

rate-limits-heading = Limites de débit
rate-limits-intro = L’environnement de test applique les mêmes limites que la production, le plus souvent avec des valeurs plus élevées :
# Variables : celles de la limite registrations-per-ip, dont $staging-count et $staging-window.
rate-limit-registrations-per-ip = [Enregistrements par adresse IP](/docs/too-many-registrations-for-this-ip/) : { $staging-count ->
        [one] { $staging-count } compte
       *[other] { $staging-count } comptes
    } par période de { $staging-window } (production : { $count } par période de { $window }).
# Variables : celles de la limite registrations-per-ipv6-range, dont $staging-count et $staging-window.
rate-limit-registrations-per-ipv6-range = [Enregistrements par plage IPv6 /48](/docs/new-registrations-per-ipv6-range/) : { $staging-count ->
        [one] { $staging-count } compte
       *[other] { $staging-count } comptes
    } par période de { $staging-window } (production : { $count } par période de { $window }).
# Variables : celles de la limite orders-per-account, dont $staging-count et $staging-window.
rate-limit-orders-per-account = [Nouvelles commandes par compte](/docs/new-orders-per-account/) : { $staging-count ->
        [one] { $staging-count } commande
       *[other] { $staging-count } commandes
    } par période de { $staging-window } (production : { $count } par période de { $window }).
# Variables : celles de la limite certificates-per-domain, dont $staging-count et $staging-window.
rate-limit-certificates-per-domain = [Nouveaux certificats par domaine enregistré](/docs/new-certificates-per-registered-domain/) : { $staging-count ->
        [one] { $staging-count } certificat
       *[other] { $staging-count } certificats
    } par période de { $staging-window } (production : { $count } par période de { $window }).
# Variables : celles de la limite certificates-per-exact-set, dont $staging-count et $staging-window.
rate-limit-certificates-per-exact-set = [Nouveaux certificats par ensemble exact d’identifiants](/docs/new-certificates-per-exact-set-of-identifiers/) : { $staging-count ->
        [one] { $staging-count } certificat
       *[other] { $staging-count } certificats
    } par période de { $staging-window } (production : { $count } par période de { $window }).
# Variables : celles de la limite authorization-failures, dont $staging-count et $staging-window.
rate-limit-authorization-failures = [Échecs d’autorisation par identifiant et par compte](/docs/authorization-failures-per-identifier-per-account/) : { $staging-count ->
        [one] { $staging-count } échec
       *[other] { $staging-count } échecs
    } par période de { $staging-window } (production : { $count } par période de { $window }).
# Variables : celles de la limite consecutive-authorization-failures, dont $staging-count,
# $staging-window, $refill, $refill-unit et $refill-amount.
rate-limit-consecutive-authorization-failures = [Échecs d’autorisation consécutifs par identifiant et par compte](/docs/consecutive-authorization-failures-per-identifier-per-account/) : { $staging-count ->
        [one] { $staging-count } échec
       *[other] { $staging-count } échecs
    } par période de { $staging-window } (production : { $count }, avec une unité de plus { $refill-amount ->
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
    }).

rate-limit-overall-requests = [Limite globale de requêtes](/docs/overall-requests-limit/#description) : voir les colonnes « en test » du tableau des points d’accès.
rate-limits-outro = Un client qui atteint une limite en test l’atteindrait bien plus tôt en production : corrigez-le avant de changer d’environnement.
