//! VAT-01: the VAT column is plausible. Recoverable VAT is deducted from the eligible amount as
//! arithmetic in `Ledger::build` and is not a finding; this rule flags VAT that cannot be right
//! (more than the amount, or of the opposite sign), and — for information — VAT that stays in
//! the eligible amount because the project file says VAT is not recoverable.
//!
//! Evidence: the VAT column. A ledger without it deducts no VAT (the import reads 0), which is
//! right only if no document carries recoverable VAT: when the project says VAT is
//! recoverable, one "cannot verify" warning names the column; nothing is removed.

use super::{Finding, Input, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::Field;
use crate::model::{Money, Project};

pub(crate) static RULE: Rule = Rule {
    id: "VAT-01",
    severity: Severity::Error,
    params: &["params.vat_recoverable"],
    evidence: &[super::ev(super::Input::Expenses, Field::Vat)],
    removes: Removes::WholeLine,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    if !Input::Expenses.has_column(ledger, Field::Vat) {
        let lines = ledger
            .entries
            .iter()
            .filter(|e| {
                project
                    .version_on(super::governing_date(e))
                    .params
                    .vat_recoverable
            })
            .count();
        if lines > 0 {
            out.push(Finding::missing_column(
                &RULE,
                ledger,
                Input::Expenses,
                Field::Vat,
                lines,
                Msg::new("rules-what-vat"),
            ));
        }
        return out;
    }
    for (i, e) in ledger.entries.iter().enumerate() {
        let x = &e.expense;
        if x.vat.is_zero() {
            continue;
        }
        if !x.vat_fits() {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::Vat,
                e.base.unwrap_or_default(),
                Msg::new("vat01-misfit")
                    .arg("vat", super::doc_amount(x.vat))
                    .arg("amount", super::doc_amount(x.amount))
                    .arg("currency", &x.currency),
            ));
            continue;
        }
        let v = project.version_on(super::governing_date(e));
        if !v.params.vat_recoverable {
            out.push(
                Finding::on_entry(
                    &RULE,
                    ledger,
                    i,
                    Field::Vat,
                    Money::ZERO,
                    Msg::new("vat01-kept")
                        .arg("vat", super::doc_amount(x.vat))
                        .arg("currency", &x.currency),
                )
                .with_severity(Severity::Info),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    fn with_vat(id: &str, amount: &str, vat: &str) -> crate::model::Expense {
        let mut c = cost(id, "A1", "1", None, amount, "2020-03-10", "2020-03-10");
        c.vat = m(vat);
        c
    }

    #[test]
    fn vat_above_the_amount_is_an_error_and_recoverable_vat_is_no_finding() {
        let p = project();
        let l = ledger(
            &p,
            vec![
                with_vat("E1", "100.00", "100.01"),
                with_vat("E2", "121.00", "21.00"),
                with_vat("E3", "-121.00", "21.00"),
                with_vat("E4", "100.00", "100.00"),
            ],
            vec![],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(
            ids(&f),
            // A VAT that does not fit is not deducted (`Expense::vat_fits`): the whole amount is
            // the line's base, and that is what the finding removes — 100.00, and the credit
            // note's -121.00 (never a negative removal from a positive line).
            vec![
                ("E1".to_string(), m("100.00")),
                ("E3".to_string(), m("-121.00"))
            ]
        );
        // E2: 121 with 21 recoverable VAT is 100 eligible, no finding.
        assert_eq!(l.entries[1].base, Some(m("100.00")));
    }

    #[test]
    fn non_recoverable_vat_is_information() {
        let p = project_with("vat_recoverable", "false");
        let l = ledger(&p, vec![with_vat("E2", "121.00", "21.00")], vec![]);
        let f = run(&RULE, &p, &l);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Info);
        assert_eq!(l.entries[0].base, Some(m("121.00")));
        let p = project();
        let l = ledger(&p, vec![with_vat("E2", "121.00", "21.00")], vec![]);
        assert!(run(&RULE, &p, &l).is_empty());
    }

    #[test]
    fn without_the_vat_column_a_warning_names_it() {
        let p = project();
        let l = without_columns(
            ledger(&p, vec![with_vat("E1", "100.00", "0")], vec![]),
            &["vat"],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(ids(&f), vec![(String::new(), m("0"))]);
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(
            f[0].message.text(Lang::En).contains("PVN"),
            "{}",
            f[0].message.text(Lang::En)
        );
        // VAT not recoverable: nothing to deduct, nothing to say.
        let q = project_with("vat_recoverable", "false");
        let l = without_columns(
            ledger(&q, vec![with_vat("E1", "100.00", "0")], vec![]),
            &["vat"],
        );
        assert!(run(&RULE, &q, &l).is_empty());
    }
}
