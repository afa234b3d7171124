//! GDPR-01: a case id is a pseudonym in the project's pattern (no names, no document numbers);
//! an id that does not match is a warning on the register cell. The pattern is compiled once
//! per version in force.
//!
//! Evidence: the register's case numbers (required).

use super::{Finding, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::Field;
use crate::model::{Money, Project};
use regex::Regex;

pub(crate) static RULE: Rule = Rule {
    id: "GDPR-01",
    severity: Severity::Warning,
    params: &["params.case_id_pattern"],
    evidence: &[super::ev(super::Input::Cases, Field::CaseId)],
    removes: Removes::Nothing,
    stage: Stage::Entry,
    check,
};

fn check(ledger: &Ledger, project: &Project, _done: &[Money]) -> Vec<Finding> {
    // The pattern of the latest version: the register is checked as it stands now.
    let pattern = &project.latest_version().params.case_id_pattern;
    let Ok(re) = Regex::new(pattern) else {
        return Vec::new(); // refused when the project file is read
    };
    ledger
        .cases
        .iter()
        .filter_map(|c| {
            // A look-alike letter (Cyrillic А in AVR-…) is warned even when a loose pattern
            // matches: the id would not join the ledger's Latin spelling, and it hides data.
            let message = match lookalike(&c.case_id) {
                Some((i, ch)) => Msg::new("gdpr01-lookalike")
                    .arg("case", &c.case_id)
                    .arg("letter", ch.to_string())
                    .arg("code", format!("U+{:04X}", ch as u32))
                    .arg("pos", i + 1),
                None if !re.is_match(&c.case_id) => Msg::new("gdpr01-pattern")
                    .arg("case", &c.case_id)
                    .arg("pattern", pattern),
                None => return None,
            };
            Some(Finding::on_case(&RULE, ledger, c, Field::CaseId, message))
        })
        .collect()
}

/// The first Cyrillic or Greek letter in an id (position in characters), which in a
/// pseudonym is always a look-alike of a Latin one.
fn lookalike(id: &str) -> Option<(usize, char)> {
    id.chars()
        .enumerate()
        .find(|(_, ch)| matches!(*ch as u32, 0x0370..=0x03FF | 0x0400..=0x052F | 0x1D00..=0x1D7F))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    #[test]
    fn ids_outside_the_pattern_are_warned() {
        let p = project();
        let l = ledger(
            &p,
            vec![],
            vec![
                case("AVR-2019-0042", None, None),
                case("Jānis Bērziņš", None, None),
            ],
        );
        let f = run(&RULE, &p, &l);
        assert_eq!(ids(&f), vec![("Jānis Bērziņš".to_string(), m("0"))]);
        // Cyrillic А (U+0410) in place of Latin A is named as a look-alike.
        let l2 = ledger(&p, vec![], vec![case("\u{410}VR-2019-0042", None, None)]);
        let f2 = run(&RULE, &p, &l2);
        assert_eq!(f2.len(), 1);
        assert!(
            f2[0]
                .message
                .text(Lang::En)
                .contains("look-alike letter 'А' (U+0410"),
            "{}",
            f2[0].message.text(Lang::En)
        );
        assert_eq!(
            f[0].at.as_ref().unwrap().to_string(),
            "cases.xlsx › Lietas!A3"
        );
        let p = project_with("case_id_pattern", "'^AVR-[0-9]{4}-[0-9]{4}$'");
        let l = ledger(&p, vec![], vec![case("C-1", None, None)]);
        assert_eq!(run(&RULE, &p, &l).len(), 1);
    }
}
