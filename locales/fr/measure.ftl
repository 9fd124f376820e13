# Measure: the dashboard, activities, advice, indicators, reviews.
measure-title = Mesurer
measure-dashboard = Tableau de bord
measure-activities = Activités
measure-advice = Conseils et suivi individuel
measure-indicators = Indicateurs
measure-whole-organisation = Toute l'organisation
measure-show = Afficher
measure-year-so-far = Depuis le début de { $year }
measure-activities-logged = Activités enregistrées
measure-attendance = Participation
measure-people-advised = Personnes conseillées
measure-occasions = Entretiens de conseil
measure-volunteer-hours = Heures de bénévolat
measure-languages-used = Langues utilisées
measure-suppression-note = Un nombre qui concerne moins de { $k } personnes n'est pas affiché, afin que personne ne puisse être reconnu.
measure-attention = À surveiller
measure-objectives = Les objectifs et leurs indicateurs
measure-no-indicators = Aucun indicateur pour l'instant.
measure-define-first = Définissez le premier.
measure-objective-unmeasured = Aucun indicateur ne mesure encore cet objectif.
measure-export-xlsx = Télécharger les valeurs (XLSX)
measure-calendar = Calendrier des séances (iCalendar)
measure-reviews = Bilans
measure-next-review = Prochain bilan prévu le { $date }.
measure-no-reviews = Aucun bilan enregistré pour l'instant.
measure-record-review = Enregistrer un bilan
measure-fewer-than = moins de { $k }
measure-hidden = masqué
measure-no-data = Pas encore de données
measure-baseline = Valeur de référence
measure-target = Valeur cible
measure-actual = Dernière valeur
measure-progress = Progression vers la valeur cible
measure-status = État
measure-status-achieved = Valeur cible atteinte
measure-status-on-track = En bonne voie
measure-status-off-track = En retard
measure-status-no-target = Pas de valeur cible
measure-status-no-data = Pas de données
measure-status-stale = Pas à jour
measure-values = Valeurs par période
measure-value = Valeur
measure-enter-value = Saisir une valeur
measure-define = Définir un indicateur
measure-any-kind = Tous les types
measure-all-programmes = Tous les programmes
measure-no-objective = Aucun projet ni objectif
measure-log-activity = Enregistrer une activité
measure-more-breakdowns = Par genre et par âge
measure-latest-activities = Dernières activités
measure-activity-count = { $count ->
    [one] { $count } activité enregistrée.
   *[other] { $count } activités enregistrées.
}
measure-no-activities = Aucune activité enregistrée pour l'instant.
measure-no-project = Aucun projet
measure-delete = Supprimer
measure-series = Séances régulières
measure-series-intro = Une séance qui a lieu chaque semaine, ou régulièrement à quelques semaines d'intervalle, et que l'on définit une seule fois. Son calendrier peut être ajouté à n'importe quelle application d'agenda.
measure-no-series = Aucune séance régulière pour l'instant.
measure-series-every = { $weeks ->
    [one] chaque semaine
   *[other] toutes les { $weeks } semaines
}
measure-add-series = Ajouter une séance régulière
measure-advice-private = Seul le personnel peut voir cette page. Les personnes accompagnées y sont désignées par une référence, jamais par leur nom ; les références et les notes sont chiffrées.
measure-overdue = Suivis en retard
measure-no-overdue = Aucun suivi n'est en retard.
measure-follow-up-done = Fait
measure-record-advice = Enregistrer un entretien de conseil
measure-recent-advice = Derniers entretiens
measure-no-advice = Aucun entretien de conseil enregistré pour l'instant.

activity-kind-event = Événement
activity-kind-session = Séance
activity-kind-training = Formation
activity-kind-meeting = Rencontre avec des décideurs
activity-kind-publication = Publication
activity-kind-campaign = Action de campagne
activity-kind-referral = Orientation vers un service
activity-kind-booking = Réservation d'une salle ou d'un événement
activity-kind-other = Autre

advice-outcome-resolved = Résolu
advice-outcome-ongoing = En cours
advice-outcome-referred = Orienté vers un autre service
advice-outcome-closed = Clos

indicator-source-manual = Saisi à la main, avec un justificatif
indicator-source-activities = Nombre d'activités
indicator-source-attendance = Personnes présentes aux activités
indicator-source-volunteer-hours = Heures de bénévolat
indicator-source-languages = Langues utilisées pendant les activités
indicator-source-people-advised = Personnes conseillées (chacune comptée une seule fois)
indicator-source-advice-occasions = Entretiens de conseil
indicator-source-check-ins = Points de suivi des binômes (Mettre en relation)
indicator-source-contact-hours = Heures passées ensemble par les binômes (Mettre en relation)
indicator-source-contact-quality = Qualité du contact, de 1 à 7 (Mettre en relation)
indicator-source-referrals-made = Orientations vers des services (Annuaire des services)
indicator-source-people-referred = Personnes orientées, chacune comptée une seule fois (Annuaire des services)
indicator-source-referrals-completed = Orientations qui ont satisfait le besoin, en tout ou en partie (Annuaire des services)

period-month = Mois
period-quarter = Trimestre
period-year = Année

breakdown-none = Sans ventilation
breakdown-community = Communauté des nouveaux arrivants et communauté d'accueil
breakdown-gender = Genre
breakdown-age = Tranche d'âge

group-arriving = Communauté des nouveaux arrivants
group-receiving = Communauté d'accueil
group-women = Femmes
group-men = Hommes
group-another = Autre genre
group-under-18 = Moins de 18 ans
group-18-25 = 18 à 25 ans
group-26-64 = 26 à 64 ans
group-65-plus = 65 ans et plus

direction-up = Plus c'est élevé, mieux c'est
direction-down = Plus c'est bas, mieux c'est

field-date = Date
field-time = Heure de début
field-activity_kind = Type d'activité
field-duration_minutes = Durée en minutes
field-place = Lieu
field-project = Projet
field-programme = Programme
field-topics = Thèmes
field-languages = Langues utilisées
field-attendees = Personnes présentes
field-arriving = Issues de la communauté des nouveaux arrivants
field-receiving = Issues de la communauté d'accueil
field-women = Femmes
field-men = Hommes
field-gender_another = Autre genre
field-age_under_18 = Moins de 18 ans
field-age_18_25 = 18 à 25 ans
field-age_26_64 = 26 à 64 ans
field-age_65_plus = 65 ans et plus
field-volunteers = Bénévoles
field-volunteer_hours = Total des heures de bénévolat
field-notes = Notes
field-client = Référence de la personne
field-topic = Sujet
field-outcome = Résultat
field-referral = Orientation vers
field-follow_up = Suivi à faire avant le
field-unit = Unité
field-direction = Sens souhaité
field-source = D'où viennent les chiffres
field-period = Période
field-baseline = Valeur de référence
field-baseline_on = Date de la valeur de référence
field-target_on = Date cible
field-disaggregation = Ventilé par
field-frameworks = Éléments de cadres de référence
field-value = Valeur
field-evidence = Justificatif
field-held_on = Date du bilan
field-concluded = Ce que l'équipe a conclu
field-decided = Ce que l'équipe a décidé
field-next_on = Prochain bilan
field-every_weeks = Toutes les combien de semaines
field-until = Dernière date

hint-attendees = Toutes les personnes venues. Les groupes ci-dessous font partie de ce nombre ; laissez un groupe vide si personne ne l'a compté.
hint-volunteer_hours = Les heures de tous les bénévoles additionnées, par exemple 4,5.
hint-languages = Codes de langue séparés par des virgules, par exemple ar, en, ps.
hint-topics = Des éléments de cadres de référence ou vos propres thèmes, séparés par des virgules, par exemple indicators-of-integration:bridges, eu-cbp:7.
hint-client = Un numéro de dossier, ou des initiales avec une année de naissance : jamais un nom. Une même référence désigne toujours la même personne.
hint-topic = Ce sur quoi la personne avait une question, par exemple le logement ou le droit de travailler.
hint-unit = Par exemple personnes, heures, séances ou %.
hint-frameworks = Par exemple indicators-of-integration:bridges, eu-cbp:7.
hint-period = Sous la forme 2026-03 pour un mois, 2026-Q1 pour un trimestre ou 2026 pour une année.
hint-evidence = D'où vient le chiffre : un registre, une enquête, le rapport d'un partenaire.
hint-concluded = Comment le travail avance par rapport à ses objectifs, avec les mots de l'équipe.

# Import and export
measure-import-export = Importer et exporter
measure-downloads = Téléchargements
measure-activities-xlsx = Télécharger les activités (XLSX)
measure-import-activities = Importer des activités
measure-import-indicators = Importer des valeurs d'indicateurs
measure-import-intro-activities = Envoyez un fichier CSV ou un classeur Excel (.xlsx, première feuille) dont la première ligne nomme les colonnes, comme dans le téléchargement des activités. Les colonnes date, activity_kind et title sont obligatoires ; project contient le titre d'un projet. Si une ligne pose problème, rien n'est importé, et chaque problème est indiqué avec sa ligne et sa colonne.
measure-import-intro-indicators = Envoyez le téléchargement des valeurs, complété par les valeurs des indicateurs saisis à la main. Les colonnes indicator_id, period, value et evidence sont lues, les autres sont laissées de côté ; une ligne sans valeur est ignorée. Si une ligne pose problème, rien n'est importé, et chaque problème est indiqué avec sa ligne et sa colonne.
measure-activities-imported = { $count ->
    [one] { $count } activité a été importée.
   *[other] { $count } activités ont été importées.
}
measure-values-imported = { $count ->
    [one] { $count } valeur a été importée.
   *[other] { $count } valeurs ont été importées.
}

error-count-invalid = Saisissez un nombre entier de 0 à 100 000.
error-codes-invalid = Utilisez des codes courts séparés par des virgules (lettres, chiffres et - : _ .), 50 au maximum.
error-time-invalid = Saisissez une heure en heures et minutes, par exemple 18:30.
error-activity-kind-invalid = Choisissez un type d'activité dans la liste.
error-duration-invalid = Saisissez la durée en minutes, de 1 à 10 080.
error-hours-invalid = Saisissez les heures sous forme de nombre, par exemple 4,5.
error-breakdown-exceeds-attendees = Les groupes comptent en tout plus de personnes que le nombre de personnes présentes.
error-advice-outcome-invalid = Choisissez un résultat dans la liste.
error-follow-up-before-contact = Le suivi ne peut pas être prévu avant l'entretien.
error-follow-up-missing = Indiquez une date de suivi pour un dossier en cours.
error-direction-invalid = Indiquez s'il vaut mieux que la valeur soit plus élevée ou plus basse.
error-indicator-source-invalid = Choisissez d'où viennent les chiffres.
error-programme-not-a-source = Un programme ne peut être choisi que pour des chiffres qui viennent de Mettre en relation.
error-objective-needs-project = Choisissez le projet auquel l'objectif appartient.
error-target-before-baseline = La date cible doit être postérieure à la date de la valeur de référence.
error-period-invalid = Saisissez une période sous la forme 2026-03, 2026-Q1 ou 2026, selon la période de l'indicateur.
error-disaggregation-invalid = Seule la participation peut être ventilée.
error-indicator-counted = Cet indicateur est calculé à partir de ce qui est enregistré : ses valeurs ne peuvent pas être saisies.
error-next-review-before-review = Le prochain bilan doit avoir lieu après celui-ci.
error-every-weeks-invalid = Saisissez un nombre de semaines de 1 à 52.

measure-pairs = Binômes des programmes de Connect
measure-pairs-meeting = Binômes qui se rencontrent
measure-pairs-quiet = Sans nouvelles
measure-pairs-closed = Clos
measure-waiting = Nouveaux arrivants en attente
measure-wait-days = Jours d'attente (médiane / plus long)

measure-templates = Partir d'un ensemble d'indicateurs
measure-templates-intro = Chaque ensemble ajoute ceux de ses indicateurs que vous n'avez pas encore. Ceux qui sont calculés à partir de ce que vous enregistrez se remplissent tout seuls ; indiquez ensuite leur valeur de référence et leur valeur cible.
measure-template-set = Ensemble d'indicateurs
measure-templates-add = Ajouter l'ensemble
template-set-forum = Compteurs et repères d'un forum
template-set-zaragoza = Indicateurs clés de Zaragoza
template-set-indicators-of-integration = Les 14 domaines du cadre des indicateurs d'intégration
template-set-focus = Contact entre les communautés (FOCUS)
template-forum-people-advised = Personnes conseillées
template-forum-advice-occasions = Entretiens de conseil
template-forum-people-referred = Personnes orientées vers un service
template-forum-referrals-completed = Orientations ayant répondu au besoin
template-forum-bookings = Réservations de salles, d'événements et de formations
template-forum-capacity-sessions = Séances de renforcement des capacités
template-forum-people-trained = Personnes formées
template-forum-policy-meetings = Rencontres avec des décideurs
template-forum-publications = Publications
template-forum-campaign-actions = Actions de campagne
template-forum-volunteer-hours = Heures de bénévolat
template-forum-languages = Langues parlées par nos bénévoles
template-forum-health-access = Améliorations de l'accès aux services de santé
template-zaragoza-employment = Taux d'emploi des nouveaux arrivants
template-zaragoza-education = Nouveaux arrivants diplômés du secondaire ou de l'enseignement supérieur
template-zaragoza-poverty = Nouveaux arrivants exposés au risque de pauvreté ou d'exclusion sociale
template-zaragoza-citizenship = Nouveaux arrivants résidents de longue durée ou ayant la nationalité
template-zaragoza-health = Nouveaux arrivants qui se disent en bonne santé
template-iio-work = Progrès signalés – Emploi
template-iio-housing = Progrès signalés – Logement
template-iio-education = Progrès signalés – Éducation
template-iio-health-and-social-care = Progrès signalés – Santé et protection sociale
template-iio-leisure = Progrès signalés – Loisirs
template-iio-bonds = Progrès signalés – Liens internes : au sein de son propre groupe
template-iio-bridges = Progrès signalés – Passerelles : avec d'autres groupes
template-iio-links = Progrès signalés – Liens institutionnels : avec les institutions
template-iio-language-and-communication = Progrès signalés – Langue et communication
template-iio-culture = Progrès signalés – Culture
template-iio-digital-skills = Progrès signalés – Compétences numériques
template-iio-safety = Progrès signalés – Sécurité
template-iio-stability = Progrès signalés – Stabilité
template-iio-rights-and-responsibilities = Progrès signalés – Droits et responsabilités
template-focus-contact-quality = Qualité du contact au sein des binômes
template-focus-contact-meetings = Rencontres des binômes
template-focus-contact-hours = Heures passées ensemble par les binômes
template-focus-mixed-sessions = Personnes des deux communautés présentes aux séances
unit-people = personnes
unit-occasions = entretiens
unit-referrals = orientations
unit-activities = activités
unit-hours = heures
unit-languages = langues
unit-percent = %
unit-count = nombre
unit-rating = 1–7
measure-measuring = Indicateurs qui mesurent { $item }.
measure-all-indicators = Tous les indicateurs
measure-objective-progress = { $good ->
    [one] { $good } indicateur sur { $judged } en bonne voie.
   *[other] { $good } indicateurs sur { $judged } en bonne voie.
}
measure-threshold = Petits nombres
measure-threshold-save = Enregistrer
field-threshold = Masquer les effectifs inférieurs à
hint-threshold = Les bénévoles et les lecteurs voient « moins de » ce nombre à la place d'un effectif plus petit. Au moins 5 ; 10 est l'usage courant.
error-threshold-invalid = Saisissez un nombre entier de 5 à 1 000.
measure-publish-calendar = Publier le calendrier
measure-calendar-published = Le calendrier a un lien public. Les personnes qui l'ont peuvent ajouter les séances à leur propre agenda ; il montre les titres, horaires, lieux et langues, rien sur les personnes.
measure-calendar-not-published = Le calendrier n'est pas publié. Le publier lui donne un lien auquel chacun peut s'abonner : titres, horaires, lieux et langues des séances, rien sur les personnes.
measure-calendar-new-link = Créer un nouveau lien (l'ancien ne fonctionnera plus)
measure-calendar-link-made = Voici le lien du calendrier. Copiez-le maintenant : il ne sera plus affiché.
error-project-ambiguous = Plusieurs projets portent ce titre : indiquez plutôt l'identifiant du projet.
error-value-repeated = Cet indicateur a déjà une valeur pour cette période plus haut dans le fichier.
measure-no-programme = Aucun programme
error-programme-ambiguous = Plusieurs programmes portent ce nom : indiquez plutôt l'identifiant du programme.
field-indicator-need = Orientations pour le besoin
hint-indicator-need = Seulement pour un nombre d'orientations : celles qui concernent ce besoin (un besoin plus large englobe les besoins plus précis).
measure-any-need = Tous les besoins
