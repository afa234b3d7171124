//! TG-02: the target group is third-country nationals. A cost for a case whose nationality is
//! an EU/EEA/Swiss country on the cost's document date is removed whole (the UK counts as EU
//! up to its `members_until` date; stateless `XX` and any code not listed is third-country).
//!
//! Evidence: the register's nationality (required) and the cost's document date.

use super::{Finding, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::project::third_country_on;
use crate::model::Field;
use crate::model::{Money, Project};
use crate::util::hash::FxBuild;
use chrono::NaiveDate;
use std::collections::HashMap;

pub(crate) static RULE: Rule = Rule {
    id: "TG-02",
    severity: Severity::Block,
    params: &["params.non_third_countries", "params.members_until"],
    evidence: &[
        super::ev(super::Input::Cases, Field::Nationality),
        super::ev(super::Input::Expenses, Field::DocDate),
    ],
    removes: Removes::WholeLine,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    let mut out = Vec::new();
    // Per version in use, how its list names each case's nationality (looked up once per
    // spelling), case by case.
    let mut listed: Vec<Option<Vec<Option<Option<NaiveDate>>>>> =
        vec![None; project.versions.len()];
    for (i, e) in ledger.entries.iter().enumerate() {
        let Some(ci) = e.case else {
            continue;
        };
        let x = &e.expense;
        let vi = project.version_index_on(super::governing_date(e));
        let by_case = listed[vi].get_or_insert_with(|| {
            let params = &project.versions[vi].params;
            let mut memo: HashMap<&str, Option<Option<NaiveDate>>, FxBuild> = HashMap::default();
            ledger
                .cases
                .iter()
                .map(|c| {
                    *memo
                        .entry(&c.nationality)
                        .or_insert_with(|| params.non_third_country(&c.nationality))
                })
                .collect()
        });
        if !third_country_on(by_case[ci], x.doc_date) {
            let c = &ledger.cases[ci];
            out.push(Finding::on_entry(
                &RULE,
                ledger,
                i,
                Field::CaseId,
                e.base.unwrap_or_default(),
                Msg::new("tg02-not-third-country")
                    .arg("case", &c.case_id)
                    .arg("nationality", &c.nationality)
                    .arg("cell", ledger.case_cell(c, Field::Nationality).to_string())
                    .arg("date", x.doc_date),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    fn setup(p: &Project, nat: &str, doc: &str) -> Vec<Finding> {
        let mut c = case("C-1", Some("2019-01-10"), Some("2022-06-01"));
        c.nationality = nat.into();
        let l = ledger(
            p,
            vec![cost("E1", "A1", "4.2", Some("C-1"), "300.00", doc, doc)],
            vec![c],
        );
        run(&RULE, p, &l)
    }

    #[test]
    fn eu_nationals_are_removed_third_country_and_stateless_are_not() {
        let p = project();
        assert_eq!(
            ids(&setup(&p, "PL", "2020-05-01")),
            vec![("E1".to_string(), m("300.00"))]
        );
        assert_eq!(setup(&p, "pol", "2020-05-01").len(), 1);
        assert!(setup(&p, "IQ", "2020-05-01").is_empty());
        assert!(setup(&p, "XX", "2020-05-01").is_empty());
    }

    #[test]
    fn the_uk_is_eu_up_to_the_end_of_2020() {
        let p = project();
        assert_eq!(setup(&p, "GB", "2020-12-31").len(), 1);
        assert!(setup(&p, "GB", "2021-01-01").is_empty());
        let later = project_with("members_until", "{ GB = 2021-06-30 }");
        assert_eq!(setup(&later, "GB", "2021-01-01").len(), 1);
    }

    #[test]
    fn the_list_of_countries_is_a_parameter() {
        let p = project_with("non_third_countries", r#"["LV"]"#);
        assert!(setup(&p, "PL", "2020-05-01").is_empty());
    }
}
