//! TG-03: the project assists foreigners who have a departure order (izbraukšanas rīkojums):
//! a cost for a case whose register row has no departure order date is removed whole.
//!
//! Evidence: the register's departure order date column. A blank cell in it is the finding —
//! the register shows no order. A register without the column cannot show any order: one
//! "cannot verify" warning for the person-linked lines, nothing removed.

use super::{case_of, Finding, Input, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::Field;
use crate::model::{Money, Project};

pub(crate) static RULE: Rule = Rule {
    id: "TG-03",
    severity: Severity::Error,
    params: &[],
    evidence: &[super::ev(super::Input::Cases, Field::DepartureOrderDate)],
    removes: Removes::WholeLine,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, _project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    if !Input::Cases.has_column(ledger, Field::DepartureOrderDate) {
        let lines = ledger.entries.iter().filter(|e| e.case.is_some()).count();
        if lines > 0 {
            out.push(Finding::missing_column(
                &RULE,
                ledger,
                Input::Cases,
                Field::DepartureOrderDate,
                lines,
                Msg::new("rules-what-order"),
            ));
        }
        return out;
    }
    for (i, e) in ledger.entries.iter().enumerate() {
        let Some(c) = case_of(ledger, e) else {
            continue;
        };
        if c.departure_order_date.is_none() {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::CaseId,
                e.base.unwrap_or_default(),
                Msg::new("tg03-no-order").arg("case", &c.case_id).arg(
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
    fn a_cost_for_a_case_without_an_order_is_removed() {
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
                    "2020-05-01",
                    "2020-05-01",
                ),
                cost(
                    "E2",
                    "A1",
                    "4.2",
                    Some("C-2"),
                    "300.00",
                    "2020-05-01",
                    "2020-05-01",
                ),
            ],
            vec![
                case("C-1", None, None),
                case("C-2", Some("2020-04-01"), None),
            ],
        );
        assert_eq!(
            ids(&run(&RULE, &p, &l)),
            vec![("E1".to_string(), m("300.00"))]
        );
    }

    #[test]
    fn without_the_order_date_column_nothing_is_removed() {
        let p = project();
        let l = without_columns(
            ledger(
                &p,
                vec![cost(
                    "E1",
                    "A1",
                    "4.2",
                    Some("C-1"),
                    "300.00",
                    "2020-02-20",
                    "2020-02-20",
                )],
                vec![case("C-1", None, Some("2020-02-29"))],
            ),
            &["departure_order_date"],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(ids(&f), vec![(String::new(), m("0"))]);
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(
            f[0].message
                .text(Lang::En)
                .contains("Izbraukšanas rīkojuma datums"),
            "{}",
            f[0].message.text(Lang::En)
        );
    }
}
