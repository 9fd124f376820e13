## Signpost: the organisation's service directory (Open Referral HSDS 3.0)

audit-kind-directory-imported = Service directory imported
audit-kind-directory-published = Service directory published or taken down
error-hsds-invalid = The directory data has problems.
error-hsds-invalid-detail = Each problem is listed with its place in the file. Nothing was imported: correct them and import the whole file again.

## The read API's parameters (HSDA)
error-id-invalid = Give the id as a UUID, such as 8b7c1f2e-3d4a-4b5c-9e6f-0a1b2c3d4e5f.
error-boolean-invalid = Give true or false.
error-date-time-invalid = Give a date (2026-03-31) or a date and time with its offset (2026-03-31T09:00:00Z).
error-format-invalid = Only json is offered.
error-per-page-full-invalid = With records in full, ask for between 1 and 100 a page.
error-postcode-search-not-offered = Searching near a postcode is not offered by this directory yet.

## The directory's page
nav-signpost = Service directory
signpost-title = Service directory
signpost-intro = The local services your team signposts people to, kept in Open Referral's Human Services Data Specification (HSDS 3.0), so you can bring them in from a council's or a network's directory and share yours with other tools.
signpost-imported = Imported: { $services } services. Warnings: { $warnings }.
signpost-problem-where = Where
signpost-problem-field = Field
signpost-problems-more = And { $count } more problems not listed.
signpost-contents = What the directory holds
signpost-empty = Nothing yet: import an HSDS file to start the directory.
signpost-count-services = Services
signpost-count-organizations = Organisations
signpost-count-locations = Places
signpost-count-terms = Taxonomy terms
signpost-download-json = Download as HSDS JSON (services.json)
signpost-import-heading = Import from HSDS
signpost-import-intro = An HSDS 3.0 JSON file: one service in full, a list of them, or an organisation in full with its services. Records already here (same kind and id) are replaced; if anything in the file is wrong, nothing is imported and each problem is listed.
signpost-import = Import
signpost-publication = Sharing with other Open Referral tools
signpost-published = Published: other tools can read the directory at this address (the HSDS read API). It holds the services only, nothing about the people you help.
signpost-not-published = Not published: only your team sees the directory.
signpost-publish = Publish the directory
signpost-unpublish = Stop publishing

## Problems of an HSDS import, each shown beside its place in the file
signpost-problem-hsds-not-json = The file is not JSON, or not HSDS records.
signpost-problem-hsds-wrong-type = This value has the wrong type (for example text where a number or a list is expected).
signpost-problem-hsds-required = This field is required and missing.
signpost-problem-hsds-empty-value = This field is empty.
signpost-problem-hsds-not-allowed = This value is not one HSDS allows here.
signpost-problem-hsds-bad-uuid = This is not a UUID.
signpost-problem-hsds-bad-uri = This is not a web address.
signpost-problem-hsds-bad-email = This is not an email address.
signpost-problem-hsds-bad-date = This is not a date written YYYY-MM-DD.
signpost-problem-hsds-bad-time = This is not a time written HH:MM or HH:MM:SS.
signpost-problem-hsds-bad-datetime = This is not a date and time with its offset.
signpost-problem-hsds-bad-rrule-part = This part of the opening schedule cannot be read.
signpost-problem-hsds-conflicting-duplicate = The same record appears twice with different values.
signpost-problem-hsds-conflicting-parent = This record is placed under two different parents.
signpost-problem-hsds-duplicate-id = Two rows have the same id.
signpost-problem-hsds-missing-column = A required column is missing.
signpost-problem-hsds-repeated-column = A column appears twice.
signpost-problem-hsds-cell-without-column = A row has more cells than the header has columns.
signpost-problem-hsds-invalid = The data has problems.
signpost-problem-hsds-dangling-reference = This refers to a record that is not in the data.
signpost-problem-hsds-coordinates-out-of-range = These coordinates are outside the range of latitude and longitude.
signpost-problem-hsds-datapackage-unreadable = The package description (datapackage.json) cannot be read.
signpost-problem-hsds-tabular-required-missing = The CSV package needs this field.
signpost-problem-hsds-unknown-field = HSDS has no such field; it was left out.
signpost-problem-schedule-count-and-until = The schedule gives both a count and an end date.
signpost-problem-schedule-part-ignored = This part of the schedule does not apply to its frequency and is ignored.
signpost-problem-import-too-large = The file is too large.
