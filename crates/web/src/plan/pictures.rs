//! The power analysis as pictures: the network of who moves whom, on the power page and in the
//! printable plan. The drawing is the chart engine's; this module only says who is a node, what
//! colour their stance is, and which way each relation moves people.

use crate::http::page::Page;
use bridges_plan::power::{Relation, RelationKind, Stakeholder, Stance};

/// A stance's colour, as the grid draws it: reds against, greens for, grey between.
pub fn stance_fill(stance: Stance) -> &'static str {
    match stance {
        Stance::Opposed => "#d9776f",
        Stance::Sceptical => "#f0b7b2",
        Stance::Neutral => "#c9c9d3",
        Stance::Supportive => "#b5e0c0",
        Stance::Champion => "#6fbf86",
    }
}

/// The network of who moves whom: each stakeholder a circle sized by influence and coloured by
/// stance, a ring around the decision-makers to move, an arrow from whoever moves to whoever is
/// moved (both ways, dashed, between allies).
pub fn who_moves_whom(page: &Page, people: &[Stakeholder], relations: &[Relation]) -> String {
    let nodes: Vec<bridges_measure::Node> = people
        .iter()
        .map(|p| bridges_measure::Node {
            label: &p.name,
            weight: p.influence,
            fill: stance_fill(p.stance),
            ringed: p.target,
        })
        .collect();
    let index = |key: &str| people.iter().position(|p| p.key == key);
    let edges: Vec<bridges_measure::Edge> = relations
        .iter()
        .filter_map(|r| {
            let (from, to) = (index(&r.from)?, index(&r.to)?);
            Some(match r.kind {
                RelationKind::Influences | RelationKind::Funds => bridges_measure::Edge { from, to, both: false },
                // Whoever `from` answers to can move them.
                RelationKind::AnswersTo => bridges_measure::Edge { from: to, to: from, both: false },
                RelationKind::AlliedWith => bridges_measure::Edge { from, to, both: true },
            })
        })
        .collect();
    let title = page.t("power-network");
    bridges_measure::network(&bridges_measure::NetworkSpec {
        title: &title,
        nodes: &nodes,
        edges: &edges,
        rtl: page.dir() == "rtl",
    })
}
