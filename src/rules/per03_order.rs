//! PER-03: a cost is normally paid on or after the day it is incurred; a payment before the
//! document date (an advance) needs a reviewer's look, so it is a warning that removes nothing.
//!
//! Evidence: the document and payment dates; an unpaid cost is not checked.

use super::{Finding, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::Field;
use crate::model::{Money, Project};

pub(crate) static RULE: Rule = Rule {
    id: "PER-03",
    severity: Severity::Warning,
    params: &[],
    evidence: &[
        super::ev(super::Input::Expenses, Field::DocDate),
        super::ev(super::Input::Expenses, Field::PaidDate),
    ],
    removes: Removes::Nothing,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, _project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        let x = &e.expense;
        let Some(paid) = x.paid_date else { continue };
        if paid < x.doc_date {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::PaidDate,
                Money::ZERO,
                Msg::new("per03-advance")
                    .arg("paid", paid)
                    .arg("doc", x.doc_date),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    #[test]
    fn payment_before_the_document_is_a_warning() {
        let p = project();
        let l = ledger(
            &p,
            vec![
                cost("E1", "A1", "1", None, "10.00", "2020-03-10", "2020-03-09"),
                cost("E2", "A1", "1", None, "10.00", "2020-03-10", "2020-03-10"),
            ],
            vec![],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(ids(&f), vec![("E1".to_string(), m("0"))]);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(
            f[0].at.as_ref().unwrap().to_string(),
            "expenses.xlsx › Izdevumi!D2"
        );
    }

    #[test]
    fn an_unpaid_cost_is_not_checked() {
        let p = project();
        let mut e = cost("E1", "A1", "1", None, "100.00", "2022-12-01", "2022-12-01");
        e.paid_date = None;
        let l = ledger(&p, vec![e], vec![]);
        assert!(run(&RULE, &p, &l).is_empty());
    }
}
