//! Surveys: a form in XLSForm's model (questions, choice lists, translations, groups), the
//! expressions its `relevant` and `constraint` columns hold, the checking of one response against
//! it, the ready-made instruments and how each is scored.
//!
//! A form is data: it is stored as JSON, imported from and exported to XLSForm workbooks, and read
//! by the pages that show it. Answers travel as ODK submissions do, one text per question name
//! (a select-multiple answer is its choice names separated by spaces), so a KoboToolbox export,
//! a paper form typed in and a public link all give the same thing.

pub mod answer;
pub mod expr;
pub mod form;
pub mod instrument;
pub mod xlsform;

pub use form::{Choice, ChoiceList, Form, Kind, Language, Question, Score, Scoring, Text, ARRIVING, RECEIVING};
pub use instrument::{score_response, Instrument};
pub use xlsform::{ExportError, FormProblem};
