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
login = Se connecter
logout = Se déconnecter
back-home = Retour à la page d'accueil
language-switch = Langue
footer-text = bridges aide les organisations qui rapprochent les nouveaux arrivants et les résidents de longue date.

# Fields
field-email = Adresse e-mail
field-password = Mot de passe
field-password_confirm = Saisissez à nouveau le mot de passe
field-current = Mot de passe actuel
field-name = Nom
field-your-name = Votre nom
field-programme-name = Nom du programme
field-stakeholder-name = Personne ou organisation
field-partner-name = Organisation partenaire
field-token-name = À quoi sert ce jeton
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
error-text-invisible-characters = Ce texte contenait des caractères invisibles qui peuvent inverser le texte autour d’eux, et bridges ne les garde pas. Vérifiez le texte sans eux et envoyez-le à nouveau.
error-country-missing = Saisissez le pays.
error-country-invalid = Saisissez un code pays à deux lettres, par exemple SE ou GB.
error-language-invalid = Choisissez une des langues proposées.
error-timezone-missing = Saisissez le fuseau horaire.
error-timezone-invalid = Saisissez un fuseau horaire comme Europe/Brussels.
error-role-invalid = Choisissez un des rôles proposés.
error-role-not-assignable = Vous pouvez seulement donner des rôles inférieurs au vôtre.
error-role-not-assignable-detail = Demandez à un propriétaire de donner ce rôle.
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
error-wrong-type = Les données n'ont pas le bon type
error-wrong-type-detail = Une valeur envoyée n'est pas du type décrit dans la documentation (par exemple du texte à la place d'un nombre).
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

list-any = Tous
list-filter = Afficher
list-clear = Effacer les filtres
list-none-match = Personne ne correspond à ces filtres.
list-showing = { $total ->
    [0] Rien à afficher.
   *[other] { $first }–{ $last } sur { $total }
}
pager-label = Pages de la liste
pager-previous = ← Page précédente
pager-next = Page suivante →
pager-position = Page { $page } sur { $pages }
list-separator = {", "}
language-at-level = { $language } ({ $level })
