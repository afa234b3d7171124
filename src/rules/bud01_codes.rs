//! BUD-01: every cost maps to an activity line (or the shared code) and a budget heading of the
//! agreement, the heading has a budget on that line in the version in force, and the indirect
//! heading is never booked from invoices (it is a flat rate).
//!
//! Evidence: the activity and budget heading columns (both required).

use super::{Finding, Removes, Rule, Severity};
use crate::i18n::Msg;
use crate::ledger::{Ledger, Target};
use crate::model::project::HeadingKind;
use crate::model::Field;
use crate::model::Project;
use rust_decimal::Decimal;

pub(crate) static RULE: Rule = Rule {
    id: "BUD-01",
    severity: Severity::Block,
    params: &["lines", "headings", "shared", "versions[].budget"],
    evidence: &[
        super::ev(super::Input::Expenses, Field::Activity),
        super::ev(super::Input::Expenses, Field::Heading),
    ],
    removes: Removes::WholeLine,
    stage: super::Stage::Entry,
    check,
};

/// The finding's message for an unknown heading: a code the project has that differs only by
/// leading zeros (a spreadsheet turns a typed 01 into the number 1) is named in the hint,
/// never taken silently.
fn unknown_heading(project: &Project, code: &str) -> Msg {
    let bare = |c: &str| c.trim_start_matches('0').to_string();
    let close: Vec<&str> = project
        .headings
        .iter()
        .filter(|h| h.code != code && bare(&h.code) == bare(code))
        .map(|h| h.code.as_str())
        .collect();
    match close.as_slice() {
        [one] => Msg::new("bud01-heading-as-number")
            .arg("heading", code)
            .arg("close", *one),
        _ => Msg::new("bud01-unknown-heading").arg("heading", code).arg(
            "codes",
            project
                .headings
                .iter()
                .map(|h| h.code.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ),
    }
}

fn check(ledger: &Ledger, project: &Project, _done: &[crate::model::Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    let lines = project
        .lines
        .iter()
        .map(|l| l.code.as_str())
        .chain(project.shared.as_ref().map(|s| s.code.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    for (i, e) in ledger.entries.iter().enumerate() {
        let x = &e.expense;
        let amount = e.base.unwrap_or_default();
        if e.target == Target::Unknown {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::Activity,
                amount,
                Msg::new("bud01-unknown-activity")
                    .arg("activity", &x.activity)
                    .arg("lines", &lines),
            ));
            continue;
        }
        let Some(h) = e.heading else {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::Heading,
                amount,
                unknown_heading(project, &x.heading),
            ));
            continue;
        };
        let heading = &project.headings[h];
        if heading.kind == HeadingKind::Indirect {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::Heading,
                amount,
                Msg::new("bud01-indirect-booked").arg("heading", &heading.code),
            ));
            continue;
        }
        let v = project.version_on(x.paid_date.unwrap_or(x.doc_date));
        let has_budget = match e.target {
            Target::Line(l) => v.budget[l][h] > Decimal::ZERO,
            Target::Shared => v.heading_total(h) > Decimal::ZERO,
            Target::Unknown => false,
        };
        if !has_budget {
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::Heading,
                amount,
                Msg::new("bud01-no-budget")
                    .arg("activity", &x.activity)
                    .arg("heading", &heading.code)
                    .arg("version", v.number),
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
    fn codes_must_be_budgeted_for_the_line() {
        let p = project();
        let l = ledger(
            &p,
            vec![
                cost("E1", "A9", "1", None, "10.00", "2020-05-01", "2020-05-01"),
                cost("E2", "A1", "9.9", None, "10.00", "2020-05-01", "2020-05-01"),
                cost("E3", "A1", "7", None, "10.00", "2020-05-01", "2020-05-01"),
                cost("E4", "A3", "1", None, "10.00", "2020-05-01", "2020-05-01"),
                cost("E5", "A1", "1", None, "10.00", "2020-05-01", "2020-05-01"),
                cost(
                    "E6",
                    "shared",
                    "1",
                    None,
                    "10.00",
                    "2020-05-01",
                    "2020-05-01",
                ),
            ],
            vec![],
        );
        let got: Vec<String> = run(&RULE, &p, &l)
            .iter()
            .map(|f| f.entry_id.clone().unwrap())
            .collect();
        assert_eq!(got, vec!["E1", "E2", "E3", "E4"]);
        // The budget is the project file's: give A3 a staff budget and E4 is fine.
        let p = project_from(
            &PROJECT
                .replace(
                    "[versions.budget.A3]\n",
                    "[versions.budget.A3]\n\"1\" = \"100.00\"\n",
                )
                .replace("\"7\" = \"63.00\"", "\"7\" = \"70.00\"")
                .replace("total = \"9523.00\"", "total = \"9630.00\""),
        );
        let l = ledger(
            &p,
            vec![cost(
                "E4",
                "A3",
                "1",
                None,
                "10.00",
                "2020-05-01",
                "2020-05-01",
            )],
            vec![],
        );
        assert!(run(&RULE, &p, &l).is_empty());
    }
}
