//! TG-04: a ticket is bought (document date) on or after the case's departure-order date; a
//! ticket bought before it is removed whole. Cases without an order date are TG-03's.
//!
//! Evidence: the ticket's document date and the register's departure order date. Without an
//! order date (no column, or a blank cell) the ticket is not checked; TG-03 reports it.

use super::{case_of, kind_of, Finding, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::project::HeadingKind;
use crate::model::Field;
use crate::model::{Money, Project};

pub(crate) static RULE: Rule = Rule {
    id: "TG-04",
    severity: Severity::Error,
    params: &["headings[].kind = \"ticket\""],
    evidence: &[
        super::ev(super::Input::Expenses, Field::DocDate),
        super::ev(super::Input::Cases, Field::DepartureOrderDate),
    ],
    removes: Removes::WholeLine,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        if kind_of(project, e) != Some(HeadingKind::Ticket) {
            continue;
        }
        let Some(c) = case_of(ledger, e) else {
            continue;
        };
        let Some(order) = c.departure_order_date else {
            continue;
        };
        let x = &e.expense;
        if x.doc_date < order {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::DocDate,
                e.base.unwrap_or_default(),
                Msg::new("tg04-before-order")
                    .arg("doc", x.doc_date)
                    .arg("order", order)
                    .arg(
                        "cell",
                        ledger.case_cell(c, Field::DepartureOrderDate).to_string(),
                    ),
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
    fn a_ticket_before_the_order_is_removed_on_the_order_day_it_is_not() {
        let p = project();
        let l = ledger(
            &p,
            vec![
                cost(
                    "E1",
                    "A1",
                    "4.2",
                    Some("C-1"),
                    "300.00",
                    "2020-03-31",
                    "2020-04-02",
                ),
                cost(
                    "E2",
                    "A1",
                    "4.2",
                    Some("C-1"),
                    "300.00",
                    "2020-04-01",
                    "2020-04-02",
                ),
                cost(
                    "E3",
                    "A1",
                    "4.1",
                    Some("C-1"),
                    "30.00",
                    "2020-03-01",
                    "2020-04-02",
                ),
            ],
            vec![case("C-1", Some("2020-04-01"), Some("2020-05-01"))],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(ids(&f), vec![("E1".to_string(), m("300.00"))]);
        assert_eq!(f[0].at.as_ref().unwrap().a1(), "C2");
    }

    #[test]
    fn without_an_order_date_the_ticket_is_not_checked_here() {
        // TG-03 reports the missing order date (a blank cell) or column.
        let p = project();
        let l = ledger(
            &p,
            vec![cost(
                "E1",
                "A1",
                "4.2",
                Some("C-1"),
                "300.00",
                "2019-02-01",
                "2019-02-01",
            )],
            vec![case("C-1", None, Some("2019-03-01"))],
        );
        assert!(run(&RULE, &p, &l).is_empty());
        let l = without_columns(l, &["departure_order_date"]);
        assert!(run(&RULE, &p, &l).is_empty());
    }
}
