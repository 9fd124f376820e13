## Signpost: l'elenco dei servizi dell'organizzazione (Open Referral HSDS 3.0)

audit-kind-directory-imported = Elenco dei servizi importato
audit-kind-directory-published = Elenco dei servizi pubblicato o ritirato
error-hsds-invalid = I dati dell'elenco presentano dei problemi.
error-hsds-invalid-detail = Ogni problema è indicato con la sua posizione nel file. Non è stato importato nulla: correggili e importa di nuovo l'intero file.
