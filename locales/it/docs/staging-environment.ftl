### Pagina dell’ambiente di staging.

title = Ambiente di staging
description = Testa il tuo client ACME nell’ambiente di staging di { -brand }, che ha limiti di frequenza molto più alti.

intro = Ti consigliamo vivamente di testare il tuo client ACME nel nostro ambiente di staging prima di usarlo in produzione. Funziona come la produzione, ma i suoi certificati non sono considerati attendibili dai browser e i suoi limiti di frequenza sono molto più alti. Per usarlo, configura il tuo client con il seguente URL di directory:
# L’URL della directory ACME dell’ambiente di staging: non tradurre.
directory-url = https://acme-staging-v02.api.letsencrypt.org/directory

certbot = Con [Certbot](https://certbot.eff.org/), le opzioni `--test-cert` e `--dry-run` usano l’ambiente di staging; per gli altri client ACME, consulta la loro documentazione. Gli account ACME appartengono a un solo ambiente: l’ambiente di staging richiede un account separato, di cui Certbot si occupa per te.

rate-limits-heading = Limiti di frequenza
rate-limits-intro = L’ambiente di staging applica gli stessi limiti della produzione, per lo più con valori più alti:
# Variabili: quelle del limite registrations-per-ip, tra cui $staging-count e $staging-window.
rate-limit-registrations-per-ip = [Registrazioni per indirizzo IP](/docs/too-many-registrations-for-this-ip/): { $staging-count ->
        [one] { $staging-count } account
       *[other] { $staging-count } account
    } in { $staging-window } (produzione: { $count } in { $window }).
# Variabili: quelle del limite registrations-per-ipv6-range, tra cui $staging-count e $staging-window.
rate-limit-registrations-per-ipv6-range = [Registrazioni per blocco IPv6 /48](/docs/new-registrations-per-ipv6-range/): { $staging-count ->
        [one] { $staging-count } account
       *[other] { $staging-count } account
    } in { $staging-window } (produzione: { $count } in { $window }).
# Variabili: quelle del limite orders-per-account, tra cui $staging-count e $staging-window.
rate-limit-orders-per-account = [Nuovi ordini per account](/docs/new-orders-per-account/): { $staging-count ->
        [one] { $staging-count } ordine
       *[other] { $staging-count } ordini
    } in { $staging-window } (produzione: { $count } in { $window }).
# Variabili: quelle del limite certificates-per-domain, tra cui $staging-count e $staging-window.
rate-limit-certificates-per-domain = [Nuovi certificati per dominio registrato](/docs/new-certificates-per-registered-domain/): { $staging-count ->
        [one] { $staging-count } certificato
       *[other] { $staging-count } certificati
    } in { $staging-window } (produzione: { $count } in { $window }).
# Variabili: quelle del limite certificates-per-exact-set, tra cui $staging-count e $staging-window.
rate-limit-certificates-per-exact-set = [Nuovi certificati per insieme esatto di identificatori](/docs/new-certificates-per-exact-set-of-identifiers/): { $staging-count ->
        [one] { $staging-count } certificato
       *[other] { $staging-count } certificati
    } in { $staging-window } (produzione: { $count } in { $window }).
# Variabili: quelle del limite authorization-failures, tra cui $staging-count e $staging-window.
rate-limit-authorization-failures = [Autorizzazioni fallite per identificatore e per account](/docs/authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } fallimento
       *[other] { $staging-count } fallimenti
    } in { $staging-window } (produzione: { $count } in { $window }).
# Variabili: quelle del limite consecutive-authorization-failures, tra cui $staging-count,
# $staging-window, $refill, $refill-unit e $refill-amount.
rate-limit-consecutive-authorization-failures = [Autorizzazioni fallite consecutive per identificatore e per account](/docs/consecutive-authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } fallimento
       *[other] { $staging-count } fallimenti
    } in { $staging-window } (produzione: { $count }, con la ricarica di un’unità { $refill-amount ->
        [1] { $refill-unit ->
            [day] ogni giorno
            [week] ogni settimana
            [minute] ogni minuto
            [second] ogni secondo
           *[hour] ogni ora
        }
       *[other] ogni { $refill }
    }).

rate-limit-overall-requests = [Limite globale di richieste](/docs/overall-requests-limit/#description): vedi le colonne «in staging» della tabella dei punti di accesso.
rate-limits-outro = Un client che raggiunge un limite in staging lo raggiungerebbe molto prima in produzione: correggilo prima di cambiare ambiente.
