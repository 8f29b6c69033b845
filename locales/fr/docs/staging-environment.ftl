### Page de l’environnement de test.

title = Environnement de test
description = Testez votre client ACME contre l’environnement de test de { -brand }, dont les limites de débit sont bien plus élevées.

intro = Nous recommandons vivement de tester votre client ACME contre notre environnement de test avant de l’utiliser en production. Il fonctionne comme la production, mais ses certificats ne sont pas reconnus par les navigateurs et ses limites de débit sont bien plus élevées. Pour l’utiliser, configurez votre client avec l’adresse d’annuaire suivante :
# L’adresse d’annuaire ACME de l’environnement de test : ne pas traduire.
directory-url = https://acme-staging-v02.api.letsencrypt.org/directory

rate-limits-heading = Limites de débit
rate-limits-intro = L’environnement de test applique les mêmes limites que la production, avec des valeurs plus élevées :
# Variables : celles de la limite registrations-per-ip, dont $staging-count et $staging-window.
rate-limit-registrations-per-ip = Enregistrements par adresse IP : { $staging-count ->
        [one] { $staging-count } compte
       *[other] { $staging-count } comptes
    } par période de { $staging-window } (production : { $count } par période de { $window }).
rate-limits-outro = Un client qui atteint une limite en test l’atteindrait bien plus tôt en production : corrigez-le avant de changer d’environnement.
