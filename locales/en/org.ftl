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

# Dashboard
dashboard-your-role = Your role here: { $role }
dashboard-members = Members

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
token-read-only = read only
token-read-only-check = Read only: the token can look, not change anything
field-token_password = Your password
hint-token-password = A token acts as you, so making one needs your password.
error-session-required = This needs you logged in with your password, not a token.
error-session-required-detail = Tokens are for scripts; this action needs you signed in on the website with your password.
error-token-read-only = This token may only read.
error-token-read-only-detail = Make a token that may also write on your account page, or use the website.
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
today-title = Today's work
today-clear = Nothing needs doing today: no pair has gone quiet, nobody is waiting, no follow-up is due and every indicator is on track.
today-quiet = { $count ->
    [one] One pair has gone quiet in { $programme }
   *[other] { $count } pairs have gone quiet in { $programme }
}
today-waiting = { $count ->
    [one] One newcomer is waiting in { $programme }, for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
   *[other] { $count } newcomers are waiting in { $programme }, the longest for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
}
today-referrals-due = { $count ->
    [one] One referral is due a follow-up
   *[other] { $count } referrals are due a follow-up
}
today-indicator = { $indicator }: { $status }
today-review-due = The review of the work was due on { $date }
today-practices = { $count ->
    [one] One practice is waiting for your peer review
   *[other] { $count } practices are waiting for your peer review
}
dashboard-learn-title = Learn
dashboard-learn-search = Search the guidance and the practice library
dashboard-learn-practices = Your organisation's practices
dashboard-learn-frameworks = Your organisation's frameworks
dashboard-about = About the organisation
audit-data = Recorded data
audit-said-role = Role: { $role }.
audit-said-role-change = Role changed from { $from } to { $to }.
audit-said-invitation = Joined through an invitation.
audit-said-via-demo = Created by the demo.
audit-said-via-command-line = Added from the command line.
audit-said-token = An API token.
audit-said-token-read-only = A read-only API token.
audit-said-token-writes = An API token that can change data.
audit-said-records = { $count ->
        [one] One person's records
       *[other] { $count } people's records
    }, for { $what }.
audit-said-imported = { $records ->
    [one] { $records } record read
   *[other] { $records } records read
}: { $created } new, { $updated } updated.
audit-said-published = Now public.
audit-said-unpublished = No longer public.
audit-for-participants = the list of participants
audit-for-participant = a participant's page
audit-for-pair = a pair's page
audit-for-pairs = the list of pairs
audit-for-introduction = introduction letters
audit-for-round = a matching round
audit-for-swap = a swap in a round
audit-for-status = a change to a pair
audit-for-person-export = everything held about a person
audit-for-api-export = an export through the API
audit-for-api-pairs = pairs read through the API
audit-for-api-participants = participants read through the API
audit-for-advice = advice and casework
audit-for-check-ins = check-ins
audit-for-consents = consent records
audit-for-follow-ups = follow-ups due
audit-for-referral = a referral
audit-for-referral-form = the referral form
audit-for-survey-responses = survey responses
audit-for-registered = a sign-up
audit-for-retention = the end of the retention period
audit-for-demo = the demo
