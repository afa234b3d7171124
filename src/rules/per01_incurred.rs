//! PER-01: a cost is eligible only if incurred (document date) inside the eligibility period of
//! the agreement version in force on its payment date.
//!
//! Evidence: the document date (a required column); nothing is ever missing.

use super::{Finding, Removes, Rule, Severity};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::Field;
use crate::model::Project;

pub(crate) static RULE: Rule = Rule {
    id: "PER-01",
    severity: Severity::Block,
    params: &["versions[].period_start", "versions[].period_end"],
    evidence: &[super::ev(super::Input::Expenses, Field::DocDate)],
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
                Field::DocDate,
                e.base.unwrap_or_default(),
                Msg::new("per01-outside")
                    .arg("doc", x.doc_date)
                    .arg("start", v.period_start)
                    .arg("end", v.period_end)
                    .arg("version", v.number),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    fn at(p: &Project, doc: &str) -> Vec<Finding> {
        let l = ledger(
            p,
            vec![cost("E1", "A1", "1", None, "10.00", doc, "2020-01-10")],
            vec![],
        );
        run(&RULE, p, &l)
    }

    #[test]
    fn the_first_and_last_eligible_days_are_in_the_days_around_them_are_not() {
        let p = project();
        assert_eq!(
            ids(&at(&p, "2019-01-02")),
            vec![("E1".to_string(), m("10.00"))]
        );
        assert!(at(&p, "2019-01-03").is_empty());
        assert!(at(&p, "2022-12-31").is_empty());
        assert_eq!(at(&p, "2023-01-01").len(), 1);
        // The period is a parameter of the version.
        let p = project_from(
            &PROJECT.replace("period_start = 2019-01-03", "period_start = 2019-01-01"),
        );
        assert!(at(&p, "2019-01-02").is_empty());
    }
}
