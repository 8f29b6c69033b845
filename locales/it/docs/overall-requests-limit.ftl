### Pagina di aiuto del limite globale di richieste, applicato per indirizzo IP e per
### endpoint dell’API ACME.
### Variabili: quelle del limite overall-requests (vedi errors.ftl), tra cui $burst.

title = { overall-requests-title }
description = Quante richieste ogni indirizzo IP può inviare all’API ACME di { -brand }, e cosa fare quando superi questi limiti.

description-limit = Per proteggere il servizio, { -brand } limita il numero di richieste che ogni indirizzo IP può inviare all’API ACME. Il limite si applica separatamente a ciascun endpoint.
description-endpoints = Ogni endpoint ha il proprio limite. `/acme/*` indica tutti gli endpoint dell’API che non hanno una riga propria nella tabella.

table-endpoint = Endpoint
# Intestazione di colonna: la frequenza consentita per finestra.
# Variabili:
#   $window (durata) – la finestra («1 secondo»)
#   $window-unit (testo), $window-amount (numero) – la stessa finestra, per la grammatica
table-rate = { $window-amount ->
        [1] { $window-unit ->
            [day] Limite al giorno
            [week] Limite alla settimana
            [minute] Limite al minuto
            [hour] Limite all’ora
           *[second] Limite al secondo
        }
       *[other] Limite ogni { $window }
    }
table-burst = Burst

table-staging-rate = Frequenza in staging
table-staging-burst = Picco in staging
# Cella della tabella: un numero di richieste.
# Variabili:
#   $count (numero) – il numero di richieste
table-requests = { $count ->
        [one] { $count } richiesta
       *[other] { $count } richieste
    }
# Cella della tabella: il burst degli endpoint senza una riga propria.
# Variabili:
#   $burst (numero) – il numero di richieste
table-burst-requests = { $burst ->
        [one] { $burst } richiesta
       *[other] { $burst } richieste
    }

new-account-note = La tabella riporta i percorsi di Boulder: la pagina di { -brand } scrive `/acme/new-account` per il punto di accesso che Boulder serve su `/acme/new-acct`. Le colonne «in staging» riportano i valori dell’[ambiente di staging](/docs/staging-environment/#rate-limits).

description-burst = Il burst è il numero di richieste accettate tutte in una volta, prima che si applichi il limite: un client può superare per breve tempo la frequenza consentita, ma poi deve rallentare.
description-enforcement = Questo limite viene applicato all’ingresso del servizio, prima di qualsiasi elaborazione ACME: una richiesta rifiutata riceve una risposta HTTP 503 (*Service Unavailable*) con un’intestazione `Retry-After`.

causes-intro = Un normale client ACME invia solo poche richieste per certificato. Questo limite viene raggiunto da client troppo impazienti o troppo numerosi dietro uno stesso indirizzo.

polling-heading = Polling senza pause
polling-body = Un client che interroga lo stato di un ordine o di un’autorizzazione senza attendere tra una richiesta e l’altra supera in fretta il limite. Deve rispettare l’intestazione `Retry-After` delle risposte o distanziare le interrogazioni.

nonces-heading = Nonce sprecati
nonces-body = Ogni risposta dell’API fornisce un nuovo nonce nell’intestazione `Replay-Nonce`. Un client che chiede un nonce all’endpoint `new-nonce` prima di ogni richiesta raddoppia inutilmente le proprie richieste.

synchronized-heading = Richieste sincronizzate
synchronized-body = Molti server dietro uno stesso indirizzo IP (NAT, proxy), o attività pianificate allo scoccare dell’ora, inviano le loro richieste nello stesso istante.

recover-spread = Aggiungi un ritardo casuale all’avvio delle tue attività pianificate per distribuire le richieste nel tempo.
recover-directory = Tieni in memoria la directory ACME (`/directory`) invece di rileggerla prima di ogni richiesta.
