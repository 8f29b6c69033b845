### Guide d’intégration pour les hébergeurs et les grands intégrateurs.

title = Guide d’intégration
description = Conseils aux hébergeurs et aux grands intégrateurs qui gèrent des certificats { -brand } pour de nombreux clients.

intro = Ce guide s’adresse aux hébergeurs et aux grands intégrateurs qui demandent des certificats pour le compte de nombreux clients.

one-account-heading = Un compte ou plusieurs ?
one-account-body = Un seul compte ACME peut gérer les certificats d’un nombre illimité de domaines et de clients. Nous recommandons aux grands intégrateurs d’utiliser un compte pour tous leurs clients, ou quelques comptes seulement, plutôt qu’un compte par client : c’est plus simple à gérer et cela évite d’atteindre les limites d’enregistrement de comptes.
one-account-limits = Conservez les informations d’identification du compte entre les déploiements : un compte recréé à chaque déploiement compte comme un nouvel enregistrement.
