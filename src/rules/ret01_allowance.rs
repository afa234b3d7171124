//! RET-01: the cash allowance is the tariff per person, handed over on the departure day
//! (± the tolerance days). The day is the allowance's **document date** — the receipt the
//! returnee signs at departure — never its payment date, which may be the later settlement of
//! the escort's cash advance (PRODUCT.md, parameter table). Above the tariff the excess is
//! removed; below it is a warning; a receipt dated off the departure day loses the whole line.
//!
//! Evidence: the ledger's document date and amount, the register's departure date. Without a
//! departure date (no column, or the case has none yet) the day cannot be checked: a "cannot
//! verify" warning, nothing removed; the tariff is still checked on the amount.

use super::{case_of, ev, kind_of, Finding, Input, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::project::HeadingKind;
use crate::model::Field;
use crate::model::{Money, Project};

pub(crate) static RULE: Rule = Rule {
    id: "RET-01",
    severity: Severity::Error,
    params: &[
        "params.cash_allowance",
        "params.cash_allowance_tolerance_days",
    ],
    evidence: &[
        ev(Input::Expenses, Field::DocDate),
        ev(Input::Expenses, Field::Amount),
        ev(Input::Cases, Field::DepartureDate),
    ],
    removes: Removes::Excess,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    let has_departures = Input::Cases.has_column(ledger, Field::DepartureDate);
    let mut unchecked = 0;
    for (i, e) in ledger.entries.iter().enumerate() {
        if kind_of(project, e) != Some(HeadingKind::CashAllowance) {
            continue;
        }
        let Some(c) = case_of(ledger, e) else {
            continue;
        };
        let Some(base) = e.base else { continue };
        if base <= Money::ZERO {
            continue; // a refund of an allowance
        }
        let p = &project.version_on(super::governing_date(e)).params;
        let day = e.expense.doc_date;
        match c.departure_date {
            None if !has_departures => unchecked += 1,
            None => out.push(Finding::blank_in_register(
                &RULE,
                ledger,
                i,
                c,
                Field::DepartureDate,
                Msg::new("rules-what-allowance-day"),
            )),
            Some(dep) => {
                let gap = (day - dep).num_days().unsigned_abs();
                if gap > u64::from(p.cash_allowance_tolerance_days) {
                    out.push(Finding::on_entry(
                        &RULE,
                        ledger,
                        i,
                        Field::DocDate,
                        base,
                        Msg::new("ret01-off-day")
                            .arg("doc", day)
                            .arg("gap", gap)
                            .arg("dep", dep)
                            .arg("tolerance", p.cash_allowance_tolerance_days),
                    ));
                    continue;
                }
            }
        }
        if base > p.cash_allowance {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::Amount,
                base - p.cash_allowance,
                Msg::new("ret01-above-tariff")
                    .money("amount", base)
                    .money("tariff", p.cash_allowance)
                    .money("excess", base - p.cash_allowance),
            ));
        } else if base < p.cash_allowance {
            out.push(
                Finding::on_entry(
                    &RULE,
                    ledger,
                    i,
                    Field::Amount,
                    Money::ZERO,
                    Msg::new("ret01-below-tariff")
                        .money("amount", base)
                        .money("tariff", p.cash_allowance),
                )
                .with_severity(Severity::Warning),
            );
        }
    }
    if unchecked > 0 {
        out.push(Finding::missing_column(
            &RULE,
            ledger,
            Input::Cases,
            Field::DepartureDate,
            unchecked,
            Msg::new("rules-what-allowance-day"),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    fn one(p: &Project, amount: &str, doc: &str, dep: Option<&str>) -> Vec<Finding> {
        let l = ledger(
            p,
            vec![cost("E1", "A1", "4.3", Some("C-1"), amount, doc, doc)],
            vec![case("C-1", Some("2020-01-01"), dep)],
        );
        run(&RULE, p, &l)
    }

    #[test]
    fn the_tariff_on_the_departure_day_is_clean() {
        assert!(one(&project(), "100.00", "2020-02-29", Some("2020-02-29")).is_empty());
    }

    #[test]
    fn above_the_tariff_the_excess_is_removed_below_it_is_a_warning() {
        let p = project();
        let f = one(&p, "150.00", "2020-02-29", Some("2020-02-29"));
        assert_eq!(ids(&f), vec![("E1".to_string(), m("50.00"))]);
        assert_eq!(f[0].at.as_ref().unwrap().a1(), "J2");
        let f = one(&p, "90.00", "2020-02-29", Some("2020-02-29"));
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].ineligible, m("0"));
        // The tariff is a parameter.
        assert!(one(
            &project_with("cash_allowance", "\"150.00\""),
            "150.00",
            "2020-02-29",
            Some("2020-02-29")
        )
        .is_empty());
    }

    #[test]
    fn a_receipt_dated_off_the_departure_day_loses_the_line() {
        let p = project();
        let f = one(&p, "100.00", "2020-03-01", Some("2020-02-29"));
        assert_eq!(ids(&f), vec![("E1".to_string(), m("100.00"))]);
        assert_eq!(f[0].at.as_ref().unwrap().a1(), "C2");
        assert_eq!(one(&p, "100.00", "2020-02-28", Some("2020-02-29")).len(), 1);
        // With one day's tolerance the day before and after are fine, two days are not.
        let t = project_with("cash_allowance_tolerance_days", "1");
        assert!(one(&t, "100.00", "2020-03-01", Some("2020-02-29")).is_empty());
        assert!(one(&t, "100.00", "2020-02-28", Some("2020-02-29")).is_empty());
        assert_eq!(one(&t, "100.00", "2020-03-02", Some("2020-02-29")).len(), 1);
    }

    #[test]
    fn the_day_is_the_receipt_not_the_later_settlement_of_the_cash_advance() {
        // Receipt signed on the departure day, the escort's advance settled three weeks later.
        let p = project();
        let mut e = cost(
            "E1",
            "A1",
            "4.3",
            Some("C-1"),
            "100.00",
            "2020-02-29",
            "2020-03-21",
        );
        e.supplier = "C-1".into();
        let l = ledger(
            &p,
            vec![e],
            vec![case("C-1", Some("2020-01-01"), Some("2020-02-29"))],
        );
        assert!(run(&RULE, &p, &l).is_empty());
    }

    #[test]
    fn without_a_departure_date_the_day_cannot_be_verified_and_nothing_is_removed() {
        let p = project();
        // The case has no departure date yet: a warning at the register cell.
        let f = one(&p, "100.00", "2020-02-28", None);
        assert_eq!(ids(&f), vec![("E1".to_string(), m("0"))]);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(
            f[0].at.as_ref().unwrap().to_string(),
            "cases.xlsx › Lietas!I2"
        );
        assert!(
            f[0].message.text(Lang::En).contains("Izceļošanas datums"),
            "{}",
            f[0].message.text(Lang::En)
        );
        // The tariff is still checked on the amount.
        let f = one(&p, "150.00", "2020-02-28", None);
        assert_eq!(f.len(), 2);
        assert_eq!(f[1].ineligible, m("50.00"));
        // The register has no departure-date column: one warning for all allowances.
        let l = without_columns(
            ledger(
                &p,
                vec![
                    cost(
                        "E1",
                        "A1",
                        "4.3",
                        Some("C-1"),
                        "100.00",
                        "2020-02-28",
                        "2020-02-28",
                    ),
                    cost(
                        "E2",
                        "A1",
                        "4.3",
                        Some("C-2"),
                        "100.00",
                        "2020-03-28",
                        "2020-03-28",
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
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(
            f[0].message.text(Lang::En).contains("for 2 lines"),
            "{}",
            f[0].message.text(Lang::En)
        );
        assert!(
            f[0].message
                .attr(Lang::En, "hint")
                .contains("Departure date"),
            "{}",
            f[0].message.attr(Lang::En, "hint")
        );
    }
}
