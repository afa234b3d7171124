//! PER-02: a cost is eligible only if paid inside the eligibility period (plus the grace days)
//! of the agreement version in force on its payment date.
//!
//! Evidence: the payment date. Without one (no column, or a blank cell) the cost is not yet
//! paid: it is not claimed, and there is nothing to check.

use super::{Finding, Removes, Rule, Severity};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::Field;
use crate::model::Project;
use chrono::Days;

pub(crate) static RULE: Rule = Rule {
    id: "PER-02",
    severity: Severity::Block,
    params: &[
        "versions[].period_start",
        "versions[].period_end",
        "params.payment_grace_days",
    ],
    evidence: &[super::ev(super::Input::Expenses, Field::PaidDate)],
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
                Field::PaidDate,
                e.base.unwrap_or_default(),
                Msg::new("per02-outside")
                    .arg("paid", paid)
                    .arg("start", v.period_start)
                    .arg("end", last),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    fn paid(p: &Project, date: &str) -> Vec<Finding> {
        let l = ledger(
            p,
            vec![cost("E1", "A1", "1", None, "10.00", "2019-01-03", date)],
            vec![],
        );
        run(&RULE, p, &l)
    }

    #[test]
    fn payments_on_the_first_and_last_day_count_after_the_grace_they_do_not() {
        let p = project();
        assert_eq!(paid(&p, "2019-01-02").len(), 1);
        assert!(paid(&p, "2019-01-03").is_empty());
        assert!(paid(&p, "2022-12-31").is_empty());
        assert_eq!(
            ids(&paid(&p, "2023-01-01")),
            vec![("E1".to_string(), m("10.00"))]
        );
        let grace = project_with("payment_grace_days", "30");
        assert!(paid(&grace, "2023-01-30").is_empty());
        assert_eq!(paid(&grace, "2023-01-31").len(), 1);
    }

    #[test]
    fn an_unpaid_cost_is_not_checked() {
        let p = project();
        let mut e = cost("E1", "A1", "1", None, "100.00", "2022-12-01", "2022-12-01");
        e.paid_date = None;
        let l = without_columns(ledger(&p, vec![e], vec![]), &["paid_date"]);
        assert!(run(&RULE, &p, &l).is_empty());
    }
}
