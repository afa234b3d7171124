//! Evaluation of the filled checklist: the projected error (errors of the 100 % strata in full
//! plus each sampled group's tainting extrapolated to its value), the precision of the method
//! — for conservative MUS the Stringer bound (basic precision RF(0)·SI plus an incremental
//! allowance for each error ranked by tainting), for standard MUS z·BV/√n·s, for stratified
//! MUS z·√(Σ BV_h²/n_h·s_h²) —,
//! the upper error limit against materiality, the total and residual error rates, and the
//! knock-on effect of each deduction on the indirect flat rate and the split by source. A
//! verdict is given only when every sampled item has a result.

use super::factors::poisson_rf;
use super::sample::{Group, Method, Sample, Stratum};
use super::typology::{ErrorType, Outcome, Parking};
use crate::model::money::{cents, pct_of, round_half_up, ser_decimal, ser_money};
use crate::model::{Money, Project};
use rust_decimal::Decimal;
use rust_decimal::MathematicalOps;
use serde::Serialize;
use std::collections::HashMap;

/// One checklist row as the reviewer filled it, matched to the sample.
#[derive(Debug, Clone)]
pub(crate) struct Filled {
    pub entry_id: String,
    pub line: String,
    pub heading: String,
    /// `None`: not yet checked.
    pub result: Option<Outcome>,
    pub error_type: Option<ErrorType>,
    pub deducted: Money,
    pub parking: Option<Parking>,
    pub at: String,
}

impl Filled {
    /// The error the evaluation counts: the amount found, unless it was found not to be one.
    fn error(&self) -> Money {
        match (self.result, self.parking) {
            (Some(Outcome::Error), Some(Parking::NotAnError)) => Money::ZERO,
            (Some(Outcome::Error), _) => self.deducted,
            _ => Money::ZERO,
        }
    }
    /// The amount taken out of this payment (a deferred finding waits for the next claim).
    fn correction(&self) -> Money {
        match self.parking {
            Some(Parking::Deferred) | Some(Parking::NotAnError) => Money::ZERO,
            _ => self.error(),
        }
    }
}

/// A deduction from this payment and its knock-on effect.
#[derive(Debug, Clone, Serialize)]
pub struct Deduction {
    pub entry_id: String,
    pub line: String,
    pub heading: String,
    #[serde(serialize_with = "ser_money")]
    pub book_value: Money,
    #[serde(serialize_with = "ser_money")]
    pub deducted: Money,
    /// E_i ÷ BV_i, six decimals.
    #[serde(serialize_with = "ser_decimal")]
    pub error_rate: Decimal,
    /// round_half_up(indirect rate × deduction): the flat rate falls with its base.
    #[serde(serialize_with = "ser_money")]
    pub indirect: Money,
    #[serde(serialize_with = "ser_money")]
    pub total: Money,
    /// The total by source (AMIF, state budget …), split as the claim splits.
    pub by_source: Vec<(String, String)>,
    pub error_type: Option<ErrorType>,
    pub parking: Option<Parking>,
    /// The checklist's cell.
    pub at: String,
}

/// One sampled group's evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct GroupEval {
    pub key: String,
    pub label: String,
    #[serde(serialize_with = "ser_money")]
    pub value: Money,
    pub checked: usize,
    #[serde(serialize_with = "ser_money")]
    pub interval: Money,
    /// Σ E_i ÷ BV_i over the group's checked items, six decimals.
    #[serde(serialize_with = "ser_decimal")]
    pub taintings: Decimal,
    #[serde(serialize_with = "ser_money")]
    pub projected: Money,
    #[serde(serialize_with = "ser_money")]
    pub basic_precision: Money,
    #[serde(serialize_with = "ser_money")]
    pub incremental_allowance: Money,
    #[serde(serialize_with = "ser_money")]
    pub precision: Money,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Projected error and upper error limit within materiality.
    Within,
    /// Projected error within, upper limit above: the sample cannot confirm the claim.
    UpperLimitAbove,
    /// Projected error above materiality.
    Above,
}

#[derive(Debug, Clone, Serialize)]
pub struct Projection {
    pub formula: String,
    pub items_sampled: usize,
    pub items_checked: usize,
    pub items_not_checked: usize,
    /// Every sampled item has a result: the evaluation is final.
    pub complete: bool,
    pub items_with_error: usize,
    #[serde(serialize_with = "ser_money")]
    pub high_value_errors: Money,
    pub groups: Vec<GroupEval>,
    #[serde(serialize_with = "ser_money")]
    pub projected: Money,
    #[serde(serialize_with = "ser_decimal")]
    pub projected_pct: Decimal,
    #[serde(serialize_with = "ser_money")]
    pub basic_precision: Money,
    #[serde(serialize_with = "ser_money")]
    pub incremental_allowance: Money,
    #[serde(serialize_with = "ser_money")]
    pub precision: Money,
    #[serde(serialize_with = "ser_money")]
    pub upper_limit: Money,
    #[serde(serialize_with = "ser_decimal")]
    pub upper_limit_pct: Decimal,
    #[serde(serialize_with = "ser_money")]
    pub materiality: Money,
    #[serde(serialize_with = "ser_decimal")]
    pub total_error_rate: Decimal,
    /// Taken out of this payment (errors not deferred).
    #[serde(serialize_with = "ser_money")]
    pub corrections: Money,
    /// (projected − corrections) ÷ (BV − corrections), %.
    #[serde(serialize_with = "ser_decimal")]
    pub residual_error_rate: Decimal,
    pub projected_above: bool,
    pub upper_limit_above: bool,
    /// None until every sampled item has a result.
    pub verdict: Option<Verdict>,
    pub deductions: Vec<Deduction>,
    #[serde(serialize_with = "ser_money")]
    pub deducted_total: Money,
    #[serde(serialize_with = "ser_money")]
    pub indirect_total: Money,
    #[serde(serialize_with = "ser_money")]
    pub knock_on_total: Money,
    pub knock_on_by_source: Vec<(String, String)>,
}

/// The Stringer bound's precision over one group: basic precision RF(0)·SI and, for the
/// taintings ranked from the largest, Σ (RF(i) − RF(i−1) − 1)·SI·t_i. Returns (basic,
/// incremental), to the cent.
fn stringer(confidence: Decimal, interval: Money, taintings: &[Decimal]) -> (Money, Money) {
    let mut t: Vec<Decimal> = taintings
        .iter()
        .copied()
        .filter(|x| *x > Decimal::ZERO)
        .collect();
    t.sort_by(|a, b| b.cmp(a));
    let basic = poisson_rf(0, confidence) * interval;
    let mut inc = Decimal::ZERO;
    let mut prev = poisson_rf(0, confidence);
    for (i, ti) in t.iter().enumerate() {
        let rf = poisson_rf(i + 1, confidence);
        inc += (rf - prev - Decimal::ONE) * interval * ti;
        prev = rf;
    }
    (cents(basic), cents(inc))
}

/// The sample standard deviation of `x` (n − 1); 0 below two values.
pub(crate) fn std_dev(x: &[Decimal]) -> Decimal {
    if x.len() < 2 {
        return Decimal::ZERO;
    }
    let n = Decimal::from(x.len() as u64);
    let mean = x.iter().copied().sum::<Decimal>() / n;
    let ss: Decimal = x.iter().map(|v| (*v - mean) * (*v - mean)).sum();
    (ss / (n - Decimal::ONE)).sqrt().unwrap_or_default()
}

/// One group's evaluation, and its variance term for a stratified sample: the taintings of
/// its checked systematic items, their projection over the group's value drawn
/// systematically, and the method's precision.
fn evaluate_group(
    g: &Group,
    sample: &Sample,
    confidence: Decimal,
    filled: &HashMap<&str, &Filled>,
) -> (GroupEval, Decimal) {
    let find = |id: &str| filled.get(id).copied();
    let t: Vec<Decimal> = sample
        .selected
        .iter()
        .filter(|x| x.group == g.key && x.stratum == Stratum::Systematic)
        .filter_map(|x| {
            let f = find(&x.entry_id).filter(|f| f.result.is_some())?;
            Some(if x.book_value.is_zero() {
                Decimal::ZERO
            } else {
                f.error() / x.book_value
            })
        })
        .collect();
    let sum_t: Decimal = t.iter().copied().sum();
    let n = Decimal::from(t.len() as u64);
    let drawn = g.value - g.high_value;
    let projected = if t.is_empty() {
        Money::ZERO
    } else {
        cents(drawn / n * sum_t)
    };
    let z = sample.z.unwrap_or_default();
    let mut var = Decimal::ZERO;
    let (b, i) = match sample.method {
        Method::Standard if !t.is_empty() => {
            let root = n.sqrt().unwrap_or(Decimal::ONE);
            (cents(z * drawn / root * std_dev(&t)), Money::ZERO)
        }
        // Stratified: the strata's variances add; the precision is taken once over them.
        Method::Stratified => {
            if !t.is_empty() {
                let sd = std_dev(&t);
                var = drawn * drawn / n * sd * sd;
            }
            (Money::ZERO, Money::ZERO)
        }
        Method::Conservative if !g.census => stringer(confidence, g.interval, &t),
        _ => (Money::ZERO, Money::ZERO),
    };
    let e = GroupEval {
        key: g.key.clone(),
        label: g.label.clone(),
        value: g.value,
        checked: t.len(),
        interval: g.interval,
        taintings: round_half_up(sum_t, 6),
        projected,
        basic_precision: b,
        incremental_allowance: i,
        precision: b + i,
    };
    (e, var)
}

/// The ratio estimate of a non-statistical sample: errors ÷ book value checked × population.
fn ratio_projection(sample: &Sample, filled: &HashMap<&str, &Filled>) -> Money {
    let checked = |id: &str| filled.get(id).is_some_and(|f| f.result.is_some());
    let seen: Money = sample
        .selected
        .iter()
        .filter(|x| checked(&x.entry_id))
        .map(|x| x.book_value)
        .sum();
    let errors: Money = filled.values().map(|f| f.error()).sum();
    if seen.is_zero() {
        Money::ZERO
    } else {
        cents(errors / seen * sample.population_value)
    }
}

/// `rate`: the indirect flat rate (percent) of the agreement version the claim falls under;
/// `confidence` a fraction.
pub(crate) fn project(
    p: &Project,
    rate: Decimal,
    confidence: Decimal,
    sample: &Sample,
    filled: &[Filled],
) -> Projection {
    // By entry id: a risk-based sample of a large population has many thousand items.
    let by_id: HashMap<&str, &Filled> = filled.iter().map(|f| (f.entry_id.as_str(), f)).collect();
    let find = |id: &str| by_id.get(id).copied();
    let checked: Vec<&Filled> = filled.iter().filter(|f| f.result.is_some()).collect();
    let full: Money = sample
        .selected
        .iter()
        .filter(|x| matches!(x.stratum, Stratum::All | Stratum::HighValue))
        .filter_map(|x| find(&x.entry_id).map(Filled::error))
        .sum();
    let (groups, vars): (Vec<GroupEval>, Vec<Decimal>) = sample
        .groups
        .iter()
        .map(|g| evaluate_group(g, sample, confidence, &by_id))
        .unzip();
    let mut basic: Money = groups.iter().map(|g| g.basic_precision).sum();
    let inc: Money = groups.iter().map(|g| g.incremental_allowance).sum();
    if sample.method == Method::Stratified {
        // z × √(Σ_h BV_h² ÷ n_h × s_h²), the guidance's precision of a stratified MUS sample.
        let var: Decimal = vars.iter().copied().sum();
        basic = cents(sample.z.unwrap_or_default() * var.sqrt().unwrap_or_default());
    }
    let bv = sample.population_value;
    let projected = if sample.method == Method::Nonstatistical {
        ratio_projection(sample, &by_id)
    } else {
        full + groups.iter().map(|g| g.projected).sum::<Money>()
    };
    let precision = basic + inc;
    let upper = projected + precision;
    let pct = |x: Money, of: Money| {
        if of.is_zero() {
            Decimal::ZERO
        } else {
            round_half_up(x / of * Decimal::ONE_HUNDRED, 2)
        }
    };
    let corrections: Money = checked.iter().map(|f| f.correction()).sum();
    let deductions = deductions(p, rate, sample, &checked);
    let deducted_total = deductions.iter().map(|d| d.deducted).sum();
    let indirect_total = deductions.iter().map(|d| d.indirect).sum();
    let knock_on_total: Money = deductions.iter().map(|d| d.total).sum();
    let materiality = sample.tolerable_error;
    let complete = checked.len() == sample.selected.len();
    let (above, ul_above) = (projected > materiality, upper > materiality);
    Projection {
        formula: formula_text(sample),
        items_sampled: sample.selected.len(),
        items_checked: checked.len(),
        items_not_checked: sample.selected.len() - checked.len(),
        complete,
        items_with_error: checked.iter().filter(|f| !f.error().is_zero()).count(),
        high_value_errors: full,
        groups,
        projected,
        projected_pct: pct(projected, bv),
        basic_precision: basic,
        incremental_allowance: inc,
        precision,
        upper_limit: upper,
        upper_limit_pct: pct(upper, bv),
        materiality,
        total_error_rate: pct(projected, bv),
        corrections,
        residual_error_rate: pct((projected - corrections).max(Money::ZERO), bv - corrections),
        projected_above: above,
        upper_limit_above: ul_above,
        verdict: complete.then_some(if above {
            Verdict::Above
        } else if ul_above {
            Verdict::UpperLimitAbove
        } else {
            Verdict::Within
        }),
        deductions,
        deducted_total,
        indirect_total,
        knock_on_total,
        knock_on_by_source: by_source(p, knock_on_total),
    }
}

fn formula_text(sample: &Sample) -> String {
    match sample.method {
        Method::Conservative => "review-evaluation-stringer",
        Method::Stratified => "review-evaluation-stratified",
        Method::Standard => "review-evaluation-standard",
        Method::Nonstatistical => "review-evaluation-ratio",
    }
    .to_string()
}

fn deductions(p: &Project, rate: Decimal, sample: &Sample, checked: &[&Filled]) -> Vec<Deduction> {
    checked
        .iter()
        .filter(|f| !f.correction().is_zero())
        .map(|f| {
            let bv = sample
                .selected
                .iter()
                .find(|x| x.entry_id == f.entry_id)
                .map(|x| x.book_value)
                .unwrap_or_default();
            let d = f.correction();
            let indirect = cents(pct_of(d, rate));
            let total = d + indirect;
            Deduction {
                entry_id: f.entry_id.clone(),
                line: f.line.clone(),
                heading: f.heading.clone(),
                book_value: bv,
                deducted: d,
                error_rate: if bv.is_zero() {
                    Decimal::ZERO
                } else {
                    round_half_up(d / bv, 6)
                },
                indirect,
                total,
                by_source: by_source(p, total),
                error_type: f.error_type,
                parking: f.parking,
                at: f.at.clone(),
            }
        })
        .collect()
}

fn by_source(p: &Project, total: Money) -> Vec<(String, String)> {
    p.sources
        .iter()
        .zip(p.split_by_source(total))
        .map(|(s, v)| (s.code.clone(), crate::model::money::fmt2(&v)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().expect("decimal")
    }

    #[test]
    fn stringer_bound_of_a_worked_example_with_two_errors() {
        // 95 %, sampling interval SI = 1 000.00 EUR; two errors in the systematic part with
        // taintings 0.20 (E 40 on BV 200) and 0.50 (E 150 on BV 300), ranked 0.50, 0.20.
        // Poisson factors at 95 %: RF(0) = 2.995732, RF(1) = 4.743865, RF(2) = 6.295794.
        //   basic precision     = 2.995732 × 1 000                        = 2 995.73
        //   incremental, 1st    = (4.743865 − 2.995732 − 1) × 1 000 × 0.50 =   374.07
        //   incremental, 2nd    = (6.295794 − 4.743865 − 1) × 1 000 × 0.20 =   110.39
        //   allowance           = 374.07 + 110.39 (summed unrounded: 484.45)
        // With n = 30 items over a group of 30 000 EUR the projection is 30 000 ÷ 30 × 0.70 =
        // 700.00, so the upper error limit = 700.00 + 2 995.73 + 484.45 = 4 180.18 EUR.
        let (b, i) = stringer(d("0.95"), d("1000"), &[d("0.2"), d("0.5")]);
        assert_eq!(b, d("2995.73"));
        assert_eq!(i, d("484.45"));
        let projected = cents(d("30000") / d("30") * d("0.7"));
        assert_eq!(projected + b + i, d("4180.18"));
    }

    #[test]
    fn no_error_leaves_the_basic_precision_alone() {
        let (b, i) = stringer(d("0.9"), d("610.39"), &[Decimal::ZERO]);
        // 2.302585 × 610.39 = 1 405.47
        assert_eq!(b, d("1405.47"));
        assert_eq!(i, Decimal::ZERO);
    }

    #[test]
    fn sample_standard_deviation() {
        // 0, 0.5, 1: mean 0.5, Σ (x − m)² = 0.5, ÷ 2 = 0.25, √ = 0.5.
        assert_eq!(std_dev(&[d("0"), d("0.5"), d("1")]).round_dp(9), d("0.5"));
    }
}
