//! BUD-04: indirect costs are at most the flat rate of the eligible direct base, per line and
//! quarter, with the excluded headings left out of the base. Indirect costs are never booked
//! (BUD-01) but computed by the allocation, so this holds by construction; the rule re-derives
//! each quarter's base from the allocation's cells and checks the arithmetic, as a reviewer
//! would, and reports any difference (a defect in grantbook, not in the ledger).
//!
//! Evidence: none of its own — it re-checks the allocation of the costs other rules left.

use super::{Finding, Removes, Rule, Severity, Stage};
use crate::allocate::allocate;
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::money::{cents, pct_of};
use crate::model::{Money, Project};

pub static RULE: Rule = Rule {
    id: "BUD-04",
    severity: Severity::Error,
    basis: "Reg. (EU) 514/2014 Art. 18(1)(d) (flat-rate financing); grant agreement, indirect costs; brief §6 BUD-04",
    params: &["params.indirect_rate_pct", "params.indirect_excluded_headings"],
    evidence: &[
        super::ev(super::Input::Expenses, "heading"),
        super::ev(super::Input::Expenses, "amount"),
        super::ev(super::Input::Expenses, "paid_date"),
    ],
    removes: Removes::Nothing,
    stage: Stage::Total,
    check,
};

fn check(ledger: &Ledger, project: &Project, done: &[Money]) -> Vec<Finding> {
    let Some(ih) = project.indirect_heading() else {
        return Vec::new();
    };
    verify(project, &allocate(project, ledger, done), ih)
}

/// Checks each quarter of an allocation against the flat rate.
fn verify(project: &Project, alloc: &crate::allocate::Allocation, ih: usize) -> Vec<Finding> {
    let mut out = Vec::new();
    for (q, a) in &alloc.quarters {
        let v = project.version_on(q.last_day());
        for (l, line) in project.lines.iter().enumerate() {
            let base: Money = (0..project.headings.len())
                .filter(|&h| {
                    h != ih
                        && !v
                            .params
                            .indirect_excluded_headings
                            .contains(&project.headings[h].code)
                })
                .map(|h| a.input.direct[l][h] + a.shared_split[l][h])
                .sum();
            let allowed = cents(pct_of(base, v.params.indirect_rate));
            let claimed = a.cells[l][ih].eligible;
            if base != a.indirect_base[l] || claimed > allowed {
                out.push(Finding {
                    rule: RULE.id,
                    severity: RULE.severity,
                    entry: None,
                    entry_id: None,
                    case_id: None,
                    at: None,
                    ineligible: Money::ZERO,
                    message: Msg::new("bud04-differs")
                        .arg("quarter", q.to_string())
                        .arg("line", &line.code)
                        .money("claimed", claimed)
                        .money("base", base)
                        .num("pct", v.params.indirect_rate)
                        .money("allowed", allowed),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    /// The test project with heading 4.4 out of the indirect base (A1's indirect budget
    /// 7 % of 3 300 = 231.00).
    fn excluding_transit() -> Project {
        project_from(
            &PROJECT
                .replace("\"7\" = \"245.00\"", "\"7\" = \"231.00\"")
                .replace("total = \"9523.00\"", "total = \"9509.00\"")
                .replace(
                    "indirect_excluded_headings = []",
                    "indirect_excluded_headings = [\"4.4\"]",
                ),
        )
    }

    #[test]
    fn the_allocation_keeps_indirect_costs_within_the_flat_rate() {
        for p in [project(), excluding_transit()] {
            let l = ledger(
                &p,
                vec![
                    cost("E1", "A1", "1", None, "333.33", "2020-05-01", "2020-05-01"),
                    cost(
                        "E2",
                        "shared",
                        "1",
                        None,
                        "100.01",
                        "2020-05-01",
                        "2020-05-01",
                    ),
                    cost("E3", "A1", "4.4", None, "0.07", "2020-05-01", "2020-05-01"),
                ],
                vec![],
            );
            assert!(run(&RULE, &p, &l).is_empty());
        }
    }

    #[test]
    fn an_indirect_amount_above_the_rate_is_reported() {
        let p = project();
        let l = ledger(
            &p,
            vec![cost(
                "E1",
                "A1",
                "4.4",
                None,
                "1000.00",
                "2020-05-01",
                "2020-05-01",
            )],
            vec![],
        );
        let done = vec![Money::ZERO; 1];
        let ih = p.indirect_heading().unwrap();
        let mut alloc = allocate(&p, &l, &done);
        assert!(verify(&p, &alloc, ih).is_empty());
        // The same allocation (7 % of 1 000 = 70.00) checked with heading 4.4 out of the base.
        let px = excluding_transit();
        let f = verify(&px, &alloc, ih);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.text(Lang::En).contains("70.00")
                && f[0].message.text(Lang::En).contains("base of 0.00"),
            "{}",
            f[0].message.text(Lang::En)
        );
        // A tampered cell is caught.
        let q = crate::model::Quarter::of(d("2020-05-01"));
        alloc.quarters.get_mut(&q).unwrap().cells[0][ih].eligible = m("70.01");
        assert_eq!(verify(&p, &alloc, ih).len(), 1);
    }
}
