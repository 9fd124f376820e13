//! The statistics a survey report may honestly print: every estimate carries the number of people
//! it rests on and a 95% interval, and an estimate resting on fewer than k people is withheld.
//!
//! - [`mean`]: a mean with its Student t interval.
//! - [`proportion`]: a share with its Wilson score interval, which stays inside 0..1 and is
//!   usable for 0 of 10 or 10 of 10, where the textbook normal interval collapses to a point.
//! - [`difference`]: two independent groups (arriving and receiving communities, or two waves
//!   answered by different people) with Welch's interval, which does not assume equal spreads,
//!   and Hedges' g.
//! - [`proportion_difference`]: two shares with Newcombe's hybrid score interval.
//! - [`paired`]: the same respondents before and after (matched by [`pair_by_code`]) with the t
//!   interval of the mean change and the effect size d_z.
//! - [`perception_gap`]: how far what people think lies from the actual figure.
//! - [`report`] and [`frequency_table`]: what a reader outside the staff may see.
//!
//! Values that are not finite numbers (NaN, infinities) are left out, and the n an estimate
//! carries counts only the values it was computed from, so a form that let a bad value through
//! lowers n rather than poisoning the figure. Where a quantity is undefined (the spread of a
//! single answer) it is `None` and serialises as `null`; no NaN is ever handed on.

use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

use crate::suppress::{self, Shown, Threshold};

/// The 0.975 quantile of the standard normal distribution: a 95% two-sided interval.
pub const Z_95: f64 = 1.959963984540054;

/// A two-sided 95% confidence interval. It is written beside its estimate as `ci_low` and
/// `ci_high` (each estimate's `ci` field is flattened), the names the results API promises.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Serialize for Interval {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("ci_low", &self.low)?;
        map.serialize_entry("ci_high", &self.high)?;
        map.end()
    }
}

impl Interval {
    fn around(centre: f64, half_width: f64) -> Option<Interval> {
        let interval = Interval { low: centre - half_width, high: centre + half_width };
        (interval.low.is_finite() && interval.high.is_finite()).then_some(interval)
    }

    fn shifted(self, by: f64) -> Option<Interval> {
        let interval = Interval { low: self.low + by, high: self.high + by };
        (interval.low.is_finite() && interval.high.is_finite()).then_some(interval)
    }
}

/// A mean over `n` answers. With one answer there is no spread, so `sd` and `ci` are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Mean {
    pub n: u64,
    pub mean: f64,
    /// The sample standard deviation (divisor n - 1).
    pub sd: Option<f64>,
    /// mean ± t(0.975, n - 1) · sd / √n.
    #[serde(flatten)]
    pub ci: Option<Interval>,
}

/// `successes` of `n` people, with the Wilson score interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Proportion {
    pub n: u64,
    pub successes: u64,
    pub p: f64,
    #[serde(flatten)]
    pub ci: Interval,
}

/// The mean of group a minus the mean of group b, for two groups of different people.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Difference {
    pub n_a: u64,
    pub n_b: u64,
    pub mean_a: f64,
    pub mean_b: f64,
    pub estimate: f64,
    /// Welch's interval with Welch–Satterthwaite degrees of freedom; `None` unless both groups
    /// have at least two answers.
    #[serde(flatten)]
    pub ci: Option<Interval>,
    /// Hedges' g: the difference over the pooled standard deviation, times the exact small-sample
    /// correction J(n_a + n_b - 2). `None` when the pooled spread is zero or undefined.
    pub effect_size: Option<f64>,
}

/// The share in group a minus the share in group b.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ProportionDifference {
    pub a: Proportion,
    pub b: Proportion,
    pub estimate: f64,
    /// Newcombe's hybrid score interval (his method 10), built from the two Wilson intervals.
    #[serde(flatten)]
    pub ci: Interval,
}

/// The same `n` respondents before and after: the mean of (after - before).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Paired {
    pub n: u64,
    pub before: f64,
    pub after: f64,
    pub change: f64,
    /// The standard deviation of the changes.
    pub sd: Option<f64>,
    #[serde(flatten)]
    pub ci: Option<Interval>,
    /// d_z: the mean change over the standard deviation of the changes. `None` when every
    /// respondent changed by the same amount (or there is one pair).
    pub effect_size: Option<f64>,
}

/// What `n` people perceive (their mean answer) minus the actual figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PerceptionGap {
    pub n: u64,
    pub perceived: f64,
    pub actual: f64,
    /// perceived - actual: positive when people overestimate.
    pub gap: f64,
    /// The t interval of the perceived mean, shifted by the actual figure (which is taken as
    /// known exactly).
    #[serde(flatten)]
    pub ci: Option<Interval>,
}

/// The mean and variance of finite values, or `None` when there are none or the arithmetic
/// overflows.
struct Moments {
    n: u64,
    mean: f64,
    /// Divisor n - 1; `None` for a single value.
    variance: Option<f64>,
}

fn moments(values: &[f64]) -> Option<Moments> {
    let finite = || values.iter().copied().filter(|v| v.is_finite());
    let count = finite().count();
    if count == 0 {
        return None;
    }
    let n = count as f64;
    let mean = finite().sum::<f64>() / n;
    if !mean.is_finite() {
        return None;
    }
    let variance = if count < 2 {
        None
    } else {
        let squares: f64 = finite().map(|v| (v - mean) * (v - mean)).sum();
        let variance = squares / (n - 1.0);
        if !variance.is_finite() {
            return None;
        }
        Some(variance)
    };
    Some(Moments { n: count as u64, mean, variance })
}

impl Moments {
    fn sd(&self) -> Option<f64> {
        self.variance.map(f64::sqrt)
    }

    fn t_interval(&self) -> Option<Interval> {
        let sd = self.sd()?;
        let t = t_quantile(0.975, self.n as f64 - 1.0)?;
        Interval::around(self.mean, t * sd / (self.n as f64).sqrt())
    }
}

/// The mean of the finite values, with its 95% t interval. `None` when no value is finite.
pub fn mean(values: &[f64]) -> Option<Mean> {
    let m = moments(values)?;
    Some(Mean { n: m.n, mean: m.mean, sd: m.sd(), ci: m.t_interval() })
}

/// `successes` of `n` with the 95% Wilson score interval. `None` when `n` is 0 or `successes`
/// exceeds it.
pub fn proportion(successes: u64, n: u64) -> Option<Proportion> {
    if n == 0 || successes > n {
        return None;
    }
    let size = n as f64;
    let p = successes as f64 / size;
    let z2 = Z_95 * Z_95;
    let denominator = 1.0 + z2 / size;
    let centre = (p + z2 / (2.0 * size)) / denominator;
    let half = Z_95 / denominator * (p * (1.0 - p) / size + z2 / (4.0 * size * size)).sqrt();
    // The bounds at 0 and n are exactly 0 and 1; rounding must not push them outside.
    let low = if successes == 0 { 0.0 } else { (centre - half).max(0.0) };
    let high = if successes == n { 1.0 } else { (centre + half).min(1.0) };
    Some(Proportion { n, successes, p, ci: Interval { low, high } })
}

/// The mean of `a` minus the mean of `b` (finite values of each), for two groups of different
/// people. `None` when either group has no finite value.
pub fn difference(a: &[f64], b: &[f64]) -> Option<Difference> {
    let ma = moments(a)?;
    let mb = moments(b)?;
    let estimate = ma.mean - mb.mean;
    if !estimate.is_finite() {
        return None;
    }
    let (ci, effect_size) = match (ma.variance, mb.variance) {
        (Some(va), Some(vb)) => (welch_interval(estimate, &ma, va, &mb, vb), hedges_g(estimate, &ma, va, &mb, vb)),
        _ => (None, None),
    };
    Some(Difference { n_a: ma.n, n_b: mb.n, mean_a: ma.mean, mean_b: mb.mean, estimate, ci, effect_size })
}

fn welch_interval(estimate: f64, a: &Moments, va: f64, b: &Moments, vb: f64) -> Option<Interval> {
    let (na, nb) = (a.n as f64, b.n as f64);
    let (sa, sb) = (va / na, vb / nb);
    let se2 = sa + sb;
    if se2 == 0.0 {
        // Neither group varies: every t quantile times a zero standard error is zero.
        return Some(Interval { low: estimate, high: estimate });
    }
    let df = se2 * se2 / (sa * sa / (na - 1.0) + sb * sb / (nb - 1.0));
    let t = t_quantile(0.975, df)?;
    Interval::around(estimate, t * se2.sqrt())
}

fn hedges_g(estimate: f64, a: &Moments, va: f64, b: &Moments, vb: f64) -> Option<f64> {
    let (na, nb) = (a.n as f64, b.n as f64);
    let df = na + nb - 2.0;
    let pooled = (((na - 1.0) * va + (nb - 1.0) * vb) / df).sqrt();
    if pooled.is_nan() || pooled <= 0.0 {
        return None;
    }
    // J(m) = Γ(m/2) / (√(m/2) Γ((m-1)/2)), Hedges (1981); m >= 2 here as both groups have two.
    let h = (df - 1.0) / 2.0;
    let j = (ln_gamma_half_ratio(h) - 0.5 * (df / 2.0).ln()).exp();
    let g = j * estimate / pooled;
    g.is_finite().then_some(g)
}

/// `x_a` of `n_a` minus `x_b` of `n_b`, with Newcombe's hybrid score interval. `None` when either
/// proportion is undefined.
pub fn proportion_difference(x_a: u64, n_a: u64, x_b: u64, n_b: u64) -> Option<ProportionDifference> {
    let a = proportion(x_a, n_a)?;
    let b = proportion(x_b, n_b)?;
    let estimate = a.p - b.p;
    let below = (a.p - a.ci.low).hypot(b.ci.high - b.p);
    let above = (a.ci.high - a.p).hypot(b.p - b.ci.low);
    let ci = Interval { low: (estimate - below).max(-1.0), high: (estimate + above).min(1.0) };
    Some(ProportionDifference { a, b, estimate, ci })
}

/// The mean change from before to after over pairs of answers by the same respondents. A pair
/// with a value that is not finite is left out. `None` when no pair is left.
pub fn paired(before_after: &[(f64, f64)]) -> Option<Paired> {
    let kept: Vec<(f64, f64)> =
        before_after.iter().copied().filter(|(before, after)| before.is_finite() && after.is_finite()).collect();
    let changes: Vec<f64> = kept.iter().map(|(before, after)| after - before).collect();
    if changes.iter().any(|c| !c.is_finite()) {
        return None;
    }
    let change = moments(&changes)?;
    let before = moments(&kept.iter().map(|(before, _)| *before).collect::<Vec<_>>())?;
    let after = moments(&kept.iter().map(|(_, after)| *after).collect::<Vec<_>>())?;
    let sd = change.sd();
    let effect_size = sd.filter(|sd| *sd > 0.0).map(|sd| change.mean / sd).filter(|d| d.is_finite());
    Some(Paired {
        n: change.n,
        before: before.mean,
        after: after.mean,
        change: change.mean,
        sd,
        ci: change.t_interval(),
        effect_size,
    })
}

/// Pairs the answers of the two waves by each respondent's pseudonymous code, in the order of the
/// codes. A code answered in one wave only has nothing to compare; a code given twice in one wave
/// is left out, since which answer is that person's cannot be told.
pub fn pair_by_code<C: Ord>(before: &[(C, f64)], after: &[(C, f64)]) -> Vec<(f64, f64)> {
    fn once<C: Ord>(wave: &[(C, f64)]) -> BTreeMap<&C, Option<f64>> {
        let mut by_code: BTreeMap<&C, Option<f64>> = BTreeMap::new();
        for (code, value) in wave {
            by_code.entry(code).and_modify(|seen| *seen = None).or_insert(Some(*value));
        }
        by_code
    }
    let after = once(after);
    once(before).into_iter().filter_map(|(code, before)| Some((before?, after.get(code).copied().flatten()?))).collect()
}

/// The mean of what people perceive (finite answers) minus the `actual` figure. `None` when the
/// actual figure is not finite or no answer is.
pub fn perception_gap(perceived: &[f64], actual: f64) -> Option<PerceptionGap> {
    if !actual.is_finite() {
        return None;
    }
    let m = moments(perceived)?;
    let gap = m.mean - actual;
    if !gap.is_finite() {
        return None;
    }
    let ci = m.t_interval().and_then(|ci| ci.shifted(-actual));
    Some(PerceptionGap { n: m.n, perceived: m.mean, actual, gap, ci })
}

/// An estimate that names how many people stand behind each figure it shows.
pub trait Estimate {
    /// The counts of people the estimate's figures are derived from: a mean's n, both groups of a
    /// difference, and for a share also those who said yes and those who did not, since "3% of
    /// 100" names three people as surely as "3" does.
    fn counts(&self) -> Vec<u64>;
}

impl Estimate for Mean {
    fn counts(&self) -> Vec<u64> {
        vec![self.n]
    }
}

impl Estimate for Proportion {
    fn counts(&self) -> Vec<u64> {
        vec![self.n, self.successes, self.n.saturating_sub(self.successes)]
    }
}

impl Estimate for Difference {
    fn counts(&self) -> Vec<u64> {
        vec![self.n_a, self.n_b]
    }
}

impl Estimate for ProportionDifference {
    fn counts(&self) -> Vec<u64> {
        let mut counts = self.a.counts();
        counts.extend(self.b.counts());
        counts
    }
}

impl Estimate for Paired {
    fn counts(&self) -> Vec<u64> {
        vec![self.n]
    }
}

impl Estimate for PerceptionGap {
    fn counts(&self) -> Vec<u64> {
        vec![self.n]
    }
}

/// An estimate as a reader outside the staff may see it. Serialises as
/// `{"suppressed": false, ...the estimate's fields}` or `{"suppressed": true, "k": 10}`, the
/// latter with no figure at all.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reported<T> {
    Shown(T),
    /// Rests on fewer than k people: shown as "fewer than k".
    Suppressed {
        k: u32,
    },
}

impl<T> Reported<T> {
    pub fn shown(&self) -> Option<&T> {
        match self {
            Reported::Shown(estimate) => Some(estimate),
            Reported::Suppressed { .. } => None,
        }
    }
}

impl<T: Serialize> Serialize for Reported<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Visible<'a, T> {
            suppressed: bool,
            #[serde(flatten)]
            estimate: &'a T,
        }
        #[derive(Serialize)]
        struct Withheld {
            suppressed: bool,
            k: u32,
        }
        match self {
            Reported::Shown(estimate) => Visible { suppressed: false, estimate }.serialize(serializer),
            Reported::Suppressed { k } => Withheld { suppressed: true, k: *k }.serialize(serializer),
        }
    }
}

/// Withholds the whole estimate when any count it rests on is between 1 and k - 1 (zero is
/// nobody, and an estimate never rests on zero people).
pub fn report<T: Estimate>(estimate: T, k: Threshold) -> Reported<T> {
    let few = |count: &u64| *count > 0 && *count < u64::from(k.get());
    if estimate.counts().iter().any(few) {
        Reported::Suppressed { k: k.get() }
    } else {
        Reported::Shown(estimate)
    }
}

/// One choice's line in a frequency table.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ChoiceCount {
    pub count: Shown,
    /// Only for a shown count under a shown total: a share of a withheld cell would give it away.
    pub proportion: Option<Proportion>,
}

/// How the people of one group answered one single-choice question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrequencyTable {
    pub total: Shown,
    /// In the order of the counts handed in.
    pub choices: Vec<ChoiceCount>,
}

/// The counts per choice of one question within one group (the total is their sum), as a reader
/// may see them.
///
/// Cells are withheld as [`suppress::cells`] does. Beyond that, while the withheld cells together
/// hold 1..k-1 people (which the total minus the shown cells reveals, e.g. "7 people chose one of
/// the two unsafe answers"), the smallest shown non-zero cell is hidden too.
pub fn frequency_table(counts: &[u64], k: Threshold) -> FrequencyTable {
    let total = counts.iter().fold(0u64, |sum, c| sum.saturating_add(*c));
    let shown_total = suppress::count(total, k);
    let mut cells = suppress::cells(counts, k);
    if shown_total.value().is_some() {
        let few = |n: u64| n > 0 && n < u64::from(k.get());
        loop {
            let withheld = counts
                .iter()
                .zip(&cells)
                .filter(|(_, shown)| shown.value().is_none())
                .fold(0u64, |sum, (c, _)| sum.saturating_add(*c));
            if !few(withheld) {
                break;
            }
            let smallest = counts
                .iter()
                .zip(&cells)
                .enumerate()
                .filter(|(_, (c, shown))| **c > 0 && shown.value().is_some())
                .min_by_key(|(i, (c, _))| (**c, *i))
                .map(|(i, _)| i);
            // Hiding every non-zero cell leaves the whole total withheld, which is not few; the
            // break only guards against that reasoning ever being wrong.
            match smallest.and_then(|i| cells.get_mut(i)) {
                Some(cell) => *cell = Shown::Hidden,
                None => break,
            }
        }
    }
    let choices = counts
        .iter()
        .zip(cells)
        .map(|(c, count)| {
            let visible = count.value().is_some() && shown_total.value().is_some();
            ChoiceCount { count, proportion: if visible { proportion(*c, total) } else { None } }
        })
        .collect();
    FrequencyTable { total: shown_total, choices }
}

// Student's t distribution.
//
// P(|T| > t) = I_x(ν/2, 1/2) with x = ν / (ν + t²), the regularised incomplete beta function,
// evaluated by its continued fraction (Numerical Recipes, 3rd ed., §6.4). The quantile is found by
// safeguarded Newton steps on that tail; above 10⁵ degrees of freedom, from the normal quantile by
// an expansion in 1/ν (see LARGE_DF). Checked against SciPy and mpmath to 10⁻¹² for ν from 0.3 to
// 10⁹.

/// The p-quantile of Student's t with `df` degrees of freedom (any positive real, as Welch's
/// degrees of freedom are fractional). `None` unless 0 < p < 1 and df is positive and finite.
pub fn t_quantile(p: f64, df: f64) -> Option<f64> {
    if !(p > 0.0 && p < 1.0 && df > 0.0 && df.is_finite()) {
        return None;
    }
    if p == 0.5 {
        return Some(0.0);
    }
    let tail = p.min(1.0 - p);
    let t = t_upper_quantile(tail, df)?;
    Some(if p > 0.5 { t } else { -t })
}

/// Above this many degrees of freedom the continued fraction, run for thousands of steps with x
/// close to 1, loses digits (2·10⁻¹⁰ relative at ν = 10⁷), while the expansion in 1/ν of
/// Abramowitz and Stegun 26.7.5 is exact to machine precision.
const LARGE_DF: f64 = 1e5;

/// The t > 0 whose upper tail is `tail` (< 0.5).
fn t_upper_quantile(tail: f64, df: f64) -> Option<f64> {
    if df > LARGE_DF {
        let z = upper_quantile(tail, normal_upper_tail, normal_density)?;
        let z2 = z * z;
        let g1 = z * (z2 + 1.0) / 4.0;
        let g2 = z * ((5.0 * z2 + 16.0) * z2 + 3.0) / 96.0;
        let g3 = z * (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) / 384.0;
        let g4 = z * ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) / 92160.0;
        let t = z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
        return t.is_finite().then_some(t);
    }
    upper_quantile(tail, |t| t_upper_tail(t, df), |t| t_density(t, df))
}

/// The x > 0 at which a falling upper tail equals `tail` (< 0.5), by Newton steps kept inside a
/// bracket that bisection narrows whenever Newton would leave it.
fn upper_quantile(tail: f64, upper: impl Fn(f64) -> f64, density: impl Fn(f64) -> f64) -> Option<f64> {
    let (mut low, mut high) = (0.0f64, 1.0f64);
    while upper(high) > tail {
        low = high;
        high *= 2.0;
        if !high.is_finite() {
            return None;
        }
    }
    let mut x = (low + high) / 2.0;
    for _ in 0..200 {
        let excess = upper(x) - tail;
        if excess == 0.0 {
            return Some(x);
        }
        if excess > 0.0 {
            low = x;
        } else {
            high = x;
        }
        // The tail falls as x grows, so its derivative is -density.
        let newton = x + excess / density(x);
        let next = if newton > low && newton < high { newton } else { (low + high) / 2.0 };
        if (next - x).abs() <= 1e-15 * x.max(1.0) || high - low <= 1e-15 * high {
            return Some(next);
        }
        x = next;
    }
    Some(x)
}

/// P(Z > z) for the standard normal and z >= 0: half the regularised upper incomplete gamma
/// Q(1/2, z²/2), by its series below 3/2 and its continued fraction above (Numerical Recipes,
/// 3rd ed., §6.2).
fn normal_upper_tail(z: f64) -> f64 {
    const LN_SQRT_PI: f64 = 0.572_364_942_924_700_1;
    let x = z * z / 2.0;
    if x == 0.0 {
        return 0.5;
    }
    if x.is_infinite() {
        return 0.0;
    }
    let ln_front = -x + 0.5 * x.ln() - LN_SQRT_PI;
    let q = if x < 1.5 {
        let (mut term, mut sum, mut ap) = (2.0, 2.0, 0.5);
        for _ in 0..1000 {
            ap += 1.0;
            term *= x / ap;
            sum += term;
            if term.abs() < sum.abs() * 1e-17 {
                break;
            }
        }
        1.0 - sum * ln_front.exp()
    } else {
        const TINY: f64 = 1e-300;
        let nonzero = |v: f64| if v.abs() < TINY { TINY } else { v };
        let mut b = x + 0.5;
        let mut c = 1.0 / TINY;
        let mut d = 1.0 / b;
        let mut h = d;
        for i in 1..1000u32 {
            let i = f64::from(i);
            let an = -i * (i - 0.5);
            b += 2.0;
            d = 1.0 / nonzero(an * d + b);
            c = nonzero(b + an / c);
            let step = d * c;
            h *= step;
            if (step - 1.0).abs() < 1e-16 {
                break;
            }
        }
        ln_front.exp() * h
    };
    (q / 2.0).clamp(0.0, 0.5)
}

fn normal_density(z: f64) -> f64 {
    const LN_SQRT_2PI: f64 = 0.918_938_533_204_672_7;
    (-z * z / 2.0 - LN_SQRT_2PI).exp()
}

/// P(T > t) for t >= 0.
fn t_upper_tail(t: f64, df: f64) -> f64 {
    if t == 0.0 {
        return 0.5;
    }
    if t.is_infinite() {
        return 0.0;
    }
    let ratio = t * t / df;
    if ratio.is_infinite() {
        return 0.0;
    }
    let a = df / 2.0;
    // x = ν/(ν+t²) and y = 1 - x = t²/(ν+t²), each formed directly so neither loses digits to
    // the subtraction when the other is close to 1.
    let x = 1.0 / (1.0 + ratio);
    let y = ratio / (1.0 + ratio);
    let ln_front = -a * ratio.ln_1p() + 0.5 * y.ln() - ln_beta_half(a);
    let two_sided = if x < (a + 1.0) / (a + 2.5) {
        ln_front.exp() * beta_continued_fraction(a, 0.5, x) / a
    } else {
        1.0 - ln_front.exp() * beta_continued_fraction(0.5, a, y) / 0.5
    };
    (two_sided / 2.0).clamp(0.0, 0.5)
}

fn t_density(t: f64, df: f64) -> f64 {
    (-ln_beta_half(df / 2.0) - 0.5 * df.ln() - (df + 1.0) / 2.0 * (t * t / df).ln_1p()).exp()
}

/// The continued fraction of I_x(a, b), by the modified Lentz method.
fn beta_continued_fraction(a: f64, b: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let nonzero = |v: f64| if v.abs() < TINY { TINY } else { v };
    let mut c = 1.0;
    let mut d = 1.0 / nonzero(1.0 - (a + b) * x / (a + 1.0));
    let mut h = d;
    // Converges in O(√max(a, b)) steps: ν = 10⁷ needs a few thousand.
    for m in 1..100_000u32 {
        let m = f64::from(m);
        let even = m * (b - m) * x / ((a + 2.0 * m - 1.0) * (a + 2.0 * m));
        d = 1.0 / nonzero(1.0 + even * d);
        c = nonzero(1.0 + even / c);
        h *= d * c;
        let odd = -(a + m) * (a + b + m) * x / ((a + 2.0 * m) * (a + 2.0 * m + 1.0));
        d = 1.0 / nonzero(1.0 + odd * d);
        c = nonzero(1.0 + odd / c);
        let step = d * c;
        h *= step;
        if (step - 1.0).abs() < 1e-16 {
            break;
        }
    }
    h
}

/// ln B(a, 1/2) = ln Γ(1/2) + ln Γ(a) - ln Γ(a + 1/2).
fn ln_beta_half(a: f64) -> f64 {
    const LN_SQRT_PI: f64 = 0.572_364_942_924_700_1;
    LN_SQRT_PI - ln_gamma_half_ratio(a)
}

/// ln Γ(a + 1/2) - ln Γ(a), for a > 0.
///
/// For large a the two log-gammas are huge and nearly equal, so their difference is taken from
/// the difference of their Stirling series instead, which keeps full precision for ν up to 10⁷
/// and beyond.
fn ln_gamma_half_ratio(a: f64) -> f64 {
    if a < 10.0 {
        return ln_gamma(a + 0.5) - ln_gamma(a);
    }
    // ln Γ(x) = (x - 1/2) ln x - x + ln √(2π) + S(x), so the difference is
    // a ln(1 + 1/(2a)) - 1/2 + (1/2) ln a + S(a + 1/2) - S(a).
    let log_term = a * (0.5 / a).ln_1p() - 0.5;
    log_term + 0.5 * a.ln() + stirling_correction(a + 0.5) - stirling_correction(a)
}

/// S(x) = ln Γ(x) - ((x - 1/2) ln x - x + ln √(2π)), by its asymptotic series (x >= 10).
fn stirling_correction(x: f64) -> f64 {
    let r = 1.0 / x;
    let r2 = r * r;
    r * (1.0 / 12.0 - r2 * (1.0 / 360.0 - r2 * (1.0 / 1260.0 - r2 * (1.0 / 1680.0 - r2 / 1188.0))))
}

/// ln Γ(x) for x > 0, by the Lanczos approximation (g = 7, nine terms), reflected below 1/2.
fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const COEFFICIENTS: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut sum = COEFFICIENTS[0];
    for (i, c) in COEFFICIENTS.iter().enumerate().skip(1) {
        sum += c / (x + i as f64);
    }
    let t = x + G + 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

#[cfg(test)]
mod tests {
    //! Reference values were computed independently with SciPy 1.17.1 and NumPy 2.4.6 (the
    //! Python next to each value); Wilson and Newcombe by hand from their published formulas, as
    //! statsmodels is not at hand. Where a value has been published, the publication is named.

    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    const TOLERANCE: f64 = 1e-9;
    /// The default threshold of ten people.
    fn ten() -> Threshold {
        Threshold::default()
    }

    fn close(actual: f64, expected: f64) {
        assert!((actual - expected).abs() <= TOLERANCE * expected.abs().max(1.0), "{actual} is not {expected}");
    }

    fn close_interval(actual: Option<Interval>, low: f64, high: f64) {
        let actual = actual.expect("an interval");
        close(actual.low, low);
        close(actual.high, high);
    }

    #[test]
    fn t_quantiles_match_scipy() {
        // from scipy import stats
        // for df in [1, 2, 5, 30, 1000, 12.7, 1e7]:
        //     print(df, repr(stats.t.ppf(0.975, df)), repr(stats.t.ppf(0.005, df)))
        let reference = [
            (1.0, 12.706204736174694, -63.65674116287158),
            (2.0, 4.302652729749462, -9.924843200918293),
            (5.0, 2.5705818356363146, -4.032142983555229),
            (30.0, 2.0422724563012378, -2.749995653567226),
            (1000.0, 1.9623390808264083, -2.580754698065951),
            (12.7, 2.165567731368725, -3.024153930319619),
            (1e7, 1.959964221767205, -2.575829795203749),
        ];
        for (df, upper, lower) in reference {
            close(t_quantile(0.975, df).unwrap(), upper);
            close(t_quantile(0.005, df).unwrap(), lower);
        }
    }

    #[test]
    fn t_quantiles_match_closed_forms() {
        // With one degree of freedom t is Cauchy; with two, t = (2p - 1) √(2 / (4p(1 - p))).
        for p in [0.001, 0.1, 0.3, 0.6, 0.9, 0.975, 0.9999] {
            close(t_quantile(p, 1.0).unwrap(), (std::f64::consts::PI * (p - 0.5)).tan());
            close(t_quantile(p, 2.0).unwrap(), (2.0 * p - 1.0) * (2.0 / (4.0 * p * (1.0 - p))).sqrt());
        }
    }

    #[test]
    fn t_quantiles_are_continuous_where_the_method_changes() {
        let below = t_quantile(0.975, LARGE_DF).unwrap();
        let above = t_quantile(0.975, LARGE_DF * (1.0 + 1e-12)).unwrap();
        assert!((below - above).abs() < 1e-12, "{below} / {above}");
    }

    #[test]
    fn t_quantiles_refuse_what_is_not_a_probability_or_a_df() {
        assert_eq!(t_quantile(0.5, 7.0), Some(0.0));
        for (p, df) in [(0.0, 5.0), (1.0, 5.0), (f64::NAN, 5.0), (0.9, 0.0), (0.9, -1.0), (0.9, f64::INFINITY)] {
            assert_eq!(t_quantile(p, df), None, "{p} {df}");
        }
    }

    #[test]
    fn t_quantiles_end_for_hostile_degrees_of_freedom() {
        for df in [1e-300, 1e-10, 0.01, 1e300, f64::MAX] {
            for p in [1e-300, 0.025, 0.975, 1.0 - 1e-16] {
                assert!(t_quantile(p, df).is_none_or(|t| !t.is_nan()), "{p} {df}");
            }
        }
    }

    #[test]
    fn mean_of_a_small_sample() {
        // x = [3, 4, 4, 5, 2, 5, 4]
        // np.mean(x), np.std(x, ddof=1)
        // stats.t.interval(0.95, len(x) - 1, loc=np.mean(x), scale=stats.sem(x))
        let m = mean(&[3.0, 4.0, 4.0, 5.0, 2.0, 5.0, 4.0]).unwrap();
        assert_eq!(m.n, 7);
        close(m.mean, 3.857142857142857);
        close(m.sd.unwrap(), 1.0690449676496976);
        close_interval(m.ci, 2.868441164051233, 4.845844550234482);
    }

    #[test]
    fn a_mean_counts_only_the_numbers_it_was_computed_from() {
        let with_gaps = mean(&[3.0, f64::NAN, 4.0, 4.0, f64::INFINITY, 5.0, 2.0, 5.0, f64::NEG_INFINITY, 4.0]);
        assert_eq!(with_gaps, mean(&[3.0, 4.0, 4.0, 5.0, 2.0, 5.0, 4.0]));
        assert_eq!(mean(&[]), None);
        assert_eq!(mean(&[f64::NAN]), None);
        assert_eq!(mean(&[2.5]), Some(Mean { n: 1, mean: 2.5, sd: None, ci: None }));
        let same = mean(&[4.0, 4.0, 4.0]).unwrap();
        assert_eq!((same.sd, same.ci), (Some(0.0), Some(Interval { low: 4.0, high: 4.0 })));
        assert_eq!(mean(&[f64::MAX, f64::MAX]), None);
    }

    #[test]
    fn wilson_intervals() {
        // z = 1.959963984540054
        // def wilson(k, n):
        //     p = k / n; d = 1 + z*z/n; c = (p + z*z/(2*n)) / d
        //     h = z / d * np.sqrt(p*(1 - p)/n + z*z/(4*n*n)); return c - h, c + h
        let none = proportion(0, 10).unwrap();
        assert_eq!((none.p, none.ci.low), (0.0, 0.0));
        close(none.ci.high, 0.2775327998628892);
        let all = proportion(10, 10).unwrap();
        assert_eq!((all.p, all.ci.high), (1.0, 1.0));
        close(all.ci.low, 0.7224672001371107);
        let some = proportion(7, 20).unwrap();
        close(some.p, 0.35);
        close(some.ci.low, 0.18119182410108206);
        close(some.ci.high, 0.5671457233147638);
        assert_eq!(proportion(1, 0), None);
        assert_eq!(proportion(0, 0), None);
        assert_eq!(proportion(11, 10), None);
    }

    #[test]
    fn welch_difference_and_hedges_g() {
        // a = [4,5,3,4,5,4,2,5,4,3,5,4]; b = [3,2,4,3,3,2,4,3,1,3]
        // res = stats.ttest_ind(a, b, equal_var=False); ci = res.confidence_interval(0.95)
        // na, nb = len(a), len(b); m = na + nb - 2
        // sp = np.sqrt(((na-1)*np.var(a, ddof=1) + (nb-1)*np.var(b, ddof=1)) / m)
        // J = special.gamma(m/2) / (np.sqrt(m/2) * special.gamma((m-1)/2))
        // g = J * (np.mean(a) - np.mean(b)) / sp
        let a = [4.0, 5.0, 3.0, 4.0, 5.0, 4.0, 2.0, 5.0, 4.0, 3.0, 5.0, 4.0];
        let b = [3.0, 2.0, 4.0, 3.0, 3.0, 2.0, 4.0, 3.0, 1.0, 3.0];
        let d = difference(&a, &b).unwrap();
        assert_eq!((d.n_a, d.n_b), (12, 10));
        close(d.estimate, 1.2000000000000002);
        close_interval(d.ci, 0.3638002247377231, 2.0361997752622774);
        close(d.effect_size.unwrap(), 1.2305235821273481);
    }

    #[test]
    fn a_difference_without_spread() {
        let d = difference(&[3.0, 3.0], &[1.0, 1.0, 1.0]).unwrap();
        assert_eq!((d.estimate, d.ci, d.effect_size), (2.0, Some(Interval { low: 2.0, high: 2.0 }), None));
        let single = difference(&[3.0], &[1.0, 2.0]).unwrap();
        assert_eq!((single.ci, single.effect_size), (None, None));
        assert_eq!(difference(&[], &[1.0]), None);
    }

    #[test]
    fn newcombe_difference_of_proportions() {
        // Newcombe (1998), Statistics in Medicine 17:873, table II, example (a), method 10:
        // 56/70 - 48/80 = 0.2000, 95% CI 0.0524 to 0.3339. Full digits, by hand from the formula:
        // def newcombe(xa, na, xb, nb):
        //     pa, pb = xa/na, xb/nb; la, ua = wilson(xa, na); lb, ub = wilson(xb, nb); d = pa - pb
        //     return d - np.sqrt((pa-la)**2 + (ub-pb)**2), d + np.sqrt((ua-pa)**2 + (pb-lb)**2)
        let published = proportion_difference(56, 70, 48, 80).unwrap();
        close(published.estimate, 0.2);
        close(published.ci.low, 0.052431472402365065);
        close(published.ci.high, 0.333872654036906);
        let small = proportion_difference(9, 30, 3, 25).unwrap();
        close(small.estimate, 0.18);
        close(small.ci.low, -0.04366033937203026);
        close(small.ci.high, 0.37516724387657524);
        assert_eq!(proportion_difference(1, 2, 0, 0), None);
    }

    #[test]
    fn paired_change_and_d_z() {
        // before = [2,3,3,1,4,2,3,2,3,2,1,3]; after = [3,3,4,2,4,3,4,2,4,3,2,3]
        // res = stats.ttest_rel(after, before); ci = res.confidence_interval(0.95)
        // np.mean(before), np.mean(after), dd.mean(), dd.std(ddof=1)
        // dd = np.subtract(after, before); dd.mean() / dd.std(ddof=1)
        let before = [2.0, 3.0, 3.0, 1.0, 4.0, 2.0, 3.0, 2.0, 3.0, 2.0, 1.0, 3.0];
        let after = [3.0, 3.0, 4.0, 2.0, 4.0, 3.0, 4.0, 2.0, 4.0, 3.0, 2.0, 3.0];
        let mut pairs: Vec<(f64, f64)> = before.into_iter().zip(after).collect();
        pairs.push((f64::NAN, 3.0));
        let p = paired(&pairs).unwrap();
        assert_eq!(p.n, 12);
        close(p.before, 2.4166666666666667);
        close(p.after, 3.0833333333333335);
        close(p.change, 0.6666666666666666);
        close(p.sd.unwrap(), 0.49236596391733095);
        close_interval(p.ci, 0.35383225812026303, 0.9795010752130702);
        close(p.effect_size.unwrap(), 1.35400640077266);
        assert_eq!(paired(&[]), None);
    }

    #[test]
    fn pairs_are_matched_by_code_and_ambiguous_codes_left_out() {
        let before = [("k7", 2.0), ("a1", 1.0), ("dup", 3.0), ("dup", 4.0), ("gone", 5.0)];
        let after = [("a1", 2.0), ("k7", 4.0), ("dup", 1.0), ("new", 5.0)];
        assert_eq!(pair_by_code(&before, &after), vec![(1.0, 2.0), (2.0, 4.0)]);
    }

    #[test]
    fn perception_gap_is_the_shifted_mean() {
        // perceived = [30,45,25,50,40,35,60,20,40,55,30]; actual = 12.5
        // res = stats.ttest_1samp(perceived, popmean=actual); ci = res.confidence_interval(0.95)
        // np.mean(perceived) - actual, ci.low - actual, ci.high - actual
        let perceived = [30.0, 45.0, 25.0, 50.0, 40.0, 35.0, 60.0, 20.0, 40.0, 55.0, 30.0];
        let gap = perception_gap(&perceived, 12.5).unwrap();
        assert_eq!(gap.n, 11);
        close(gap.gap, 26.590909090909093);
        close_interval(gap.ci, 18.117296768070727, 35.06452141374746);
        assert_eq!(perception_gap(&perceived, f64::NAN), None);
    }

    #[test]
    fn reported_estimates_serialise_with_or_without_their_figures() {
        let of_ten = mean(&[1.0, 2.0, 3.0, 4.0, 5.0, 1.0, 2.0, 3.0, 4.0, 5.0]).unwrap();
        let shown = serde_json::to_value(report(of_ten, ten())).unwrap();
        assert_eq!(shown["suppressed"], json!(false));
        assert_eq!(shown["n"], json!(10));
        assert_eq!(shown["mean"], json!(3.0));
        assert!(shown["ci_low"].is_number() && shown["ci_high"].is_number());
        assert!(shown.get("ci").is_none());
        // No interval from one answer: the fields are left out, never written as NaN.
        let lone = serde_json::to_value(mean(&[2.0]).unwrap()).unwrap();
        assert!(lone.get("ci_low").is_none() && lone["sd"].is_null());
        let nine = mean(&[1.0; 9]).unwrap();
        assert_eq!(serde_json::to_value(report(nine, ten())).unwrap(), json!({"suppressed": true, "k": 10}));
        let one = serde_json::to_value(report(mean(&[2.0]).unwrap(), Threshold::new(5).unwrap())).unwrap();
        assert_eq!(one, json!({"suppressed": true, "k": 5}));
    }

    #[test]
    fn a_share_naming_a_few_people_is_withheld() {
        assert!(report(proportion(3, 100).unwrap(), ten()).shown().is_none());
        assert!(report(proportion(97, 100).unwrap(), ten()).shown().is_none());
        assert!(report(proportion(0, 100).unwrap(), ten()).shown().is_some());
        assert!(report(proportion(100, 100).unwrap(), ten()).shown().is_some());
        assert!(report(proportion(0, 9).unwrap(), ten()).shown().is_none());
        let twelve = [3.0; 12];
        assert!(report(difference(&twelve, &[1.0; 9]).unwrap(), ten()).shown().is_none());
        assert!(report(difference(&twelve, &[1.0; 10]).unwrap(), ten()).shown().is_some());
        assert!(report(proportion_difference(40, 50, 5, 50).unwrap(), ten()).shown().is_none());
    }

    #[test]
    fn frequency_tables() {
        const FEW: Shown = Shown::FewerThan { k: 10 };
        let exact = |v: u64| Shown::Exact { value: v as f64 };
        let counts = |table: &FrequencyTable| table.choices.iter().map(|c| c.count).collect::<Vec<_>>();

        let table = frequency_table(&[3, 40, 20, 0], ten());
        assert_eq!(table.total, exact(63));
        assert_eq!(counts(&table), vec![FEW, exact(40), Shown::Hidden, exact(0)]);
        let shares: Vec<Option<Proportion>> = table.choices.iter().map(|c| c.proportion).collect();
        assert_eq!(shares, vec![None, proportion(40, 63), None, proportion(0, 63)]);

        // suppress::cells alone would show the 20, and 27 - 20 would say that seven people chose
        // one of the first two answers.
        let table = frequency_table(&[3, 4, 20], ten());
        assert_eq!(table.total, exact(27));
        assert_eq!(counts(&table), vec![FEW, FEW, Shown::Hidden]);
        assert!(table.choices.iter().all(|c| c.proportion.is_none()));

        let table = frequency_table(&[3, 4], ten());
        assert_eq!((table.total, counts(&table)), (FEW, vec![FEW, FEW]));
        let table = frequency_table(&[0, 0], ten());
        assert_eq!((table.total, counts(&table)), (exact(0), vec![exact(0), exact(0)]));
        assert!(table.choices.iter().all(|c| c.proportion.is_none()));
        assert_eq!(frequency_table(&[], ten()).choices, vec![]);

        let json = serde_json::to_value(frequency_table(&[12, 30], ten())).unwrap();
        assert_eq!(json["total"], json!({"shown": "exact", "value": 42.0}));
        assert_eq!(json["choices"][0]["proportion"]["successes"], json!(12));
    }

    fn threshold() -> impl Strategy<Value = Threshold> {
        (5u32..=20).prop_map(|k| Threshold::new(k).unwrap())
    }

    fn answers() -> impl Strategy<Value = Vec<f64>> {
        proptest::collection::vec(prop_oneof![1.0f64..5.0, Just(f64::NAN), (1u8..=5).prop_map(f64::from)], 0..30)
    }

    fn is_few(n: u64, k: Threshold) -> bool {
        n > 0 && n < u64::from(k.get())
    }

    /// A suppressed estimate's JSON holds `k` and nothing else that is a number.
    fn check_json<T: Serialize>(reported: &Reported<T>, k: Threshold) -> Result<(), TestCaseError> {
        let json = serde_json::to_value(reported).unwrap();
        match reported {
            Reported::Suppressed { .. } => prop_assert_eq!(json, json!({"suppressed": true, "k": k.get()})),
            Reported::Shown(_) => prop_assert_eq!(&json["suppressed"], &json!(false)),
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn t_quantiles_invert_the_tail(p in 0.0001f64..0.9999, df in 0.5f64..2e5) {
            let t = t_quantile(p, df).unwrap();
            prop_assert!((t + t_quantile(1.0 - p, df).unwrap()).abs() <= 1e-9 * t.abs().max(1.0));
            let upper = if t >= 0.0 { t_upper_tail(t, df) } else { 1.0 - t_upper_tail(-t, df) };
            prop_assert!((upper - (1.0 - p)).abs() <= 1e-12, "{p} {df} {t} {upper}");
        }

        #[test]
        fn no_reported_estimate_rests_on_few_people(
            a in answers(),
            b in answers(),
            successes in 0u64..40,
            failures in 0u64..40,
            k in threshold(),
        ) {
            if let Some(m) = mean(&a) {
                let reported = report(m, k);
                check_json(&reported, k)?;
                prop_assert!(reported.shown().is_none_or(|m| !is_few(m.n, k)));
            }
            if let Some(d) = difference(&a, &b) {
                let reported = report(d, k);
                check_json(&reported, k)?;
                prop_assert!(reported.shown().is_none_or(|d| !is_few(d.n_a, k) && !is_few(d.n_b, k)));
            }
            let pairs: Vec<(f64, f64)> = a.iter().copied().zip(b.iter().copied()).collect();
            if let Some(p) = paired(&pairs) {
                let reported = report(p, k);
                check_json(&reported, k)?;
                prop_assert!(reported.shown().is_none_or(|p| !is_few(p.n, k)));
            }
            if let Some(gap) = perception_gap(&a, 2.5) {
                prop_assert!(report(gap, k).shown().is_none_or(|g| !is_few(g.n, k)));
            }
            if let Some(share) = proportion(successes, successes + failures) {
                let reported = report(share, k);
                check_json(&reported, k)?;
                let safe = !is_few(successes + failures, k) && !is_few(successes, k) && !is_few(failures, k);
                prop_assert!(reported.shown().is_none() || safe);
            }
        }

        #[test]
        fn no_cell_of_a_frequency_table_rests_on_few_people_or_can_be_worked_out(
            counts in proptest::collection::vec(prop_oneof![0u64..12, 0u64..200], 0..7),
            k in threshold(),
        ) {
            let table = frequency_table(&counts, k);
            prop_assert_eq!(table.choices.len(), counts.len());
            let total: u64 = counts.iter().sum();
            let total_shown = table.total.value();
            prop_assert!(total_shown.is_none_or(|t| t == total as f64 && !is_few(total, k)));
            let mut withheld = 0u64;
            let mut withheld_cells = 0;
            for (count, choice) in counts.iter().zip(&table.choices) {
                match choice.count.value() {
                    Some(v) => {
                        prop_assert_eq!(v, *count as f64);
                        prop_assert!(!is_few(*count, k));
                    }
                    None => {
                        withheld += count;
                        withheld_cells += 1;
                        prop_assert!(choice.proportion.is_none());
                    }
                }
                if let Some(share) = choice.proportion {
                    // A share is given only where its count and its total are both shown, and
                    // neither those who chose it nor those who did not are a few.
                    prop_assert!(choice.count.value().is_some() && total_shown.is_some());
                    prop_assert_eq!((share.successes, share.n), (*count, total));
                    prop_assert!(!is_few(share.successes, k) && !is_few(share.n - share.successes, k));
                }
            }
            if total_shown.is_some() {
                // The shown total minus the shown cells gives the withheld ones only together,
                // never one alone, and never a few people.
                prop_assert!(withheld_cells != 1 || withheld == 0, "{counts:?} → {table:?}");
                prop_assert!(!is_few(withheld, k), "{counts:?} → {table:?}");
            } else {
                prop_assert!(table.choices.iter().all(|c| c.count.value().is_none()));
            }
        }
    }
}
