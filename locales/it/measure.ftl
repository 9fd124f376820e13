# Measure: the dashboard, activities, advice, indicators, reviews.
measure-title = Misurare
measure-dashboard = Pannello
measure-activities = Attività
measure-advice = Consulenze e presa in carico
measure-indicators = Indicatori
measure-whole-organisation = Tutta l'organizzazione
measure-show = Mostra
measure-year-so-far = Dall'inizio del { $year }
measure-activities-logged = Attività registrate
measure-attendance = Presenze
measure-people-advised = Persone che hanno ricevuto consulenza
measure-occasions = Colloqui di consulenza
measure-volunteer-hours = Ore di volontariato
measure-languages-used = Lingue usate
measure-suppression-note = I numeri che riguardano meno di { $k } persone non vengono mostrati, così nessuno può essere riconosciuto.
measure-attention = Richiede attenzione
measure-objectives = Gli obiettivi e i loro indicatori
measure-no-indicators = Ancora nessun indicatore.
measure-define-first = Definisca il primo.
measure-objective-unmeasured = Nessun indicatore misura ancora questo obiettivo.
measure-export-xlsx = Scarica i valori (XLSX)
measure-calendar = Calendario delle sessioni (iCalendar)
measure-reviews = Revisioni
measure-next-review = Prossima revisione prevista il { $date }.
measure-no-reviews = Ancora nessuna revisione registrata.
measure-record-review = Registra una revisione
measure-fewer-than = meno di { $k }
measure-hidden = nascosto
measure-no-data = Ancora nessun dato
measure-baseline = Valore di partenza
measure-target = Traguardo
measure-actual = Ultimo valore
measure-progress = Avanzamento verso il traguardo
measure-status = Stato
measure-status-achieved = Traguardo raggiunto
measure-status-on-track = In linea
measure-status-off-track = In ritardo
measure-status-no-target = Nessun traguardo
measure-status-no-data = Nessun dato
measure-status-stale = Non aggiornato
measure-values = Valori per periodo
measure-value = Valore
measure-enter-value = Inserisci un valore
measure-define = Definisci un indicatore
measure-any-kind = Qualsiasi tipo
measure-all-programmes = Tutti i programmi
measure-no-objective = Nessun progetto né obiettivo
measure-log-activity = Registra un'attività
measure-more-breakdowns = Per genere ed età
measure-latest-activities = Ultime attività
measure-activity-count = { $count ->
    [one] Un'attività registrata.
   *[other] { $count } attività registrate.
}
measure-no-activities = Ancora nessuna attività registrata.
measure-no-project = Nessun progetto
measure-delete = Elimina
measure-series = Sessioni periodiche
measure-series-intro = Una sessione che si ripete ogni settimana o a distanza di qualche settimana, definita una volta sola. Il suo calendario si può aggiungere a qualsiasi app di calendario.
measure-no-series = Ancora nessuna sessione periodica.
measure-series-every = { $weeks ->
    [one] ogni settimana
   *[other] ogni { $weeks } settimane
}
measure-add-series = Aggiungi una sessione periodica
measure-advice-private = Questa pagina è visibile solo al personale. Le persone assistite sono indicate con un codice, mai con il nome; codici e note sono cifrati.
measure-overdue = Ricontatti in ritardo
measure-no-overdue = Nessun ricontatto è in ritardo.
measure-follow-up-done = Fatto
measure-record-advice = Registra un colloquio di consulenza
measure-recent-advice = Ultimi colloqui
measure-no-advice = Ancora nessuna consulenza registrata.

activity-kind-event = Evento
activity-kind-session = Sessione
activity-kind-training = Formazione
activity-kind-meeting = Incontro con i decisori
activity-kind-publication = Pubblicazione
activity-kind-campaign = Azione di campagna
activity-kind-referral = Invio a un servizio
activity-kind-booking = Prenotazione di una sala o di un evento
activity-kind-other = Altro

advice-outcome-resolved = Risolto
advice-outcome-ongoing = In corso
advice-outcome-referred = Inviato a un altro servizio
advice-outcome-closed = Chiuso

indicator-source-manual = Inserito a mano, indicando la fonte
indicator-source-activities = Numero di attività
indicator-source-attendance = Persone presenti alle attività
indicator-source-volunteer-hours = Ore di volontariato
indicator-source-languages = Lingue usate nelle attività
indicator-source-people-advised = Persone che hanno ricevuto consulenza (ciascuna contata una volta sola)
indicator-source-advice-occasions = Colloqui di consulenza
indicator-source-check-ins = Verifiche delle coppie (Collegare)
indicator-source-contact-hours = Ore trascorse insieme dalle coppie (Collegare)
indicator-source-contact-quality = Qualità del contatto, da 1 a 7 (Collegare)
indicator-source-referrals-made = Invii ai servizi (Elenco dei servizi)
indicator-source-people-referred = Persone inviate, ciascuna contata una volta sola (Elenco dei servizi)
indicator-source-referrals-completed = Invii che hanno soddisfatto il bisogno, del tutto o in parte (Elenco dei servizi)

period-month = Mese
period-quarter = Trimestre
period-year = Anno

breakdown-none = Nessuna suddivisione
breakdown-community = Comunità dei nuovi arrivati e comunità di accoglienza
breakdown-gender = Genere
breakdown-age = Fascia d'età

group-arriving = Comunità dei nuovi arrivati
group-receiving = Comunità di accoglienza
group-women = Donne
group-men = Uomini
group-another = Altro genere
group-under-18 = Meno di 18 anni
group-18-25 = Da 18 a 25 anni
group-26-64 = Da 26 a 64 anni
group-65-plus = 65 anni e oltre

direction-up = Più è alto, meglio è
direction-down = Più è basso, meglio è

field-date = Data
field-time = Ora di inizio
field-activity_kind = Tipo di attività
field-duration_minutes = Durata in minuti
field-place = Luogo
field-project = Progetto
field-programme = Programma
field-topics = Temi
field-languages = Lingue usate
field-attendees = Persone presenti
field-arriving = Dalla comunità dei nuovi arrivati
field-receiving = Dalla comunità di accoglienza
field-women = Donne
field-men = Uomini
field-gender_another = Altro genere
field-age_under_18 = Meno di 18 anni
field-age_18_25 = Da 18 a 25 anni
field-age_26_64 = Da 26 a 64 anni
field-age_65_plus = 65 anni e oltre
field-volunteers = Volontari
field-volunteer_hours = Ore di volontariato in totale
field-notes = Note
field-client = Codice della persona assistita
field-topic = Argomento
field-outcome = Esito
field-referral = Inviato a
field-follow_up = Ricontattare entro il
field-unit = Unità di misura
field-direction = Quale direzione è positiva
field-source = Da dove vengono i numeri
field-period = Periodo
field-baseline = Valore di partenza
field-baseline_on = Data del valore di partenza
field-target_on = Data del traguardo
field-disaggregation = Suddiviso per
field-frameworks = Voci di quadri di riferimento
field-value = Valore
field-evidence = Fonte del dato
field-held_on = Data della revisione
field-concluded = Che cosa ha concluso il gruppo di lavoro
field-decided = Che cosa ha deciso il gruppo di lavoro
field-next_on = Prossima revisione
field-every_weeks = Ogni quante settimane
field-until = Ultima data

hint-attendees = Tutte le persone che sono venute. I gruppi qui sotto sono parti di questo numero; lasciare vuoto un gruppo se nessuno lo ha contato.
hint-volunteer_hours = Le ore di tutti i volontari sommate insieme, per esempio 4,5.
hint-languages = Codici di lingua separati da virgole, per esempio ar, en, ps.
hint-topics = Voci di quadri di riferimento o temi propri, separati da virgole, per esempio indicators-of-integration:bridges, eu-cbp:7.
hint-client = Un numero di pratica oppure le iniziali con l'anno di nascita: mai un nome. Lo stesso codice indica sempre la stessa persona.
hint-topic = Su che cosa la persona ha chiesto aiuto, per esempio la casa o il diritto al lavoro.
hint-unit = Per esempio persone, ore, sessioni o %.
hint-frameworks = Per esempio indicators-of-integration:bridges, eu-cbp:7.
hint-period = Nella forma 2026-03 per un mese, 2026-Q1 per un trimestre o 2026 per un anno.
hint-evidence = Da dove viene il dato: un registro, un sondaggio, il rapporto di un partner.
hint-concluded = Come procede il lavoro rispetto ai suoi obiettivi, con le parole del gruppo di lavoro.

# Import and export
measure-import-export = Importa ed esporta
measure-downloads = Download
measure-activities-xlsx = Scarica le attività (XLSX)
measure-import-activities = Importa attività
measure-import-indicators = Importa valori degli indicatori
measure-import-intro-activities = Carichi un file CSV o una cartella di lavoro Excel (.xlsx, primo foglio) la cui prima riga dà il nome alle colonne, come nel download delle attività. Le colonne date, activity_kind e title sono obbligatorie; project contiene il titolo di un progetto. Se una riga ha un problema, non viene importato nulla e ogni problema è elencato con la sua riga e la sua colonna.
measure-import-intro-indicators = Carichi il download dei valori, completato con i valori degli indicatori inseriti a mano. Vengono lette le colonne indicator_id, period, value ed evidence, le altre sono lasciate da parte; una riga senza valore viene saltata. Se una riga ha un problema, non viene importato nulla e ogni problema è elencato con la sua riga e la sua colonna.
measure-activities-imported = { $count ->
    [one] È stata importata un'attività.
   *[other] Sono state importate { $count } attività.
}
measure-values-imported = { $count ->
    [one] È stato importato un valore.
   *[other] Sono stati importati { $count } valori.
}

error-count-invalid = Inserisca un numero intero da 0 a 100.000.
error-codes-invalid = Usi codici brevi separati da virgole (lettere, cifre e - : _ .), al massimo 50.
error-time-invalid = Inserisca un orario in ore e minuti, per esempio 18:30.
error-activity-kind-invalid = Scelga un tipo di attività dall'elenco.
error-duration-invalid = Inserisca la durata in minuti, da 1 a 10.080.
error-hours-invalid = Inserisca le ore come numero, per esempio 4,5.
error-breakdown-exceeds-attendees = La somma dei gruppi supera il numero delle persone presenti.
error-advice-outcome-invalid = Scelga un esito dall'elenco.
error-follow-up-before-contact = La data per ricontattare non può essere precedente al colloquio.
error-follow-up-missing = Indichi entro quando ricontattare la persona, se il caso è in corso.
error-direction-invalid = Scelga se è meglio un valore più alto o più basso.
error-indicator-source-invalid = Scelga da dove vengono i numeri.
error-programme-not-a-source = Si può scegliere un programma solo per numeri che vengono da Collegare.
error-objective-needs-project = Scelga il progetto a cui appartiene l'obiettivo.
error-target-before-baseline = La data del traguardo deve essere successiva alla data del valore di partenza.
error-period-invalid = Inserisca un periodo nella forma 2026-03, 2026-Q1 o 2026, secondo il periodo dell'indicatore.
error-disaggregation-invalid = Si possono suddividere solo le presenze.
error-indicator-counted = Questo indicatore viene calcolato da ciò che è registrato: i suoi valori non si possono inserire a mano.
error-next-review-before-review = La prossima revisione deve venire dopo questa.
error-every-weeks-invalid = Inserisca un numero di settimane da 1 a 52.

measure-pairs = Coppie nei programmi di Connect
measure-pairs-meeting = Coppie che si incontrano
measure-pairs-quiet = Senza notizie
measure-pairs-closed = Chiuse
measure-waiting = Nuovi arrivati in attesa
measure-wait-days = Giorni di attesa (mediana / più lunga)

measure-templates = Partire da un insieme di indicatori
measure-templates-intro = Ogni insieme aggiunge gli indicatori che contiene e che non sono ancora presenti. Quelli calcolati da ciò che si registra si compilano da soli; in seguito indichi per ciascuno un valore di partenza e un traguardo.
measure-template-set = Insieme di indicatori
measure-templates-add = Aggiungi l'insieme
template-set-forum = Contatori e parametri di riferimento di un forum
template-set-zaragoza = Indicatori fondamentali di Zaragoza
template-set-indicators-of-integration = I 14 ambiti del quadro degli indicatori di integrazione
template-set-focus = Contatto tra le comunità (FOCUS)
template-forum-people-advised = Persone che hanno ricevuto consulenza
template-forum-advice-occasions = Colloqui di consulenza
template-forum-people-referred = Persone inviate a un servizio
template-forum-referrals-completed = Invii che hanno risposto al bisogno
template-forum-bookings = Prenotazioni di sale, eventi e formazioni
template-forum-capacity-sessions = Sessioni di rafforzamento delle capacità
template-forum-people-trained = Persone formate
template-forum-policy-meetings = Incontri con i decisori
template-forum-publications = Pubblicazioni
template-forum-campaign-actions = Azioni di campagna
template-forum-volunteer-hours = Ore di volontariato
template-forum-languages = Lingue usate dai nostri volontari
template-forum-health-access = Miglioramenti nell'accesso ai servizi sanitari
template-zaragoza-employment = Tasso di occupazione dei nuovi arrivati
template-zaragoza-education = Nuovi arrivati con almeno il diploma di scuola secondaria superiore
template-zaragoza-poverty = Nuovi arrivati a rischio di povertà o esclusione sociale
template-zaragoza-citizenship = Nuovi arrivati soggiornanti di lungo periodo o con la cittadinanza
template-zaragoza-health = Nuovi arrivati che dichiarano di essere in buona salute
template-iio-work = Progressi segnalati – Lavoro
template-iio-housing = Progressi segnalati – Abitazione
template-iio-education = Progressi segnalati – Istruzione
template-iio-health-and-social-care = Progressi segnalati – Salute e assistenza sociale
template-iio-leisure = Progressi segnalati – Tempo libero
template-iio-bonds = Progressi segnalati – Legami: all'interno del proprio gruppo
template-iio-bridges = Progressi segnalati – Ponti: con altri gruppi
template-iio-links = Progressi segnalati – Collegamenti: con le istituzioni
template-iio-language-and-communication = Progressi segnalati – Lingua e comunicazione
template-iio-culture = Progressi segnalati – Cultura
template-iio-digital-skills = Progressi segnalati – Competenze digitali
template-iio-safety = Progressi segnalati – Sicurezza
template-iio-stability = Progressi segnalati – Stabilità
template-iio-rights-and-responsibilities = Progressi segnalati – Diritti e responsabilità
template-focus-contact-quality = Qualità del contatto nelle coppie
template-focus-contact-meetings = Incontri delle coppie
template-focus-contact-hours = Ore trascorse insieme dalle coppie
template-focus-mixed-sessions = Persone di entrambe le comunità presenti alle sessioni
unit-people = persone
unit-occasions = colloqui
unit-referrals = invii
unit-activities = attività
unit-hours = ore
unit-languages = lingue
unit-percent = %
unit-count = numero
unit-rating = 1–7
measure-measuring = Indicatori che misurano { $item }.
measure-all-indicators = Tutti gli indicatori
measure-objective-progress = { $good ->
    [one] { $good } indicatore su { $judged } in linea con il percorso.
   *[other] { $good } indicatori su { $judged } in linea con il percorso.
}
measure-threshold = Numeri piccoli
measure-threshold-save = Salva
field-threshold = Nascondi i conteggi inferiori a
hint-threshold = Volontari e lettori vedono «meno di» questo numero al posto di un conteggio più piccolo. Almeno 5; 10 è la prassi comune.
error-threshold-invalid = Inserisci un numero intero da 5 a 1.000.
measure-publish-calendar = Pubblica il calendario
measure-calendar-published = Il calendario ha un link pubblico. Chi lo ha può aggiungere gli incontri alla propria agenda; mostra titoli, orari, luoghi e lingue, nulla sulle persone.
measure-calendar-not-published = Il calendario non è pubblicato. Pubblicarlo gli dà un link a cui chiunque può iscriversi: titoli, orari, luoghi e lingue degli incontri, nulla sulle persone.
measure-calendar-new-link = Crea un nuovo link (quello vecchio smette di funzionare)
measure-calendar-link-made = Ecco il link del calendario. Copialo ora: non verrà più mostrato.
error-project-ambiguous = Più progetti hanno questo titolo: indichi invece l'identificativo del progetto.
error-value-repeated = Questo indicatore ha già un valore per questo periodo più in alto nel file.
measure-no-programme = Nessun programma
error-programme-ambiguous = Più programmi hanno questo nome: indichi invece l'identificativo del programma.
field-indicator-need = Invii per il bisogno
hint-indicator-need = Solo per un conteggio di invii: quelli per questo bisogno (un bisogno più ampio comprende quelli più specifici).
measure-any-need = Qualsiasi bisogno
