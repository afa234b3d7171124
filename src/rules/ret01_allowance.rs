//! RET-01: the cash allowance is the tariff per person, paid on the departure day (± the
//! tolerance days) of a case that has departed. Above the tariff the excess is removed; below
//! it is a warning; paid on another day, or for a case that has not departed, the whole line.

use super::{case_of, governing_date, kind_of, Finding, Removes, Rule, Severity, Stage};
use crate::ledger::Ledger;
use crate::model::money::fmt2;
use crate::model::project::HeadingKind;
use crate::model::{Money, Project};

pub static RULE: Rule = Rule {
    id: "RET-01",
    severity: Severity::Error,
    statement: "A cash allowance equals the tariff and is paid on the departure day (± tolerance)",
    statement_lv: "Naudas pabalsts atbilst tarifam un izmaksāts izceļošanas dienā (± pielaide)",
    basis: "Reg. (EU) 516/2014 Art. 12(c) (financial contributions); project description (100 EUR at departure); brief §3.1, §6 RET-01",
    params: &["params.cash_allowance", "params.cash_allowance_tolerance_days"],
    removes: Removes::Excess,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
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
        let p = &project.version_on(governing_date(e)).params;
        let paid = governing_date(e);
        let field = if e.expense.paid_date.is_some() {
            "paid_date"
        } else {
            "doc_date"
        };
        match c.departure_date {
            None => {
                out.push(Finding::on_entry(
                    &RULE,
                    ledger,
                    i,
                    "case_id",
                    base,
                    format!("allowance for case {} which has not departed", c.case_id),
                    "the allowance is paid at departure; fill in the departure date or remove the cost".into(),
                ));
                continue;
            }
            Some(dep) => {
                let gap = (paid - dep).num_days().unsigned_abs();
                if gap > u64::from(p.cash_allowance_tolerance_days) {
                    out.push(Finding::on_entry(
                        &RULE,
                        ledger,
                        i,
                        field,
                        base,
                        format!(
                            "allowance paid {paid}, {gap} day(s) from the departure on {dep} (tolerance {} days)",
                            p.cash_allowance_tolerance_days
                        ),
                        "the allowance is paid on the departure day; check the dates".into(),
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
                "amount",
                base - p.cash_allowance,
                format!(
                    "allowance {} EUR, above the tariff {} EUR: {} EUR excess",
                    fmt2(&base),
                    fmt2(&p.cash_allowance),
                    fmt2(&(base - p.cash_allowance))
                ),
                "only the tariff is eligible; the excess is removed".into(),
            ));
        } else if base < p.cash_allowance {
            out.push(
                Finding::on_entry(
                    &RULE,
                    ledger,
                    i,
                    "amount",
                    Money::ZERO,
                    format!(
                        "allowance {} EUR, below the tariff {} EUR",
                        fmt2(&base),
                        fmt2(&p.cash_allowance)
                    ),
                    "check the receipt: the returnee is entitled to the full tariff".into(),
                )
                .with_severity(Severity::Warning),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    fn one(p: &Project, amount: &str, paid: &str, dep: Option<&str>) -> Vec<Finding> {
        let l = ledger(
            p,
            vec![cost("E1", "A1", "4.3", Some("C-1"), amount, paid, paid)],
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
    fn paid_off_the_departure_day_or_not_departed_the_line_is_removed() {
        let p = project();
        let f = one(&p, "100.00", "2020-03-01", Some("2020-02-29"));
        assert_eq!(ids(&f), vec![("E1".to_string(), m("100.00"))]);
        assert_eq!(f[0].at.as_ref().unwrap().a1(), "D2");
        assert_eq!(one(&p, "100.00", "2020-02-28", Some("2020-02-29")).len(), 1);
        assert_eq!(
            ids(&one(&p, "100.00", "2020-02-28", None)),
            vec![("E1".to_string(), m("100.00"))]
        );
        // With one day's tolerance the day before and after are fine, two days are not.
        let t = project_with("cash_allowance_tolerance_days", "1");
        assert!(one(&t, "100.00", "2020-03-01", Some("2020-02-29")).is_empty());
        assert!(one(&t, "100.00", "2020-02-28", Some("2020-02-29")).is_empty());
        assert_eq!(one(&t, "100.00", "2020-03-02", Some("2020-02-29")).len(), 1);
    }
}
