# Enquêtes (Mesurer)
survey-title = Enquêtes
survey-intro = Posez aux personnes avec qui vous travaillez — nouveaux arrivants comme résidents de longue date — les mêmes questions avant et après votre action, et lisez les réponses avec leurs marges d'erreur. Les petits groupes ne sont jamais affichés.
survey-none = Aucune enquête pour l'instant.
survey-responses = Réponses
survey-status-open = Ouverte aux réponses
survey-status-closed = Clôturée
survey-new = Lancer une enquête à partir de questionnaires prêts à l'emploi
hint-survey-title = Laissez vide pour reprendre le titre des questionnaires.
survey-instruments = Questionnaires à inclure
error-survey-instruments-missing = Choisissez au moins un questionnaire.
survey-waves = Comparer avant et après
hint-survey-waves = Les personnes qui répondent indiquent si elles répondent avant ou après votre action et peuvent donner un code personnel, afin que les réponses d'une même personne puissent être appariées.
survey-invitation-only = Seules les personnes ayant un code d'invitation peuvent répondre (chaque code une seule fois)
survey-create = Créer l'enquête
survey-import = Importer un XLSForm
survey-import-intro = Téléversez un formulaire conçu pour KoboToolbox ou ODK (.xlsx ou .xls). Rien n'est créé tant que chaque ligne n'a pas été comprise ; chaque problème est indiqué avec sa feuille, sa ligne et sa colonne.
survey-xlsform-file = Classeur XLSForm
survey-import-button = Importer le formulaire
survey-import-problems = Le formulaire n'a pas été importé
import-field = Colonne
survey-holds = { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}
survey-responses-count = { $n ->
    [one] { $n } réponse
   *[other] { $n } réponses
}
survey-results = Résultats
survey-entry = Saisir un questionnaire papier
survey-download-xlsform = Télécharger au format XLSForm
survey-download-responses = Télécharger les réponses (XLSX, avec les libellés)
survey-download-responses-csv = Télécharger les réponses (CSV, avec les codes)
survey-links = Liens à partager
survey-links-intro = Toute personne qui a un lien peut répondre sans compte. Rien de ce qui permettrait de l'identifier — ni adresse, ni appareil, ni heure de la journée — n'est conservé avec la réponse.
survey-close = Ne plus accepter de réponses
survey-open = Accepter de nouveau des réponses
survey-invitations = Codes d'invitation
survey-invitations-held = { $n ->
    [one] { $n } code créé.
   *[other] { $n } codes créés.
}
survey-invitations-used = { $n ->
    [one] { $n } utilisé.
   *[other] { $n } utilisés.
}
survey-invitations-count = Nombre de nouveaux codes
survey-invitations-make = Créer les codes et les télécharger
error-survey-invitations-count = Saisissez un nombre de 1 à 2 000.
survey-figures = Chiffres réels
survey-figures-intro = Les personnes qui répondent estiment ces chiffres ; saisissez le chiffre local réel et sa source, pour que les résultats puissent montrer l'écart.
survey-figure-employment = Nouveaux arrivants ayant un emploi rémunéré (%)
survey-figure-degree = Nouveaux arrivants titulaires d'un diplôme universitaire (%)
survey-figure-benefits = Nouveaux arrivants percevant des prestations sociales (%)
survey-figure-actual = Chiffre réel : { $value } %
field-actual = Chiffre réel (%)
field-source-of-figure = Source
field-as_of = Date de référence
survey-figure-save = Enregistrer le chiffre
error-survey-figure-invalid = Saisissez un pourcentage de 0 à 100.
survey-back = Retour à l'enquête
survey-by = Comparer
survey-by-all = Tout le monde
survey-by-community = Par communauté
survey-by-wave = Avant et après
survey-total = { $n ->
    [one] { $n } réponse.
   *[other] { $n } réponses.
}
survey-group = Groupe
survey-group-all = Tout le monde
survey-group-arriving = Personnes arrivées ces dernières années
survey-group-receiving = Personnes installées ici depuis longtemps
survey-group-before = Avant
survey-group-after = Après
survey-suppression = Les groupes de moins de { $k } personnes ne sont pas affichés, pas plus que les chiffres qui permettraient de les déduire.
survey-intervals = Les fourchettes sont des intervalles de confiance à 95 %.
survey-mean = Moyenne
survey-interval = Intervalle à 95 %
survey-concern = Au seuil d'alerte ou en dessous
survey-gap = Estimation moins chiffre réel
survey-difference-community = Écart, personnes arrivées ces dernières années moins personnes installées de longue date :
survey-difference-wave = Écart, après moins avant :
survey-difference-all = Écart, personnes arrivées ces dernières années moins personnes installées de longue date :
survey-difference-suppressed = La différence n'est pas affichée : un groupe compte moins de { $k } réponses.
survey-effect-size = taille d'effet
survey-paired = { $n ->
    [one] Évolution chez { $n } personne ayant répondu avant et après :
   *[other] Évolution chez { $n } personnes ayant répondu avant et après :
}
survey-paired-suppressed = L'évolution appariée n'est pas affichée : moins de { $k } personnes ont répondu les deux fois.
survey-neutral = Neutre
survey-questions = Question par question
survey-choice = Réponse
survey-public-intro = { $organisation } vous pose ces questions. Ne répondez qu'à celles que vous voulez ; vous restez anonyme.
survey-step = Page { $step }
survey-wave-question = À quel moment répondez-vous ?
survey-wave-before = Avant les activités
survey-wave-after = Après les activités
survey-respondent = Votre code personnel (facultatif)
hint-survey-respondent = Choisissez-en un dont vous vous souviendrez, par exemple les deux premières lettres du prénom de votre mère suivies de votre mois de naissance. Donnez le même code la prochaine fois pour que vos réponses puissent être comparées ; il ne nous permet pas de savoir qui vous êtes.
survey-invitation = Code d'invitation
survey-next = Suivant
survey-send = Envoyer mes réponses
survey-privacy = Vos réponses sont enregistrées de façon chiffrée. Ni l'adresse, ni l'appareil, ni l'heure de la journée ne sont conservés.
survey-thanks-title = Merci
survey-thanks = Vos réponses sont bien parvenues à { $organisation }.
survey-answers-problems = Certaines réponses sont à revoir
error-survey-answers-invalid = Certaines réponses n'ont pas pu être acceptées ; vérifiez-les et envoyez-les de nouveau.
error-survey-wave-missing = Indiquez si vous répondez avant ou après.
error-survey-closed = Cette enquête n'accepte plus de réponses.
error-survey-invitation-invalid = Ce code d'invitation n'est pas valide ou a déjà été utilisé.
error-answer-required = Cette question demande une réponse.
error-answer-not-a-number = Saisissez un nombre.
error-answer-not-an-integer = Saisissez un nombre entier.
error-answer-out-of-range = Ce nombre est en dehors de la plage autorisée.
error-answer-off-step = Ce nombre ne correspond à aucun des pas autorisés.
error-answer-not-a-choice = Choisissez l'une des réponses proposées.
error-answer-choice-not-offered = Cette réponse n'est pas proposée ici.
error-answer-duplicate-choice = Une réponse a été choisie deux fois.
error-answer-not-a-date = Saisissez une date sous la forme année-mois-jour.
error-answer-not-a-time = Saisissez une heure sous la forme heures:minutes.
error-answer-not-a-date-time = Saisissez une date et une heure.
error-answer-not-a-geopoint = Saisissez une latitude et une longitude séparées par un espace.
error-answer-not-acknowledged = Cochez la case.
error-answer-constraint = Cette réponse n'est pas acceptée.
error-answer-form-expression = Le formulaire contient une règle qui ne peut pas être calculée.
error-answer-too-long = Cette réponse est trop longue.
error-answer-too-many = Trop de réponses ont été envoyées.
error-answer-unknown-question = Une réponse a été envoyée pour une question qui ne figure pas dans le formulaire.
error-xlsform-choice-name-with-space = Le nom d'un choix ne peut pas contenir d'espaces.
error-xlsform-choice-without-name = Un choix n'a pas de nom.
error-xlsform-duplicate-choice = Deux choix d'une même liste portent le même nom.
error-xlsform-duplicate-column = La même colonne apparaît deux fois (en-tête de colonne en double).
error-xlsform-duplicate-name = Deux questions portent le même nom.
error-xlsform-duplicate-sheet = Deux feuilles portent le même nom.
error-xlsform-export-failed = Le formulaire n'a pas pu être enregistré sous forme de classeur.
error-xlsform-invalid-name = Un nom doit commencer par une lettre ou un tiret bas, et ne contenir que des lettres, des chiffres, des points, des tirets et des tirets bas.
error-xlsform-invalid-parameters = Les paramètres de cette question ne peuvent pas être lus.
error-xlsform-media-column = Les images, les sons et les vidéos ne sont pas pris en charge dans les formulaires.
error-xlsform-missing-calculation = Une question de type calculate doit comporter un calcul.
error-xlsform-missing-list = La liste de choix utilisée par cette question n'existe pas.
error-xlsform-missing-name = Cette question n'a pas de nom.
error-xlsform-missing-type = Cette ligne n'a pas de type.
error-xlsform-no-survey = Le classeur n'a pas de feuille survey.
error-xlsform-no-type-column = La feuille survey n'a pas de colonne type.
error-xlsform-reserved-name = Ce nom est réservé par XLSForm.
error-xlsform-too-many-problems = Il y a plus de problèmes qu'il n'est possible d'en afficher ; corrigez d'abord ceux-ci.
error-xlsform-unclosed-group = Un groupe est ouvert mais n'est jamais fermé.
error-xlsform-unknown-type = Ce type de question n'existe pas dans XLSForm.
error-xlsform-unmatched-end = Un groupe est fermé alors qu'il n'a jamais été ouvert.
error-xlsform-unsupported-calculation = Ce calcul n'est pas pris en charge.
error-xlsform-unsupported-column = bridges ne prend pas en charge cette colonne.
error-xlsform-unsupported-expression = Cette expression utilise un élément que bridges ne prend pas en charge.
error-xlsform-unsupported-parameters = Ces paramètres ne sont pas pris en charge.
error-xlsform-unsupported-setting = bridges ne prend pas en charge ce réglage.
error-xlsform-unsupported-type = bridges ne peut pas poser ce type de question (photos, sons, fichiers, répétitions, choix tirés de fichiers, cartes).
error-xlsform-empty-survey = La feuille survey ne contient aucune question.
error-survey-by-invalid = Choisissez all (tout le monde), community (par communauté) ou wave (avant et après).
error-survey-closed-detail = Les responsables de cette enquête ne recueillent plus de réponses. Rien n’a été enregistré.
error-survey-invitation-invalid-detail = Chaque code d’invitation ne sert qu’une fois, pour cette enquête seulement. Rien n’a été enregistré.
survey-import-responses = Importer des réponses recueillies ailleurs
survey-import-responses-intro = Envoyez un export de soumissions de KoboToolbox ou d’ODK (CSV ou XLSX, avec codes ou libellés), ou un fichier de réponses exporté d’ici. Chaque ligne est vérifiée comme une réponse donnée par le lien ; rien n’est ajouté si une ligne est fausse, et une soumission déjà importée est ignorée.
survey-responses-file = Fichier de soumissions
survey-import-responses-button = Importer les réponses
survey-import-responses-problems = Les réponses n’ont pas été importées
survey-imported = { $rows ->
    [one] { $rows } ligne lue
   *[other] { $rows } lignes lues
}, { $added ->
    [one] { $added } nouvelle réponse ajoutée.
   *[other] { $added } nouvelles réponses ajoutées.
}
indicator-source-survey-score = Moyenne d’un score d’enquête
field-survey_score = Score d’enquête
hint-survey_score = Pour un indicateur qui lit une enquête : le score dont il suit la moyenne, période par période.
field-survey_group = Parmi
error-survey-not-a-source = Seul un indicateur qui lit une enquête prend un score d’enquête.
error-survey-score-missing = Choisissez le score d’enquête que suit cet indicateur.
error-survey-group-invalid = Choisissez tout le monde, les personnes arrivées ou celles qui accueillent.
survey-actual-line = Réel
