# Layout
skip-to-content = Aller au contenu principal
nav-label = Sections principales
nav-dashboard = Tableau de bord
nav-members = Membres
nav-audit = Journal d'audit
nav-learn = Apprendre
nav-plan = Planifier
nav-connect = Mettre en relation
nav-measure = Mesurer
nav-tell = Communiquer
not-built-tag = pas encore disponible
not-built-body = Cette partie de bridges n'est pas encore construite. Rien ne fonctionne ici pour l'instant. Elle est affichée pour que vous sachiez ce qui va arriver.
verb-promise-learn = Faites des recherches dans les conseils sur l'intégration et dans une bibliothèque de bonnes pratiques, dans votre langue.
verb-promise-plan = Planifiez un projet en six étapes, avec une analyse de qui a du pouvoir sur le résultat.
verb-promise-connect = Gérez des programmes de binômes, d'échanges linguistiques, de mentorat et d'immersion professionnelle, et orientez les personnes vers les services locaux.
verb-promise-measure = Enregistrez les activités et les conseils donnés, suivez des indicateurs par rapport aux objectifs, et menez des enquêtes avec des statistiques honnêtes.
verb-promise-tell = Publiez des rapports, des graphiques et des données ouvertes qui montrent les résultats de votre travail.
login = Se connecter
logout = Se déconnecter
back-home = Retour à la page d'accueil
language-switch = Langue
footer-text = bridges aide les organisations qui rapprochent les nouveaux arrivants et les résidents de longue date.

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

# Fields
field-email = Adresse e-mail
field-password = Mot de passe
field-password_confirm = Saisissez à nouveau le mot de passe
field-current = Mot de passe actuel
field-name = Votre nom
field-org_name = Nom de l'organisation
field-country = Pays
field-language = Langue
field-time_zone = Fuseau horaire
field-role = Rôle
hint-country = Code à deux lettres, par exemple SE pour la Suède, GB pour le Royaume-Uni, BG pour la Bulgarie.
hint-time-zone = Par exemple Europe/Brussels, Europe/London ou UTC.
hint-password = Au moins 10 caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.
hint-token-name = Un nom pour reconnaître le jeton, par exemple « script du rapport mensuel ».

# Roles
role-owner = Propriétaire
role-coordinator = Coordinateur
role-staff = Personnel
role-volunteer = Bénévole
role-viewer = Lecteur

# Dashboard
dashboard-your-role = Votre rôle ici : { $role }
dashboard-members = Membres
dashboard-verbs-title = Ce que bridges fera pour vous

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

# Errors in forms
error-summary-title = Il y a un problème
error-prefix = Erreur :
error-email-missing = Saisissez votre adresse e-mail.
error-email-too-long = L'adresse e-mail doit contenir 254 caractères au maximum.
error-email-invalid = Saisissez une adresse e-mail au bon format, par exemple name@example.org.
error-password-missing = Saisissez un mot de passe.
error-password-too-short = Le mot de passe doit contenir au moins 10 caractères.
error-password-too-long = Le mot de passe doit contenir 256 caractères au maximum.
error-password-mismatch = Les deux mots de passe ne sont pas identiques.
error-password-wrong = Votre mot de passe actuel n'est pas correct.
error-login-failed = L'adresse e-mail ou le mot de passe n'est pas correct.
error-login-throttled = Trop de tentatives ont échoué. Attendez 15 minutes avant de réessayer.
error-org-name-missing = Saisissez le nom de l'organisation.
error-org-name-too-long = Le nom de l'organisation doit contenir 120 caractères au maximum.
error-name-missing = Saisissez votre nom.
error-name-too-long = Le nom doit contenir 100 caractères au maximum.
error-text-control-characters = Retirez de ce texte les caractères de contrôle invisibles.
error-country-missing = Saisissez le pays.
error-country-invalid = Saisissez un code pays à deux lettres, par exemple SE ou GB.
error-language-invalid = Choisissez une des langues proposées.
error-timezone-missing = Saisissez le fuseau horaire.
error-timezone-invalid = Saisissez un fuseau horaire comme Europe/Brussels.
error-role-invalid = Choisissez un des rôles proposés.
error-role-not-assignable = Vous pouvez seulement donner des rôles inférieurs au vôtre.
error-token-name-missing = Saisissez un nom pour le jeton.
error-token-name-invalid = Le nom doit contenir 100 caractères au maximum, sans caractères de contrôle.

# Errors as pages and problem documents
error-not-found = Page introuvable
error-not-found-detail = Il n'y a rien ici, ou vous n'y avez pas accès.
error-unauthenticated = Vous devez vous connecter
error-unauthenticated-detail = Connectez-vous pour voir cette page.
error-forbidden = Vous ne pouvez pas faire cela
error-forbidden-detail = Votre rôle dans cette organisation ne le permet pas. Si vous en avez besoin, demandez à un propriétaire.
error-csrf-failed = Le formulaire a expiré
error-csrf-failed-detail = Pour votre sécurité, revenez en arrière, rechargez la page et réessayez.
error-too-many-attempts = Trop de tentatives échouées
error-too-many-attempts-detail = La connexion est suspendue pour ce compte ou cette adresse. Attendez 15 minutes, puis réessayez.
error-invalid-input = Certaines informations ne sont pas valides
error-invalid-input-detail = Corrigez les champs indiqués, puis réessayez.
error-too-large = La requête est trop volumineuse
error-too-large-detail = Envoyez moins de données à la fois.
error-bad-request = La requête n'a pas pu être comprise
error-bad-request-detail = Vérifiez ce qui a été envoyé, puis réessayez.
error-method-not-allowed = Cette action n'est pas possible ici
error-method-not-allowed-detail = Cette adresse n'accepte pas ce type de requête.
error-unsupported-media-type = Type de contenu non pris en charge
error-unsupported-media-type-detail = Envoyez les données comme l'explique la documentation (JSON pour l'API, un formulaire pour les pages).
error-internal = Un problème est survenu de notre côté
error-internal-detail = Le problème a été enregistré. Réessayez dans un instant.
error-last-owner = Une organisation doit avoir au moins un propriétaire
error-last-owner-detail = Nommez d'abord une autre personne propriétaire.
error-already-member = Déjà membre
error-already-member-detail = Cette personne fait déjà partie de l'organisation.
error-email-taken = Un compte existe déjà avec cette adresse e-mail
error-email-taken-detail = Connectez-vous plutôt avec ce compte.
error-already-set-up = bridges est déjà configuré
error-already-set-up-detail = Connectez-vous avec un compte existant.
error-invitation-other-account = Cette invitation est pour un autre compte
error-invitation-other-account-detail = Connectez-vous avec l'adresse e-mail qui a été invitée, ou déconnectez-vous et créez le compte.
