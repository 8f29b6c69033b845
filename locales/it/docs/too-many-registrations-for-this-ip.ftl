### Pagina di aiuto del limite di registrazioni per IP.
### Variabili: quelle del limite registrations-per-ip (vedi errors.ftl).

title = { registrations-per-ip-title }
description = Cosa significano gli errori «too many new registrations (…) from this IP address» e «too many registrations for this IP», perché si verificano e come evitarli.

# Variabili:
#   $count (numero) – account consentiti per finestra
#   $window (durata) – la finestra («3 ore»)
#   $window-unit (testo), $window-amount (numero) – la stessa finestra, per la grammatica
description-limit =
    Gli utenti possono registrare fino a { $count ->
        [one] { $count } account
       *[other] { $count } account
    } per indirizzo IP { $window-amount ->
        [1] { $window-unit ->
            [day] ogni giorno
            [week] ogni settimana
            [minute] ogni minuto
            [second] ogni secondo
           *[hour] ogni ora
        }
       *[other] ogni { $window }
    }. Quando superi il limite di *registrazioni per IP*, il tuo client ACME dovrebbe mostrarti il seguente messaggio di errore:

# Introduce il vecchio messaggio di Boulder, in inglese, citato subito dopo.
boulder-legacy-intro = In passato Boulder inviava questo messaggio, che rimandava a questa pagina:
# Variabili:
#   $count (numero) – account consentiti per finestra
#   $window-unit (testo), $window-amount (numero) – la finestra, per la grammatica
description-meaning =
    Le «registrazioni» a cui si riferisce questo errore sono richieste di registrazione di un nuovo account presso l’API di { -brand }, inviate dal tuo indirizzo IP. Questo errore indica che { $count ->
        [one] è già stato registrato almeno { $count } account
       *[other] sono già stati registrati almeno { $count } account
    } da questo indirizzo IP { $window-amount ->
        [1] { $window-unit ->
            [day] nell’ultimo giorno
            [week] nell’ultima settimana
            [minute] nell’ultimo minuto
            [second] nell’ultimo secondo
           *[hour] nell’ultima ora
        }
       *[other] { $window-unit ->
            [day] negli ultimi { $window-amount } giorni
            [week] nelle ultime { $window-amount } settimane
            [minute] negli ultimi { $window-amount } minuti
            [second] negli ultimi { $window-amount } secondi
           *[hour] nelle ultime { $window-amount } ore
        }
    }.

causes-intro = Gli utenti che raggiungono il limite di registrazioni per IP lo fanno spesso a causa di una configurazione errata del loro ambiente.

repeat-deployments-heading = Deploy ripetuti
repeat-deployments-body =
    È estremamente raro che un singolo utente si scontri con il limite di registrazioni per IP. Di solito succede durante deploy ripetuti del tuo sistema o della tua applicazione: o il tuo client ACME non riesce a salvare e riutilizzare le credenziali del tuo account, oppure il file system in cui le credenziali dovrebbero essere salvate viene distrutto tra un deploy e l’altro (container, macchine virtuali, istanze cloud). Quando testi il deploy del tuo sistema o della tua applicazione, assicurati di aver configurato il tuo client ACME per usare il nostro ambiente di staging. I limiti di frequenza del nostro ambiente di staging sono [notevolmente più alti](/docs/staging-environment/#rate-limits).

too-many-accounts-heading = Troppi account
too-many-accounts-body =
    I provider di hosting e gli altri grandi integratori raggiungono in genere il limite di registrazioni per IP quando cercano di creare un account per ogni cliente. Consigliamo ai grandi integratori di preferire un’architettura che usi [un unico account per più clienti](/docs/integration-guide/#one-account-or-many). Durante i test, assicurati di aver configurato la tua implementazione ACME per usare il nostro ambiente di staging. I limiti di frequenza del nostro ambiente di staging sono [notevolmente più alti](/docs/staging-environment/#rate-limits).
