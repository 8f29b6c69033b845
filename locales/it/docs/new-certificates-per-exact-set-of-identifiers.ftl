### Pagina di aiuto del limite di nuovi certificati per insieme esatto di identificatori.
### Variabili: quelle del limite certificates-per-exact-set (vedi errors.ftl).

title = { certificates-per-exact-set-title }
description = Cosa significa l’errore del limite di certificati per uno stesso insieme esatto di identificatori (in precedenza limite di certificati duplicati), perché si verifica e come evitarlo.

# Variabili:
#   $count (numero) – certificati consentiti per finestra per uno stesso insieme
#   $window (durata) – la finestra («7 giorni»)
#   $window-unit (testo), $window-amount (numero) – la stessa finestra, per la grammatica
description-limit =
    Per uno stesso insieme esatto di identificatori { $count ->
        [one] può essere emesso fino a { $count } certificato
       *[other] possono essere emessi fino a { $count } certificati
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
description-set = L’insieme di identificatori di un certificato è l’elenco dei suoi nomi di dominio e indirizzi IP, senza tener conto dell’ordine né delle maiuscole: `example.com` insieme a `www.example.com` formano un insieme, `example.com` da solo ne forma un altro.
description-former-name = In precedenza questo limite si chiamava «limite di certificati duplicati» (*Duplicate Certificate limit*).
description-meaning = L’errore indica che hai già ottenuto di recente diversi certificati esattamente per gli stessi identificatori. Quei certificati restano validi: basta riutilizzarne uno.

causes-intro = Questo limite viene raggiunto quasi sempre da un sistema che butta via i propri certificati e ne richiede di nuovi.

reinstalls-heading = Reinstallazioni e deploy ripetuti
reinstalls-body = Un server, un container o una macchina virtuale che richiede un nuovo certificato a ogni avvio, perché i certificati ottenuti non vengono conservati da un deploy all’altro, richiede sempre lo stesso insieme di nomi.

testing-heading = Test in produzione
testing-body = Mettere a punto la configurazione di un client ACME direttamente in produzione, richiedendo un certificato a ogni prova, esaurisce in fretta il limite per quei nomi.

recover-keep = Conserva i certificati e le relative chiavi private su un supporto che sopravviva ai deploy, e riutilizzali fino al rinnovo.
recover-other-set = Se ti serve subito un certificato, un insieme di identificatori diverso (con un nome in più o in meno) non è soggetto a questo limite. Resta però soggetto al [limite di nuovi certificati per dominio registrato](/docs/new-certificates-per-registered-domain/).
