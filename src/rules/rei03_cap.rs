//! REI-03: reintegration per case is within the cap, over all its deliveries in payment order,
//! counting only what is still eligible after the stage-1 rules (a late delivery removed by
//! REI-02 does not use up the cap). The delivery that crosses the cap loses the part above it,
//! later ones lose all. Without a cap, a case above `reintegration_warn_above` is a warning.
//!
//! Evidence: the deliveries' amounts, case numbers and payment order.

use super::{Done, Finding, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::project::HeadingKind;
use crate::model::Field;
use crate::model::{Money, Project};

pub(crate) static RULE: Rule = Rule {
    id: "REI-03",
    severity: Severity::Error,
    params: &[
        "params.reintegration_cap",
        "params.reintegration_warn_above",
    ],
    evidence: &[
        super::ev(super::Input::Expenses, Field::Amount),
        super::ev(super::Input::Expenses, Field::CaseId),
        super::ev(super::Input::Expenses, Field::PaidDate),
    ],
    removes: Removes::Excess,
    stage: Stage::Cap,
    check,
};

fn check(ledger: &Ledger, project: &Project, done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    // Per case (index into `Ledger::cases`): the reintegration used so far, and whether warned.
    let mut used = vec![Money::ZERO; ledger.cases.len()];
    let mut warned = vec![false; ledger.cases.len()];
    let done = Done::new(done);
    for q in ledger.paid_in_order() {
        let kind = q.heading.map(|h| project.headings[h as usize].kind);
        if kind != Some(HeadingKind::Reintegration) || q.base.is_none() {
            continue;
        }
        let Some(ci) = q.case.map(|c| c as usize) else {
            continue;
        };
        let i = q.entry as usize;
        let c = &ledger.cases[ci];
        let x = done.left(q);
        let p = &project.version_on(q.paid_date.unwrap_or(q.doc_date)).params;
        let before = used[ci];
        match p.reintegration_cap {
            Some(cap) => {
                let room = (cap - before).max(Money::ZERO);
                let removed = if x > room { x - room } else { Money::ZERO };
                used[ci] = before + x - removed;
                if removed > Money::ZERO {
                    out.push(Finding::on_entry(
                        &RULE,
                        ledger,
                        i,
                        Field::Amount,
                        removed,
                        Msg::new("rei03-over-cap")
                            .arg("case", &c.case_id)
                            .money("sum", before + x)
                            .money("cap", cap)
                            .money("removed", removed),
                    ));
                }
            }
            None => {
                let now = before + x;
                used[ci] = now;
                if now > p.reintegration_warn_above && !warned[ci] {
                    warned[ci] = true;
                    out.push(
                        Finding::on_entry(
                            &RULE,
                            ledger,
                            i,
                            Field::Amount,
                            Money::ZERO,
                            Msg::new("rei03-above-threshold")
                                .arg("case", &c.case_id)
                                .money("sum", now)
                                .money("threshold", p.reintegration_warn_above),
                        )
                        .with_severity(Severity::Warning),
                    );
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    fn deliveries(p: &Project) -> crate::ledger::Ledger {
        ledger(
            p,
            vec![
                // Paid in this order: E2, E1, E3; E4 is late (REI-02) and uses no cap.
                cost(
                    "E1",
                    "A2",
                    "4.5",
                    Some("C-1"),
                    "900.00",
                    "2020-03-01",
                    "2020-04-01",
                ),
                cost(
                    "E2",
                    "A2",
                    "4.5",
                    Some("C-1"),
                    "800.00",
                    "2020-03-01",
                    "2020-03-05",
                ),
                cost(
                    "E4",
                    "A2",
                    "4.5",
                    Some("C-1"),
                    "500.00",
                    "2021-03-01",
                    "2021-03-02",
                ),
                cost(
                    "E3",
                    "A2",
                    "4.5",
                    Some("C-1"),
                    "700.00",
                    "2020-05-01",
                    "2020-05-01",
                ),
                cost(
                    "E5",
                    "A2",
                    "4.5",
                    Some("C-2"),
                    "2000.00",
                    "2020-05-01",
                    "2020-05-01",
                ),
            ],
            vec![
                case("C-1", Some("2020-01-01"), Some("2020-02-29")),
                case("C-2", Some("2020-01-01"), Some("2020-02-29")),
            ],
        )
    }

    #[test]
    fn the_excess_over_the_cap_comes_off_the_latest_delivery() {
        let p = project();
        let l = deliveries(&p);
        // 800 + 900 = 1 700; E3 700 crosses 2 000 by 400. C-2 at exactly 2 000 is clean.
        assert_eq!(
            ids(&run(&RULE, &p, &l)),
            vec![("E3".to_string(), m("400.00"))]
        );
        // A lower cap.
        let p = project_with("reintegration_cap", "\"1000.00\"");
        let l = deliveries(&p);
        assert_eq!(
            ids(&run(&RULE, &p, &l)),
            vec![
                ("E1".to_string(), m("700.00")),
                ("E3".to_string(), m("700.00")),
                ("E5".to_string(), m("1000.00"))
            ]
        );
    }

    #[test]
    fn without_a_cap_a_large_package_is_a_warning() {
        let text = PROJECT.replace("reintegration_cap = \"2000.00\"\n", "");
        let p = project_from(&text);
        let l = deliveries(&p);
        assert!(run(&RULE, &p, &l).is_empty()); // 2 400 and 2 000 ≤ 3 000
        let p = project_from(&text.replace(
            "reintegration_warn_above = \"3000.00\"",
            "reintegration_warn_above = \"2000.00\"",
        ));
        let l = deliveries(&p);
        let f = run(&RULE, &p, &l);
        assert_eq!(ids(&f), vec![("E3".to_string(), m("0"))]);
        assert_eq!(f[0].severity, Severity::Warning);
    }
}
