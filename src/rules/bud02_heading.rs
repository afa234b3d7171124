//! BUD-02: cumulative spend per budget heading (all lines together, shared costs included)
//! stays within the heading's budget plus the flexibility. Worked out in payment order —
//! quarter by quarter, as claims are — on the amounts other rules leave eligible, so the
//! earliest costs stay eligible: the cost that crosses the limit loses the part above it and
//! later costs of the heading lose all (a credit note gives room back). The budget and the
//! flexibility are those of the version in force on each cost's payment date.
//!
//! Evidence: heading, amount and payment date; an unpaid cost does not use the budget yet.

use super::{Done, Finding, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::money::{cents, pct_of};
use crate::model::project::HeadingKind;
use crate::model::Field;
use crate::model::{Money, Project, Quarter};

pub(crate) static RULE: Rule = Rule {
    id: "BUD-02",
    severity: Severity::Error,
    params: &["versions[].budget", "params.flexibility_pct"],
    evidence: &[
        super::ev(super::Input::Expenses, Field::Heading),
        super::ev(super::Input::Expenses, Field::Amount),
        super::ev(super::Input::Expenses, Field::PaidDate),
    ],
    removes: Removes::OverBudget,
    stage: Stage::Budget,
    check,
};

/// Per entry, the over-budget amount BUD-02 removes (zero for most), and its findings.
fn check(ledger: &Ledger, project: &Project, done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut running = vec![Money::ZERO; project.headings.len()];
    // Per version and heading: the budget and the limit (budget + flexibility, to the cent).
    let limits: Vec<Vec<(Money, Money)>> = project
        .versions
        .iter()
        .map(|v| {
            (0..project.headings.len())
                .map(|h| {
                    let budget = v.heading_total(h);
                    (
                        budget,
                        budget + cents(pct_of(budget, v.params.flexibility_pct)),
                    )
                })
                .collect()
        })
        .collect();
    let done = Done::new(done);
    for p in ledger.paid_in_order() {
        let (Some(paid), Some(h)) = (p.paid_date, p.heading) else {
            continue;
        };
        let (i, h) = (p.entry as usize, h as usize);
        if !p.booked || p.base.is_none() || project.headings[h].kind == HeadingKind::Indirect {
            continue;
        }
        let x = done.left(p);
        let vi = project.version_index_on(paid);
        let v = &project.versions[vi];
        let (budget, limit) = limits[vi][h];
        if x <= Money::ZERO {
            running[h] += x;
            continue;
        }
        let room = (limit - running[h]).max(Money::ZERO);
        let removed = (x - room).max(Money::ZERO);
        running[h] += x - removed;
        if removed > Money::ZERO {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::Amount,
                removed,
                Msg::new("bud02-over")
                    .arg("heading", &project.headings[h].code)
                    .money("limit", limit)
                    .money("budget", budget)
                    .num("pct", v.params.flexibility_pct)
                    .arg("paid", paid)
                    .arg("quarter", Quarter::of(paid).to_string())
                    .money("over", removed),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    // Heading 4.2 budget 1 000 (A1 only) + 10 % = 1 100.
    fn tickets(p: &Project) -> crate::ledger::Ledger {
        let c = |id: &str| case(id, Some("2020-01-01"), Some("2020-12-01"));
        ledger(
            p,
            vec![
                cost(
                    "E1",
                    "A1",
                    "4.2",
                    Some("C-1"),
                    "600.00",
                    "2020-05-01",
                    "2020-07-02",
                ),
                cost(
                    "E2",
                    "A1",
                    "4.2",
                    Some("C-2"),
                    "400.00",
                    "2020-05-01",
                    "2020-05-02",
                ),
                cost(
                    "E3",
                    "A1",
                    "4.2",
                    Some("C-3"),
                    "300.00",
                    "2020-05-01",
                    "2020-08-02",
                ),
                cost(
                    "E4",
                    "A1",
                    "4.2",
                    Some("C-4"),
                    "200.00",
                    "2020-05-01",
                    "2020-09-02",
                ),
                // A ticket removed by TG-04 (before its order) does not count.
                cost(
                    "E5",
                    "A1",
                    "4.2",
                    Some("C-5"),
                    "500.00",
                    "2019-05-01",
                    "2020-05-01",
                ),
            ],
            vec![
                c("C-1"),
                c("C-2"),
                c("C-3"),
                c("C-4"),
                case("C-5", Some("2020-01-01"), None),
            ],
        )
    }

    #[test]
    fn the_latest_costs_lose_the_part_over_budget_and_flexibility() {
        let p = project();
        let l = tickets(&p);
        // Payment order: E2 400, E1 600 (1 000), E3 300 crosses 1 100 by 200, E4 all 200.
        assert_eq!(
            ids(&run(&RULE, &p, &l)),
            vec![
                ("E3".to_string(), m("200.00")),
                ("E4".to_string(), m("200.00"))
            ]
        );
    }

    #[test]
    fn the_flexibility_is_a_parameter() {
        let p = project_with("flexibility_pct", "\"50\"");
        let l = tickets(&p);
        assert!(run(&RULE, &p, &l).is_empty());
        let p = project_with("flexibility_pct", "\"0\"");
        let l = tickets(&p);
        assert_eq!(
            ids(&run(&RULE, &p, &l)),
            vec![
                ("E3".to_string(), m("300.00")),
                ("E4".to_string(), m("200.00"))
            ]
        );
    }
}
