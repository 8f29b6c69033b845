### Pagina di aiuto del limite di autorizzazioni fallite per identificatore e per account.
### Variabili: quelle del limite authorization-failures (vedi errors.ftl).

title = { authorization-failures-title }
description = Cosa significa l’errore del limite di autorizzazioni fallite (in precedenza limite di convalide fallite), perché si verifica e come evitarlo.

# Variabili:
#   $count (numero) – fallimenti consentiti per finestra
#   $window (durata) – la finestra («1 ora»)
#   $window-unit (testo), $window-amount (numero) – la stessa finestra, per la grammatica
description-limit =
    Ogni account può accumulare fino a { $count ->
        [one] { $count } autorizzazione fallita
       *[other] { $count } autorizzazioni fallite
    } per identificatore { $window-amount ->
        [1] { $window-unit ->
            [day] al giorno
            [week] alla settimana
            [minute] al minuto
            [second] al secondo
           *[hour] all’ora
        }
       *[other] ogni { $window }
    }. Oltre questa soglia, le nuove richieste di quell’account per quell’identificatore vengono rifiutate per un certo tempo.
description-authorization = Un’autorizzazione dimostra che controlli un identificatore (un nome di dominio o un indirizzo IP). { -brand } la verifica tramite una challenge ACME: un file da pubblicare sul tuo server web, un record DNS o un certificato TLS temporaneo. L’autorizzazione fallisce se { -brand } non trova ciò che si aspetta.
description-former-name = In precedenza questo limite si chiamava «limite di convalide fallite» (*Failed Validation limit*).
description-meaning = L’errore indica l’identificatore la cui convalida è fallita troppe volte per il tuo account. Gli altri identificatori, e gli altri account, non sono interessati.

causes-intro = I fallimenti ripetuti dipendono quasi sempre da un problema di configurazione che nessun nuovo tentativo può risolvere.

dns-heading = DNS mal configurato
dns-body = I record DNS del nome puntano a un server diverso da quello su cui gira il tuo client ACME: un vecchio server, un indirizzo IPv6 dimenticato, un bilanciatore di carico. { -brand } esegue quindi la convalida sul server sbagliato.

blocked-heading = Challenge irraggiungibile
blocked-body = Un firewall, una CDN, un reindirizzamento o una cartella web sbagliata impedisce a { -brand } di leggere la risposta alla challenge, anche se il tuo client l’ha pubblicata correttamente.

propagation-heading = DNS non ancora propagato
propagation-body = Con la challenge DNS, un client che chiede la convalida prima che il record sia visibile su tutti i server DNS autoritativi del dominio fallisce, e poi riprova troppo presto.

recover-fix-first = Individua e correggi la causa prima di riprovare: il messaggio dell’autorizzazione fallita, nei log del tuo client, indica che cosa ha visto { -brand }.
recover-pausing = Non lasciare che un client continui a fallire all’infinito: dopo troppi fallimenti consecutivi, il tuo account viene [bloccato per quell’identificatore](/docs/consecutive-authorization-failures-per-identifier-per-account/).
