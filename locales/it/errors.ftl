### Messaggi del limitatore: il testo esatto che il client ACME mostra all’utente.
### Ogni limite ha un titolo (`<limite>-title`) e un messaggio (`<limite>-exceeded`).
### Il titolo non cambia da un’occorrenza all’altra: riceve solo i dati del limite. Il
### messaggio può ricevere in più i valori dell’occorrenza.
### Variabili disponibili per ogni limite:
###   $count (numero) – richieste consentite per finestra
###   $window (durata) – la finestra, già formattata («3 ore»)
###   $window-unit (testo) – hour, day, week, minute o second; $window-amount (numero)
###   $url (testo) – l’indirizzo della pagina di aiuto, da non omettere mai
### Variabili fornite dal limitatore a ogni occorrenza (messaggi che le usano):
###   $retry-after (data e ora UTC) – momento in cui il limite consente una nuova richiesta,
###     già formattato secondo la lingua; scrivere «UTC» dopo
###   $identifier (testo) – il dominio registrato, l’indirizzo IP o l’identificatore interessato
### Questi messaggi sono testo semplice: niente Markdown.

registrations-per-ip-title = Limite di nuove registrazioni per indirizzo IP
# Variabili:
#   $url (testo) – l’indirizzo della pagina di aiuto
registrations-per-ip-exceeded = troppe registrazioni per questo indirizzo IP: vedi { $url }

registrations-per-ipv6-range-title = Limite di nuove registrazioni per blocco IPv6
# Variabili:
#   $count (numero) – registrazioni consentite per finestra
#   $window (durata) – la finestra («3 ore»)
#   $retry-after (data e ora) – quando riprovare, in UTC
#   $url (testo) – l’indirizzo della pagina di aiuto
registrations-per-ipv6-range-exceeded = troppe nuove registrazioni ({ $count }) da questa sottorete IPv6 /48 in { $window }; riprova dopo il { $retry-after } UTC: vedi { $url }

orders-per-account-title = Limite di nuovi ordini per account
# Variabili:
#   $count (numero) – ordini consentiti per finestra
#   $window (durata) – la finestra («3 ore»)
#   $retry-after (data e ora) – quando riprovare, in UTC
#   $url (testo) – l’indirizzo della pagina di aiuto
orders-per-account-exceeded = troppi nuovi ordini ({ $count }) per questo account in { $window }; riprova dopo il { $retry-after } UTC: vedi { $url }

certificates-per-domain-title = Limite di nuovi certificati per dominio registrato
# Variabili:
#   $count (numero) – certificati consentiti per finestra
#   $window (durata) – la finestra («7 giorni»)
#   $identifier (testo) – il dominio registrato (o l’indirizzo IP, il blocco IPv6) interessato
#   $retry-after (data e ora) – quando riprovare, in UTC
#   $url (testo) – l’indirizzo della pagina di aiuto
certificates-per-domain-exceeded = troppi certificati ({ $count }) già emessi per «{ $identifier }» in { $window }; riprova dopo il { $retry-after } UTC: vedi { $url }

certificates-per-exact-set-title = Limite di nuovi certificati per insieme esatto di identificatori
# Variabili:
#   $count (numero) – certificati consentiti per finestra per uno stesso insieme di identificatori
#   $window (durata) – la finestra («7 giorni»)
#   $retry-after (data e ora) – quando riprovare, in UTC
#   $url (testo) – l’indirizzo della pagina di aiuto
certificates-per-exact-set-exceeded = troppi certificati ({ $count }) già emessi per questo insieme esatto di identificatori in { $window }; riprova dopo il { $retry-after } UTC: vedi { $url }

authorization-failures-title = Limite di autorizzazioni fallite per identificatore e per account
# Variabili:
#   $count (numero) – fallimenti consentiti per finestra
#   $window (durata) – la finestra («1 ora»)
#   $identifier (testo) – l’identificatore (nome di dominio o indirizzo IP) la cui convalida fallisce
#   $retry-after (data e ora) – quando riprovare, in UTC
#   $url (testo) – l’indirizzo della pagina di aiuto
authorization-failures-exceeded = troppe autorizzazioni fallite ({ $count }) per «{ $identifier }» in { $window }; riprova dopo il { $retry-after } UTC: vedi { $url }

consecutive-authorization-failures-title = Limite di autorizzazioni fallite consecutive per identificatore e per account
# Variabili:
#   $identifier (testo) – l’identificatore (nome di dominio o indirizzo IP) bloccato
#   $url (testo) – l’indirizzo delle istruzioni per sbloccare l’account
# Nessuna data: il blocco dura finché l’utente non sblocca il proprio account.
consecutive-authorization-failures-exceeded = Al tuo account è temporaneamente impedito di richiedere certificati per { $identifier } e forse anche per altri identificatori. Visita: { $url }

overall-requests-title = Limite globale di richieste
# Variabili:
#   $count (numero) – richieste consentite per finestra su questo endpoint
#   $window (durata) – la finestra («1 secondo»)
#   $retry-after (data e ora) – quando riprovare, in UTC
#   $url (testo) – l’indirizzo della pagina di aiuto
overall-requests-exceeded = troppe richieste ({ $count }) da questo indirizzo IP in { $window }; riprova dopo il { $retry-after } UTC: vedi { $url }
