//! How an indicator is doing: how far its latest value has moved from the baseline towards the
//! target, and the status a dashboard shows for it.

use serde::{Deserialize, Serialize};

/// Which way is better. Needed because "fewer people waiting" and "more people employed" are both
/// progress, and a status must not praise a number for moving the wrong way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// More is better.
    Up,
    /// Less is better.
    Down,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }

    pub fn parse(s: &str) -> Option<Direction> {
        let s = s.trim();
        [Direction::Up, Direction::Down].into_iter().find(|d| d.as_str().eq_ignore_ascii_case(s))
    }

    /// `a` is at least as good as `b`.
    fn at_least(self, a: f64, b: f64) -> bool {
        match self {
            Direction::Up => a >= b,
            Direction::Down => a <= b,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Achieved,
    OnTrack,
    OffTrack,
    NoTarget,
    NoData,
    Stale,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::OnTrack => "on-track",
            Status::OffTrack => "off-track",
            Status::NoTarget => "no-target",
            Status::NoData => "no-data",
            Status::Stale => "stale",
        }
    }
}

/// Everything [`assess`] needs about one indicator, gathered by the caller.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Assessment {
    pub direction: Direction,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub actual: Option<f64>,
    /// share of the way from the baseline's date to the target's date that has passed, 0..=1 (None when the indicator has no target date)
    pub time_elapsed: Option<f64>,
    /// the latest value is older than the indicator's period allows (the caller decides)
    pub stale: bool,
}

/// How far the actual has moved from the baseline towards the target: 0 at the baseline, 1 at the
/// target, negative when it went the wrong way; None without baseline/target/actual or when
/// baseline == target.
///
/// Also None when the target lies on the worse side of the baseline (a "more is better"
/// indicator whose target is below its baseline). Such a target is a floor to stay above, not a
/// distance to travel, and a fraction of the way towards it would call a decline progress.
pub fn progress(direction: Direction, baseline: Option<f64>, target: Option<f64>, actual: Option<f64>) -> Option<f64> {
    let (b, t, a) = (baseline?, target?, actual?);
    if !(b.is_finite() && t.is_finite() && a.is_finite()) || b == t || !direction.at_least(t, b) {
        return None;
    }
    Some((a - b) / (t - b))
}

/// A status for the dashboard.
///
/// NoData when no actual; Stale when stale; NoTarget without target; Achieved when the actual
/// reached the target in the good direction; otherwise OnTrack when progress keeps up with the
/// time that has passed (within 0.1), or, without a target date, when it is at least half way;
/// else OffTrack. Without a baseline, progress is measured from 0.
pub fn assess(a: &Assessment) -> Status {
    let Some(actual) = a.actual.filter(|v| v.is_finite()) else {
        return Status::NoData;
    };
    if a.stale {
        return Status::Stale;
    }
    let Some(target) = a.target.filter(|v| v.is_finite()) else {
        return Status::NoTarget;
    };
    if a.direction.at_least(actual, target) {
        return Status::Achieved;
    }
    // Not achieved and no distance to measure (a floor that was broken, or a baseline already at
    // the target that was lost) means the indicator is behind.
    let Some(done) = progress(a.direction, Some(a.baseline.unwrap_or(0.0)), Some(target), Some(actual)) else {
        return Status::OffTrack;
    };
    let needed = match a.time_elapsed {
        Some(t) if t.is_finite() => t.clamp(0.0, 1.0) - 0.1,
        _ => 0.5,
    };
    // Figures typed as decimals (0.4, 0.1) do not subtract exactly in binary; a hair's breadth
    // must not turn a status red.
    if done + 1e-9 >= needed {
        Status::OnTrack
    } else {
        Status::OffTrack
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assessment(direction: Direction, baseline: f64, target: f64, actual: f64, elapsed: f64) -> Assessment {
        Assessment {
            direction,
            baseline: Some(baseline),
            target: Some(target),
            actual: Some(actual),
            time_elapsed: Some(elapsed),
            stale: false,
        }
    }

    #[test]
    fn progress_up() {
        // 20 → 60 is 40 to go; 30 is 10 of them.
        assert_eq!(progress(Direction::Up, Some(20.0), Some(60.0), Some(30.0)), Some(0.25));
        assert_eq!(progress(Direction::Up, Some(20.0), Some(60.0), Some(60.0)), Some(1.0));
        assert_eq!(progress(Direction::Up, Some(20.0), Some(60.0), Some(10.0)), Some(-0.25));
        assert_eq!(progress(Direction::Up, Some(20.0), Some(60.0), Some(70.0)), Some(1.25));
    }

    #[test]
    fn progress_down() {
        // Waiting 40 days → 20 days is 20 to shed; at 35 five of them are gone.
        assert_eq!(progress(Direction::Down, Some(40.0), Some(20.0), Some(35.0)), Some(0.25));
        assert_eq!(progress(Direction::Down, Some(40.0), Some(20.0), Some(50.0)), Some(-0.5));
        assert_eq!(progress(Direction::Down, Some(40.0), Some(20.0), Some(20.0)), Some(1.0));
    }

    #[test]
    fn progress_needs_all_three_and_a_distance_the_right_way() {
        assert_eq!(progress(Direction::Up, None, Some(60.0), Some(30.0)), None);
        assert_eq!(progress(Direction::Up, Some(20.0), None, Some(30.0)), None);
        assert_eq!(progress(Direction::Up, Some(20.0), Some(60.0), None), None);
        assert_eq!(progress(Direction::Up, Some(20.0), Some(20.0), Some(30.0)), None);
        assert_eq!(progress(Direction::Up, Some(20.0), Some(10.0), Some(30.0)), None);
        assert_eq!(progress(Direction::Down, Some(20.0), Some(30.0), Some(25.0)), None);
        assert_eq!(progress(Direction::Up, Some(20.0), Some(60.0), Some(f64::NAN)), None);
    }

    #[test]
    fn statuses_in_order_of_precedence() {
        let base = assessment(Direction::Up, 20.0, 60.0, 30.0, 0.5);
        assert_eq!(assess(&Assessment { actual: None, stale: true, ..base }), Status::NoData);
        assert_eq!(assess(&Assessment { stale: true, ..base }), Status::Stale);
        assert_eq!(assess(&Assessment { target: None, ..base }), Status::NoTarget);
        assert_eq!(assess(&Assessment { actual: Some(61.0), ..base }), Status::Achieved);
    }

    #[test]
    fn up_on_and_off_track_against_time() {
        // Half the time gone: progress must be at least 0.4, i.e. 20 + 0.4 × 40 = 36.
        assert_eq!(assess(&assessment(Direction::Up, 20.0, 60.0, 36.0, 0.5)), Status::OnTrack);
        assert_eq!(assess(&assessment(Direction::Up, 20.0, 60.0, 35.0, 0.5)), Status::OffTrack);
        // Early on, even standing still is within the 0.1 allowance.
        assert_eq!(assess(&assessment(Direction::Up, 20.0, 60.0, 20.0, 0.05)), Status::OnTrack);
    }

    #[test]
    fn down_on_and_off_track_against_time() {
        // 80% of the time gone: at least 0.7 of 40 → 20, i.e. at most 40 - 14 = 26.
        assert_eq!(assess(&assessment(Direction::Down, 40.0, 20.0, 26.0, 0.8)), Status::OnTrack);
        assert_eq!(assess(&assessment(Direction::Down, 40.0, 20.0, 27.0, 0.8)), Status::OffTrack);
        assert_eq!(assess(&assessment(Direction::Down, 40.0, 20.0, 19.0, 0.8)), Status::Achieved);
    }

    #[test]
    fn without_a_date_half_way_is_on_track_and_without_a_baseline_zero_is_the_start() {
        let undated = Assessment { time_elapsed: None, ..assessment(Direction::Up, 20.0, 60.0, 40.0, 0.0) };
        assert_eq!(assess(&undated), Status::OnTrack);
        assert_eq!(assess(&Assessment { actual: Some(39.0), ..undated }), Status::OffTrack);
        // From 0 to 60, 30 is half way.
        let no_baseline = Assessment { baseline: None, actual: Some(30.0), ..undated };
        assert_eq!(assess(&no_baseline), Status::OnTrack);
        assert_eq!(assess(&Assessment { actual: Some(29.0), ..no_baseline }), Status::OffTrack);
    }

    #[test]
    fn a_floor_is_achieved_while_held_and_off_track_once_broken() {
        let floor = assessment(Direction::Up, 80.0, 70.0, 75.0, 0.5);
        assert_eq!(assess(&floor), Status::Achieved);
        assert_eq!(assess(&Assessment { actual: Some(65.0), ..floor }), Status::OffTrack);
    }

    #[test]
    fn names_parse_back() {
        assert_eq!(Direction::parse(" DOWN "), Some(Direction::Down));
        assert_eq!(Direction::parse("sideways"), None);
        assert_eq!(Status::OnTrack.as_str(), "on-track");
    }
}
