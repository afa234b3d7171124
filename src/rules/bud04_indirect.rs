//! BUD-04: indirect costs are at most the flat rate of the eligible direct base, per line and
//! quarter, with the excluded headings left out of the base. Indirect costs are never booked
//! (BUD-01) but computed with each quarter's split, so this holds by construction; the rule
//! builds each quarter's eligible costs from the ledger (what `Ledger::claimed` takes of each
//! cost, as the allocation does), splits the quarter with the allocation's own arithmetic
//! (`model::quarter::allocate_quarter`), re-derives the base from the split's cells and checks
//! the arithmetic, as a reviewer would, and reports any difference (a defect in grantbook, not
//! in the ledger).
//!
//! Evidence: none of its own — it re-checks the split of the costs other rules left.

use super::{Finding, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::{Ledger, Target};
use crate::model::money::{cents, pct_of};
use crate::model::quarter::{allocate_quarter, QuarterAlloc, QuarterInput};
use crate::model::Field;
use crate::model::{Money, Project, Quarter};

pub(crate) static RULE: Rule = Rule {
    id: "BUD-04",
    severity: Severity::Error,
    params: &[
        "params.indirect_rate_pct",
        "params.indirect_excluded_headings",
    ],
    evidence: &[
        super::ev(super::Input::Expenses, Field::Heading),
        super::ev(super::Input::Expenses, Field::Amount),
        super::ev(super::Input::Expenses, Field::PaidDate),
    ],
    removes: Removes::Nothing,
    stage: Stage::Total,
    check,
};

fn check(ledger: &Ledger, project: &Project, done: &[Money]) -> Vec<Finding> {
    let Some(ih) = project.indirect_heading() else {
        return Vec::new();
    };
    let quarters: Vec<QuarterAlloc> = quarter_inputs(project, ledger, done)
        .into_iter()
        .map(|(q, input)| allocate_quarter(project, project.version_on(q.last_day()), q, input))
        .collect();
    verify(project, &quarters, ih)
}

/// Every quarter of the project with its eligible costs before the split: what a claim takes
/// of each cost (`Ledger::claimed`, net of `done`), by line — or the shared costs — and heading.
fn quarter_inputs(
    project: &Project,
    ledger: &Ledger,
    done: &[Money],
) -> Vec<(Quarter, QuarterInput)> {
    let first = project.versions.iter().map(|v| v.period_start).min();
    let last = project.versions.iter().map(|v| v.period_end).max();
    let (Some(first), Some(last)) = (first, last) else {
        return Vec::new();
    };
    let (first, nl, nh) = (
        Quarter::of(first),
        project.lines.len(),
        project.headings.len(),
    );
    let mut inputs: Vec<(Quarter, QuarterInput)> = Quarter::range(first, Quarter::of(last))
        .into_iter()
        .map(|q| (q, QuarterInput::zero(nl, nh)))
        .collect();
    let index = |q: Quarter| ((q.year - first.year) * 4 + q.q as i32 - first.q as i32) as usize;
    for (i, e) in ledger.entries.iter().enumerate() {
        let amount = ledger.claimed(project, i, done[i]);
        // A cost claims something only when paid within the project, with a heading.
        let (Some(paid), Some(h)) = (e.expense.paid_date, e.heading) else {
            continue;
        };
        if amount.is_zero() {
            continue;
        }
        let input = &mut inputs[index(Quarter::of(paid))].1;
        match e.target {
            Target::Line(l) => input.direct[l][h] += amount,
            Target::Shared => input.shared[h] += amount,
            Target::Unknown => {}
        }
    }
    inputs
}

/// Checks each quarter's split against the flat rate.
fn verify(project: &Project, quarters: &[QuarterAlloc], ih: usize) -> Vec<Finding> {
    let mut out = Vec::new();
    for a in quarters {
        let q = a.quarter;
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
    use crate::model::project::Lang;
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
        let mut quarters: Vec<QuarterAlloc> = crate::allocate::allocate(&p, &l, &done)
            .quarters
            .into_values()
            .collect();
        assert!(verify(&p, &quarters, ih).is_empty());
        // The same allocation (7 % of 1 000 = 70.00) checked with heading 4.4 out of the base.
        let px = excluding_transit();
        let f = verify(&px, &quarters, ih);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.text(Lang::En).contains("70.00")
                && f[0].message.text(Lang::En).contains("base of 0.00"),
            "{}",
            f[0].message.text(Lang::En)
        );
        // A tampered cell is caught.
        let q = Quarter::of(d("2020-05-01"));
        let cell = quarters.iter_mut().find(|a| a.quarter == q).unwrap();
        cell.cells[0][ih].eligible = m("70.01");
        assert_eq!(verify(&p, &quarters, ih).len(), 1);
    }

    #[test]
    fn the_quarters_checked_are_the_allocations() {
        // The rule builds its quarters from the ledger; the claims take the allocation's: the
        // two must agree quarter by quarter, whatever a line's fault (unknown code, no rate,
        // unpaid, outside the project, shared).
        let p = project();
        let mut costs = vec![
            cost("E1", "A1", "1", None, "100.00", "2020-05-03", "2020-06-01"),
            cost("E2", "ZZ", "1", None, "50.00", "2020-05-03", "2020-06-01"),
            cost("E3", "A1", "7", None, "40.00", "2020-05-03", "2020-06-01"),
            cost("E4", "A1", "1", None, "30.00", "2020-05-03", "2023-02-01"),
            cost("E5", "A1", "1", None, "20.00", "2020-05-03", "2020-06-01"),
            cost(
                "E6",
                "shared",
                "3",
                None,
                "33.33",
                "2020-05-03",
                "2020-08-01",
            ),
            cost(
                "E7",
                "A2",
                "4.5",
                Some("C-1"),
                "2500.00",
                "2020-05-03",
                "2020-06-01",
            ),
        ];
        costs[4].paid_date = None;
        costs[1].currency = "GEL".into();
        let l = ledger(
            &p,
            costs,
            vec![case("C-1", Some("2020-01-01"), Some("2020-02-01"))],
        );
        let done = vec![
            Money::ZERO,
            Money::ZERO,
            Money::ZERO,
            Money::ZERO,
            Money::ZERO,
            Money::ZERO,
            m("500.00"),
        ];
        let ours = quarter_inputs(&p, &l, &done);
        let alloc = crate::allocate::allocate(&p, &l, &done);
        let theirs: Vec<(Quarter, QuarterInput)> = alloc
            .quarters
            .into_iter()
            .map(|(q, a)| (q, a.input))
            .collect();
        assert_eq!(ours, theirs);
        assert!(ours
            .iter()
            .any(|(_, i)| !i.shared.iter().all(|x| x.is_zero())));
    }
}
