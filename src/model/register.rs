//! The claim register's records: a submitted quarter frozen as it was claimed (its allocation
//! per line × heading and every cost line with its eligible amount). The register is an input
//! like the ledger — `import::readback::register` reads it, `rules::fin02_frozen` compares it with the
//! ledger, `report::register` freezes a quarter and `render::register` writes it.

use crate::model::InputDigest;
use crate::model::{Money, Quarter};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The marker of a register file, checked when it is read.
pub(crate) const FORMAT: &str = "grantbook-claim-register/2";

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

impl FrozenEntry {
    /// A cost line as the register keeps it, with the EUR amount claimed for it.
    pub fn of(x: &crate::model::Expense, eligible: Money) -> FrozenEntry {
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
            eligible: crate::model::money::cents(eligible),
        }
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
    pub(crate) fn same_figures(&self, o: &FrozenClaim) -> bool {
        self.sources == o.sources
            && self.total == o.total
            && self.cells == o.cells
            && self.entries == o.entries
    }
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
