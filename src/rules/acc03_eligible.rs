//! ACC-03: short-term accommodation and food are for returnees without means who are not
//! detained (the call's condition); a cost for any other case is removed whole.
//!
//! Evidence: the register's "without means" and "detained" columns: a "no" in the first or a
//! "yes" in the second removes the line. A blank cell is not known yet: a "cannot verify"
//! warning at that cell; a register without one of the columns gives one "cannot verify"
//! warning naming it. Nothing is removed for what the register does not say.

use super::{case_of, kind_of, Finding, Input, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::project::HeadingKind;
use crate::model::Field;
use crate::model::{Money, Project};

pub(crate) static RULE: Rule = Rule {
    id: "ACC-03",
    severity: Severity::Error,
    params: &["headings[].kind = \"accommodation\" | \"food\""],
    evidence: &[
        super::ev(super::Input::Cases, Field::WithoutMeans),
        super::ev(super::Input::Cases, Field::Detained),
    ],
    removes: Removes::WholeLine,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    let has_means = Input::Cases.has_column(ledger, Field::WithoutMeans);
    let has_detained = Input::Cases.has_column(ledger, Field::Detained);
    let mut lines = 0;
    for (i, e) in ledger.entries.iter().enumerate() {
        if !matches!(
            kind_of(project, e),
            Some(HeadingKind::Accommodation | HeadingKind::Food)
        ) {
            continue;
        }
        let Some(c) = case_of(ledger, e) else {
            continue;
        };
        lines += 1;
        let why = match (c.detained, c.without_means) {
            (Some(true), _) => Msg::new("acc03-detained")
                .arg("case", &c.case_id)
                .arg("cell", ledger.case_cell(c, Field::Detained).to_string()),
            (_, Some(false)) => Msg::new("acc03-has-means")
                .arg("case", &c.case_id)
                .arg("cell", ledger.case_cell(c, Field::WithoutMeans).to_string()),
            (Some(false), Some(true)) => continue,
            // A blank cell in a column the register has: not known yet, nothing removed.
            (detained, means) => {
                for (value, has, field) in [
                    (means, has_means, Field::WithoutMeans),
                    (detained, has_detained, Field::Detained),
                ] {
                    if value.is_none() && has {
                        out.push(Finding::blank_in_register(
                            &RULE,
                            ledger,
                            i,
                            c,
                            field,
                            Msg::new("rules-what-accommodated"),
                        ));
                    }
                }
                continue;
            }
        };
        out.push(Finding::on_entry(
            &RULE,
            ledger,
            i,
            Field::CaseId,
            e.base.unwrap_or_default(),
            why,
        ));
    }
    for (has, field) in [
        (has_means, Field::WithoutMeans),
        (has_detained, Field::Detained),
    ] {
        if !has && lines > 0 {
            out.push(Finding::missing_column(
                &RULE,
                ledger,
                Input::Cases,
                field,
                lines,
                Msg::new("rules-what-accommodated"),
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
    fn detained_or_with_means_is_removed() {
        let p = project();
        let mut c2 = case("C-2", Some("2020-02-01"), Some("2020-02-29"));
        c2.detained = Some(true);
        let mut c3 = case("C-3", Some("2020-02-01"), Some("2020-02-29"));
        c3.without_means = Some(false);
        let l = ledger(
            &p,
            vec![
                cost(
                    "E1",
                    "A3",
                    "4.6",
                    Some("C-1"),
                    "10.00",
                    "2020-02-20",
                    "2020-02-20",
                ),
                cost(
                    "E2",
                    "A3",
                    "4.6",
                    Some("C-2"),
                    "10.00",
                    "2020-02-20",
                    "2020-02-20",
                ),
                cost(
                    "E3",
                    "A3",
                    "4.7",
                    Some("C-3"),
                    "3.00",
                    "2020-02-20",
                    "2020-02-20",
                ),
                cost(
                    "E4",
                    "A1",
                    "4.2",
                    Some("C-3"),
                    "300.00",
                    "2020-02-20",
                    "2020-02-20",
                ),
            ],
            vec![case("C-1", Some("2020-02-01"), Some("2020-02-29")), c2, c3],
        );
        assert_eq!(
            ids(&run(&RULE, &p, &l)),
            vec![
                ("E2".to_string(), m("10.00")),
                ("E3".to_string(), m("3.00"))
            ]
        );
    }

    #[test]
    fn without_the_means_or_detained_column_nothing_is_removed() {
        let p = project();
        let mut c = case("C-1", Some("2020-02-01"), Some("2020-02-29"));
        // Read from a register without the columns: not known.
        c.without_means = None;
        c.detained = None;
        let l = without_columns(
            ledger(
                &p,
                vec![cost(
                    "E1",
                    "A3",
                    "4.6",
                    Some("C-1"),
                    "10.00",
                    "2020-02-20",
                    "2020-02-20",
                )],
                vec![c],
            ),
            &["without_means", "detained"],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(
            ids(&f),
            vec![(String::new(), m("0")), (String::new(), m("0"))]
        );
        assert!(f.iter().all(|x| x.severity == Severity::Warning));
        assert!(
            f[0].message.text(Lang::En).contains("Bez līdzekļiem"),
            "{}",
            f[0].message.text(Lang::En)
        );
        assert!(
            f[1].message.text(Lang::En).contains("Aizturēts"),
            "{}",
            f[1].message.text(Lang::En)
        );
    }

    #[test]
    fn a_blank_cell_is_not_known_and_removes_nothing() {
        let p = project();
        let mut c = case("C-1", Some("2020-02-01"), Some("2020-02-29"));
        c.without_means = None;
        let l = ledger(
            &p,
            vec![cost(
                "E1",
                "A3",
                "4.6",
                Some("C-1"),
                "10.00",
                "2020-02-20",
                "2020-02-20",
            )],
            vec![c],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(ids(&f), vec![("E1".to_string(), m("0"))]);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_eq!(
            f[0].at.as_ref().unwrap().to_string(),
            "cases.xlsx › Lietas!J2"
        );
    }
}
