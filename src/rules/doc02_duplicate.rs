//! DOC-02: the same document is claimed once. Two entries with the same supplier, document
//! number, amount, currency and case are a duplicate pair; the later one (in payment order) is
//! removed whole — also when the first was paid in an earlier quarter. One pass with a HashMap.

use super::fasthash::FxBuild;
use super::{payment_order, Finding, Removes, Rule, Severity, Stage};
use crate::ledger::Ledger;
use crate::model::{Money, Project};
use std::borrow::Cow;
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    id: "DOC-02",
    severity: Severity::Error,
    statement: "A document (supplier, number, amount, case) is claimed only once",
    statement_lv: "Dokuments (piegādātājs, numurs, summa, lieta) deklarēts tikai vienreiz",
    basis: "Reg. (EU) 1046/2018 Art. 191 (no double funding); brief §6 DOC-02",
    params: &[],
    removes: Removes::LaterDuplicate,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, _project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    // Lower-cased only when needed: most document numbers have no capitals to fold.
    fn folded(s: &str) -> Cow<'_, str> {
        let t = s.trim();
        if t.chars().any(char::is_uppercase) {
            Cow::Owned(t.to_lowercase())
        } else {
            Cow::Borrowed(t)
        }
    }
    // The amount as its normalised mantissa and scale: equal amounts, equal keys, cheap to hash.
    type Key<'a> = (
        Cow<'a, str>,
        Cow<'a, str>,
        (i128, u32),
        &'a str,
        Option<&'a str>,
    );
    let mut first: HashMap<Key, usize, FxBuild> =
        HashMap::with_capacity_and_hasher(ledger.entries.len(), FxBuild::default());
    for i in payment_order(ledger) {
        let x = &ledger.entries[i].expense;
        let key = (
            folded(&x.supplier),
            folded(&x.doc_no),
            {
                let a = x.amount.normalize();
                (a.mantissa(), a.scale())
            },
            x.currency.as_str(),
            x.case_id.as_deref(),
        );
        match first.get(&key) {
            None => {
                first.insert(key, i);
            }
            Some(&j) => {
                let o = &ledger.entries[j];
                out.push(Finding::on_entry(
                    &RULE,
                    ledger,
                    i,
                    "doc_no",
                    ledger.entries[i].base.unwrap_or_default(),
                    format!(
                        "document {} of {} ({} {}) is already entry {} ({}), paid {}",
                        x.doc_no,
                        x.supplier,
                        x.amount,
                        x.currency,
                        o.expense.entry_id,
                        ledger.cell(o, "doc_no"),
                        o.expense
                            .paid_date
                            .map_or("not yet".to_string(), |d| d.to_string())
                    ),
                    "delete the second entry, or correct its document number if it is another document".into(),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    #[test]
    fn the_later_entry_of_a_pair_is_removed_across_quarters() {
        let p = project();
        let c = || case("C-1", Some("2020-01-01"), Some("2020-06-01"));
        let mut e1 = cost(
            "E1",
            "A1",
            "4.1",
            Some("C-1"),
            "60.00",
            "2020-03-01",
            "2020-05-05",
        );
        let mut e2 = e1.clone();
        e2.entry_id = "E2".into();
        e2.paid_date = Some(d("2020-03-02")); // paid first: E1 is the later one
        e1.doc_no = "R-7".into();
        e2.doc_no = " r-7".into();
        let mut e3 = e1.clone(); // another case: not a duplicate
        e3.entry_id = "E3".into();
        e3.case_id = Some("C-2".into());
        let mut e4 = e1.clone(); // another amount
        e4.entry_id = "E4".into();
        e4.amount = m("60.01");
        let l = ledger(&p, vec![e1, e2, e3, e4], vec![c()]);
        let f = run(&RULE, &p, &l);
        assert_eq!(ids(&f), vec![("E1".to_string(), m("60.00"))]);
        assert!(f[0].message.contains("E2"));
    }
}
