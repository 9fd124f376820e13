## Signpost: the organisation's service directory (Open Referral HSDS 3.0)

audit-kind-directory-imported = Service directory imported
audit-kind-directory-published = Service directory published or taken down
error-hsds-invalid = The directory data has problems.
error-hsds-invalid-detail = Each problem is listed with its place in the file. Nothing was imported: correct them and import the whole file again.
