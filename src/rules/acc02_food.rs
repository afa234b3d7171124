//! ACC-02: food money is at most the daily tariff × days. Days are the line's quantity, or its
//! service dates (inclusive), or one day (its document date); the excess is removed.

use super::{case_of, kind_of, Finding, Removes, Rule, Severity, Stage};
use crate::ledger::Ledger;
use crate::model::money::fmt2;
use crate::model::project::HeadingKind;
use crate::model::{Money, Project};
use rust_decimal::Decimal;

pub static RULE: Rule = Rule {
    id: "ACC-02",
    severity: Severity::Error,
    statement: "Food money is at most the daily tariff × days",
    statement_lv: "Pārtikas nauda nepārsniedz dienas tarifu × dienu skaitu",
    basis: "Project description (3 EUR per day until departure); brief §3.1, §6 ACC-02",
    params: &["params.food_per_day"],
    removes: Removes::Excess,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        if kind_of(project, e) != Some(HeadingKind::Food) || case_of(ledger, e).is_none() {
            continue;
        }
        let Some(base) = e.base else { continue };
        if base <= Money::ZERO {
            continue;
        }
        let (from, to) = super::acc01_dates::service_days(e);
        let days = match e.expense.quantity {
            Some(q) if q > Decimal::ZERO => q,
            _ => Decimal::from((to - from).num_days().max(0) + 1),
        };
        let p = &project.version_on(super::governing_date(e)).params;
        // Bounded at import (tariff < 10^12, quantity < 10^6); checked all the same.
        let max = p.food_per_day.checked_mul(days).unwrap_or(Decimal::MAX);
        if base > max {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                "amount",
                base - max,
                format!(
                    "food money {} EUR for {} day(s): the tariff allows {} EUR ({} EUR/day)",
                    fmt2(&base),
                    days.normalize(),
                    fmt2(&max),
                    fmt2(&p.food_per_day)
                ),
                "only the tariff × days is eligible; the excess is removed".into(),
            ));
        }
    }
    out
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
}
