//! ACC-01: accommodation and food are for the days between intake and departure. The register
//! has no intake date, so the departure order date (the earliest a person can be assisted) is
//! the first day; the last night is the one before departure, or the departure night itself
//! when `accommodation_includes_departure_day`.
//!
//! Evidence, best first (PRODUCT.md, parameter table):
//! - service dates (`service_from` … `service_to`, a night dated by its evening, inclusive):
//!   the days outside the window are removed pro rata;
//! - else the document date: hostels invoice at checkout, so an invoice (or food money) dated
//!   from the departure order up to and including the day after the last night — the
//!   departure day — is within the stay; for accommodation a `quantity` counts that many
//!   nights back from it, and the nights before the order are removed pro rata; a document
//!   dated before the order is wholly before it and removed whole;
//! - a document dated after the departure day without service dates may be a late invoice for
//!   nights of the stay: "cannot verify", nothing removed.
//!
//! Without the order date or the departure date (no column, or a blank cell) that end of the
//! window is not checked: a "cannot verify" warning names the register column.

use super::{case_of, ev, kind_of, Finding, Input, Removes, Rule, Severity, Stage};
use crate::i18n::{Arg, Msg};
use crate::ledger::{Entry, Ledger};
use crate::model::money::cents;
use crate::model::project::HeadingKind;
use crate::model::Field;
use crate::model::{Case, Money, Project};
use chrono::{Days, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

pub(crate) static RULE: Rule = Rule {
    id: "ACC-01",
    severity: Severity::Error,
    params: &["params.accommodation_includes_departure_day"],
    evidence: &[
        ev(Input::Expenses, Field::ServiceFrom),
        ev(Input::Expenses, Field::ServiceTo),
        ev(Input::Expenses, Field::Quantity),
        ev(Input::Expenses, Field::DocDate),
        ev(Input::Cases, Field::DepartureOrderDate),
        ev(Input::Cases, Field::DepartureDate),
    ],
    removes: Removes::Excess,
    stage: Stage::Entry,
    check,
};

/// The first and last day a line covers (inclusive), when it has both service dates. One date
/// alone is not a period: a line with only the last day is read like a checkout-dated document,
/// one with only the first day by its document date (evidence first: no one-day guess).
pub(crate) fn service_days(e: &Entry) -> Option<(NaiveDate, NaiveDate)> {
    let x = &e.expense;
    x.service_from.zip(x.service_to)
}

/// What a line's evidence says about the days it covers.
enum Stay {
    /// Service dates: first and last day covered, inclusive.
    Served(NaiveDate, NaiveDate),
    /// Only the document date (the checkout), and for accommodation the nights before it.
    Dated(NaiveDate, Option<u64>),
}

fn stay(e: &Entry, accommodation: bool) -> Stay {
    let x = &e.expense;
    if let Some((from, to)) = service_days(e) {
        return Stay::Served(from, to);
    }
    let nights = x
        .quantity
        .filter(|q| accommodation && *q >= Decimal::ONE && q.fract().is_zero())
        .and_then(|q| q.to_u64());
    Stay::Dated(x.service_to.unwrap_or(x.doc_date), nights)
}

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    // Lines whose order (0) or departure (1) end could not be checked for want of a column.
    let mut unchecked = [0usize; 2];
    let columns = [
        Input::Cases.has_column(ledger, Field::DepartureOrderDate),
        Input::Cases.has_column(ledger, Field::DepartureDate),
    ];
    for (i, e) in ledger.entries.iter().enumerate() {
        let kind = kind_of(project, e);
        if !matches!(kind, Some(HeadingKind::Accommodation | HeadingKind::Food)) {
            continue;
        }
        let Some(c) = case_of(ledger, e) else {
            continue;
        };
        let Some(base) = e.base else { continue };
        let p = &project.version_on(super::governing_date(e)).params;
        let first = c.departure_order_date;
        let last = c.departure_date.and_then(|dep| {
            if p.accommodation_includes_departure_day {
                Some(dep)
            } else {
                dep.checked_sub_days(Days::new(1))
            }
        });
        for (k, (bound, field)) in [
            (first.is_some(), Field::DepartureOrderDate),
            (c.departure_date.is_some(), Field::DepartureDate),
        ]
        .into_iter()
        .enumerate()
        {
            if bound {
                continue;
            }
            if columns[k] {
                out.push(Finding::blank_in_register(
                    &RULE,
                    ledger,
                    i,
                    c,
                    field,
                    Msg::new("rules-what-stay"),
                ));
            } else {
                unchecked[k] += 1;
            }
        }
        let accommodation = kind == Some(HeadingKind::Accommodation);
        if let Some(f) = outside(ledger, i, c, base, stay(e, accommodation), first, last) {
            out.push(f);
        }
    }
    for (k, field) in [Field::DepartureOrderDate, Field::DepartureDate]
        .into_iter()
        .enumerate()
    {
        if unchecked[k] > 0 {
            out.push(Finding::missing_column(
                &RULE,
                ledger,
                Input::Cases,
                field,
                unchecked[k],
                Msg::new("rules-what-stay"),
            ));
        }
    }
    out
}

/// A window end as a message argument: the date, or "?" when the register has none.
fn end(d: Option<NaiveDate>) -> Arg {
    d.map_or_else(|| Arg::from("?"), Arg::from)
}

/// The finding for a line's days outside the window `first` … `last` (the nights of the
/// stay), if any.
fn outside(
    ledger: &Ledger,
    i: usize,
    c: &Case,
    base: Money,
    days: Stay,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
) -> Option<Finding> {
    let x = &ledger.entries[i].expense;
    let msg = |key: &'static str| {
        Msg::new(key)
            .arg("case", &c.case_id)
            .arg("first", end(first))
            .arg("last", end(last))
    };
    let (from, to) = match days {
        Stay::Dated(d, nights) => {
            // The day after the last night is the checkout (departure) day.
            let checkout = last.and_then(|l| l.checked_add_days(Days::new(1)));
            if first.is_some_and(|f| d < f) {
                let m = msg("acc01-dated-before-order").arg("doc", d);
                return Some(Finding::on_entry(&RULE, ledger, i, Field::DocDate, base, m));
            }
            if checkout.is_some_and(|co| d > co) {
                let m = msg("acc01-dated-after-departure").arg("doc", d);
                return Some(
                    Finding::on_entry(&RULE, ledger, i, Field::DocDate, Money::ZERO, m)
                        .with_severity(Severity::Warning),
                );
            }
            // Nights counted back from the checkout: the night before it is the last.
            match nights.and_then(|n| d.checked_sub_days(Days::new(n))) {
                Some(from) => (from, d - Days::new(1)),
                None => return None,
            }
        }
        Stay::Served(from, to) => (from, to),
    };
    if to < from {
        let m = Msg::new("acc01-reversed").arg("from", from).arg("to", to);
        return Some(Finding::on_entry(
            &RULE,
            ledger,
            i,
            Field::ServiceTo,
            base,
            m,
        ));
    }
    let days = (to - from).num_days() + 1;
    let before = first.map_or(0, |f| (f - from).num_days().clamp(0, days));
    let after = last.map_or(0, |l| (to - l).num_days().clamp(0, days));
    let outside = (before + after).min(days);
    if outside == 0 {
        return None;
    }
    let removed = cents(base * Decimal::from(outside) / Decimal::from(days));
    let field = match (after > 0, x.service_to.is_some(), x.service_from.is_some()) {
        (true, true, _) => Field::ServiceTo,
        (false, _, true) => Field::ServiceFrom,
        (false, false, false) => Field::Quantity,
        _ => Field::DocDate,
    };
    let key = if after > 0 {
        "acc01-after-departure"
    } else {
        "acc01-before-order"
    };
    let m = msg(key)
        .arg("from", from)
        .arg("to", to)
        .arg("outside", outside)
        .arg("days", days);
    Some(Finding::on_entry(&RULE, ledger, i, field, removed, m))
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
        // Dated from the order up to and including the departure day: within the stay.
        assert!(mk("2020-02-20").is_empty());
        assert!(mk("2020-02-29").is_empty());
        // Before the order: wholly before it.
        assert_eq!(ids(&mk("2020-02-19")), vec![("E1".to_string(), m("3.00"))]);
        // After the departure: cannot verify, nothing removed.
        let f = mk("2020-03-02");
        assert_eq!(ids(&f), vec![("E1".to_string(), m("0"))]);
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(
            f[0].message
                .attr(Lang::En, "hint")
                .contains("Pakalpojuma sākums"),
            "{}",
            f[0].message.attr(Lang::En, "hint")
        );
    }

    /// A hostel invoice without service dates, dated `doc`, for `nights` if given.
    fn checkout(p: &Project, doc: &str, nights: Option<&str>, amount: &str) -> Vec<Finding> {
        let mut e = cost("E1", "A3", "4.6", Some("C-1"), amount, doc, doc);
        e.quantity = nights.map(m);
        let l = ledger(
            p,
            vec![e],
            vec![case("C-1", Some("2020-02-20"), Some("2020-02-29"))],
        );
        run(&RULE, p, &l)
    }

    #[test]
    fn a_hostel_invoice_dated_at_checkout_is_within_the_stay() {
        let p = project();
        // Nine nights 20 … 28 February, invoiced on the departure (checkout) day.
        assert!(checkout(&p, "2020-02-29", Some("9"), "90.00").is_empty());
        assert!(checkout(&p, "2020-02-29", None, "90.00").is_empty());
        // Eleven nights counted back from the checkout: two before the order, 2/11 removed.
        let f = checkout(&p, "2020-02-29", Some("11"), "110.00");
        assert_eq!(ids(&f), vec![("E1".to_string(), m("20.00"))]);
        assert_eq!(f[0].at.as_ref().unwrap().a1(), "O2");
        // Dated before the order: the stay it pays for is before it.
        assert_eq!(
            ids(&checkout(&p, "2020-02-19", None, "30.00")),
            vec![("E1".to_string(), m("30.00"))]
        );
        // Dated after the departure day: a late invoice? Cannot verify.
        let f = checkout(&p, "2020-03-10", Some("9"), "90.00");
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(f[0].ineligible, m("0"));
    }

    #[test]
    fn without_order_or_departure_dates_that_end_is_not_checked() {
        let p = project();
        // Blank departure date: a warning at the register cell, nothing removed.
        let mut e = cost(
            "E1",
            "A3",
            "4.6",
            Some("C-1"),
            "100.00",
            "2020-03-10",
            "2020-03-10",
        );
        e.service_from = Some(d("2020-02-20"));
        e.service_to = Some(d("2020-03-09"));
        let l = ledger(
            &p,
            vec![e.clone()],
            vec![case("C-1", Some("2020-02-20"), None)],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(ids(&f), vec![("E1".to_string(), m("0"))]);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(
            f[0].at.as_ref().unwrap().to_string(),
            "cases.xlsx › Lietas!I2"
        );
        // Days before a known order are still removed when the departure is unknown.
        e.service_from = Some(d("2020-02-10"));
        e.service_to = Some(d("2020-02-29"));
        let l = ledger(
            &p,
            vec![e.clone()],
            vec![case("C-1", Some("2020-02-20"), None)],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(f.len(), 2);
        assert_eq!(f[1].ineligible, m("50.00")); // 10 of 20 days
                                                 // No departure-date column: one warning for the ledger.
        let l = without_columns(
            ledger(&p, vec![e], vec![case("C-1", Some("2020-01-20"), None)]),
            &["departure_date"],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(ids(&f), vec![(String::new(), m("0"))]);
        assert!(
            f[0].message.text(Lang::En).contains("Izceļošanas datums"),
            "{}",
            f[0].message.text(Lang::En)
        );
    }
}
