### Pagina di aiuto del limite di autorizzazioni fallite consecutive per identificatore e per
### account: quando è esaurito, l’account viene bloccato (messo in pausa) per l’identificatore.
### Variabili: quelle del limite consecutive-authorization-failures (vedi errors.ftl).

title = { consecutive-authorization-failures-title }
description = Perché il tuo account è bloccato per un nome di dominio dopo ripetute convalide fallite, e come sbloccarlo.

# Variabili:
#   $count (numero) – fallimenti consecutivi tollerati prima del blocco
description-limit =
    Quando la convalida di un identificatore fallisce più e più volte, { -brand } finisce per bloccare (mettere in pausa) le richieste di certificati del tuo account per quell’identificatore. Il blocco scatta dopo { $count ->
        [one] { $count } autorizzazione fallita consecutiva
       *[other] { $count } autorizzazioni fallite consecutive
    }, senza alcuna convalida riuscita nel frattempo.
description-reset = Una convalida riuscita per quell’identificatore azzera il contatore.
# Variabili:
#   $refill (durata) – intervallo dopo il quale torna un’unità di capacità («1 giorno»)
#   $refill-unit (testo), $refill-amount (numero) – la stessa durata, per la grammatica
description-capacity =
    La capacità si ricarica di un’unità { $refill-amount ->
        [1] { $refill-unit ->
            [day] ogni giorno
            [week] ogni settimana
            [minute] ogni minuto
            [second] ogni secondo
           *[hour] ogni ora
        }
       *[other] ogni { $refill }
    }: solo fallimenti più frequenti di così finiscono per bloccare l’account.

pause-table-intro = Il tempo prima del blocco dipende dal numero di fallimenti al giorno:
pause-table-failures = Fallimenti al giorno
pause-table-time = Tempo prima del blocco
# Cella della tabella. Variabili:
#   $days (numero) – giorni fino al blocco
pause-days = { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }
pause-never = mai bloccato
description-why = Questo blocco ferma i client dimenticati che continuano a richiedere all’infinito certificati per nomi che non puntano più a loro.
description-meaning = L’errore indica un identificatore bloccato e precisa che potrebbero esserlo anche altri. Il blocco non scade con il tempo: dura finché non sblocchi il tuo account.

causes-intro = Questo blocco riguarda solo nomi la cui convalida fallisce da molto tempo, senza interruzioni.

abandoned-heading = Nomi abbandonati
abandoned-body = Il nome è scaduto, ha cambiato proprietario o ora punta a un altro server, ma il tuo client ACME continua a tentare di rinnovarne il certificato.

persistent-heading = Problema di configurazione persistente
persistent-body = Un firewall, un record DNS o la configurazione di un server web impedisce la convalida da molto tempo, e il client riprova automaticamente senza che nessuno legga i suoi errori.

unpausing-heading = Sbloccare il tuo account
unpausing-intro = Il blocco riguarda il tuo account e gli identificatori indicati. Per rimuoverlo:
unpausing-fix = Correggi la causa dei fallimenti: altrimenti l’account verrà bloccato di nuovo.
unpausing-remove = Rimuovi dalla configurazione del tuo client i nomi che non ti servono più.
unpausing-portal = Apri il link di sblocco del tuo account, che si trova nel messaggio di errore che Boulder, il server di { -brand }, invia al tuo client ACME (vedi sopra), e conferma lo sblocco. Il messaggio tradotto rimanda invece a queste istruzioni.
unpausing-again = Una volta sbloccato l’account, il tuo client può di nuovo richiedere certificati per quegli identificatori.

recover-watch = Tieni d’occhio gli errori di rinnovo del tuo client ACME: un rinnovo che fallisce per diversi giorni di fila deve far scattare un avviso per qualcuno.
recover-authorization-failures = I fallimenti ripetuti portano anche a raggiungere il [limite di autorizzazioni fallite per identificatore e per account](/docs/authorization-failures-per-identifier-per-account/); le cause e i rimedi sono gli stessi.
