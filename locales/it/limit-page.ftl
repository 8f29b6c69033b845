### Testi comuni a tutte le pagine dei limiti: titoli di sezione, cosa fare dopo l’errore,
### aiuto e deroghe. In una pagina di limite ricevono i dati di quel limite (vedi
### errors.ftl); ogni pagina tiene i propri testi in docs/<slug>.ftl.

description-heading = Descrizione
causes-heading = Cause frequenti
recover-heading = Cosa fare?
help-heading = Chiedere aiuto
override-heading = Richiedere una deroga

# Introduce il messaggio di errore citato subito dopo, in un blocco di codice.
error-intro = Quando superi questo limite, il tuo client ACME mostra un errore di questo tipo (esempio):

# Introduce il messaggio esatto che Boulder invia, in inglese, citato subito dopo.
boulder-intro = Boulder, il server ACME di { -brand }, invia oggi questo messaggio, parola per parola e in inglese:
lookup-certificates = Per ottenere l’elenco dei certificati emessi per il tuo dominio registrato, cercalo su [crt.sh](https://crt.sh/), che usa i log pubblici di [Certificate Transparency](https://certificate.transparency.dev/).

# Variabili:
#   $refill (durata) – intervallo dopo il quale il limite consente una richiesta in più («18 minuti»)
#   $refill-unit (testo) – hour, day, week, minute o second; $refill-amount (numero)
description-refill =
    Non serve aspettare la fine del periodo: il limite si ricarica gradualmente e consente una richiesta in più { $refill-amount ->
        [1] { $refill-unit ->
            [day] ogni giorno
            [week] ogni settimana
            [minute] ogni minuto
            [second] ogni secondo
           *[hour] ogni ora
        }
       *[other] ogni { $refill }
    }.

recover-retry-after = Prima di riprovare, attendi il momento indicato dall’intestazione `Retry-After` della risposta: una richiesta inviata prima fallisce di nuovo. Un client ACME ben progettato legge questa intestazione e attende da solo. Vedi [Riprovare dopo aver raggiunto un limite](/docs/rate-limits/#retrying-after-hitting-rate-limits).

# Variabili:
#   $staging-count (numero) – il valore del limite nell’ambiente di staging
#   $staging-window (durata) – la finestra nell’ambiente di staging («3 ore»)
#   $staging-window-unit (testo), $staging-window-amount (numero) – la stessa finestra, per la grammatica
recover-staging =
    Fai le tue prove nel nostro [ambiente di staging](/docs/staging-environment/#rate-limits): lì questo limite è fissato a { $staging-count } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] al giorno
            [week] alla settimana
            [minute] al minuto
            [second] al secondo
           *[hour] all’ora
        }
       *[other] ogni { $staging-window }
    }, e ciò che fai lì non incide sui tuoi limiti di produzione.

recover-reuse-account = Conserva le credenziali del tuo account ACME tra un deploy e l’altro e riutilizzale: un account esistente non conta come una nuova registrazione.
recover-one-account = Preferisci [un unico account per più clienti](/docs/integration-guide/#one-account-or-many) a un account per ciascun cliente.

recover-ari = Rinnova i tuoi certificati nel momento suggerito da ARI (*ACME Renewal Information*): tali rinnovi sono esenti da questo limite. Se il tuo client ACME supporta ARI, attivalo.

help-body = Se non sai bene come configurare il tuo client ACME per usare il nostro ambiente di staging o hai bisogno di aiuto per il debug, ti invitiamo a [chiedere aiuto sul forum della nostra community](https://community.letsencrypt.org/c/help/13).

# Variabili:
#   $overridable (testo) – yes se si può richiedere una deroga, altrimenti no
#   $override-form (testo) – l’indirizzo del modulo di richiesta di deroga
override-body = { $overridable ->
        [yes] Se il tuo utilizzo lo giustifica, puoi richiedere una deroga a questo limite tramite il [modulo di richiesta di deroga]({ $override-form }) di { -brand }. Descrivi con precisione le tue esigenze; l’esame di una richiesta richiede alcune settimane.
       *[no] Per questo limite **non** è possibile richiedere deroghe.
    }
