//! The claim register's model: a submitted quarter frozen as it was claimed (its allocation per
//! line × heading and every cost line with its eligible amount), the sums later claims take as
//! "earlier claims", and the comparison that reports ledger changes to a frozen quarter as
//! FIN-02 findings. Pure; `import::register` reads the register, `render::register` writes it.

use crate::allocate::{Allocation, Split, Totals};
use crate::import::InputDigest;
use crate::ledger::Ledger;
use crate::model::money::cents;
use crate::model::{Money, Project, Quarter};
use crate::rules::Finding;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The marker of a register file, checked when it is read (2: each file carries a checksum).
pub const FORMAT: &str = "grantbook-claim-register/2";

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
    let finding = |entry_id: &str, case_id: Option<String>, amount: Money, message: String| {
        Finding {
        rule: crate::rules::fin02_frozen::RULE.id,
        severity: crate::rules::fin02_frozen::RULE.severity,
        entry: None,
        entry_id: Some(entry_id.to_string()),
        case_id,
        at: None,
        ineligible: amount,
        message,
        hint: format!(
            "{q} was submitted and is frozen in the claim register: correct the difference in the next claim (a correction line), or restore the ledger entry"
        ),
    }
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
                format!(
                    "entry {} ({} {}, claimed {} EUR) is no longer in the ledger as paid in {q}, a submitted claim",
                    f.entry_id, f.doc_no, f.amount, f.eligible
                ),
            )),
            Some(n) if n != f => {
                let mut what = Vec::new();
                let mut diff = |name: &str, a: String, b: String| {
                    if a != b {
                        what.push(format!("{name} {a} → {b}"));
                    }
                };
                diff("document no.", f.doc_no.clone(), n.doc_no.clone());
                diff("document date", f.doc_date.to_string(), n.doc_date.to_string());
                diff("payment date", opt(f.paid_date), opt(n.paid_date));
                diff("activity", f.activity.clone(), n.activity.clone());
                diff("heading", f.heading.clone(), n.heading.clone());
                diff("case", f.case_id.clone().unwrap_or_default(), n.case_id.clone().unwrap_or_default());
                diff("currency", f.currency.clone(), n.currency.clone());
                diff("amount", f.amount.to_string(), n.amount.to_string());
                diff("eligible", f.eligible.to_string(), n.eligible.to_string());
                out.push(finding(
                    &f.entry_id,
                    n.case_id.clone(),
                    n.eligible - f.eligible,
                    format!(
                        "entry {} of {q}, a submitted claim, changed: {}",
                        f.entry_id,
                        what.join("; ")
                    ),
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
                format!(
                    "entry {} ({} {}, eligible {} EUR) was added to {q}, a submitted claim",
                    n.entry_id, n.doc_no, n.amount, n.eligible
                ),
            ));
        }
    }
    out
}

fn opt(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "none".into())
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
