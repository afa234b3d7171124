//! PER-01: a cost is eligible only if incurred (document date) inside the eligibility period of
//! the agreement version in force on its payment date.

use super::{Finding, Removes, Rule, Severity};
use crate::ledger::Ledger;
use crate::model::Project;

pub static RULE: Rule = Rule {
    id: "PER-01",
    severity: Severity::Block,
    statement: "The cost is incurred (document date) within the eligibility period",
    statement_lv: "Izmaksas radušās (dokumenta datums) attiecināmības periodā",
    basis: "Reg. (EU) 514/2014 Art. 17(3); grant agreement, eligibility period",
    params: &["versions[].period_start", "versions[].period_end"],
    removes: Removes::WholeLine,
    stage: super::Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[crate::model::Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        let x = &e.expense;
        let v = project.version_on(x.paid_date.unwrap_or(x.doc_date));
        if x.doc_date < v.period_start || x.doc_date > v.period_end {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                "doc_date",
                e.base.unwrap_or_default(),
                format!(
                    "document date {} is outside the eligibility period {} … {} (version {})",
                    x.doc_date, v.period_start, v.period_end, v.number
                ),
                "a cost incurred outside the period cannot be claimed; check the date on the document".into(),
            ));
        }
    }
    out
}
