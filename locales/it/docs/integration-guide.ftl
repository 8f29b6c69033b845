### Guida all’integrazione per provider di hosting e grandi integratori.

title = Guida all’integrazione
description = Consigli per i provider di hosting e i grandi integratori che gestiscono certificati { -brand } per molti clienti.

intro = Questa guida si rivolge ai provider di hosting e ai grandi integratori che richiedono certificati per conto di molti clienti.

one-account-heading = Un account o più account?
one-account-body = Un solo account ACME può gestire i certificati di un numero illimitato di domini e clienti. Consigliamo ai grandi integratori di usare un unico account per tutti i loro clienti, o al massimo pochi account, anziché un account per cliente: è più semplice da gestire ed evita di raggiungere i limiti sulla registrazione di account.
one-account-limits = Conserva le credenziali dell’account tra un deploy e l’altro: un account ricreato a ogni deploy conta come una nuova registrazione.
