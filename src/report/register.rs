//! The claim register's model: a submitted quarter frozen as it was claimed (its allocation per
//! line × heading and every cost line with its eligible amount), the sums later claims take as
//! "earlier claims", and the comparison that reports ledger changes to a frozen quarter as
//! FIN-02 findings. Pure; `import::register` reads the register, `render::register` writes it.

use crate::allocate::{Allocation, Split, Totals};
use crate::i18n::{Arg, Msg};
use crate::import::InputDigest;
use crate::ledger::Ledger;
use crate::model::money::cents;
use crate::model::{Money, Project, Quarter};
use crate::rules::Finding;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The marker of a register file, checked when it is read.
pub const FORMAT: &str = "grantbook-claim-register/1";

/// A submitted quarterly claim, frozen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrozenClaim {
    pub format: String,
    pub agreement: String,
    pub quarter: String,
    pub agreement_version: u32,
    pub tool_version: String,
    pub inputs: Vec<InputDigest>,
    /// Source codes, in the order of every `by_source` list.
    pub sources: Vec<String>,
    pub total: FrozenSplit,
    pub cells: Vec<FrozenCell>,
    pub entries: Vec<FrozenEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrozenSplit {
    pub eligible: Money,
    pub by_source: Vec<Money>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrozenCell {
    pub line: String,
    pub heading: String,
    pub eligible: Money,
    pub by_source: Vec<Money>,
}

/// A cost line paid in the frozen quarter, with what was claimed for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrozenEntry {
    pub entry_id: String,
    pub doc_no: String,
    pub doc_date: NaiveDate,
    pub paid_date: Option<NaiveDate>,
    pub activity: String,
    pub heading: String,
    pub case_id: Option<String>,
    pub currency: String,
    /// In the document currency.
    pub amount: Money,
    pub eligible: Money,
}

fn frozen_split(s: &Split) -> FrozenSplit {
    FrozenSplit {
        eligible: cents(s.eligible),
        by_source: s.by_source.iter().map(|x| cents(*x)).collect(),
    }
}

impl FrozenClaim {
    pub fn quarter(&self) -> Option<Quarter> {
        match crate::model::ClaimPeriod::parse(&self.quarter) {
            Ok(crate::model::ClaimPeriod::Quarter { quarter }) => Some(quarter),
            _ => None,
        }
    }
    /// Whether two frozen claims hold the same figures (the inputs' hashes may differ).
    pub fn same_figures(&self, o: &FrozenClaim) -> bool {
        self.sources == o.sources
            && self.total == o.total
            && self.cells == o.cells
            && self.entries == o.entries
    }
}

/// Freezes quarter `q` of the allocation as it would be submitted now.
pub fn freeze(project: &Project, ledger: &Ledger, alloc: &Allocation, q: Quarter) -> FrozenClaim {
    let qa = alloc.quarters.get(&q);
    let mut cells = Vec::new();
    if let Some(qa) = qa {
        for (l, line) in project.lines.iter().enumerate() {
            for (h, heading) in project.headings.iter().enumerate() {
                let c = &qa.cells[l][h];
                if c.eligible.is_zero() && c.by_source.iter().all(|x| x.is_zero()) {
                    continue;
                }
                let f = frozen_split(c);
                cells.push(FrozenCell {
                    line: line.code.clone(),
                    heading: heading.code.clone(),
                    eligible: f.eligible,
                    by_source: f.by_source,
                });
            }
        }
    }
    let entries = ledger
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.expense.paid_date.is_some_and(|d| Quarter::of(d) == q))
        .map(|(i, e)| {
            let x = &e.expense;
            FrozenEntry {
                entry_id: x.entry_id.clone(),
                doc_no: x.doc_no.clone(),
                doc_date: x.doc_date,
                paid_date: x.paid_date,
                activity: x.activity.clone(),
                heading: x.heading.clone(),
                case_id: x.case_id.clone(),
                currency: x.currency.clone(),
                amount: x.amount,
                eligible: cents(alloc.eligible[i]),
            }
        })
        .collect();
    FrozenClaim {
        format: FORMAT.to_string(),
        agreement: project.agreement.number.clone(),
        quarter: q.to_string(),
        agreement_version: qa.map(|a| a.version).unwrap_or(0),
        tool_version: crate::report::TOOL.version.to_string(),
        inputs: ledger.digests.clone(),
        sources: project.sources.iter().map(|s| s.code.clone()).collect(),
        total: qa
            .map(|a| frozen_split(&a.total))
            .unwrap_or_else(|| frozen_split(&Split::zero(project.sources.len()))),
        cells,
        entries,
    }
}

/// Adds a frozen claim's cells and total to a sum of quarters.
pub fn add_frozen(project: &Project, t: &mut Totals, f: &FrozenClaim) {
    for c in &f.cells {
        let (Some(l), Some(h)) = (
            project.line_index(&c.line),
            project.heading_index(&c.heading),
        ) else {
            continue;
        };
        let cell = &mut t.cells[l][h];
        cell.eligible += c.eligible;
        for (a, b) in cell.by_source.iter_mut().zip(&c.by_source) {
            *a += *b;
        }
    }
    t.total.eligible += f.total.eligible;
    for (a, b) in t.total.by_source.iter_mut().zip(&f.total.by_source) {
        *a += *b;
    }
}

/// The ledger changes to a frozen quarter, as FIN-02 findings (severity error, to be corrected
/// in the next claim). `now` is the same quarter frozen from today's ledger.
pub fn changes(frozen: &FrozenClaim, now: &FrozenClaim) -> Vec<Finding> {
    let mut out = Vec::new();
    let q = &frozen.quarter;
    let finding = |entry_id: &str, case_id: Option<String>, amount: Money, message: Msg| Finding {
        rule: crate::rules::fin02_frozen::RULE.id,
        severity: crate::rules::fin02_frozen::RULE.severity,
        entry: None,
        entry_id: Some(entry_id.to_string()),
        case_id,
        at: None,
        ineligible: amount,
        message: message.arg("entry", entry_id).arg("quarter", q.to_string()),
    };
    // By entry id, not a nested scan: a quarter of a large ledger holds tens of thousands.
    let now_by_id: std::collections::HashMap<&str, &_> = now
        .entries
        .iter()
        .map(|n| (n.entry_id.as_str(), n))
        .collect();
    let frozen_ids: std::collections::HashSet<&str> =
        frozen.entries.iter().map(|f| f.entry_id.as_str()).collect();
    for f in &frozen.entries {
        match now_by_id.get(f.entry_id.as_str()).copied() {
            None => out.push(finding(
                &f.entry_id,
                f.case_id.clone(),
                f.eligible,
                Msg::new("fin02-removed")
                    .arg("doc", &f.doc_no)
                    .arg("amount", crate::rules::doc_amount(f.amount))
                    .money("eligible", f.eligible),
            )),
            Some(n) if n != f => {
                // The changed fields, each `field from → to`, chained into one message.
                let mut what: Option<Msg> = None;
                let mut diff = |field: &'static str, a: Arg, b: Arg| {
                    if a != b {
                        let item = Msg::new("fin02-change")
                            .arg("field", Msg::new(field))
                            .arg("from", a)
                            .arg("to", b);
                        what = Some(match what.take() {
                            None => item,
                            Some(head) => Msg::new("fin02-changes")
                                .arg("head", head)
                                .arg("next", item),
                        });
                    }
                };
                let text = |s: &str| Arg::from(s);
                diff("fin02-field-doc-no", text(&f.doc_no), text(&n.doc_no));
                diff("fin02-field-doc-date", f.doc_date.into(), n.doc_date.into());
                diff("fin02-field-paid-date", opt(f.paid_date), opt(n.paid_date));
                diff("fin02-field-activity", text(&f.activity), text(&n.activity));
                diff("fin02-field-heading", text(&f.heading), text(&n.heading));
                diff(
                    "fin02-field-case",
                    text(f.case_id.as_deref().unwrap_or_default()),
                    text(n.case_id.as_deref().unwrap_or_default()),
                );
                diff("fin02-field-currency", text(&f.currency), text(&n.currency));
                diff(
                    "fin02-field-amount",
                    crate::rules::doc_amount(f.amount),
                    crate::rules::doc_amount(n.amount),
                );
                diff(
                    "fin02-field-eligible",
                    Arg::Money(f.eligible),
                    Arg::Money(n.eligible),
                );
                out.push(finding(
                    &f.entry_id,
                    n.case_id.clone(),
                    n.eligible - f.eligible,
                    Msg::new("fin02-changed")
                        .arg("changes", what.unwrap_or_else(|| Msg::new("fin02-none"))),
                ));
            }
            Some(_) => {}
        }
    }
    for n in &now.entries {
        if !frozen_ids.contains(n.entry_id.as_str()) {
            out.push(finding(
                &n.entry_id,
                n.case_id.clone(),
                n.eligible,
                Msg::new("fin02-added")
                    .arg("doc", &n.doc_no)
                    .arg("amount", crate::rules::doc_amount(n.amount))
                    .money("eligible", n.eligible),
            ));
        }
    }
    out
}

fn opt(d: Option<NaiveDate>) -> Arg {
    d.map_or_else(|| Arg::from(Msg::new("fin02-none")), Arg::from)
}

/// The register folder name for an agreement number: letters and digits kept, runs of anything
/// else become one `-` (`AK/IOM/PMIF/2018/1` → `AK-IOM-PMIF-2018-1`).
pub fn sanitise(agreement: &str) -> String {
    let mut s = String::new();
    for c in agreement.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    s.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn sanitises_agreement_numbers() {
        assert_eq!(super::sanitise("AK/IOM/PMIF/2018/1"), "AK-IOM-PMIF-2018-1");
        assert_eq!(super::sanitise("/a  b/"), "a-b");
    }
}
