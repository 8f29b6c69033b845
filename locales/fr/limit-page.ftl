### Textes communs à toutes les pages de limite : titres de section, reprise après l’erreur,
### aide et dérogations. Sur une page de limite, ils reçoivent les faits de cette limite
### (voir errors.ftl) ; chaque page garde ses propres textes dans docs/<slug>.ftl.

description-heading = Description
causes-heading = Causes fréquentes
recover-heading = Que faire ?
help-heading = Demander de l’aide
override-heading = Demander une dérogation

# Introduit le message d’erreur cité juste après, dans un bloc de code.
error-intro = Lorsque vous dépassez cette limite, votre client ACME affiche une erreur de ce type (exemple) :

# Introduit le message exact que Boulder envoie, en anglais, cité juste après.
boulder-intro = Boulder, le serveur ACME de { -brand }, envoie aujourd’hui ce message, mot pour mot et en anglais :
lookup-certificates = Pour obtenir la liste des certificats émis pour votre domaine enregistré, cherchez-le sur [crt.sh](https://crt.sh/), qui s’appuie sur les journaux publics de [Certificate Transparency](https://certificate.transparency.dev/).

# Variables :
#   $refill (durée) – délai au bout duquel la limite autorise une demande de plus (« 18 minutes »)
#   $refill-unit (texte) – hour, day, week, minute ou second ; $refill-amount (nombre)
description-refill =
    Inutile d’attendre la fin de la période : la limite se reconstitue progressivement et autorise une demande de plus { $refill-amount ->
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
    }.

recover-retry-after = Attendez le moment indiqué par l’en-tête `Retry-After` de la réponse avant de réessayer : une demande envoyée plus tôt échoue de nouveau. Un client ACME bien conçu lit cet en-tête et attend de lui-même. Voir [Réessayer après avoir atteint une limite](/docs/rate-limits/#retrying-after-hitting-rate-limits).

# Variables :
#   $staging-count (nombre) – la valeur de la limite dans l’environnement de test
#   $staging-window (durée) – la fenêtre dans l’environnement de test (« 3 heures »)
#   $staging-window-unit (texte), $staging-window-amount (nombre) – la même fenêtre, pour la grammaire
recover-staging =
    Faites vos essais dans notre [environnement de test](/docs/staging-environment/#rate-limits) : cette limite y est fixée à { $staging-count } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] par jour
            [week] par semaine
            [minute] par minute
            [second] par seconde
           *[hour] par heure
        }
       *[other] par période de { $staging-window }
    }, et ce que vous y faites ne compte pas pour vos limites de production.

recover-reuse-account = Conservez les informations d’identification de votre compte ACME entre les déploiements et réutilisez-les : un compte existant ne compte pas comme un nouvel enregistrement.
recover-one-account = Préférez [un compte pour plusieurs clients](/docs/integration-guide/#one-account-or-many) à un compte par client.

recover-ari = Renouvelez vos certificats au moment que suggère ARI (*ACME Renewal Information*) : ces renouvellements sont exemptés de cette limite. Si votre client ACME prend en charge ARI, activez-le.

help-body = Si vous n’êtes pas sûr de savoir comment configurer votre client ACME pour utiliser notre environnement de test ou si vous avez besoin d’aide pour déboguer, nous vous encourageons à [demander de l’aide sur notre forum communautaire](https://community.letsencrypt.org/c/help/13).

# Variables :
#   $overridable (texte) – yes si une dérogation peut être demandée, sinon no
override-body = { $overridable ->
        [yes] Si votre usage le justifie, vous pouvez demander une dérogation à cette limite au moyen du [formulaire de demande de dérogation]({ $override-form }) de { -brand }. Décrivez précisément votre besoin ; le traitement d’une demande prend quelques semaines.
       *[no] Les dérogations ne sont **pas** disponibles pour cette limite.
    }
