//! ACC-01: accommodation and food are for the days between intake and departure. The register
//! has no intake date, so the departure order date (the earliest a person can be assisted) is
//! the first day; the last is the day before departure, or the departure day itself when
//! `accommodation_includes_departure_day`. A line's days are its service dates (a night is
//! dated by its evening: `service_from` … `service_to` inclusive), or its document date when
//! they are absent; the days outside the window are removed pro rata.

use super::{case_of, kind_of, Finding, Removes, Rule, Severity, Stage};
use crate::ledger::{Entry, Ledger};
use crate::model::money::cents;
use crate::model::project::HeadingKind;
use crate::model::{Money, Project};
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

pub static RULE: Rule = Rule {
    id: "ACC-01",
    severity: Severity::Error,
    statement: "Accommodation and food cover only days between the departure order and departure",
    statement_lv: "Izmitināšana un pārtika tikai par dienām no izbraukšanas rīkojuma līdz izceļošanai",
    basis: "IeM call (accommodation and food until the voluntary return); project description (3 EUR/day until the departure day); brief §6 ACC-01",
    params: &["params.accommodation_includes_departure_day"],
    removes: Removes::Excess,
    stage: Stage::Entry,
    check,
};

/// The first and last day a line covers (inclusive): its service dates, else its document date.
pub(crate) fn service_days(e: &Entry) -> (NaiveDate, NaiveDate) {
    let x = &e.expense;
    let from = x.service_from.or(x.service_to).unwrap_or(x.doc_date);
    let to = x.service_to.or(x.service_from).unwrap_or(x.doc_date);
    (from, to)
}

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        if !matches!(
            kind_of(project, e),
            Some(HeadingKind::Accommodation | HeadingKind::Food)
        ) {
            continue;
        }
        let Some(c) = case_of(ledger, e) else {
            continue;
        };
        let Some(base) = e.base else { continue };
        let x = &e.expense;
        let (from, to) = service_days(e);
        if to < from {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                "service_to",
                base,
                format!("the service ends {to}, before it starts {from}"),
                "correct the service dates".into(),
            ));
            continue;
        }
        let p = &project.version_on(super::governing_date(e)).params;
        let first = c.departure_order_date;
        let last = c.departure_date.and_then(|dep| {
            if p.accommodation_includes_departure_day {
                Some(dep)
            } else {
                dep.checked_sub_days(Days::new(1))
            }
        });
        let days = (to - from).num_days() + 1;
        let before = first.map_or(0, |f| (f - from).num_days().clamp(0, days));
        let after = last.map_or(0, |l| (to - l).num_days().clamp(0, days));
        let outside = (before + after).min(days);
        if outside == 0 {
            continue;
        }
        let removed = cents(base * Decimal::from(outside) / Decimal::from(days));
        let field = match (after > 0, x.service_to.is_some(), x.service_from.is_some()) {
            (true, true, _) => "service_to",
            (false, _, true) => "service_from",
            _ => "doc_date",
        };
        let window = format!(
            "{} … {}",
            first.map_or("?".to_string(), |d| d.to_string()),
            last.map_or("departure".to_string(), |d| d.to_string())
        );
        out.push(Finding::on_entry(
            &RULE,
            ledger,
            i,
            field,
            removed,
            format!(
                "{from} … {to}: {outside} of {days} day(s) outside the stay of case {} ({window})",
                c.case_id
            ),
            if after > 0 {
                "the night of the departure day and later days are not eligible; the days outside are removed"
            } else {
                "days before the departure order are not eligible; the days outside are removed"
            }
            .into(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    fn hostel(p: &Project, from: &str, to: &str, amount: &str) -> Vec<Finding> {
        let mut e = cost("E1", "A3", "4.6", Some("C-1"), amount, to, to);
        e.service_from = Some(d(from));
        e.service_to = Some(d(to));
        let l = ledger(
            p,
            vec![e],
            vec![case("C-1", Some("2020-02-20"), Some("2020-02-29"))],
        );
        run(&RULE, p, &l)
    }

    #[test]
    fn nights_up_to_the_day_before_departure_are_eligible() {
        let p = project();
        assert!(hostel(&p, "2020-02-20", "2020-02-28", "90.00").is_empty());
    }

    #[test]
    fn the_departure_night_is_removed_pro_rata_unless_the_parameter_says_so() {
        let p = project();
        let f = hostel(&p, "2020-02-20", "2020-02-29", "100.00");
        assert_eq!(ids(&f), vec![("E1".to_string(), m("10.00"))]);
        assert_eq!(f[0].at.as_ref().unwrap().a1(), "N2");
        let incl = project_with("accommodation_includes_departure_day", "true");
        assert!(hostel(&incl, "2020-02-20", "2020-02-29", "100.00").is_empty());
        assert_eq!(
            hostel(&incl, "2020-02-20", "2020-03-01", "110.00")[0].ineligible,
            m("10.00")
        );
    }

    #[test]
    fn days_before_the_order_are_removed() {
        let f = hostel(&project(), "2020-02-18", "2020-02-27", "100.00");
        assert_eq!(ids(&f), vec![("E1".to_string(), m("20.00"))]);
        assert_eq!(f[0].at.as_ref().unwrap().a1(), "M2");
    }

    #[test]
    fn food_without_service_dates_uses_the_document_date() {
        let p = project();
        let mk = |doc: &str| {
            let l = ledger(
                &p,
                vec![cost("E1", "A3", "4.7", Some("C-1"), "3.00", doc, doc)],
                vec![case("C-1", Some("2020-02-20"), Some("2020-02-29"))],
            );
            run(&RULE, &p, &l)
        };
        assert!(mk("2020-02-28").is_empty());
        assert_eq!(ids(&mk("2020-02-29")), vec![("E1".to_string(), m("3.00"))]);
    }
}
