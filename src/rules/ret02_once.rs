//! RET-02: a returnee receives the cash allowance once. A case's second and later allowances
//! (in payment order) are removed whole; refunds (negative lines) are not counted.

use super::{case_of, kind_of, payment_order, Finding, Removes, Rule, Severity, Stage};
use crate::ledger::Ledger;
use crate::model::project::HeadingKind;
use crate::model::{Money, Project};
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    id: "RET-02",
    severity: Severity::Error,
    statement: "A case receives the cash allowance at most once",
    statement_lv: "Lieta saņem naudas pabalstu ne vairāk kā vienreiz",
    basis: "Project description (one allowance per returnee); brief §6 RET-02",
    params: &["headings[].kind = \"cash_allowance\""],
    removes: Removes::WholeLine,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut first: HashMap<usize, usize> = HashMap::new();
    for i in payment_order(ledger) {
        let e = &ledger.entries[i];
        if kind_of(project, e) != Some(HeadingKind::CashAllowance)
            || e.expense.amount <= Money::ZERO
        {
            continue;
        }
        let (Some(ci), Some(c)) = (e.case, case_of(ledger, e)) else {
            continue;
        };
        match first.get(&ci) {
            None => {
                first.insert(ci, i);
            }
            Some(&j) => out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                "case_id",
                e.base.unwrap_or_default(),
                format!(
                    "a second allowance for case {}: the first is entry {} ({})",
                    c.case_id,
                    ledger.entries[j].expense.entry_id,
                    ledger.cell(&ledger.entries[j], "entry_id")
                ),
                "the allowance is paid once per returnee; remove the second".into(),
            )),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    #[test]
    fn the_second_allowance_is_removed() {
        let p = project();
        let l = ledger(
            &p,
            vec![
                cost(
                    "E1",
                    "A1",
                    "4.3",
                    Some("C-1"),
                    "100.00",
                    "2020-02-29",
                    "2020-03-01",
                ),
                cost(
                    "E2",
                    "A1",
                    "4.3",
                    Some("C-1"),
                    "100.00",
                    "2020-02-29",
                    "2020-02-29",
                ),
                cost(
                    "E3",
                    "A1",
                    "4.3",
                    Some("C-2"),
                    "100.00",
                    "2020-02-29",
                    "2020-02-29",
                ),
                cost(
                    "E4",
                    "A1",
                    "4.3",
                    Some("C-2"),
                    "-100.00",
                    "2020-03-05",
                    "2020-03-05",
                ),
            ],
            vec![
                case("C-1", Some("2020-01-01"), Some("2020-02-29")),
                case("C-2", Some("2020-01-01"), Some("2020-02-29")),
            ],
        );
        assert_eq!(
            ids(&run(&RULE, &p, &l)),
            vec![("E1".to_string(), m("100.00"))]
        );
    }
}
