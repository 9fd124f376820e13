use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::survey::{ChoiceList, Text};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 15).unwrap()
}

fn q(name: &str, kind: Kind) -> Question {
    Question::new(name, kind, Text::plain(name))
}

fn with(mut question: Question, edit: impl FnOnce(&mut Question)) -> Question {
    edit(&mut question);
    question
}

fn required(question: Question) -> Question {
    with(question, |q| q.required = true)
}

fn relevant(question: Question, expr: &str) -> Question {
    with(question, |q| q.relevant = Some(expr.to_string()))
}

fn begin(name: &str) -> Question {
    q(name, Kind::BeginGroup)
}

fn end() -> Question {
    q("", Kind::EndGroup)
}

fn choice(name: &str, props: &[(&str, &str)]) -> Choice {
    Choice {
        name: name.to_string(),
        label: Text::plain(name),
        properties: props.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
    }
}

fn list(name: &str, choices: Vec<Choice>) -> ChoiceList {
    ChoiceList { name: name.to_string(), choices }
}

fn form(questions: Vec<Question>, choice_lists: Vec<ChoiceList>) -> Form {
    Form {
        title: Text::plain("Test"),
        form_id: "test".into(),
        version: None,
        default_language: None,
        languages: Vec::new(),
        questions,
        choice_lists,
        community: None,
        scores: Vec::new(),
    }
}

fn yes_no() -> ChoiceList {
    list("yes_no", vec![choice("yes", &[]), choice("no", &[])])
}

fn one(list: &str) -> Kind {
    Kind::SelectOne { list: list.into() }
}

fn many(list: &str) -> Kind {
    Kind::SelectMultiple { list: list.into() }
}

fn raw(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn codes(f: &Form, pairs: &[(&str, &str)]) -> Vec<(String, &'static str)> {
    match check(f, &raw(pairs), today()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.into_iter().map(|p| (p.question, p.code)).collect(),
    }
}

fn code_of(kind: Kind, answer: &str) -> Option<&'static str> {
    let f = form(vec![q("a", kind)], vec![yes_no()]);
    codes(&f, &[("a", answer)]).first().map(|(_, c)| *c)
}

#[test]
fn answers_of_each_kind_are_checked() {
    let range = Kind::Range { start: 0.0, end: 10.0, step: 0.5 };
    let cases: &[(Kind, &str, Option<&str>)] = &[
        (Kind::Text, "anything at all", None),
        (Kind::Integer, "42", None),
        (Kind::Integer, "-7", None),
        (Kind::Integer, "4.5", Some("answer-not-an-integer")),
        (Kind::Integer, "four", Some("answer-not-a-number")),
        (Kind::Integer, "99999999999999999999", Some("answer-not-an-integer")),
        (Kind::Decimal, "4.5", None),
        (Kind::Decimal, "-.5", None),
        (Kind::Decimal, "1e5", Some("answer-not-a-number")),
        (Kind::Decimal, "NaN", Some("answer-not-a-number")),
        (Kind::Decimal, "inf", Some("answer-not-a-number")),
        (Kind::Decimal, "1.2.3", Some("answer-not-a-number")),
        (range.clone(), "9.5", None),
        (range.clone(), "0", None),
        (range.clone(), "10", None),
        (range.clone(), "10.5", Some("answer-out-of-range")),
        (range.clone(), "-1", Some("answer-out-of-range")),
        (range.clone(), "3.25", Some("answer-off-step")),
        (range, "x", Some("answer-not-a-number")),
        (Kind::Range { start: 10.0, end: 0.0, step: 1.0 }, "3", None),
        (Kind::Range { start: 0.0, end: 1.0, step: 0.1 }, "0.3", None),
        (one("yes_no"), "yes", None),
        (one("yes_no"), "maybe", Some("answer-not-a-choice")),
        (one("yes_no"), "yes no", Some("answer-not-a-choice")),
        (one("missing_list"), "yes", Some("answer-not-a-choice")),
        (many("yes_no"), "yes no", None),
        (many("yes_no"), "yes yes", Some("answer-duplicate-choice")),
        (many("yes_no"), "yes maybe", Some("answer-not-a-choice")),
        (Kind::Date, "2025-02-28", None),
        (Kind::Date, "2025-02-30", Some("answer-not-a-date")),
        (Kind::Date, "28/02/2025", Some("answer-not-a-date")),
        (Kind::Date, "2025-2-8", Some("answer-not-a-date")),
        (Kind::Time, "09:30", None),
        (Kind::Time, "09:30:15", None),
        (Kind::Time, "09:30:15.250+02:00", None),
        (Kind::Time, "24:00", Some("answer-not-a-time")),
        (Kind::Time, "9:30", Some("answer-not-a-time")),
        (Kind::DateTime, "2025-03-15T09:30:00.000+01:00", None),
        (Kind::DateTime, "2025-03-15T09:30Z", None),
        (Kind::DateTime, "2025-03-15 09:30", Some("answer-not-a-date-time")),
        (Kind::Geopoint, "51.5 -0.12", None),
        (Kind::Geopoint, "51.5 -0.12 35 4.5", None),
        (Kind::Geopoint, "91 0", Some("answer-not-a-geopoint")),
        (Kind::Geopoint, "51.5", Some("answer-not-a-geopoint")),
        (Kind::Geopoint, "51.5 0 1 -3", Some("answer-not-a-geopoint")),
        (Kind::Geopoint, "a b", Some("answer-not-a-geopoint")),
        (Kind::Acknowledge, "OK", None),
        (Kind::Acknowledge, "yes", Some("answer-not-acknowledged")),
        (Kind::Barcode, "4006381333931", None),
    ];
    for (kind, answer, expected) in cases {
        assert_eq!(code_of(kind.clone(), answer), *expected, "{kind:?} {answer:?}");
    }
}

#[test]
fn answers_are_normalised() {
    let f = form(
        vec![
            q("n", Kind::Integer),
            q("m", many("yes_no")),
            q("ack", Kind::Acknowledge),
            q("t", Kind::Text),
            q("g", Kind::Geopoint),
        ],
        vec![yes_no()],
    );
    let kept = check(
        &f,
        &raw(&[("n", " 007 "), ("m", " yes   no "), ("ack", "ok"), ("t", "  as typed "), ("g", "1  2")]),
        today(),
    )
    .unwrap();
    assert_eq!(kept, raw(&[("n", "7"), ("m", "yes no"), ("ack", "OK"), ("t", "  as typed "), ("g", "1 2")]));
}

#[test]
fn blank_answers_are_no_answers_and_required_only_when_relevant() {
    let f = form(
        vec![
            required(q("name", Kind::Text)),
            q("consent", one("yes_no")),
            required(relevant(q("why", Kind::Text), "${consent} = 'no'")),
        ],
        vec![yes_no()],
    );
    assert_eq!(codes(&f, &[("name", "   ")]), vec![("name".to_string(), "answer-required")]);
    assert_eq!(codes(&f, &[("name", "Ana"), ("consent", "yes")]), vec![]);
    assert_eq!(codes(&f, &[("name", "Ana"), ("consent", "no")]), vec![("why".to_string(), "answer-required")]);
    assert_eq!(check(&f, &raw(&[("name", "Ana"), ("t", "")]), today()).unwrap_err()[0].code, "answer-unknown-question");
    let kept = check(&f, &raw(&[("name", "Ana"), ("consent", "")]), today()).unwrap();
    assert_eq!(kept, raw(&[("name", "Ana")]));
}

#[test]
fn answers_to_questions_not_relevant_are_dropped() {
    let f = form(
        vec![
            q("works", one("yes_no")),
            required(relevant(q("job", Kind::Text), "${works} = 'yes'")),
            begin("children"),
            with(begin("ages"), |g| g.relevant = Some("${job} != ''".into())),
            required(q("age", Kind::Integer)),
            end(),
            end(),
            relevant(q("after", Kind::Text), "${age} > 3"),
        ],
        vec![yes_no()],
    );
    let kept = check(&f, &raw(&[("works", "no"), ("job", "baker"), ("age", "9"), ("after", "x")]), today()).unwrap();
    // `job` is dropped, so the group reading it is not relevant and its answer goes too, and
    // with it the question after that reads it.
    assert_eq!(kept, raw(&[("works", "no")]));
    let kept = check(&f, &raw(&[("works", "yes"), ("job", "baker"), ("age", "9"), ("after", "x")]), today()).unwrap();
    assert_eq!(kept.len(), 4);
    // A malformed answer to a question that is not relevant is dropped, not refused.
    assert!(check(&f, &raw(&[("works", "no"), ("age", "nine")]), today()).is_ok());
}

#[test]
fn constraints_read_the_answer_as_dot() {
    let f = form(
        vec![
            q("a_integer", Kind::Integer),
            with(q("b", Kind::Integer), |q| q.constraint = Some(". <= ${a_integer}".into())),
            with(q("born", Kind::Date), |q| q.constraint = Some(". <= today()".into())),
            with(q("both", many("yes_no")), |q| {
                q.constraint = Some("not(selected(., 'yes') and selected (., 'no'))".into())
            }),
        ],
        vec![yes_no()],
    );
    assert_eq!(codes(&f, &[("a_integer", "5"), ("b", "5")]), vec![]);
    assert_eq!(codes(&f, &[("a_integer", "5"), ("b", "6")]), vec![("b".to_string(), "answer-constraint")]);
    // Unanswered: the constraint is not evaluated.
    assert_eq!(codes(&f, &[("a_integer", "5")]), vec![]);
    assert_eq!(codes(&f, &[("born", "2025-03-15")]), vec![]);
    assert_eq!(codes(&f, &[("born", "2025-03-16")]), vec![("born".to_string(), "answer-constraint")]);
    assert_eq!(codes(&f, &[("both", "yes no")]), vec![("both".to_string(), "answer-constraint")]);
}

#[test]
fn calculations_and_metadata_are_filled_in() {
    let f = form(
        vec![
            q("today", Kind::Metadata { name: "today".into() }),
            q("start", Kind::Metadata { name: "start".into() }),
            q("device", Kind::Metadata { name: "deviceid".into() }),
            q("a", Kind::Integer),
            q("double", Kind::Calculate { calculation: "${a} * 2".into() }),
            relevant(q("big", Kind::Text), "${double} > 10"),
            q("four", Kind::Calculate { calculation: "2+2".into() }),
        ],
        vec![],
    );
    let given = raw(&[("a", "6"), ("big", "yes"), ("start", "2025-03-15T09:00:00"), ("device", "x"), ("double", "1")]);
    let kept = check(&f, &given, today()).unwrap();
    assert_eq!(
        kept,
        raw(&[
            ("today", "2025-03-15"),
            ("start", "2025-03-15T09:00:00"),
            ("a", "6"),
            ("double", "12"),
            ("big", "yes"),
            ("four", "4")
        ])
    );
    assert_eq!(codes(&f, &[("start", "yesterday")]), vec![("start".to_string(), "answer-not-a-date-time")]);
}

fn cascade() -> Form {
    let states = list("states", vec![choice("texas", &[]), choice("washington", &[])]);
    let counties = list(
        "counties",
        vec![
            choice("king", &[("state", "washington")]),
            choice("pierce", &[("state", "washington")]),
            choice("harris", &[("state", "texas")]),
        ],
    );
    form(
        vec![
            q("state", one("states")),
            with(q("county", one("counties")), |q| q.choice_filter = Some("state=${state}".into())),
            with(q("more", many("counties")), |q| q.choice_filter = Some("${state}=state".into())),
        ],
        vec![states, counties],
    )
}

#[test]
fn choice_filters_narrow_what_is_offered() {
    let f = cascade();
    let offered = |state: &str| {
        let answers = raw(&[("state", state)]);
        choices_offered(&f, &f.questions[1], &answers, today()).iter().map(|c| c.name.clone()).collect::<Vec<_>>()
    };
    assert_eq!(offered("washington"), vec!["king", "pierce"]);
    assert_eq!(offered("texas"), vec!["harris"]);
    assert!(offered("").is_empty());
    assert_eq!(choices_offered(&f, &f.questions[0], &BTreeMap::new(), today()).len(), 2);
    assert!(choices_offered(&f, &q("x", Kind::Text), &BTreeMap::new(), today()).is_empty());

    assert_eq!(codes(&f, &[("state", "texas"), ("county", "harris")]), vec![]);
    assert_eq!(
        codes(&f, &[("state", "texas"), ("county", "king")]),
        vec![("county".to_string(), "answer-choice-not-offered")]
    );
    assert_eq!(
        codes(&f, &[("state", "texas"), ("more", "harris king")]),
        vec![("more".to_string(), "answer-choice-not-offered")]
    );
}

#[test]
fn relevance_for_the_pages() {
    let f = form(
        vec![
            q("works", one("yes_no")),
            with(begin("job"), |g| g.relevant = Some("${works} = 'yes'".into())),
            q("title", Kind::Text),
            relevant(q("since", Kind::Date), "${title} != ''"),
            end(),
            q("last", Kind::Text),
        ],
        vec![yes_no()],
    );
    let yes = raw(&[("works", "yes")]);
    let no = raw(&[("works", "no")]);
    assert!(is_relevant(&f, 0, &no, today()));
    assert!(!is_relevant(&f, 1, &no, today()));
    assert!(!is_relevant(&f, 2, &no, today()));
    assert!(is_relevant(&f, 2, &yes, today()));
    assert!(!is_relevant(&f, 3, &yes, today()));
    assert!(is_relevant(&f, 5, &no, today()));
    assert!(!is_relevant(&f, 99, &no, today()));
    assert_eq!(enclosing_groups(&f, 3), vec![1]);
    assert_eq!(enclosing_groups(&f, 1), Vec::<usize>::new());
    assert_eq!(enclosing_groups(&f, 5), Vec::<usize>::new());
    let settled = evaluate(&f, &raw(&[("works", "no"), ("title", "cook"), ("nonsense", "x")]), today());
    assert_eq!(settled, no);
}

#[test]
fn pages_break_where_an_expression_needs_an_answer_of_the_page() {
    let f = form(
        vec![
            q("today", Kind::Metadata { name: "today".into() }),
            q("intro", Kind::Note),
            q("name", Kind::Text),
            q("works", one("yes_no")),
            relevant(q("job", Kind::Text), "${works} = 'yes'"), // 4: needs `works`, on this page
            q("hours", Kind::Integer),
            begin("family"), // 6: a section
            q("children", Kind::Integer),
            relevant(q("ages", Kind::Text), "${children} > 0"), // 8
            end(),
            begin("place"), // 10: a section
            q("state", one("states")),
            with(q("county", one("counties")), |q| q.choice_filter = Some("state=${state}".into())), // 12
            end(),
            q("double", Kind::Calculate { calculation: "${hours} * 2".into() }), // 14
            q("comment", Kind::Text),                                            // 15: after a section
            q("sum", Kind::Calculate { calculation: "${hours} + 1".into() }),    // 16: trailing, shows nothing
        ],
        cascade().choice_lists,
    );
    assert_eq!(
        pages(&f),
        vec![vec![0, 1, 2, 3], vec![4, 5], vec![6, 7], vec![8, 9], vec![10, 11], vec![12, 13, 14], vec![15, 16]]
    );
    // Every row once, in order.
    assert_eq!(pages(&f).concat(), (0..f.questions.len()).collect::<Vec<_>>());
    assert!(pages(&form(vec![], vec![])).is_empty());
    // Rows that show nothing never make a page of their own.
    let quiet = form(vec![q("c", Kind::Calculate { calculation: "1".into() }), q("a", Kind::Text)], vec![]);
    assert_eq!(pages(&quiet), vec![vec![0, 1]]);
    let chained = form(
        vec![
            q("a", Kind::Integer),
            q("c", Kind::Calculate { calculation: "${a} + 1".into() }),
            relevant(q("b", Kind::Text), "${c} > 2"),
        ],
        vec![],
    );
    assert_eq!(pages(&chained), vec![vec![0, 1], vec![2]]);
}

#[test]
fn every_page_can_be_shown_from_earlier_pages() {
    let f = cascade();
    let all = pages(&f);
    assert_eq!(all, vec![vec![0], vec![1, 2]]);
    for (n, page) in all.iter().enumerate() {
        let earlier: Vec<&str> = all[..n].concat().iter().map(|&i| f.questions[i].name.as_str()).collect();
        for &i in page {
            let question = &f.questions[i];
            for source in [question.relevant.as_deref(), question.choice_filter.as_deref()].into_iter().flatten() {
                for name in expr::references(&expr::parse(source).unwrap()) {
                    assert!(earlier.contains(&name.as_str()), "{name} needed on page {n}");
                }
            }
        }
    }
}

#[test]
fn bounds_and_unknown_names() {
    let f = form(vec![q("a", Kind::Text), q("n", Kind::Note), begin("g"), end()], vec![]);
    assert_eq!(codes(&f, &[("a", &"x".repeat(10_000))]), vec![]);
    assert_eq!(codes(&f, &[("a", &"x".repeat(10_001))]), vec![("a".to_string(), "answer-too-long")]);
    assert_eq!(codes(&f, &[("a", &"é".repeat(10_000))]), vec![]);
    assert_eq!(codes(&f, &[("_uuid", "x")]), vec![("_uuid".to_string(), "answer-unknown-question")]);
    assert_eq!(codes(&f, &[("n", "x")]), vec![("n".to_string(), "answer-unknown-question")]);
    assert_eq!(codes(&f, &[("g", "x")]), vec![("g".to_string(), "answer-unknown-question")]);
    let many: BTreeMap<String, String> = (0..2_001).map(|i| (format!("q{i}"), String::new())).collect();
    assert_eq!(
        check(&f, &many, today()).unwrap_err(),
        vec![AnswerProblem { question: String::new(), code: "answer-too-many" }]
    );
}

#[test]
fn broken_expressions_are_reported() {
    let f = form(
        vec![
            relevant(q("a", Kind::Text), "${a"),
            with(q("b", Kind::Text), |q| q.constraint = Some("pulldata('x')".into())),
            q("c", Kind::Calculate { calculation: "".into() }),
            with(q("d", one("yes_no")), |q| q.choice_filter = Some("  ".into())),
        ],
        vec![yes_no()],
    );
    let problems = form_problems(&f);
    let found: Vec<(&str, &str, &str)> =
        problems.iter().map(|p| (p.question.as_str(), p.column, p.error.code())).collect();
    assert_eq!(
        found,
        vec![
            ("a", "relevant", "expr-unclosed-reference"),
            ("b", "constraint", "expr-unsupported-function"),
            ("c", "calculation", "expr-empty"),
        ]
    );
    let problems = codes(&f, &[("b", "x")]);
    assert!(problems.contains(&("b".to_string(), "answer-form-expression")));
    assert!(problems.contains(&("a".to_string(), "answer-form-expression")));
}

#[test]
fn scores() {
    let mut questions: Vec<Question> = (1..=5).map(|i| q(&format!("who{i}"), one("zero_five"))).collect();
    questions.push(q("thermo", Kind::Range { start: 0.0, end: 100.0, step: 1.0 }));
    let scale = list("zero_five", (0..=5).map(|i| choice(&i.to_string(), &[])).collect());
    let f = form(questions, vec![scale]);
    let items: Vec<String> = (1..=5).map(|i| format!("who{i}")).collect();
    let who5 = Score {
        name: "who5".into(),
        label: Text::plain("WHO-5"),
        items: items.clone(),
        scoring: Scoring::Sum { factor: 4.0 },
        min: 0.0,
        max: 100.0,
        neutral: None,
        concern_at_most: Some(50.0),
        meaningful_change: Some(10.0),
    };
    let answers = raw(&[("who1", "5"), ("who2", "4"), ("who3", "3"), ("who4", "2"), ("who5", "1")]);
    assert_eq!(score(&f, &who5, &answers), Some(60.0));
    let mean = Score { scoring: Scoring::Mean, ..who5.clone() };
    assert_eq!(score(&f, &mean, &answers), Some(3.0));
    let mut partial = answers.clone();
    partial.remove("who3");
    assert_eq!(score(&f, &who5, &partial), None);
    assert_eq!(score(&f, &mean, &partial), None);
    partial.insert("who3".into(), "often".into());
    assert_eq!(score(&f, &mean, &partial), None);
    let thermo =
        Score { items: vec!["thermo".into()], scoring: Scoring::Perceived { figure: "f".into() }, ..who5.clone() };
    assert_eq!(score(&f, &thermo, &raw(&[("thermo", "35")])), Some(35.0));
    assert_eq!(score(&f, &thermo, &BTreeMap::new()), None);
    let unknown = Score { items: vec!["nope".into()], ..mean.clone() };
    assert_eq!(score(&f, &unknown, &raw(&[("nope", "1")])), None);
    let empty = Score { items: vec![], ..mean };
    assert_eq!(score(&f, &empty, &answers), None);
}

fn arbitrary_form() -> impl Strategy<Value = Form> {
    let kind = prop_oneof![
        Just(Kind::Text),
        Just(Kind::Integer),
        Just(Kind::Decimal),
        Just(Kind::Range { start: 0.0, end: 10.0, step: 2.0 }),
        Just(one("yes_no")),
        Just(many("yes_no")),
        Just(Kind::Date),
        Just(Kind::Time),
        Just(Kind::DateTime),
        Just(Kind::Geopoint),
        Just(Kind::Acknowledge),
        Just(Kind::Note),
        Just(Kind::BeginGroup),
        Just(Kind::EndGroup),
        Just(Kind::Calculate { calculation: "${q0} + 1".into() }),
        Just(Kind::Metadata { name: "today".into() }),
    ];
    let expression = prop_oneof![
        Just(None),
        Just(Some("${q0} = 'yes'".to_string())),
        Just(Some(". > 1".to_string())),
        Just(Some("selected(${q1}, 'no')".to_string())),
        Just(Some("${q2} > today()".to_string())),
        "[-${}()'., =<>a-z0-9]{0,20}".prop_map(Some),
    ];
    proptest::collection::vec((kind, expression.clone(), expression, any::<bool>()), 0..12).prop_map(|rows| {
        let questions = rows
            .into_iter()
            .enumerate()
            .map(|(i, (kind, relevant, constraint, required))| {
                let mut question = q(&format!("q{i}"), kind);
                question.relevant = relevant;
                question.constraint = constraint.clone();
                question.choice_filter = constraint;
                question.required = required;
                question
            })
            .collect();
        form(questions, vec![yes_no()])
    })
}

proptest! {
    #[test]
    fn check_never_panics(
        f in arbitrary_form(),
        answers in proptest::collection::btree_map("q[0-9]{1,2}|[a-z]{1,3}", "\\PC{0,30}|yes|no|yes no|[0-9.-]{1,6}", 0..14),
    ) {
        let _ = check(&f, &answers, today());
        let _ = evaluate(&f, &answers, today());
        let all = pages(&f);
        prop_assert_eq!(all.concat(), (0..f.questions.len()).collect::<Vec<_>>());
        for i in 0..f.questions.len() {
            let _ = is_relevant(&f, i, &answers, today());
            let _ = choices_offered(&f, &f.questions[i], &answers, today());
        }
        let _ = form_problems(&f);
    }
}
