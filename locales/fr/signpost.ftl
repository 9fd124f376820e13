## Signpost : l'annuaire des services de l'organisation (Open Referral HSDS 3.0)

audit-kind-directory-imported = Annuaire des services importé
audit-kind-directory-published = Annuaire des services publié ou retiré
error-hsds-invalid = Les données de l'annuaire comportent des problèmes.
error-hsds-invalid-detail = Chaque problème est indiqué avec son emplacement dans le fichier. Rien n’a été importé : corrigez-les et importez de nouveau tout le fichier.

## Les paramètres de l'API de lecture (HSDA)
error-id-invalid = Donnez l'identifiant sous forme d'UUID, par exemple 8b7c1f2e-3d4a-4b5c-9e6f-0a1b2c3d4e5f.
error-boolean-invalid = Indiquez true ou false.
error-date-time-invalid = Indiquez une date (2026-03-31) ou une date et une heure avec son décalage (2026-03-31T09:00:00Z).
error-format-invalid = Seul le format json est proposé.
error-per-page-full-invalid = Avec des fiches complètes, demandez entre 1 et 100 fiches par page.

## La page de l'annuaire
nav-signpost = Annuaire des services
signpost-title = Annuaire des services
signpost-intro = Les services locaux vers lesquels votre équipe oriente les personnes, conservés au format Human Services Data Specification d'Open Referral (HSDS 3.0) : vous pouvez ainsi les reprendre de l'annuaire d'une collectivité ou d'un réseau, et partager le vôtre avec d'autres outils.
signpost-imported = { $services ->
    [one] Service importé : { $services }
   *[other] Services importés : { $services }
}. Avertissements : { $warnings }.
signpost-problem-where = Emplacement
signpost-problem-field = Champ
signpost-problems-more = Autres problèmes non affichés : { $count }.
signpost-contents = Contenu de l'annuaire
signpost-empty = Rien pour l'instant : importez un fichier HSDS pour commencer l'annuaire.
signpost-count-services = Services
signpost-count-organizations = Organisations
signpost-count-locations = Lieux
signpost-count-terms = Termes de taxonomie
signpost-download-json = Télécharger au format HSDS JSON (services.json)
signpost-import-heading = Importer depuis HSDS
signpost-import-intro = Un fichier JSON HSDS 3.0 : un service complet, une liste de services, ou une organisation complète avec ses services. Les fiches déjà présentes (même type et même identifiant) sont remplacées ; si quelque chose ne va pas dans le fichier, rien n'est importé et chaque problème est indiqué.
signpost-import = Importer
signpost-publication = Partage avec d'autres outils Open Referral
signpost-published = Publié : d'autres outils peuvent lire l'annuaire à cette adresse (l'API de lecture HSDS). Il ne contient que les services, rien sur les personnes que vous accompagnez.
signpost-not-published = Non publié : seule votre équipe voit l'annuaire.
signpost-publish = Publier l'annuaire
signpost-unpublish = Arrêter la publication

## Problèmes d'un import HSDS, chacun affiché à côté de son emplacement dans le fichier
signpost-problem-hsds-not-json = Le fichier n'est pas du JSON, ou ne contient pas de fiches HSDS.
signpost-problem-hsds-wrong-type = Cette valeur n'a pas le bon type (par exemple du texte là où un nombre ou une liste est attendu).
signpost-problem-hsds-required = Ce champ est obligatoire et il manque.
signpost-problem-hsds-empty-value = Ce champ est vide.
signpost-problem-hsds-not-allowed = HSDS n'autorise pas cette valeur ici.
signpost-problem-hsds-bad-uuid = Ce n'est pas un UUID.
signpost-problem-hsds-bad-uri = Ce n'est pas une adresse web.
signpost-problem-hsds-bad-email = Ce n'est pas une adresse e-mail.
signpost-problem-hsds-bad-date = Ce n'est pas une date au format YYYY-MM-DD.
signpost-problem-hsds-bad-time = Ce n'est pas une heure au format HH:MM ou HH:MM:SS.
signpost-problem-hsds-bad-datetime = Ce n'est pas une date et une heure avec son décalage.
signpost-problem-hsds-bad-rrule-part = Cette partie des horaires d'ouverture ne peut pas être lue.
signpost-problem-hsds-conflicting-duplicate = La même fiche apparaît deux fois avec des valeurs différentes.
signpost-problem-hsds-conflicting-parent = Cette fiche est rattachée à deux parents différents.
signpost-problem-hsds-duplicate-id = Deux lignes ont le même identifiant.
signpost-problem-hsds-missing-column = Une colonne obligatoire manque.
signpost-problem-hsds-repeated-column = Une colonne apparaît deux fois.
signpost-problem-hsds-cell-without-column = Une ligne a plus de cellules que l'en-tête n'a de colonnes.
signpost-problem-hsds-invalid = Les données comportent des problèmes.
signpost-problem-hsds-dangling-reference = Ceci renvoie à une fiche absente des données.
signpost-problem-hsds-coordinates-out-of-range = Ces coordonnées sortent des limites de la latitude et de la longitude.
signpost-problem-hsds-datapackage-unreadable = La description du paquet (datapackage.json) ne peut pas être lue.
signpost-problem-hsds-tabular-required-missing = Le paquet CSV a besoin de ce champ.
signpost-problem-hsds-unknown-field = Ce champ n'existe pas dans HSDS ; il a été laissé de côté.
signpost-problem-schedule-count-and-until = Les horaires indiquent à la fois un nombre de répétitions et une date de fin.
signpost-problem-schedule-part-ignored = Cette partie des horaires ne s'applique pas à leur fréquence et est ignorée.
signpost-problem-import-too-large = Le fichier est trop volumineux.

## Trouver un service (l'annuaire public, ses pages de service et l'aide-mémoire)
signpost-find-title = Trouver un service
signpost-words = Mots
signpost-words-hint = Le nom d'un service, ce qu'il fait ou l'aide recherchée, dans votre langue ou celle de l'annuaire. Les petites fautes de frappe sont pardonnées.
signpost-point = Ou un point
signpost-point-hint = Latitude et longitude en degrés, séparées par une virgule, par exemple 48.8566, 2.3522 : remplace le code postal.
error-point-invalid = Indiquez le point en latitude, longitude en degrés, par exemple 48.8566, 2.3522.
signpost-need = Aide recherchée
signpost-any-need = Tout type d'aide
signpost-language = Langue parlée sur place
signpost-any-language = Toutes les langues
signpost-postcode = Près du code postal
signpost-within = Dans un rayon de
signpost-within-km = { $km } km
signpost-open = Ouvert
signpost-open-any = N'importe quel jour
signpost-open-now = Ouvert maintenant
signpost-open-on-mon = Le lundi
signpost-open-on-tue = Le mardi
signpost-open-on-wed = Le mercredi
signpost-open-on-thu = Le jeudi
signpost-open-on-fri = Le vendredi
signpost-open-on-sat = Le samedi
signpost-open-on-sun = Le dimanche
signpost-search = Rechercher
signpost-found = Services trouvés : { $count }
signpost-postcode-unknown = Aucun lieu de cet annuaire n'a ce code postal : aucune distance ne peut donc être calculée à partir de lui. Vérifiez le code postal, ou lancez la recherche sans lui.
signpost-km-away = À { $km } km
signpost-is-open = Ouvert en ce moment
signpost-is-closed = Fermé en ce moment
signpost-hours-unknown = Horaires d'ouverture non indiqués
signpost-not-active = Ce service n'est pas assuré en ce moment.
signpost-where = Où
signpost-hours = Horaires d'ouverture
signpost-accessibility = Accessibilité
signpost-phones = Téléphone
signpost-phone-languages = langues au téléphone : { $languages }
signpost-languages-spoken = Langues parlées
signpost-bring = Ce qu'il faut apporter
signpost-cost = Coût
signpost-who = Pour qui
signpost-apply = Comment obtenir de l'aide
signpost-contact = Contact
signpost-back-to-search = ← Retour à la recherche
signpost-back-to-service = ← Retour au service
signpost-slip-heading = Un aide-mémoire à imprimer
signpost-slip-intro = L'adresse, les horaires d'ouverture et ce qu'il faut apporter sur une demi-page, dans la langue que lit la personne.
signpost-slip-own-words = Les descriptions propres au service sont reproduites telles que l'annuaire les a rédigées. Source :
signpost-ages = De { $min } à { $max } ans.
signpost-age-from = À partir de { $min } ans.
signpost-age-to = Jusqu'à { $max } ans.
signpost-day-mo = Lundi
signpost-day-tu = Mardi
signpost-day-we = Mercredi
signpost-day-th = Jeudi
signpost-day-fr = Vendredi
signpost-day-sa = Samedi
signpost-day-su = Dimanche
signpost-nth-day = { $nth } { $day ->
        [Lundi] lundi
        [Mardi] mardi
        [Mercredi] mercredi
        [Jeudi] jeudi
        [Vendredi] vendredi
        [Samedi] samedi
        [Dimanche] dimanche
       *[other] { $day }
    } du mois
signpost-nth-1 = Premier
signpost-nth-2 = Deuxième
signpost-nth-3 = Troisième
signpost-nth-4 = Quatrième
signpost-nth-5 = Cinquième
signpost-nth--1 = Dernier
signpost-nth--2 = Avant-dernier
error-need-invalid = Choisissez un type d'aide dans la liste.
error-postcode-invalid = Un code postal ne contient que des lettres, des chiffres et des espaces, 16 au maximum.
error-within-invalid = Choisissez une distance dans la liste.
error-open-invalid = Choisissez un jour dans la liste.
signpost-time-span = { $opens }–{ $closes }
signpost-public-page = Tout le monde peut y chercher, sans se connecter, à l'adresse :
error-proximity-invalid = Indiquez une distance en mètres, de 0 à 1 000 000.
error-postcode-needed = Une distance se mesure depuis un code postal : indiquez-en un.
error-proximity-too-wide = Trop de lieux sont à cette distance : demandez une distance plus courte.
signpost-calendar = Ajouter les horaires d'ouverture à un agenda (iCalendar)

## Referrals
referral-refer = Orienter quelqu'un vers ce service
referral-back-to-service = Retour au service
referral-private = Les orientations disent qui a été envoyé où : seul le personnel les voit, et chaque consultation est enregistrée dans le journal d'audit.
field-person = Personne
hint-referral-person = La référence sous laquelle votre équipe la connaît dans les entretiens de conseil (un numéro de dossier, ou des initiales avec une année de naissance). Une même référence désigne toujours la même personne.
field-need = Aide recherchée
referral-need-none = Non précisée
field-mode = Ce que vous faites
referral-mode-signpost = Informer : lui dire où aller ; rien à son sujet n'est transmis
referral-mode-referral = Orienter : transmettre ses coordonnées au service
field-contact = Comment le service peut la joindre
hint-referral-contact = Seulement pour une orientation qui transmet ses coordonnées ; laissez vide si vous l'informez seulement.
hint-referral-follow-up = Quand vérifier que le service a bien été joint. Dans une semaine, sauf si vous changez la date.
referral-consent-heading = Consentement
referral-consent-wording = Avant de continuer, dites à la personne, avec des mots qu'elle comprend : nous allons noter que nous vous avons indiqué ce service et, si vous êtes d'accord, donner vos coordonnées à ce service. Plus tard, nous vous demanderons comment cela s'est passé. Vous pouvez nous demander de tout effacer, à tout moment.
referral-consent-given = La personne est d'accord
field-consent_method = Comment elle a donné son accord
referral-consent-method-spoken = À l'oral
referral-consent-method-written = Par écrit
referral-consent-method-online = En ligne
referral-make = Enregistrer l'orientation
referral-list-title = Orientations
referral-due-title = Orientations à suivre
referral-find-to-refer = Trouver un service vers lequel orienter quelqu'un
referral-none = Aucune orientation pour l'instant. Trouvez un service et orientez quelqu'un depuis sa page.
referral-none-due = Aucun suivi à faire.
referral-made-on = Faite le
referral-service = Service
referral-person-withdrawn = (consentement retiré)
referral-status-made = Faite
referral-status-contacted = Service joint
referral-status-seen = Personne reçue
referral-status-closed = Clôturée
referral-step-contacted = Le service a été joint
referral-step-seen = La personne a été reçue par le service
referral-step-closed = La clôturer en indiquant ce qu'elle a donné
referral-outcome-met = besoin satisfait
referral-outcome-partly-met = besoin satisfait en partie
referral-outcome-not-met = besoin non satisfait
referral-outcome-not-taken-up = orientation non suivie
referral-field-reason = Pourquoi le besoin n'a pas été satisfait
referral-reason-not-eligible = Ne remplit pas les conditions
referral-reason-no-capacity = Le service n'avait pas de place
referral-reason-service-unreachable = Le service n'a pas pu être joint
referral-reason-person-unreachable = La personne n'a pas pu être jointe
referral-reason-did-not-attend = La personne n'y est pas allée
referral-reason-declined = La personne a changé d'avis
referral-reason-documents-missing = Il manquait des documents
referral-reason-cost = C'était trop cher
referral-reason-language-barrier = Pas de langue commune
referral-reason-service-closed = Le service a fermé
referral-reason-consent-withdrawn = Consentement retiré
referral-reason-other = Autre raison
referral-title = Orientation
referral-consent-withdrawn = consentement retiré
referral-next-step = Enregistrer l'étape suivante
hint-referral-outcome = Seulement pour clôturer. Tant que la personne n'a pas été reçue, une orientation ne peut être clôturée que comme « orientation non suivie » ou « besoin non satisfait ».
referral-not-closing = Pas encore de clôture
referral-no-reason = Aucune raison indiquée
hint-referral-next-follow-up = Quand vérifier de nouveau. Dans deux semaines, sauf si vous changez la date ; aucune date une fois l'orientation clôturée.
referral-record-step = Enregistrer l'étape
referral-postpone = Faire le suivi un autre jour
referral-postpone-button = Fixer le jour
referral-history = Ce qui s'est passé
referral-withdraw-heading = La personne retire son consentement
referral-withdraw-intro = Tout ce qui est noté à son sujet ici est effacé, et l'orientation ne la nomme plus. Elle compte toujours, comme un simple nombre, dans vos chiffres.
referral-withdraw = Effacer ce que nous gardons à son sujet
error-referral-mode-invalid = Choisissez si vous informez la personne ou si vous l'orientez.
error-referral-consent-missing = Une orientation demande l'accord de la personne : lisez-lui le texte ci-dessus et cochez la case quand elle est d'accord.
error-referral-consent-method-invalid = Choisissez comment la personne a donné son accord.
error-referral-status-invalid = Choisissez l'étape dans la liste.
error-referral-value-invalid = Choisissez une valeur dans la liste.
error-referral-move-backwards = Une orientation ne fait qu'avancer : cette étape a déjà été franchie.
error-referral-outcome-not-closing = Un résultat ne s'enregistre qu'à la clôture de l'orientation.
error-referral-reason-not-closing = Une raison ne s'enregistre qu'à la clôture de l'orientation.
error-referral-outcome-missing = Indiquez ce que l'orientation a donné pour la clôturer.
error-referral-outcome-not-seen = Le besoin ne peut être satisfait qu'une fois la personne reçue : enregistrez d'abord cette étape, ou clôturez comme « orientation non suivie ».
error-referral-reason-missing = Indiquez pourquoi l'orientation n'a pas satisfait le besoin.
error-referral-reason-when-met = Le besoin a été satisfait : aucune raison n'est nécessaire.
referral-refer-participant = L'orienter vers un service
referral-of-participant = Ses orientations
referral-finding-for = Vous cherchez un service pour un participant : ouvrez-en un et orientez-le depuis sa page.
