//! DOC-02: the same document is claimed once. Two entries with the same supplier, document
//! number, amount, currency and case are a duplicate pair; the later one (in payment order) is
//! removed whole — also when the first was paid in an earlier quarter. One hash per entry, sorted;
//! only entries with equal hashes are compared field by field.
//!
//! Evidence: supplier, document number, amount, currency and case. Without a currency column
//! every amount is EUR (the product's default); lines without a case compare without it.

use super::{Finding, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::Field;
use crate::model::{Expense, Money, Project};
use crate::util::hash::FxHasher;
use std::borrow::Cow;
use std::hash::Hasher;

pub(crate) static RULE: Rule = Rule {
    id: "DOC-02",
    severity: Severity::Error,
    params: &[],
    evidence: &[
        super::ev(super::Input::Expenses, Field::Supplier),
        super::ev(super::Input::Expenses, Field::DocNo),
        super::ev(super::Input::Expenses, Field::Amount),
        super::ev(super::Input::Expenses, Field::Currency),
        super::ev(super::Input::Expenses, Field::CaseId),
    ],
    removes: Removes::LaterDuplicate,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, _project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    let n = ledger.entries.len();
    // Each entry's place in payment order: of two equal documents the earlier one stays.
    let order = ledger.payment_order();
    let mut pos = vec![0u32; n];
    for (p, &i) in order.iter().enumerate() {
        pos[i] = p as u32;
    }
    // One 64-bit hash of the key per entry, sorted with the payment position: equal keys have
    // equal hashes, so each group of equal hashes is compared exactly, earliest payment first.
    let mut hashed: Vec<(u64, u32, u32)> = ledger
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (key_hash(&e.expense), pos[i], i as u32))
        .collect();
    hashed.sort_unstable();
    let mut at = 0;
    while at < hashed.len() {
        let h = hashed[at].0;
        let mut end = at + 1;
        while end < hashed.len() && hashed[end].0 == h {
            end += 1;
        }
        if end - at > 1 {
            let group: Vec<(usize, Key)> = hashed[at..end]
                .iter()
                .map(|&(_, _, i)| (i as usize, key(&ledger.entries[i as usize].expense)))
                .collect();
            for (g, (i, k)) in group.iter().enumerate() {
                if let Some((j, _)) = group[..g].iter().find(|(_, kj)| kj == k) {
                    out.push((pos[*i], finding(ledger, *i, *j)));
                }
            }
        }
        at = end;
    }
    // In payment order, as the entries are met.
    out.sort_unstable_by_key(|(p, _)| *p);
    out.into_iter().map(|(_, f)| f).collect()
}

/// The duplicate key: supplier and document number (trimmed, lower-cased), the amount as its
/// normalised mantissa and scale (equal amounts, equal keys), the currency and the case.
type Key<'a> = (
    Cow<'a, str>,
    Cow<'a, str>,
    (i128, u32),
    &'a str,
    Option<&'a str>,
);

// Lower-cased only when needed: most document numbers have no capitals to fold.
fn folded(s: &str) -> Cow<'_, str> {
    let t = s.trim();
    if t.chars().any(char::is_uppercase) {
        Cow::Owned(t.to_lowercase())
    } else {
        Cow::Borrowed(t)
    }
}

fn amount_key(x: &Expense) -> (i128, u32) {
    let a = x.amount.normalize();
    (a.mantissa(), a.scale())
}

fn key(x: &Expense) -> Key<'_> {
    (
        folded(&x.supplier),
        folded(&x.doc_no),
        amount_key(x),
        x.currency.as_str(),
        x.case_id.as_deref(),
    )
}

/// A hash of `key(x)` without building it: ASCII text is folded byte by byte; other text
/// goes through `folded` (whose `to_lowercase` treats a final sigma by its context).
fn key_hash(x: &Expense) -> u64 {
    fn text(h: &mut FxHasher, s: &str) {
        let t = s.trim();
        // Both ways hash the folded text's bytes in one `write`, so they agree.
        let mut buf = [0u8; 64];
        if t.is_ascii() && t.len() <= buf.len() {
            let b = &mut buf[..t.len()];
            b.copy_from_slice(t.as_bytes());
            b.make_ascii_lowercase();
            h.write(b);
        } else {
            h.write(folded(t).as_bytes());
        }
        h.write_u8(0xff); // not a UTF-8 byte: ends the field
    }
    let mut h = FxHasher::default();
    text(&mut h, &x.supplier);
    text(&mut h, &x.doc_no);
    let (m, sc) = amount_key(x);
    h.write_u64(m as u64);
    h.write_u64((m >> 64) as u64);
    h.write_u32(sc);
    h.write(x.currency.as_bytes());
    h.write_u8(0xff);
    match &x.case_id {
        Some(c) => {
            h.write_u8(1);
            h.write(c.as_bytes());
        }
        None => h.write_u8(0),
    }
    h.finish()
}

/// Entry `i` duplicates the earlier-paid entry `j`.
fn finding(ledger: &Ledger, i: usize, j: usize) -> Finding {
    let x = &ledger.entries[i].expense;
    let o = &ledger.entries[j];
    Finding::on_entry(
        &RULE,
        ledger,
        i,
        Field::DocNo,
        ledger.entries[i].base.unwrap_or_default(),
        match o.expense.paid_date {
            Some(d) => Msg::new("doc02-duplicate").arg("paid", d),
            None => Msg::new("doc02-duplicate-unpaid"),
        }
        .arg("doc", &x.doc_no)
        .arg("supplier", &x.supplier)
        .arg("amount", super::doc_amount(x.amount))
        .arg("currency", &x.currency)
        .arg("first", &o.expense.entry_id)
        .arg("cell", ledger.cell(o, Field::DocNo).to_string()),
    )
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
        assert!(f[0].message.text(Lang::En).contains("E2"));
    }

    #[test]
    fn without_a_currency_column_amounts_compare_as_eur() {
        let p = project();
        let a = cost("E1", "A1", "1", None, "100.00", "2020-01-10", "2020-01-10");
        let mut b = a.clone();
        b.entry_id = "E2".into();
        b.paid_date = Some(d("2020-01-20"));
        let l = without_columns(ledger(&p, vec![a, b], vec![]), &["currency"]);
        assert_eq!(
            ids(&run(&RULE, &p, &l)),
            vec![("E2".to_string(), m("100.00"))]
        );
    }
}
