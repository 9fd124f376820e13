//! The ready-made instruments: intergroup contact, the feeling thermometer, the WHO-5 wellbeing
//! index, perceived versus actual figures and a sense of belonging, each written in English,
//! French, Italian, Arabic, Spanish, Ukrainian, Persian and Bulgarian and scored the way its
//! authors read it.
//!
//! Both communities answer one and the same form. A single required question, `community`, says
//! whether the respondent came to live here in recent years (`arriving`) or has lived here a long
//! time (`receiving`); every result can then be split by it. How each instrument refers to "the
//! other group" follows from that:
//!
//! - The thermometer asks every respondent about both groups, as two items with two scores, so
//!   that warmth towards one's own group and towards the other can be compared within each side.
//!   Asking only about "the other group" would hide the gap between the two.
//! - Contact only makes sense towards the other group, so its items speak of "the other group"
//!   and one of two notes, shown by `relevant` on `${community}`, says who that is for the
//!   respondent. The items, and therefore the scores, stay the same for both sides.
//! - The quality items are skipped when the respondent said they never met the other group in any
//!   setting: rating the quality of contact one did not have gives noise, not data. Such a
//!   respondent has a quantity score and no quality score.
//! - Perceived versus actual and belonging are about newcomers and about "here", which reads the
//!   same for both sides.
//!
//! Only the community question is required: people may leave out what they do not want to
//! answer, and a score is then simply missing (a mean or a sum of some items is not the
//! instrument's score).
//!
//! The WHO-5 items keep the meaning of the standard English wording (Topp et al., 2015), which is
//! free to use, because the instrument is validated as worded. The Arabic texts are Modern Standard
//! Arabic, written with Western digits as the number inputs show them, and avoid second-person
//! present verbs so that they read the same to women and men. The Persian texts use Persian yeh
//! and keheh (not the Arabic letters), a zero-width non-joiner where the spelling needs one, and
//! Western digits too. Spanish addresses the respondent as usted, and Ukrainian and Bulgarian use
//! the polite plural, whose verbs do not mark gender; a first-person statement whose adjectives
//! must mark it gives both endings, as the French and Italian do.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::form::{Choice, ChoiceList, Form, Kind, Language, Question, Score, Scoring, Text, ARRIVING, RECEIVING};

/// The languages every instrument is written in, in the order forms list them. The first is the
/// form's default language.
pub const LANGUAGES: [&str; 8] = [
    "English (en)",
    "French (fr)",
    "Italian (it)",
    "Arabic (ar)",
    "Spanish (es)",
    "Ukrainian (uk)",
    "Persian (fa)",
    "Bulgarian (bg)",
];

/// The name of the question (and of its choice list) that says which community the respondent
/// belongs to.
pub const COMMUNITY: &str = "community";

/// Bumped whenever a question, choice or score of an instrument changes, so that responses can be
/// told apart by the wording they answered.
pub const VERSION: &str = "1";

/// One text in each of [`LANGUAGES`], in that order.
type Words = [&'static str; 8];

/// A ready-made instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Instrument {
    /// Intergroup contact: how often (quantity) and how good (quality), 1–7.
    #[serde(rename = "contact")]
    Contact,
    /// Feeling thermometer towards each group, 0–100 with 50 neutral.
    #[serde(rename = "thermometer")]
    Thermometer,
    /// WHO-5 wellbeing index, 0–100.
    #[serde(rename = "who5")]
    Who5,
    /// Estimates of local figures about newcomers, to set against the actual figures.
    #[serde(rename = "perceived")]
    PerceivedActual,
    /// Sense of belonging, 1–5.
    #[serde(rename = "belonging")]
    Belonging,
}

impl Instrument {
    pub const ALL: [Instrument; 5] = [
        Instrument::Contact,
        Instrument::Thermometer,
        Instrument::Who5,
        Instrument::PerceivedActual,
        Instrument::Belonging,
    ];

    /// The stable name stored with a survey and used as the instrument's group name in the form.
    pub fn code(self) -> &'static str {
        match self {
            Instrument::Contact => "contact",
            Instrument::Thermometer => "thermometer",
            Instrument::Who5 => "who5",
            Instrument::PerceivedActual => "perceived",
            Instrument::Belonging => "belonging",
        }
    }

    pub fn from_code(code: &str) -> Option<Instrument> {
        Instrument::ALL.into_iter().find(|i| i.code() == code.trim())
    }

    /// The instrument's name as staff choose it from a list.
    pub fn label(self) -> Text {
        text(match self {
            Instrument::Contact => &CONTACT_NAME,
            Instrument::Thermometer => &THERMOMETER_NAME,
            Instrument::Who5 => &WHO5_NAME,
            Instrument::PerceivedActual => &PERCEIVED_NAME,
            Instrument::Belonging => &BELONGING_NAME,
        })
    }

    /// The heading respondents see above the instrument's questions.
    fn heading(self) -> &'static Words {
        match self {
            Instrument::Contact => &CONTACT_HEADING,
            Instrument::Thermometer => &THERMOMETER_HEADING,
            Instrument::Who5 => &WHO5_HEADING,
            Instrument::PerceivedActual => &PERCEIVED_HEADING,
            Instrument::Belonging => &BELONGING_HEADING,
        }
    }

    /// The instrument's scores, as they appear in a form holding it.
    pub fn scores(self) -> Vec<Score> {
        self.part().scores
    }

    fn part(self) -> Part {
        match self {
            Instrument::Contact => contact(),
            Instrument::Thermometer => thermometer(),
            Instrument::Who5 => who5(),
            Instrument::PerceivedActual => perceived(),
            Instrument::Belonging => belonging(),
        }
    }
}

/// One survey holding the chosen instruments in the order given (each once), each as a group,
/// after the community question.
pub fn form(instruments: &[Instrument], title: &Text) -> Form {
    let mut chosen: Vec<Instrument> = Vec::new();
    for instrument in instruments {
        if !chosen.contains(instrument) {
            chosen.push(*instrument);
        }
    }

    let mut questions = vec![community_question()];
    let mut choice_lists = vec![list(COMMUNITY, &COMMUNITY_CHOICES)];
    let mut scores = Vec::new();
    for instrument in &chosen {
        let part = instrument.part();
        questions.push(Question::new(instrument.code(), Kind::BeginGroup, text(instrument.heading())));
        questions.extend(part.questions);
        questions.push(Question::new("", Kind::EndGroup, Text::default()));
        for list in part.lists {
            if !choice_lists.iter().any(|l| l.name == list.name) {
                choice_lists.push(list);
            }
        }
        scores.extend(part.scores);
    }

    let form_id = if chosen.is_empty() {
        format!("bridges_{COMMUNITY}")
    } else {
        let codes: Vec<&str> = chosen.iter().map(|i| i.code()).collect();
        format!("bridges_{}", codes.join("_"))
    };

    Form {
        title: if title.is_empty() { text(&DEFAULT_TITLE) } else { title.clone() },
        form_id,
        version: Some(VERSION.to_string()),
        default_language: LANGUAGES.first().map(|l| l.to_string()),
        languages: LANGUAGES.iter().map(|l| Language::parse(l)).collect(),
        questions,
        choice_lists,
        community: Some(COMMUNITY.to_string()),
        scores,
    }
}

/// A score computed from one response's answers (ODK-style texts by question name; a select-one
/// answer is its choice name, which on every scale here is the number), or `None` when an item is
/// unanswered or not a number, or the result falls outside the score's own range (the answers did
/// not come from its scale).
pub fn score_response(score: &Score, answers: &BTreeMap<String, String>) -> Option<f64> {
    let values =
        score.items.iter().map(|item| answers.get(item).and_then(|a| number(a))).collect::<Option<Vec<f64>>>()?;
    let value = match (&score.scoring, values.as_slice()) {
        (_, []) => return None,
        (Scoring::Mean, _) => values.iter().sum::<f64>() / values.len() as f64,
        (Scoring::Sum { factor }, _) => values.iter().sum::<f64>() * factor,
        (Scoring::Perceived { .. }, [one]) => *one,
        (Scoring::Perceived { .. }, _) => return None,
    };
    (value.is_finite() && value >= score.min && value <= score.max).then_some(value)
}

fn number(answer: &str) -> Option<f64> {
    answer.trim().parse::<f64>().ok().filter(|n| n.is_finite())
}

/// What one instrument adds to a form.
struct Part {
    questions: Vec<Question>,
    lists: Vec<ChoiceList>,
    scores: Vec<Score>,
}

fn text(words: &Words) -> Text {
    Text(LANGUAGES.iter().zip(words).map(|(language, words)| (language.to_string(), words.to_string())).collect())
}

fn list(name: &str, choices: &[(&str, Words)]) -> ChoiceList {
    ChoiceList {
        name: name.to_string(),
        choices: choices
            .iter()
            .map(|(name, label)| Choice { name: name.to_string(), label: text(label), properties: BTreeMap::new() })
            .collect(),
    }
}

fn note(name: &str, label: &Words) -> Question {
    Question::new(name, Kind::Note, text(label))
}

/// A rating-scale question: a select-one on `scale`, shown as a scale.
fn rated(name: &str, scale: &str, label: &Words) -> Question {
    let mut question = Question::new(name, Kind::SelectOne { list: scale.to_string() }, text(label));
    question.appearance = Some("likert".to_string());
    question
}

fn only_for(mut question: Question, relevant: &str) -> Question {
    question.relevant = Some(relevant.to_string());
    question
}

struct ScoreSpec {
    name: &'static str,
    label: &'static Words,
    items: &'static [&'static str],
    scoring: Scoring,
    min: f64,
    max: f64,
    neutral: Option<f64>,
}

fn score(spec: ScoreSpec) -> Score {
    Score {
        name: spec.name.to_string(),
        label: text(spec.label),
        items: spec.items.iter().map(|i| i.to_string()).collect(),
        scoring: spec.scoring,
        min: spec.min,
        max: spec.max,
        neutral: spec.neutral,
        concern_at_most: None,
        meaningful_change: None,
    }
}

fn community_question() -> Question {
    let mut question =
        Question::new(COMMUNITY, Kind::SelectOne { list: COMMUNITY.to_string() }, text(&COMMUNITY_LABEL));
    question.hint = text(&COMMUNITY_HINT);
    question.required = true;
    question.required_message = text(&COMMUNITY_REQUIRED);
    question
}

fn community_is(choice: &str) -> String {
    format!("${{{COMMUNITY}}} = '{choice}'")
}

// ---------------------------------------------------------------------------------------------
// Contact

const CONTACT_QUANTITY_ITEMS: [&str; 4] = ["contact_work", "contact_neighbourhood", "contact_friends", "contact_home"];
const CONTACT_QUALITY_ITEMS: [&str; 5] =
    ["contact_pleasant", "contact_equal", "contact_voluntary", "contact_cooperative", "contact_close"];

fn contact() -> Part {
    let never_met = CONTACT_QUANTITY_ITEMS.iter().map(|item| format!("${{{item}}} = '1'")).collect::<Vec<_>>();
    let met_somewhere = format!("not({})", never_met.join(" and "));

    let mut questions = vec![
        only_for(note("contact_other_arriving", &CONTACT_OTHER_FOR_ARRIVING), &community_is(ARRIVING)),
        only_for(note("contact_other_receiving", &CONTACT_OTHER_FOR_RECEIVING), &community_is(RECEIVING)),
    ];
    for (name, label) in CONTACT_QUANTITY_ITEMS.iter().zip(&CONTACT_QUANTITY_LABELS) {
        questions.push(rated(name, "frequency7", label));
    }
    questions.push(only_for(note("contact_quality_intro", &CONTACT_QUALITY_INTRO), &met_somewhere));
    for (name, label) in CONTACT_QUALITY_ITEMS.iter().zip(&CONTACT_QUALITY_LABELS) {
        questions.push(only_for(rated(name, "agree7", label), &met_somewhere));
    }

    Part {
        questions,
        lists: vec![list("frequency7", &FREQUENCY7), list("agree7", &AGREE7)],
        scores: vec![
            score(ScoreSpec {
                name: "contact_quantity",
                label: &CONTACT_QUANTITY_SCORE,
                items: &CONTACT_QUANTITY_ITEMS,
                scoring: Scoring::Mean,
                min: 1.0,
                max: 7.0,
                neutral: Some(4.0),
            }),
            score(ScoreSpec {
                name: "contact_quality",
                label: &CONTACT_QUALITY_SCORE,
                items: &CONTACT_QUALITY_ITEMS,
                scoring: Scoring::Mean,
                min: 1.0,
                max: 7.0,
                neutral: Some(4.0),
            }),
        ],
    }
}

// ---------------------------------------------------------------------------------------------
// Feeling thermometer

fn thermometer() -> Part {
    let item = |name: &str, label: &Words| {
        let mut question = Question::new(name, Kind::Range { start: 0.0, end: 100.0, step: 1.0 }, text(label));
        question.hint = text(&THERMOMETER_HINT);
        question
    };
    Part {
        questions: vec![
            item("feeling_arriving", &THERMOMETER_ARRIVING),
            item("feeling_receiving", &THERMOMETER_RECEIVING),
        ],
        lists: Vec::new(),
        scores: vec![
            score(ScoreSpec {
                name: "thermometer_arriving",
                label: &THERMOMETER_ARRIVING_SCORE,
                items: &["feeling_arriving"],
                scoring: Scoring::Mean,
                min: 0.0,
                max: 100.0,
                neutral: Some(50.0),
            }),
            score(ScoreSpec {
                name: "thermometer_receiving",
                label: &THERMOMETER_RECEIVING_SCORE,
                items: &["feeling_receiving"],
                scoring: Scoring::Mean,
                min: 0.0,
                max: 100.0,
                neutral: Some(50.0),
            }),
        ],
    }
}

// ---------------------------------------------------------------------------------------------
// WHO-5

const WHO5_ITEMS: [&str; 5] = ["who5_1", "who5_2", "who5_3", "who5_4", "who5_5"];

fn who5() -> Part {
    let mut questions = vec![note("who5_intro", &WHO5_INTRO)];
    for (name, label) in WHO5_ITEMS.iter().zip(&WHO5_LABELS) {
        questions.push(rated(name, "who5_scale", label));
    }
    let mut index = score(ScoreSpec {
        name: "who5",
        label: &WHO5_SCORE,
        items: &WHO5_ITEMS,
        scoring: Scoring::Sum { factor: 4.0 },
        min: 0.0,
        max: 100.0,
        neutral: None,
    });
    index.concern_at_most = Some(50.0);
    index.meaningful_change = Some(10.0);
    Part { questions, lists: vec![list("who5_scale", &WHO5_SCALE)], scores: vec![index] }
}

// ---------------------------------------------------------------------------------------------
// Perceived versus actual

/// (question name, score name, figure, question label, score label)
const PERCEIVED_ITEMS: [(&str, &str, &str, Words, Words); 3] = [
    ("estimate_employment", "perceived_employment", "employment", ESTIMATE_EMPLOYMENT, PERCEIVED_EMPLOYMENT_SCORE),
    ("estimate_degree", "perceived_degree", "degree", ESTIMATE_DEGREE, PERCEIVED_DEGREE_SCORE),
    ("estimate_benefits", "perceived_benefits", "benefits", ESTIMATE_BENEFITS, PERCEIVED_BENEFITS_SCORE),
];

fn perceived() -> Part {
    let mut questions = vec![note("perceived_intro", &PERCEIVED_INTRO)];
    let mut scores = Vec::new();
    for (name, score_name, figure, label, score_label) in &PERCEIVED_ITEMS {
        let mut question = Question::new(name, Kind::Integer, text(label));
        question.hint = text(&PERCENT_HINT);
        question.constraint = Some(". >= 0 and . <= 100".to_string());
        question.constraint_message = text(&PERCENT_CONSTRAINT);
        questions.push(question);
        scores.push(Score {
            name: score_name.to_string(),
            label: text(score_label),
            items: vec![name.to_string()],
            scoring: Scoring::Perceived { figure: figure.to_string() },
            min: 0.0,
            max: 100.0,
            neutral: None,
            concern_at_most: None,
            meaningful_change: None,
        });
    }
    Part { questions, lists: Vec::new(), scores }
}

// ---------------------------------------------------------------------------------------------
// Belonging

const BELONGING_ITEMS: [&str; 4] = ["belonging_part", "belonging_home", "belonging_trust", "belonging_newcomers"];

fn belonging() -> Part {
    let mut questions = vec![note("belonging_intro", &BELONGING_INTRO)];
    for (name, label) in BELONGING_ITEMS.iter().zip(&BELONGING_LABELS) {
        questions.push(rated(name, "agree5", label));
    }
    Part {
        questions,
        lists: vec![list("agree5", &AGREE5)],
        scores: vec![score(ScoreSpec {
            name: "belonging",
            label: &BELONGING_SCORE,
            items: &BELONGING_ITEMS,
            scoring: Scoring::Mean,
            min: 1.0,
            max: 5.0,
            neutral: Some(3.0),
        })],
    }
}

// =============================================================================================
// The texts, in English, French, Italian, Arabic, Spanish, Ukrainian, Persian and Bulgarian.

const DEFAULT_TITLE: Words = [
    "Living here together",
    "Vivre ici ensemble",
    "Vivere qui insieme",
    "نعيش هنا معًا",
    "Convivir aquí",
    "Живемо тут разом",
    "با هم در اینجا زندگی می\u{200c}کنیم",
    "Живеем тук заедно",
];

const COMMUNITY_LABEL: Words = [
    "Which of these describes you?",
    "Laquelle de ces phrases vous décrit\u{a0}?",
    "Quale di queste frasi La descrive?",
    "أيّ العبارتين التاليتين تصفك؟",
    "¿Cuál de estas opciones le describe?",
    "Що з цього стосується вас?",
    "کدام\u{200c}یک از این گزینه\u{200c}ها درباره شما درست است؟",
    "Кое от тези описания се отнася за вас?",
];
const COMMUNITY_HINT: Words = [
    "We ask the same questions of people who came recently and of people who have lived here a long time, so that both are heard.",
    "Nous posons les mêmes questions aux personnes arrivées récemment et à celles qui vivent ici depuis longtemps, pour entendre les unes comme les autres.",
    "Facciamo le stesse domande a chi è arrivato da poco e a chi vive qui da molto tempo, per ascoltare gli uni e gli altri.",
    "نطرح الأسئلة نفسها على الوافدين الجدد وعلى المقيمين هنا منذ زمن طويل، حتى نسمع صوت الطرفين.",
    "Hacemos las mismas preguntas a las personas que llegaron hace poco y a las que viven aquí desde hace mucho tiempo, para escuchar a unas y a otras.",
    "Ми ставимо ті самі запитання людям, які приїхали нещодавно, і тим, хто живе тут давно, щоб почути і тих, і інших.",
    "ما همین پرسش\u{200c}ها را از کسانی که به\u{200c}تازگی آمده\u{200c}اند و از کسانی که مدت\u{200c}هاست اینجا زندگی می\u{200c}کنند می\u{200c}پرسیم تا صدای هر دو گروه شنیده شود.",
    "Задаваме едни и същи въпроси на хората, които са дошли наскоро, и на тези, които живеят тук отдавна, за да чуем и едните, и другите.",
];
const COMMUNITY_REQUIRED: Words = [
    "Please choose one answer.",
    "Veuillez choisir une réponse.",
    "Scelga una risposta, per favore.",
    "يرجى اختيار إجابة واحدة.",
    "Por favor, elija una respuesta.",
    "Будь ласка, виберіть одну відповідь.",
    "لطفاً یک پاسخ را انتخاب کنید.",
    "Моля, изберете един отговор.",
];
const COMMUNITY_CHOICES: [(&str, Words); 2] = [
    (
        ARRIVING,
        [
            "I came to live here in recent years",
            "Je suis venu(e) vivre ici ces dernières années",
            "Sono venuto/a a vivere qui negli ultimi anni",
            "جئت للعيش هنا في السنوات الأخيرة",
            "Vine a vivir aquí en los últimos años",
            "Я живу тут останні кілька років",
            "در سال\u{200c}های اخیر برای زندگی به اینجا آمده\u{200c}ام",
            "Дойдох да живея тук през последните години",
        ],
    ),
    (
        RECEIVING,
        [
            "I have lived here for a long time",
            "Je vis ici depuis longtemps",
            "Vivo qui da molto tempo",
            "أعيش هنا منذ زمن طويل",
            "Vivo aquí desde hace mucho tiempo",
            "Я живу тут уже давно",
            "مدت زیادی است که اینجا زندگی می\u{200c}کنم",
            "Живея тук от дълго време",
        ],
    ),
];

// Contact

const CONTACT_NAME: Words = [
    "Intergroup contact",
    "Contacts entre les groupes",
    "Contatti tra i gruppi",
    "التواصل بين المجموعتين",
    "Contacto entre grupos",
    "Контакти між групами",
    "تماس میان گروه\u{200c}ها",
    "Контакт между групите",
];
const CONTACT_HEADING: Words = [
    "Contact with the other group",
    "Contacts avec l'autre groupe",
    "Contatti con l'altro gruppo",
    "التواصل مع المجموعة الأخرى",
    "Contacto con el otro grupo",
    "Контакти з іншою групою",
    "تماس با گروه دیگر",
    "Контакт с другата група",
];
const CONTACT_OTHER_FOR_ARRIVING: Words = [
    "In this part, “the other group” means people who have lived here for a long time.",
    "Dans cette partie, «\u{a0}l'autre groupe\u{a0}» désigne les personnes qui vivent ici depuis longtemps.",
    "In questa parte, «l'altro gruppo» indica le persone che vivono qui da molto tempo.",
    "في هذا الجزء، يُقصد بـ«المجموعة الأخرى» الأشخاص الذين يعيشون هنا منذ زمن طويل.",
    "En esta parte, «el otro grupo» se refiere a las personas que viven aquí desde hace mucho tiempo.",
    "У цій частині «інша група» — це люди, які живуть тут уже давно.",
    "در این بخش، منظور از «گروه دیگر» کسانی است که مدت زیادی است اینجا زندگی می\u{200c}کنند.",
    "В тази част „другата група“ означава хората, които живеят тук от дълго време.",
];
const CONTACT_OTHER_FOR_RECEIVING: Words = [
    "In this part, “the other group” means people who came to live here in recent years.",
    "Dans cette partie, «\u{a0}l'autre groupe\u{a0}» désigne les personnes venues vivre ici ces dernières années.",
    "In questa parte, «l'altro gruppo» indica le persone venute a vivere qui negli ultimi anni.",
    "في هذا الجزء، يُقصد بـ«المجموعة الأخرى» الأشخاص الذين جاؤوا للعيش هنا في السنوات الأخيرة.",
    "En esta parte, «el otro grupo» se refiere a las personas que vinieron a vivir aquí en los últimos años.",
    "У цій частині «інша група» — це люди, які приїхали жити сюди в останні роки.",
    "در این بخش، منظور از «گروه دیگر» کسانی است که در سال\u{200c}های اخیر برای زندگی به اینجا آمده\u{200c}اند.",
    "В тази част „другата група“ означава хората, които са дошли да живеят тук през последните години.",
];
const CONTACT_QUANTITY_LABELS: [Words; 4] = [
    [
        "In the last month, how often did you talk with people from the other group at work, at school or in training?",
        "Au cours du dernier mois, à quelle fréquence avez-vous parlé avec des personnes de l'autre groupe au travail, à l'école ou en formation\u{a0}?",
        "Nell'ultimo mese, quanto spesso ha parlato con persone dell'altro gruppo al lavoro, a scuola o durante una formazione?",
        "خلال الشهر الماضي، كم مرة تحدثت مع أشخاص من المجموعة الأخرى في العمل أو الدراسة أو التدريب؟",
        "En el último mes, ¿con qué frecuencia habló con personas del otro grupo en el trabajo, en la escuela o en un curso de formación?",
        "Як часто за останній місяць ви розмовляли з людьми з іншої групи на роботі, у школі чи на навчанні?",
        "در یک ماه گذشته، چند بار با افرادی از گروه دیگر در محل کار، مدرسه یا دوره آموزشی صحبت کرده\u{200c}اید؟",
        "През последния месец колко често сте разговаряли с хора от другата група на работа, в училище или на обучение?",
    ],
    [
        "In the last month, how often did you talk with people from the other group in your neighbourhood?",
        "Au cours du dernier mois, à quelle fréquence avez-vous parlé avec des personnes de l'autre groupe dans votre quartier\u{a0}?",
        "Nell'ultimo mese, quanto spesso ha parlato con persone dell'altro gruppo nel Suo quartiere?",
        "خلال الشهر الماضي، كم مرة تحدثت مع أشخاص من المجموعة الأخرى في حيّك؟",
        "En el último mes, ¿con qué frecuencia habló con personas del otro grupo en su barrio?",
        "Як часто за останній місяць ви розмовляли з людьми з іншої групи у своєму районі?",
        "در یک ماه گذشته، چند بار با افرادی از گروه دیگر در محله\u{200c}تان صحبت کرده\u{200c}اید؟",
        "През последния месец колко често сте разговаряли с хора от другата група във вашия квартал?",
    ],
    [
        "In the last month, how often did you spend time with friends from the other group?",
        "Au cours du dernier mois, à quelle fréquence avez-vous passé du temps avec des amis de l'autre groupe\u{a0}?",
        "Nell'ultimo mese, quanto spesso ha passato del tempo con amici dell'altro gruppo?",
        "خلال الشهر الماضي، كم مرة قضيت وقتًا مع أصدقاء من المجموعة الأخرى؟",
        "En el último mes, ¿con qué frecuencia pasó tiempo con amistades del otro grupo?",
        "Як часто за останній місяць ви проводили час із друзями з іншої групи?",
        "در یک ماه گذشته، چند بار با دوستانی از گروه دیگر وقت گذرانده\u{200c}اید؟",
        "През последния месец колко често сте прекарвали време с приятели от другата група?",
    ],
    [
        "In the last month, how often did you visit people from the other group at home, or have them visit you?",
        "Au cours du dernier mois, à quelle fréquence avez-vous rendu visite à des personnes de l'autre groupe chez elles, ou les avez-vous reçues chez vous\u{a0}?",
        "Nell'ultimo mese, quanto spesso è andato/a a trovare a casa persone dell'altro gruppo, o le ha ospitate a casa Sua?",
        "خلال الشهر الماضي، كم مرة زرت أشخاصًا من المجموعة الأخرى في بيوتهم أو استقبلتهم في بيتك؟",
        "En el último mes, ¿con qué frecuencia visitó a personas del otro grupo en sus casas o las recibió en la suya?",
        "Як часто за останній місяць ви ходили в гості до людей з іншої групи або приймали їх у себе вдома?",
        "در یک ماه گذشته، چند بار به خانه افرادی از گروه دیگر رفته\u{200c}اید یا آن\u{200c}ها به خانه شما آمده\u{200c}اند؟",
        "През последния месец колко често сте ходили на гости у хора от другата група или сте ги приемали у вас?",
    ],
];
const CONTACT_QUALITY_INTRO: Words = [
    "Think of the time you spend with people from the other group. How much do you agree with each statement?",
    "Pensez aux moments que vous passez avec des personnes de l'autre groupe. Dans quelle mesure êtes-vous d'accord avec chacune de ces affirmations\u{a0}?",
    "Pensi ai momenti che trascorre con persone dell'altro gruppo. Quanto è d'accordo con ciascuna di queste affermazioni?",
    "بالنظر إلى الأوقات التي قضيتها مع أشخاص من المجموعة الأخرى، ما مدى موافقتك على كل عبارة من العبارات التالية؟",
    "Piense en el tiempo que pasa con personas del otro grupo. ¿Hasta qué punto está de acuerdo con cada afirmación?",
    "Згадайте час, який ви проводите з людьми з іншої групи. Наскільки ви погоджуєтеся з кожним твердженням?",
    "به زمان\u{200c}هایی فکر کنید که با افرادی از گروه دیگر می\u{200c}گذرانید. تا چه اندازه با هر یک از این جمله\u{200c}ها موافقید؟",
    "Помислете за времето, което прекарвате с хора от другата група. Доколко се съгласявате с всяко от твърденията?",
];
const CONTACT_QUALITY_LABELS: [Words; 5] = [
    [
        "My meetings with people from the other group are pleasant.",
        "Mes rencontres avec des personnes de l'autre groupe sont agréables.",
        "I miei incontri con persone dell'altro gruppo sono piacevoli.",
        "لقاءاتي بأشخاص من المجموعة الأخرى لطيفة.",
        "Mis encuentros con personas del otro grupo son agradables.",
        "Мої зустрічі з людьми з іншої групи приємні.",
        "دیدارهایم با افرادی از گروه دیگر خوشایند است.",
        "Срещите ми с хора от другата група са приятни.",
    ],
    [
        "When I meet people from the other group, we meet as equals.",
        "Quand je rencontre des personnes de l'autre groupe, nous nous rencontrons d'égal à égal.",
        "Quando incontro persone dell'altro gruppo, ci incontriamo da pari a pari.",
        "عندما ألتقي بأشخاص من المجموعة الأخرى، نلتقي على قدم المساواة.",
        "Cuando me encuentro con personas del otro grupo, nos encontramos de igual a igual.",
        "Коли я зустрічаюся з людьми з іншої групи, ми зустрічаємося як рівні.",
        "وقتی با افرادی از گروه دیگر دیدار می\u{200c}کنم، در جایگاهی برابر با هم دیدار می\u{200c}کنیم.",
        "Когато се срещам с хора от другата група, се срещаме като равни.",
    ],
    [
        "I meet people from the other group because I choose to, not because I have to.",
        "Je rencontre des personnes de l'autre groupe parce que je le choisis, pas parce que j'y suis obligé(e).",
        "Incontro persone dell'altro gruppo per scelta, non perché sono obbligato/a.",
        "ألتقي بأشخاص من المجموعة الأخرى باختياري، لا اضطرارًا.",
        "Me encuentro con personas del otro grupo porque así lo elijo, no porque tenga que hacerlo.",
        "Я зустрічаюся з людьми з іншої групи з власного вибору, а не тому, що мушу.",
        "با افرادی از گروه دیگر دیدار می\u{200c}کنم چون خودم این را انتخاب می\u{200c}کنم، نه چون مجبورم.",
        "Срещам се с хора от другата група, защото аз го избирам, а не защото трябва.",
    ],
    [
        "When I deal with people from the other group, we cooperate rather than compete.",
        "Quand j'ai affaire à des personnes de l'autre groupe, nous coopérons plutôt que de rivaliser.",
        "Quando ho a che fare con persone dell'altro gruppo, collaboriamo invece di competere.",
        "عندما أتعامل مع أشخاص من المجموعة الأخرى، نتعاون بدلًا من أن نتنافس.",
        "Cuando trato con personas del otro grupo, cooperamos en lugar de competir.",
        "Коли я маю справу з людьми з іншої групи, ми співпрацюємо, а не змагаємося.",
        "وقتی با افرادی از گروه دیگر سروکار دارم، به\u{200c}جای رقابت با هم همکاری می\u{200c}کنیم.",
        "Когато имам работа с хора от другата група, ние си сътрудничим, вместо да се съревноваваме.",
    ],
    [
        "My relationships with people from the other group are close and personal.",
        "Mes relations avec des personnes de l'autre groupe sont proches et personnelles.",
        "I miei rapporti con persone dell'altro gruppo sono stretti e personali.",
        "علاقاتي بأشخاص من المجموعة الأخرى وثيقة وشخصية.",
        "Mis relaciones con personas del otro grupo son cercanas y personales.",
        "Мої стосунки з людьми з іншої групи близькі й особисті.",
        "روابطم با افرادی از گروه دیگر نزدیک و شخصی است.",
        "Отношенията ми с хора от другата група са близки и лични.",
    ],
];
const FREQUENCY7: [(&str, Words); 7] = [
    ("1", ["Never", "Jamais", "Mai", "ولا مرة", "Nunca", "Жодного разу", "هرگز", "Нито веднъж"]),
    ("2", ["Once", "Une fois", "Una volta", "مرة واحدة", "Una vez", "Один раз", "یک بار", "Веднъж"]),
    (
        "3",
        [
            "Two or three times",
            "Deux ou trois fois",
            "Due o tre volte",
            "مرتين أو ثلاث مرات",
            "Dos o tres veces",
            "Два-три рази",
            "دو یا سه بار",
            "Два или три пъти",
        ],
    ),
    (
        "4",
        [
            "About once a week",
            "Environ une fois par semaine",
            "Circa una volta alla settimana",
            "مرة في الأسبوع تقريبًا",
            "Más o menos una vez por semana",
            "Приблизно раз на тиждень",
            "تقریباً هفته\u{200c}ای یک بار",
            "Около веднъж седмично",
        ],
    ),
    (
        "5",
        [
            "Several times a week",
            "Plusieurs fois par semaine",
            "Più volte alla settimana",
            "عدة مرات في الأسبوع",
            "Varias veces por semana",
            "Кілька разів на тиждень",
            "چند بار در هفته",
            "Няколко пъти седмично",
        ],
    ),
    (
        "6",
        [
            "Almost every day",
            "Presque tous les jours",
            "Quasi tutti i giorni",
            "كل يوم تقريبًا",
            "Casi todos los días",
            "Майже щодня",
            "تقریباً هر روز",
            "Почти всеки ден",
        ],
    ),
    (
        "7",
        ["Every day", "Tous les jours", "Tutti i giorni", "كل يوم", "Todos los días", "Щодня", "هر روز", "Всеки ден"],
    ),
];
const AGREE7: [(&str, Words); 7] = [
    (
        "1",
        [
            "Strongly disagree",
            "Pas du tout d'accord",
            "Fortemente in disaccordo",
            "أعارض بشدة",
            "Totalmente en desacuerdo",
            "Зовсім не погоджуюся",
            "کاملاً مخالفم",
            "Изобщо не се съгласявам",
        ],
    ),
    (
        "2",
        [
            "Disagree",
            "Pas d'accord",
            "In disaccordo",
            "أعارض",
            "En desacuerdo",
            "Не погоджуюся",
            "مخالفم",
            "Не се съгласявам",
        ],
    ),
    (
        "3",
        [
            "Somewhat disagree",
            "Plutôt pas d'accord",
            "Parzialmente in disaccordo",
            "أعارض إلى حد ما",
            "Algo en desacuerdo",
            "Радше не погоджуюся",
            "تا حدی مخالفم",
            "По-скоро не се съгласявам",
        ],
    ),
    (
        "4",
        [
            "Neither agree nor disagree",
            "Ni d'accord ni pas d'accord",
            "Né d'accordo né in disaccordo",
            "لا أوافق ولا أعارض",
            "Ni de acuerdo ni en desacuerdo",
            "Ні погоджуюся, ні заперечую",
            "نه موافقم نه مخالف",
            "Нито се съгласявам, нито възразявам",
        ],
    ),
    (
        "5",
        [
            "Somewhat agree",
            "Plutôt d'accord",
            "Parzialmente d'accordo",
            "أوافق إلى حد ما",
            "Algo de acuerdo",
            "Радше погоджуюся",
            "تا حدی موافقم",
            "По-скоро се съгласявам",
        ],
    ),
    ("6", ["Agree", "D'accord", "D'accordo", "أوافق", "De acuerdo", "Погоджуюся", "موافقم", "Съгласявам се"]),
    (
        "7",
        [
            "Strongly agree",
            "Tout à fait d'accord",
            "Fortemente d'accordo",
            "أوافق بشدة",
            "Totalmente de acuerdo",
            "Повністю погоджуюся",
            "کاملاً موافقم",
            "Напълно се съгласявам",
        ],
    ),
];
const CONTACT_QUANTITY_SCORE: Words = [
    "Contact: how often (1–7)",
    "Contacts\u{a0}: fréquence (1–7)",
    "Contatti: frequenza (1–7)",
    "التواصل: مدى تكراره (1–7)",
    "Contacto: frecuencia (1–7)",
    "Контакти: частота (1–7)",
    "تماس: دفعات (1–7)",
    "Контакт: честота (1–7)",
];
const CONTACT_QUALITY_SCORE: Words = [
    "Contact: quality (1–7)",
    "Contacts\u{a0}: qualité (1–7)",
    "Contatti: qualità (1–7)",
    "التواصل: جودته (1–7)",
    "Contacto: calidad (1–7)",
    "Контакти: якість (1–7)",
    "تماس: کیفیت (1–7)",
    "Контакт: качество (1–7)",
];

// Feeling thermometer

const THERMOMETER_NAME: Words = [
    "Feeling thermometer",
    "Thermomètre des sentiments",
    "Termometro dei sentimenti",
    "مقياس حرارة المشاعر",
    "Termómetro de sentimientos",
    "Термометр почуттів",
    "دماسنج احساسات",
    "Термометър на чувствата",
];
const THERMOMETER_HEADING: Words = [
    "How you feel about each group",
    "Vos sentiments envers chaque groupe",
    "I Suoi sentimenti verso ciascun gruppo",
    "مشاعرك تجاه كل مجموعة",
    "Lo que siente hacia cada grupo",
    "Ваші почуття до кожної групи",
    "احساس شما نسبت به هر گروه",
    "Чувствата ви към всяка група",
];
const THERMOMETER_HINT: Words = [
    "Like a thermometer: 0 means very cold, unfavourable feelings; 50 means neither warm nor cold; 100 means very warm, favourable feelings.",
    "Comme un thermomètre\u{a0}: 0 signifie des sentiments très froids, défavorables\u{a0}; 50, des sentiments ni chaleureux ni froids\u{a0}; 100, des sentiments très chaleureux, favorables.",
    "Come un termometro: 0 indica sentimenti molto freddi e sfavorevoli; 50 sentimenti né caldi né freddi; 100 sentimenti molto caldi e favorevoli.",
    "كما في مقياس الحرارة: الدرجة 0 تعني مشاعر باردة جدًا وسلبية، والدرجة 50 تعني مشاعر لا دافئة ولا باردة، والدرجة 100 تعني مشاعر دافئة جدًا وإيجابية.",
    "Como un termómetro: 0 significa sentimientos muy fríos, desfavorables; 50, sentimientos ni cálidos ni fríos; 100, sentimientos muy cálidos, favorables.",
    "Як на термометрі: 0 означає дуже холодні, неприхильні почуття; 50 — ні теплі, ні холодні; 100 — дуже теплі, прихильні почуття.",
    "مانند یک دماسنج: 0 یعنی احساساتی بسیار سرد و منفی؛ 50 یعنی احساساتی نه گرم و نه سرد؛ 100 یعنی احساساتی بسیار گرم و مثبت.",
    "Като термометър: 0 означава много студени, неблагосклонни чувства; 50 — нито топли, нито студени; 100 — много топли, благосклонни чувства.",
];
const THERMOMETER_ARRIVING: Words = [
    "How do you feel about people who came to live here in recent years?",
    "Quels sentiments éprouvez-vous envers les personnes venues vivre ici ces dernières années\u{a0}?",
    "Quali sentimenti prova verso le persone venute a vivere qui negli ultimi anni?",
    "ما مشاعرك تجاه الأشخاص الذين جاؤوا للعيش هنا في السنوات الأخيرة؟",
    "¿Qué siente hacia las personas que vinieron a vivir aquí en los últimos años?",
    "Які почуття у вас викликають люди, що приїхали жити сюди в останні роки?",
    "نسبت به کسانی که در سال\u{200c}های اخیر برای زندگی به اینجا آمده\u{200c}اند چه احساسی دارید؟",
    "Какви чувства изпитвате към хората, които са дошли да живеят тук през последните години?",
];
const THERMOMETER_RECEIVING: Words = [
    "How do you feel about people who have lived here for a long time?",
    "Quels sentiments éprouvez-vous envers les personnes qui vivent ici depuis longtemps\u{a0}?",
    "Quali sentimenti prova verso le persone che vivono qui da molto tempo?",
    "ما مشاعرك تجاه الأشخاص الذين يعيشون هنا منذ زمن طويل؟",
    "¿Qué siente hacia las personas que viven aquí desde hace mucho tiempo?",
    "Які почуття у вас викликають люди, що живуть тут уже давно?",
    "نسبت به کسانی که مدت زیادی است اینجا زندگی می\u{200c}کنند چه احساسی دارید؟",
    "Какви чувства изпитвате към хората, които живеят тук от дълго време?",
];
const THERMOMETER_ARRIVING_SCORE: Words = [
    "Feelings towards people who came recently (0–100)",
    "Sentiments envers les personnes arrivées récemment (0–100)",
    "Sentimenti verso chi è arrivato da poco (0–100)",
    "المشاعر تجاه الوافدين الجدد (0–100)",
    "Sentimientos hacia las personas llegadas hace poco (0–100)",
    "Почуття до людей, які приїхали нещодавно (0–100)",
    "احساس نسبت به تازه\u{200c}واردان (0–100)",
    "Чувства към хората, дошли наскоро (0–100)",
];
const THERMOMETER_RECEIVING_SCORE: Words = [
    "Feelings towards people who have lived here long (0–100)",
    "Sentiments envers les personnes installées ici depuis longtemps (0–100)",
    "Sentimenti verso chi vive qui da molto tempo (0–100)",
    "المشاعر تجاه المقيمين منذ زمن طويل (0–100)",
    "Sentimientos hacia las personas que viven aquí desde hace tiempo (0–100)",
    "Почуття до людей, які давно живуть тут (0–100)",
    "احساس نسبت به ساکنان قدیمی (0–100)",
    "Чувства към хората, живеещи тук отдавна (0–100)",
];

// WHO-5

const WHO5_NAME: Words = [
    "Wellbeing (WHO-5)",
    "Bien-être (WHO-5)",
    "Benessere (WHO-5)",
    "الرفاه النفسي (المؤشر الخماسي لمنظمة الصحة العالمية)",
    "Bienestar (WHO-5)",
    "Благополуччя (WHO-5)",
    "بهزیستی (شاخص پنج\u{200c}گانه سازمان جهانی بهداشت)",
    "Благополучие (WHO-5)",
];
const WHO5_HEADING: Words = [
    "How you have been feeling over the last two weeks",
    "Comment vous vous êtes senti(e) au cours des deux dernières semaines",
    "Come si è sentito/a nelle ultime due settimane",
    "ما شعرت به خلال الأسبوعين الماضيين",
    "Cómo se ha sentido en las últimas dos semanas",
    "Як ви почувалися протягом останніх двох тижнів",
    "حال شما در دو هفته گذشته",
    "Как сте се чувствали през последните две седмици",
];
const WHO5_INTRO: Words = [
    "For each of the five statements, please choose the answer closest to how you have been feeling over the last two weeks.",
    "Pour chacune des cinq affirmations, veuillez choisir la réponse la plus proche de ce que vous avez ressenti au cours des deux dernières semaines.",
    "Per ciascuna delle cinque affermazioni, scelga la risposta più vicina a come si è sentito/a nelle ultime due settimane.",
    "لكل عبارة من العبارات الخمس، يرجى اختيار الإجابة الأقرب إلى ما شعرت به خلال الأسبوعين الماضيين.",
    "Para cada una de las cinco afirmaciones, elija por favor la respuesta que más se acerque a cómo se ha sentido en las últimas dos semanas.",
    "Для кожного з п'яти тверджень, будь ласка, виберіть відповідь, найближчу до того, як ви почувалися протягом останніх двох тижнів.",
    "برای هر یک از این پنج جمله، لطفاً پاسخی را انتخاب کنید که به حال شما در دو هفته گذشته از همه نزدیک\u{200c}تر است.",
    "За всяко от петте твърдения, моля, изберете отговора, който е най-близо до това как сте се чувствали през последните две седмици.",
];
const WHO5_LABELS: [Words; 5] = [
    [
        "I have felt cheerful and in good spirits",
        "Je me suis senti(e) gai(e) et de bonne humeur",
        "Mi sono sentito/a allegro/a e di buon umore",
        "شعرت بالبهجة وكان مزاجي جيدًا",
        "Me he sentido alegre y de buen humor",
        "Мені було радісно, і настрій був гарний",
        "احساس شادی کرده\u{200c}ام و روحیه\u{200c}ام خوب بوده است",
        "Чувствах се радостно и бях в добро настроение",
    ],
    [
        "I have felt calm and relaxed",
        "Je me suis senti(e) calme et détendu(e)",
        "Mi sono sentito/a calmo/a e rilassato/a",
        "شعرت بالهدوء والاسترخاء",
        "Me he sentido tranquilo/a y relajado/a",
        "Мені було спокійно й розслаблено",
        "احساس آرامش و آسودگی کرده\u{200c}ام",
        "Чувствах се спокойно и отпуснато",
    ],
    [
        "I have felt active and vigorous",
        "Je me suis senti(e) actif(ve) et plein(e) d'énergie",
        "Mi sono sentito/a attivo/a ed energico/a",
        "شعرت بالنشاط والحيوية",
        "Me he sentido activo/a y enérgico/a",
        "Я почувався(-лася) активним(-ою) й енергійним(-ою)",
        "خودم را فعال و پرانرژی احساس کرده\u{200c}ام",
        "Чувствах се активен(на) и енергичен(на)",
    ],
    [
        "I woke up feeling fresh and rested",
        "Je me suis réveillé(e) en me sentant frais (fraîche) et reposé(e)",
        "Mi sono svegliato/a sentendomi fresco/a e riposato/a",
        "استيقظت وأنا أشعر بالانتعاش والراحة",
        "Me he despertado sintiéndome fresco/a y descansado/a",
        "Я прокидався(-лася) свіжим(-ою) й відпочилим(-ою)",
        "با احساس شادابی و رفع خستگی از خواب بیدار شده\u{200c}ام",
        "Събуждах се свеж(а) и отпочинал(а)",
    ],
    [
        "My daily life has been filled with things that interest me",
        "Ma vie quotidienne a été remplie de choses qui m'intéressent",
        "La mia vita quotidiana è stata piena di cose che mi interessano",
        "كانت حياتي اليومية مليئة بأشياء تثير اهتمامي",
        "Mi vida diaria ha estado llena de cosas que me interesan",
        "Моє повсякденне життя було сповнене речей, які мене цікавлять",
        "زندگی روزمره\u{200c}ام پر از چیزهایی بوده که برایم جالب\u{200c}اند",
        "Ежедневието ми беше изпълнено с неща, които ме интересуват",
    ],
];
/// Highest first, as the WHO-5 sheet presents its answers.
const WHO5_SCALE: [(&str, Words); 6] = [
    (
        "5",
        [
            "All of the time",
            "Tout le temps",
            "Sempre",
            "طوال الوقت",
            "Todo el tiempo",
            "Увесь час",
            "تمام مدت",
            "През цялото време",
        ],
    ),
    (
        "4",
        [
            "Most of the time",
            "La plupart du temps",
            "La maggior parte del tempo",
            "معظم الوقت",
            "La mayor parte del tiempo",
            "Більшість часу",
            "بیشتر اوقات",
            "През повечето време",
        ],
    ),
    (
        "3",
        [
            "More than half of the time",
            "Plus de la moitié du temps",
            "Più della metà del tempo",
            "أكثر من نصف الوقت",
            "Más de la mitad del tiempo",
            "Більше половини часу",
            "بیش از نیمی از اوقات",
            "Повече от половината време",
        ],
    ),
    (
        "2",
        [
            "Less than half of the time",
            "Moins de la moitié du temps",
            "Meno della metà del tempo",
            "أقل من نصف الوقت",
            "Menos de la mitad del tiempo",
            "Менше половини часу",
            "کمتر از نیمی از اوقات",
            "По-малко от половината време",
        ],
    ),
    (
        "1",
        [
            "Some of the time",
            "De temps en temps",
            "Ogni tanto",
            "بعض الوقت",
            "De vez en cuando",
            "Іноді",
            "گاهی اوقات",
            "Понякога",
        ],
    ),
    ("0", ["At no time", "Jamais", "Mai", "لم يحدث أبدًا", "Nunca", "Ніколи", "هیچ\u{200c}وقت", "Никога"]),
];
const WHO5_SCORE: Words = [
    "WHO-5 wellbeing index (0–100)",
    "Indice de bien-être WHO-5 (0–100)",
    "Indice di benessere WHO-5 (0–100)",
    "مؤشر الرفاه الخماسي لمنظمة الصحة العالمية (0–100)",
    "Índice de bienestar WHO-5 (0–100)",
    "Індекс благополуччя WHO-5 (0–100)",
    "شاخص بهزیستی پنج\u{200c}گانه سازمان جهانی بهداشت (0–100)",
    "Индекс на благополучие WHO-5 (0–100)",
];

// Perceived versus actual

const PERCEIVED_NAME: Words = [
    "Perceived versus actual figures",
    "Chiffres perçus et chiffres réels",
    "Cifre percepite e cifre reali",
    "الأرقام المتصوَّرة مقابل الأرقام الفعلية",
    "Cifras percibidas frente a cifras reales",
    "Уявні та реальні цифри",
    "ارقام تصورشده در برابر ارقام واقعی",
    "Възприемани и действителни стойности",
];
const PERCEIVED_HEADING: Words = [
    "Your estimates",
    "Vos estimations",
    "Le Sue stime",
    "تقديراتك",
    "Sus estimaciones",
    "Ваші оцінки",
    "برآوردهای شما",
    "Вашите оценки",
];
const PERCEIVED_INTRO: Words = [
    "Nobody knows these figures by heart: please give your best guess.",
    "Personne ne connaît ces chiffres par cœur\u{a0}: donnez simplement votre meilleure estimation.",
    "Nessuno conosce queste cifre a memoria: ci dia la Sua migliore stima.",
    "لا أحد يعرف هذه الأرقام عن ظهر قلب، لذا يرجى إعطاء أفضل تقدير لديك.",
    "Nadie conoce estas cifras de memoria: indique, por favor, su mejor estimación.",
    "Ніхто не знає цих цифр напам'ять: будь ласка, назвіть своє найкраще припущення.",
    "هیچ\u{200c}کس این ارقام را از حفظ نمی\u{200c}داند: لطفاً بهترین حدس خود را وارد کنید.",
    "Никой не знае тези числа наизуст: моля, дайте най-доброто си предположение.",
];
const ESTIMATE_EMPLOYMENT: Words = [
    "Out of every 100 adults who came to live here in recent years, how many do you think have a paid job?",
    "Sur 100 adultes venus vivre ici ces dernières années, combien ont un emploi rémunéré, selon vous\u{a0}?",
    "Su 100 adulti venuti a vivere qui negli ultimi anni, quanti secondo Lei hanno un lavoro retribuito?",
    "من بين كل 100 شخص بالغ جاؤوا للعيش هنا في السنوات الأخيرة، كم منهم برأيك لديهم عمل مأجور؟",
    "De cada 100 personas adultas que vinieron a vivir aquí en los últimos años, ¿cuántas cree que tienen un empleo remunerado?",
    "Як ви вважаєте, скільки з кожних 100 дорослих, які приїхали жити сюди в останні роки, мають оплачувану роботу?",
    "به نظر شما، از هر 100 بزرگسالی که در سال\u{200c}های اخیر برای زندگی به اینجا آمده\u{200c}اند، چند نفر کار با دستمزد دارند؟",
    "Според вас колко от всеки 100 възрастни, дошли да живеят тук през последните години, имат платена работа?",
];
const ESTIMATE_DEGREE: Words = [
    "Out of every 100 adults who came to live here in recent years, how many do you think have a university degree?",
    "Sur 100 adultes venus vivre ici ces dernières années, combien ont un diplôme universitaire, selon vous\u{a0}?",
    "Su 100 adulti venuti a vivere qui negli ultimi anni, quanti secondo Lei hanno una laurea?",
    "من بين كل 100 شخص بالغ جاؤوا للعيش هنا في السنوات الأخيرة، كم منهم برأيك يحملون شهادة جامعية؟",
    "De cada 100 personas adultas que vinieron a vivir aquí en los últimos años, ¿cuántas cree que tienen un título universitario?",
    "Як ви вважаєте, скільки з кожних 100 дорослих, які приїхали жити сюди в останні роки, мають вищу освіту?",
    "به نظر شما، از هر 100 بزرگسالی که در سال\u{200c}های اخیر برای زندگی به اینجا آمده\u{200c}اند، چند نفر مدرک دانشگاهی دارند؟",
    "Според вас колко от всеки 100 възрастни, дошли да живеят тук през последните години, имат висше образование?",
];
const ESTIMATE_BENEFITS: Words = [
    "Out of every 100 adults who came to live here in recent years, how many do you think receive social welfare benefits?",
    "Sur 100 adultes venus vivre ici ces dernières années, combien perçoivent des aides sociales, selon vous\u{a0}?",
    "Su 100 adulti venuti a vivere qui negli ultimi anni, quanti secondo Lei ricevono sussidi sociali?",
    "من بين كل 100 شخص بالغ جاؤوا للعيش هنا في السنوات الأخيرة، كم منهم برأيك يتلقون إعانات اجتماعية؟",
    "De cada 100 personas adultas que vinieron a vivir aquí en los últimos años, ¿cuántas cree que reciben prestaciones sociales?",
    "Як ви вважаєте, скільки з кожних 100 дорослих, які приїхали жити сюди в останні роки, отримують соціальну допомогу?",
    "به نظر شما، از هر 100 بزرگسالی که در سال\u{200c}های اخیر برای زندگی به اینجا آمده\u{200c}اند، چند نفر کمک\u{200c}هزینه رفاه اجتماعی دریافت می\u{200c}کنند؟",
    "Според вас колко от всеки 100 възрастни, дошли да живеят тук през последните години, получават социални помощи?",
];
const PERCENT_HINT: Words = [
    "A whole number from 0 to 100.",
    "Un nombre entier de 0 à 100.",
    "Un numero intero da 0 a 100.",
    "عدد صحيح من 0 إلى 100.",
    "Un número entero de 0 a 100.",
    "Ціле число від 0 до 100.",
    "یک عدد صحیح از 0 تا 100.",
    "Цяло число от 0 до 100.",
];
const PERCENT_CONSTRAINT: Words = [
    "Please enter a number from 0 to 100.",
    "Veuillez saisir un nombre de 0 à 100.",
    "Inserisca un numero da 0 a 100, per favore.",
    "يرجى إدخال عدد من 0 إلى 100.",
    "Introduzca, por favor, un número de 0 a 100.",
    "Будь ласка, введіть число від 0 до 100.",
    "لطفاً عددی از 0 تا 100 وارد کنید.",
    "Моля, въведете число от 0 до 100.",
];
const PERCEIVED_EMPLOYMENT_SCORE: Words = [
    "Estimated share of newcomers in paid work (%)",
    "Part estimée des nouveaux arrivants ayant un emploi rémunéré (%)",
    "Quota stimata di nuovi arrivati con un lavoro retribuito (%)",
    "النسبة المقدَّرة للوافدين الجدد الذين لديهم عمل مأجور (%)",
    "Proporción estimada de personas recién llegadas con empleo remunerado (%)",
    "Оцінена частка новоприбулих, які мають оплачувану роботу (%)",
    "سهم برآوردشده تازه\u{200c}واردانی که کار با دستمزد دارند (%)",
    "Оценен дял на новопристигналите с платена работа (%)",
];
const PERCEIVED_DEGREE_SCORE: Words = [
    "Estimated share of newcomers with a university degree (%)",
    "Part estimée des nouveaux arrivants titulaires d'un diplôme universitaire (%)",
    "Quota stimata di nuovi arrivati con una laurea (%)",
    "النسبة المقدَّرة للوافدين الجدد الحاصلين على شهادة جامعية (%)",
    "Proporción estimada de personas recién llegadas con título universitario (%)",
    "Оцінена частка новоприбулих із вищою освітою (%)",
    "سهم برآوردشده تازه\u{200c}واردانی که مدرک دانشگاهی دارند (%)",
    "Оценен дял на новопристигналите с висше образование (%)",
];
const PERCEIVED_BENEFITS_SCORE: Words = [
    "Estimated share of newcomers receiving social welfare benefits (%)",
    "Part estimée des nouveaux arrivants percevant des aides sociales (%)",
    "Quota stimata di nuovi arrivati che ricevono sussidi sociali (%)",
    "النسبة المقدَّرة للوافدين الجدد الذين يتلقون إعانات اجتماعية (%)",
    "Proporción estimada de personas recién llegadas que reciben prestaciones sociales (%)",
    "Оцінена частка новоприбулих, які отримують соціальну допомогу (%)",
    "سهم برآوردشده تازه\u{200c}واردانی که کمک\u{200c}هزینه رفاه اجتماعی دریافت می\u{200c}کنند (%)",
    "Оценен дял на новопристигналите, които получават социални помощи (%)",
];

// Belonging

const BELONGING_NAME: Words = [
    "Sense of belonging",
    "Sentiment d'appartenance",
    "Senso di appartenenza",
    "الشعور بالانتماء",
    "Sentido de pertenencia",
    "Відчуття приналежності",
    "احساس تعلق",
    "Чувство за принадлежност",
];
const BELONGING_HEADING: Words =
    ["Living here", "Vivre ici", "Vivere qui", "العيش هنا", "Vivir aquí", "Життя тут", "زندگی در اینجا", "Животът тук"];
const BELONGING_INTRO: Words = [
    "How much do you agree with each statement?",
    "Dans quelle mesure êtes-vous d'accord avec chacune de ces affirmations\u{a0}?",
    "Quanto è d'accordo con ciascuna di queste affermazioni?",
    "ما مدى موافقتك على كل عبارة من العبارات التالية؟",
    "¿Hasta qué punto está de acuerdo con cada afirmación?",
    "Наскільки ви погоджуєтеся з кожним твердженням?",
    "تا چه اندازه با هر یک از این جمله\u{200c}ها موافقید؟",
    "Доколко се съгласявате с всяко от твърденията?",
];
const BELONGING_LABELS: [Words; 4] = [
    [
        "I feel part of the community where I live.",
        "J'ai le sentiment de faire partie de la communauté là où je vis.",
        "Mi sento parte della comunità del luogo in cui vivo.",
        "أشعر أنني جزء من المجتمع المحلي في المكان الذي أعيش فيه.",
        "Me siento parte de la comunidad del lugar donde vivo.",
        "Я відчуваю себе частиною громади там, де живу.",
        "احساس می\u{200c}کنم بخشی از جامعه محلی جایی هستم که در آن زندگی می\u{200c}کنم.",
        "Чувствам се част от общността там, където живея.",
    ],
    [
        "I feel at home here.",
        "Je me sens chez moi ici.",
        "Qui mi sento a casa.",
        "أشعر هنا بأنني في بيتي.",
        "Aquí me siento como en casa.",
        "Я почуваюся тут як удома.",
        "اینجا احساس می\u{200c}کنم در خانه خودم هستم.",
        "Тук се чувствам у дома си.",
    ],
    [
        "Most people here can be trusted.",
        "On peut faire confiance à la plupart des gens ici.",
        "Qui ci si può fidare della maggior parte delle persone.",
        "يمكن الوثوق بمعظم الناس هنا.",
        "Se puede confiar en la mayoría de la gente de aquí.",
        "Більшості людей тут можна довіряти.",
        "به بیشتر مردم اینجا می\u{200c}توان اعتماد کرد.",
        "На повечето хора тук може да се има доверие.",
    ],
    [
        "People who came to live here in recent years are part of the community here.",
        "Les personnes venues vivre ici ces dernières années font partie de la communauté locale.",
        "Le persone venute a vivere qui negli ultimi anni fanno parte della comunità locale.",
        "الأشخاص الذين جاؤوا للعيش هنا في السنوات الأخيرة جزء من المجتمع المحلي هنا.",
        "Las personas que vinieron a vivir aquí en los últimos años forman parte de la comunidad de aquí.",
        "Люди, які приїхали жити сюди в останні роки, є частиною тутешньої громади.",
        "کسانی که در سال\u{200c}های اخیر برای زندگی به اینجا آمده\u{200c}اند بخشی از جامعه اینجا هستند.",
        "Хората, които са дошли да живеят тук през последните години, са част от общността тук.",
    ],
];
const AGREE5: [(&str, Words); 5] = [
    (
        "1",
        [
            "Strongly disagree",
            "Pas du tout d'accord",
            "Fortemente in disaccordo",
            "أعارض بشدة",
            "Totalmente en desacuerdo",
            "Зовсім не погоджуюся",
            "کاملاً مخالفم",
            "Изобщо не се съгласявам",
        ],
    ),
    (
        "2",
        [
            "Disagree",
            "Pas d'accord",
            "In disaccordo",
            "أعارض",
            "En desacuerdo",
            "Не погоджуюся",
            "مخالفم",
            "Не се съгласявам",
        ],
    ),
    (
        "3",
        [
            "Neither agree nor disagree",
            "Ni d'accord ni pas d'accord",
            "Né d'accordo né in disaccordo",
            "لا أوافق ولا أعارض",
            "Ni de acuerdo ni en desacuerdo",
            "Ні погоджуюся, ні заперечую",
            "نه موافقم نه مخالف",
            "Нито се съгласявам, нито възразявам",
        ],
    ),
    ("4", ["Agree", "D'accord", "D'accordo", "أوافق", "De acuerdo", "Погоджуюся", "موافقم", "Съгласявам се"]),
    (
        "5",
        [
            "Strongly agree",
            "Tout à fait d'accord",
            "Fortemente d'accordo",
            "أوافق بشدة",
            "Totalmente de acuerdo",
            "Повністю погоджуюся",
            "کاملاً موافقم",
            "Напълно се съгласявам",
        ],
    ),
];
const BELONGING_SCORE: Words = [
    "Sense of belonging (1–5)",
    "Sentiment d'appartenance (1–5)",
    "Senso di appartenenza (1–5)",
    "الشعور بالانتماء (1–5)",
    "Sentido de pertenencia (1–5)",
    "Відчуття приналежності (1–5)",
    "احساس تعلق (1–5)",
    "Чувство за принадлежност (1–5)",
];

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::survey::form::DEFAULT_LANGUAGE;

    fn whole() -> Form {
        form(&Instrument::ALL, &Text::default())
    }

    fn answers(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn score_named(form: &Form, name: &str) -> Score {
        form.scores.iter().find(|s| s.name == name).cloned().unwrap_or_else(|| panic!("no score {name}"))
    }

    fn who5_of(values: [&str; 5]) -> Option<f64> {
        let pairs: Vec<(&str, &str)> = WHO5_ITEMS.iter().copied().zip(values).collect();
        score_response(&score_named(&whole(), "who5"), &answers(&pairs))
    }

    /// Every translatable text of a form, with where it sits.
    fn texts(form: &Form) -> Vec<(String, &Text)> {
        let mut all = vec![("title".to_string(), &form.title)];
        for q in &form.questions {
            for (what, t) in [
                ("label", &q.label),
                ("hint", &q.hint),
                ("required", &q.required_message),
                ("constraint", &q.constraint_message),
            ] {
                if !t.0.is_empty() {
                    all.push((format!("{} {what}", q.name), t));
                }
            }
        }
        for l in &form.choice_lists {
            for c in &l.choices {
                all.push((format!("{}/{}", l.name, c.name), &c.label));
            }
        }
        for s in &form.scores {
            all.push((format!("score {}", s.name), &s.label));
        }
        all
    }

    #[test]
    fn codes_round_trip() {
        for i in Instrument::ALL {
            assert_eq!(Instrument::from_code(i.code()), Some(i));
            assert_eq!(serde_json::to_string(&i).unwrap(), format!("\"{}\"", i.code()));
        }
        assert_eq!(Instrument::from_code("who-5"), None);
        let codes: Vec<&str> = Instrument::ALL.iter().map(|i| i.code()).collect();
        assert_eq!(codes, ["contact", "thermometer", "who5", "perceived", "belonging"]);
    }

    #[test]
    fn who5_is_the_raw_sum_times_four() {
        assert_eq!(who5_of(["5"; 5]), Some(100.0));
        assert_eq!(who5_of(["0"; 5]), Some(0.0));
        assert_eq!(who5_of(["3", "3", "2", "2", "3"]), Some(52.0));
        let low = who5_of(["2", "2", "3", "2", "3"]);
        assert_eq!(low, Some(48.0));
        let index = score_named(&whole(), "who5");
        assert!(low.is_some_and(|v| index.concern_at_most.is_some_and(|c| v <= c)));
        assert!(index.concern_at_most.is_some_and(|c| 52.0 > c));
        assert_eq!(index.meaningful_change, Some(10.0));
        assert_eq!((index.min, index.max), (0.0, 100.0));
        assert_eq!(who5_of(["3", "3", "", "2", "3"]), None);
        assert_eq!(who5_of(["5", "5", "6", "5", "5"]), None, "104 is beyond the index");
    }

    #[test]
    fn contact_scores_are_means_of_their_items() {
        let form = whole();
        let quantity = score_named(&form, "contact_quantity");
        let quality = score_named(&form, "contact_quality");
        let a = answers(&[
            ("contact_work", "7"),
            ("contact_neighbourhood", "2"),
            ("contact_friends", "1"),
            ("contact_home", "4"),
            ("contact_pleasant", "6"),
            ("contact_equal", "5"),
            ("contact_voluntary", "7"),
            ("contact_cooperative", "4"),
            ("contact_close", " 3 "),
        ]);
        assert_eq!(score_response(&quantity, &a), Some(3.5));
        assert_eq!(score_response(&quality, &a), Some(5.0));
        assert_eq!((quantity.min, quantity.max, quantity.neutral), (1.0, 7.0, Some(4.0)));
    }

    #[test]
    fn a_missing_or_unreadable_item_gives_no_score() {
        let form = whole();
        let quantity = score_named(&form, "contact_quantity");
        let three = answers(&[("contact_work", "7"), ("contact_neighbourhood", "2"), ("contact_friends", "1")]);
        assert_eq!(score_response(&quantity, &three), None);
        let word = answers(&[
            ("contact_work", "7"),
            ("contact_neighbourhood", "2"),
            ("contact_friends", "1"),
            ("contact_home", "Every day"),
        ]);
        assert_eq!(score_response(&quantity, &word), None);
        let nan = answers(&[("feeling_arriving", "NaN")]);
        assert_eq!(score_response(&score_named(&form, "thermometer_arriving"), &nan), None);
        let empty = Score { items: Vec::new(), ..quantity };
        assert_eq!(score_response(&empty, &BTreeMap::new()), None);
    }

    #[test]
    fn thermometer_scores_each_group() {
        let form = whole();
        let a = answers(&[("feeling_arriving", "72"), ("feeling_receiving", "50")]);
        let arriving = score_named(&form, "thermometer_arriving");
        assert_eq!(score_response(&arriving, &a), Some(72.0));
        assert_eq!(arriving.neutral, Some(50.0));
        assert_eq!(score_response(&score_named(&form, "thermometer_receiving"), &a), Some(50.0));
        assert_eq!(score_response(&arriving, &answers(&[("feeling_arriving", "101")])), None);
        for name in ["feeling_arriving", "feeling_receiving"] {
            let q = form.question(name).unwrap();
            assert_eq!(q.kind, Kind::Range { start: 0.0, end: 100.0, step: 1.0 });
            assert!(q.hint.get("English (en)", None).contains("50"));
        }
    }

    #[test]
    fn perceived_figures_are_the_estimate_itself() {
        let form = whole();
        let a = answers(&[("estimate_employment", "30"), ("estimate_degree", "0"), ("estimate_benefits", "100")]);
        for (score, figure, value) in [
            ("perceived_employment", "employment", 30.0),
            ("perceived_degree", "degree", 0.0),
            ("perceived_benefits", "benefits", 100.0),
        ] {
            let s = score_named(&form, score);
            assert_eq!(s.scoring, Scoring::Perceived { figure: figure.to_string() });
            assert_eq!(score_response(&s, &a), Some(value));
            let q = form.question(&s.items[0]).unwrap();
            assert_eq!(q.kind, Kind::Integer);
            assert_eq!(q.constraint.as_deref(), Some(". >= 0 and . <= 100"));
        }
        let s = score_named(&form, "perceived_employment");
        assert_eq!(score_response(&s, &answers(&[("estimate_employment", "-5")])), None);
        let two = Score { items: vec!["estimate_employment".into(), "estimate_degree".into()], ..s };
        assert_eq!(score_response(&two, &a), None);
    }

    #[test]
    fn belonging_is_a_mean_on_five_points() {
        let s = score_named(&whole(), "belonging");
        let a = answers(&[
            ("belonging_part", "4"),
            ("belonging_home", "5"),
            ("belonging_trust", "2"),
            ("belonging_newcomers", "3"),
        ]);
        assert_eq!(score_response(&s, &a), Some(3.5));
        assert_eq!((s.min, s.max, s.neutral), (1.0, 5.0, Some(3.0)));
    }

    #[test]
    fn every_text_is_in_every_language() {
        let form = whole();
        for (place, text) in texts(&form) {
            let languages: Vec<&str> = text.0.keys().map(String::as_str).collect();
            let mut expected = LANGUAGES.to_vec();
            expected.sort();
            assert_eq!(languages, expected, "{place}");
            for (language, words) in &text.0 {
                assert!(!words.trim().is_empty(), "{place} is empty in {language}");
                assert_ne!(language, DEFAULT_LANGUAGE);
            }
        }
        for q in &form.questions {
            if !matches!(q.kind, Kind::EndGroup) {
                assert!(!q.label.is_empty(), "{} has no label", q.name);
            }
        }
        for i in Instrument::ALL {
            assert_eq!(i.label().0.len(), LANGUAGES.len());
            assert!(i.label().0.values().all(|w| !w.is_empty()));
        }
        assert_eq!(form.default_language.as_deref(), Some("English (en)"));
        let names: Vec<&str> = form.languages.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, LANGUAGES);
        let codes: Vec<&str> = form.languages.iter().filter_map(|l| l.code.as_deref()).collect();
        assert_eq!(codes, ["en", "fr", "it", "ar", "es", "uk", "fa", "bg"]);
    }

    #[test]
    fn arabic_is_written_in_arabic_letters() {
        let form = whole();
        let mut arabic: Vec<(String, String)> = texts(&form)
            .into_iter()
            .map(|(place, t)| (place, t.0.get("Arabic (ar)").cloned().unwrap_or_default()))
            .collect();
        for i in Instrument::ALL {
            arabic.push((i.code().to_string(), i.label().0.get("Arabic (ar)").cloned().unwrap_or_default()));
        }
        for (place, words) in arabic {
            assert!(words.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)), "{place}: {words}");
            assert!(!words.chars().any(|c| c.is_ascii_alphabetic()), "{place} has Latin letters: {words}");
            assert!(!words.contains('?') && !words.contains(','), "{place} uses Latin punctuation: {words}");
        }
    }

    #[test]
    fn persian_is_written_in_persian_letters() {
        let form = whole();
        let mut persian: Vec<(String, String)> = texts(&form)
            .into_iter()
            .map(|(place, t)| (place, t.0.get("Persian (fa)").cloned().unwrap_or_default()))
            .collect();
        for i in Instrument::ALL {
            persian.push((i.code().to_string(), i.label().0.get("Persian (fa)").cloned().unwrap_or_default()));
        }
        // Only the zero-width non-joiner, between letters: no other invisible or direction mark.
        let invisible = |c: char| {
            c != '\u{200C}'
                && matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
        };
        for (place, words) in persian {
            assert!(words.chars().any(|c| ('\u{0621}'..='\u{06CC}').contains(&c)), "{place}: {words}");
            assert!(!words.chars().any(|c| c.is_ascii_alphabetic()), "{place} has Latin letters: {words}");
            assert!(!words.contains(['\u{064A}', '\u{0643}', '\u{0649}']), "{place} uses Arabic yeh or kaf: {words}");
            assert!(!words.contains('?') && !words.contains(','), "{place} uses Latin punctuation: {words}");
            assert!(!words.chars().any(invisible), "{place}: {words:?}");
            assert!(!words.contains("\u{200C} ") && !words.contains(" \u{200C}"), "{place}: {words:?}");
        }
    }

    #[test]
    fn french_puts_a_no_break_space_before_high_punctuation() {
        for (place, t) in texts(&whole()) {
            let fr = t.0.get("French (fr)").cloned().unwrap_or_default();
            for mark in ['?', ':', ';', '!', '»'] {
                for (at, _) in fr.match_indices(mark) {
                    assert!(fr[..at].ends_with('\u{a0}'), "{place}: {fr}");
                }
            }
            assert!(!fr.contains('«') || fr.contains("«\u{a0}"), "{place}: {fr}");
        }
    }

    #[test]
    fn names_are_unique_stable_and_refer_to_what_exists() {
        let form = whole();
        let names: Vec<&str> =
            form.questions.iter().filter(|q| !matches!(q.kind, Kind::EndGroup)).map(|q| q.name.as_str()).collect();
        let unique: BTreeSet<&str> = names.iter().copied().collect();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        for name in &names {
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'), "{name}");
        }
        for q in &form.questions {
            if let Kind::SelectOne { list } | Kind::SelectMultiple { list } = &q.kind {
                assert!(form.list(list).is_some(), "{} uses a missing list {list}", q.name);
            }
            if let Some(relevant) = &q.relevant {
                for reference in relevant.split("${").skip(1) {
                    let name = reference.split('}').next().unwrap_or("");
                    assert!(form.question(name).is_some_and(|r| r.kind.is_answered()), "{}: {relevant}", q.name);
                }
            }
        }
        let lists: BTreeSet<&str> = form.choice_lists.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(lists.len(), form.choice_lists.len());
        for l in &form.choice_lists {
            let choices: BTreeSet<&str> = l.choices.iter().map(|c| c.name.as_str()).collect();
            assert_eq!(choices.len(), l.choices.len(), "{}", l.name);
        }
        let scores: BTreeSet<&str> = form.scores.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(scores.len(), form.scores.len());
        for s in &form.scores {
            assert!(!form.answered().any(|q| q.name == s.name), "score {} shares a name with a question", s.name);
            assert!(!s.items.is_empty());
            for item in &s.items {
                assert!(form.question(item).is_some_and(|q| q.kind.is_answered()), "{} needs {item}", s.name);
            }
        }
        let groups: Vec<&str> =
            form.questions.iter().filter(|q| q.kind == Kind::BeginGroup).map(|q| q.name.as_str()).collect();
        assert_eq!(groups, ["contact", "thermometer", "who5", "perceived", "belonging"]);
        let ends = form.questions.iter().filter(|q| q.kind == Kind::EndGroup).count();
        assert_eq!(ends, groups.len());
    }

    #[test]
    fn scale_choices_are_the_numbers_the_scores_read() {
        let form = whole();
        let names =
            |list: &str| -> Vec<String> { form.list(list).unwrap().choices.iter().map(|c| c.name.clone()).collect() };
        assert_eq!(names("frequency7"), ["1", "2", "3", "4", "5", "6", "7"]);
        assert_eq!(names("agree7"), ["1", "2", "3", "4", "5", "6", "7"]);
        assert_eq!(names("agree5"), ["1", "2", "3", "4", "5"]);
        assert_eq!(names("who5_scale"), ["5", "4", "3", "2", "1", "0"]);
        assert_eq!(form.list("who5_scale").unwrap().choices[5].label.get("English (en)", None), "At no time");
    }

    #[test]
    fn the_community_question_comes_first_and_is_required() {
        let form = whole();
        let first = &form.questions[0];
        assert_eq!(first.name, COMMUNITY);
        assert!(first.required);
        assert_eq!(first.kind, Kind::SelectOne { list: COMMUNITY.to_string() });
        let choices: Vec<&str> = form.list(COMMUNITY).unwrap().choices.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(choices, [ARRIVING, RECEIVING]);
        assert_eq!(form.community.as_deref(), Some(COMMUNITY));
        assert_eq!(form.detect_community().as_deref(), Some(COMMUNITY));
        assert_eq!(form.questions.iter().filter(|q| q.required).count(), 1);
    }

    #[test]
    fn the_other_group_is_named_for_each_side() {
        let form = whole();
        assert_eq!(
            form.question("contact_other_arriving").unwrap().relevant.as_deref(),
            Some("${community} = 'arriving'")
        );
        assert_eq!(
            form.question("contact_other_receiving").unwrap().relevant.as_deref(),
            Some("${community} = 'receiving'")
        );
        let quality = form.question("contact_pleasant").unwrap().relevant.clone().unwrap();
        assert!(quality.starts_with("not(${contact_work} = '1' and"), "{quality}");
        assert!(form.question("contact_work").unwrap().relevant.is_none());
    }

    #[test]
    fn a_form_holds_what_was_chosen_in_order_and_once() {
        let f = form(&[Instrument::Who5, Instrument::Contact, Instrument::Who5], &Text::plain("Spring"));
        let groups: Vec<&str> =
            f.questions.iter().filter(|q| q.kind == Kind::BeginGroup).map(|q| q.name.as_str()).collect();
        assert_eq!(groups, ["who5", "contact"]);
        assert_eq!(f.form_id, "bridges_who5_contact");
        assert_eq!(f.title.get("English (en)", None), "Spring");
        let scores: Vec<&str> = f.scores.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(scores, ["who5", "contact_quantity", "contact_quality"]);
        let lists: Vec<&str> = f.choice_lists.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(lists, ["community", "who5_scale", "frequency7", "agree7"]);
        assert_eq!(Instrument::Who5.scores(), vec![score_named(&f, "who5")]);

        let bare = form(&[], &Text::default());
        assert_eq!(bare.questions.len(), 1);
        assert_eq!(bare.form_id, "bridges_community");
        assert!(!bare.title.is_empty());
    }

    #[test]
    fn the_form_round_trips_through_json() {
        let form = whole();
        let json = serde_json::to_string(&form).unwrap();
        let back: Form = serde_json::from_str(&json).unwrap();
        assert_eq!(back, form);
    }
}
