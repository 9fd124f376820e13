# Home and first run
home-title = Le sue organizzazioni
home-no-orgs = Non fa ancora parte di nessuna organizzazione. Chieda a un proprietario o a un coordinatore di invitarla.
not-set-up-title = bridges non è ancora configurato
not-set-up-body = Apra il link di configurazione monouso che bridges ha stampato nella console in cui è stato avviato. Se lo ha perso, riavvii bridges per averne uno nuovo, oppure crei il primo account con il comando: bridges user create.
setup-title = Configura bridges
setup-intro = Crei la sua organizzazione e il primo account. Questo account sarà il proprietario dell'organizzazione.
setup-org-legend = La sua organizzazione
setup-owner-legend = Il suo account
setup-submit = Crea organizzazione e account

# Login
login-title = Accedi a bridges

# Dashboard
dashboard-your-role = Il suo ruolo qui: { $role }
dashboard-members = Membri

# Members and invitations
members-title = Membri
members-name = Nome
members-since = Membro dal
members-actions = Azioni
members-change-role = Cambia ruolo
members-remove = Rimuovi
members-open-invitations = Inviti non ancora accettati
members-invitation-expires = scade il { $date }
invite-title = Invita un nuovo membro
invite-submit = Crea link di invito
invite-created = Invito creato. Invii questo link alla persona che ha invitato; funziona una sola volta e scade tra 7 giorni. bridges non lo mostra di nuovo.
invite-link-label = Link di invito
invite-accept-title = Invito
invite-accept-heading = Ha ricevuto un invito a far parte di { $org }
invite-accept-role = Il suo ruolo sarà: { $role }
invite-join = Entra nell'organizzazione
invite-other-account = Questo invito è per { $email }. Esca, poi apra di nuovo il link.
invite-log-in-first = Ha già un account. Prima acceda, poi tornerà qui.
invite-new-account = Crei il suo account per { $email }.
invite-create-account = Crea account ed entra

# Account
account-title = Il suo account
account-email = Accede come { $email }.
password-title = Cambi la sua password
password-submit = Cambia password
password-changed = La sua password è stata cambiata. Tutte le altre sessioni sono state chiuse.
tokens-title = Token API
tokens-intro = Un token permette a uno script di usare l'API di bridges a suo nome. Lo tenga segreto e lo revochi quando non serve più.
token-create = Crea token
token-created = Token creato. Lo copi adesso: bridges non lo mostra di nuovo.
token-read-only = sola lettura
token-read-only-check = Sola lettura: il token può consultare, non modificare
field-token_password = La sua password
hint-token-password = Un token agisce a suo nome: per crearne uno serve la sua password.
error-session-required = Per questo occorre accedere con la propria password, non con un token.
error-session-required-detail = I token servono agli script; questa azione richiede l'accesso al sito con la password.
error-token-read-only = Questo token può solo leggere.
error-token-read-only-detail = Crea nella pagina del tuo account un token che possa anche scrivere, oppure usa il sito.
token-label = Il suo nuovo token
token-revoke = Revoca

# Audit log
audit-title = Registro di controllo
audit-intro = Eventi di sicurezza di questa organizzazione e attività degli account dei suoi membri, dal più recente. Le voci non possono mai essere modificate né eliminate.
audit-when = Quando
audit-what = Evento
audit-actor = Da
audit-subject = Riguarda
audit-detail = Dettagli
audit-address = Indirizzo
audit-kind-setup-completed = bridges configurato
audit-kind-login-succeeded = Accesso eseguito
audit-kind-login-failed = Accesso non riuscito
audit-kind-login-throttled = Accesso rifiutato dopo troppi tentativi falliti
audit-kind-logout = Uscita
audit-kind-password-changed = Password cambiata
audit-kind-member-invited = Membro invitato
audit-kind-member-added = Membro aggiunto
audit-kind-member-removed = Membro rimosso
audit-kind-role-changed = Ruolo cambiato
audit-kind-api-token-created = Token API creato
audit-kind-api-token-revoked = Token API revocato
today-title = Il lavoro di oggi
today-clear = Oggi non c’è nulla da fare: nessuna coppia è sparita, nessuno aspetta, nessun seguito è in scadenza e ogni indicatore è in linea.
today-quiet = { $count ->
    [one] Una coppia non dà più notizie in { $programme }
   *[other] { $count } coppie non danno più notizie in { $programme }
}
today-waiting = { $count ->
    [one] Una persona appena arrivata aspetta in { $programme }, da { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }
   *[other] { $count } persone appena arrivate aspettano in { $programme }, la prima da { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }
}
today-referrals-due = { $count ->
    [one] Un invio attende il seguito
   *[other] { $count } invii attendono il seguito
}
today-indicator = { $indicator }: { $status }
today-review-due = La revisione del lavoro era prevista il { $date }
today-practices = { $count ->
    [one] Una pratica attende la sua revisione tra pari
   *[other] { $count } pratiche attendono la sua revisione tra pari
}
dashboard-learn-title = Imparare
dashboard-learn-search = Cercare nelle guide e nella biblioteca di pratiche
dashboard-learn-practices = Le pratiche della sua organizzazione
dashboard-learn-frameworks = I quadri di riferimento della sua organizzazione
dashboard-about = L’organizzazione
audit-data = Dati registrati
audit-said-role = Ruolo: { $role }.
audit-said-role-change = Ruolo cambiato da { $from } a { $to }.
audit-said-invitation = Entrato con un invito.
audit-said-via-demo = Creato dalla demo.
audit-said-via-command-line = Aggiunto dalla riga di comando.
audit-said-token = Un token API.
audit-said-token-read-only = Un token API di sola lettura.
audit-said-token-writes = Un token API che può modificare i dati.
audit-said-records = { $count ->
        [one] I dati di una persona
       *[other] I dati di { $count } persone
    }, per { $what }.
audit-said-imported = { $records ->
    [one] { $records } scheda letta
   *[other] { $records } schede lette
}: { $created ->
    [one] { $created } nuova
   *[other] { $created } nuove
}, { $updated ->
    [one] { $updated } aggiornata
   *[other] { $updated } aggiornate
}.
audit-said-published = Ora pubblico.
audit-said-unpublished = Non più pubblico.
audit-for-participants = l'elenco dei partecipanti
audit-for-participant = la pagina di un partecipante
audit-for-pair = la pagina di una coppia
audit-for-pairs = l'elenco delle coppie
audit-for-introduction = le lettere di presentazione
audit-for-round = un turno di abbinamento
audit-for-swap = uno scambio in un turno
audit-for-status = una modifica a una coppia
audit-for-person-export = tutto ciò che si conserva su una persona
audit-for-api-export = un'esportazione tramite API
audit-for-api-pairs = coppie lette tramite API
audit-for-api-participants = partecipanti letti tramite API
audit-for-advice = consulenze e casi
audit-for-check-ins = i colloqui di verifica
audit-for-consents = i consensi
audit-for-follow-ups = i seguiti da fare
audit-for-referral = un invio ai servizi
audit-for-referral-form = il modulo di invio
audit-for-survey-responses = risposte a un questionario
audit-for-registered = un'iscrizione
audit-for-retention = la fine del periodo di conservazione
audit-for-demo = la demo
