//! TG-03: the project assists foreigners who have a departure order (izbraukšanas rīkojums):
//! a cost for a case whose register row has no departure order date is removed whole.

use super::{case_of, Finding, Removes, Rule, Severity, Stage};
use crate::ledger::Ledger;
use crate::model::{Money, Project};

pub static RULE: Rule = Rule {
    id: "TG-03",
    severity: Severity::Error,
    statement: "A person-linked cost is for a case with a departure order date",
    statement_lv: "Ar personu saistītas izmaksas ir lietai ar izbraukšanas rīkojuma datumu",
    basis: "Reg. (EU) 516/2014 Art. 11; PMLP: who may apply for voluntary return (a departure order); brief §6 TG-03",
    params: &[],
    removes: Removes::WholeLine,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, _project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        let Some(c) = case_of(ledger, e) else {
            continue;
        };
        if c.departure_order_date.is_none() {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                "case_id",
                e.base.unwrap_or_default(),
                format!(
                    "case {} has no departure order date ({})",
                    c.case_id,
                    ledger.case_cell(c, "departure_order_date")
                ),
                "fill in the departure order date in the case register".into(),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    #[test]
    fn a_cost_for_a_case_without_an_order_is_removed() {
        let p = project();
        let l = ledger(
            &p,
            vec![
                cost(
                    "E1",
                    "A1",
                    "4.2",
                    Some("C-1"),
                    "300.00",
                    "2020-05-01",
                    "2020-05-01",
                ),
                cost(
                    "E2",
                    "A1",
                    "4.2",
                    Some("C-2"),
                    "300.00",
                    "2020-05-01",
                    "2020-05-01",
                ),
            ],
            vec![
                case("C-1", None, None),
                case("C-2", Some("2020-04-01"), None),
            ],
        );
        assert_eq!(
            ids(&run(&RULE, &p, &l)),
            vec![("E1".to_string(), m("300.00"))]
        );
    }
}
