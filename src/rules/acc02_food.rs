//! ACC-02: food money is at most the daily tariff × days. A line's days are its quantity, or
//! its service dates (inclusive): the excess of the line is removed. A line with neither
//! (PRODUCT.md, parameter table) counts toward its case's cap, the tariff × the days from the
//! departure order to the departure: the case's such lines add up in payment order, the one
//! that crosses the cap loses the part above it, later ones lose all.
//!
//! Evidence: the amount; the quantity or service dates; for lines without them, the register's
//! departure order and departure dates. Without either date (no column, or a blank cell) the
//! case's cap is unknown: a "cannot verify" warning, nothing removed.

use super::{case_of, ev, kind_of, Finding, Input, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::project::HeadingKind;
use crate::model::Field;
use crate::model::{Money, Project};
use rust_decimal::Decimal;

pub(crate) static RULE: Rule = Rule {
    id: "ACC-02",
    severity: Severity::Error,
    params: &["params.food_per_day"],
    evidence: &[
        ev(Input::Expenses, Field::Amount),
        ev(Input::Expenses, Field::Quantity),
        ev(Input::Expenses, Field::ServiceFrom),
        ev(Input::Expenses, Field::ServiceTo),
        ev(Input::Cases, Field::DepartureOrderDate),
        ev(Input::Cases, Field::DepartureDate),
    ],
    removes: Removes::Excess,
    stage: Stage::Entry,
    check,
};

/// The register dates that bound a line without days: the departure order and the departure.
const DATES: [Field; 2] = [Field::DepartureOrderDate, Field::DepartureDate];

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    // Per case: the food money without days evidence so far (payment order).
    let mut used = vec![Money::ZERO; ledger.cases.len()];
    let mut unchecked = [0usize; 2];
    let columns = DATES.map(|f| Input::Cases.has_column(ledger, f));
    for q in ledger.paid_in_order() {
        let i = q.entry as usize;
        let e = &ledger.entries[i];
        if kind_of(project, e) != Some(HeadingKind::Food) {
            continue;
        }
        let Some(c) = case_of(ledger, e) else {
            continue;
        };
        let Some(base) = e.base else { continue };
        if base <= Money::ZERO {
            continue;
        }
        let p = &project.version_on(super::governing_date(e)).params;
        if let Some(days) = days(e) {
            out.extend(over_tariff(ledger, i, base, days, p));
            continue;
        }
        let (Some(order), Some(dep)) = (c.departure_order_date, c.departure_date) else {
            for (k, value) in [c.departure_order_date, c.departure_date]
                .iter()
                .enumerate()
            {
                if value.is_some() {
                    continue;
                }
                if columns[k] {
                    let what = Msg::new("rules-what-food-days");
                    out.push(Finding::blank_in_register(
                        &RULE, ledger, i, c, DATES[k], what,
                    ));
                } else {
                    unchecked[k] += 1;
                }
            }
            continue;
        };
        let ci = e.case.expect("a case");
        let stay = Stay { order, dep };
        out.extend(over_stay(ledger, i, base, stay, p, &mut used[ci]));
    }
    for (k, field) in DATES.into_iter().enumerate() {
        if unchecked[k] > 0 {
            out.push(Finding::missing_column(
                &RULE,
                ledger,
                Input::Cases,
                field,
                unchecked[k],
                Msg::new("rules-what-food-days"),
            ));
        }
    }
    out
}

/// A line's days: its quantity, or its service dates (inclusive).
fn days(e: &crate::ledger::Entry) -> Option<Decimal> {
    match (e.expense.quantity, super::acc01_dates::service_days(e)) {
        (Some(q), _) if q > Decimal::ZERO => Some(q),
        (_, Some((from, to))) => Some(Decimal::from((to - from).num_days().max(0) + 1)),
        _ => None,
    }
}

/// The excess of a line with days over the tariff × its days.
fn over_tariff(
    ledger: &Ledger,
    i: usize,
    base: Money,
    days: Decimal,
    p: &crate::model::project::Params,
) -> Option<Finding> {
    // Bounded at import (tariff < 10^12, quantity < 10^6); checked all the same.
    let max = p.food_per_day.checked_mul(days).unwrap_or(Decimal::MAX);
    (base > max).then(|| {
        Finding::on_entry(
            &RULE,
            ledger,
            i,
            Field::Amount,
            base - max,
            Msg::new("acc02-over-tariff")
                .money("amount", base)
                .num("days", days)
                .money("max", max)
                .money("tariff", p.food_per_day),
        )
    })
}

/// A case's stay: from the departure order to the departure.
struct Stay {
    order: chrono::NaiveDate,
    dep: chrono::NaiveDate,
}

/// What a line without days takes beyond its case's cap (the tariff × the days of the stay),
/// given `used`, the case's such lines before it; `used` grows by what the line keeps.
fn over_stay(
    ledger: &Ledger,
    i: usize,
    base: Money,
    stay: Stay,
    p: &crate::model::project::Params,
    used: &mut Money,
) -> Option<Finding> {
    let Stay { order, dep } = stay;
    let days = (dep - order).num_days().max(0);
    let cap = p
        .food_per_day
        .checked_mul(Decimal::from(days))
        .unwrap_or(Decimal::MAX);
    let before = *used;
    let room = (cap - before).max(Money::ZERO);
    let removed = (base - room).max(Money::ZERO);
    *used = before + base - removed;
    let c = ledger.entries[i].case.map(|ci| &ledger.cases[ci])?;
    (removed > Money::ZERO).then(|| {
        Finding::on_entry(
            &RULE,
            ledger,
            i,
            Field::Amount,
            removed,
            Msg::new("acc02-over-stay")
                .arg("case", &c.case_id)
                .money("sum", before + base)
                .money("cap", cap)
                .arg("days", days)
                .arg("order", order)
                .arg("dep", dep),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    fn food(p: &Project, amount: &str, qty: Option<&str>) -> Vec<Finding> {
        let mut e = cost(
            "E1",
            "A3",
            "4.7",
            Some("C-1"),
            amount,
            "2020-02-20",
            "2020-02-20",
        );
        e.service_from = Some(d("2020-02-20"));
        e.service_to = Some(d("2020-02-26"));
        e.quantity = qty.map(m);
        let l = ledger(
            p,
            vec![e],
            vec![case("C-1", Some("2020-02-01"), Some("2020-02-29"))],
        );
        run(&RULE, p, &l)
    }

    #[test]
    fn food_at_the_tariff_is_clean_above_it_the_excess_is_removed() {
        let p = project();
        assert!(food(&p, "21.00", None).is_empty()); // 7 days × 3.00
        assert_eq!(
            ids(&food(&p, "30.00", None)),
            vec![("E1".to_string(), m("9.00"))]
        );
        // The quantity, when given, is the number of days.
        assert_eq!(
            ids(&food(&p, "21.00", Some("5"))),
            vec![("E1".to_string(), m("6.00"))]
        );
        // The tariff is a parameter.
        assert!(food(&project_with("food_per_day", "\"4.00\""), "28.00", None).is_empty());
        assert_eq!(food(&p, "28.00", None)[0].ineligible, m("7.00"));
    }

    /// Food money lines without quantity or service dates for one case (order 1 February,
    /// departure 29 February: 28 days, 84.00 EUR at 3.00 a day).
    fn weekly(p: &Project, amounts: &[&str], dep: Option<&str>) -> Vec<Finding> {
        let costs = amounts
            .iter()
            .enumerate()
            .map(|(k, a)| {
                let day = format!("2020-02-{:02}", 7 * (k + 1));
                cost(
                    &format!("E{}", k + 1),
                    "A3",
                    "4.7",
                    Some("C-1"),
                    a,
                    &day,
                    &day,
                )
            })
            .collect();
        let l = ledger(p, costs, vec![case("C-1", Some("2020-02-01"), dep)]);
        run(&RULE, p, &l)
    }

    #[test]
    fn without_days_the_case_is_capped_at_the_tariff_for_the_stay() {
        let p = project();
        assert!(weekly(
            &p,
            &["21.00", "21.00", "21.00", "21.00"],
            Some("2020-02-29")
        )
        .is_empty());
        // 21 + 30 + 30 = 81; the fourth line's 10.00 crosses 84.00 by 7.00.
        assert_eq!(
            ids(&weekly(
                &p,
                &["21.00", "30.00", "30.00", "10.00"],
                Some("2020-02-29")
            )),
            vec![("E4".to_string(), m("7.00"))]
        );
    }

    #[test]
    fn without_days_or_a_departure_date_the_food_money_cannot_be_verified() {
        let p = project();
        let f = weekly(&p, &["21.00", "99.00"], None);
        assert_eq!(
            ids(&f),
            vec![("E1".to_string(), m("0")), ("E2".to_string(), m("0"))]
        );
        assert!(f.iter().all(|x| x.severity == Severity::Warning));
        let l = without_columns(
            ledger(
                &p,
                vec![cost(
                    "E1",
                    "A3",
                    "4.7",
                    Some("C-1"),
                    "99.00",
                    "2020-02-07",
                    "2020-02-07",
                )],
                vec![case("C-1", None, None)],
            ),
            &["departure_order_date", "departure_date"],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(f.len(), 2);
        assert!(f
            .iter()
            .all(|x| x.severity == Severity::Warning && x.entry.is_none()));
        assert!(
            f[0].message
                .text(Lang::En)
                .contains("Izbraukšanas rīkojuma datums"),
            "{}",
            f[0].message.text(Lang::En)
        );
    }
}
