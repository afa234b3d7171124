//! Eligibility rules as data: each rule is a small pure function over the ledger and the
//! project, in its own file, listed in `ALL` — the table of contents of what grantbook checks
//! (rule families of the domain brief §6). A rule returns findings; it never stops the run.

mod bud01_codes;
mod fx01_rate;
mod per01_incurred;
mod per02_paid;
mod tg01_case;

use crate::ledger::Ledger;
use crate::model::money::ser_money;
use crate::model::{CellRef, Money, Project};
use rust_decimal::Decimal;
use serde::Serialize;

/// How serious a finding is. Block and error amounts are excluded from the claim; warnings
/// and information are listed for the reviewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Block,
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn excludes(self) -> bool {
        matches!(self, Severity::Block | Severity::Error)
    }
    pub fn label(self) -> &'static str {
        match self {
            Severity::Block => "block",
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// What a rule removes from the eligible amount (PRODUCT.md, "Ineligible amounts").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Removes {
    /// The whole line: a cost that cannot be claimed at all.
    WholeLine,
    /// The excess over a tariff or a cap.
    Excess,
    /// The later entry of a duplicate pair.
    LaterDuplicate,
    /// The over-budget part beyond the flexibility.
    OverBudget,
    /// Nothing: the finding is for a reviewer's judgement.
    Nothing,
}

/// One rule of the catalogue.
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    /// One line, English and Latvian.
    pub statement: &'static str,
    pub statement_lv: &'static str,
    /// The legal basis or source.
    pub basis: &'static str,
    /// The project-file parameters it reads.
    pub params: &'static [&'static str],
    pub removes: Removes,
    pub check: fn(&Ledger, &Project) -> Vec<Finding>,
}

/// A finding: which rule, how serious, which cost or case, where, how much, why, what to do.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    /// Index of the cost in `Ledger::entries`.
    #[serde(skip)]
    pub entry: Option<usize>,
    pub entry_id: Option<String>,
    pub case_id: Option<String>,
    pub at: Option<CellRef>,
    #[serde(serialize_with = "ser_money")]
    pub ineligible: Money,
    pub message: String,
    pub hint: String,
}

impl Finding {
    /// A finding about one cost line; the amount is capped later at what the line has.
    pub fn on_entry(
        rule: &Rule,
        ledger: &Ledger,
        entry: usize,
        field: &str,
        ineligible: Money,
        message: String,
        hint: String,
    ) -> Finding {
        let e = &ledger.entries[entry];
        Finding {
            rule: rule.id,
            severity: rule.severity,
            entry: Some(entry),
            entry_id: Some(e.expense.entry_id.clone()),
            case_id: e.expense.case_id.clone(),
            at: Some(ledger.cell(e, field)),
            ineligible,
            message,
            hint,
        }
    }
}

/// The catalogue, in the order findings are reported.
pub static ALL: &[&Rule] = &[
    &per01_incurred::RULE,
    &per02_paid::RULE,
    &bud01_codes::RULE,
    &fx01_rate::RULE,
    &tg01_case::RULE,
];

pub fn find(id: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|r| r.id.eq_ignore_ascii_case(id))
}

/// Runs every rule; findings come in catalogue order, then by source row.
pub fn check_all(ledger: &Ledger, project: &Project) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in ALL {
        let mut f = (rule.check)(ledger, project);
        f.sort_by_key(|x| {
            (
                x.at.as_ref().map(|a| a.row),
                x.entry_id.clone(),
                x.case_id.clone(),
            )
        });
        out.extend(f);
    }
    out
}

/// The ineligible amount of each entry from block- and error-severity findings: a whole-line
/// finding takes the line, others add up, and a line never loses more than its amount.
pub fn ineligible_by_entry(ledger: &Ledger, findings: &[Finding]) -> Vec<Money> {
    let mut out = vec![Decimal::ZERO; ledger.entries.len()];
    for f in findings.iter().filter(|f| f.severity.excludes()) {
        if let Some(i) = f.entry {
            out[i] += f.ineligible;
        }
    }
    for (i, e) in ledger.entries.iter().enumerate() {
        let base = e.base.unwrap_or(Decimal::ZERO);
        out[i] = cap(out[i], base);
    }
    out
}

/// Caps `x` at `base` in magnitude, with `base`'s sign (a credit note loses at most itself).
pub fn cap(x: Money, base: Money) -> Money {
    if base >= Decimal::ZERO {
        x.max(Decimal::ZERO).min(base)
    } else {
        x.min(Decimal::ZERO).max(base)
    }
}
