# Plan: projects and the power analysis
projects-title = Projects
projects-intro = Plan a project in the toolkit's six steps. Step 4, the analysis of who holds power over the outcome, is ready; the other steps are being built.
projects-none = No projects yet.
projects-new = Start a project
projects-create = Create the project
field-aims = Aims
projects-steps = The six steps
projects-step-policy-areas = Step 1: the policy areas it touches
projects-step-principles = Step 2: the principles that structure it
projects-step-evidence = Step 3: making the case with evidence
projects-step-power = Step 4: power analysis of the stakeholders
projects-step-partnerships = Step 5: partnerships
projects-step-setbacks = Step 6: setbacks and the rights at stake
projects-step-guidance = Read the guidance for this step
power-title = Power analysis
power-intro = List the institutions and people around the project: how much power each has over the outcome, how much they care, where they stand, and whose lead they follow. Mark the decision-makers you need to move as targets, and say who moves whom. bridges then suggests whom to approach first, and why.
power-approach-first = Whom to approach first
power-no-leverage = Add stakeholders, mark at least one target, and say who moves whom: the suggestions appear here.
power-moves-targets = Moves { $names } directly.
power-moves-indirectly = Moves a target through others.
power-is-ally = Already on your side.
power-reached-through = Reachable through: { $chain }.
power-no-channel = No known way to reach them yet.
power-opponents = Where the opponents sit
power-no-opponents = No stakeholder is marked as opposed or sceptical.
power-quadrant-key-players = much power, much interest: engage closely
power-quadrant-keep-satisfied = much power, little interest: keep satisfied
power-quadrant-keep-informed = little power, much interest: keep informed
power-quadrant-monitor = little power, little interest: watch
power-reach = Who your allies can reach, and how
power-cycles = Circles of mutual influence
power-cycles-intro = These stakeholders move one another; treat each circle as one bloc.
power-grid = Influence and stance
power-grid-desc = Each stakeholder placed by where they stand (left: opposed, right: champion) and their power over the outcome (top: decisive). Targets have a ring. The table below holds the same information.
power-stakeholders = Stakeholders
power-influence = Power over the outcome (1–5)
power-interest = Interest in the project (1–5)
power-stance = Stance
power-cue = Takes its cue from
power-target = Target
power-target-check = A decision-maker the project needs to move (target)
power-kind = Kind
power-kind-institution = Institution
power-kind-person = Person
power-add-stakeholder = Add a stakeholder
power-add-relation = Say who moves whom
power-from = Who
power-relation-kind = How
power-to = Whom
power-relations = Relations
stance-opposed = Opposed
stance-sceptical = Sceptical
stance-neutral = Neutral
stance-supportive = Supportive
stance-champion = Champion
relation-influences = influences
relation-funds = funds
relation-answers-to = answers to
relation-allied-with = is allied with
error-level-invalid = Choose a number from 1 to 5.
error-stance-invalid = Choose one of the stances offered.
error-stakeholder-unknown = Choose a stakeholder on this map.
error-relation-same = Choose two different stakeholders.
error-relation-kind-invalid = Choose one of the relations offered.
error-map-full = This map is full
error-map-full-detail = A map holds at most 500 stakeholders and 2,000 relations.

# Plan: steps 1 and 2
step-intro-policy-areas = Choose the policy areas critical to integration that your project touches, and say for each how it touches it.
step-intro-principles = Choose the principles that will structure the project, and say for each how the project applies it. Principles that the toolkit's guidance and practices often apply together with the policy areas you chose are marked.
step-suggested = Applied together with your policy areas in { $count ->
    [one] { $count } item
   *[other] { $count } items
} of the library.
step-note-label = How the project relates to: { $item }
step-note-placeholder-policy-areas = How does the project touch this area?
step-note-placeholder-principles = How will the project apply this principle?
step-area-relations = How the chosen areas relate
step-area-relations-hint = For example: in the toolkit's Brussels example, housing and education had to be worked on together.

# Plan: step 5
partners-intro = For each partner: what they bring, what they want from the project, your bottom line with them, and when you would walk away. Give the share of the project's funding each provides, so bridges can tell you when the funding base is narrow.
partners-none = No partners yet.
partners-add = Add a partner
partners-narrow-base = The funding base is narrow
partners-warning-single-funder = Only one partner funds the project. If it pulls out or sets conditions, the project has nothing to fall back on.
partners-warning-dominant-funder = One partner provides more than half of the funding. Relying on a single funder can cost a project its independence.
partners-warning-shares-over-hundred = The funding shares add up to more than 100 %. Check the figures.
partners-largest = Largest share: { $name }
field-brings = What they bring
field-wants = What they want
field-bottom_line = Your bottom line with them
field-walk_away_if = You would walk away if
field-funding_share = Share of the funding (%)
hint-funding-share = A number from 0 to 100. Leave empty if they give no money.
error-share-invalid = Enter a number from 0 to 100.

# Plan: step 6
setbacks-intro = List what could go wrong: a decision, a cut, a hostile campaign. For each, name the rights at stake, whether legal support will be needed, and the allies you would approach.
setbacks-none = No setbacks listed yet.
setbacks-add = Add a setback
setbacks-description = What could happen
setbacks-rights = Rights at stake
setbacks-legal-check = Legal support will be needed
setbacks-legal-yes = Legal support will be needed.
setbacks-legal-no = No legal support planned.
setbacks-allies = Allies to approach
setbacks-response = What the project will do
setbacks-unprepared = People's rights are at stake and nobody is lined up to help: plan legal support or allies.
right-echr-2 = Right to life (Article 2)
right-echr-3 = Freedom from torture and degrading treatment (Article 3)
right-echr-4 = Freedom from slavery and forced labour (Article 4)
right-echr-5 = Right to liberty and security (Article 5)
right-echr-6 = Right to a fair trial (Article 6)
right-echr-7 = No punishment without law (Article 7)
right-echr-8 = Respect for private and family life (Article 8)
right-echr-9 = Freedom of thought, conscience and religion (Article 9)
right-echr-10 = Freedom of expression (Article 10)
right-echr-14 = Prohibition of discrimination (Article 14)
right-eu-charter = The EU Charter of Fundamental Rights
ally-anti-racist = Anti-racist groups
ally-trade-unions = Trade unions
ally-faith = Faith groups
ally-gender-equality = Gender-equality groups
ally-youth = Youth groups
ally-older-people = Older people's groups
ally-disability = Disability groups
ally-experts = Experts

# Plan: step 3
evidence-intro = Write down each claim the project makes, and the evidence for it: data, a study, testimony, a focus group. Say where it comes from, when, who backs it, and what is still unknown. Record focus groups and participatory research too.
evidence-gaps = Claims without evidence: { $claims }.
evidence-unbacked = Evidence nobody backs: { $count }.
evidence-claims = Claims
evidence-none = No claims yet.
evidence-claim-unsupported = No evidence for this claim yet.
evidence-nobody-backs = Nobody backs this evidence yet.
evidence-backed-by = Backed by: { $who }
evidence-unknowns = Still unknown: { $what }
evidence-sessions = Focus groups and participatory research
evidence-session-gaps = Gaps it revealed: { $gaps }
evidence-add-claim = Add a claim
evidence-claim = The claim
evidence-add-evidence = Add evidence
evidence-for-claim = For the claim
evidence-kind = Kind of evidence
evidence-kind-data = Data
evidence-kind-study = Study
evidence-kind-testimony = Testimony
evidence-kind-focus-group = Focus group
evidence-summary = What it shows
evidence-field-source = Source
evidence-field-date = Date
evidence-field-backed_by = Who backs it
evidence-field-unknowns = What is still unknown
evidence-add-session = Record a session
evidence-participants = Who took part
evidence-learned = What was learned
evidence-gaps-revealed = Which gaps it revealed
error-claim-unknown = Choose one of the claims listed.
error-evidence-kind-invalid = Choose one of the kinds offered.

## Plan: the project as a whole (overview, profile, objectives, team, printable plan, history)
save = Save
not-said = Not said
project-edit = Edit the project
project-print = The whole plan, ready to print
project-history = History of changes
field-status = Status
status-planning = Planning
status-running = Running
status-paused = Paused
status-finished = Finished
field-starts_on = Starts on
field-ends_on = Ends on
error-date-invalid = Enter a date as year-month-day, for example 2027-03-31.
error-dates-reversed = The end date comes before the start date.
error-choice-invalid = Choose one of the options listed.
context-title = The locality's context
context-intro = What works depends on the place: how long it has known immigration, whether people pass through or stay, and how fast things are changing.
context-none = The locality's context has not been described yet.
field-history = How long the locality has known immigration
history-new = Immigration on this scale is new here
history-established = Immigration here goes back a long way
field-movement = Do people pass through or settle?
movement-transit = Mostly passing through
movement-mixed = Some pass through, some stay
movement-settlement = Mostly staying
field-communities = The main communities
field-changing = What is changing now
field-fast_change = Things are changing fast here (new arrivals, closures, new rules)
advice-title = What this context asks of the plan
advice-read = read more
context-new = Where immigration is new, there are often few established migrant groups and services to build on, and long-standing residents may have little experience of it. Plan time to build confidence on both sides, and expect to create structures rather than join existing ones.
context-established = Where immigration goes back a long way, migrant organisations, community leaders and second generations are already there. Build on them: they can lead or co-lead, and can bridge between newer arrivals and the wider community.
context-transit = Where people mostly pass through, priorities differ from places where they settle: short, practical help, information on rights and where to turn next matter more than long programmes. Plan for people who may leave before the project ends.
context-mixed = Where some people pass through and others stay, the plan may need two tracks: quick, practical help for those moving on, and longer-term participation for those who stay.
context-settlement = Where people settle, the long-term areas matter most: work, housing, education, health and taking part in local decisions. Plan for participation that lasts.
context-fast-change = When the situation changes fast, good links to decision-makers let the project adapt in time. Review the plan often and watch for consequences nobody expected, good or bad.
context-transfer = Lessons from other places carry over only as far as their context resembles yours: check the practices you borrow against this profile.
field-leadership = Do migrants lead the project?
leadership-unstated = Not said
leadership-led = Led by migrants
leadership-co-led = Co-led by migrants
leadership-not-led = Not led by migrants
checks-title = Is it a good integration project?
checks-intro = The toolkit names six qualities of a good integration project. Say in a sentence or two how this project meets each one.
checks-summary = { $shown } of 6 qualities are borne out by the plan's own records.
checks-quality = Quality
checks-state = Where it stands
checks-statement = How the project meets it
check-state-missing = Not addressed
check-state-stated = Described
check-state-shown = Shown in the plan
quality-inequalities = It tackles inequalities
quality-involvement = Everyone with a stake is involved from the start
quality-evidence = It rests on evidence
quality-dialogue = It builds dialogue between cultures
quality-empowerment = It empowers the people it serves
quality-leadership = Migrants lead or co-lead it
quality-hint-inequalities = Which inequalities does it address, and for whom? (Shown when Step 1 says how the project touches a policy area.)
quality-hint-involvement = Who with a stake has been involved, and since when? (Shown when Step 3 records a focus group or participatory session.)
quality-hint-evidence = What evidence supports the case? (Shown when Step 3 has claims and every claim has evidence.)
quality-hint-dialogue = How will people of different backgrounds meet and talk as equals? (Shown when Step 2 chooses the two-way process or frequent interaction.)
quality-hint-empowerment = How will the people it serves gain a voice and skills? (Shown when Step 2 chooses democratic participation or the migrants' voice.)
quality-hint-leadership = What role do migrants play in running it? (Shown when the project is led or co-led by migrants.)
gaps-title = What is still missing
gaps-none = Nothing obvious is missing. Keep the plan under review as the work goes on.
gap-context = The locality's context is not described.
gap-objectives = No objectives yet.
gap-unmeasurable-objectives = { $count ->
    [one] One objective does not say how you will know it is reached.
   *[other] { $count } objectives do not say how you will know they are reached.
}
gap-team = Nobody is on the project team yet.
gap-areas = No policy area chosen.
gap-area-notes = { $count ->
    [one] One policy area does not say how the project touches it.
   *[other] { $count } policy areas do not say how the project touches them.
}
gap-principles = No principle chosen.
gap-claims = No claim written down yet.
gap-unsupported-claims = { $count ->
    [one] One claim has no evidence.
   *[other] { $count } claims have no evidence.
}
gap-unbacked-evidence = { $count ->
    [one] One piece of evidence is backed by nobody.
   *[other] { $count } pieces of evidence are backed by nobody.
}
gap-stakeholders = No stakeholder on the map.
gap-targets = No stakeholder is marked as a target to move.
gap-partners = No partner yet.
gap-funding = The funding base is narrow.
gap-setbacks = No setback considered yet.
gap-unprepared-setbacks = { $count ->
    [one] One setback puts rights at stake with nobody lined up to help.
   *[other] { $count } setbacks put rights at stake with nobody lined up to help.
}
overview-approach-first = Approach first: { $names }.
objectives-title = Objectives and team
objectives-intro = Say what the project means to achieve and how you will know. Later, indicators in Measure can be tied to each objective.
objectives-none = No objectives yet.
objectives-add = Add an objective
objectives-manage = Objectives and team
objectives-no-measure = Say how you will know.
field-objective = Objective
field-text = Objective
field-measure = How you will know
field-target = Target
field-due = By when
hint-objective = One sentence, for example: newcomer families use the homework club every week.
hint-measure = The sign or figure you will watch, for example: attendance sheets, a survey of parents.
team-title = Team
team-none = Nobody is on the project team yet.
team-add = Add someone to the team
field-member = Member
hint-project-role = Their role in this project, for example: lead, outreach, finances.
error-team-member-twice = This person is already on the team.
error-team-member-unknown = Choose a member of the organisation.
export-csv = Download as a spreadsheet (CSV)
plan-document-title = Project plan
plan-printed-on = printed { $date }
plan-nothing-yet = Nothing recorded yet.
plan-print-hint = Use your browser's print command to print this plan or save it as a PDF.
history-intro = Every change to the plan: who made it and when.
history-none = No changes recorded yet.
history-when = When
history-who = Who
history-part = Part of the plan
history-what = Change
history-former-member = A former member
history-part-project = The project
history-part-policy-areas = Step 1: policy areas
history-part-principles = Step 2: principles
history-part-evidence = Step 3: evidence
history-part-stakeholders = Step 4: stakeholders
history-part-relations = Step 4: relations
history-part-partnerships = Step 5: partners
history-part-setbacks = Step 6: setbacks
history-part-objectives = Objectives
history-part-team = Team
history-action-created = created
history-action-added = added
history-action-updated = changed
history-action-removed = removed
error-entry-invalid = This entry does not have the shape its register expects: check the field names and types.

## Plan: worked examples
examples-title = Start from a worked example
examples-intro = Each example is a whole plan built on one of the toolkit's "In practice" situations. Start a project from one to see what a complete plan looks like, then change it to fit your own. Examples are written in English; names, figures and dates in them are illustrative.
examples-start = Start a project from this example
objectives-how-doing = How it is doing
objectives-indicators = { $count ->
    [one] One indicator, no target yet
   *[other] { $count } indicators, no target yet
}
objectives-not-measured = Not measured yet
power-network = Who moves whom
power-network-desc = Each circle is a stakeholder: larger for more power over the outcome, red against the project, green for it, grey in between; a ring marks a target. Arrows run from whoever moves someone to whoever is moved; dashed arrows join allies. The list of relations says the same in words.
