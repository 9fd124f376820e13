# Sondaggi (Misurare)
survey-title = Sondaggi
survey-intro = Ponga alle persone con cui lavora — sia nuovi arrivati sia residenti di lunga data — le stesse domande prima e dopo il suo intervento, e legga le risposte con i loro margini di errore. I gruppi piccoli non vengono mai mostrati.
survey-none = Ancora nessun sondaggio.
survey-responses = Risposte
survey-status-open = Aperto alle risposte
survey-status-closed = Chiuso
survey-new = Avviare un sondaggio con questionari già pronti
hint-survey-title = Lasci vuoto per usare il titolo dei questionari.
survey-instruments = Questionari da includere
error-survey-instruments-missing = Scelga almeno un questionario.
survey-waves = Confrontare prima e dopo
hint-survey-waves = Chi risponde indica se risponde prima o dopo l'intervento e può indicare un codice personale, così che le risposte della stessa persona possano essere abbinate.
survey-invitation-only = Possono rispondere solo le persone con un codice di invito (ogni codice una sola volta)
survey-create = Crea il sondaggio
survey-import = Importa un XLSForm
survey-import-intro = Carichi un modulo preparato per KoboToolbox o ODK (.xlsx o .xls). Non viene creato nulla se anche una sola riga non è compresa; ogni problema è elencato con il suo foglio, la sua riga e la sua colonna.
survey-xlsform-file = Cartella di lavoro XLSForm
survey-import-button = Importa il modulo
survey-import-problems = Il modulo non è stato importato
import-field = Colonna
survey-holds = { $questions ->
    [one] { $questions } domanda
   *[other] { $questions } domande
}
survey-responses-count = { $n ->
    [one] { $n } risposta
   *[other] { $n } risposte
}
survey-results = Risultati
survey-entry = Inserisci un questionario cartaceo
survey-download-xlsform = Scarica in formato XLSForm
survey-download-responses = Scarica le risposte (XLSX, con le etichette)
survey-download-responses-csv = Scarica le risposte (CSV, con i codici)
survey-links = Link da condividere
survey-links-intro = Chiunque abbia un link può rispondere senza un account. Nulla che permetta di risalire alla persona — né indirizzo, né dispositivo, né ora del giorno — viene conservato insieme alla risposta.
survey-close = Non accettare più risposte
survey-open = Accetta di nuovo risposte
survey-invitations = Codici di invito
survey-invitations-held = { $n ->
    [one] Un codice creato.
   *[other] { $n } codici creati.
}
survey-invitations-used = { $n ->
    [one] Uno già usato.
   *[other] { $n } già usati.
}
survey-invitations-count = Quanti nuovi codici
survey-invitations-make = Crea i codici e scaricali
error-survey-invitations-count = Inserisca un numero da 1 a 2.000.
survey-figures = Dati reali
survey-figures-intro = Chi risponde stima questi dati; inserisca il dato locale reale e la sua fonte, così i risultati potranno mostrare lo scarto.
survey-figure-employment = Nuovi arrivati con un lavoro retribuito (%)
survey-figure-degree = Nuovi arrivati con una laurea (%)
survey-figure-benefits = Nuovi arrivati che ricevono sussidi (%)
survey-figure-actual = Dato reale: { $value } %
field-actual = Dato reale (%)
field-source-of-figure = Fonte
field-as_of = Data di riferimento
survey-figure-save = Salva il dato
error-survey-figure-invalid = Inserisca una percentuale da 0 a 100.
survey-back = Torna al sondaggio
survey-by = Confronta
survey-by-all = Tutti
survey-by-community = Per comunità
survey-by-wave = Prima e dopo
survey-total = { $n ->
    [one] { $n } risposta.
   *[other] { $n } risposte.
}
survey-group = Gruppo
survey-group-all = Tutti
survey-group-arriving = Persone arrivate negli ultimi anni
survey-group-receiving = Persone che vivono qui da molto tempo
survey-group-before = Prima
survey-group-after = Dopo
survey-suppression = I gruppi con meno di { $k } persone non vengono mostrati, e nemmeno i dati da cui si potrebbero ricavare.
survey-intervals = Gli intervalli indicati sono intervalli di confidenza al 95 %.
survey-mean = Media
survey-interval = Intervallo al 95 %
survey-concern = Pari o inferiore alla soglia di attenzione
survey-gap = Stima meno dato reale
survey-difference-community = Differenza, chi è arrivato negli ultimi anni meno chi vive qui da molto tempo:
survey-difference-wave = Differenza, dopo meno prima:
survey-difference-all = Differenza, chi è arrivato negli ultimi anni meno chi vive qui da molto tempo:
survey-difference-suppressed = La differenza non viene mostrata: un gruppo ha meno di { $k } risposte.
survey-effect-size = dimensione dell'effetto
survey-paired = { $n ->
    [one] Variazione per { $n } persona che ha risposto prima e dopo:
   *[other] Variazione tra { $n } persone che hanno risposto prima e dopo:
}
survey-paired-suppressed = La variazione appaiata non viene mostrata: meno di { $k } persone hanno risposto entrambe le volte.
survey-neutral = Neutrale
survey-questions = Domanda per domanda
survey-choice = Risposta
survey-public-intro = { $organisation } pone queste domande. Risponda solo a quelle che desidera: le risposte sono anonime.
survey-step = Pagina { $step }
survey-wave-question = Quando sta rispondendo?
survey-wave-before = Prima delle attività
survey-wave-after = Dopo le attività
survey-respondent = Il suo codice personale (facoltativo)
hint-survey-respondent = Ne scelga uno che ricorderà, per esempio le prime due lettere del nome di sua madre e il suo mese di nascita. La prossima volta indichi lo stesso codice, così le sue risposte potranno essere confrontate; dal codice non possiamo sapere chi è.
survey-invitation = Codice di invito
survey-next = Avanti
survey-send = Invia le mie risposte
survey-privacy = Le sue risposte sono conservate in forma cifrata. Non vengono conservati né l'indirizzo, né il dispositivo, né l'ora del giorno.
survey-thanks-title = Grazie
survey-thanks = Le sue risposte sono arrivate a { $organisation }.
survey-answers-problems = Alcune risposte vanno ricontrollate
error-survey-answers-invalid = Non è stato possibile accettare alcune risposte; le controlli e le invii di nuovo.
error-survey-wave-missing = Indichi se risponde prima o dopo.
error-survey-closed = Questo sondaggio non accetta più risposte.
error-survey-invitation-invalid = Questo codice di invito non è valido o è già stato usato.
error-answer-required = Questa domanda richiede una risposta.
error-answer-not-a-number = Inserisca un numero.
error-answer-not-an-integer = Inserisca un numero intero.
error-answer-out-of-range = Questo numero è fuori dall'intervallo consentito.
error-answer-off-step = Questo numero non corrisponde a nessuno degli incrementi consentiti.
error-answer-not-a-choice = Scelga una delle risposte proposte.
error-answer-choice-not-offered = Questa risposta non è prevista qui.
error-answer-duplicate-choice = Una risposta è stata scelta due volte.
error-answer-not-a-date = Inserisca una data nella forma anno-mese-giorno.
error-answer-not-a-time = Inserisca un orario nella forma ore:minuti.
error-answer-not-a-date-time = Inserisca una data e un orario.
error-answer-not-a-geopoint = Inserisca una latitudine e una longitudine separate da uno spazio.
error-answer-not-acknowledged = Spunti la casella.
error-answer-constraint = Questa risposta non è accettata.
error-answer-form-expression = Il modulo contiene una regola che non si riesce a calcolare.
error-answer-too-long = Questa risposta è troppo lunga.
error-answer-too-many = Sono state inviate troppe risposte.
error-answer-unknown-question = È stata inviata una risposta a una domanda che il modulo non contiene.
error-xlsform-choice-name-with-space = Il nome di un'opzione non può contenere spazi.
error-xlsform-choice-without-name = Un'opzione non ha un nome.
error-xlsform-duplicate-choice = Due opzioni dello stesso elenco hanno lo stesso nome.
error-xlsform-duplicate-column = La stessa colonna compare due volte (intestazione di colonna duplicata).
error-xlsform-duplicate-name = Due domande hanno lo stesso nome.
error-xlsform-duplicate-sheet = Due fogli hanno lo stesso nome.
error-xlsform-export-failed = Non è stato possibile scrivere il modulo come cartella di lavoro.
error-xlsform-invalid-name = Un nome deve iniziare con una lettera o un trattino basso e contenere solo lettere, cifre, punti, trattini e trattini bassi.
error-xlsform-invalid-parameters = Non è possibile leggere i parametri di questa domanda.
error-xlsform-media-column = Immagini, audio e video nei moduli non sono supportati.
error-xlsform-missing-calculation = Una domanda di tipo calculate richiede un calcolo.
error-xlsform-missing-list = L'elenco di opzioni usato da questa domanda non esiste.
error-xlsform-missing-name = Questa domanda non ha un nome.
error-xlsform-missing-type = Questa riga non ha un tipo.
error-xlsform-no-survey = La cartella di lavoro non ha un foglio survey.
error-xlsform-no-type-column = Il foglio survey non ha una colonna type.
error-xlsform-reserved-name = Questo nome è riservato da XLSForm.
error-xlsform-too-many-problems = I problemi sono più di quanti se ne possano elencare; corregga prima questi.
error-xlsform-unclosed-group = Un gruppo viene aperto e mai chiuso.
error-xlsform-unknown-type = Questo tipo di domanda non esiste in XLSForm.
error-xlsform-unmatched-end = Viene chiuso un gruppo che non è mai stato aperto.
error-xlsform-unsupported-calculation = Questo calcolo non è supportato.
error-xlsform-unsupported-column = bridges non supporta questa colonna.
error-xlsform-unsupported-expression = Questa espressione usa qualcosa che bridges non supporta.
error-xlsform-unsupported-parameters = Questi parametri non sono supportati.
error-xlsform-unsupported-setting = bridges non supporta questa impostazione.
error-xlsform-unsupported-type = bridges non può porre questo tipo di domanda (foto, audio, file, ripetizioni, opzioni da file, mappe).
error-xlsform-empty-survey = Il foglio survey non contiene domande.
error-survey-by-invalid = Scelga all (tutti), community (per comunità) o wave (prima e dopo).
error-survey-closed-detail = Chi gestisce questo sondaggio non raccoglie più risposte. Non è stato salvato nulla.
error-survey-invitation-invalid-detail = Ogni codice di invito vale una sola volta e solo per questo sondaggio. Non è stato salvato nulla.
survey-import-responses = Importare risposte raccolte altrove
survey-import-responses-intro = Carichi un'esportazione delle compilazioni da KoboToolbox o ODK (CSV o XLSX, con codici o etichette), oppure un file di risposte esportato da qui. Ogni riga è controllata come una risposta data dal link; non si aggiunge nulla se una riga è sbagliata, e una compilazione già importata viene saltata.
survey-responses-file = File delle compilazioni
survey-import-responses-button = Importare le risposte
survey-import-responses-problems = Le risposte non sono state importate
survey-imported = { $rows ->
    [one] { $rows } riga letta
   *[other] { $rows } righe lette
}, { $added ->
    [one] { $added } nuova risposta aggiunta.
   *[other] { $added } nuove risposte aggiunte.
}
indicator-source-survey-score = Media di un punteggio di sondaggio
field-survey_score = Punteggio del sondaggio
hint-survey_score = Per un indicatore che legge un sondaggio: il punteggio di cui segue la media, periodo per periodo.
field-survey_group = Tra
error-survey-not-a-source = Solo un indicatore che legge un sondaggio accetta un punteggio di sondaggio.
error-survey-score-missing = Scelga il punteggio del sondaggio che questo indicatore segue.
error-survey-group-invalid = Scelga tutti, chi è arrivato o chi accoglie.
survey-actual-line = Reale
