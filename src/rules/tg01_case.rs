//! TG-01: every cost under a per-case heading names a case that exists in the case register.

use super::{Finding, Removes, Rule, Severity};
use crate::ledger::Ledger;
use crate::model::Project;

pub static RULE: Rule = Rule {
    id: "TG-01",
    severity: Severity::Block,
    statement: "A person-linked cost names a case that exists in the case register",
    statement_lv: "Ar personu saistītām izmaksām norādīta lieta, kas ir lietu reģistrā",
    basis: "Reg. (EU) 516/2014 Art. 11 (target group); brief §6 TG-01",
    params: &["headings[].per_case"],
    removes: Removes::WholeLine,
    stage: super::Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[crate::model::Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        let Some(h) = e.heading else { continue };
        if !project.headings[h].per_case {
            continue;
        }
        let amount = e.base.unwrap_or_default();
        match &e.expense.case_id {
            None => out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                "case_id",
                amount,
                format!(
                    "heading {} is per case but the line names no case",
                    project.headings[h].code
                ),
                "fill in the case number (Lietas Nr.) the cost is for".into(),
            )),
            Some(id) if e.case.is_none() => out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                "case_id",
                amount,
                format!("case {id:?} is not in the case register"),
                "correct the case number, or add the case to the register".into(),
            )),
            _ => {}
        }
    }
    out
}
