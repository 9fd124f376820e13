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
signpost-imported = Services importés : { $services }. Avertissements : { $warnings }.
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
signpost-language-ar = Arabe
signpost-language-en = Anglais
signpost-language-es = Espagnol
signpost-language-fa = Persan (farsi, dari)
signpost-language-fr = Français
signpost-language-it = Italien
signpost-language-ku = Kurde
signpost-language-ps = Pachto
signpost-language-pt = Portugais
signpost-language-ro = Roumain
signpost-language-ru = Russe
signpost-language-so = Somali
signpost-language-ti = Tigrigna
signpost-language-tr = Turc
signpost-language-uk = Ukrainien
signpost-language-ur = Ourdou
error-need-invalid = Choisissez un type d'aide dans la liste.
error-postcode-invalid = Un code postal ne contient que des lettres, des chiffres et des espaces, 16 au maximum.
error-within-invalid = Choisissez une distance dans la liste.
error-open-invalid = Choisissez un jour dans la liste.
signpost-list-separator = {", "}
signpost-time-span = { $opens }–{ $closes }
signpost-public-page = Tout le monde peut y chercher, sans se connecter, à l'adresse :
error-proximity-invalid = Indiquez une distance en mètres, de 0 à 1 000 000.
error-postcode-needed = Une distance se mesure depuis un code postal : indiquez-en un.
error-proximity-too-wide = Trop de lieux sont à cette distance : demandez une distance plus courte.
signpost-calendar = Ajouter les horaires d'ouverture à un agenda (iCalendar)
