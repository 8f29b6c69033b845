### Pagina di aiuto del limite di nuovi certificati per dominio registrato.
### Variabili: quelle del limite certificates-per-domain (vedi errors.ftl).

title = { certificates-per-domain-title }
description = Cosa significa l’errore del limite di nuovi certificati per dominio registrato, perché si verifica e come evitarlo.

# Variabili:
#   $count (numero) – certificati consentiti per finestra
#   $window (durata) – la finestra («7 giorni»)
#   $window-unit (testo), $window-amount (numero) – la stessa finestra, per la grammatica
description-limit =
    Per ogni dominio registrato { $count ->
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
    }, considerando tutti gli account insieme.
description-registered-domain = Il dominio registrato è la parte del nome che hai registrato presso un registrar: sia per `www.example.com` sia per `blog.example.com` è `example.com`. Viene determinato in base all’[elenco dei suffissi pubblici](https://publicsuffix.org/).
description-ip-addresses = Per i certificati emessi per indirizzi IP, lo stesso limite si applica per indirizzo IPv4 e per blocco IPv6 /64.
description-meaning = L’errore indica il dominio registrato interessato: di recente sono stati emessi troppi certificati per i suoi nomi, dal tuo account o da altri. I certificati già emessi restano validi.

causes-intro = Questo limite è comune a tutti i sottodomini di un dominio registrato: lo raggiunge soprattutto chi gestisce molti nomi sotto uno stesso dominio.

many-subdomains-heading = Un certificato per sottodominio
many-subdomains-body = Ogni certificato richiesto per un sottodominio conta per il dominio registrato. Se hai molti sottodomini, raggruppa più nomi in uno stesso certificato, oppure usa un certificato wildcard (`*.example.com`, convalidato tramite DNS).

repeat-deployments-heading = Deploy ripetuti
repeat-deployments-body = Un sistema che richiede nuovi certificati a ogni deploy, invece di conservare quelli che ha già, consuma il limite senza motivo. Conserva i certificati e le relative chiavi su un supporto che sopravviva ai deploy.

shared-domain-heading = Dominio condiviso da molti utenti
shared-domain-body = Un servizio che assegna sottodomini ai propri utenti (DNS dinamico, piattaforma di hosting) condivide un unico limite tra tutti. Se ogni utente controlla il proprio sottodominio, il responsabile del dominio può chiederne l’aggiunta all’[elenco dei suffissi pubblici](https://publicsuffix.org/): ogni sottodominio diventa così un dominio registrato a sé stante.

recover-combine = Raggruppa i nomi di uno stesso server in un unico certificato anziché richiederne uno per nome.

# Variabili:
#   $overridable (testo) – yes se si può richiedere una deroga, altrimenti no
override-who = { $overridable ->
        [yes] Le deroghe sono destinate ai provider di hosting e alle grandi organizzazioni che gestiscono legittimamente moltissimi nomi sotto uno stesso dominio registrato.
       *[no] Se il tuo volume normale supera il limite, raggruppa i nomi in meno certificati.
    }
