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
login = Log in
logout = Log out
back-home = Back to the start page
language-switch = Language
footer-text = bridges helps organisations that bring newcomers and long-term residents together.

# Fields
field-email = Email address
field-password = Password
field-password_confirm = Type the password again
field-current = Current password
field-name = Name
field-your-name = Your name
field-programme-name = Programme name
field-stakeholder-name = Person or organisation
field-partner-name = Partner organisation
field-token-name = What the token is for
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
error-text-invisible-characters = This text held invisible characters that can turn the text around it back to front, and bridges does not keep them. Check the text without them and send it again.
error-country-missing = Enter the country.
error-country-invalid = Enter a two-letter country code, like SE or GB.
error-language-invalid = Choose one of the languages offered.
error-timezone-missing = Enter the time zone.
error-timezone-invalid = Enter a time zone like Europe/Brussels.
error-role-invalid = Choose one of the roles offered.
error-role-not-assignable = You can only give roles below your own.
error-role-not-assignable-detail = Ask an owner to give this role.
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
error-wrong-type = The data has the wrong type
error-wrong-type-detail = A value in the body is not of the type the documentation gives (for example text where a number is expected).
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

list-any = Any
list-filter = Show
list-clear = Clear the filters
list-none-match = Nobody matches these filters.
list-showing = { $total ->
    [0] Nothing to show.
   *[other] Showing { $first }–{ $last } of { $total }
}
pager-label = Pages of the list
pager-previous = ← Previous page
pager-next = Next page →
pager-position = Page { $page } of { $pages }
list-separator = {", "}
# A language someone speaks and how well: "Arabic (native)".
language-at-level = { $language } ({ $level })
