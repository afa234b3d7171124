//! Non-statistical (risk-based) sampling for small populations: the coverage rule (at least
//! 10 % of the items and at least 10 items, or all of them), the risk factors the ledger shows
//! for each cost (high value, cash paid out, a supplier first paid in this claim, reintegration
//! delivered late in its year, a rule's warning), items ranked by their factors first and the
//! rest of the coverage drawn at random from the seed.

use super::sample::{Item, Sample, Selected, Stratum};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::project::{HeadingKind, Lang, Project};
use crate::model::Money;
use crate::rules::FindingText;
use chrono::NaiveDate;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The coverage rule: this percentage of the items, and at least this many.
const COVERAGE_PCT: u32 = 10;
const COVERAGE_MIN: usize = 10;
/// A cost of at least this share (%) of the population value is high value.
const HIGH_VALUE_PCT: u32 = 5;
/// Reintegration delivered more than this many days after the departure (of the 365 allowed)
/// is late: the evidence of delivery is the most often missing.
const LATE_REINTEGRATION_DAYS: i64 = 270;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    HighValue,
    Cash,
    FirstTimeSupplier,
    LateReintegration,
    RuleWarning,
}

impl Risk {
    fn code(self) -> &'static str {
        match self {
            Risk::HighValue => "high-value",
            Risk::Cash => "cash",
            Risk::FirstTimeSupplier => "first-time-supplier",
            Risk::LateReintegration => "late-reintegration",
            Risk::RuleWarning => "rule-warning",
        }
    }
    pub(crate) fn text(self, lang: Lang) -> String {
        crate::i18n::tr(lang, &format!("review-risk-{}", self.code()))
    }
}

/// The risk factors of each cost the ledger holds (all but high value, which depends on the
/// population): cash (allowance, food money), a supplier with no payment before `from`,
/// reintegration late in its year, a finding of any severity on the entry.
pub(crate) fn factors(
    ledger: &Ledger,
    project: &Project,
    findings: &[FindingText],
    from: NaiveDate,
) -> BTreeMap<String, Vec<Risk>> {
    let known: BTreeSet<&str> = ledger
        .entries
        .iter()
        .filter(|e| e.expense.paid_date.is_some_and(|d| d < from))
        .map(|e| e.expense.supplier.as_str())
        .collect();
    let flagged: BTreeSet<&str> = findings
        .iter()
        .filter_map(|f| f.entry_id.as_deref())
        .collect();
    let mut out = BTreeMap::new();
    for e in &ledger.entries {
        let x = &e.expense;
        let kind = e
            .heading
            .map(|h| project.headings[h].kind)
            .unwrap_or_default();
        let mut v = Vec::new();
        if matches!(kind, HeadingKind::CashAllowance | HeadingKind::Food) {
            v.push(Risk::Cash);
        }
        // Cash goes to the returnee (the supplier column holds the case id): not a supplier.
        if !v.contains(&Risk::Cash) && !known.contains(x.supplier.as_str()) {
            v.push(Risk::FirstTimeSupplier);
        }
        let departed = e.case.and_then(|c| ledger.cases[c].departure_date);
        if kind == HeadingKind::Reintegration
            && departed.is_some_and(|d| (x.doc_date - d).num_days() > LATE_REINTEGRATION_DAYS)
        {
            v.push(Risk::LateReintegration);
        }
        if flagged.contains(x.entry_id.as_str()) {
            v.push(Risk::RuleWarning);
        }
        out.insert(x.entry_id.clone(), v);
    }
    out
}

fn pick(i: &Item, stratum: Stratum, risks: Vec<Risk>) -> Selected {
    Selected {
        entry_id: i.entry_id.clone(),
        book_value: i.book_value,
        stratum,
        group: "sample".into(),
        point: None,
        risks,
    }
}

/// The risk-based selection: n = max(⌈10 % × items⌉, min(10, items)); items with risk factors
/// ranked by how many they have, then by book value, then entry id; the rest of n drawn at
/// random (a seeded shuffle) from the items not yet taken.
pub(crate) fn select(s: &mut Sample, items: &[&Item], rng: &mut ChaCha8Rng, lang: Lang) {
    let count = items.len();
    let n = count
        .div_ceil(100 / COVERAGE_PCT as usize)
        .max(COVERAGE_MIN.min(count));
    let high = s.population_value * Decimal::from(HIGH_VALUE_PCT) / Decimal::ONE_HUNDRED;
    let risks_of = |i: &Item| {
        let mut r = i.risks.clone();
        if i.book_value >= high && !high.is_zero() {
            r.insert(0, Risk::HighValue);
        }
        r
    };
    let mut ranked: Vec<(&Item, Vec<Risk>)> = items
        .iter()
        .map(|i| (*i, risks_of(i)))
        .filter(|(_, r)| !r.is_empty())
        .collect();
    ranked.sort_by(|a, b| {
        b.1.len()
            .cmp(&a.1.len())
            .then(b.0.book_value.cmp(&a.0.book_value))
            .then(a.0.entry_id.cmp(&b.0.entry_id))
    });
    let mut taken: BTreeSet<&str> = BTreeSet::new();
    for (i, r) in ranked.into_iter().take(n) {
        taken.insert(i.entry_id.as_str());
        s.selected.push(pick(i, Stratum::Risk, r));
    }
    let mut rest: Vec<&Item> = items
        .iter()
        .copied()
        .filter(|i| !taken.contains(i.entry_id.as_str()))
        .collect();
    // Fisher–Yates from the seed: the same seed and population give the same items.
    for k in (1..rest.len()).rev() {
        let j = rng.random_range(0..=k);
        rest.swap(k, j);
    }
    for i in rest.into_iter().take(n - taken.len()) {
        s.selected.push(pick(i, Stratum::Random, risks_of(i)));
    }
    s.sample_size = n as u32;
    s.all_items = n >= count;
    s.high_value_items = s
        .selected
        .iter()
        .filter(|x| x.risks.contains(&Risk::HighValue))
        .count();
    s.high_value_value = s
        .selected
        .iter()
        .filter(|x| x.risks.contains(&Risk::HighValue))
        .map(|x| x.book_value)
        .sum::<Money>();
    let rule = Msg::new("review-coverage-rule")
        .arg("pct", COVERAGE_PCT)
        .arg("min", COVERAGE_MIN)
        .arg("items", count)
        .arg("n", n)
        .arg("high", HIGH_VALUE_PCT)
        .arg("late", LATE_REINTEGRATION_DAYS)
        .text(lang);
    s.formula = rule.clone();
    s.coverage = Some(rule);
}
