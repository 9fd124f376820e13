## Connect: programmes, participants, rounds, pairs, check-ins
audit-kind-personal-data-viewed = Personal data viewed
audit-kind-personal-data-changed = Personal data changed
audit-kind-personal-data-exported = Personal data exported
audit-kind-personal-data-erased = Personal data erased
audit-kind-outcomes-published = Public page published or taken down
programmes-title = Pairing programmes
programmes-intro = Buddy schemes, language exchanges, mentoring and shadowing: people sign up, the engine proposes pairs and explains each one, and you decide.
programmes-none = No programmes yet.
programmes-new = Start a programme
programmes-create = Create the programme
field-kind = Kind of programme
kind-buddy = Buddy scheme
kind-language-exchange = Language exchange
kind-mentoring = Mentoring
kind-shadowing = Shadowing
kind-hint-buddy = a local resident helps a newcomer find their way around language, services and the neighbourhood.
kind-hint-language-exchange = two people teach each other their languages, in turns.
kind-hint-mentoring = an experienced professional supports someone rebuilding their career here.
kind-hint-shadowing = a newcomer follows an elected member or an official through their work.
programme-newcomers = Newcomers
programme-volunteers = Volunteers
programme-waiting = Waiting for a pair
programme-longest-wait = the longest for { $days ->
    [one] { $days } day
   *[other] { $days } days
}
programme-proposed = Proposed pairs to decide on
programme-held = Pairs accepted or meeting
programme-quiet = Pairs gone quiet
intake-title = Sign-up link
intake-open-intro = Anyone with this link can sign up, in any language bridges speaks. Share it only where you want sign-ups to come from.
intake-closed = Sign-up through a link is closed. Open it in the settings.
intake-renew = Replace the link
intake-intro = { $organisation } runs this programme. Tell us a little about yourself so we can find you a good match.
intake-who = I am signing up as
intake-side-newcomer = someone new here, looking for a partner
intake-side-volunteer = a volunteer, offering my time
intake-consent-title = What you agree to
intake-privacy = Only the programme's staff can see what you tell us. It is stored encrypted and used only to find you a partner and to keep in touch about it.
intake-submit = Sign up
intake-thanks-title = Thank you for signing up
intake-thanks = { $organisation } will be in touch when they have found you a partner.
consent-pairing = I agree that the programme's staff may keep what I wrote here to find me a partner, and share my name and contact details with that partner once we are introduced.
consent-check-ins = I agree that the staff may contact me from time to time to ask how the meetings are going.
consent-staff-confirm = This person agreed that we keep their details to find them a partner and share their contact details with that partner.
consent-staff-recorded = Staff recorded that the person agreed to their details being kept for pairing and shared with their partner.
consent-import-confirm = Everyone in this file agreed that we keep their details to find them a partner and share their contact details with that partner.
consent-import-recorded = Imported from a spreadsheet; staff confirmed the person agreed to their details being kept for pairing and shared with their partner.
consents-title = Consent
consents-none = No consent is recorded.
consent-withdrawn = withdrawn
consent-purpose-pairing = Pairing
consent-purpose-check-ins = Check-ins
settings-title = Programme settings
settings-intake-open = People may sign up through the link
field-quiet_after_days = Flag a pair as gone quiet after this many days without a check-in
field-retention_days = Erase people inactive for this many days
hint-retention_days = People who withdrew, or whose pairs have all ended, are erased for good once nothing about them has changed for this long (30 to 3,650 days). Leave it empty to erase people only by hand.
error-retention-out-of-range = Enter a number of days from 30 to 3,650, or leave it empty.
person-rights-title = Their data and their rights
person-rights-intro = People may ask to see everything held about them, and to have it erased.
person-export-json = Download everything held (JSON)
person-export-csv = Download everything held (CSV)
person-erase = Erase this person everywhere
person-erase-confirm = I understand this cannot be undone: their record, consents, pairs, reasons and check-ins go for good.
error-erase-not-confirmed = Tick the box to confirm the erasure.
settings-questions = Questions the sign-up asks
question-speaks = Languages they speak
question-learns = Languages they want to learn
question-interests = Interests
question-area = Where they live and how far they will travel
question-availability = When they are free each week
question-gender = Gender and any preference for a partner's gender
question-field = Profession or field
question-minor = Whether the newcomer is under 18
settings-rules = Rules no pair may break
settings-rules-hint = A pair that breaks any of these is never proposed.
rule-shared_language = They share a language both speak at least conversationally.
rule-complementary_languages = Each speaks a language the other wants to learn.
rule-within_reach = They live within the distance both will travel (or in the same area).
rule-respect_gender_preference = A stated preference for a partner's gender is respected.
rule-minors_need_vetted = Newcomers under 18 are paired only with volunteers whose safeguarding check is done.
rule-same_field = They work in the same field.
rule-min-slots = { $slots ->
    [one] They share at least one free time a week.
   *[other] They share at least { $slots } free times a week.
}
field-min_shared_slots = Free times a week they must share (0 for no rule)
settings-weights = What matters more
settings-weights-hint = From 0 (ignored) to 10 (matters most). Each pair's score adds these up, and every proposal shows what counted.
weight-language = Languages
weight-interests = Shared interests
weight-distance = Closeness
weight-availability = Shared free times
weight-field = Same field
weight-waiting = Time already waited
settings-fairness = Fairness between groups
settings-fairness-hint = Every round reports how pairing rates differ between groups. Set a cap to favour the groups paired least, without pairing fewer people in total.
field-fairness_by = Compare groups by
dimension-language = main language
dimension-gender = gender
dimension-area = area
field-max_gap = Largest gap allowed between groups' pairing rates, in percentage points (empty for no cap)
settings-save = Save the settings
settings-reset = Go back to the defaults for this kind
participants-title = Participants
participants-private = Personal data: every view of this page is written to the audit log.
participants-add = Add a person
participants-none = Nobody has signed up yet.
participants-days = Days since joining
participants-source = Came in by
source-staff = staff entry
source-intake = sign-up link
source-import = import
participant-withdrawn = withdrawn
participant-edit = Correct the details
participant-save = Save the details
participant-withdraw = Withdraw from the programme
participant-restore = Bring back into the programme
field-side = Taking part as
side-newcomer = Newcomer
side-volunteer = Volunteer
field-phone = Phone
hint-contact-optional = Optional. Shared with the partner only after the introduction.
field-contact_language = Language to write to them in
field-speaks = Languages spoken
field-learns = Languages to learn
field-level = Level
level-beginner = Beginner
level-conversational = Conversational
level-fluent = Fluent
level-native = Native
field-interests = Interests
hint-interests = Separate them with commas, for example: cooking, football, music.
field-field = Profession or field
hint-field = For example: nursing, engineering, local government.
field-area = Postcode or district
hint-area = Used only to find someone nearby.
field-travel_km = How far they will travel, in km
field-lat = Latitude
field-lon = Longitude
hint-coordinates = Optional, in decimal degrees (for example 50.85 and 4.35). Without them, people are matched by area.
field-availability = Free times each week
day-mon = Monday
day-tue = Tuesday
day-wed = Wednesday
day-thu = Thursday
day-fri = Friday
day-sat = Saturday
day-sun = Sunday
part-morning = Morning
part-afternoon = Afternoon
part-evening = Evening
field-gender = Gender
field-gender_preference = Partner's gender
gender-unsaid = Prefer not to say
gender-any = No preference
gender-woman = Woman
gender-man = Man
gender-non-binary = Non-binary
field-minor = The newcomer is under 18
field-capacity = How many newcomers a volunteer takes at once
hint-capacity = Newcomers: leave it at 1.
field-vetted = The volunteer's safeguarding check is done
field-note = Notes for the team
hint-note = Seen only by staff.
import-title = Import from a spreadsheet
import-intro = Upload a CSV file or an Excel workbook (.xlsx, first sheet). The first row names the columns, as in the template. If any row has a problem, nothing is imported, and every problem is listed with its line.
import-template = Download the template (CSV)
import-file = The file
import-submit = Check and import
import-done = { $count ->
    [one] One person was imported.
   *[other] { $count } people were imported.
}
import-problems = { $count ->
    [one] The file has a problem
   *[other] The file has { $count } problems
}
import-nothing-imported = Nothing was imported. Correct the file and upload it again.
import-line = Line
import-column = Column
import-problem = Problem
round-title = Pairing round
round-intro = A round proposes the pairing that pairs as many people as possible and, among those, reaches the best total score. Accepted and locked pairs stay; the rest is proposed afresh.
round-run = Run a round
round-running = A round is running
round-running-for = Running for { $seconds } s. This page refreshes by itself; other pages keep working meanwhile.
round-step-starting = Reading the programme
round-step-shortlisting = Finding each newcomer's best candidates
round-step-solving = Finding the best pairing
round-step-pricing = Checking every other possible pair
round-step-explaining = Explaining why people wait
error-round-failed = The round could not be completed. Nothing was saved; run it again.
round-last = The latest round
round-ran-at = Run on
round-counts = Proposals
round-counts-value = { $proposals ->
    [one] One pair proposed
   *[other] { $proposals } pairs proposed
} from { $newcomers ->
    [one] one newcomer
   *[other] { $newcomers } newcomers
} waiting and { $volunteers ->
    [one] one volunteer
   *[other] { $volunteers } volunteers
} with room
round-optimal = Optimal?
round-proved = Yes, proved: the engine's certificate checks out.
round-not-proved = Not proved. Please report this.
round-proposals = Proposed pairs
round-no-proposals = There are no proposals to decide on.
round-accept-all = { $count ->
    [one] Accept the { $count } proposal
   *[other] Accept all { $count } proposals
}
round-accept-all-check = { $count ->
    [one] The { $count } proposal becomes an accepted pair; later rounds keep accepted pairs.
   *[other] Every one of the { $count } proposals becomes an accepted pair, on every page, not only those shown here; later rounds keep accepted pairs.
}
round-accept-all-yes = Yes, accept all { $count }
round-swap-with = Or give this newcomer another volunteer
round-swap-option = { $volunteer } (now with { $newcomer })
round-joined-since = Joined after the latest round, or free again since: the next round will include them.
round-score = Score
round-why = Why this pair
round-decide = Decide
round-locked = locked
round-swap = Swap partners
round-done-accept = Proposal accepted: it is now a pair waiting for its introduction.
round-done-reject = Proposal turned down: later rounds will not propose these two together again.
round-done-lock = Locked: { $pair }. Later rounds keep this proposal as it is.
round-done-unlock = Unlocked: { $pair }. The next round may propose other partners for them.
round-done-swap = Partners swapped. Now { $first } and { $second }.
round-done-open = Open the pair
round-waiting = Still waiting, and why
round-reason = Reason
pair-action-accept = Accept
pair-action-reject = Reject
pair-action-lock = Lock
pair-action-unlock = Unlock
pair-action-introduce = Mark as introduced
factor-languages = Both speak { $languages }
factor-exchange = The newcomer can teach { $newcomer }; the volunteer can teach { $volunteer }
factor-no-interests = No interests in common
factor-interests = { $count ->
    [one] One interest in common: { $interests }
   *[other] { $count } interests in common: { $interests }
}
factor-distance = { $km } km apart
factor-field = Same field: { $field }
factor-same-area = They live in the same area
factor-distance-unknown = Distance not known
factor-slots = { $count ->
    [one] One free time a week in common
   *[other] { $count } free times a week in common
}
factor-other-field = Different fields
factor-waited = { $days ->
    [one] Waiting for { $days } day
   *[other] Waiting for { $days } days
}
reason-no-candidate = No volunteer keeps every rule with this person.
reason-excluded-by = { $rule }: rules out { $count ->
    [one] one volunteer
   *[other] { $count } volunteers
}
reason-outscored = { $count ->
    [one] One volunteer would suit, but pairing them with someone else let more people be paired or gave better pairs overall.
   *[other] { $count } volunteers would suit, but pairing them with others let more people be paired or gave better pairs overall.
}
constraint-shared-language = No language in common
constraint-complementary-languages = Cannot teach each other
constraint-within-reach = Too far apart
constraint-availability = Not free at the same times
constraint-gender-preference = A gender preference
constraint-safeguarding = Safeguarding check not done (under 18)
constraint-same-field = A different field
fairness-title = Fairness between groups
fairness-intro = Pairing rates and waiting times of the newcomers in this round, by { $dimension }.
fairness-people = Newcomers
fairness-paired = Paired
fairness-rate = Rate
fairness-wait = Average days waited
fairness-too-few = (too few to compare)
fairness-gap = Largest gap between groups: { $gap } percentage points.
fairness-cap = The cap is { $cap }.
fairness-met = It is kept.
fairness-not-met = It could not be kept: some groups have no volunteer who keeps the rules with them.
fairness-before = before the cap: { $gap }
pairs-title = Pairs
pairs-quiet = Gone quiet
pairs-quiet-intro = Introduced or meeting pairs with no check-in for more than { $days ->
    [one] { $days } day
   *[other] { $days } days
}. Get in touch before they fade.
pairs-quiet-none = No pair has gone quiet.
pairs-quiet-days = { $days ->
    [one] { $days } day without a check-in
   *[other] { $days } days without a check-in
}
pairs-accepted = Accepted, to introduce
pairs-meeting = Introduced and meeting
pairs-none = None.
pairs-pair = Pair
pairs-status = Stage
pairs-last-met = Last met
pairs-check-ins = Check-ins
pairs-waiting = Waiting list
pairs-waiting-none = Nobody is waiting.
pairs-closed = Closed
pairs-introduction = Printable introduction
pair-status-proposed = Proposed
pair-status-accepted = Accepted
pair-status-introduced = Introduced
pair-status-active = Meeting
pair-status-closed = Closed
pair-status-rejected = Rejected
pair-proposed-at = Proposed
pair-accepted-at = Accepted
pair-introduced-at = Introduced
pair-closed-at = Closed
pair-closed-withdrawn = One of the two withdrew their consent and left the programme.
pair-close = Close the pair
field-reason = Why it ends
checkins-title = Check-ins
checkins-none = No check-in yet.
checkins-add = Record a check-in
checkins-newcomer-rating = How the newcomer rated the contact
checkins-volunteer-rating = How the volunteer rated the contact
checkins-rating-order = Ratings, 1 to 7: pleasant / equal / cooperative / close.
field-met_on = Date they met
field-minutes = Minutes together
field-activity = What they did
hint-activity = For example: coffee and a walk to the library.
hint-rating = From 1 (not at all) to 7 (very much). Leave empty if not asked.
quality-pleasant = Pleasant
quality-equal = On an equal footing
quality-cooperative = Cooperative
quality-close = Close
intro-print-hint = Print this page, or copy each part into a message. Each person's part is in their own language.
intro-title = Dear { $name },
intro-body = We are glad to introduce you to { $other }, your partner in the { $organisation } programme. You both speak { $shared }, and we think you will get on well.
intro-contact = You can reach { $other } at { $contact }.
intro-contact-through-us = We will put you in touch: reply to us to arrange your first meeting.
intro-closing = Tell us how your first meeting goes. We will check in with you both in a few weeks.
error-side-invalid = Choose newcomer or volunteer.
error-side-fixed = A person cannot change side; withdraw them and add them again.
error-phone-invalid = Enter a phone number using digits, spaces and + - ( ) only.
error-language-code-invalid = Use a two- or three-letter language code, like ar or fr.
error-language-level-missing = Give each language a level, like ar:native.
error-language-level-invalid = Use a level: beginner, conversational, fluent or native (or A1 to C2).
error-language-repeated = Each language may appear only once.
error-too-many-languages = List at most 8 languages.
error-speaks-missing = Give at least one language the person speaks.
error-interests-too-many = List at most 20 interests, each under 40 characters.
error-number-invalid = Enter a number.
error-page-invalid = A page is a whole number from 1 to 1,000,000.
error-per-page-invalid = Ask for between 1 and 1,000 rows a page.
error-standing-invalid = Choose waiting, proposed, paired, active or withdrawn.
error-pair-group-invalid = Choose proposed, accepted, meeting, quiet or closed.
error-waited-invalid = Enter a number of days from 0 to 3650.
error-number-out-of-range = Enter a number in the range shown.
error-coordinates-out-of-range = Latitude must be between -90 and 90 and longitude between -180 and 180.
error-coordinates-half = Give both latitude and longitude, or neither.
error-travel-too-far = Enter a distance of 500 km or less.
error-area-missing = Give a postcode or district.
error-availability-missing = Choose at least one free time.
error-availability-invalid = Write free times like mon-evening sat-morning.
error-gender-invalid = Choose woman, man or non-binary, or leave it empty.
error-yes-no-invalid = Write yes or no.
error-capacity-invalid = A volunteer takes between 1 and 10 newcomers.
error-consent-missing = The person's agreement is needed before their details can be kept.
error-too-many-sign-ups = Many people have already signed up from this connection in the last hour. Try again later, or ask the organisation to add you.
error-too-many-sign-ups-detail = The limit protects the programme from floods of made-up sign-ups.
error-programme-kind-invalid = Choose a kind of programme.
error-programme-needs-languages = Every programme asks which languages people speak.
error-fairness-dimension-invalid = Choose how to compare groups.
error-programme-full = This programme holds as many people as it can.
error-programme-full-detail = A programme holds at most 200,000 people. Start another programme for the rest.
error-import-too-large = The file is larger than 4 MB.
error-import-not-utf8 = Save the CSV file as UTF-8 and upload it again.
error-import-row-unreadable = This row cannot be read: check its quotes.
error-import-too-many-rows = The file has more than 20,000 rows.
error-import-xlsx-unreadable = This workbook cannot be read. Save it again as .xlsx or as CSV.
error-import-xlsx-empty = The workbook has no sheet.
error-import-too-many-columns = A row reaches further than 64 columns. Remove the cells beyond the table and upload it again.
error-import-cell-too-long = A cell holds more than 32,767 characters.
error-import-xlsx-too-large = This workbook unpacks to far more than its size suggests. Save it again as .xlsx or as CSV.
error-import-xls-unsupported = Old Excel workbooks (.xls) are not read. Save it as .xlsx or as CSV and upload it again.
error-import-busy = Other imports are running. Try again in a minute.
error-import-empty = The file has no rows to import.
error-import-unknown-column = This column is not one bridges knows. Check its name against the template.
error-import-repeated-column = This column appears twice.
error-import-missing-column = This column is required.
error-import-too-many-cells = This row has more cells than the header has columns.
error-import-upload-broken = The upload did not arrive whole. Try again.
error-import-no-file = Choose a file to upload.
error-pair-status = That step does not fit where this pair is now.
error-pair-status-detail = A pair moves from proposed to accepted, introduced, meeting and closed, in that order. Reload the page to see where it is.
error-pair-status-invalid = Use accepted, rejected, introduced or closed.
error-newcomer-paired = This newcomer already has an accepted pair.
error-newcomer-paired-detail = Close the other pair first if this one should replace it.
error-participant-withdrawn = One of the two people has withdrawn from the programme.
error-participant-withdrawn-detail = Their pairs were closed when they withdrew; nothing more can be done with this one.
error-volunteer-full = This volunteer already has as many newcomers as they said they can take.
error-volunteer-full-detail = Close one of their pairs, or raise how many they take on their page, first.
error-round-stale = The programme kept changing while the round ran. Run it again.
error-round-stale-detail = People or pairs changed while the round was being computed, several times in a row. Nothing was saved.
error-pair-not-meeting = Check-ins are recorded only for pairs that have been introduced.
error-pair-not-meeting-detail = Mark the pair as introduced first.
error-swap-breaks-rules = That swap would break one of the programme's rules.
error-swap-breaks-rules-detail = Each new pair must keep every rule of the programme. Choose another proposal to swap with.
error-swap-same-volunteer = Those two proposals have the same volunteer, so swapping them would change nothing.
error-swap-same-volunteer-detail = Choose a proposal with another volunteer to swap with.
error-date-in-future = The date cannot be in the future.
error-minutes-invalid = Enter the minutes together, from 1 to 1440.
error-rating-invalid = A rating is a whole number from 1 to 7.

export-lists = Download for a spreadsheet (each download is written to the audit log)
export-participants = Participants
export-waiting = Waiting list
export-pairs = Pairs

list-search-name = Search by name
list-standing = Where they stand
list-language = Speaks
list-waited = In the programme at least (days)
standing-waiting = Waiting for a partner
standing-proposed = Proposed in the round
standing-paired = Paired
standing-active = Taking part
standing-withdrawn = Withdrawn
pairs-search = Search by either person's name
pairs-show = Show
pairs-every-group = Every group
pairs-group-quiet = Gone quiet
pairs-group-accepted = Accepted, to introduce
pairs-group-meeting = Introduced and meeting
pairs-group-closed = Closed
pairs-see-all = See all { $count }
fairness-chart = Share of each { $dimension } group paired
waited-chart = How long the people waiting have waited
waited-unit = people
waited-span = Waited
waited-as-table = The same as a table
waited-0 = under a week
waited-1 = 1–2 weeks
waited-2 = 2–4 weeks
waited-3 = 1–2 months
waited-4 = 2–3 months
waited-5 = 3–6 months
waited-6 = over 6 months
pair-score-bar = What makes up its score of { $score }
