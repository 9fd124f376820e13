# Home and first run
home-title = Vos organisations
home-no-orgs = Vous n'appartenez encore à aucune organisation. Demandez à un propriétaire ou à un coordinateur de vous inviter.
not-set-up-title = bridges n'est pas encore configuré
not-set-up-body = Ouvrez le lien de configuration à usage unique que bridges a affiché dans la console où il a été lancé. Si vous l'avez perdu, redémarrez bridges pour en obtenir un nouveau, ou créez le premier compte avec la commande : bridges user create.
setup-title = Configurer bridges
setup-intro = Créez votre organisation et le premier compte. Ce compte sera le propriétaire de l'organisation.
setup-org-legend = Votre organisation
setup-owner-legend = Votre compte
setup-submit = Créer l'organisation et le compte

# Login
login-title = Se connecter à bridges

# Dashboard
dashboard-your-role = Votre rôle ici : { $role }
dashboard-members = Membres

# Members and invitations
members-title = Membres
members-name = Nom
members-since = Membre depuis
members-actions = Actions
members-change-role = Changer le rôle
members-remove = Retirer
members-open-invitations = Invitations pas encore acceptées
members-invitation-expires = expire le { $date }
invite-title = Inviter un nouveau membre
invite-submit = Créer un lien d'invitation
invite-created = Invitation créée. Envoyez ce lien à la personne que vous avez invitée. Il ne fonctionne qu'une seule fois et expire dans 7 jours. bridges ne l'affichera plus.
invite-link-label = Lien d'invitation
invite-accept-title = Invitation
invite-accept-heading = Vous avez reçu une invitation à rejoindre { $org }
invite-accept-role = Votre rôle sera : { $role }
invite-join = Rejoindre l'organisation
invite-other-account = Cette invitation est pour { $email }. Déconnectez-vous, puis ouvrez à nouveau le lien.
invite-log-in-first = Vous avez déjà un compte. Connectez-vous d'abord, puis vous reviendrez sur cette page.
invite-new-account = Créez votre compte pour { $email }.
invite-create-account = Créer le compte et rejoindre

# Account
account-title = Votre compte
account-email = Vous vous connectez avec l'adresse { $email }.
password-title = Changer votre mot de passe
password-submit = Changer le mot de passe
password-changed = Votre mot de passe a été changé. Toutes vos autres sessions ont été fermées : vous êtes déconnecté partout ailleurs.
tokens-title = Jetons d'API
tokens-intro = Un jeton permet à un script d'utiliser l'API de bridges en votre nom. Gardez-le secret, et révoquez-le quand vous n'en avez plus besoin.
token-create = Créer un jeton
token-created = Jeton créé. Copiez-le maintenant : bridges ne l'affichera plus.
token-read-only = lecture seule
token-read-only-check = Lecture seule : le jeton peut consulter, pas modifier
field-token_password = Votre mot de passe
hint-token-password = Un jeton agit en votre nom : pour en créer un, il faut votre mot de passe.
error-session-required = Il faut pour cela être connecté avec votre mot de passe, pas avec un jeton.
error-session-required-detail = Les jetons servent aux scripts ; cette action demande que vous soyez connecté au site avec votre mot de passe.
error-token-read-only = Ce jeton ne peut que lire.
error-token-read-only-detail = Créez sur la page de votre compte un jeton qui peut aussi écrire, ou utilisez le site.
token-label = Votre nouveau jeton
token-revoke = Révoquer

# Audit log
audit-title = Journal d'audit
audit-intro = Les événements de sécurité de cette organisation et l'activité des comptes de ses membres, du plus récent au plus ancien. Les entrées ne peuvent jamais être modifiées ni supprimées.
audit-when = Quand
audit-what = Événement
audit-actor = Par
audit-subject = Concerne
audit-detail = Détails
audit-address = Adresse
audit-kind-setup-completed = bridges configuré
audit-kind-login-succeeded = Connexion réussie
audit-kind-login-failed = Échec de connexion
audit-kind-login-throttled = Connexion refusée après trop d'échecs
audit-kind-logout = Déconnexion
audit-kind-password-changed = Mot de passe changé
audit-kind-member-invited = Membre invité
audit-kind-member-added = Membre ajouté
audit-kind-member-removed = Membre retiré
audit-kind-role-changed = Rôle changé
audit-kind-api-token-created = Jeton d'API créé
audit-kind-api-token-revoked = Jeton d'API révoqué
today-title = Le travail du jour
today-clear = Rien à faire aujourd’hui : aucun binôme ne s’est tu, personne n’attend, aucun suivi n’est dû et chaque indicateur est en bonne voie.
today-quiet = { $count ->
    [one] Un binôme ne donne plus de nouvelles dans { $programme }
   *[other] { $count } binômes ne donnent plus de nouvelles dans { $programme }
}
today-waiting = { $count ->
    [one] Une personne nouvellement arrivée attend dans { $programme }, depuis { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
   *[other] { $count } personnes nouvellement arrivées attendent dans { $programme }, la plus ancienne depuis { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
}
today-referrals-due = { $count ->
    [one] Une orientation attend son suivi
   *[other] { $count } orientations attendent leur suivi
}
today-indicator = { $indicator } : { $status }
today-review-due = La revue du travail était prévue le { $date }
today-practices = { $count ->
    [one] Une pratique attend votre relecture par les pairs
   *[other] { $count } pratiques attendent votre relecture par les pairs
}
dashboard-learn-title = Apprendre
dashboard-learn-search = Chercher dans les conseils et la bibliothèque de pratiques
dashboard-learn-practices = Les pratiques de votre organisation
dashboard-learn-frameworks = Les référentiels de votre organisation
dashboard-about = L’organisation
audit-data = Données enregistrées
audit-said-role = Rôle : { $role }.
audit-said-role-change = Rôle changé de { $from } à { $to }.
audit-said-invitation = Arrivée par une invitation.
audit-said-via-demo = Créé par la démonstration.
audit-said-via-command-line = Ajouté en ligne de commande.
audit-said-token = Un jeton d'API.
audit-said-token-read-only = Un jeton d'API en lecture seule.
audit-said-token-writes = Un jeton d'API qui peut modifier les données.
audit-said-records = { $count ->
        [one] Les données d'une personne
       *[other] Les données de { $count } personnes
    }, pour { $what }.
audit-said-imported = { $records ->
    [one] { $records } fiche lue
   *[other] { $records } fiches lues
} : { $created ->
    [one] { $created } nouvelle
   *[other] { $created } nouvelles
}, { $updated ->
    [one] { $updated } mise à jour
   *[other] { $updated } mises à jour
}.
audit-said-published = Désormais public.
audit-said-unpublished = N'est plus public.
audit-for-participants = la liste des participants
audit-for-participant = la page d'un participant
audit-for-pair = la page d'un binôme
audit-for-pairs = la liste des binômes
audit-for-introduction = les lettres de présentation
audit-for-round = un tour d'appariement
audit-for-swap = un échange dans un tour
audit-for-status = une modification d'un binôme
audit-for-person-export = tout ce qui est conservé sur une personne
audit-for-api-export = un export par l'API
audit-for-api-pairs = des binômes lus par l'API
audit-for-api-participants = des participants lus par l'API
audit-for-advice = les conseils et le suivi
audit-for-check-ins = les points d'étape
audit-for-consents = les consentements
audit-for-follow-ups = les suivis à faire
audit-for-referral = une orientation
audit-for-referral-form = le formulaire d'orientation
audit-for-survey-responses = des réponses à une enquête
audit-for-registered = une inscription
audit-for-retention = la fin de la durée de conservation
audit-for-demo = la démonstration
