# Layout
skip-to-content = Vai al contenuto principale
nav-label = Sezioni principali
nav-dashboard = Pannello
nav-members = Membri
nav-audit = Registro di controllo
nav-learn = Imparare
nav-plan = Pianificare
nav-connect = Collegare
nav-measure = Misurare
nav-tell = Raccontare
not-built-tag = non ancora disponibile
not-built-body = Questa parte di bridges non è ancora pronta. Per ora qui non funziona niente; è elencata perché lei sappia cosa arriverà.
login = Accedi
logout = Esci
back-home = Torna alla pagina iniziale
language-switch = Lingua
footer-text = bridges aiuta le organizzazioni che fanno incontrare nuovi arrivati e residenti di lunga data.

# Fields
field-email = Indirizzo email
field-password = Password
field-password_confirm = Scriva di nuovo la password
field-current = Password attuale
field-name = Nome
field-your-name = Il suo nome
field-programme-name = Nome del programma
field-stakeholder-name = Persona o organizzazione
field-partner-name = Organizzazione partner
field-token-name = A cosa serve il token
field-org_name = Nome dell'organizzazione
field-country = Paese
field-language = Lingua
field-time_zone = Fuso orario
field-role = Ruolo
hint-country = Codice di due lettere, per esempio SE per la Svezia, GB per il Regno Unito, BG per la Bulgaria.
hint-time-zone = Per esempio Europe/Brussels, Europe/London oppure UTC.
hint-password = Almeno 10 caratteri. Alcune parole senza legame tra loro formano una password sicura e facile da ricordare.
hint-token-name = Un nome per riconoscere il token, per esempio "script del rapporto mensile".

# Roles
role-owner = Proprietario
role-coordinator = Coordinatore
role-staff = Personale
role-volunteer = Volontario
role-viewer = Lettore

# Errors in forms
error-summary-title = C'è un problema
error-prefix = Errore:
error-email-missing = Inserisca il suo indirizzo email.
error-email-too-long = L'indirizzo email deve avere al massimo 254 caratteri.
error-email-invalid = Inserisca un indirizzo email nella forma corretta, come name@example.org.
error-password-missing = Inserisca una password.
error-password-too-short = La password deve avere almeno 10 caratteri.
error-password-too-long = La password deve avere al massimo 256 caratteri.
error-password-mismatch = Le due password non sono uguali.
error-password-wrong = La sua password attuale non è corretta.
error-login-failed = L'indirizzo email o la password non sono corretti.
error-login-throttled = Troppi tentativi falliti. Aspetti 15 minuti prima di riprovare.
error-org-name-missing = Inserisca il nome dell'organizzazione.
error-org-name-too-long = Il nome dell'organizzazione deve avere al massimo 120 caratteri.
error-name-missing = Inserisca il suo nome.
error-name-too-long = Il nome deve avere al massimo 100 caratteri.
error-text-control-characters = Tolga da questo testo i caratteri di controllo invisibili.
error-text-invisible-characters = Questo testo conteneva caratteri invisibili che possono capovolgere il testo intorno, e bridges non li conserva. Controlli il testo senza di essi e lo invii di nuovo.
error-country-missing = Inserisca il Paese.
error-country-invalid = Inserisca un codice Paese di due lettere, come SE o GB.
error-language-invalid = Scelga una delle lingue proposte.
error-timezone-missing = Inserisca il fuso orario.
error-timezone-invalid = Inserisca un fuso orario come Europe/Brussels.
error-role-invalid = Scelga uno dei ruoli proposti.
error-role-not-assignable = Può assegnare solo ruoli inferiori al suo.
error-role-not-assignable-detail = Chiedi a un proprietario di assegnare questo ruolo.
error-token-name-missing = Inserisca un nome per il token.
error-token-name-invalid = Il nome deve avere al massimo 100 caratteri, senza caratteri di controllo.

# Errors as pages and problem documents
error-not-found = Pagina non trovata
error-not-found-detail = Qui non c'è niente, oppure lei non ha accesso.
error-unauthenticated = Deve accedere
error-unauthenticated-detail = Acceda per vedere questa pagina.
error-forbidden = Non può farlo
error-forbidden-detail = Il suo ruolo in questa organizzazione non lo permette. Se le serve, lo chieda a un proprietario.
error-csrf-failed = Il modulo è scaduto
error-csrf-failed-detail = Per la sua sicurezza, torni indietro, ricarichi la pagina e riprovi.
error-too-many-attempts = Troppi tentativi falliti
error-too-many-attempts-detail = L'accesso è sospeso per questo account o indirizzo. Aspetti 15 minuti e riprovi.
error-invalid-input = Alcune informazioni non sono valide
error-invalid-input-detail = Corregga i campi elencati e riprovi.
error-too-large = La richiesta è troppo grande
error-too-large-detail = Invii meno dati alla volta.
error-bad-request = Non è stato possibile capire la richiesta
error-bad-request-detail = Controlli cosa è stato inviato e riprovi.
error-method-not-allowed = Questa azione non è possibile qui
error-method-not-allowed-detail = Questo indirizzo non accetta questo tipo di richiesta.
error-unsupported-media-type = Tipo di contenuto non supportato
error-unsupported-media-type-detail = Invii i dati come descritto nella documentazione (JSON per l'API, un modulo per le pagine).
error-wrong-type = I dati non hanno il tipo giusto
error-wrong-type-detail = Un valore inviato non è del tipo indicato nella documentazione (per esempio testo al posto di un numero).
error-internal = Qualcosa non ha funzionato da parte nostra
error-internal-detail = Il problema è stato registrato. Riprovi tra un momento.
error-last-owner = Un'organizzazione deve avere almeno un proprietario
error-last-owner-detail = Prima renda proprietario un'altra persona.
error-already-member = È già membro
error-already-member-detail = Questa persona fa già parte dell'organizzazione.
error-email-taken = Esiste già un account con questo indirizzo email
error-email-taken-detail = Acceda invece con quell'account.
error-already-set-up = bridges è già configurato
error-already-set-up-detail = Acceda con un account esistente.
error-invitation-other-account = Questo invito è per un altro account
error-invitation-other-account-detail = Acceda con l'indirizzo email invitato, oppure esca e crei l'account.

list-any = Tutti
list-filter = Mostra
list-clear = Togli i filtri
list-none-match = Nessuno corrisponde a questi filtri.
list-showing = { $total ->
    [0] Niente da mostrare.
   *[other] { $first }–{ $last } di { $total }
}
pager-label = Pagine dell'elenco
pager-previous = ← Pagina precedente
pager-next = Pagina successiva →
pager-position = Pagina { $page } di { $pages }
list-separator = {", "}
language-at-level = { $language } ({ $level })
