//! The difference from the previous claim: line × heading rows added or removed, budgets
//! changed, documents (by entry id) claimed again — changed or re-dated —, exchange rates that
//! changed for the same month, and cumulative figures that do not carry forward (previous
//! cumulative + this period ≠ this cumulative, per row, with cells).

use crate::import::readback::claim_workbook::{ClaimWorkbook, Num, SubmittedDoc, SubmittedRow};
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

/// Whether `prev` is the period just before `this` (a quarter's or a year's).
fn consecutive(prev: &ClaimWorkbook, this: &ClaimWorkbook) -> bool {
    match (prev.period, this.period) {
        (ClaimPeriod::Quarter { quarter: p }, ClaimPeriod::Quarter { quarter: t }) => p.next() == t,
        (ClaimPeriod::Year { year: p }, ClaimPeriod::Year { year: t }) => p + 1 == t,
        _ => false,
    }
}

/// The changes found so far, and how many of them break the carry-forward.
#[derive(Default)]
struct Changes {
    list: Vec<Change>,
    breaks: usize,
}

/// A claim's expenditure rows by their key, `line × heading`.
fn rows_by_key(claim: &ClaimWorkbook) -> BTreeMap<String, &SubmittedRow> {
    claim
        .rows
        .iter()
        .map(|r| (format!("{} × {}", r.line, r.heading), r))
        .collect()
}

/// The difference of `this` claim from the previous one: rows, the total's carry-forward,
/// documents claimed again, rates changed.
pub(crate) fn compare(prev: &ClaimWorkbook, this: &ClaimWorkbook) -> PreviousDiff {
    let consecutive = consecutive(prev, this);
    let mut c = Changes::default();
    c.rows(&rows_by_key(prev), &rows_by_key(this), consecutive);
    if consecutive {
        c.total_carry_forward(prev, this);
    }
    c.documents_claimed_again(prev, this);
    c.rates_changed(prev, this);
    PreviousDiff {
        file: prev.file.clone(),
        period: prev.period.label(),
        consecutive,
        changes: c.list,
        carry_forward_breaks: c.breaks,
    }
}

impl Changes {
    /// Rows added, budgets changed, rows whose cumulative does not carry forward (consecutive
    /// claims only), rows removed.
    fn rows(
        &mut self,
        prev_rows: &BTreeMap<String, &SubmittedRow>,
        this_rows: &BTreeMap<String, &SubmittedRow>,
        consecutive: bool,
    ) {
        for (k, t) in this_rows {
            match prev_rows.get(k) {
                None => self.list.push(Change {
                    what: "row added",
                    key: k.clone(),
                    at: t.at.clone(),
                    previous: "—".into(),
                    this: v(&t.cumulative),
                }),
                Some(p) => self.row_in_both(k, p, t, consecutive),
            }
        }
        for (k, p) in prev_rows {
            if !this_rows.contains_key(k) {
                if consecutive && !val(&p.cumulative).is_zero() {
                    self.breaks += 1;
                }
                self.list.push(Change {
                    what: "row removed",
                    key: k.clone(),
                    at: p.at.clone(),
                    previous: v(&p.cumulative),
                    this: "—".into(),
                });
            }
        }
    }

    /// A row in both claims: its budget, and previous cumulative + this period = this cumulative.
    fn row_in_both(&mut self, k: &str, p: &SubmittedRow, t: &SubmittedRow, consecutive: bool) {
        if p.budget.value != t.budget.value {
            self.list.push(Change {
                what: "budget changed",
                key: k.to_string(),
                at: t.budget.at.clone(),
                previous: v(&p.budget),
                this: v(&t.budget),
            });
        }
        if consecutive && val(&p.cumulative) + val(&t.period) != val(&t.cumulative) {
            self.breaks += 1;
            self.list.push(Change {
                what: "carry-forward",
                key: k.to_string(),
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

    /// The total row: previous cumulative + this period = this cumulative.
    fn total_carry_forward(&mut self, prev: &ClaimWorkbook, this: &ClaimWorkbook) {
        let (Some(p), Some(t)) = (&prev.total, &this.total) else {
            return;
        };
        if val(&p.cumulative) + val(&t.period) != val(&t.cumulative) {
            self.breaks += 1;
            self.list.push(Change {
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

    /// Documents in both claims: a cost is claimed once, in the quarter it was paid.
    fn documents_claimed_again(&mut self, prev: &ClaimWorkbook, this: &ClaimWorkbook) {
        let prev_docs: BTreeMap<&str, _> = prev
            .documents
            .iter()
            .map(|d| (d.entry_id.as_str(), d))
            .collect();
        let dates = |d: &SubmittedDoc| {
            format!(
                "{} / {}",
                d.doc_date.map(|x| x.to_string()).unwrap_or_default(),
                d.paid_date.map(|x| x.to_string()).unwrap_or_default()
            )
        };
        for t in &this.documents {
            let Some(p) = prev_docs.get(t.entry_id.as_str()) else {
                continue;
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
            self.list.push(Change {
                what,
                key: t.entry_id.clone(),
                at: t.at.clone(),
                previous,
                this: this_v,
            });
        }
    }

    /// Rates of the same month and currency that changed.
    fn rates_changed(&mut self, prev: &ClaimWorkbook, this: &ClaimWorkbook) {
        let num = |s: &Option<String>| {
            s.as_deref()
                .and_then(|x| x.parse::<rust_decimal::Decimal>().ok())
        };
        for t in &this.rates {
            let Some(p) = prev
                .rates
                .iter()
                .find(|p| p.month == t.month && p.currency == t.currency)
            else {
                continue;
            };
            if num(&p.rate) != num(&t.rate) {
                self.list.push(Change {
                    what: "rate changed",
                    key: format!("{} {}", t.month, t.currency),
                    at: t.at.clone(),
                    previous: p.rate.clone().unwrap_or_default(),
                    this: t.rate.clone().unwrap_or_default(),
                });
            }
        }
    }
}
