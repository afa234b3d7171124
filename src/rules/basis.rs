//! A rule's legal basis in the reader's language, from the catalogue (`rule-<id>-basis` in
//! `i18n/*/rules.ftl`), so `grantbook rules ID` and the rule pages cite it in Latvian too.

use super::Rule;
use crate::model::project::Lang;

impl Rule {
    /// The legal basis or source of the rule, in `lang`.
    pub fn legal_basis(&self, lang: Lang) -> String {
        crate::i18n::tr(lang, &self.key("basis"))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::project::Lang;

    #[test]
    fn every_rule_has_its_legal_basis_in_both_languages() {
        for r in super::super::ALL {
            for lang in [Lang::Lv, Lang::En] {
                let key = format!("rule-{}-basis", r.id.to_ascii_lowercase());
                assert!(crate::i18n::has(lang, &key), "{key} ({})", lang.code());
                assert!(!r.legal_basis(lang).trim().is_empty(), "{key}");
            }
        }
    }
}
