//! Error projection from the filled checklist: the high-value stratum's errors in full plus the
//! systematic part's error rates projected over the rest, the upper error limit (projected +
//! basic precision), both against the 2 % materiality; and the knock-on effect of each
//! deduction on the indirect flat rate and the split by source.

use super::sample::{Sample, Stratum};
use crate::model::money::{cents, pct_of, round_half_up, ser_decimal, ser_money};
use crate::model::{Money, Project};
use rust_decimal::Decimal;
use serde::Serialize;

/// What the reviewer found on one sampled cost.
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
    pub result: String,
    /// The checklist's cell.
    pub at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Projection {
    pub formula: &'static str,
    #[serde(serialize_with = "ser_money")]
    pub high_value_errors: Money,
    #[serde(serialize_with = "ser_decimal")]
    pub rest_error_rates: Decimal,
    #[serde(serialize_with = "ser_money")]
    pub rest_projected: Money,
    #[serde(serialize_with = "ser_money")]
    pub projected: Money,
    #[serde(serialize_with = "ser_decimal")]
    pub projected_pct: Decimal,
    /// RF × interval (none when every item was checked).
    #[serde(serialize_with = "ser_money")]
    pub basic_precision: Money,
    #[serde(serialize_with = "ser_money")]
    pub upper_limit: Money,
    #[serde(serialize_with = "ser_decimal")]
    pub upper_limit_pct: Decimal,
    #[serde(serialize_with = "ser_money")]
    pub materiality: Money,
    /// The exit status follows the projected error; the upper limit is shown beside it.
    pub projected_above: bool,
    pub upper_limit_above: bool,
    pub items_checked: usize,
    pub items_with_error: usize,
    pub deductions: Vec<Deduction>,
    #[serde(serialize_with = "ser_money")]
    pub deducted_total: Money,
    #[serde(serialize_with = "ser_money")]
    pub indirect_total: Money,
    #[serde(serialize_with = "ser_money")]
    pub knock_on_total: Money,
    pub knock_on_by_source: Vec<(String, String)>,
}

pub const FORMULA: &str = "projected = Σ E (high-value stratum) + (BV_rest ÷ n_rest) × Σ (E_i ÷ BV_i) (sampled rest); upper limit = projected + RF × interval (basic precision); both compared with tolerable error % × population value. A census (every item checked) projects Σ E with no precision.";

/// One filled checklist row, matched to the sample.
pub struct Filled {
    pub entry_id: String,
    pub line: String,
    pub heading: String,
    pub deducted: Money,
    pub result: String,
    pub at: String,
}

/// `rate`: the indirect flat rate (percent) of the agreement version the claim falls under.
pub fn project(p: &Project, rate: Decimal, sample: &Sample, filled: &[Filled]) -> Projection {
    let stratum = |id: &str| {
        sample
            .selected
            .iter()
            .find(|s| s.entry_id == id)
            .map(|s| (s.stratum, s.book_value))
    };
    let mut high = Money::ZERO;
    let mut census = Money::ZERO;
    let mut rates = Decimal::ZERO;
    let mut deductions = Vec::new();
    for f in filled {
        let Some((st, bv)) = stratum(&f.entry_id) else {
            continue;
        };
        let er = if bv.is_zero() {
            Decimal::ZERO
        } else {
            f.deducted / bv
        };
        match st {
            Stratum::HighValue => high += f.deducted,
            Stratum::All => census += f.deducted,
            Stratum::Systematic => rates += er,
        }
        if f.deducted.is_zero() {
            continue;
        }
        let indirect = cents(pct_of(f.deducted, rate));
        let total = f.deducted + indirect;
        deductions.push(Deduction {
            entry_id: f.entry_id.clone(),
            line: f.line.clone(),
            heading: f.heading.clone(),
            book_value: bv,
            deducted: f.deducted,
            error_rate: round_half_up(er, 6),
            indirect,
            total,
            by_source: by_source(p, total),
            result: f.result.clone(),
            at: f.at.clone(),
        });
    }
    let rest_projected = if sample.rest_selected == 0 {
        Money::ZERO
    } else {
        cents(sample.rest_value / Decimal::from(sample.rest_selected as u64) * rates)
    };
    let projected = high + census + rest_projected;
    let bv = sample.population_value;
    let basic_precision = if sample.all_items {
        Money::ZERO
    } else {
        cents(sample.reliability_factor * sample.interval)
    };
    let upper = projected + basic_precision;
    let pct = |x: Money| {
        if bv.is_zero() {
            Decimal::ZERO
        } else {
            round_half_up(x / bv * Decimal::ONE_HUNDRED, 2)
        }
    };
    let deducted_total = deductions.iter().map(|d| d.deducted).sum();
    let indirect_total = deductions.iter().map(|d| d.indirect).sum();
    let knock_on_total: Money = deductions.iter().map(|d| d.total).sum();
    Projection {
        formula: FORMULA,
        high_value_errors: high + census,
        rest_error_rates: round_half_up(rates, 6),
        rest_projected,
        projected,
        projected_pct: pct(projected),
        basic_precision,
        upper_limit: upper,
        upper_limit_pct: pct(upper),
        materiality: sample.tolerable_error,
        projected_above: projected > sample.tolerable_error,
        upper_limit_above: upper > sample.tolerable_error,
        items_checked: filled.len(),
        items_with_error: deductions.len(),
        deductions,
        deducted_total,
        indirect_total,
        knock_on_total,
        knock_on_by_source: by_source(p, knock_on_total),
    }
}

fn by_source(p: &Project, total: Money) -> Vec<(String, String)> {
    p.sources
        .iter()
        .zip(p.split_by_source(total))
        .map(|(s, v)| (s.code.clone(), crate::model::money::fmt2(&v)))
        .collect()
}
