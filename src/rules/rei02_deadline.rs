//! REI-02: reintegration is delivered no later than the same calendar date
//! `reintegration_months` after departure (29 February → 28 February: chrono's
//! `checked_add_months` clamps to the month's last day); a later delivery is removed whole.
//!
//! Evidence: the delivery's document date and the register's departure date. Without a
//! departure date the deadline is unknown: REI-01 warns "cannot verify" about the line;
//! nothing is removed here.

use super::{case_of, kind_of, Finding, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::project::HeadingKind;
use crate::model::Field;
use crate::model::{Money, Project};
use chrono::Months;

pub(crate) static RULE: Rule = Rule {
    id: "REI-02",
    severity: Severity::Error,
    params: &["params.reintegration_months"],
    evidence: &[
        super::ev(super::Input::Expenses, Field::DocDate),
        super::ev(super::Input::Cases, Field::DepartureDate),
    ],
    removes: Removes::WholeLine,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        if kind_of(project, e) != Some(HeadingKind::Reintegration) {
            continue;
        }
        let Some(c) = case_of(ledger, e) else {
            continue;
        };
        let Some(dep) = c.departure_date else {
            continue;
        };
        let p = &project.version_on(super::governing_date(e)).params;
        let Some(deadline) = dep.checked_add_months(Months::new(p.reintegration_months)) else {
            continue;
        };
        let x = &e.expense;
        if x.doc_date > deadline {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::DocDate,
                e.base.unwrap_or_default(),
                Msg::new("rei02-late")
                    .arg("doc", x.doc_date)
                    .arg("deadline", deadline)
                    .arg("months", p.reintegration_months)
                    .arg("dep", dep),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    fn deliver(p: &Project, dep: &str, doc: &str) -> Vec<Finding> {
        let l = ledger(
            p,
            vec![cost("E1", "A2", "4.5", Some("C-1"), "500.00", doc, doc)],
            vec![case("C-1", Some("2019-06-01"), Some(dep))],
        );
        run(&RULE, p, &l)
    }

    #[test]
    fn the_same_date_a_year_later_is_the_last_day() {
        let p = project();
        assert!(deliver(&p, "2020-06-15", "2021-06-15").is_empty());
        assert_eq!(
            ids(&deliver(&p, "2020-06-15", "2021-06-16")),
            vec![("E1".to_string(), m("500.00"))]
        );
    }

    #[test]
    fn a_departure_on_29_february_ends_on_28_february() {
        let p = project();
        assert!(deliver(&p, "2020-02-29", "2021-02-28").is_empty());
        assert_eq!(deliver(&p, "2020-02-29", "2021-03-01").len(), 1);
    }

    #[test]
    fn the_months_are_a_parameter() {
        let p = project_with("reintegration_months", "6");
        assert!(deliver(&p, "2020-06-15", "2020-12-15").is_empty());
        assert_eq!(deliver(&p, "2020-06-15", "2020-12-16").len(), 1);
    }

    #[test]
    fn without_a_departure_date_nothing_is_removed_here() {
        // REI-01 warns about the line; the deadline is unknown.
        let p = project();
        let l = ledger(
            &p,
            vec![cost(
                "E1",
                "A2",
                "4.5",
                Some("C-1"),
                "500.00",
                "2024-01-01",
                "2022-12-01",
            )],
            vec![case("C-1", Some("2019-01-01"), None)],
        );
        assert!(run(&RULE, &p, &l).is_empty());
    }
}
