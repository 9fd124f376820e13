## Connect: programmes, participants, rounds, pairs, check-ins
audit-kind-personal-data-viewed = Dati personali consultati
audit-kind-personal-data-changed = Dati personali modificati
audit-kind-personal-data-exported = Dati personali esportati
audit-kind-personal-data-erased = Dati personali cancellati
audit-kind-outcomes-published = Pagina pubblica pubblicata o ritirata
programmes-title = Programmi di abbinamento
programmes-intro = Affiancamento tra pari (buddy), scambio linguistico, mentoring e osservazione sul lavoro (shadowing): le persone si iscrivono, il sistema propone delle coppie spiegando il perché di ciascuna, e la decisione resta a chi coordina.
programmes-none = Ancora nessun programma.
programmes-new = Avvia un programma
programmes-create = Crea il programma
field-kind = Tipo di programma
kind-buddy = Affiancamento tra pari (buddy)
kind-language-exchange = Scambio linguistico
kind-mentoring = Mentoring
kind-shadowing = Osservazione sul lavoro (shadowing)
kind-hint-buddy = una persona del posto aiuta un nuovo arrivato a orientarsi tra lingua, servizi e quartiere.
kind-hint-language-exchange = due persone si insegnano a vicenda la propria lingua, a turno.
kind-hint-mentoring = una persona con esperienza professionale sostiene chi sta ricostruendo qui la propria carriera.
kind-hint-shadowing = un nuovo arrivato segue nel suo lavoro un amministratore eletto o un funzionario pubblico.
programme-newcomers = Nuovi arrivati
programme-volunteers = Volontari
programme-waiting = In attesa di abbinamento
programme-longest-wait = { $days ->
    [one] l'attesa più lunga: { $days } giorno
   *[other] l'attesa più lunga: { $days } giorni
}
programme-proposed = Coppie proposte in attesa di decisione
programme-held = Coppie accettate o che si incontrano
programme-quiet = Coppie senza notizie
intake-title = Link di iscrizione
intake-open-intro = Chiunque abbia questo link può iscriversi, in una qualsiasi delle lingue di bridges. Conviene condividerlo solo dove si vogliono raccogliere le iscrizioni.
intake-closed = L'iscrizione tramite link è chiusa. Si può aprire nelle impostazioni.
intake-renew = Sostituisci il link
intake-intro = Questo programma è gestito da { $organisation }. Qualche informazione in più ci aiuterà a trovare la persona giusta con cui fare coppia.
intake-who = Mi iscrivo come
intake-side-newcomer = persona arrivata da poco, che cerca qualcuno con cui fare coppia
intake-side-volunteer = volontario o volontaria, che offre il proprio tempo
intake-consent-title = Che cosa accetto
intake-privacy = Solo il personale del programma può vedere queste informazioni. Sono conservate in forma cifrata e usate solo per trovare una persona con cui fare coppia e per restare in contatto a questo scopo.
intake-submit = Invia l'iscrizione
intake-thanks-title = Grazie per l'iscrizione
intake-thanks = { $organisation } si farà sentire appena avrà trovato una persona con cui fare coppia.
consent-pairing = Acconsento a che il personale del programma conservi ciò che ho scritto qui per trovarmi una persona con cui fare coppia, e comunichi il mio nome e i miei contatti a questa persona dopo la presentazione.
consent-check-ins = Acconsento a che il personale mi contatti ogni tanto per chiedermi come vanno gli incontri.
consent-staff-confirm = Questa persona ha acconsentito a che conserviamo i suoi dati per trovarle qualcuno con cui fare coppia, e comunichiamo i suoi contatti alla persona abbinata.
consent-staff-recorded = Il personale ha registrato che la persona ha acconsentito alla conservazione dei suoi dati per l'abbinamento e alla loro comunicazione alla persona abbinata.
consent-import-confirm = Tutte le persone in questo file hanno acconsentito a che conserviamo i loro dati per trovare loro qualcuno con cui fare coppia, e comunichiamo i loro contatti alla persona abbinata.
consent-import-recorded = Importato da un foglio di calcolo; il personale ha confermato che la persona ha acconsentito alla conservazione dei suoi dati per l'abbinamento e alla loro comunicazione alla persona abbinata.
consents-title = Consenso
consents-none = Nessun consenso registrato.
consent-withdrawn = revocato
consent-purpose-pairing = Abbinamento
consent-purpose-check-ins = Verifiche
settings-title = Impostazioni del programma
settings-intake-open = Ci si può iscrivere tramite il link
field-quiet_after_days = Segnala una coppia come «senza notizie» dopo questo numero di giorni senza verifiche
field-retention_days = Cancellare le persone inattive da questo numero di giorni
hint-retention_days = Le persone che si sono ritirate, o le cui coppie sono tutte concluse, vengono cancellate definitivamente quando nulla che le riguarda è cambiato per questo periodo (da 30 a 3.650 giorni). Lasciare vuoto per cancellare solo a mano.
error-retention-out-of-range = Indicare un numero di giorni da 30 a 3.650, oppure lasciare vuoto.
person-rights-title = I suoi dati e i suoi diritti
person-rights-intro = Ognuno può chiedere di vedere tutto ciò che si conserva su di sé e di farlo cancellare.
person-export-json = Scaricare tutto ciò che si conserva (JSON)
person-export-csv = Scaricare tutto ciò che si conserva (CSV)
person-erase = Cancellare questa persona ovunque
person-erase-confirm = Capisco che non si può annullare: scheda, consensi, coppie, motivazioni e incontri spariscono per sempre.
error-erase-not-confirmed = Spuntare la casella per confermare la cancellazione.
settings-questions = Domande poste al momento dell'iscrizione
question-speaks = Lingue parlate
question-learns = Lingue che si vogliono imparare
question-interests = Interessi
question-area = Zona in cui si vive e distanza che si è disposti a percorrere
question-availability = Momenti liberi durante la settimana
question-gender = Genere ed eventuale preferenza sul genere della persona partner
question-field = Professione o settore
question-minor = Se il nuovo arrivato ha meno di 18 anni
settings-rules = Regole che nessuna coppia può violare
settings-rules-hint = Una coppia che viola anche una sola di queste regole non viene mai proposta.
rule-shared_language = Le due persone hanno una lingua in comune, parlata da entrambe almeno a livello di conversazione.
rule-complementary_languages = Ciascuna parla una lingua che l'altra vuole imparare.
rule-within_reach = Abitano entro la distanza che entrambe sono disposte a percorrere (o nella stessa zona).
rule-respect_gender_preference = Viene rispettata la preferenza espressa sul genere della persona partner.
rule-minors_need_vetted = I nuovi arrivati minorenni vengono abbinati solo a volontari che hanno completato la verifica per la tutela dei minori.
rule-same_field = Lavorano nello stesso settore.
rule-min-slots = { $slots ->
    [one] Hanno in comune almeno { $slots } momento libero alla settimana.
   *[other] Hanno in comune almeno { $slots } momenti liberi alla settimana.
}
field-min_shared_slots = Momenti liberi alla settimana da avere in comune (0 per nessuna regola)
settings-weights = Che cosa conta di più
settings-weights-hint = Da 0 (non conta) a 10 (conta moltissimo). Il punteggio di ogni coppia somma questi pesi, e ogni proposta mostra che cosa ha contato.
weight-language = Lingue
weight-interests = Interessi in comune
weight-distance = Vicinanza
weight-availability = Momenti liberi in comune
weight-field = Stesso settore
weight-waiting = Tempo di attesa già trascorso
settings-fairness = Equità tra gruppi
settings-fairness-hint = Ogni turno mostra le differenze nei tassi di abbinamento tra i gruppi. Un limite massimo permette di favorire i gruppi abbinati meno spesso, senza ridurre il numero totale di persone abbinate.
field-fairness_by = Confronta i gruppi per
dimension-language = lingua principale
dimension-gender = genere
dimension-area = zona
field-max_gap = Divario massimo ammesso tra i tassi di abbinamento dei gruppi, in punti percentuali (vuoto per nessun limite)
settings-save = Salva le impostazioni
settings-reset = Torna ai valori predefiniti per questo tipo di programma
participants-title = Partecipanti
participants-private = Dati personali: ogni visualizzazione di questa pagina viene scritta nel registro di controllo.
participants-add = Aggiungi una persona
participants-none = Non si è ancora iscritto nessuno.
participants-days = Giorni dall'iscrizione
participants-source = Provenienza
source-staff = inserimento del personale
source-intake = link di iscrizione
source-import = importazione
participant-withdrawn = fuori dal programma
participant-edit = Correggi i dati
participant-save = Salva i dati
participant-withdraw = Ritira dal programma
participant-restore = Riporta nel programma
field-side = Partecipa come
side-newcomer = Nuovo arrivato
side-volunteer = Volontario
field-phone = Telefono
hint-contact-optional = Facoltativo. Viene comunicato alla persona abbinata solo dopo la presentazione.
field-contact_language = Lingua in cui scrivere alla persona
field-speaks = Lingue parlate
field-learns = Lingue da imparare
field-level = Livello
level-beginner = Principiante
level-conversational = Conversazione
level-fluent = Fluente
level-native = Madrelingua
field-interests = Interessi
hint-interests = Separati da virgole, per esempio: cucina, calcio, musica.
field-field = Professione o settore
hint-field = Per esempio: infermieristica, ingegneria, amministrazione locale.
field-area = CAP o quartiere
hint-area = Serve solo a trovare qualcuno nelle vicinanze.
field-travel_km = Distanza che la persona è disposta a percorrere, in km
field-lat = Latitudine
field-lon = Longitudine
hint-coordinates = Facoltativo, in gradi decimali (per esempio 50.85 e 4.35). Senza coordinate, gli abbinamenti si basano sulla zona.
field-availability = Momenti liberi durante la settimana
day-mon = Lunedì
day-tue = Martedì
day-wed = Mercoledì
day-thu = Giovedì
day-fri = Venerdì
day-sat = Sabato
day-sun = Domenica
part-morning = Mattina
part-afternoon = Pomeriggio
part-evening = Sera
field-gender = Genere
field-gender_preference = Genere della persona partner
gender-unsaid = Preferisce non dirlo
gender-any = Nessuna preferenza
gender-woman = Donna
gender-man = Uomo
gender-non-binary = Non binario
field-minor = Il nuovo arrivato ha meno di 18 anni
field-capacity = Quanti nuovi arrivati un volontario segue contemporaneamente
hint-capacity = Per i nuovi arrivati: lasciare 1.
field-vetted = Il volontario ha completato la verifica per la tutela dei minori
field-note = Note per il personale
hint-note = Visibili solo al personale.
import-title = Importa da un foglio di calcolo
import-intro = Si può caricare un file CSV o una cartella di lavoro Excel (.xlsx, primo foglio). La prima riga contiene i nomi delle colonne, come nel modello. Se anche una sola riga ha un problema, non viene importato niente, e ogni problema viene elencato con la sua riga.
import-template = Scarica il modello (CSV)
import-file = Il file
import-submit = Controlla e importa
import-done = { $count ->
    [one] È stata importata una persona.
   *[other] Sono state importate { $count } persone.
}
import-problems = { $count ->
    [one] Il file ha un problema
   *[other] Il file ha { $count } problemi
}
import-nothing-imported = Non è stato importato niente. Correggere il file e caricarlo di nuovo.
import-line = Riga
import-column = Colonna
import-problem = Problema
round-title = Turno di abbinamento
round-intro = Un turno propone l'abbinamento che mette in coppia il maggior numero possibile di persone e, a parità di questo, ottiene il punteggio totale più alto. Le coppie accettate e bloccate restano; per tutte le altre si fanno nuove proposte.
round-run = Avvia un turno
round-running = Un turno è in corso
round-running-for = In corso da { $seconds } s. Questa pagina si aggiorna da sola; le altre pagine restano utilizzabili.
round-step-starting = Lettura del programma
round-step-shortlisting = Ricerca dei migliori candidati per ogni nuovo arrivato
round-step-solving = Ricerca dell'abbinamento migliore
round-step-pricing = Verifica di tutte le altre coppie possibili
round-step-explaining = Spiegazione delle attese
error-round-failed = Il turno non è stato completato. Non è stato salvato nulla; avvialo di nuovo.
round-last = L'ultimo turno
round-ran-at = Avviato il
round-counts = Proposte
round-counts-value = { $proposals ->
    [one] Coppia proposta: { $proposals }
   *[other] Coppie proposte: { $proposals }
} — { $newcomers ->
    [one] nuovo arrivato in attesa: { $newcomers }
   *[other] nuovi arrivati in attesa: { $newcomers }
} — { $volunteers ->
    [one] volontario con posti liberi: { $volunteers }
   *[other] volontari con posti liberi: { $volunteers }
}
round-optimal = Ottimale?
round-proved = Sì, è dimostrato: il certificato fornito dal sistema è stato verificato.
round-not-proved = Non dimostrato. Si prega di segnalarlo.
round-proposals = Coppie proposte
round-no-proposals = Non ci sono proposte su cui decidere.
round-accept-all = { $count ->
    [one] Accetta { $count } proposta
   *[other] Accetta tutte le { $count } proposte
}
round-accept-all-check = { $count ->
    [one] { $count } proposta diventa una coppia accettata; i turni successivi mantengono le coppie accettate.
   *[other] Tutte le { $count } proposte diventano coppie accettate, in tutte le pagine e non solo quelle mostrate qui; i turni successivi mantengono le coppie accettate.
}
round-accept-all-yes = Sì, accetta tutte le { $count }
round-swap-with = Oppure dai a questa persona un altro volontario
round-swap-option = { $volunteer } (ora con { $newcomer })
round-joined-since = Arrivato dopo l'ultimo turno, o di nuovo libero da allora: il prossimo turno lo includerà.
round-score = Punteggio
round-why = Perché questa coppia
round-decide = Decisione
round-locked = bloccata
round-swap = Scambia i partner
round-done-accept = Proposta accettata: ora è una coppia in attesa della presentazione.
round-done-reject = Proposta rifiutata: i prossimi turni non proporranno più insieme queste due persone.
round-done-lock = Bloccata: { $pair }. I prossimi turni mantengono questa proposta così com’è.
round-done-unlock = Sbloccata: { $pair }. Il prossimo turno potrà proporre loro altre persone.
round-done-swap = Partner scambiati. Ora { $first } e { $second }.
round-done-open = Apri la coppia
round-waiting = Ancora in attesa, e perché
round-reason = Motivo
pair-action-accept = Accetta
pair-action-reject = Rifiuta
pair-action-lock = Blocca
pair-action-unlock = Sblocca
pair-action-introduce = Segna come presentati
factor-languages = Lingue parlate da entrambi: { $languages }
factor-exchange = Il nuovo arrivato può insegnare: { $newcomer }; il volontario può insegnare: { $volunteer }
factor-no-interests = Nessun interesse in comune
factor-interests = { $count ->
    [one] Un interesse in comune: { $interests }
   *[other] { $count } interessi in comune: { $interests }
}
factor-distance = A { $km } km di distanza
factor-field = Stesso settore: { $field }
factor-same-area = Vivono nella stessa zona
factor-distance-unknown = Distanza non nota
factor-slots = { $count ->
    [one] Un momento libero in comune alla settimana
   *[other] { $count } momenti liberi in comune alla settimana
}
factor-other-field = Settori diversi
factor-waited = { $days ->
    [one] In attesa da { $days } giorno
   *[other] In attesa da { $days } giorni
}
reason-no-candidate = Nessun volontario rispetta tutte le regole con questa persona.
reason-excluded-by = { $rule }: esclude { $count ->
    [one] un volontario
   *[other] { $count } volontari
}
reason-outscored = { $count ->
    [one] Un volontario sarebbe adatto, ma abbinarlo a un'altra persona ha permesso di abbinare più persone o di ottenere coppie migliori nel complesso.
   *[other] { $count } volontari sarebbero adatti, ma abbinarli ad altre persone ha permesso di abbinare più persone o di ottenere coppie migliori nel complesso.
}
constraint-shared-language = Nessuna lingua in comune
constraint-complementary-languages = Non possono insegnarsi a vicenda
constraint-within-reach = Distanza eccessiva
constraint-availability = Nessun momento libero in comune
constraint-gender-preference = Una preferenza di genere
constraint-safeguarding = Verifica per la tutela dei minori non completata (meno di 18 anni)
constraint-same-field = Un settore diverso
fairness-title = Equità tra gruppi
fairness-intro = Tassi di abbinamento e tempi di attesa dei nuovi arrivati in questo turno, per { $dimension }.
fairness-people = Nuovi arrivati
fairness-paired = Abbinati
fairness-rate = Tasso
fairness-wait = Giorni medi di attesa
fairness-too-few = (troppo pochi per un confronto)
fairness-gap = Divario massimo tra i gruppi: { $gap } punti percentuali.
fairness-cap = Il limite è { $cap }.
fairness-met = Il limite è rispettato.
fairness-not-met = Non è stato possibile rispettarlo: per alcuni gruppi nessun volontario rispetta le regole.
fairness-before = prima del limite: { $gap }
pairs-title = Coppie
pairs-quiet = Senza notizie
pairs-quiet-intro = { $days ->
    [one] Coppie presentate o che si incontrano, senza verifiche da più di { $days } giorno. Conviene farsi sentire prima che il rapporto si perda.
   *[other] Coppie presentate o che si incontrano, senza verifiche da più di { $days } giorni. Conviene farsi sentire prima che il rapporto si perda.
}
pairs-quiet-none = Nessuna coppia è senza notizie.
pairs-quiet-days = { $days ->
    [one] { $days } giorno senza verifiche
   *[other] { $days } giorni senza verifiche
}
pairs-accepted = Accettate, da presentare
pairs-meeting = Presentate, si incontrano
pairs-none = Nessuna.
pairs-pair = Coppia
pairs-status = Fase
pairs-last-met = Ultimo incontro
pairs-check-ins = Verifiche
pairs-waiting = Lista d'attesa
pairs-waiting-none = Nessuno è in attesa.
pairs-closed = Chiuse
pairs-introduction = Presentazione da stampare
pair-status-proposed = Proposta
pair-status-accepted = Accettata
pair-status-introduced = Presentata
pair-status-active = Si incontra
pair-status-closed = Chiusa
pair-status-rejected = Rifiutata
pair-proposed-at = Proposta il
pair-accepted-at = Accettata il
pair-introduced-at = Presentata il
pair-closed-at = Chiusa il
pair-closed-withdrawn = Una delle due persone ha ritirato il consenso e lasciato il programma.
pair-close = Chiudi la coppia
field-reason = Motivo della chiusura
checkins-title = Verifiche
checkins-none = Ancora nessuna verifica.
checkins-add = Registra una verifica
checkins-newcomer-rating = Giudizio del nuovo arrivato sul contatto
checkins-volunteer-rating = Giudizio del volontario sul contatto
checkins-rating-order = Valutazioni da 1 a 7: piacevole / alla pari / collaborativo / stretto.
field-met_on = Data dell'incontro
field-minutes = Minuti trascorsi insieme
field-activity = Che cosa hanno fatto
hint-activity = Per esempio: un caffè e una passeggiata fino alla biblioteca.
hint-rating = Da 1 (per niente) a 7 (moltissimo). Lasciare vuoto se la domanda non è stata posta.
quality-pleasant = Piacevole
quality-equal = Alla pari
quality-cooperative = Collaborativo
quality-close = Stretto
intro-print-hint = Stampare questa pagina, oppure copiare ogni parte in un messaggio. La parte di ciascuna persona è nella sua lingua.
intro-title = Gentile { $name },
intro-body = Siamo felici di presentare { $other }: insieme formate una coppia nel programma di { $organisation }. Parlate entrambi { $shared } e pensiamo che andrete molto d'accordo.
intro-contact = { $other } è raggiungibile a questo recapito: { $contact }.
intro-contact-through-us = Vi metteremo in contatto noi: basta rispondere a questo messaggio per organizzare il primo incontro.
intro-closing = Ci farebbe piacere sapere com'è andato il primo incontro. Tra qualche settimana ci faremo sentire con entrambi.
error-side-invalid = Scegliere nuovo arrivato (newcomer) o volontario (volunteer).
error-side-fixed = Una persona non può cambiare ruolo: ritirarla dal programma e aggiungerla di nuovo.
error-phone-invalid = Il numero di telefono può contenere solo cifre, spazi e + - ( ).
error-language-code-invalid = Serve un codice di lingua di due o tre lettere, come ar o fr.
error-language-level-missing = Ogni lingua ha bisogno di un livello, come ar:native.
error-language-level-invalid = Livelli ammessi: beginner (principiante), conversational (conversazione), fluent (fluente) o native (madrelingua), oppure da A1 a C2.
error-language-repeated = Ogni lingua può comparire una sola volta.
error-too-many-languages = Si possono indicare al massimo 8 lingue.
error-speaks-missing = Serve almeno una lingua parlata dalla persona.
error-interests-too-many = Si possono indicare al massimo 20 interessi, ciascuno con meno di 40 caratteri.
error-number-invalid = Serve un numero.
error-page-invalid = Una pagina è un numero intero da 1 a 1.000.000.
error-per-page-invalid = Chiedere da 1 a 1.000 righe per pagina.
error-standing-invalid = Scegliere waiting, proposed, paired, active o withdrawn.
error-pair-group-invalid = Scegliere proposed, accepted, meeting, quiet o closed.
error-waited-invalid = Inserire un numero di giorni da 0 a 3650.
error-number-out-of-range = Il numero deve rientrare nell'intervallo indicato.
error-coordinates-out-of-range = La latitudine deve essere compresa tra -90 e 90 e la longitudine tra -180 e 180.
error-coordinates-half = Servono sia la latitudine sia la longitudine, oppure nessuna delle due.
error-travel-too-far = La distanza può essere al massimo di 500 km.
error-area-missing = Serve un CAP o un quartiere.
error-availability-missing = Serve almeno un momento libero.
error-availability-invalid = I momenti liberi vanno scritti così: mon-evening sat-morning.
error-gender-invalid = Scegliere donna (woman), uomo (man) o non binario (non-binary), oppure lasciare vuoto.
error-yes-no-invalid = Scrivere yes (sì) o no.
error-capacity-invalid = Un volontario può seguire da 1 a 10 nuovi arrivati.
error-consent-missing = Serve il consenso della persona prima di poterne conservare i dati.
error-too-many-sign-ups = Molte persone si sono già iscritte da questa connessione nell'ultima ora. Riprovare più tardi, oppure chiedere all'organizzazione di essere aggiunti.
error-too-many-sign-ups-detail = Questo limite protegge il programma dalle iscrizioni inventate in massa.
error-programme-kind-invalid = Scegliere un tipo di programma.
error-programme-needs-languages = Ogni programma chiede quali lingue parlano le persone.
error-fairness-dimension-invalid = Scegliere come confrontare i gruppi.
error-programme-full = Questo programma ha raggiunto il numero massimo di persone.
error-programme-full-detail = Un programma può contenere al massimo 200.000 persone. Avviare un altro programma per le altre.
error-import-too-large = Il file supera i 4 MB.
error-import-not-utf8 = Salvare il file CSV in UTF-8 e caricarlo di nuovo.
error-import-row-unreadable = Questa riga non si può leggere: controllare le virgolette.
error-import-too-many-rows = Il file ha più di 20.000 righe.
error-import-xlsx-unreadable = Questa cartella di lavoro non si può leggere. Salvarla di nuovo in formato .xlsx o CSV.
error-import-xlsx-empty = La cartella di lavoro non contiene fogli.
error-import-too-many-columns = Una riga va oltre le 64 colonne. Eliminare le celle fuori dalla tabella e caricarla di nuovo.
error-import-cell-too-long = Una cella contiene più di 32.767 caratteri.
error-import-xlsx-too-large = Una volta decompressa, questa cartella di lavoro è molto più grande di quanto la sua dimensione faccia pensare. Salvarla di nuovo in formato .xlsx o CSV.
error-import-xls-unsupported = Le vecchie cartelle di lavoro di Excel (.xls) non vengono lette. Salvarla in formato .xlsx o CSV e caricarla di nuovo.
error-import-busy = Sono in corso altre importazioni. Riprovare tra un minuto.
error-import-empty = Il file non ha righe da importare.
error-import-unknown-column = bridges non riconosce questa colonna. Confrontarne il nome con il modello.
error-import-repeated-column = Questa colonna compare due volte.
error-import-missing-column = Questa colonna è obbligatoria.
error-import-too-many-cells = Questa riga ha più celle di quante colonne abbia l'intestazione.
error-import-upload-broken = Il file caricato non è arrivato completo. Riprovare.
error-import-no-file = Scegliere un file da caricare.
error-pair-status = Questo passaggio non è possibile nella fase in cui si trova ora la coppia.
error-pair-status-detail = Una coppia passa da proposta ad accettata, presentata, in corso e chiusa, in quest'ordine. Ricaricare la pagina per vedere a che punto è.
error-pair-status-invalid = Usare accepted, rejected, introduced o closed.
error-newcomer-paired = Questo nuovo arrivato ha già una coppia accettata.
error-newcomer-paired-detail = Chiudere prima l'altra coppia, se questa deve sostituirla.
error-participant-withdrawn = Una delle due persone si è ritirata dal programma.
error-participant-withdrawn-detail = Le sue coppie sono state chiuse al momento del ritiro; con questa non si può più fare nulla.
error-volunteer-full = Questa persona volontaria segue già tutti i nuovi arrivati che ha detto di poter seguire.
error-volunteer-full-detail = Chiudere prima una delle sue coppie, oppure aumentare quel numero nella sua scheda.
error-round-stale = Il programma è cambiato mentre il turno veniva calcolato. Avviarlo di nuovo.
error-round-stale-detail = Persone o coppie sono cambiate più volte durante il calcolo del turno. Non è stato salvato nulla.
error-pair-not-meeting = Le verifiche si registrano solo per le coppie già presentate.
error-pair-not-meeting-detail = Segnare prima la coppia come presentata.
error-swap-breaks-rules = Questo scambio violerebbe una delle regole del programma.
error-swap-breaks-rules-detail = Ogni nuova coppia deve rispettare tutte le regole del programma. Scegliere un'altra proposta con cui scambiare.
error-swap-same-volunteer = Queste due proposte hanno lo stesso volontario: scambiarle non cambierebbe nulla.
error-swap-same-volunteer-detail = Scegliere per lo scambio una proposta con un altro volontario.
error-date-in-future = La data non può essere nel futuro.
error-minutes-invalid = I minuti trascorsi insieme devono essere da 1 a 1440.
error-rating-invalid = Una valutazione è un numero intero da 1 a 7.

export-lists = Scarica per un foglio di calcolo (ogni scaricamento viene scritto nel registro di controllo)
export-participants = Partecipanti
export-waiting = Lista d'attesa
export-pairs = Coppie

list-search-name = Cerca per nome
list-standing = A che punto è
list-language = Parla
list-waited = Iscritto da almeno (giorni)
standing-waiting = In attesa di un abbinamento
standing-proposed = Proposto dal turno
standing-paired = Abbinato
standing-active = Partecipa
standing-withdrawn = Ritirato
pairs-search = Cerca per nome di una delle due persone
pairs-show = Mostra
pairs-every-group = Tutti i gruppi
pairs-group-quiet = Senza notizie
pairs-group-accepted = Accettate, da presentare
pairs-group-meeting = Presentate e che si incontrano
pairs-group-closed = Chiuse
pairs-see-all = Vedi tutte ({ $count })
fairness-chart = Quota abbinata di ogni gruppo ({ $dimension })
waited-chart = Da quanto tempo aspetta chi è ancora in attesa
waited-unit = persone
waited-span = Attesa
waited-as-table = Gli stessi numeri in tabella
waited-0 = meno di una settimana
waited-1 = 1–2 settimane
waited-2 = 2–4 settimane
waited-3 = 1–2 mesi
waited-4 = 2–3 mesi
waited-5 = 3–6 mesi
waited-6 = oltre 6 mesi
pair-score-bar = Come si compone il suo punteggio di { $score }
