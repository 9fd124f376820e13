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
signpost-imported = Servizi importati: { $services }. Avvisi: { $warnings }.
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
signpost-language-ar = Arabo
signpost-language-en = Inglese
signpost-language-es = Spagnolo
signpost-language-fa = Persiano (farsi, dari)
signpost-language-fr = Francese
signpost-language-it = Italiano
signpost-language-ku = Curdo
signpost-language-ps = Pashto
signpost-language-pt = Portoghese
signpost-language-ro = Rumeno
signpost-language-ru = Russo
signpost-language-so = Somalo
signpost-language-ti = Tigrino
signpost-language-tr = Turco
signpost-language-uk = Ucraino
signpost-language-ur = Urdu
error-need-invalid = Scegliere un tipo di aiuto dalla lista.
error-postcode-invalid = Il codice postale può contenere solo lettere, cifre e spazi, al massimo 16 caratteri.
error-within-invalid = Scegliere una distanza dalla lista.
error-open-invalid = Scegliere un giorno dalla lista.
signpost-list-separator = {", "}
signpost-time-span = { $opens }–{ $closes }
signpost-public-page = Chiunque può consultarlo, senza accedere, all'indirizzo:
error-proximity-invalid = Indicare una distanza in metri, da 0 a 1.000.000.
error-postcode-needed = Una distanza si misura da un codice postale: indicarne uno.
error-proximity-too-wide = Troppi luoghi sono così vicini: chiedere una distanza più breve.
signpost-calendar = Aggiungere gli orari di apertura a un calendario (iCalendar)
