# Layout
skip-to-content = Skip to main content
nav-label = Main sections
nav-dashboard = Dashboard
nav-members = Members
nav-audit = Audit log
nav-learn = Learn
nav-plan = Plan
nav-connect = Connect
nav-measure = Measure
nav-tell = Tell
not-built-tag = not available yet
not-built-body = This part of bridges is not built yet. Nothing here works today; it is listed so you know what is coming.
verb-promise-learn = Search the integration guidance and a library of good practices, in your own language.
verb-promise-plan = Plan a project in six steps, including an analysis of who holds power over the outcome.
verb-promise-connect = Run buddy, language-exchange, mentoring and shadowing programmes, and point people to local services.
verb-promise-measure = Log activities and advice, follow indicators against targets, and run surveys with honest statistics.
verb-promise-tell = Publish reports, charts and open data that show what your work achieved.
login = Log in
logout = Log out
back-home = Back to the start page
language-switch = Language
footer-text = bridges helps organisations that bring newcomers and long-term residents together.

# Home and first run
home-title = Your organisations
home-no-orgs = You do not belong to any organisation yet. Ask an owner or coordinator to invite you.
not-set-up-title = bridges is not set up yet
not-set-up-body = Open the one-time setup link that bridges printed in the console where it was started. If you lost it, restart bridges to get a new one, or create the first account with the command: bridges user create.
setup-title = Set up bridges
setup-intro = Create your organisation and the first account. That account will be the organisation's owner.
setup-org-legend = Your organisation
setup-owner-legend = Your account
setup-submit = Create organisation and account

# Login
login-title = Log in to bridges

# Fields
field-email = Email address
field-password = Password
field-password_confirm = Type the password again
field-current = Current password
field-name = Your name
field-org_name = Organisation name
field-country = Country
field-language = Language
field-time_zone = Time zone
field-role = Role
hint-country = Two-letter code, for example SE for Sweden, GB for the United Kingdom, BG for Bulgaria.
hint-time-zone = For example Europe/Brussels, Europe/London or UTC.
hint-password = At least 10 characters. A few unrelated words make a strong password that is easy to remember.
hint-token-name = A name to recognise the token by, such as "monthly report script".

# Roles
role-owner = Owner
role-coordinator = Coordinator
role-staff = Staff
role-volunteer = Volunteer
role-viewer = Viewer

# Dashboard
dashboard-your-role = Your role here: { $role }
dashboard-members = Members
dashboard-verbs-title = What bridges will do for you

# Members and invitations
members-title = Members
members-name = Name
members-since = Member since
members-actions = Actions
members-change-role = Change role
members-remove = Remove
members-open-invitations = Invitations not yet accepted
members-invitation-expires = expires { $date }
invite-title = Invite a new member
invite-submit = Create invitation link
invite-created = Invitation created. Send this link to the person you invited; it works once and expires in 7 days. bridges does not show it again.
invite-link-label = Invitation link
invite-accept-title = Invitation
invite-accept-heading = You are invited to join { $org }
invite-accept-role = Your role will be: { $role }
invite-join = Join the organisation
invite-other-account = This invitation is for { $email }. Log out, then open the link again.
invite-log-in-first = You already have an account. Log in first, and you will come back here.
invite-new-account = Create your account for { $email }.
invite-create-account = Create account and join

# Account
account-title = Your account
account-email = You log in as { $email }.
password-title = Change your password
password-submit = Change password
password-changed = Your password has been changed. You have been logged out everywhere else.
tokens-title = API tokens
tokens-intro = A token lets a script use the bridges API as you. Keep it secret, and revoke it when it is no longer needed.
token-create = Create token
token-created = Token created. Copy it now: bridges does not show it again.
token-label = Your new token
token-revoke = Revoke

# Audit log
audit-title = Audit log
audit-intro = Security events in this organisation and the account activity of its members, newest first. Entries can never be changed or removed.
audit-when = When
audit-what = Event
audit-actor = By
audit-subject = Concerning
audit-detail = Details
audit-address = Address
audit-kind-setup-completed = bridges set up
audit-kind-login-succeeded = Logged in
audit-kind-login-failed = Failed login
audit-kind-login-throttled = Login refused after too many failures
audit-kind-logout = Logged out
audit-kind-password-changed = Password changed
audit-kind-member-invited = Member invited
audit-kind-member-added = Member added
audit-kind-member-removed = Member removed
audit-kind-role-changed = Role changed
audit-kind-api-token-created = API token created
audit-kind-api-token-revoked = API token revoked

# Errors in forms
error-summary-title = There is a problem
error-prefix = Error:
error-email-missing = Enter your email address.
error-email-too-long = The email address must be 254 characters or fewer.
error-email-invalid = Enter an email address in the correct form, like name@example.org.
error-password-missing = Enter a password.
error-password-too-short = The password must be at least 10 characters long.
error-password-too-long = The password must be 256 characters or fewer.
error-password-mismatch = The two passwords are not the same.
error-password-wrong = Your current password is not right.
error-login-failed = The email address or password is not right.
error-login-throttled = Too many failed attempts. Wait 15 minutes before trying again.
error-org-name-missing = Enter the organisation's name.
error-org-name-too-long = The organisation's name must be 120 characters or fewer.
error-name-missing = Enter your name.
error-name-too-long = The name must be 100 characters or fewer.
error-text-control-characters = Remove the invisible control characters from this text.
error-country-missing = Enter the country.
error-country-invalid = Enter a two-letter country code, like SE or GB.
error-language-invalid = Choose one of the languages offered.
error-timezone-missing = Enter the time zone.
error-timezone-invalid = Enter a time zone like Europe/Brussels.
error-role-invalid = Choose one of the roles offered.
error-role-not-assignable = You can only give roles below your own.
error-token-name-missing = Enter a name for the token.
error-token-name-invalid = The name must be 100 characters or fewer, without control characters.

# Errors as pages and problem documents
error-not-found = Page not found
error-not-found-detail = There is nothing here, or you do not have access to it.
error-unauthenticated = You need to log in
error-unauthenticated-detail = Log in to see this page.
error-forbidden = You cannot do that
error-forbidden-detail = Your role in this organisation does not allow it. Ask an owner if you need it.
error-csrf-failed = The form has expired
error-csrf-failed-detail = For your security, go back, reload the page and try again.
error-too-many-attempts = Too many failed attempts
error-too-many-attempts-detail = Logging in is paused for this account or address. Wait 15 minutes and try again.
error-invalid-input = Some of the information is not valid
error-invalid-input-detail = Correct the fields listed and try again.
error-too-large = The request is too large
error-too-large-detail = Send less data at once.
error-bad-request = The request could not be understood
error-bad-request-detail = Check what was sent and try again.
error-method-not-allowed = That action is not possible here
error-method-not-allowed-detail = This address does not accept that kind of request.
error-unsupported-media-type = Unsupported content type
error-unsupported-media-type-detail = Send the data as the documentation describes (JSON for the API, a form for pages).
error-internal = Something went wrong on our side
error-internal-detail = The problem has been logged. Try again in a moment.
error-last-owner = An organisation needs at least one owner
error-last-owner-detail = Make someone else an owner first.
error-already-member = Already a member
error-already-member-detail = This person already belongs to the organisation.
error-email-taken = There is already an account with this email address
error-email-taken-detail = Log in with that account instead.
error-already-set-up = bridges is already set up
error-already-set-up-detail = Log in with an existing account.
error-invitation-other-account = This invitation is for another account
error-invitation-other-account-detail = Log in with the invited email address, or log out and create the account.
