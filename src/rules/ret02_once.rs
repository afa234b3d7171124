//! RET-02: a returnee receives the cash allowance once. A case's second and later allowances
//! (in payment order) are removed whole; refunds (negative lines) are not counted.
//!
//! Evidence: the allowance lines' case numbers and payment order; unpaid allowances count after
//! the paid ones.

use super::{Finding, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::project::HeadingKind;
use crate::model::Field;
use crate::model::{Money, Project};

pub(crate) static RULE: Rule = Rule {
    id: "RET-02",
    severity: Severity::Error,
    params: &["headings[].kind = \"cash_allowance\""],
    evidence: &[
        super::ev(super::Input::Expenses, Field::CaseId),
        super::ev(super::Input::Expenses, Field::PaidDate),
    ],
    removes: Removes::WholeLine,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    // Per case (index into `Ledger::cases`): its first allowance.
    let mut first: Vec<Option<usize>> = vec![None; ledger.cases.len()];
    for p in ledger.paid_in_order() {
        let kind = p.heading.map(|h| project.headings[h as usize].kind);
        if kind != Some(HeadingKind::CashAllowance) || !p.positive {
            continue;
        }
        let Some(ci) = p.case.map(|c| c as usize) else {
            continue;
        };
        let (i, e, c) = (
            p.entry as usize,
            &ledger.entries[p.entry as usize],
            &ledger.cases[ci],
        );
        match first[ci] {
            None => {
                first[ci] = Some(i);
            }
            Some(j) => out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::CaseId,
                e.base.unwrap_or_default(),
                Msg::new("ret02-second")
                    .arg("case", &c.case_id)
                    .arg("first", &ledger.entries[j].expense.entry_id)
                    .arg(
                        "cell",
                        ledger.cell(&ledger.entries[j], Field::EntryId).to_string(),
                    ),
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
