//! TG-01: every cost under a per-case heading names a case that exists in the case register.
//!
//! Evidence: the ledger's case number under a per-case heading (required there: PRODUCT.md)
//! and the register's case numbers; a blank or unknown case number is the finding itself.

use super::{Finding, Removes, Rule, Severity};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::Field;
use crate::model::Project;

pub(crate) static RULE: Rule = Rule {
    id: "TG-01",
    severity: Severity::Block,
    params: &["headings[].per_case"],
    evidence: &[
        super::ev(super::Input::Expenses, Field::CaseId),
        super::ev(super::Input::Cases, Field::CaseId),
    ],
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
                Field::CaseId,
                amount,
                Msg::new("tg01-no-case").arg("heading", &project.headings[h].code),
            )),
            Some(id) if e.case.is_none() => out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::CaseId,
                amount,
                Msg::new("tg01-unknown-case").arg("case", id),
            )),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    #[test]
    fn a_per_case_cost_needs_a_known_case() {
        let p = project();
        let l = ledger(
            &p,
            vec![
                cost(
                    "E1",
                    "A1",
                    "4.4",
                    Some("C-9"),
                    "40.00",
                    "2020-05-01",
                    "2020-05-01",
                ),
                cost("E2", "A1", "4.4", None, "40.00", "2020-05-01", "2020-05-01"),
                cost(
                    "E3",
                    "A1",
                    "4.4",
                    Some("C-1"),
                    "40.00",
                    "2020-05-01",
                    "2020-05-01",
                ),
                cost("E4", "A1", "1", None, "40.00", "2020-05-01", "2020-05-01"),
            ],
            vec![case("C-1", Some("2020-01-01"), None)],
        );
        assert_eq!(
            ids(&run(&RULE, &p, &l)),
            vec![
                ("E1".to_string(), m("40.00")),
                ("E2".to_string(), m("40.00"))
            ]
        );
        // Whether a heading is per case is the project file's.
        let p = project_from(
            &PROJECT.replace("kind = \"transit\"\nper_case = true", "kind = \"transit\""),
        );
        let l = ledger(
            &p,
            vec![cost(
                "E2",
                "A1",
                "4.4",
                None,
                "40.00",
                "2020-05-01",
                "2020-05-01",
            )],
            vec![],
        );
        assert!(run(&RULE, &p, &l).is_empty());
    }
}
