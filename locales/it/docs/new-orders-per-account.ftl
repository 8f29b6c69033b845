### Pagina di aiuto del limite di nuovi ordini per account.
### Variabili: quelle del limite orders-per-account (vedi errors.ftl).

title = { orders-per-account-title }
description = Cosa significa l’errore del limite di nuovi ordini per account, perché si verifica e come evitarlo.

# Variabili:
#   $count (numero) – ordini consentiti per finestra
#   $window (durata) – la finestra («3 ore»)
#   $window-unit (testo), $window-amount (numero) – la stessa finestra, per la grammatica
description-limit =
    Ogni account può creare fino a { $count ->
        [one] { $count } nuovo ordine
       *[other] { $count } nuovi ordini
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
description-order = Un ordine (*order*) è ciò che un client ACME apre per richiedere un certificato: elenca gli identificatori (nomi di dominio, indirizzi IP) che il certificato coprirà. Ogni richiesta di certificato inizia con un nuovo ordine.
description-meaning = L’errore indica che il tuo account ha aperto troppi ordini di recente. Un ordine viene conteggiato appena viene creato, anche se non porta mai a un certificato.

causes-intro = Un utente normale non si avvicina mai a questo limite. Quando viene raggiunto, il più delle volte è perché un client crea ordini senza sosta.

retry-loops-heading = Tentativi ripetuti in loop
retry-loops-body = Un client che apre un nuovo ordine a ogni tentativo, per esempio dopo ogni convalida fallita o da un’attività pianificata troppo frequente, esaurisce il limite senza mai ottenere un certificato. Correggi la causa del fallimento invece di riprovare.

one-order-per-name-heading = Un ordine per nome
one-order-per-name-body = Richiedere un certificato separato per ogni sottodominio moltiplica gli ordini. Quando i nomi sono serviti dallo stesso server, un solo certificato può coprirli tutti.

large-volumes-heading = Grandi volumi legittimi
large-volumes-body = I provider di hosting e i grandi integratori che gestiscono con un solo account i certificati di molti clienti possono raggiungere questo limite durante il normale funzionamento.

recover-fix-loops = Controlla nei log del tuo client che non crei ordini in loop, e distanzia i tentativi dopo un fallimento.

# Variabili:
#   $overridable (testo) – yes se si può richiedere una deroga, altrimenti no
override-who = { $overridable ->
        [yes] Le deroghe sono pensate soprattutto per i provider di hosting e i grandi integratori il cui volume normale supera il limite. Una deroga non risolve il problema di un client che gira in loop: correggilo prima.
       *[no] Se il tuo volume normale supera il limite, distribuisci le richieste nel tempo.
    }
