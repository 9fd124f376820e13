## Connect: programmes, participants, rounds, pairs, check-ins
audit-kind-personal-data-viewed = Données personnelles consultées
audit-kind-personal-data-changed = Données personnelles modifiées
audit-kind-personal-data-exported = Données personnelles exportées
audit-kind-personal-data-erased = Données personnelles effacées
audit-kind-outcomes-published = Page publique publiée ou retirée
programmes-title = Programmes de binômes
programmes-intro = Binômes d'accompagnement, échanges linguistiques, mentorat et immersion professionnelle : les personnes s'inscrivent, l'outil propose des binômes en expliquant chacun d'eux, et c'est vous qui décidez.
programmes-none = Aucun programme pour l'instant.
programmes-new = Lancer un programme
programmes-create = Créer le programme
field-kind = Type de programme
kind-buddy = Binômes d'accompagnement
kind-language-exchange = Échange linguistique
kind-mentoring = Mentorat
kind-shadowing = Immersion professionnelle
kind-hint-buddy = une personne qui vit ici aide un nouvel arrivant à s'y retrouver dans la langue, les services et le quartier.
kind-hint-language-exchange = deux personnes s'apprennent mutuellement leur langue, à tour de rôle.
kind-hint-mentoring = une personne expérimentée dans son métier accompagne quelqu'un qui reconstruit sa carrière ici.
kind-hint-shadowing = un nouvel arrivant suit un élu ou un agent public dans son travail.
programme-newcomers = Nouveaux arrivants
programme-volunteers = Bénévoles
programme-waiting = En attente d'un binôme
programme-longest-wait = { $days ->
    [one] attente la plus longue : { $days } jour
   *[other] attente la plus longue : { $days } jours
}
programme-proposed = Binômes proposés en attente de décision
programme-held = Binômes acceptés ou qui se rencontrent
programme-quiet = Binômes sans nouvelles
intake-title = Lien d'inscription
intake-open-intro = Toute personne qui a ce lien peut s'inscrire, dans n'importe quelle langue de bridges. Partagez-le seulement là où vous souhaitez recevoir des inscriptions.
intake-closed = L'inscription par lien est fermée. Vous pouvez l'ouvrir dans les paramètres.
intake-renew = Remplacer le lien
intake-intro = Ce programme est organisé par { $organisation }. Parlez-nous un peu de vous : cela nous aidera à trouver la bonne personne pour former un binôme avec vous.
intake-who = Je m'inscris en tant que
intake-side-newcomer = personne arrivée récemment, qui cherche un ou une partenaire
intake-side-volunteer = bénévole, qui donne de son temps
intake-consent-title = Ce que vous acceptez
intake-privacy = Seule l'équipe du programme peut voir ce que vous nous dites. Ces informations sont enregistrées de façon chiffrée. Elles servent uniquement à vous trouver un ou une partenaire et à rester en contact avec vous à ce sujet.
intake-submit = S'inscrire
intake-thanks-title = Merci pour votre inscription
intake-thanks = { $organisation } vous contactera dès qu'une personne aura été trouvée pour former un binôme avec vous.
consent-pairing = J'accepte que l'équipe du programme conserve ce que j'ai écrit ici pour me trouver un ou une partenaire, et qu'elle transmette mon nom et mes coordonnées à cette personne une fois que nous aurons été présentés.
consent-check-ins = J'accepte que l'équipe me contacte de temps en temps pour savoir comment se passent les rencontres.
consent-staff-confirm = Cette personne a accepté que nous conservions ses informations pour lui trouver un ou une partenaire, et que nous transmettions ses coordonnées à son ou sa partenaire.
consent-staff-recorded = L'équipe a noté que la personne a accepté que ses informations soient conservées pour former un binôme et transmises à son ou sa partenaire.
consent-import-confirm = Toutes les personnes de ce fichier ont accepté que nous conservions leurs informations pour leur trouver un ou une partenaire, et que nous transmettions leurs coordonnées à ce ou cette partenaire.
consent-import-recorded = Importé depuis un tableur ; l'équipe a confirmé que la personne avait accepté que ses informations soient conservées pour former un binôme et transmises à son ou sa partenaire.
consents-title = Consentement
consents-none = Aucun consentement n'est enregistré.
consent-withdrawn = retiré
consent-purpose-pairing = Formation des binômes
consent-purpose-check-ins = Points de suivi
settings-title = Paramètres du programme
settings-intake-open = Les personnes peuvent s'inscrire par le lien
field-quiet_after_days = Signaler un binôme comme « sans nouvelles » après ce nombre de jours sans point de suivi
field-retention_days = Effacer les personnes inactives depuis ce nombre de jours
hint-retention_days = Les personnes qui se sont retirées, ou dont tous les binômes ont pris fin, sont effacées définitivement lorsque rien les concernant n'a changé pendant cette durée (30 à 3 650 jours). Laissez vide pour n'effacer que manuellement.
error-retention-out-of-range = Indiquez un nombre de jours entre 30 et 3 650, ou laissez vide.
person-rights-title = Ses données et ses droits
person-rights-intro = Chacun peut demander à voir tout ce qui est conservé à son sujet, et à le faire effacer.
person-export-json = Télécharger tout ce qui est conservé (JSON)
person-export-csv = Télécharger tout ce qui est conservé (CSV)
person-erase = Effacer cette personne partout
person-erase-confirm = Je comprends que c'est irréversible : sa fiche, ses consentements, ses binômes, leurs raisons et ses points de suivi disparaissent définitivement.
error-erase-not-confirmed = Cochez la case pour confirmer l'effacement.
settings-questions = Questions posées à l'inscription
question-speaks = Les langues que la personne parle
question-learns = Les langues que la personne veut apprendre
question-interests = Centres d'intérêt
question-area = Lieu de résidence et distance que la personne peut parcourir
question-availability = Disponibilités dans la semaine
question-gender = Genre et éventuelle préférence quant au genre du ou de la partenaire
question-field = Profession ou domaine
question-minor = Si le nouvel arrivant a moins de 18 ans
settings-rules = Règles qu'aucun binôme ne peut enfreindre
settings-rules-hint = Un binôme qui enfreint l'une de ces règles n'est jamais proposé.
rule-shared_language = Les deux personnes ont une langue en commun, qu'elles parlent au moins au niveau conversation.
rule-complementary_languages = Chacune parle une langue que l'autre veut apprendre.
rule-within_reach = Elles habitent à une distance que les deux acceptent de parcourir (ou dans le même secteur).
rule-respect_gender_preference = Une préférence exprimée quant au genre du ou de la partenaire est respectée.
rule-minors_need_vetted = Les nouveaux arrivants de moins de 18 ans ne sont mis en binôme qu'avec des bénévoles dont le contrôle d'honorabilité a été fait.
rule-same_field = Elles travaillent dans le même domaine.
rule-min-slots = { $slots ->
    [one] Elles ont au moins { $slots } créneau libre en commun par semaine.
   *[other] Elles ont au moins { $slots } créneaux libres en commun par semaine.
}
field-min_shared_slots = Nombre de créneaux libres par semaine à avoir en commun (0 pour aucune règle)
settings-weights = Ce qui compte le plus
settings-weights-hint = De 0 (ignoré) à 10 (compte le plus). Le score de chaque binôme additionne ces critères, et chaque proposition montre ce qui a compté.
weight-language = Langues
weight-interests = Centres d'intérêt communs
weight-distance = Proximité
weight-availability = Disponibilités communes
weight-field = Même domaine
weight-waiting = Temps d'attente déjà écoulé
settings-fairness = Équité entre les groupes
settings-fairness-hint = Chaque tour indique les écarts de taux de mise en binôme entre les groupes. Fixez un plafond pour favoriser les groupes les moins souvent mis en binôme, sans réduire le nombre total de personnes mises en binôme.
field-fairness_by = Comparer les groupes selon
dimension-language = la langue principale
dimension-gender = le genre
dimension-area = le secteur
field-max_gap = Écart maximal autorisé entre les taux de mise en binôme des groupes, en points de pourcentage (laisser vide pour aucun plafond)
settings-save = Enregistrer les paramètres
settings-reset = Revenir aux valeurs par défaut pour ce type de programme
participants-title = Participants
participants-private = Données personnelles : chaque consultation de cette page est inscrite dans le journal d'audit.
participants-add = Ajouter une personne
participants-none = Personne ne s'est encore inscrit.
participants-days = Jours depuis l'inscription
participants-source = Origine de l'inscription
source-staff = saisie par l'équipe
source-intake = lien d'inscription
source-import = import
participant-withdrawn = hors du programme
participant-edit = Corriger les informations
participant-save = Enregistrer les informations
participant-withdraw = Retirer du programme
participant-restore = Réintégrer dans le programme
field-side = Participe en tant que
side-newcomer = Nouvel arrivant
side-volunteer = Bénévole
field-phone = Téléphone
hint-contact-optional = Facultatif. Communiqué au ou à la partenaire seulement après la présentation.
field-contact_language = Langue dans laquelle lui écrire
field-speaks = Langues parlées
field-learns = Langues à apprendre
field-level = Niveau
level-beginner = Débutant
level-conversational = Conversation
level-fluent = Courant
level-native = Langue maternelle
field-interests = Centres d'intérêt
hint-interests = Séparez-les par des virgules, par exemple : cuisine, football, musique.
field-field = Profession ou domaine
hint-field = Par exemple : soins infirmiers, ingénierie, administration locale.
field-area = Code postal ou quartier
hint-area = Sert uniquement à trouver quelqu'un à proximité.
field-travel_km = Distance que la personne peut parcourir, en km
field-lat = Latitude
field-lon = Longitude
hint-coordinates = Facultatif, en degrés décimaux (par exemple 50.85 et 4.35). Sans coordonnées, les binômes sont formés selon le secteur.
field-availability = Disponibilités dans la semaine
day-mon = Lundi
day-tue = Mardi
day-wed = Mercredi
day-thu = Jeudi
day-fri = Vendredi
day-sat = Samedi
day-sun = Dimanche
part-morning = Matin
part-afternoon = Après-midi
part-evening = Soir
field-gender = Genre
field-gender_preference = Genre du ou de la partenaire
gender-unsaid = Préfère ne pas répondre
gender-any = Pas de préférence
gender-woman = Femme
gender-man = Homme
gender-non-binary = Non binaire
field-minor = Le nouvel arrivant a moins de 18 ans
field-capacity = Nombre de nouveaux arrivants qu'un bénévole accompagne en même temps
hint-capacity = Pour les nouveaux arrivants : laissez 1.
field-vetted = Le contrôle d'honorabilité du bénévole a été fait
field-note = Notes pour l'équipe
hint-note = Visible uniquement par l'équipe.
import-title = Importer depuis un tableur
import-intro = Téléversez un fichier CSV ou un classeur Excel (.xlsx, première feuille). La première ligne donne le nom des colonnes, comme dans le modèle. Si une ligne pose problème, rien n'est importé, et chaque problème est indiqué avec son numéro de ligne.
import-template = Télécharger le modèle (CSV)
import-file = Le fichier
import-submit = Vérifier et importer
import-done = { $count ->
    [one] { $count } personne a été importée.
   *[other] { $count } personnes ont été importées.
}
import-problems = { $count ->
    [one] Le fichier comporte un problème
   *[other] Le fichier comporte { $count } problèmes
}
import-nothing-imported = Rien n'a été importé. Corrigez le fichier et téléversez-le à nouveau.
import-line = Ligne
import-column = Colonne
import-problem = Problème
round-title = Tour de formation des binômes
round-intro = Un tour propose la répartition qui met en binôme le plus de personnes possible et, parmi ces répartitions, celle qui obtient le meilleur score total. Les binômes acceptés et verrouillés sont conservés ; tout le reste est proposé à nouveau.
round-run = Lancer un tour
round-running = Un tour est en cours
round-running-for = En cours depuis { $seconds } s. Cette page se met à jour toute seule ; les autres pages restent utilisables.
round-step-starting = Lecture du programme
round-step-shortlisting = Recherche des meilleurs candidats de chaque personne accueillie
round-step-solving = Recherche du meilleur appariement
round-step-pricing = Vérification de toutes les autres paires possibles
round-step-explaining = Explication des attentes
error-round-failed = Le tour n'a pas pu aboutir. Rien n'a été enregistré ; relancez-le.
round-last = Le dernier tour
round-ran-at = Lancé le
round-counts = Propositions
round-counts-value = { $proposals ->
    [one] Binôme proposé : { $proposals }
   *[other] Binômes proposés : { $proposals }
} — { $newcomers ->
    [one] nouvel arrivant en attente : { $newcomers }
   *[other] nouveaux arrivants en attente : { $newcomers }
} — { $volunteers ->
    [one] bénévole disponible : { $volunteers }
   *[other] bénévoles disponibles : { $volunteers }
}
round-optimal = Optimal ?
round-proved = Oui, c'est démontré : le certificat fourni par le moteur a été vérifié.
round-not-proved = Non démontré. Merci de signaler ce problème.
round-proposals = Binômes proposés
round-no-proposals = Il n'y a aucune proposition sur laquelle décider.
round-accept-all = { $count ->
    [one] Accepter { $count } proposition
   *[other] Accepter les { $count } propositions
}
round-accept-all-check = { $count ->
    [one] { $count } proposition devient un binôme accepté ; les tours suivants conservent les binômes acceptés.
   *[other] Les { $count } propositions deviennent des binômes acceptés, sur toutes les pages et pas seulement celles affichées ici ; les tours suivants conservent les binômes acceptés.
}
round-accept-all-yes = Oui, accepter les { $count }
round-swap-with = Ou donner à ce nouvel arrivant un autre bénévole
round-swap-option = { $volunteer } (actuellement avec { $newcomer })
round-joined-since = Arrivé après le dernier tour, ou de nouveau libre depuis : le prochain tour l'inclura.
round-score = Score
round-why = Pourquoi ce binôme
round-decide = Décider
round-locked = verrouillé
round-swap = Échanger les partenaires
round-done-accept = Proposition acceptée : c’est maintenant un binôme qui attend sa présentation.
round-done-reject = Proposition refusée : les prochains tours ne proposeront plus ces deux personnes ensemble.
round-done-lock = Verrouillé : { $pair }. Les prochains tours gardent cette proposition telle quelle.
round-done-unlock = Déverrouillé : { $pair }. Le prochain tour pourra leur proposer d’autres partenaires.
round-done-swap = Partenaires échangés. Désormais { $first } et { $second }.
round-done-open = Ouvrir le binôme
round-waiting = Toujours en attente, et pourquoi
round-reason = Raison
pair-action-accept = Accepter
pair-action-reject = Refuser
pair-action-lock = Verrouiller
pair-action-unlock = Déverrouiller
pair-action-introduce = Marquer comme présentés
factor-languages = Les deux parlent { $languages }
factor-exchange = Le nouvel arrivant peut enseigner : { $newcomer } ; le bénévole peut enseigner : { $volunteer }
factor-no-interests = Aucun centre d'intérêt en commun
factor-interests = { $count ->
    [one] { $count } centre d'intérêt en commun : { $interests }
   *[other] { $count } centres d'intérêt en commun : { $interests }
}
factor-distance = À { $km } km de distance
factor-field = Même domaine : { $field }
factor-same-area = Les deux habitent dans le même secteur
factor-distance-unknown = Distance inconnue
factor-slots = { $count ->
    [one] { $count } créneau libre en commun par semaine
   *[other] { $count } créneaux libres en commun par semaine
}
factor-other-field = Domaines différents
factor-waited = { $days ->
    [one] En attente depuis { $days } jour
   *[other] En attente depuis { $days } jours
}
reason-no-candidate = Aucun bénévole ne respecte toutes les règles avec cette personne.
reason-excluded-by = { $rule } : exclut { $count ->
    [one] { $count } bénévole
   *[other] { $count } bénévoles
}
reason-outscored = { $count ->
    [one] Un bénévole conviendrait, mais le mettre en binôme avec quelqu'un d'autre a permis de mettre plus de personnes en binôme ou de former de meilleurs binômes dans l'ensemble.
   *[other] { $count } bénévoles conviendraient, mais les mettre en binôme avec d'autres personnes a permis de mettre plus de personnes en binôme ou de former de meilleurs binômes dans l'ensemble.
}
constraint-shared-language = Aucune langue en commun
constraint-complementary-languages = Ne peuvent pas s'apprendre mutuellement leurs langues
constraint-within-reach = Distance trop grande
constraint-availability = Pas de disponibilités communes
constraint-gender-preference = Une préférence de genre
constraint-safeguarding = Contrôle d'honorabilité non fait (moins de 18 ans)
constraint-same-field = Un domaine différent
fairness-title = Équité entre les groupes
fairness-intro = Taux de mise en binôme et temps d'attente des nouveaux arrivants de ce tour, selon { $dimension }.
fairness-people = Nouveaux arrivants
fairness-paired = En binôme
fairness-rate = Taux
fairness-wait = Nombre moyen de jours d'attente
fairness-too-few = (trop peu pour comparer)
fairness-gap = Plus grand écart entre les groupes : { $gap } points de pourcentage.
fairness-cap = Le plafond est de { $cap }.
fairness-met = Il est respecté.
fairness-not-met = Il n'a pas pu être respecté : pour certains groupes, aucun bénévole ne respecte les règles.
fairness-before = avant le plafond : { $gap }
pairs-title = Binômes
pairs-quiet = Sans nouvelles
pairs-quiet-intro = { $days ->
    [one] Binômes présentés ou qui se rencontrent, sans point de suivi depuis plus de { $days } jour. Prenez contact avec eux avant que le lien ne s'essouffle.
   *[other] Binômes présentés ou qui se rencontrent, sans point de suivi depuis plus de { $days } jours. Prenez contact avec eux avant que le lien ne s'essouffle.
}
pairs-quiet-none = Aucun binôme n'est sans nouvelles.
pairs-quiet-days = { $days ->
    [one] { $days } jour sans point de suivi
   *[other] { $days } jours sans point de suivi
}
pairs-accepted = Acceptés, à présenter
pairs-meeting = Présentés, se rencontrent
pairs-none = Aucun.
pairs-pair = Binôme
pairs-status = Étape
pairs-last-met = Dernière rencontre
pairs-check-ins = Points de suivi
pairs-waiting = Liste d'attente
pairs-waiting-none = Personne n'est en attente.
pairs-closed = Clos
pairs-introduction = Présentation à imprimer
pair-status-proposed = Proposé
pair-status-accepted = Accepté
pair-status-introduced = Présenté
pair-status-active = Se rencontrent
pair-status-closed = Clos
pair-status-rejected = Refusé
pair-proposed-at = Proposé le
pair-accepted-at = Accepté le
pair-introduced-at = Présenté le
pair-closed-at = Clos le
pair-closed-withdrawn = L'une des deux personnes a retiré son consentement et quitté le programme.
pair-close = Clore le binôme
field-reason = Raison de la fin
checkins-title = Points de suivi
checkins-none = Aucun point de suivi pour l'instant.
checkins-add = Enregistrer un point de suivi
checkins-newcomer-rating = Évaluation du contact par le nouvel arrivant
checkins-volunteer-rating = Évaluation du contact par le bénévole
checkins-rating-order = Notes, de 1 à 7 : agréable / d'égal à égal / coopératif / proche.
field-met_on = Date de la rencontre
field-minutes = Minutes passées ensemble
field-activity = Ce qu'ils ont fait ensemble
hint-activity = Par exemple : un café et une promenade jusqu'à la bibliothèque.
hint-rating = De 1 (pas du tout) à 7 (énormément). Laissez vide si la question n'a pas été posée.
quality-pleasant = Agréable
quality-equal = D'égal à égal
quality-cooperative = Coopératif
quality-close = Proche
intro-print-hint = Imprimez cette page, ou copiez chaque partie dans un message. La partie de chaque personne est écrite dans sa propre langue.
intro-title = Bonjour { $name },
intro-body = Nous sommes heureux de vous présenter { $other }, votre partenaire dans le programme de { $organisation }. Vous parlez tous les deux { $shared }, et nous pensons que vous allez bien vous entendre.
intro-contact = Vous pouvez contacter { $other } ici : { $contact }.
intro-contact-through-us = Nous allons vous mettre en contact : répondez-nous pour organiser votre première rencontre.
intro-closing = Racontez-nous comment se passe votre première rencontre. Nous reprendrons contact avec vous deux dans quelques semaines.
error-side-invalid = Choisissez nouvel arrivant (newcomer) ou bénévole (volunteer).
error-side-fixed = Une personne ne peut pas changer de rôle : retirez-la du programme, puis ajoutez-la de nouveau.
error-phone-invalid = Saisissez un numéro de téléphone avec uniquement des chiffres, des espaces et les signes + - ( ).
error-language-code-invalid = Utilisez un code de langue de deux ou trois lettres, par exemple ar ou fr.
error-language-level-missing = Indiquez un niveau pour chaque langue, par exemple ar:native.
error-language-level-invalid = Indiquez un niveau : beginner (débutant), conversational (conversation), fluent (courant) ou native (langue maternelle), ou de A1 à C2.
error-language-repeated = Chaque langue ne peut apparaître qu'une seule fois.
error-too-many-languages = Indiquez 8 langues au maximum.
error-speaks-missing = Indiquez au moins une langue que la personne parle.
error-interests-too-many = Indiquez 20 centres d'intérêt au maximum, de moins de 40 caractères chacun.
error-number-invalid = Saisissez un nombre.
error-page-invalid = Une page est un nombre entier de 1 à 1 000 000.
error-per-page-invalid = Demandez entre 1 et 1 000 lignes par page.
error-standing-invalid = Choisissez waiting, proposed, paired, active ou withdrawn.
error-pair-group-invalid = Choisissez proposed, accepted, meeting, quiet ou closed.
error-waited-invalid = Saisissez un nombre de jours entre 0 et 3650.
error-number-out-of-range = Saisissez un nombre compris dans l'intervalle indiqué.
error-coordinates-out-of-range = La latitude doit être comprise entre -90 et 90, et la longitude entre -180 et 180.
error-coordinates-half = Indiquez la latitude et la longitude, ou aucune des deux.
error-travel-too-far = Saisissez une distance de 500 km au maximum.
error-area-missing = Indiquez un code postal ou un quartier.
error-availability-missing = Choisissez au moins un créneau libre.
error-availability-invalid = Écrivez les créneaux libres comme ceci : mon-evening sat-morning.
error-gender-invalid = Choisissez femme (woman), homme (man) ou non binaire (non-binary), ou laissez vide.
error-yes-no-invalid = Écrivez yes (oui) ou no (non).
error-capacity-invalid = Un bénévole accompagne entre 1 et 10 nouveaux arrivants.
error-consent-missing = L'accord de la personne est nécessaire avant de pouvoir conserver ses informations.
error-too-many-sign-ups = Beaucoup de personnes se sont déjà inscrites depuis cette connexion au cours de la dernière heure. Réessayez plus tard, ou demandez à l'organisation de vous ajouter.
error-too-many-sign-ups-detail = Cette limite protège le programme contre les inscriptions inventées en masse.
error-programme-kind-invalid = Choisissez un type de programme.
error-programme-needs-languages = Tout programme demande quelles langues les personnes parlent.
error-fairness-dimension-invalid = Choisissez comment comparer les groupes.
error-programme-full = Ce programme a atteint le nombre maximal de personnes.
error-programme-full-detail = Un programme compte au plus 200 000 personnes. Créez un autre programme pour les suivantes.
error-import-too-large = Le fichier dépasse 4 Mo.
error-import-not-utf8 = Enregistrez le fichier CSV en UTF-8, puis téléversez-le à nouveau.
error-import-row-unreadable = Cette ligne est illisible : vérifiez ses guillemets.
error-import-too-many-rows = Le fichier compte plus de 20 000 lignes.
error-import-xlsx-unreadable = Ce classeur est illisible. Enregistrez-le de nouveau au format .xlsx ou CSV.
error-import-xlsx-empty = Le classeur ne contient aucune feuille.
error-import-too-many-columns = Une ligne dépasse 64 colonnes. Supprimez les cellules situées hors du tableau et téléversez-le à nouveau.
error-import-cell-too-long = Une cellule contient plus de 32 767 caractères.
error-import-xlsx-too-large = Une fois décompressé, ce classeur est bien plus volumineux que sa taille ne le laisse penser. Enregistrez-le de nouveau au format .xlsx ou CSV.
error-import-xls-unsupported = Les anciens classeurs Excel (.xls) ne sont pas lus. Enregistrez-le au format .xlsx ou CSV, puis téléversez-le à nouveau.
error-import-busy = D'autres importations sont en cours. Réessayez dans une minute.
error-import-empty = Le fichier n'a aucune ligne à importer.
error-import-unknown-column = bridges ne connaît pas cette colonne. Comparez son nom avec celui du modèle.
error-import-repeated-column = Cette colonne apparaît deux fois.
error-import-missing-column = Cette colonne est obligatoire.
error-import-too-many-cells = Cette ligne contient plus de cellules que l'en-tête ne compte de colonnes.
error-import-upload-broken = Le fichier n'est pas arrivé en entier. Réessayez.
error-import-no-file = Choisissez un fichier à téléverser.
error-pair-status = Cette étape ne correspond pas à la situation actuelle de ce binôme.
error-pair-status-detail = Un binôme passe de proposé à accepté, présenté, en rencontre puis clos, dans cet ordre. Rechargez la page pour voir où il en est.
error-pair-status-invalid = Utilisez accepted, rejected, introduced ou closed.
error-newcomer-paired = Ce nouvel arrivant a déjà un binôme accepté.
error-newcomer-paired-detail = Clôturez d'abord l'autre binôme si celui-ci doit le remplacer.
error-participant-withdrawn = L'une des deux personnes s'est retirée du programme.
error-participant-withdrawn-detail = Ses binômes ont été clos lors de son retrait ; plus rien ne peut être fait avec celui-ci.
error-volunteer-full = Ce ou cette bénévole accompagne déjà autant de nouveaux arrivants qu'il ou elle l'a indiqué.
error-volunteer-full-detail = Clôturez d'abord l'un de ses binômes, ou augmentez ce nombre sur sa fiche.
error-round-stale = Le programme a changé pendant le calcul du tour. Relancez-le.
error-round-stale-detail = Des personnes ou des binômes ont changé plusieurs fois pendant le calcul du tour. Rien n'a été enregistré.
error-pair-not-meeting = Les points de suivi ne sont enregistrés que pour les binômes déjà présentés.
error-pair-not-meeting-detail = Indiquez d'abord que le binôme a été présenté.
error-swap-breaks-rules = Cet échange enfreindrait l'une des règles du programme.
error-swap-breaks-rules-detail = Chaque nouveau binôme doit respecter toutes les règles du programme. Choisissez une autre proposition pour l'échange.
error-swap-same-volunteer = Ces deux propositions ont le même bénévole : les échanger ne changerait rien.
error-swap-same-volunteer-detail = Choisissez pour l'échange une proposition avec un autre bénévole.
error-date-in-future = La date ne peut pas être dans le futur.
error-minutes-invalid = Saisissez le temps passé ensemble en minutes, de 1 à 1440.
error-rating-invalid = Une note est un nombre entier de 1 à 7.

export-lists = Télécharger pour un tableur (chaque téléchargement est inscrit dans le journal d'audit)
export-participants = Participants
export-waiting = Liste d'attente
export-pairs = Binômes

list-search-name = Chercher par nom
list-standing = Où en est la personne
list-language = Parle
list-waited = Inscrit depuis au moins (jours)
standing-waiting = En attente d'un binôme
standing-proposed = Proposé par le tour
standing-paired = En binôme
standing-active = Participe
standing-withdrawn = Retiré
pairs-search = Chercher par le nom de l'une ou l'autre personne
pairs-show = Afficher
pairs-every-group = Tous les groupes
pairs-group-quiet = Sans nouvelles
pairs-group-accepted = Acceptés, à présenter
pairs-group-meeting = Présentés et qui se voient
pairs-group-closed = Terminés
pairs-see-all = Voir les { $count }
fairness-chart = Part de chaque groupe ({ $dimension }) mise en binôme
waited-chart = Temps d'attente des personnes encore en attente
waited-unit = personnes
waited-span = Attente
waited-as-table = Les mêmes chiffres sous forme de tableau
waited-0 = moins d'une semaine
waited-1 = 1–2 semaines
waited-2 = 2–4 semaines
waited-3 = 1–2 mois
waited-4 = 2–3 mois
waited-5 = 3–6 mois
waited-6 = plus de 6 mois
pair-score-bar = Ce qui compose son score de { $score }
