//! The difference from the previous claim: line × heading rows added or removed, budgets
//! changed, documents (by entry id) claimed again — changed or re-dated —, exchange rates that
//! changed for the same month, and cumulative figures that do not carry forward (previous
//! cumulative + this period ≠ this cumulative, per row, with cells).

use crate::import::readback::claim_workbook::{ClaimWorkbook, Num};
use crate::model::money::fmt2;
use crate::model::{ClaimPeriod, Money};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// `row added`, `row removed`, `budget changed`, `claimed again`, `re-dated`,
    /// `amount changed`, `rate changed`, `carry-forward`.
    pub what: &'static str,
    pub key: String,
    /// This claim's cell.
    pub at: String,
    pub previous: String,
    pub this: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PreviousDiff {
    pub file: String,
    pub period: String,
    /// Whether the previous claim is the quarter just before this one.
    pub consecutive: bool,
    pub changes: Vec<Change>,
    pub carry_forward_breaks: usize,
}

fn v(n: &Num) -> String {
    n.value.map(|x| fmt2(&x)).unwrap_or_else(|| "—".into())
}

fn val(n: &Num) -> Money {
    n.value.unwrap_or_default()
}

pub fn compare(prev: &ClaimWorkbook, this: &ClaimWorkbook) -> PreviousDiff {
    let consecutive = match (prev.period, this.period) {
        (ClaimPeriod::Quarter { quarter: p }, ClaimPeriod::Quarter { quarter: t }) => p.next() == t,
        (ClaimPeriod::Year { year: p }, ClaimPeriod::Year { year: t }) => p + 1 == t,
        _ => false,
    };
    let mut changes = Vec::new();
    let key = |l: &str, h: &str| format!("{l} × {h}");
    let prev_rows: BTreeMap<String, _> = prev
        .rows
        .iter()
        .map(|r| (key(&r.line, &r.heading), r))
        .collect();
    let this_rows: BTreeMap<String, _> = this
        .rows
        .iter()
        .map(|r| (key(&r.line, &r.heading), r))
        .collect();
    let mut breaks = 0;
    for (k, t) in &this_rows {
        match prev_rows.get(k) {
            None => changes.push(Change {
                what: "row added",
                key: k.clone(),
                at: t.at.clone(),
                previous: "—".into(),
                this: v(&t.cumulative),
            }),
            Some(p) => {
                if p.budget.value != t.budget.value {
                    changes.push(Change {
                        what: "budget changed",
                        key: k.clone(),
                        at: t.budget.at.clone(),
                        previous: v(&p.budget),
                        this: v(&t.budget),
                    });
                }
                if consecutive && val(&p.cumulative) + val(&t.period) != val(&t.cumulative) {
                    breaks += 1;
                    changes.push(Change {
                        what: "carry-forward",
                        key: k.clone(),
                        at: t.cumulative.at.clone(),
                        previous: format!(
                            "{} ({}) + {} ({}) = {}",
                            v(&p.cumulative),
                            p.cumulative.at,
                            v(&t.period),
                            t.period.at,
                            fmt2(&(val(&p.cumulative) + val(&t.period)))
                        ),
                        this: v(&t.cumulative),
                    });
                }
            }
        }
    }
    for (k, p) in &prev_rows {
        if !this_rows.contains_key(k) {
            if consecutive && !val(&p.cumulative).is_zero() {
                breaks += 1;
            }
            changes.push(Change {
                what: "row removed",
                key: k.clone(),
                at: p.at.clone(),
                previous: v(&p.cumulative),
                this: "—".into(),
            });
        }
    }
    if let (true, Some(p), Some(t)) = (consecutive, &prev.total, &this.total) {
        if val(&p.cumulative) + val(&t.period) != val(&t.cumulative) {
            breaks += 1;
            changes.push(Change {
                what: "carry-forward",
                key: "total".into(),
                at: t.cumulative.at.clone(),
                previous: format!(
                    "{} + {} = {}",
                    v(&p.cumulative),
                    v(&t.period),
                    fmt2(&(val(&p.cumulative) + val(&t.period)))
                ),
                this: v(&t.cumulative),
            });
        }
    }
    // Documents in both claims: a cost is claimed once, in the quarter it was paid.
    let prev_docs: BTreeMap<&str, _> = prev
        .documents
        .iter()
        .map(|d| (d.entry_id.as_str(), d))
        .collect();
    for t in &this.documents {
        let Some(p) = prev_docs.get(t.entry_id.as_str()) else {
            continue;
        };
        let dates = |d: &crate::import::readback::claim_workbook::SubmittedDoc| {
            format!(
                "{} / {}",
                d.doc_date.map(|x| x.to_string()).unwrap_or_default(),
                d.paid_date.map(|x| x.to_string()).unwrap_or_default()
            )
        };
        let what = if p.doc_date != t.doc_date || p.paid_date != t.paid_date {
            "re-dated"
        } else if p.eligible.value != t.eligible.value || p.amount.value != t.amount.value {
            "amount changed"
        } else {
            "claimed again"
        };
        let (previous, this_v) = if what == "re-dated" {
            (dates(p), dates(t))
        } else {
            (v(&p.eligible), v(&t.eligible))
        };
        changes.push(Change {
            what,
            key: t.entry_id.clone(),
            at: t.at.clone(),
            previous,
            this: this_v,
        });
    }
    // Rates of the same month and currency that changed.
    for t in &this.rates {
        if let Some(p) = prev
            .rates
            .iter()
            .find(|p| p.month == t.month && p.currency == t.currency)
        {
            let num = |s: &Option<String>| {
                s.as_deref()
                    .and_then(|x| x.parse::<rust_decimal::Decimal>().ok())
            };
            if num(&p.rate) != num(&t.rate) {
                changes.push(Change {
                    what: "rate changed",
                    key: format!("{} {}", t.month, t.currency),
                    at: t.at.clone(),
                    previous: p.rate.clone().unwrap_or_default(),
                    this: t.rate.clone().unwrap_or_default(),
                });
            }
        }
    }
    PreviousDiff {
        file: prev.file.clone(),
        period: prev.period.label(),
        consecutive,
        changes,
        carry_forward_breaks: breaks,
    }
}
