# Surveys (Measure)
survey-title = Surveys
survey-intro = Ask the people you work with — newcomers and long-term residents alike — the same questions before and after your work, and read the answers with their margins of error. Small groups are never shown.
survey-none = No survey yet.
survey-responses = Responses
survey-status-open = Taking answers
survey-status-closed = Closed
survey-new = Start a survey from ready-made questionnaires
hint-survey-title = Leave empty to use the questionnaires' own title.
survey-instruments = Questionnaires to include
error-survey-instruments-missing = Choose at least one questionnaire.
survey-waves = Compare before and after
hint-survey-waves = Respondents say whether they answer before or after the work and may give a personal code, so the same person's answers can be paired.
survey-invitation-only = Only people with an invitation code may answer (each code once)
survey-create = Create the survey
survey-import = Import an XLSForm
survey-import-intro = Upload a form written for KoboToolbox or ODK (.xlsx or .xls). Nothing is created unless every row is understood; each problem is listed with its sheet, row and column.
survey-xlsform-file = XLSForm workbook
survey-import-button = Import the form
survey-import-problems = The form was not imported
import-field = Column
survey-holds = { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}
survey-responses-count = { $n ->
    [one] { $n } response
   *[other] { $n } responses
}
survey-results = Results
survey-entry = Type in a paper form
survey-download-xlsform = Download as XLSForm
survey-download-responses = Download responses (XLSX, with labels)
survey-download-responses-csv = Download responses (CSV, with codes)
survey-links = Links to share
survey-links-intro = Anyone with a link can answer without an account. Nothing that identifies them — no address, no device, no time of day — is kept with the answer.
survey-close = Stop taking answers
survey-open = Take answers again
survey-invitations = Invitation codes
survey-invitations-held = { $n ->
    [one] { $n } code made.
   *[other] { $n } codes made.
}
survey-invitations-used = { $n } used.
survey-invitations-count = How many new codes
survey-invitations-make = Make codes and download them
error-survey-invitations-count = Enter a number from 1 to 2,000.
survey-figures = Actual figures
survey-figures-intro = Respondents estimate these figures; enter the real local figure and where it comes from, so the results can show the gap.
survey-figure-employment = Newcomers in paid work (%)
survey-figure-degree = Newcomers with a university degree (%)
survey-figure-benefits = Newcomers receiving benefits (%)
survey-figure-actual = Actual figure: { $value }%
field-actual = Actual figure (%)
field-source-of-figure = Source
field-as_of = As of
survey-figure-save = Save the figure
error-survey-figure-invalid = Enter a percentage from 0 to 100.
survey-back = Back to the survey
survey-by = Compare
survey-by-all = Everyone
survey-by-community = By community
survey-by-wave = Before and after
survey-total = { $n ->
    [one] { $n } response.
   *[other] { $n } responses.
}
survey-group = Group
survey-group-all = Everyone
survey-group-arriving = Arrived in recent years
survey-group-receiving = Lived here a long time
survey-group-before = Before
survey-group-after = After
survey-suppression = Groups of fewer than { $k } people are not shown, and neither are figures from which they could be worked out.
survey-intervals = Ranges are 95% confidence intervals.
survey-mean = Mean
survey-interval = 95% interval
survey-concern = At or below the concern level
survey-gap = Estimate minus actual
survey-difference-community = Difference, arrived in recent years minus lived here a long time:
survey-difference-wave = Difference, after minus before:
survey-difference-all = Difference, arrived in recent years minus lived here a long time:
survey-difference-suppressed = The difference is not shown: a group has fewer than { $k } answers.
survey-effect-size = effect size
survey-paired = Change among { $n ->
    [one] { $n } person
   *[other] { $n } people
} who answered before and after:
survey-paired-suppressed = The paired change is not shown: fewer than { $k } people answered both times.
survey-neutral = Neutral
survey-questions = Question by question
survey-choice = Answer
survey-public-intro = { $organisation } asks these questions. Answer only what you want to; you stay anonymous.
survey-step = Page { $step }
survey-wave-question = When are you answering?
survey-wave-before = Before the activities
survey-wave-after = After the activities
survey-respondent = Your personal code (optional)
hint-survey-respondent = Make one you will remember, for example the first two letters of your mother's first name and your birth month. Give the same code next time so your answers can be compared; we cannot tell who you are from it.
survey-invitation = Invitation code
survey-next = Next
survey-send = Send my answers
survey-privacy = Your answers are stored encrypted. No address, device or time of day is kept.
survey-thanks-title = Thank you
survey-thanks = Your answers have reached { $organisation }.
survey-answers-problems = Some answers need another look
error-survey-answers-invalid = Some answers could not be accepted; check them and send again.
error-survey-wave-missing = Say whether you answer before or after.
error-survey-closed = This survey no longer takes answers.
error-survey-invitation-invalid = This invitation code is not valid or was already used.
error-answer-required = This question needs an answer.
error-answer-not-a-number = Enter a number.
error-answer-not-an-integer = Enter a whole number.
error-answer-out-of-range = This number is outside the allowed range.
error-answer-off-step = This number is not one of the allowed steps.
error-answer-not-a-choice = Choose one of the answers offered.
error-answer-choice-not-offered = This answer is not offered here.
error-answer-duplicate-choice = An answer was chosen twice.
error-answer-not-a-date = Enter a date as year-month-day.
error-answer-not-a-time = Enter a time as hours:minutes.
error-answer-not-a-date-time = Enter a date and a time.
error-answer-not-a-geopoint = Enter a latitude and a longitude separated by a space.
error-answer-not-acknowledged = Tick the box.
error-answer-constraint = This answer is not accepted.
error-answer-form-expression = The form has a rule that cannot be worked out.
error-answer-too-long = This answer is too long.
error-answer-too-many = Too many answers were sent.
error-answer-unknown-question = An answer was sent for a question the form does not have.
error-xlsform-choice-name-with-space = A choice's name cannot contain spaces.
error-xlsform-choice-without-name = A choice has no name.
error-xlsform-duplicate-choice = Two choices of one list have the same name.
error-xlsform-duplicate-column = The same column appears twice (duplicate column header).
error-xlsform-duplicate-name = Two questions have the same name.
error-xlsform-duplicate-sheet = Two sheets have the same name.
error-xlsform-export-failed = The form could not be written as a workbook.
error-xlsform-invalid-name = A name must start with a letter or underscore and hold only letters, digits, dots, dashes and underscores.
error-xlsform-invalid-parameters = The parameters of this question cannot be read.
error-xlsform-media-column = Images, sound and video in forms are not supported.
error-xlsform-missing-calculation = A calculate question needs a calculation.
error-xlsform-missing-list = The choice list this question uses does not exist.
error-xlsform-missing-name = This question has no name.
error-xlsform-missing-type = This row has no type.
error-xlsform-no-survey = The workbook has no survey sheet.
error-xlsform-no-type-column = The survey sheet has no type column.
error-xlsform-reserved-name = This name is reserved by XLSForm.
error-xlsform-too-many-problems = There are more problems than can be listed; fix these first.
error-xlsform-unclosed-group = A group is opened and never closed.
error-xlsform-unknown-type = This question type does not exist in XLSForm.
error-xlsform-unmatched-end = A group is closed that was never opened.
error-xlsform-unsupported-calculation = This calculation is not supported.
error-xlsform-unsupported-column = bridges does not support this column.
error-xlsform-unsupported-expression = This expression uses something bridges does not support.
error-xlsform-unsupported-parameters = These parameters are not supported.
error-xlsform-unsupported-setting = bridges does not support this setting.
error-xlsform-unsupported-type = bridges cannot ask this type of question (photos, sound, files, repeats, choices from files, maps).
error-xlsform-empty-survey = The survey sheet has no questions.
error-survey-by-invalid = Choose all, community or wave.
error-survey-closed-detail = The people who run this survey have stopped taking answers. Nothing was stored.
error-survey-invitation-invalid-detail = Each invitation code can be used once, for this survey only. Nothing was stored.
survey-import-responses = Import answers collected elsewhere
survey-import-responses-intro = Upload a submissions export from KoboToolbox or ODK (CSV or XLSX, with codes or labels), or a file of responses exported from here. Every row is checked like an answer given at the link; nothing is added unless every row is right, and a submission already imported is skipped.
survey-responses-file = Submissions file
survey-import-responses-button = Import the answers
survey-import-responses-problems = The answers were not imported
survey-imported = { $rows ->
    [one] { $rows } row read
   *[other] { $rows } rows read
}, { $added ->
    [one] { $added } new response added.
   *[other] { $added } new responses added.
}
indicator-source-survey-score = Mean of a survey score
field-survey_score = Survey score
hint-survey_score = For an indicator that reads a survey: the score whose mean it follows, period by period.
field-survey_group = Among
error-survey-not-a-source = Only an indicator that reads a survey takes a survey score.
error-survey-score-missing = Choose the survey score this indicator follows.
error-survey-group-invalid = Choose everyone, arriving or receiving.
survey-actual-line = Actual
