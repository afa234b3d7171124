//! FX-01: a cost in another currency needs an exchange rate for its document date's month.

use super::{Finding, Removes, Rule, Severity};
use crate::ledger::Ledger;
use crate::model::{Month, Project};

pub static RULE: Rule = Rule {
    id: "FX-01",
    severity: Severity::Error,
    statement: "A non-EUR cost has an exchange rate for its document month",
    statement_lv: "Izmaksām citā valūtā ir valūtas kurss dokumenta mēnesim",
    basis: "Grant agreement, eligibility annex (conversion at the monthly accounting rate); brief §6 FX-01",
    params: &["inputs.rates"],
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
                "currency",
                rust_decimal::Decimal::ZERO,
                format!(
                    "no {} rate for {}: the amount {} {} cannot be converted",
                    x.currency,
                    Month::of(x.doc_date),
                    x.amount,
                    x.currency
                ),
                format!(
                    "add the rate for {} {} to the exchange-rate file",
                    Month::of(x.doc_date),
                    x.currency
                ),
            );
            // Without a rate the EUR amount is unknown; the line is left out of the claim whole.
            f.ineligible = rust_decimal::Decimal::ZERO;
            out.push(f);
        }
    }
    out
}
