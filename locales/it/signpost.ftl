## Signpost: l'elenco dei servizi dell'organizzazione (Open Referral HSDS 3.0)

audit-kind-directory-imported = Elenco dei servizi importato
audit-kind-directory-published = Elenco dei servizi pubblicato o ritirato
error-hsds-invalid = I dati dell'elenco presentano dei problemi.
error-hsds-invalid-detail = Ogni problema è indicato con la sua posizione nel file. Non è stato importato nulla: correggili e importa di nuovo l'intero file.

## I parametri dell'API di lettura (HSDA)
error-id-invalid = Indicare l'identificativo come UUID, per esempio 8b7c1f2e-3d4a-4b5c-9e6f-0a1b2c3d4e5f.
error-boolean-invalid = Indicare true o false.
error-date-time-invalid = Indicare una data (2026-03-31) o una data e un'ora con il fuso (2026-03-31T09:00:00Z).
error-format-invalid = È disponibile solo il formato json.
error-per-page-full-invalid = Con le schede complete, chiedere da 1 a 100 schede per pagina.

## La pagina dell'elenco
nav-signpost = Elenco dei servizi
signpost-title = Elenco dei servizi
signpost-intro = I servizi del territorio verso cui il team orienta le persone, conservati secondo la Human Services Data Specification di Open Referral (HSDS 3.0): così è possibile importarli dall'elenco di un comune o di una rete e condividere il proprio con altri strumenti.
signpost-imported = { $services ->
    [one] Servizio importato: { $services }
   *[other] Servizi importati: { $services }
}. Avvisi: { $warnings }.
signpost-problem-where = Posizione
signpost-problem-field = Campo
signpost-problems-more = Altri problemi non elencati: { $count }.
signpost-contents = Contenuto dell'elenco
signpost-empty = Ancora nulla: importare un file HSDS per avviare l'elenco.
signpost-count-services = Servizi
signpost-count-organizations = Organizzazioni
signpost-count-locations = Luoghi
signpost-count-terms = Termini della tassonomia
signpost-download-json = Scaricare in formato HSDS JSON (services.json)
signpost-import-heading = Importare da HSDS
signpost-import-intro = Un file JSON HSDS 3.0: un servizio completo, una lista di servizi o un'organizzazione completa con i suoi servizi. Le schede già presenti (stesso tipo e stesso identificativo) vengono sostituite; se nel file qualcosa non è corretto, non viene importato nulla e ogni problema viene elencato.
signpost-import = Importare
signpost-publication = Condivisione con altri strumenti Open Referral
signpost-published = Pubblicato: altri strumenti possono leggere l'elenco a questo indirizzo (l'API di lettura HSDS). Contiene solo i servizi, nulla sulle persone assistite.
signpost-not-published = Non pubblicato: l'elenco è visibile solo al team.
signpost-publish = Pubblicare l'elenco
signpost-unpublish = Interrompere la pubblicazione

## Problemi di un'importazione HSDS, ciascuno mostrato accanto alla sua posizione nel file
signpost-problem-hsds-not-json = Il file non è in formato JSON, oppure non contiene schede HSDS.
signpost-problem-hsds-wrong-type = Questo valore è del tipo sbagliato (per esempio testo dove è previsto un numero o una lista).
signpost-problem-hsds-required = Questo campo è obbligatorio e manca.
signpost-problem-hsds-empty-value = Questo campo è vuoto.
signpost-problem-hsds-not-allowed = HSDS non consente questo valore qui.
signpost-problem-hsds-bad-uuid = Questo non è un UUID.
signpost-problem-hsds-bad-uri = Questo non è un indirizzo web.
signpost-problem-hsds-bad-email = Questo non è un indirizzo email.
signpost-problem-hsds-bad-date = Questa non è una data nel formato YYYY-MM-DD.
signpost-problem-hsds-bad-time = Questo non è un orario nel formato HH:MM o HH:MM:SS.
signpost-problem-hsds-bad-datetime = Questa non è una data e un'ora con il fuso.
signpost-problem-hsds-bad-rrule-part = Questa parte degli orari di apertura non è leggibile.
signpost-problem-hsds-conflicting-duplicate = La stessa scheda compare due volte con valori diversi.
signpost-problem-hsds-conflicting-parent = Questa scheda è collegata a due elementi padre diversi.
signpost-problem-hsds-duplicate-id = Due righe hanno lo stesso identificativo.
signpost-problem-hsds-missing-column = Manca una colonna obbligatoria.
signpost-problem-hsds-repeated-column = Una colonna compare due volte.
signpost-problem-hsds-cell-without-column = Una riga ha più celle delle colonne presenti nell'intestazione.
signpost-problem-hsds-invalid = I dati presentano dei problemi.
signpost-problem-hsds-dangling-reference = Questo rimanda a una scheda che non è presente nei dati.
signpost-problem-hsds-coordinates-out-of-range = Queste coordinate sono fuori dall'intervallo di latitudine e longitudine.
signpost-problem-hsds-datapackage-unreadable = La descrizione del pacchetto (datapackage.json) non è leggibile.
signpost-problem-hsds-tabular-required-missing = Il pacchetto CSV richiede questo campo.
signpost-problem-hsds-unknown-field = Questo campo non esiste in HSDS; è stato tralasciato.
signpost-problem-schedule-count-and-until = Gli orari indicano sia un numero di ripetizioni sia una data di fine.
signpost-problem-schedule-part-ignored = Questa parte degli orari non vale per la loro frequenza e viene ignorata.
signpost-problem-import-too-large = Il file è troppo grande.

## Trovare un servizio (l'elenco pubblico, le pagine dei servizi e il promemoria)
signpost-find-title = Trovare un servizio
signpost-words = Parole
signpost-words-hint = Il nome di un servizio, che cosa fa o l'aiuto cercato, nella propria lingua o in quella dell'elenco. I piccoli errori di battitura sono tollerati.
signpost-point = Oppure un punto
signpost-point-hint = Latitudine e longitudine in gradi, separate da una virgola, per esempio 41.9028, 12.4964: usato al posto del codice postale.
error-point-invalid = Indicare il punto come latitudine, longitudine in gradi, per esempio 41.9028, 12.4964.
signpost-need = Tipo di aiuto necessario
signpost-any-need = Qualsiasi tipo di aiuto
signpost-language = Lingua parlata sul posto
signpost-any-language = Qualsiasi lingua
signpost-postcode = Vicino al codice postale
signpost-within = Entro
signpost-within-km = { $km } km
signpost-open = Aperto
signpost-open-any = Qualsiasi giorno
signpost-open-now = Aperto ora
signpost-open-on-mon = Il lunedì
signpost-open-on-tue = Il martedì
signpost-open-on-wed = Il mercoledì
signpost-open-on-thu = Il giovedì
signpost-open-on-fri = Il venerdì
signpost-open-on-sat = Il sabato
signpost-open-on-sun = La domenica
signpost-search = Cerca
signpost-found = Servizi trovati: { $count }
signpost-postcode-unknown = Nessun luogo di questo elenco ha questo codice postale, quindi non è possibile calcolare distanze a partire da esso. Controllare il codice postale, oppure cercare senza indicarlo.
signpost-km-away = A { $km } km
signpost-is-open = Aperto ora
signpost-is-closed = Chiuso ora
signpost-hours-unknown = Orari di apertura non indicati
signpost-not-active = Al momento questo servizio non è attivo.
signpost-where = Dove
signpost-hours = Orari di apertura
signpost-accessibility = Accessibilità
signpost-phones = Telefono
signpost-phone-languages = lingue al telefono: { $languages }
signpost-languages-spoken = Lingue parlate
signpost-bring = Cosa portare
signpost-cost = Costo
signpost-who = A chi si rivolge
signpost-apply = Come ottenere aiuto
signpost-contact = Contatti
signpost-back-to-search = ← Torna alla ricerca
signpost-back-to-service = ← Torna al servizio
signpost-slip-heading = Un promemoria da stampare
signpost-slip-intro = Indirizzo, orari di apertura e cosa portare in mezza pagina, nella lingua che la persona legge.
signpost-slip-own-words = Le descrizioni del servizio sono riportate così come le ha scritte l'elenco. Fonte:
signpost-ages = Età: da { $min } a { $max } anni.
signpost-age-from = Età: da { $min } anni in su.
signpost-age-to = Età: fino a { $max } anni.
signpost-day-mo = Lunedì
signpost-day-tu = Martedì
signpost-day-we = Mercoledì
signpost-day-th = Giovedì
signpost-day-fr = Venerdì
signpost-day-sa = Sabato
signpost-day-su = Domenica
signpost-nth-day = { $day ->
        [Domenica] { $nth ->
            [Primo] Prima
            [Secondo] Seconda
            [Terzo] Terza
            [Quarto] Quarta
            [Quinto] Quinta
            [Ultimo] Ultima
            [Penultimo] Penultima
           *[other] { $nth }
        } domenica
        [Sabato] { $nth } sabato
       *[other] { $nth } { $day }
    } del mese
signpost-nth-1 = Primo
signpost-nth-2 = Secondo
signpost-nth-3 = Terzo
signpost-nth-4 = Quarto
signpost-nth-5 = Quinto
signpost-nth--1 = Ultimo
signpost-nth--2 = Penultimo
error-need-invalid = Scegliere un tipo di aiuto dalla lista.
error-postcode-invalid = Il codice postale può contenere solo lettere, cifre e spazi, al massimo 16 caratteri.
error-within-invalid = Scegliere una distanza dalla lista.
error-open-invalid = Scegliere un giorno dalla lista.
signpost-time-span = { $opens }–{ $closes }
signpost-public-page = Chiunque può consultarlo, senza accedere, all'indirizzo:
error-proximity-invalid = Indicare una distanza in metri, da 0 a 1.000.000.
error-postcode-needed = Una distanza si misura da un codice postale: indicarne uno.
error-proximity-too-wide = Troppi luoghi sono così vicini: chiedere una distanza più breve.
signpost-calendar = Aggiungere gli orari di apertura a un calendario (iCalendar)

## Referrals
referral-refer = Inviare una persona a questo servizio
referral-back-to-service = Torna al servizio
referral-private = Gli invii dicono chi è stato mandato dove: li vede solo il personale, e ogni consultazione viene annotata nel registro di controllo.
field-person = Persona
hint-referral-person = Il codice con cui il team la conosce nelle consulenze (un numero di pratica, oppure le iniziali con l'anno di nascita). Lo stesso codice indica sempre la stessa persona.
field-need = Aiuto necessario
referral-need-none = Non indicato
field-mode = Che cosa si fa
referral-mode-signpost = Orientare: dire alla persona dove andare; non si comunica nulla che la riguardi
referral-mode-referral = Inviare: comunicare i suoi contatti al servizio
field-contact = Come il servizio può contattarla
hint-referral-contact = Solo per un invio che comunica i contatti; lasciare vuoto quando si orienta soltanto.
hint-referral-follow-up = Quando verificare che il servizio sia stato contattato. Tra una settimana, se non si cambia la data.
referral-consent-heading = Consenso
referral-consent-wording = Prima di andare avanti, dire alla persona con parole che capisce: scriveremo che le abbiamo indicato questo servizio e, se è d'accordo, daremo al servizio i suoi contatti. Più avanti le chiederemo com'è andata. Può chiederci in qualsiasi momento di cancellare tutto.
referral-consent-given = La persona è d'accordo
field-consent_method = Come ha dato il consenso
referral-consent-method-spoken = A voce
referral-consent-method-written = Per iscritto
referral-consent-method-online = Online
referral-make = Registrare l'invio
referral-list-title = Invii
referral-due-title = Invii da verificare
referral-find-to-refer = Trovare un servizio a cui inviare una persona
referral-none = Ancora nessun invio. Trovare un servizio e inviare una persona dalla sua pagina.
referral-none-due = Nessuna verifica da fare.
referral-made-on = Data dell'invio
referral-service = Servizio
referral-person-withdrawn = (consenso revocato)
referral-status-made = Fatto
referral-status-contacted = Servizio contattato
referral-status-seen = Persona ricevuta
referral-status-closed = Chiuso
referral-step-contacted = Il servizio è stato contattato
referral-step-seen = La persona è stata ricevuta dal servizio
referral-step-closed = Chiuderlo indicando com'è andata
referral-outcome-met = bisogno soddisfatto
referral-outcome-partly-met = bisogno soddisfatto in parte
referral-outcome-not-met = bisogno non soddisfatto
referral-outcome-not-taken-up = invio non utilizzato
referral-field-reason = Perché non ha risposto al bisogno
referral-reason-not-eligible = Non ha i requisiti
referral-reason-no-capacity = Il servizio non aveva posto
referral-reason-service-unreachable = Non è stato possibile contattare il servizio
referral-reason-person-unreachable = Non è stato possibile contattare la persona
referral-reason-did-not-attend = La persona non ci è andata
referral-reason-declined = La persona ha cambiato idea
referral-reason-documents-missing = Mancavano dei documenti
referral-reason-cost = Costava troppo
referral-reason-language-barrier = Nessuna lingua in comune
referral-reason-service-closed = Il servizio ha chiuso
referral-reason-consent-withdrawn = Consenso revocato
referral-reason-other = Un altro motivo
referral-title = Invio
referral-consent-withdrawn = consenso revocato
referral-next-step = Registrare il passaggio successivo
hint-referral-outcome = Solo alla chiusura. Prima che la persona sia stata ricevuta, un invio si può chiudere solo come «invio non utilizzato» o «bisogno non soddisfatto».
referral-not-closing = Non chiudere ancora
referral-no-reason = Nessun motivo indicato
hint-referral-next-follow-up = Quando verificare di nuovo. Tra due settimane, se non si cambia la data; nessuna verifica dopo la chiusura.
referral-record-step = Registrare il passaggio
referral-postpone = Verificare un altro giorno
referral-postpone-button = Fissare il giorno
referral-history = Che cosa è successo
referral-withdraw-heading = La persona revoca il consenso
referral-withdraw-intro = Tutto ciò che è annotato qui su di lei viene cancellato e l'invio non la nomina più. Resta comunque nei conteggi, come semplice numero.
referral-withdraw = Cancellare ciò che conserviamo su di lei
error-referral-mode-invalid = Scegliere se orientare o inviare.
error-referral-consent-missing = Un invio richiede il consenso della persona: leggerle le parole qui sopra e spuntare la casella quando è d'accordo.
error-referral-consent-method-invalid = Scegliere come la persona ha dato il consenso.
error-referral-status-invalid = Scegliere il passaggio dalla lista.
error-referral-value-invalid = Scegliere un valore dalla lista.
error-referral-move-backwards = Un invio va solo avanti: questo passaggio è già stato fatto.
error-referral-outcome-not-closing = L'esito si registra solo quando si chiude l'invio.
error-referral-reason-not-closing = Il motivo si registra solo quando si chiude l'invio.
error-referral-outcome-missing = Indicare com'è andata per chiudere l'invio.
error-referral-outcome-not-seen = Il bisogno può essere soddisfatto solo dopo che la persona è stata ricevuta: registrare prima quel passaggio, oppure chiudere come «invio non utilizzato».
error-referral-reason-missing = Indicare perché l'invio non ha risposto al bisogno.
error-referral-reason-when-met = Il bisogno è stato soddisfatto: non serve un motivo.
referral-refer-participant = Inviarlo a un servizio
referral-of-participant = I suoi invii
referral-finding-for = Si sta cercando un servizio per un partecipante: aprirne uno e inviarlo dalla sua pagina.
