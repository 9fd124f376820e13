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
error-postcode-search-not-offered = Questo elenco non permette ancora di cercare vicino a un codice postale.

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
