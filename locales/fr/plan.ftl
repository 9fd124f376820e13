# Plan: projects and the power analysis
projects-title = Projets
projects-intro = Planifiez un projet en suivant les six étapes de la boîte à outils. L'étape 4, l'analyse de qui a du pouvoir sur le résultat, est prête ; les autres étapes sont en cours de construction.
projects-none = Aucun projet pour l'instant.
projects-new = Lancer un projet
projects-create = Créer le projet
field-aims = Objectifs
projects-steps = Les six étapes
projects-step-policy-areas = Étape 1 : les domaines d'action publique qu'il touche
projects-step-principles = Étape 2 : les principes qui le structurent
projects-step-evidence = Étape 3 : démontrer la nécessité du projet, données à l'appui
projects-step-power = Étape 4 : analyse des rapports de force entre les parties prenantes
projects-step-partnerships = Étape 5 : partenariats
projects-step-setbacks = Étape 6 : les revers et les droits en jeu
projects-step-guidance = Lire les conseils pour cette étape
power-title = Analyse des rapports de force
power-intro = Listez les institutions et les personnes autour du projet : le pouvoir de chacune sur le résultat, l'intérêt qu'elle porte au projet, sa position, et de qui elle suit l'exemple. Marquez comme cibles les décideurs que vous devez faire bouger, et indiquez qui fait bouger qui. bridges vous suggère ensuite qui approcher en premier, et pourquoi.
power-approach-first = Qui approcher en premier
power-no-leverage = Ajoutez des parties prenantes, marquez au moins une cible et indiquez qui fait bouger qui : les suggestions apparaîtront ici.
power-moves-targets = Fait bouger directement { $names }.
power-moves-indirectly = Fait bouger une cible par l'intermédiaire d'autres parties prenantes.
power-is-ally = Déjà de votre côté.
power-reached-through = Vous pouvez l'atteindre par : { $chain }.
power-no-channel = Aucun moyen connu de l'atteindre pour l'instant.
power-opponents = Où se situent les opposants
power-no-opponents = Aucune partie prenante n'est marquée comme opposée ou sceptique.
power-quadrant-key-players = beaucoup de pouvoir, beaucoup d'intérêt : impliquer étroitement
power-quadrant-keep-satisfied = beaucoup de pouvoir, peu d'intérêt : veiller à sa satisfaction
power-quadrant-keep-informed = peu de pouvoir, beaucoup d'intérêt : tenir informé
power-quadrant-monitor = peu de pouvoir, peu d'intérêt : observer
power-reach = Qui vos alliés peuvent atteindre, et comment
power-cycles = Cercles d'influence mutuelle
power-cycles-intro = Ces parties prenantes s'influencent les unes les autres : traitez chaque cercle comme un seul bloc.
power-grid = Influence et position
power-grid-desc = Chaque partie prenante est placée selon sa position (à gauche : opposé, à droite : champion) et son pouvoir sur le résultat (en haut : décisif). Les cibles sont entourées d'un anneau. Le tableau ci-dessous contient les mêmes informations.
power-stakeholders = Parties prenantes
power-influence = Pouvoir sur le résultat (de 1 à 5)
power-interest = Intérêt pour le projet (de 1 à 5)
power-stance = Position
power-cue = Suit l'exemple de
power-target = Cible
power-target-check = Un décideur que le projet doit faire bouger (cible)
power-kind = Type
power-kind-institution = Institution
power-kind-person = Personne
power-add-stakeholder = Ajouter une partie prenante
power-add-relation = Indiquer qui fait bouger qui
power-from = Qui
power-relation-kind = Comment
power-to = Envers qui
power-relations = Relations
stance-opposed = Opposé
stance-sceptical = Sceptique
stance-neutral = Neutre
stance-supportive = Favorable
stance-champion = Champion
relation-influences = influence
relation-funds = finance
relation-answers-to = rend des comptes à
relation-allied-with = est allié à
error-level-invalid = Choisissez un nombre de 1 à 5.
error-stance-invalid = Choisissez une des positions proposées.
error-stakeholder-unknown = Choisissez une partie prenante de cette carte.
error-relation-same = Choisissez deux parties prenantes différentes.
error-relation-kind-invalid = Choisissez une des relations proposées.
error-map-full = Cette carte est pleine
error-map-full-detail = Une carte peut contenir au maximum 500 parties prenantes et 2 000 relations.

# Plan: steps 1 and 2
step-intro-policy-areas = Choisissez les domaines d'action publique essentiels à l'intégration que votre projet touche, et indiquez pour chacun de quelle manière il le touche.
step-intro-principles = Choisissez les principes qui structureront le projet, et indiquez pour chacun comment le projet l'applique. Les principes que les conseils et les pratiques de la boîte à outils appliquent souvent avec les domaines d'action publique que vous avez choisis sont signalés.
step-suggested = { $count ->
    [one] Contenu de la bibliothèque qui l'applique avec vos domaines d'action publique : { $count }
   *[other] Contenus de la bibliothèque qui l'appliquent avec vos domaines d'action publique : { $count }
}
step-note-label = Lien du projet avec : { $item }
step-note-placeholder-policy-areas = De quelle manière le projet touche-t-il ce domaine ?
step-note-placeholder-principles = Comment le projet appliquera-t-il ce principe ?
step-area-relations = Les liens entre les domaines choisis
step-area-relations-hint = Par exemple : dans l'exemple de Bruxelles présenté dans la boîte à outils, il fallait travailler à la fois sur le logement et sur l'éducation.

# Plan: step 5
partners-intro = Pour chaque partenaire : ce qu'il apporte, ce qu'il attend du projet, votre limite non négociable avec lui, et à quel moment vous vous retireriez. Indiquez la part du financement du projet que chacun apporte, pour que bridges puisse vous signaler quand la base de financement est trop étroite.
partners-none = Aucun partenaire pour l'instant.
partners-add = Ajouter un partenaire
partners-narrow-base = La base de financement est étroite
partners-warning-single-funder = Un seul partenaire finance le projet. S'il se retire ou pose des conditions, le projet n'a aucune solution de repli.
partners-warning-dominant-funder = Un partenaire apporte plus de la moitié du financement. Dépendre d'un seul financeur peut faire perdre son indépendance à un projet.
partners-warning-shares-over-hundred = Les parts de financement font plus de 100 % au total. Vérifiez les chiffres.
partners-largest = Part la plus importante : { $name }
field-brings = Ce qu'il apporte
field-wants = Ce qu'il attend
field-bottom_line = Votre limite non négociable avec lui
field-walk_away_if = Vous vous retireriez si
field-funding_share = Part du financement (%)
hint-funding-share = Un nombre de 0 à 100. Laissez vide si ce partenaire n'apporte pas d'argent.
error-share-invalid = Saisissez un nombre de 0 à 100.

# Plan: step 6
setbacks-intro = Listez ce qui pourrait mal tourner : une décision, une coupe budgétaire, une campagne hostile. Pour chaque revers, indiquez les droits en jeu, s'il faudra un soutien juridique, et les alliés que vous solliciteriez.
setbacks-none = Aucun revers listé pour l'instant.
setbacks-add = Ajouter un revers
setbacks-description = Ce qui pourrait arriver
setbacks-rights = Droits en jeu
setbacks-legal-check = Un soutien juridique sera nécessaire
setbacks-legal-yes = Un soutien juridique sera nécessaire.
setbacks-legal-no = Aucun soutien juridique prévu.
setbacks-allies = Alliés à solliciter
setbacks-response = Ce que le projet fera
setbacks-unprepared = Les droits de personnes sont en jeu et personne n'est prêt à les aider : prévoyez un soutien juridique ou des alliés.
right-echr-2 = Droit à la vie (article 2)
right-echr-3 = Interdiction de la torture (article 3)
right-echr-4 = Interdiction de l'esclavage et du travail forcé (article 4)
right-echr-5 = Droit à la liberté et à la sûreté (article 5)
right-echr-6 = Droit à un procès équitable (article 6)
right-echr-7 = Pas de peine sans loi (article 7)
right-echr-8 = Droit au respect de la vie privée et familiale (article 8)
right-echr-9 = Liberté de pensée, de conscience et de religion (article 9)
right-echr-10 = Liberté d'expression (article 10)
right-echr-14 = Interdiction de discrimination (article 14)
right-eu-charter = Charte des droits fondamentaux de l'Union européenne
ally-anti-racist = Associations antiracistes
ally-trade-unions = Syndicats
ally-faith = Groupes religieux
ally-gender-equality = Associations pour l'égalité femmes-hommes
ally-youth = Associations de jeunes
ally-older-people = Associations de personnes âgées
ally-disability = Associations de personnes handicapées
ally-experts = Experts

# Plan: step 3
evidence-intro = Notez chaque affirmation du projet et les preuves qui l'appuient : des données, une étude, un témoignage, un groupe de discussion. Pour chaque preuve, indiquez d'où elle vient, de quand elle date, qui la garantit et ce que l'on ignore encore. Notez aussi les groupes de discussion et les recherches participatives.
evidence-gaps = Affirmations sans preuve : { $claims }.
evidence-unbacked = Preuves que personne ne garantit : { $count }.
evidence-claims = Affirmations
evidence-none = Aucune affirmation pour l'instant.
evidence-claim-unsupported = Aucune preuve pour cette affirmation pour l'instant.
evidence-nobody-backs = Personne ne garantit encore cette preuve.
evidence-backed-by = Garantie par : { $who }
evidence-unknowns = Encore inconnu : { $what }
evidence-sessions = Groupes de discussion et recherche participative
evidence-session-gaps = Lacunes mises au jour : { $gaps }
evidence-add-claim = Ajouter une affirmation
evidence-claim = L'affirmation
evidence-add-evidence = Ajouter une preuve
evidence-for-claim = Pour l'affirmation
evidence-kind = Type de preuve
evidence-kind-data = Données
evidence-kind-study = Étude
evidence-kind-testimony = Témoignage
evidence-kind-focus-group = Groupe de discussion
evidence-summary = Ce qu'elle montre
evidence-field-source = Source
evidence-field-date = Date
evidence-field-backed_by = Qui la garantit
evidence-field-unknowns = Ce que l'on ignore encore
evidence-add-session = Enregistrer une séance
evidence-participants = Qui a participé
evidence-learned = Ce que vous avez appris
evidence-gaps-revealed = Les lacunes qu'elle a mises au jour
error-claim-unknown = Choisissez une des affirmations de la liste.
error-evidence-kind-invalid = Choisissez un des types proposés.

## Plan: the project as a whole (overview, profile, objectives, team, printable plan, history)
save = Enregistrer
not-said = Non précisé
project-edit = Modifier le projet
project-print = Le plan complet, prêt à imprimer
project-history = Historique des modifications
field-status = Statut
status-planning = En préparation
status-running = En cours
status-paused = En pause
status-finished = Terminé
field-starts_on = Date de début
field-ends_on = Date de fin
error-date-invalid = Saisissez une date au format année-mois-jour, par exemple 2027-03-31.
error-dates-reversed = La date de fin est antérieure à la date de début.
error-choice-invalid = Choisissez une des options de la liste.
context-title = Le contexte local
context-intro = Ce qui fonctionne dépend du lieu : depuis combien de temps il connaît l'immigration, si les personnes ne font qu'y passer ou s'y installent, et à quelle vitesse la situation évolue.
context-none = Le contexte local n'a pas encore été décrit.
field-history = Depuis combien de temps le territoire connaît l'immigration
history-new = Une immigration de cette ampleur est nouvelle ici
history-established = Ici, l'immigration remonte à longtemps
field-movement = Les personnes sont-elles de passage ou s'installent-elles ?
movement-transit = Surtout de passage
movement-mixed = Certaines sont de passage, d'autres restent
movement-settlement = S'installent pour la plupart
field-communities = Les principales communautés
field-changing = Ce qui change en ce moment
field-fast_change = La situation évolue vite ici (nouvelles arrivées, fermetures, nouvelles règles)
advice-title = Ce que ce contexte implique pour le plan
advice-read = en savoir plus
context-new = Là où l'immigration est récente, il existe souvent peu de groupes de personnes migrantes et de services déjà établis sur lesquels s'appuyer, et les résidents de longue date en ont parfois peu l'expérience. Prévoyez du temps pour instaurer la confiance de part et d'autre, et attendez-vous à devoir créer des structures plutôt qu'à rejoindre des structures existantes.
context-established = Là où l'immigration est ancienne, des associations de personnes migrantes, des responsables communautaires et des deuxièmes générations sont déjà présents. Appuyez-vous sur eux : ils peuvent diriger ou codiriger le projet, et faire le lien entre les personnes arrivées plus récemment et l'ensemble de la population.
context-transit = Là où les personnes sont surtout de passage, les priorités ne sont pas les mêmes que là où elles s'installent : une aide courte et concrète, des informations sur leurs droits et sur les lieux où s'adresser ensuite comptent plus que de longs programmes. Tenez compte du fait que des personnes peuvent partir avant la fin du projet.
context-mixed = Là où certaines personnes sont de passage et d'autres restent, le plan peut avoir besoin de deux volets : une aide rapide et concrète pour celles qui repartent, et une participation à plus long terme pour celles qui restent.
context-settlement = Là où les personnes s'installent, ce sont les domaines de long terme qui comptent le plus : l'emploi, le logement, l'éducation, la santé et la participation aux décisions locales. Prévoyez une participation qui dure.
context-fast-change = Quand la situation évolue vite, de bons liens avec les décideurs permettent au projet de s'adapter à temps. Revoyez souvent le plan et guettez les conséquences que personne n'avait prévues, bonnes ou mauvaises.
context-transfer = Les enseignements tirés d'autres lieux ne sont transposables que dans la mesure où leur contexte ressemble au vôtre : comparez les pratiques dont vous vous inspirez avec ce profil.
field-leadership = Des personnes migrantes dirigent-elles le projet ?
leadership-unstated = Non précisé
leadership-led = Dirigé par des personnes migrantes
leadership-co-led = Codirigé par des personnes migrantes
leadership-not-led = Non dirigé par des personnes migrantes
checks-title = Est-ce un bon projet d'intégration ?
checks-intro = La boîte à outils cite six qualités d'un bon projet d'intégration. Indiquez en une ou deux phrases comment ce projet répond à chacune.
checks-summary = Qualités démontrées par ce qui est enregistré dans le plan : { $shown } sur 6.
checks-quality = Qualité
checks-state = État
checks-statement = Comment le projet y répond
check-state-missing = Non traitée
check-state-stated = Décrite
check-state-shown = Démontrée dans le plan
quality-inequalities = Il s'attaque aux inégalités
quality-involvement = Toutes les personnes concernées sont impliquées dès le départ
quality-evidence = Il s'appuie sur des preuves
quality-dialogue = Il crée du dialogue entre les cultures
quality-empowerment = Il renforce le pouvoir d'agir des personnes qu'il accompagne
quality-leadership = Des personnes migrantes le dirigent ou le codirigent
quality-hint-inequalities = À quelles inégalités s'attaque-t-il, et pour qui ? (Démontrée dans le plan quand l'étape 1 indique de quelle manière le projet touche un domaine d'action publique.)
quality-hint-involvement = Quelles personnes concernées ont été impliquées, et depuis quand ? (Démontrée dans le plan quand l'étape 3 enregistre un groupe de discussion ou une séance participative.)
quality-hint-evidence = Quelles preuves montrent la nécessité du projet ? (Démontrée dans le plan quand l'étape 3 contient des affirmations et que chacune a au moins une preuve.)
quality-hint-dialogue = Comment des personnes d'origines différentes se rencontreront-elles et échangeront-elles d'égal à égal ? (Démontrée dans le plan quand l'étape 2 retient le processus réciproque ou les échanges fréquents.)
quality-hint-empowerment = Comment les personnes qu'il accompagne pourront-elles se faire entendre et acquérir des compétences ? (Démontrée dans le plan quand l'étape 2 retient la participation démocratique ou la voix des migrants.)
quality-hint-leadership = Quel rôle les personnes migrantes jouent-elles dans sa conduite ? (Démontrée dans le plan quand le projet est dirigé ou codirigé par des personnes migrantes.)
gaps-title = Ce qui manque encore
gaps-none = Rien d'évident ne manque. Continuez à revoir le plan au fil du travail.
gap-context = Le contexte local n'est pas décrit.
gap-objectives = Aucun objectif pour l'instant.
gap-unmeasurable-objectives = { $count ->
    [one] Un objectif ne précise pas comment vous saurez qu'il est atteint.
   *[other] { $count } objectifs ne précisent pas comment vous saurez qu'ils sont atteints.
}
gap-team = Personne ne fait encore partie de l'équipe du projet.
gap-areas = Aucun domaine d'action publique choisi.
gap-area-notes = { $count ->
    [one] Pour un domaine d'action publique, rien n'indique de quelle manière le projet le touche.
   *[other] Pour { $count } domaines d'action publique, rien n'indique de quelle manière le projet les touche.
}
gap-principles = Aucun principe choisi.
gap-claims = Aucune affirmation notée pour l'instant.
gap-unsupported-claims = { $count ->
    [one] Une affirmation n'a aucune preuve.
   *[other] { $count } affirmations n'ont aucune preuve.
}
gap-unbacked-evidence = { $count ->
    [one] Une preuve n'est garantie par personne.
   *[other] { $count } preuves ne sont garanties par personne.
}
gap-stakeholders = Aucune partie prenante sur la carte.
gap-targets = Aucune partie prenante n'est marquée comme cible à faire bouger.
gap-partners = Aucun partenaire pour l'instant.
gap-funding = La base de financement est étroite.
gap-setbacks = Aucun revers envisagé pour l'instant.
gap-unprepared-setbacks = { $count ->
    [one] Un revers met des droits en jeu et personne n'est prêt à aider.
   *[other] { $count } revers mettent des droits en jeu et personne n'est prêt à aider.
}
overview-approach-first = À approcher en premier : { $names }.
objectives-title = Objectifs et équipe
objectives-intro = Indiquez ce que le projet veut accomplir et comment vous saurez que c'est le cas. Plus tard, des indicateurs de la partie Mesurer pourront être reliés à chaque objectif.
objectives-none = Aucun objectif pour l'instant.
objectives-add = Ajouter un objectif
objectives-manage = Objectifs et équipe
objectives-no-measure = Indiquez comment vous le saurez.
field-objective = Objectif
field-text = Objectif
field-measure = Comment vous le saurez
field-target = Valeur cible
field-due = Échéance
hint-objective = Une phrase, par exemple : les familles nouvellement arrivées fréquentent l'aide aux devoirs chaque semaine.
hint-measure = Le signe ou le chiffre que vous suivrez, par exemple : les feuilles de présence, une enquête auprès des parents.
team-title = Équipe
team-none = Personne ne fait encore partie de l'équipe du projet.
team-add = Ajouter une personne à l'équipe
field-member = Membre
hint-project-role = Son rôle dans ce projet, par exemple : responsable, travail de proximité, finances.
error-team-member-twice = Cette personne fait déjà partie de l'équipe.
error-team-member-unknown = Choisissez un membre de l'organisation.
export-csv = Télécharger sous forme de tableur (CSV)
plan-document-title = Plan du projet
plan-printed-on = imprimé le { $date }
plan-nothing-yet = Rien n'est encore enregistré.
plan-print-hint = Utilisez la commande d'impression de votre navigateur pour imprimer ce plan ou l'enregistrer au format PDF.
history-intro = Toutes les modifications du plan : qui les a faites et quand.
history-none = Aucune modification enregistrée pour l'instant.
history-when = Quand
history-who = Qui
history-part = Partie du plan
history-what = Modification
history-former-member = Ancien membre
history-part-project = Le projet
history-part-policy-areas = Étape 1 : domaines d'action publique
history-part-principles = Étape 2 : principes
history-part-evidence = Étape 3 : preuves
history-part-stakeholders = Étape 4 : parties prenantes
history-part-relations = Étape 4 : relations
history-part-partnerships = Étape 5 : partenaires
history-part-setbacks = Étape 6 : revers
history-part-objectives = Objectifs
history-part-team = Équipe
history-action-created = création
history-action-added = ajout
history-action-updated = modification
history-action-removed = suppression
error-entry-invalid = Cette entrée n'a pas la forme attendue par son registre : vérifiez les noms et les types des champs.

## Plan: worked examples
examples-title = Partir d'un exemple détaillé
examples-intro = Chaque exemple est un plan entier, bâti sur l'une des situations « En pratique » de la boîte à outils. Lancez un projet à partir d'un exemple pour voir à quoi ressemble un plan complet, puis modifiez-le pour l'adapter à votre propre projet. Les exemples sont rédigés en anglais ; les noms, les chiffres et les dates qu'ils contiennent sont donnés à titre d'illustration.
examples-start = Lancer un projet à partir de cet exemple
objectives-how-doing = Où il en est
objectives-indicators = { $count ->
    [one] Un indicateur, sans valeur cible pour l'instant
   *[other] { $count } indicateurs, sans valeur cible pour l'instant
}
objectives-not-measured = Pas encore mesuré
power-network = Qui fait bouger qui
power-network-desc = Chaque cercle est une partie prenante : plus il est grand, plus elle a de pouvoir sur le résultat ; rouge si elle est contre le projet, vert si elle est pour, gris entre les deux ; un anneau signale une cible. Les flèches partent de celui qui fait bouger quelqu'un et vont vers celui qu'il fait bouger ; les flèches en pointillés relient les alliés. La liste des relations dit la même chose avec des mots.
