//! Step 4 of the toolkit: a power analysis of the people and institutions around a project.
//!
//! The map is a directed graph. An edge `a → b` means "a can move b": a influences b, a funds b,
//! b answers to a, b takes its cue from a; allies move each other both ways. From it:
//!
//! - **reach**: starting from the project's allies (stance supportive or champion), who can be
//!   reached, in how many steps, and through whom (the shortest chain of go-betweens);
//! - **leverage**: for each stakeholder who is not a target, how strongly it bears on the targets
//!   (influence along paths, halving with each extra step) times how reachable it is for the
//!   project; the ranking says whom to approach first, with the reason;
//! - **opponents**: where the stakeholders opposed to the project sit on the influence/interest
//!   grid, and who their own channels to the targets are;
//! - **cycles**: circles of mutual influence (a moves b moves c moves a), which the drawing and
//!   a strategist should treat as one bloc.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, VecDeque};

/// Where a stakeholder stands towards the project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Opposed,
    Sceptical,
    Neutral,
    Supportive,
    Champion,
}

impl Stance {
    pub const ALL: [Stance; 5] =
        [Stance::Opposed, Stance::Sceptical, Stance::Neutral, Stance::Supportive, Stance::Champion];

    /// −2 (opposed) to +2 (champion).
    pub fn value(self) -> i8 {
        match self {
            Stance::Opposed => -2,
            Stance::Sceptical => -1,
            Stance::Neutral => 0,
            Stance::Supportive => 1,
            Stance::Champion => 2,
        }
    }

    pub fn is_ally(self) -> bool {
        self >= Stance::Supportive
    }

    pub fn is_opponent(self) -> bool {
        self <= Stance::Sceptical
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Opposed => "opposed",
            Stance::Sceptical => "sceptical",
            Stance::Neutral => "neutral",
            Stance::Supportive => "supportive",
            Stance::Champion => "champion",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StakeholderKind {
    Institution,
    Person,
}

/// How two stakeholders are related, read as `from` … `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RelationKind {
    /// `from` influences `to`.
    Influences,
    /// `from` funds `to`.
    Funds,
    /// `from` answers to `to` (so `to` can move `from`).
    AnswersTo,
    /// `from` and `to` are allies (each can move the other).
    AlliedWith,
}

impl RelationKind {
    pub const ALL: [RelationKind; 4] =
        [RelationKind::Influences, RelationKind::Funds, RelationKind::AnswersTo, RelationKind::AlliedWith];

    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Influences => "influences",
            RelationKind::Funds => "funds",
            RelationKind::AnswersTo => "answers-to",
            RelationKind::AlliedWith => "allied-with",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stakeholder {
    /// Unique within the map.
    #[serde(default)]
    pub key: String,
    pub name: String,
    pub kind: StakeholderKind,
    /// 1 (little) to 5 (decisive) power over the outcome.
    pub influence: u8,
    /// 1 (indifferent) to 5 (deeply concerned).
    pub interest: u8,
    pub stance: Stance,
    /// The institution this stakeholder takes its cue from, if any (a key of the map).
    #[serde(default)]
    pub cue_from: Option<String>,
    /// A decision-maker the project needs to move.
    #[serde(default)]
    pub target: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    pub from: String,
    pub to: String,
    pub kind: RelationKind,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PowerError {
    #[error("stakeholder key {0:?} appears twice")]
    DuplicateKey(String),
    #[error("{0:?} refers to a stakeholder not on the map")]
    UnknownStakeholder(String),
    #[error("{0:?} relates to itself")]
    SelfRelation(String),
    #[error("{0:?}: influence and interest go from 1 to 5")]
    OutOfRange(String),
    #[error("a map holds at most {MAX_STAKEHOLDERS} stakeholders")]
    TooLarge,
}

/// Far more than a local project maps; it bounds the work (and the recursion of the cycle search).
pub const MAX_STAKEHOLDERS: usize = 1_000;

/// A stakeholder map, checked.
#[derive(Debug, Clone)]
pub struct PowerMap {
    stakeholders: Vec<Stakeholder>,
    index: BTreeMap<String, usize>,
    /// `moves[a]` = the stakeholders `a` can move directly, with the relation that lets it.
    moves: Vec<Vec<(usize, RelationKind)>>,
}

/// How the project reaches one stakeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    pub key: String,
    /// 0 for an ally itself; otherwise the number of steps from the nearest ally.
    pub steps: usize,
    /// The chain from an ally to this stakeholder, both ends included.
    pub through: Vec<String>,
}

/// A stakeholder worth approaching, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Leverage {
    pub key: String,
    pub score: f64,
    /// Targets it moves directly.
    pub moves_targets: Vec<String>,
    /// How the project gets to it (`None`: no known channel yet).
    pub reach: Option<Reach>,
}

/// A quarter of the influence/interest grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High influence, high interest: manage closely.
    KeyPlayers,
    /// High influence, low interest: keep satisfied.
    KeepSatisfied,
    /// Low influence, high interest: keep informed.
    KeepInformed,
    /// Low influence, low interest: monitor.
    Monitor,
}

impl Quadrant {
    /// 1–2 is low, 3–5 high, on both axes.
    pub fn of(s: &Stakeholder) -> Self {
        match (s.influence >= 3, s.interest >= 3) {
            (true, true) => Quadrant::KeyPlayers,
            (true, false) => Quadrant::KeepSatisfied,
            (false, true) => Quadrant::KeepInformed,
            (false, false) => Quadrant::Monitor,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Quadrant::KeyPlayers => "key-players",
            Quadrant::KeepSatisfied => "keep-satisfied",
            Quadrant::KeepInformed => "keep-informed",
            Quadrant::Monitor => "monitor",
        }
    }
}

/// An opponent, where it sits, and which targets it moves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opponent {
    pub key: String,
    pub quadrant: Quadrant,
    pub moves_targets: Vec<String>,
}

impl PowerMap {
    pub fn new(stakeholders: Vec<Stakeholder>, relations: &[Relation]) -> Result<Self, PowerError> {
        if stakeholders.len() > MAX_STAKEHOLDERS {
            return Err(PowerError::TooLarge);
        }
        let mut index = BTreeMap::new();
        for (i, s) in stakeholders.iter().enumerate() {
            if index.insert(s.key.clone(), i).is_some() {
                return Err(PowerError::DuplicateKey(s.key.clone()));
            }
            if !(1..=5).contains(&s.influence) || !(1..=5).contains(&s.interest) {
                return Err(PowerError::OutOfRange(s.key.clone()));
            }
        }
        let find = |k: &str| index.get(k).copied().ok_or_else(|| PowerError::UnknownStakeholder(k.to_string()));
        let mut moves: Vec<Vec<(usize, RelationKind)>> = vec![Vec::new(); stakeholders.len()];
        let mut add = |a: usize, b: usize, kind: RelationKind| {
            if !moves[a].iter().any(|(x, _)| *x == b) {
                moves[a].push((b, kind));
            }
        };
        for r in relations {
            let (from, to) = (find(&r.from)?, find(&r.to)?);
            if from == to {
                return Err(PowerError::SelfRelation(r.from.clone()));
            }
            match r.kind {
                RelationKind::Influences | RelationKind::Funds => add(from, to, r.kind),
                RelationKind::AnswersTo => add(to, from, r.kind),
                RelationKind::AlliedWith => {
                    add(from, to, r.kind);
                    add(to, from, r.kind);
                }
            }
        }
        for (i, s) in stakeholders.iter().enumerate() {
            if let Some(cue) = &s.cue_from {
                let source = find(cue)?;
                if source == i {
                    return Err(PowerError::SelfRelation(s.key.clone()));
                }
                add(source, i, RelationKind::Influences);
            }
        }
        for m in &mut moves {
            m.sort_unstable_by_key(|(j, _)| *j);
        }
        Ok(Self { stakeholders, index, moves })
    }

    pub fn stakeholders(&self) -> &[Stakeholder] {
        &self.stakeholders
    }

    pub fn get(&self, key: &str) -> Option<&Stakeholder> {
        self.index.get(key).map(|i| &self.stakeholders[*i])
    }

    /// Whom `key` can move directly.
    pub fn moves(&self, key: &str) -> Vec<&str> {
        self.index
            .get(key)
            .map(|i| self.moves[*i].iter().map(|(j, _)| self.stakeholders[*j].key.as_str()).collect())
            .unwrap_or_default()
    }

    /// Breadth-first from every ally at once: each reachable stakeholder with the shortest chain.
    /// Ties are broken by the order of the map, so the answer is the same every time.
    pub fn reach(&self) -> Vec<Reach> {
        let n = self.stakeholders.len();
        let mut parent: Vec<Option<usize>> = vec![None; n];
        let mut dist: Vec<Option<usize>> = vec![None; n];
        let mut queue = VecDeque::new();
        for (i, s) in self.stakeholders.iter().enumerate() {
            if s.stance.is_ally() {
                dist[i] = Some(0);
                queue.push_back(i);
            }
        }
        while let Some(a) = queue.pop_front() {
            let d = dist[a].unwrap_or(0);
            for &(b, _) in &self.moves[a] {
                if dist[b].is_none() {
                    dist[b] = Some(d + 1);
                    parent[b] = Some(a);
                    queue.push_back(b);
                }
            }
        }
        (0..n)
            .filter_map(|i| {
                let steps = dist[i]?;
                let mut chain = vec![i];
                let mut at = i;
                while let Some(p) = parent[at] {
                    chain.push(p);
                    at = p;
                }
                chain.reverse();
                Some(Reach {
                    key: self.stakeholders[i].key.clone(),
                    steps,
                    through: chain.into_iter().map(|j| self.stakeholders[j].key.clone()).collect(),
                })
            })
            .collect()
    }

    /// How strongly stakeholder `i` bears on the targets: for each target, the strongest path from
    /// `i` to it, where a path's strength is the product of the influence (out of 5) of every
    /// stakeholder along it except the target, so each extra go-between weakens it.
    fn pull_on_targets(&self, i: usize) -> f64 {
        let n = self.stakeholders.len();
        // Best strength to every node from `i`: a widest-path search (strengths only shrink).
        let mut best = vec![0.0_f64; n];
        best[i] = 1.0;
        let mut done = vec![false; n];
        for _ in 0..n {
            let Some(a) = (0..n).filter(|&a| !done[a] && best[a] > 0.0).max_by(|&x, &y| best[x].total_cmp(&best[y]))
            else {
                break;
            };
            done[a] = true;
            let carried = best[a] * f64::from(self.stakeholders[a].influence) / 5.0;
            for &(b, _) in &self.moves[a] {
                if carried > best[b] {
                    best[b] = carried;
                }
            }
        }
        (0..n)
            .filter(|&t| t != i && self.stakeholders[t].target)
            .map(|t| best[t] * f64::from(self.stakeholders[t].influence))
            .sum()
    }

    /// Stakeholders who are not targets, ranked by leverage: pull on the targets times
    /// reachability (1 for an ally, halving with each step away from the nearest ally, 0.1 for no
    /// known channel). Opponents are left out (see [`PowerMap::opponents`]).
    pub fn leverage(&self) -> Vec<Leverage> {
        let reach: BTreeMap<String, Reach> = self.reach().into_iter().map(|r| (r.key.clone(), r)).collect();
        let mut out: Vec<Leverage> = self
            .stakeholders
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.target && !s.stance.is_opponent())
            .filter_map(|(i, s)| {
                let pull = self.pull_on_targets(i);
                if pull <= 0.0 {
                    return None;
                }
                let r = reach.get(&s.key).cloned();
                let reachability = match &r {
                    Some(r) => 0.5_f64.powi(i32::try_from(r.steps).unwrap_or(i32::MAX)),
                    None => 0.1,
                };
                let moves_targets = self.moves[i]
                    .iter()
                    .filter(|(j, _)| self.stakeholders[*j].target)
                    .map(|(j, _)| self.stakeholders[*j].key.clone())
                    .collect();
                Some(Leverage { key: s.key.clone(), score: pull * reachability, moves_targets, reach: r })
            })
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.key.cmp(&b.key)));
        out
    }

    /// Opponents (opposed or sceptical), by quadrant, the most influential first.
    pub fn opponents(&self) -> Vec<Opponent> {
        let mut out: Vec<(u8, Opponent)> = self
            .stakeholders
            .iter()
            .enumerate()
            .filter(|(_, s)| s.stance.is_opponent())
            .map(|(i, s)| {
                let moves_targets = self.moves[i]
                    .iter()
                    .filter(|(j, _)| self.stakeholders[*j].target)
                    .map(|(j, _)| self.stakeholders[*j].key.clone())
                    .collect();
                (s.influence, Opponent { key: s.key.clone(), quadrant: Quadrant::of(s), moves_targets })
            })
            .collect();
        out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.key.cmp(&b.1.key)));
        out.into_iter().map(|(_, o)| o).collect()
    }

    /// Circles of mutual influence: the strongly connected parts of the graph with more than one
    /// member (Tarjan's algorithm), each listed in map order.
    pub fn cycles(&self) -> Vec<Vec<String>> {
        struct Tarjan<'a> {
            moves: &'a [Vec<(usize, RelationKind)>],
            index: Vec<Option<usize>>,
            low: Vec<usize>,
            on_stack: Vec<bool>,
            stack: Vec<usize>,
            next: usize,
            found: Vec<Vec<usize>>,
        }
        impl Tarjan<'_> {
            fn visit(&mut self, v: usize) {
                self.index[v] = Some(self.next);
                self.low[v] = self.next;
                self.next += 1;
                self.stack.push(v);
                self.on_stack[v] = true;
                for &(w, _) in &self.moves[v] {
                    match self.index[w] {
                        None => {
                            self.visit(w);
                            self.low[v] = self.low[v].min(self.low[w]);
                        }
                        Some(iw) if self.on_stack[w] => self.low[v] = self.low[v].min(iw),
                        Some(_) => {}
                    }
                }
                if Some(self.low[v]) == self.index[v] {
                    let mut part = Vec::new();
                    while let Some(w) = self.stack.pop() {
                        self.on_stack[w] = false;
                        part.push(w);
                        if w == v {
                            break;
                        }
                    }
                    if part.len() > 1 {
                        part.sort_unstable();
                        self.found.push(part);
                    }
                }
            }
        }
        let n = self.stakeholders.len();
        let mut t = Tarjan {
            moves: &self.moves,
            index: vec![None; n],
            low: vec![0; n],
            on_stack: vec![false; n],
            stack: Vec::new(),
            next: 0,
            found: Vec::new(),
        };
        for v in 0..n {
            if t.index[v].is_none() {
                t.visit(v);
            }
        }
        t.found.sort();
        t.found.into_iter().map(|p| p.into_iter().map(|i| self.stakeholders[i].key.clone()).collect()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn s(key: &str, influence: u8, stance: Stance, target: bool) -> Stakeholder {
        Stakeholder {
            key: key.into(),
            name: key.into(),
            kind: StakeholderKind::Institution,
            influence,
            interest: 3,
            stance,
            cue_from: None,
            target,
        }
    }

    fn r(from: &str, to: &str, kind: RelationKind) -> Relation {
        Relation { from: from.into(), to: to.into(), kind }
    }

    /// A council decides (target). The project's ally, a migrant forum, sits on a network with a
    /// faith group; the faith group's leader influences a councillor, who answers to the council
    /// leader... modelled as: the councillor influences the council. A local paper, sceptical,
    /// also influences the council. A housing charity, neutral, is funded by the council and no
    /// one the project knows talks to it.
    fn town() -> PowerMap {
        PowerMap::new(
            vec![
                s("forum", 2, Stance::Champion, false),
                s("faith", 3, Stance::Neutral, false),
                s("councillor", 4, Stance::Neutral, false),
                s("council", 5, Stance::Neutral, true),
                s("paper", 4, Stance::Sceptical, false),
                s("charity", 2, Stance::Neutral, false),
            ],
            &[
                r("forum", "faith", RelationKind::AlliedWith),
                r("faith", "councillor", RelationKind::Influences),
                r("councillor", "council", RelationKind::Influences),
                r("paper", "council", RelationKind::Influences),
                r("council", "charity", RelationKind::Funds),
            ],
        )
        .unwrap()
    }

    #[test]
    fn reach_follows_the_shortest_chain_from_allies() {
        let reach: BTreeMap<String, Reach> = town().reach().into_iter().map(|r| (r.key.clone(), r)).collect();
        assert_eq!(reach["forum"].steps, 0);
        assert_eq!(reach["councillor"].through, ["forum", "faith", "councillor"]);
        assert_eq!(reach["council"].steps, 3);
        assert_eq!(reach["charity"].through, ["forum", "faith", "councillor", "council", "charity"]);
        assert!(!reach.contains_key("paper"), "nobody the project knows moves the paper");
    }

    #[test]
    fn answers_to_and_cues_point_the_right_way() {
        let mut people = vec![
            s("mayor", 5, Stance::Supportive, false),
            s("officer", 2, Stance::Neutral, true),
            s("ngo", 2, Stance::Neutral, false),
        ];
        people[2].cue_from = Some("mayor".into());
        let map = PowerMap::new(people, &[r("officer", "mayor", RelationKind::AnswersTo)]).unwrap();
        assert_eq!(map.moves("mayor"), ["officer", "ngo"]);
        assert!(map.moves("officer").is_empty());
    }

    #[test]
    fn leverage_ranks_reachable_influence_on_targets() {
        let ranked = town().leverage();
        let keys: Vec<&str> = ranked.iter().map(|l| l.key.as_str()).collect();
        // The faith group is one step from the ally and moves the council through the councillor:
        // the door to open first (3/5 × 4/5 × 5 × ½ = 1.2). The councillor moves the council
        // directly but is two steps away (4/5 × 5 × ¼ = 1.0). The forum is an ally but its own
        // pull on the council passes through three go-betweens (0.96).
        assert_eq!(keys, ["faith", "councillor", "forum"]);
        assert!((ranked[0].score - 1.2).abs() < 1e-9 && (ranked[1].score - 1.0).abs() < 1e-9);
        assert!(ranked[0].moves_targets.is_empty());
        assert_eq!(ranked[1].moves_targets, ["council"]);
        assert_eq!(
            ranked[0].reach.as_ref().map(|r| r.through.clone()),
            Some(vec!["forum".to_string(), "faith".to_string()])
        );
        assert!(ranked.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn unreachable_influence_still_ranks_but_low() {
        let map = PowerMap::new(
            vec![
                s("ally", 1, Stance::Supportive, false),
                s("stranger", 5, Stance::Neutral, false),
                s("target", 5, Stance::Neutral, true),
            ],
            &[r("stranger", "target", RelationKind::Influences)],
        )
        .unwrap();
        let ranked = map.leverage();
        assert_eq!(ranked.len(), 1);
        assert_eq!(ranked[0].key, "stranger");
        assert!(ranked[0].reach.is_none());
    }

    #[test]
    fn opponents_by_quadrant() {
        let opponents = town().opponents();
        assert_eq!(opponents.len(), 1);
        assert_eq!(opponents[0].key, "paper");
        assert_eq!(opponents[0].quadrant, Quadrant::KeyPlayers);
        assert_eq!(opponents[0].moves_targets, ["council"]);
    }

    #[test]
    fn finds_circles_of_mutual_influence() {
        let map = PowerMap::new(
            vec![
                s("a", 3, Stance::Neutral, false),
                s("b", 3, Stance::Neutral, false),
                s("c", 3, Stance::Neutral, false),
                s("d", 3, Stance::Neutral, false),
                s("e", 3, Stance::Neutral, false),
            ],
            &[
                r("a", "b", RelationKind::Influences),
                r("b", "c", RelationKind::Funds),
                r("c", "a", RelationKind::Influences),
                r("c", "d", RelationKind::Influences),
                r("d", "e", RelationKind::AlliedWith),
            ],
        )
        .unwrap();
        assert_eq!(map.cycles(), vec![vec!["a", "b", "c"], vec!["d", "e"]]);
        assert!(town().cycles() == vec![vec!["forum".to_string(), "faith".to_string()]], "allies move each other");
    }

    #[test]
    fn bad_maps_are_refused() {
        let one = |k: &str| s(k, 3, Stance::Neutral, false);
        assert_eq!(PowerMap::new(vec![one("a"), one("a")], &[]).unwrap_err(), PowerError::DuplicateKey("a".into()));
        assert_eq!(
            PowerMap::new(vec![one("a")], &[r("a", "z", RelationKind::Funds)]).unwrap_err(),
            PowerError::UnknownStakeholder("z".into())
        );
        assert_eq!(
            PowerMap::new(vec![one("a")], &[r("a", "a", RelationKind::Funds)]).unwrap_err(),
            PowerError::SelfRelation("a".into())
        );
        assert_eq!(
            PowerMap::new(vec![s("a", 9, Stance::Neutral, false)], &[]).unwrap_err(),
            PowerError::OutOfRange("a".into())
        );
        let mut cue = one("a");
        cue.cue_from = Some("ghost".into());
        assert!(PowerMap::new(vec![cue], &[]).is_err());
        assert_eq!(
            PowerMap::new((0..=MAX_STAKEHOLDERS).map(|i| one(&i.to_string())).collect(), &[]).unwrap_err(),
            PowerError::TooLarge
        );
    }

    fn arbitrary_map() -> impl Strategy<Value = PowerMap> {
        (2usize..12).prop_flat_map(|n| {
            let people = proptest::collection::vec((1u8..=5, 0usize..5, any::<bool>()), n);
            let edges = proptest::collection::vec((0..n, 0..n, 0usize..4), 0..30);
            (people, edges).prop_map(|(people, edges)| {
                let stakeholders: Vec<Stakeholder> = people
                    .iter()
                    .enumerate()
                    .map(|(i, (inf, st, t))| s(&format!("s{i}"), *inf, Stance::ALL[*st], *t))
                    .collect();
                let relations: Vec<Relation> = edges
                    .into_iter()
                    .filter(|(a, b, _)| a != b)
                    .map(|(a, b, k)| r(&format!("s{a}"), &format!("s{b}"), RelationKind::ALL[k]))
                    .collect();
                PowerMap::new(stakeholders, &relations).unwrap()
            })
        })
    }

    proptest! {
        #[test]
        fn every_reach_chain_is_a_real_path(map in arbitrary_map()) {
            for reach in map.reach() {
                prop_assert_eq!(reach.through.len(), reach.steps + 1);
                prop_assert!(map.get(&reach.through[0]).is_some_and(|s| s.stance.is_ally()));
                for pair in reach.through.windows(2) {
                    prop_assert!(map.moves(&pair[0]).contains(&pair[1].as_str()));
                }
            }
        }

        #[test]
        fn leverage_is_sorted_positive_and_excludes_targets(map in arbitrary_map()) {
            let ranked = map.leverage();
            prop_assert!(ranked.windows(2).all(|w| w[0].score >= w[1].score));
            for l in &ranked {
                prop_assert!(l.score > 0.0);
                prop_assert!(map.get(&l.key).is_some_and(|s| !s.target && !s.stance.is_opponent()));
            }
        }

        #[test]
        fn cycle_members_reach_each_other(map in arbitrary_map()) {
            for cycle in map.cycles() {
                prop_assert!(cycle.len() > 1);
                for a in &cycle {
                    // Each member moves at least one other member directly.
                    prop_assert!(map.moves(a).iter().any(|b| cycle.iter().any(|c| c == b)));
                }
            }
        }
    }
}
