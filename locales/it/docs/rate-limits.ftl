### Pagina di panoramica: tutti i limiti di frequenza, una tabella, poi una sezione per
### limite (ancore stabili di Let’s Encrypt) e cosa fare dopo un errore.
### I messaggi che riguardano un limite ricevono i suoi dati (vedi errors.ftl).

title = Limiti di frequenza
description = Tutti i limiti di frequenza di { -brand }, i loro valori e cosa fare quando ne raggiungi uno.

intro = { -brand } limita la frequenza di alcune richieste per servire in modo equo tutti i suoi utenti. La maggior parte degli utenti non raggiunge mai questi limiti. Quando se ne raggiunge uno, l’errore rimanda alla pagina che lo spiega.
bucket = Questi limiti funzionano come secchi di token (*token bucket*), non come finestre scorrevoli: ogni limite consente un certo numero di richieste in un periodo, e la sua capacità si ricarica gradualmente invece di tornare disponibile tutta insieme alla fine del periodo.

how-heading = Come funzionano i nostri limiti di frequenza
how-no-reset = Se hai raggiunto un limite, { -brand } non ha modo di azzerarlo: la sua capacità si ricostituisce gradualmente nel tempo, senza che tu debba fare nulla. Revocare i certificati **non** azzera i limiti, perché le risorse usate per emetterli sono già state consumate.

overview-heading = Panoramica
table-limit = Limite
table-allowed = Consentito
table-override = Deroga

# Colonne «Consentito» della tabella e delle sezioni: il tetto massimo di un limite.
# Variabili: quelle del limite registrations-per-ip
#   $count (numero), $window (durata), $window-unit (testo), $window-amount (numero)
allowed-registrations-per-ip = { $count ->
        [one] { $count } account
       *[other] { $count } account
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al giorno
            [week] alla settimana
            [minute] al minuto
            [second] al secondo
           *[hour] all’ora
        }
       *[other] ogni { $window }
    }
# Variabili: quelle del limite registrations-per-ipv6-range
#   $count (numero), $window (durata), $window-unit (testo), $window-amount (numero)
allowed-registrations-per-ipv6-range = { $count ->
        [one] { $count } account
       *[other] { $count } account
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al giorno
            [week] alla settimana
            [minute] al minuto
            [second] al secondo
           *[hour] all’ora
        }
       *[other] ogni { $window }
    }
# Variabili: quelle del limite orders-per-account
#   $count (numero), $window (durata), $window-unit (testo), $window-amount (numero)
allowed-orders-per-account = { $count ->
        [one] { $count } nuovo ordine
       *[other] { $count } nuovi ordini
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al giorno
            [week] alla settimana
            [minute] al minuto
            [second] al secondo
           *[hour] all’ora
        }
       *[other] ogni { $window }
    }
# Variabili: quelle del limite certificates-per-domain
#   $count (numero), $window (durata), $window-unit (testo), $window-amount (numero)
allowed-certificates-per-domain = { $count ->
        [one] { $count } certificato
       *[other] { $count } certificati
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al giorno
            [week] alla settimana
            [minute] al minuto
            [second] al secondo
           *[hour] all’ora
        }
       *[other] ogni { $window }
    }
# Variabili: quelle del limite certificates-per-exact-set
#   $count (numero), $window (durata), $window-unit (testo), $window-amount (numero)
allowed-certificates-per-exact-set = { $count ->
        [one] { $count } certificato
       *[other] { $count } certificati
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al giorno
            [week] alla settimana
            [minute] al minuto
            [second] al secondo
           *[hour] all’ora
        }
       *[other] ogni { $window }
    }
# Variabili: quelle del limite authorization-failures
#   $count (numero), $window (durata), $window-unit (testo), $window-amount (numero)
allowed-authorization-failures = { $count ->
        [one] { $count } fallimento
       *[other] { $count } fallimenti
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al giorno
            [week] alla settimana
            [minute] al minuto
            [second] al secondo
           *[hour] all’ora
        }
       *[other] ogni { $window }
    }
# Variabili:
#   $count (numero) – fallimenti consecutivi tollerati prima del blocco
allowed-consecutive-authorization-failures = { $count ->
        [one] { $count } fallimento consecutivo
       *[other] { $count } fallimenti consecutivi
    }
# Variabili: quelle del limite overall-requests
#   $count (numero), $window (durata), $window-unit (testo), $window-amount (numero)
allowed-overall-requests = { $count ->
        [one] { $count } richiesta
       *[other] { $count } richieste
    } { $window-amount ->
        [1] { $window-unit ->
            [day] al giorno
            [week] alla settimana
            [minute] al minuto
            [second] al secondo
           *[hour] all’ora
        }
       *[other] ogni { $window }
    }

# Colonna «Deroga» della tabella.
# Variabili:
#   $overridable (testo) – yes se si può richiedere una deroga, altrimenti no
overridable = { $overridable ->
        [yes] Possibile
       *[no] Non disponibile
    }

# Sezioni che raggruppano i limiti, come nella pagina di Let’s Encrypt.
registration-heading = Limiti di registrazione degli account
registration-intro = Questi limiti si applicano quando un abbonato richiede un nuovo account al punto di accesso `new-account` dell’API. Superarli è molto raro; consigliamo ai grandi integratori di preferire [un account per molti clienti](/docs/integration-guide/#one-account-or-many).
issuance-heading = Limiti di emissione dei certificati
issuance-intro = Questi limiti si applicano quando un abbonato richiede un nuovo certificato al punto di accesso `new-order` dell’API. Superarli è più comune, soprattutto per i grandi provider di hosting e le organizzazioni che emettono certificati per molti nomi.
# Variabili:
#   $identifiers (numero) – identificatori ammessi in uno stesso certificato
identifiers-note = Uno stesso certificato può includere fino a { $identifiers } identificatori (nomi DNS o indirizzi IP), a seconda del [profilo di certificato](https://letsencrypt.org/docs/profiles/) scelto. Per le prestazioni, usa il minor numero possibile di identificatori per certificato.

renewals-heading = Esenzioni dai limiti per i rinnovi
renewals-intro = { -brand } riconosce un rinnovo in due modi: preferibilmente tramite ARI (*ACME Renewal Information*), i cui rinnovi sono esenti da tutti i limiti; altrimenti tramite il vecchio rilevamento, che considera rinnovo un ordine con esattamente lo stesso insieme di identificatori, ma lo lascia soggetto ad alcuni limiti.
ari-heading = Rinnovi con ARI

ari = I rinnovi coordinati da ARI sono esenti da **tutti** i limiti. Un client che supporta ARI chiede periodicamente ai server di { -brand } se è il momento di rinnovare un certificato; quando arriva il momento, richiede un nuovo ordine che indica il certificato che sostituisce (il campo `replaces`). Se l’ordine include almeno un identificatore del certificato sostituito e questo non è già stato sostituito tramite ARI, l’ordine non è soggetto ad alcun limite.

non-ari-heading = Rinnovi senza ARI
non-ari = Se il tuo client o il tuo provider di hosting non supporta ancora ARI, un ordine è comunque considerato il rinnovo di un certificato precedente quando contiene esattamente lo stesso insieme di identificatori, senza tener conto di maiuscole e ordine. È allora esente dai limiti di [nuovi ordini per account](#new-orders-per-account) e di [nuovi certificati per dominio registrato](#new-certificates-per-registered-domain). A differenza di un rinnovo con ARI, resta soggetto ai limiti di [nuovi certificati per insieme esatto di identificatori](#new-certificates-per-exact-set-of-identifiers) e di [autorizzazioni fallite per identificatore e per account](#authorization-failures-per-identifier-per-account).

# Riepiloghi di una sezione per limite: cosa conta il limite, senza cifre (le cifre
# seguono nell’elenco dei dati).
summary-registrations-per-ip = Limita il numero di nuovi account ACME creati da uno stesso indirizzo IP.
summary-registrations-per-ipv6-range = Limita il numero di nuovi account ACME creati da uno stesso blocco IPv6 /48, indipendentemente dall’indirizzo esatto di ciascuna richiesta.
summary-orders-per-account = Limita il numero di nuovi ordini (richieste di certificato) che uno stesso account può creare.
summary-certificates-per-domain = Limita il numero di certificati emessi per i nomi di uno stesso dominio registrato, considerando tutti gli account insieme. Si applica anche per indirizzo IPv4 e per blocco IPv6 /64.
summary-certificates-per-exact-set = Limita il numero di certificati emessi esattamente per lo stesso insieme di nomi di dominio e indirizzi IP. In precedenza si chiamava «limite di certificati duplicati».
summary-authorization-failures = Limita il numero di convalide che possono fallire per uno stesso identificatore e uno stesso account. In precedenza si chiamava «limite di convalide fallite».
summary-consecutive-authorization-failures = Quando la convalida di un identificatore fallisce senza interruzioni per molto tempo, l’account viene bloccato per quell’identificatore finché non lo sblocchi. Una convalida riuscita azzera il contatore.
summary-overall-requests = Limita la frequenza delle richieste che ogni indirizzo IP può inviare a ciascun endpoint dell’API ACME.

# Elenco dei dati di una sezione. Variabili:
#   $allowed (testo) – il tetto massimo, già formattato (un messaggio allowed-*)
facts-allowed = **Consentito:** { $allowed }
# Variabili:
#   $refill (durata) – intervallo dopo il quale torna un’unità di capacità
#   $refill-unit (testo), $refill-amount (numero) – la stessa durata, per la grammatica
facts-refill = **Ricarica:** un’unità { $refill-amount ->
        [1] { $refill-unit ->
            [day] ogni giorno
            [week] ogni settimana
            [minute] ogni minuto
            [second] ogni secondo
           *[hour] ogni ora
        }
       *[other] ogni { $refill }
    }
# Variabili:
#   $burst (numero) – richieste accettate tutte in una volta
facts-burst = **Burst:** { $burst ->
        [one] { $burst } richiesta
       *[other] { $burst } richieste
    } per impostazione predefinita, a seconda dell’endpoint
# Variabili:
#   $overridable (testo) – yes se si può richiedere una deroga, altrimenti no
facts-override = **Deroga:** { $overridable ->
        [yes] possibile
       *[no] non disponibile
    }
# Link alla pagina completa di un limite. Variabili:
#   $name (testo) – il titolo della pagina
read-more = Leggi la pagina «{ $name }»

retrying-heading = Riprovare dopo aver raggiunto un limite
retrying-error = Quando una richiesta supera un limite, il server risponde con un errore ACME di tipo `urn:ietf:params:acme:error:rateLimited`, accompagnato da un’intestazione `Retry-After`: il momento a partire dal quale la richiesta sarà di nuovo accettata.

retrying-format = I messaggi di errore dei limiti di Boulder, il server ACME di { -brand }, seguono tutti lo stesso formato, in inglese. Per esempio:
retrying-several = Se una richiesta supera più limiti, l’errore descrive quello che si azzera più tardi, e `Retry-After` indica il momento in cui tutti la consentono di nuovo.

retry-after-heading = L’intestazione Retry-After
retrying-wait = Attendi quel momento prima di riprovare: una richiesta inviata prima fallisce di nuovo. Un client ACME automatizzato deve leggere questa intestazione invece di riprovare a intervalli fissi.
retrying-staging = Per mettere a punto un client o un deploy, usa il nostro [ambiente di staging](/docs/staging-environment/#rate-limits): i suoi limiti sono separati da quelli di produzione.

# Variabili:
#   $override-form (testo) – l’indirizzo del modulo di richiesta di deroga
override-request = Se sei un grande provider di hosting o un’organizzazione che integra { -brand }, puoi richiedere limiti più alti con il [modulo di richiesta di deroga]({ $override-form }). L’esame di una richiesta richiede alcune settimane, quindi il modulo non è adatto se ti serve solo che un limite si azzeri prima di quanto farebbe da solo.
