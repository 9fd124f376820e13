# Measure: the dashboard, activities, advice, indicators, reviews.
measure-title = Measure
measure-dashboard = Dashboard
measure-activities = Activities
measure-advice = Advice and casework
measure-indicators = Indicators
measure-whole-organisation = The whole organisation
measure-show = Show
measure-year-so-far = { $year } so far
measure-activities-logged = Activities logged
measure-attendance = Attendance
measure-people-advised = People advised
measure-occasions = Advice occasions
measure-volunteer-hours = Volunteer hours
measure-languages-used = Languages used
measure-suppression-note = Counts of fewer than { $k } people are not shown, so nobody can be picked out.
measure-attention = Needs attention
measure-objectives = Objectives and their indicators
measure-no-indicators = No indicators yet.
measure-define-first = Define the first one.
measure-objective-unmeasured = Nothing measures this objective yet.
measure-export-xlsx = Download the values (XLSX)
measure-calendar = Calendar of sessions (iCalendar)
measure-reviews = Reviews
measure-next-review = Next review due on { $date }.
measure-no-reviews = No review recorded yet.
measure-record-review = Record a review
measure-fewer-than = fewer than { $k }
measure-hidden = hidden
measure-no-data = No data yet
measure-baseline = Baseline
measure-target = Target
measure-actual = Latest
measure-progress = Progress towards the target
measure-status = Status
measure-status-achieved = Target reached
measure-status-on-track = On track
measure-status-off-track = Off track
measure-status-no-target = No target
measure-status-no-data = No data
measure-status-stale = Not updated
measure-values = Values by period
measure-value = Value
measure-enter-value = Enter a value
measure-define = Define an indicator
measure-any-kind = Any kind
measure-all-programmes = Every programme
measure-no-objective = No project or objective
measure-log-activity = Log an activity
measure-more-breakdowns = By gender and age
measure-latest-activities = Latest activities
measure-activity-count = { $count ->
    [one] One activity logged.
   *[other] { $count } activities logged.
}
measure-no-activities = No activities logged yet.
measure-no-project = No project
measure-delete = Delete
measure-series = Recurring sessions
measure-series-intro = A session that happens every week or every few weeks, defined once. Its calendar can be added to any calendar app.
measure-no-series = No recurring sessions yet.
measure-series-every = { $weeks ->
    [one] every week
   *[other] every { $weeks } weeks
}
measure-add-series = Add a recurring session
measure-advice-private = Only staff see this page. Clients are known by a reference, never by name; references and notes are encrypted.
measure-overdue = Follow-ups overdue
measure-no-overdue = No follow-up is overdue.
measure-follow-up-done = Done
measure-record-advice = Record an advice contact
measure-recent-advice = Latest contacts
measure-no-advice = No advice recorded yet.

activity-kind-event = Event
activity-kind-session = Session
activity-kind-training = Training
activity-kind-meeting = Meeting with decision-makers
activity-kind-publication = Publication
activity-kind-campaign = Campaign action
activity-kind-referral = Referral
activity-kind-booking = Booking of a room or event
activity-kind-other = Other

advice-outcome-resolved = Resolved
advice-outcome-ongoing = Ongoing
advice-outcome-referred = Referred on
advice-outcome-closed = Closed

indicator-source-manual = Entered by hand, with evidence
indicator-source-activities = Number of activities
indicator-source-attendance = People attending activities
indicator-source-volunteer-hours = Volunteer hours
indicator-source-languages = Languages used in activities
indicator-source-people-advised = People advised (each counted once)
indicator-source-advice-occasions = Advice occasions
indicator-source-check-ins = Check-ins of pairs (Connect)
indicator-source-contact-hours = Hours pairs spent together (Connect)
indicator-source-contact-quality = Quality of contact, 1 to 7 (Connect)
indicator-source-referrals-made = Referrals made to services (Signpost)
indicator-source-people-referred = People referred, each counted once (Signpost)
indicator-source-referrals-completed = Referrals that met the need, in full or in part (Signpost)

period-month = Month
period-quarter = Quarter
period-year = Year

breakdown-none = Not broken down
breakdown-community = Arriving and receiving communities
breakdown-gender = Gender
breakdown-age = Age band

group-arriving = Arriving community
group-receiving = Receiving community
group-women = Women
group-men = Men
group-another = Another gender
group-under-18 = Under 18
group-18-25 = 18 to 25
group-26-64 = 26 to 64
group-65-plus = 65 and over

direction-up = More is better
direction-down = Less is better

field-date = Date
field-time = Start time
field-activity_kind = Kind of activity
field-duration_minutes = Length in minutes
field-place = Place
field-project = Project
field-programme = Programme
field-topics = Topics
field-languages = Languages used
field-attendees = People attending
field-arriving = From the arriving community
field-receiving = From the receiving community
field-women = Women
field-men = Men
field-gender_another = Another gender
field-age_under_18 = Under 18
field-age_18_25 = 18 to 25
field-age_26_64 = 26 to 64
field-age_65_plus = 65 and over
field-volunteers = Volunteers
field-volunteer_hours = Volunteer hours in all
field-notes = Notes
field-client = Client reference
field-topic = Topic
field-outcome = Outcome
field-referral = Referred to
field-follow_up = Follow up by
field-unit = Unit
field-direction = Which way is good
field-source = Where the numbers come from
field-period = Period
field-baseline = Baseline
field-baseline_on = Baseline date
field-target_on = Target date
field-disaggregation = Broken down by
field-frameworks = Framework items
field-value = Value
field-evidence = Evidence
field-held_on = Date of the review
field-concluded = What the team concluded
field-decided = What the team decided
field-next_on = Next review
field-every_weeks = Every how many weeks
field-until = Last date

hint-attendees = Everyone who came. The groups below are parts of this number; leave a group empty if nobody counted it.
hint-volunteer_hours = The hours of all volunteers together, for example 4.5.
hint-languages = Language codes separated by commas, for example ar, en, ps.
hint-topics = Framework items or your own topics, separated by commas, for example indicators-of-integration:bridges, eu-cbp:7.
hint-client = A case number or initials with a year of birth: never a name. The same reference is the same person.
hint-topic = What the person asked about, for example housing or the right to work.
hint-unit = For example people, hours, sessions or %.
hint-frameworks = For example indicators-of-integration:bridges, eu-cbp:7.
hint-period = As 2026-03 for a month, 2026-Q1 for a quarter or 2026 for a year.
hint-evidence = Where the figure comes from: a register, a survey, a partner's report.
hint-concluded = How the work is going against its objectives, in the team's own words.

# Import and export
measure-import-export = Import and export
measure-downloads = Downloads
measure-activities-xlsx = Download the activities (XLSX)
measure-import-activities = Import activities
measure-import-indicators = Import values of indicators
measure-import-intro-activities = Upload a CSV file or an Excel workbook (.xlsx, first sheet) whose first row names the columns, as in the activities download. The columns date, activity_kind and title are required; project holds a project's title. If any row has a problem, nothing is imported, and every problem is listed with its line and column.
measure-import-intro-indicators = Upload the values download with the values of indicators entered by hand filled in. The columns indicator_id, period, value and evidence are read and the others left aside; a row without a value is passed over. If any row has a problem, nothing is imported, and every problem is listed with its line and column.
measure-activities-imported = { $count ->
    [one] One activity was imported.
   *[other] { $count } activities were imported.
}
measure-values-imported = { $count ->
    [one] One value was imported.
   *[other] { $count } values were imported.
}

error-count-invalid = Enter a whole number from 0 to 100,000.
error-codes-invalid = Use short codes separated by commas (letters, digits and - : _ .), at most 50.
error-time-invalid = Enter a time as hours and minutes, for example 18:30.
error-activity-kind-invalid = Choose a kind of activity from the list.
error-duration-invalid = Enter the length in minutes, from 1 to 10,080.
error-hours-invalid = Enter the hours as a number, for example 4.5.
error-breakdown-exceeds-attendees = The groups add up to more than the people attending.
error-advice-outcome-invalid = Choose an outcome from the list.
error-follow-up-before-contact = The follow-up cannot be before the contact.
error-follow-up-missing = Give a date to follow up an ongoing case.
error-direction-invalid = Choose whether more or less is better.
error-indicator-source-invalid = Choose where the numbers come from.
error-programme-not-a-source = A programme can only be chosen for numbers that come from Connect.
error-objective-needs-project = Choose the project the objective belongs to.
error-target-before-baseline = The target date must come after the baseline date.
error-period-invalid = Enter a period as 2026-03, 2026-Q1 or 2026, matching the indicator's period.
error-disaggregation-invalid = Only attendance can be broken down.
error-indicator-counted = This indicator is counted from what is logged; its values cannot be typed.
error-next-review-before-review = The next review must come after this one.
error-every-weeks-invalid = Enter a number of weeks from 1 to 52.

measure-pairs = Pairs in Connect's programmes
measure-pairs-meeting = Pairs meeting
measure-pairs-quiet = Gone quiet
measure-pairs-closed = Closed
measure-waiting = Newcomers waiting
measure-wait-days = Days waited (median / longest)

measure-templates = Start from a set of indicators
measure-templates-intro = Each set adds the indicators it holds that you do not have yet. Those counted from what you log fill themselves; give them a baseline and a target afterwards.
measure-template-set = Set
measure-templates-add = Add the set
template-set-forum = A forum's counters and benchmarks
template-set-zaragoza = Zaragoza core indicators
template-set-indicators-of-integration = The 14 domains of the Indicators of Integration
template-set-focus = Contact between communities (FOCUS)
template-forum-people-advised = People advised
template-forum-advice-occasions = Occasions of advice
template-forum-people-referred = People referred to a service
template-forum-referrals-completed = Referrals that met the need
template-forum-bookings = Bookings of rooms, events and trainings
template-forum-capacity-sessions = Capacity-building sessions
template-forum-people-trained = People trained
template-forum-policy-meetings = Meetings with policy makers
template-forum-publications = Publications
template-forum-campaign-actions = Campaign actions
template-forum-volunteer-hours = Volunteer hours
template-forum-languages = Languages our volunteers use
template-forum-health-access = Improvements in access to health services
template-zaragoza-employment = Employment rate of newcomers
template-zaragoza-education = Newcomers with upper-secondary or higher education
template-zaragoza-poverty = Newcomers at risk of poverty or social exclusion
template-zaragoza-citizenship = Newcomers who are long-term residents or citizens
template-zaragoza-health = Newcomers who say their health is good
template-iio-work = Progress reported: work
template-iio-housing = Progress reported: housing
template-iio-education = Progress reported: education
template-iio-health-and-social-care = Progress reported: health and social care
template-iio-leisure = Progress reported: leisure
template-iio-bonds = Progress reported: bonds within one's own community
template-iio-bridges = Progress reported: bridges with other communities
template-iio-links = Progress reported: links with institutions
template-iio-language-and-communication = Progress reported: language and communication
template-iio-culture = Progress reported: culture
template-iio-digital-skills = Progress reported: digital skills
template-iio-safety = Progress reported: safety
template-iio-stability = Progress reported: stability
template-iio-rights-and-responsibilities = Progress reported: rights and responsibilities
template-focus-contact-quality = Quality of contact between buddies
template-focus-contact-meetings = Meetings of buddy pairs
template-focus-contact-hours = Hours buddy pairs spent together
template-focus-mixed-sessions = People of both communities at sessions
unit-people = people
unit-occasions = occasions
unit-referrals = referrals
unit-activities = activities
unit-hours = hours
unit-languages = languages
unit-percent = %
unit-count = number
unit-rating = 1–7
measure-measuring = Indicators that measure { $item }.
measure-all-indicators = Every indicator
measure-objective-progress = { $good } of { $judged ->
    [one] { $judged } indicator
   *[other] { $judged } indicators
} on track.
measure-threshold = Small numbers
measure-threshold-save = Save
field-threshold = Hide counts of fewer people than
hint-threshold = Volunteers and viewers see "fewer than" this number instead of a smaller count. At least 5; 10 is common practice.
error-threshold-invalid = Enter a whole number from 5 to 1,000.
measure-publish-calendar = Publish the calendar
measure-calendar-published = The calendar has a public link. People who have it can add the sessions to their own calendar app; it shows titles, times, places and languages, nothing about people.
measure-calendar-not-published = The calendar is not published. Publishing gives it a link anyone can subscribe to: titles, times, places and languages of the sessions, nothing about people.
measure-calendar-new-link = Make a new link (the old one stops working)
measure-calendar-link-made = Here is the calendar's link. Copy it now: it is not shown again.
error-project-ambiguous = Several projects have this title: use the project's id instead.
error-value-repeated = This indicator already has a value for this period higher up in the file.
measure-no-programme = No programme
error-programme-ambiguous = Several programmes have this name: use the programme's id instead.
field-indicator-need = Referrals for
hint-indicator-need = Only for a count of referrals: those for this need (a broader need takes in the narrower ones).
measure-any-need = Any need
