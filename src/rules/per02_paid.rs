//! PER-02: a cost is eligible only if paid inside the eligibility period (plus the grace days)
//! of the agreement version in force on its payment date.

use super::{Finding, Removes, Rule, Severity};
use crate::ledger::Ledger;
use crate::model::Project;
use chrono::Days;

pub static RULE: Rule = Rule {
    id: "PER-02",
    severity: Severity::Block,
    statement: "The cost is paid within the eligibility period (plus the payment grace days)",
    statement_lv: "Izmaksas apmaksātas attiecināmības periodā (ieskaitot samaksas papildlaiku)",
    basis: "Reg. (EU) 514/2014 Art. 17(3); grant agreement, eligibility period",
    params: &[
        "versions[].period_start",
        "versions[].period_end",
        "params.payment_grace_days",
    ],
    removes: Removes::WholeLine,
    stage: super::Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[crate::model::Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        let Some(paid) = e.expense.paid_date else {
            continue;
        };
        let v = project.version_on(paid);
        let last = v
            .period_end
            .checked_add_days(Days::new(v.params.payment_grace_days as u64))
            .unwrap_or(v.period_end);
        if paid < v.period_start || paid > last {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                "paid_date",
                e.base.unwrap_or_default(),
                format!("payment date {paid} is outside {} … {last}", v.period_start),
                "a cost paid outside the eligibility period cannot be claimed".into(),
            ));
        }
    }
    out
}
