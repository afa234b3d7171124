//! REI-01: reintegration is for a completed return: a delivery for a case that has not departed,
//! or dated before its departure, is removed whole.

use super::{case_of, kind_of, Finding, Removes, Rule, Severity, Stage};
use crate::ledger::Ledger;
use crate::model::project::HeadingKind;
use crate::model::{Money, Project};

pub static RULE: Rule = Rule {
    id: "REI-01",
    severity: Severity::Block,
    statement: "Reintegration only after a completed return (on or after the departure date)",
    statement_lv: "Reintegrācija tikai pēc notikušas atgriešanās (izceļošanas dienā vai vēlāk)",
    basis: "Reg. (EU) 516/2014 Art. 12(e) (reintegration of returnees); brief §6 REI-01",
    params: &["headings[].kind = \"reintegration\""],
    removes: Removes::WholeLine,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        if kind_of(project, e) != Some(HeadingKind::Reintegration) {
            continue;
        }
        let Some(c) = case_of(ledger, e) else {
            continue;
        };
        let x = &e.expense;
        let (field, message) = match c.departure_date {
            None => (
                "case_id",
                format!(
                    "case {} has not departed ({} is empty)",
                    c.case_id,
                    ledger.case_cell(c, "departure_date")
                ),
            ),
            Some(dep) if x.doc_date < dep => (
                "doc_date",
                format!("delivered {}, before the departure on {dep}", x.doc_date),
            ),
            Some(_) => continue,
        };
        out.push(Finding::on_entry(
            &RULE,
            ledger,
            i,
            field,
            e.base.unwrap_or_default(),
            message,
            "reintegration assistance is eligible only after the return; check the dates".into(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    #[test]
    fn delivery_before_departure_or_without_one_is_removed_on_the_day_it_is_not() {
        let p = project();
        let l = ledger(
            &p,
            vec![
                cost(
                    "E1",
                    "A2",
                    "4.5",
                    Some("C-1"),
                    "500.00",
                    "2020-02-28",
                    "2020-03-01",
                ),
                cost(
                    "E2",
                    "A2",
                    "4.5",
                    Some("C-1"),
                    "500.00",
                    "2020-02-29",
                    "2020-03-01",
                ),
                cost(
                    "E3",
                    "A2",
                    "4.5",
                    Some("C-2"),
                    "500.00",
                    "2020-03-01",
                    "2020-03-01",
                ),
            ],
            vec![
                case("C-1", Some("2020-01-01"), Some("2020-02-29")),
                case("C-2", Some("2020-01-01"), None),
            ],
        );
        assert_eq!(
            ids(&run(&RULE, &p, &l)),
            vec![
                ("E1".to_string(), m("500.00")),
                ("E3".to_string(), m("500.00"))
            ]
        );
    }
}
