## Signpost : l'annuaire des services de l'organisation (Open Referral HSDS 3.0)

audit-kind-directory-imported = Annuaire des services importé
audit-kind-directory-published = Annuaire des services publié ou retiré
error-hsds-invalid = Les données de l'annuaire comportent des problèmes.
error-hsds-invalid-detail = Chaque problème est indiqué avec son emplacement dans le fichier. Rien n’a été importé : corrigez-les et importez de nouveau tout le fichier.
