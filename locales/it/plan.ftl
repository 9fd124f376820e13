# Plan: projects and the power analysis
projects-title = Progetti
projects-intro = Pianifichi un progetto seguendo i sei passi del kit di strumenti. Il passo 4, l'analisi di chi ha potere sul risultato, è pronto; gli altri passi sono in costruzione.
projects-none = Ancora nessun progetto.
projects-new = Avvia un progetto
projects-create = Crea il progetto
field-aims = Obiettivi
projects-steps = I sei passi
projects-step-policy-areas = Passo 1: gli ambiti di politica pubblica che tocca
projects-step-principles = Passo 2: i principi che lo strutturano
projects-step-evidence = Passo 3: sostenere le ragioni del progetto con le evidenze
projects-step-power = Passo 4: analisi del potere dei portatori di interesse
projects-step-partnerships = Passo 5: partenariati
projects-step-setbacks = Passo 6: le battute d'arresto e i diritti in gioco
projects-step-guidance = Legga le indicazioni per questo passo
power-title = Analisi del potere
power-intro = Elenchi le istituzioni e le persone intorno al progetto: quanto potere ha ciascuna sul risultato, quanto le sta a cuore, che posizione ha e su chi si regola. Segni come target i decisori che deve smuovere, e indichi chi smuove chi. bridges le suggerisce poi chi avvicinare per primo, e perché.
power-approach-first = Chi avvicinare per primo
power-no-leverage = Aggiunga i portatori di interesse, segni almeno un target e indichi chi smuove chi: qui compariranno i suggerimenti.
power-moves-targets = Smuove direttamente { $names }.
power-moves-indirectly = Smuove un target attraverso altri.
power-is-ally = È già dalla sua parte.
power-reached-through = Raggiungibile attraverso: { $chain }.
power-no-channel = Per ora non si conosce un modo per raggiungerlo.
power-opponents = Dove si trovano gli oppositori
power-no-opponents = Nessun portatore di interesse è segnato come contrario o scettico.
power-quadrant-key-players = molto potere, molto interesse: coinvolgere da vicino
power-quadrant-keep-satisfied = molto potere, poco interesse: mantenere soddisfatto
power-quadrant-keep-informed = poco potere, molto interesse: tenere informato
power-quadrant-monitor = poco potere, poco interesse: osservare
power-reach = Chi possono raggiungere i suoi alleati, e come
power-cycles = Cerchie di influenza reciproca
power-cycles-intro = Questi portatori di interesse si influenzano a vicenda; tratti ogni cerchia come un unico blocco.
power-grid = Influenza e posizione
power-grid-desc = Ogni portatore di interesse è collocato in base alla sua posizione (a sinistra: contrario, a destra: paladino) e al suo potere sul risultato (in alto: decisivo). I target sono cerchiati da un anello. La tabella qui sotto contiene le stesse informazioni.
power-stakeholders = Portatori di interesse (stakeholder)
power-influence = Potere sul risultato (1–5)
power-interest = Interesse per il progetto (1–5)
power-stance = Posizione
power-cue = Si regola su
power-target = Target
power-target-check = Un decisore che il progetto deve smuovere (target)
power-kind = Tipo
power-kind-institution = Istituzione
power-kind-person = Persona
power-add-stakeholder = Aggiungi un portatore di interesse
power-add-relation = Indica chi smuove chi
power-from = Chi
power-relation-kind = Come
power-to = Verso chi
power-relations = Relazioni
stance-opposed = Contrario
stance-sceptical = Scettico
stance-neutral = Neutrale
stance-supportive = Favorevole
stance-champion = Paladino
relation-influences = influenza
relation-funds = finanzia
relation-answers-to = risponde a
relation-allied-with = è alleato di
error-level-invalid = Scelga un numero da 1 a 5.
error-stance-invalid = Scelga una delle posizioni proposte.
error-stakeholder-unknown = Scelga un portatore di interesse di questa mappa.
error-relation-same = Scelga due portatori di interesse diversi.
error-relation-kind-invalid = Scelga una delle relazioni proposte.
error-map-full = Questa mappa è piena
error-map-full-detail = Una mappa può contenere al massimo 500 portatori di interesse e 2.000 relazioni.

# Plan: steps 1 and 2
step-intro-policy-areas = Scelga gli ambiti di politica pubblica fondamentali per l'integrazione che il suo progetto tocca e indichi per ciascuno in che modo lo tocca.
step-intro-principles = Scelga i principi che struttureranno il progetto e indichi per ciascuno come il progetto lo applica. Sono segnalati i principi che le indicazioni e le pratiche del kit di strumenti applicano spesso insieme agli ambiti di politica pubblica che ha scelto.
step-suggested = { $count ->
    [one] Contenuto della raccolta che lo applica insieme ai suoi ambiti di politica pubblica: { $count }
   *[other] Contenuti della raccolta che lo applicano insieme ai suoi ambiti di politica pubblica: { $count }
}
step-note-label = Come il progetto si collega a: { $item }
step-note-placeholder-policy-areas = In che modo il progetto tocca questo ambito?
step-note-placeholder-principles = In che modo il progetto applicherà questo principio?
step-area-relations = Come si collegano gli ambiti scelti
step-area-relations-hint = Per esempio: nel caso di Bruxelles presentato nel kit di strumenti, bisognava lavorare insieme su casa e istruzione.

# Plan: step 5
partners-intro = Per ogni partner: cosa porta, cosa vuole dal progetto, il limite invalicabile che lei mantiene con quel partner e in quale caso si ritirerebbe. Indichi la quota del finanziamento del progetto che ciascuno fornisce, così bridges potrà avvisarla quando la base di finanziamento è troppo ristretta.
partners-none = Ancora nessun partner.
partners-add = Aggiungi un partner
partners-narrow-base = La base di finanziamento è ristretta
partners-warning-single-funder = Un solo partner finanzia il progetto. Se si ritira o pone delle condizioni, il progetto non ha nessuna alternativa su cui contare.
partners-warning-dominant-funder = Un partner fornisce più della metà del finanziamento. Dipendere da un unico finanziatore può far perdere a un progetto la sua indipendenza.
partners-warning-shares-over-hundred = Le quote di finanziamento superano in totale il 100 %. Controlli le cifre.
partners-largest = Quota più grande: { $name }
field-brings = Cosa porta
field-wants = Cosa vuole
field-bottom_line = Il suo limite invalicabile con questo partner
field-walk_away_if = Si ritirerebbe se
field-funding_share = Quota del finanziamento (%)
hint-funding-share = Un numero da 0 a 100. Lasci vuoto se questo partner non dà denaro.
error-share-invalid = Inserisca un numero da 0 a 100.

# Plan: step 6
setbacks-intro = Elenchi ciò che potrebbe andare storto: una decisione, un taglio dei fondi, una campagna ostile. Per ciascuna battuta d'arresto, indichi i diritti in gioco, se servirà un sostegno legale e gli alleati a cui si rivolgerebbe.
setbacks-none = Ancora nessuna battuta d'arresto elencata.
setbacks-add = Aggiungi una battuta d'arresto
setbacks-description = Che cosa potrebbe succedere
setbacks-rights = Diritti in gioco
setbacks-legal-check = Servirà un sostegno legale
setbacks-legal-yes = Servirà un sostegno legale.
setbacks-legal-no = Nessun sostegno legale previsto.
setbacks-allies = Alleati a cui rivolgersi
setbacks-response = Che cosa farà il progetto
setbacks-unprepared = Sono in gioco i diritti delle persone e nessuno è pronto ad aiutare: preveda un sostegno legale o degli alleati.
right-echr-2 = Diritto alla vita (articolo 2)
right-echr-3 = Proibizione della tortura (articolo 3)
right-echr-4 = Proibizione della schiavitù e del lavoro forzato (articolo 4)
right-echr-5 = Diritto alla libertà e alla sicurezza (articolo 5)
right-echr-6 = Diritto a un equo processo (articolo 6)
right-echr-7 = Nulla poena sine lege (articolo 7)
right-echr-8 = Diritto al rispetto della vita privata e familiare (articolo 8)
right-echr-9 = Libertà di pensiero, di coscienza e di religione (articolo 9)
right-echr-10 = Libertà di espressione (articolo 10)
right-echr-14 = Divieto di discriminazione (articolo 14)
right-eu-charter = Carta dei diritti fondamentali dell'Unione europea
ally-anti-racist = Associazioni antirazziste
ally-trade-unions = Sindacati
ally-faith = Gruppi religiosi
ally-gender-equality = Associazioni per la parità di genere
ally-youth = Associazioni giovanili
ally-older-people = Associazioni di persone anziane
ally-disability = Associazioni di persone con disabilità
ally-experts = Esperti

# Plan: step 3
evidence-intro = Scriva ogni affermazione del progetto e le evidenze che la sostengono: dati, uno studio, una testimonianza, un focus group. Per ciascuna evidenza indichi da dove proviene, a quando risale, chi la garantisce e che cosa non si sa ancora. Registri anche i focus group e le ricerche partecipative.
evidence-gaps = Affermazioni senza evidenze: { $claims }.
evidence-unbacked = Evidenze che nessuno garantisce: { $count }.
evidence-claims = Affermazioni
evidence-none = Ancora nessuna affermazione.
evidence-claim-unsupported = Ancora nessuna evidenza per questa affermazione.
evidence-nobody-backs = Nessuno garantisce ancora questa evidenza.
evidence-backed-by = Garantita da: { $who }
evidence-unknowns = Ancora non si sa: { $what }
evidence-sessions = Focus group e ricerca partecipativa
evidence-session-gaps = Lacune emerse: { $gaps }
evidence-add-claim = Aggiungi un'affermazione
evidence-claim = L'affermazione
evidence-add-evidence = Aggiungi un'evidenza
evidence-for-claim = Per l'affermazione
evidence-kind = Tipo di evidenza
evidence-kind-data = Dati
evidence-kind-study = Studio
evidence-kind-testimony = Testimonianza
evidence-kind-focus-group = Focus group
evidence-summary = Che cosa mostra
evidence-field-source = Fonte
evidence-field-date = Data
evidence-field-backed_by = Chi la garantisce
evidence-field-unknowns = Che cosa non si sa ancora
evidence-add-session = Registra una sessione
evidence-participants = Chi ha partecipato
evidence-learned = Che cosa si è imparato
evidence-gaps-revealed = Quali lacune ha fatto emergere
error-claim-unknown = Scelga una delle affermazioni elencate.
error-evidence-kind-invalid = Scelga uno dei tipi proposti.

## Plan: the project as a whole (overview, profile, objectives, team, printable plan, history)
save = Salva
not-said = Non indicato
project-edit = Modifica il progetto
project-print = Il piano completo, pronto da stampare
project-history = Cronologia delle modifiche
field-status = Stato
status-planning = In preparazione
status-running = In corso
status-paused = In pausa
status-finished = Concluso
field-starts_on = Data di inizio
field-ends_on = Data di fine
error-date-invalid = Inserisca una data nel formato anno-mese-giorno, per esempio 2027-03-31.
error-dates-reversed = La data di fine è precedente alla data di inizio.
error-choice-invalid = Scelga una delle opzioni elencate.
context-title = Il contesto locale
context-intro = Ciò che funziona dipende dal luogo: da quanto tempo conosce l'immigrazione, se le persone sono di passaggio o si stabiliscono, e quanto rapidamente cambia la situazione.
context-none = Il contesto locale non è ancora stato descritto.
field-history = Da quanto tempo il territorio conosce l'immigrazione
history-new = Qui un'immigrazione di queste dimensioni è una novità
history-established = Qui l'immigrazione ha una lunga storia
field-movement = Le persone sono di passaggio o si stabiliscono?
movement-transit = Per lo più di passaggio
movement-mixed = Alcune sono di passaggio, altre restano
movement-settlement = Per lo più si stabiliscono
field-communities = Le comunità principali
field-changing = Che cosa sta cambiando ora
field-fast_change = Qui la situazione cambia in fretta (nuovi arrivi, chiusure, nuove regole)
advice-title = Che cosa comporta questo contesto per il piano
advice-read = per saperne di più
context-new = Dove l'immigrazione è recente, spesso esistono pochi gruppi di persone migranti e pochi servizi già consolidati su cui contare, e i residenti di lunga data possono averne poca esperienza. Preveda il tempo necessario per costruire fiducia da entrambe le parti e si aspetti di dover creare nuove strutture anziché inserirsi in quelle esistenti.
context-established = Dove l'immigrazione ha una lunga storia, esistono già organizzazioni di migranti, figure di riferimento delle comunità e seconde generazioni. Si appoggi a loro: possono guidare o co-guidare il progetto e fare da ponte tra chi è arrivato più di recente e la comunità più ampia.
context-transit = Dove le persone sono per lo più di passaggio, le priorità sono diverse rispetto ai luoghi in cui si stabiliscono: un aiuto breve e pratico, informazioni sui diritti e su dove rivolgersi in seguito contano più dei programmi lunghi. Tenga conto che alcune persone potrebbero partire prima della fine del progetto.
context-mixed = Dove alcune persone sono di passaggio e altre restano, il piano potrebbe aver bisogno di due percorsi: un aiuto rapido e pratico per chi riparte e una partecipazione di più lungo periodo per chi resta.
context-settlement = Dove le persone si stabiliscono, contano soprattutto gli ambiti di lungo periodo: lavoro, casa, istruzione, salute e partecipazione alle decisioni locali. Preveda una partecipazione che duri nel tempo.
context-fast-change = Quando la situazione cambia in fretta, buoni contatti con i decisori permettono al progetto di adattarsi in tempo. Riveda spesso il piano e faccia attenzione alle conseguenze che nessuno si aspettava, positive o negative.
context-transfer = Le lezioni apprese altrove valgono solo nella misura in cui il loro contesto somiglia al suo: confronti con questo profilo le pratiche a cui si ispira.
field-leadership = Il progetto è guidato da persone migranti?
leadership-unstated = Non indicato
leadership-led = Guidato da persone migranti
leadership-co-led = Co-guidato da persone migranti
leadership-not-led = Non guidato da persone migranti
checks-title = È un buon progetto di integrazione?
checks-intro = Il kit di strumenti indica sei qualità di un buon progetto di integrazione. Spieghi in una o due frasi come questo progetto risponde a ciascuna.
checks-summary = Qualità dimostrate dai dati registrati nel piano: { $shown } su 6.
checks-quality = Qualità
checks-state = A che punto è
checks-statement = Come il progetto vi risponde
check-state-missing = Non affrontata
check-state-stated = Descritta
check-state-shown = Dimostrata nel piano
quality-inequalities = Affronta le disuguaglianze
quality-involvement = Tutte le persone interessate sono coinvolte fin dall'inizio
quality-evidence = Si basa su evidenze
quality-dialogue = Costruisce il dialogo tra culture
quality-empowerment = Rafforza l'autonomia delle persone a cui si rivolge
quality-leadership = È guidato o co-guidato da persone migranti
quality-hint-inequalities = Quali disuguaglianze affronta, e per chi? (Dimostrata nel piano quando il passo 1 indica in che modo il progetto tocca un ambito di politica pubblica.)
quality-hint-involvement = Quali persone interessate sono state coinvolte, e da quando? (Dimostrata nel piano quando il passo 3 registra un focus group o una sessione partecipativa.)
quality-hint-evidence = Quali evidenze sostengono le ragioni del progetto? (Dimostrata nel piano quando il passo 3 contiene affermazioni e ognuna ha almeno un'evidenza.)
quality-hint-dialogue = Come si incontreranno e dialogheranno alla pari persone di provenienze diverse? (Dimostrata nel piano quando il passo 2 sceglie il processo bidirezionale o l'interazione frequente.)
quality-hint-empowerment = In che modo le persone a cui si rivolge potranno far sentire la propria voce e acquisire competenze? (Dimostrata nel piano quando il passo 2 sceglie la partecipazione democratica o la voce dei migranti.)
quality-hint-leadership = Che ruolo hanno le persone migranti nella sua gestione? (Dimostrata nel piano quando il progetto è guidato o co-guidato da persone migranti.)
gaps-title = Che cosa manca ancora
gaps-none = Non manca niente di evidente. Continui a rivedere il piano man mano che il lavoro procede.
gap-context = Il contesto locale non è descritto.
gap-objectives = Ancora nessun obiettivo.
gap-unmeasurable-objectives = { $count ->
    [one] Un obiettivo non indica come saprà che è stato raggiunto.
   *[other] { $count } obiettivi non indicano come saprà che sono stati raggiunti.
}
gap-team = Nessuno fa ancora parte del gruppo di lavoro del progetto.
gap-areas = Nessun ambito di politica pubblica scelto.
gap-area-notes = { $count ->
    [one] Per un ambito di politica pubblica non è indicato in che modo il progetto lo tocca.
   *[other] Per { $count } ambiti di politica pubblica non è indicato in che modo il progetto li tocca.
}
gap-principles = Nessun principio scelto.
gap-claims = Ancora nessuna affermazione scritta.
gap-unsupported-claims = { $count ->
    [one] Un'affermazione non ha evidenze.
   *[other] { $count } affermazioni non hanno evidenze.
}
gap-unbacked-evidence = { $count ->
    [one] Un'evidenza non è garantita da nessuno.
   *[other] { $count } evidenze non sono garantite da nessuno.
}
gap-stakeholders = Nessun portatore di interesse sulla mappa.
gap-targets = Nessun portatore di interesse è segnato come target da smuovere.
gap-partners = Ancora nessun partner.
gap-funding = La base di finanziamento è ristretta.
gap-setbacks = Ancora nessuna battuta d'arresto presa in considerazione.
gap-unprepared-setbacks = { $count ->
    [one] Una battuta d'arresto mette in gioco dei diritti e nessuno è pronto ad aiutare.
   *[other] { $count } battute d'arresto mettono in gioco dei diritti e nessuno è pronto ad aiutare.
}
overview-approach-first = Da avvicinare per primi: { $names }.
objectives-title = Obiettivi e gruppo di lavoro
objectives-intro = Indichi che cosa il progetto vuole ottenere e come saprà se ci è riuscito. In seguito, gli indicatori della sezione Misurare potranno essere collegati a ciascun obiettivo.
objectives-none = Ancora nessun obiettivo.
objectives-add = Aggiungi un obiettivo
objectives-manage = Obiettivi e gruppo di lavoro
objectives-no-measure = Indichi come lo saprà.
field-objective = Obiettivo
field-text = Obiettivo
field-measure = Come lo saprà
field-target = Traguardo
field-due = Entro quando
hint-objective = Una frase, per esempio: le famiglie appena arrivate frequentano il doposcuola ogni settimana.
hint-measure = Il segnale o il dato che seguirà, per esempio: i fogli presenze, un sondaggio tra i genitori.
team-title = Gruppo di lavoro
team-none = Nessuno fa ancora parte del gruppo di lavoro del progetto.
team-add = Aggiungi una persona al gruppo di lavoro
field-member = Membro
hint-project-role = Il ruolo della persona in questo progetto, per esempio: responsabile, attività sul territorio, finanze.
error-team-member-twice = Questa persona fa già parte del gruppo di lavoro.
error-team-member-unknown = Scelga un membro dell'organizzazione.
export-csv = Scarica come foglio di calcolo (CSV)
plan-document-title = Piano del progetto
plan-printed-on = stampato il { $date }
plan-nothing-yet = Non è stato ancora registrato niente.
plan-print-hint = Usi il comando di stampa del browser per stampare questo piano o salvarlo in PDF.
history-intro = Tutte le modifiche al piano: chi le ha fatte e quando.
history-none = Ancora nessuna modifica registrata.
history-when = Quando
history-who = Chi
history-part = Parte del piano
history-what = Modifica
history-former-member = Un ex membro
history-part-project = Il progetto
history-part-policy-areas = Passo 1: ambiti di politica pubblica
history-part-principles = Passo 2: principi
history-part-evidence = Passo 3: evidenze
history-part-stakeholders = Passo 4: portatori di interesse
history-part-relations = Passo 4: relazioni
history-part-partnerships = Passo 5: partner
history-part-setbacks = Passo 6: battute d'arresto
history-part-objectives = Obiettivi
history-part-team = Gruppo di lavoro
history-action-created = creazione
history-action-added = aggiunta
history-action-updated = modifica
history-action-removed = rimozione
error-entry-invalid = Questa voce non ha la struttura prevista dal suo registro: controlli i nomi e i tipi dei campi.

## Plan: worked examples
examples-title = Partire da un esempio svolto
examples-intro = Ogni esempio è un piano intero, costruito su una delle situazioni «In pratica» del kit di strumenti. Avvii un progetto da un esempio per vedere come si presenta un piano completo, poi lo modifichi per adattarlo al suo progetto. Gli esempi sono scritti in inglese; i nomi, le cifre e le date che vi compaiono hanno valore puramente illustrativo.
examples-start = Avvia un progetto da questo esempio
objectives-how-doing = A che punto è
objectives-indicators = { $count ->
    [one] Un indicatore, ancora senza traguardo
   *[other] { $count } indicatori, ancora senza traguardo
}
objectives-not-measured = Non ancora misurato
power-network = Chi smuove chi
power-network-desc = Ogni cerchio è un portatore di interesse: più grande se ha più potere sul risultato, rosso se è contrario al progetto, verde se è favorevole, grigio se sta nel mezzo; un anello indica un target. Le frecce vanno da chi smuove qualcuno a chi viene smosso; le frecce tratteggiate uniscono gli alleati. L'elenco delle relazioni dice la stessa cosa a parole.
