### Pagina di aiuto del limite di nuove registrazioni per blocco IPv6 /48.
### Variabili: quelle del limite registrations-per-ipv6-range (vedi errors.ftl).

title = { registrations-per-ipv6-range-title }
description = Cosa significa l’errore del limite di nuove registrazioni per blocco IPv6, perché si verifica e come evitarlo.

# Variabili:
#   $count (numero) – account consentiti per finestra
#   $window (durata) – la finestra («3 ore»)
#   $window-unit (testo), $window-amount (numero) – la stessa finestra, per la grammatica
description-limit =
    Da uno stesso blocco IPv6 /48 { $count ->
        [one] può essere registrato fino a { $count } nuovo account
       *[other] possono essere registrati fino a { $count } nuovi account
    } { $window-amount ->
        [1] { $window-unit ->
            [day] ogni giorno
            [week] ogni settimana
            [minute] ogni minuto
            [second] ogni secondo
           *[hour] ogni ora
        }
       *[other] ogni { $window }
    }.
description-range = Questo limite completa il [limite di registrazioni per IP](/docs/too-many-registrations-for-this-ip/): un blocco /48 contiene un numero enorme di indirizzi, e un client che cambia indirizzo IPv6 a ogni registrazione resta comunque limitato dal suo blocco.
description-meaning = Le «registrazioni» sono richieste di creazione di un nuovo account presso l’API di { -brand }. L’errore indica che di recente sono stati creati troppi account dal blocco /48 che contiene il tuo indirizzo IPv6, indipendentemente dall’indirizzo esatto di ciascuna richiesta.

causes-intro = Come per il limite per indirizzo IP, la causa è quasi sempre un ambiente che crea account invece di riutilizzarli.

repeat-deployments-heading = Deploy ripetuti
repeat-deployments-body = Container, macchine virtuali o istanze cloud che ricevono ciascuno un indirizzo IPv6 dello stesso blocco e creano ciascuno un account all’avvio esauriscono in fretta il limite. Conserva le credenziali dell’account su un supporto che sopravviva ai deploy, oppure condividi uno stesso account tra le istanze.

too-many-accounts-heading = Troppi account
too-many-accounts-body = I provider di hosting e i grandi integratori che creano un account per cliente raggiungono questo limite non appena i loro server condividono un blocco /48. Un solo account può gestire i certificati di tutti i tuoi clienti.

shared-range-heading = Blocco condiviso con altri
shared-range-body = Il tuo provider di hosting può assegnare indirizzi dello stesso blocco /48 a molti clienti. In tal caso anche gli account creati dai tuoi vicini contano ai fini del limite, anche se tu non ne crei quasi nessuno.
