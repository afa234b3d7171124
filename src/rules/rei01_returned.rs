//! REI-01: reintegration is for a completed return: a delivery dated before the case's
//! departure is removed whole.
//!
//! Evidence: the delivery's document date and the register's departure date. A case without a
//! departure date (a blank cell: not departed yet, or not filled in; or no column at all) is
//! not evidence of a delivery before the return: a "cannot verify" warning, nothing removed.

use super::{case_of, kind_of, Finding, Input, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::project::HeadingKind;
use crate::model::Field;
use crate::model::{Money, Project};

pub(crate) static RULE: Rule = Rule {
    id: "REI-01",
    severity: Severity::Block,
    params: &["headings[].kind = \"reintegration\""],
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
    let has_departures = Input::Cases.has_column(ledger, Field::DepartureDate);
    let mut unchecked = 0;
    for (i, e) in ledger.entries.iter().enumerate() {
        if kind_of(project, e) != Some(HeadingKind::Reintegration) {
            continue;
        }
        let Some(c) = case_of(ledger, e) else {
            continue;
        };
        let x = &e.expense;
        let (field, message) = match c.departure_date {
            None if has_departures => {
                out.push(Finding::blank_in_register(
                    &RULE,
                    ledger,
                    i,
                    c,
                    Field::DepartureDate,
                    Msg::new("rules-what-return-first"),
                ));
                continue;
            }
            None => {
                unchecked += 1;
                continue;
            }
            Some(dep) if x.doc_date < dep => (
                Field::DocDate,
                Msg::new("rei01-before-departure")
                    .arg("doc", x.doc_date)
                    .arg("dep", dep),
            ),
            Some(_) => continue,
        };
        out.push(Finding::on_entry(
            &RULE,
            ledger,
            i,
            field,
            e.base.unwrap_or_default(),
            message,
        ));
    }
    if unchecked > 0 {
        out.push(Finding::missing_column(
            &RULE,
            ledger,
            Input::Cases,
            Field::DepartureDate,
            unchecked,
            Msg::new("rules-what-return-first"),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    #[test]
    fn delivery_before_departure_is_removed_on_the_day_it_is_not_without_one_a_warning() {
        let p = project();
        let l = ledger(
            &p,
            vec![
                cost(
                    "E1",
                    "A2",
                    "4.5",
                    Some("C-1"),
                    "500.00",
                    "2020-02-28",
                    "2020-03-01",
                ),
                cost(
                    "E2",
                    "A2",
                    "4.5",
                    Some("C-1"),
                    "500.00",
                    "2020-02-29",
                    "2020-03-01",
                ),
                cost(
                    "E3",
                    "A2",
                    "4.5",
                    Some("C-2"),
                    "500.00",
                    "2020-03-01",
                    "2020-03-01",
                ),
            ],
            vec![
                case("C-1", Some("2020-01-01"), Some("2020-02-29")),
                case("C-2", Some("2020-01-01"), None),
            ],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(
            ids(&f),
            vec![("E1".to_string(), m("500.00")), ("E3".to_string(), m("0"))]
        );
        assert_eq!(f[1].severity, Severity::Warning);
        assert_eq!(
            f[1].at.as_ref().unwrap().to_string(),
            "cases.xlsx › Lietas!I3"
        );
        // No departure-date column: one warning for the two deliveries, nothing removed.
        let l = without_columns(
            ledger(
                &p,
                vec![
                    cost(
                        "E1",
                        "A2",
                        "4.5",
                        Some("C-1"),
                        "500.00",
                        "2020-02-28",
                        "2020-03-01",
                    ),
                    cost(
                        "E2",
                        "A2",
                        "4.5",
                        Some("C-2"),
                        "500.00",
                        "2020-03-01",
                        "2020-03-01",
                    ),
                ],
                vec![
                    case("C-1", Some("2020-01-01"), None),
                    case("C-2", Some("2020-01-01"), None),
                ],
            ),
            &["departure_date"],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(ids(&f), vec![(String::new(), m("0"))]);
        assert!(
            f[0].message.text(Lang::En).contains("for 2 lines"),
            "{}",
            f[0].message.text(Lang::En)
        );
        assert!(
            f[0].message.text(Lang::En).contains("Izceļošanas datums"),
            "{}",
            f[0].message.text(Lang::En)
        );
    }
}
