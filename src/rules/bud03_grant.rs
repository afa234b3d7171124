//! BUD-03: the cumulative eligible total — direct costs plus the flat-rate indirect costs they
//! carry — stays within the grant total of the version in force. In payment order, on what
//! every earlier rule leaves eligible (BUD-02 included): the cost that crosses the total loses
//! the part above it (grossed down by the flat rate, to the cent below), later costs lose all.
//! Per cost the indirect share is `rate × amount`; the claim rounds it per line and quarter,
//! so the two can differ by a few cents at the very edge of the grant.
//!
//! Evidence: heading, amount and payment date; an unpaid cost does not count yet.

use super::{Done, Finding, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::project::HeadingKind;
use crate::model::Field;
use crate::model::{Money, Project};
use rust_decimal::{Decimal, RoundingStrategy};

pub(crate) static RULE: Rule = Rule {
    id: "BUD-03",
    severity: Severity::Block,
    params: &[
        "versions[].total",
        "params.indirect_rate_pct",
        "params.indirect_excluded_headings",
    ],
    evidence: &[
        super::ev(super::Input::Expenses, Field::Heading),
        super::ev(super::Input::Expenses, Field::Amount),
        super::ev(super::Input::Expenses, Field::PaidDate),
    ],
    removes: Removes::OverBudget,
    stage: Stage::Total,
    check,
};

fn check(ledger: &Ledger, project: &Project, done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut running = Decimal::ZERO;
    // Per version and heading: 1 + the flat rate, or 1 for a heading out of the indirect base.
    let grosses: Vec<Vec<Decimal>> = project
        .versions
        .iter()
        .map(|v| {
            let with_indirect = Decimal::ONE + v.params.indirect_rate / Decimal::ONE_HUNDRED;
            project
                .headings
                .iter()
                .map(|hd| {
                    if v.params.indirect_excluded_headings.contains(&hd.code) {
                        Decimal::ONE
                    } else {
                        with_indirect
                    }
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
        let vi = project.version_index_on(paid);
        let v = &project.versions[vi];
        let gross = grosses[vi][h];
        let x = done.left(p);
        if x <= Money::ZERO {
            running += x * gross;
            continue;
        }
        let room = (v.total - running).max(Decimal::ZERO);
        let kept = if x * gross <= room {
            x
        } else {
            (room / gross).round_dp_with_strategy(2, RoundingStrategy::ToZero)
        };
        running += kept * gross;
        let removed = x - kept;
        if removed > Money::ZERO {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::Amount,
                removed,
                Msg::new("bud03-over")
                    .money("total", v.total)
                    .arg("paid", paid)
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

    #[test]
    fn costs_beyond_the_grant_are_removed() {
        // A grant of 1 070.00: 1 000 of direct costs with 7 % indirect.
        let text = PROJECT
            .replace("total = \"9523.00\"", "total = \"1070.00\"")
            .replace("\"1\" = \"1000.00\"\n\"3\" = \"500.00\"\n\"4.1\" = \"500.00\"\n\"4.2\" = \"1000.00\"\n\"4.3\" = \"300.00\"\n\"4.4\" = \"200.00\"\n\"7\" = \"245.00\"", "\"1\" = \"1000.00\"\n\"7\" = \"70.00\"")
            .replace("\"1\" = \"500.00\"\n\"4.5\" = \"4000.00\"\n\"7\" = \"315.00\"", "")
            .replace("\"4.6\" = \"600.00\"\n\"4.7\" = \"300.00\"\n\"7\" = \"63.00\"", "");
        let p = project_from(&text);
        let l = ledger(
            &p,
            vec![
                cost("E1", "A1", "1", None, "900.00", "2020-05-01", "2020-05-01"),
                cost("E2", "A1", "1", None, "150.00", "2020-05-01", "2020-06-01"),
                cost("E3", "A1", "1", None, "10.00", "2020-05-01", "2020-07-01"),
            ],
            vec![],
        );
        // BUD-02 (limit 1 100) leaves all 1 060; the grant allows 1 000 direct: E2 loses 50,
        // E3 all. 900 × 1.07 = 963; room 107 / 1.07 = 100.00 kept of E2.
        assert_eq!(
            ids(&run(&RULE, &p, &l)),
            vec![
                ("E2".to_string(), m("50.00")),
                ("E3".to_string(), m("10.00"))
            ]
        );
        // The rate is a parameter: at 0 % a grant of 1 000.00 holds 1 000 direct, E2 loses 50.
        let p0 = project_from(
            &text
                .replace("indirect_rate_pct = \"7\"", "indirect_rate_pct = \"0\"")
                .replace("\"7\" = \"70.00\"", "\"7\" = \"0.00\"")
                .replace("total = \"1070.00\"", "total = \"1000.00\""),
        );
        let l = ledger(
            &p0,
            vec![
                cost("E1", "A1", "1", None, "900.00", "2020-05-01", "2020-05-01"),
                cost("E2", "A1", "1", None, "150.00", "2020-05-01", "2020-06-01"),
            ],
            vec![],
        );
        assert_eq!(
            ids(&run(&RULE, &p0, &l)),
            vec![("E2".to_string(), m("50.00"))]
        );
    }
}
