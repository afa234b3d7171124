//! FX-01: a cost in another currency needs an exchange rate for its document date's month.
//! Without one its EUR amount is unknown: the line is excluded whole, and every total shows it
//! apart in its own currency ("not convertible: 1 218.62 GEL") until the rate is added. The
//! finding's EUR amount is zero — there is no EUR amount to remove — and the reports carry the
//! original amount (`report::check::CheckedFinding::not_convertible`).

use super::{Finding, Removes, Rule, Severity};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::Field;
use crate::model::{Month, Project};

pub(crate) static RULE: Rule = Rule {
    id: "FX-01",
    severity: Severity::Error,
    params: &["inputs.rates"],
    evidence: &[
        super::ev(super::Input::Expenses, Field::Currency),
        super::ev(super::Input::Expenses, Field::DocDate),
        super::ev(super::Input::Rates, Field::Rate),
    ],
    removes: Removes::WholeLine,
    stage: super::Stage::Entry,
    check,
};

fn check(ledger: &Ledger, _project: &Project, _done: &[crate::model::Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        if e.eur.is_none() {
            let x = &e.expense;
            let mut f = Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::Currency,
                rust_decimal::Decimal::ZERO,
                Msg::new("fx01-no-rate")
                    .arg("currency", &x.currency)
                    .arg("month", Month::of(x.doc_date).to_string())
                    .arg("amount", super::doc_amount(x.amount)),
            );
            // Without a rate the EUR amount is unknown; the line is left out of the claim whole.
            f.ineligible = rust_decimal::Decimal::ZERO;
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    #[test]
    fn a_cost_without_a_rate_for_its_month_is_reported() {
        let p = project();
        let mut e1 = cost(
            "E1",
            "A2",
            "4.5",
            Some("C-1"),
            "1350500.000",
            "2020-07-31",
            "2020-08-05",
        );
        e1.currency = "IQD".into();
        let mut e2 = e1.clone();
        e2.entry_id = "E2".into();
        e2.doc_date = d("2020-08-01");
        let l = ledger_with_rates(
            &p,
            vec![e1, e2],
            vec![case("C-1", Some("2020-01-01"), Some("2020-02-01"))],
            vec![rate("2020-07", "IQD", "1350.5")],
        );
        assert_eq!(l.entries[0].eur, Some(m("1000.00")));
        let f = run(&RULE, &p, &l);
        assert_eq!(ids(&f), vec![("E2".to_string(), m("0"))]);
        assert_eq!(f[0].at.as_ref().unwrap().a1(), "K3");
    }
}
