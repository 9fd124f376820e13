//! The engine's reasons in people's words: each factor of a pair's score, and why someone waits.
//! The engine gives structured facts; this module only chooses the message and fills it in.

use crate::http::i18n::Tr;
use bridges_pairing::{Detail, Factor, Reason, MAX_SCORE};

/// One factor as a sentence, without its share of the score.
pub fn factor(tr: &Tr, f: &Factor) -> String {
    match &f.detail {
        Detail::Languages(codes) => tr.t_args("factor-languages", &[("languages", tr.languages(codes))]),
        Detail::Exchange { newcomer_teaches, volunteer_teaches } => tr.t_args(
            "factor-exchange",
            &[("newcomer", tr.languages(newcomer_teaches)), ("volunteer", tr.languages(volunteer_teaches))],
        ),
        Detail::Interests(list) if list.is_empty() => tr.t("factor-no-interests"),
        Detail::Interests(list) => {
            tr.t_args("factor-interests", &[("count", list.len().to_string()), ("interests", list.join(", "))])
        }
        Detail::Distance { km: Some(km), .. } => tr.t_args("factor-distance", &[("km", km.to_string())]),
        Detail::Distance { km: None, same_area: true } => tr.t("factor-same-area"),
        Detail::Distance { km: None, same_area: false } => tr.t("factor-distance-unknown"),
        Detail::SharedSlots(n) => tr.t_args("factor-slots", &[("count", n.to_string())]),
        Detail::Field(field) if field.is_empty() => tr.t("factor-other-field"),
        Detail::Field(field) => tr.t_args("factor-field", &[("field", field.clone())]),
        Detail::Waited { days } => tr.t_args("factor-waited", &[("days", days.to_string())]),
    }
}

/// A factor's share of the score, in whole percent of the best possible score.
pub fn share(f: &Factor) -> u32 {
    (u64::from(f.points) * 100 / u64::from(MAX_SCORE)) as u32
}

/// A score as a percentage of the best possible.
pub fn percent(score: u32) -> u32 {
    (u64::from(score) * 100 / u64::from(MAX_SCORE)) as u32
}

/// Why a newcomer waits, as a sentence and (for "no candidate") the rules that excluded volunteers.
pub fn reason(tr: &Tr, r: &Reason) -> (String, Vec<String>) {
    match r {
        Reason::NoCandidate { excluded } => (
            tr.t("reason-no-candidate"),
            excluded
                .iter()
                .map(|(c, n)| {
                    tr.t_args(
                        "reason-excluded-by",
                        &[("rule", tr.t(&format!("constraint-{}", c.as_str()))), ("count", n.to_string())],
                    )
                })
                .collect(),
        ),
        Reason::Outscored { candidates } => {
            (tr.t_args("reason-outscored", &[("count", candidates.to_string())]), Vec::new())
        }
    }
}
