//! The rule catalogue's fingerprint: SHA-256 of a canonical listing of `rules::ALL` (id,
//! severity, stage, what it removes, statements, basis, parameters, evidence and what it does
//! without it, in both languages), recorded beside the input
//! digests in every report so `verify` can tell a report made under other rules.

use super::ALL;
use crate::model::project::Lang;

/// One line per rule, in catalogue order, fields separated by tabs.
pub(crate) fn canonical_listing() -> String {
    let mut s = String::new();
    for r in ALL {
        s.push_str(&format!(
            "{}\t{}\t{:?}\t{:?}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            r.id,
            r.severity.label(),
            r.stage,
            r.removes,
            r.statement(Lang::En),
            r.statement(Lang::Lv),
            // English only: the fingerprint reads the same text it always has.
            r.legal_basis(Lang::En),
            r.params.join(","),
            r.evidence
                .iter()
                .map(|e| format!("{:?}.{}", e.input, e.field))
                .collect::<Vec<_>>()
                .join(","),
            r.without(Lang::En),
            r.without(Lang::Lv),
        ));
    }
    s
}

/// The digest entry for reports: role `rules`, named `rules::ALL (N rules)`.
pub fn digest() -> crate::model::InputDigest {
    crate::model::InputDigest {
        role: "rules".into(),
        file: format!("rules::ALL ({} rules)", ALL.len()),
        sha256: crate::util::hash::sha256_hex(canonical_listing().as_bytes()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_listing_names_every_rule_once_and_the_digest_is_stable() {
        let l = super::canonical_listing();
        assert_eq!(l.lines().count(), super::ALL.len());
        assert!(l.lines().any(|x| x.starts_with("GDPR-01\t")));
        assert_eq!(super::digest().sha256, super::digest().sha256);
        assert_eq!(super::digest().sha256.len(), 64);
    }

    #[test]
    fn every_rule_has_its_words_in_both_languages() {
        use crate::model::project::Lang;
        for r in super::ALL {
            for lang in [Lang::Lv, Lang::En] {
                for part in ["statement", "without"] {
                    let key = format!("rule-{}-{part}", r.id.to_ascii_lowercase());
                    assert!(crate::i18n::has(lang, &key), "{key} ({})", lang.code());
                }
            }
        }
    }

    #[test]
    fn a_finding_in_words_keeps_its_json_shape_with_the_message_key() {
        use crate::model::project::Lang;
        use crate::rules::testkit::*;
        use crate::rules::{FindingText, ALL};
        let p = project();
        let l = ledger(
            &p,
            vec![cost(
                "E1",
                "A1",
                "4.3",
                Some("C-1"),
                "150.00",
                "2020-02-29",
                "2020-02-29",
            )],
            vec![case("C-1", Some("2020-01-01"), Some("2020-02-29"))],
        );
        let rule = ALL.iter().find(|r| r.id == "RET-01").unwrap();
        let f = run(rule, &p, &l);
        let text = serde_json::to_string(&FindingText::new(&f[0], Lang::En)).unwrap();
        let en: serde_json::Value = serde_json::from_str(&text).unwrap();
        // The fields in the order they are written: the finding's, then its words.
        let mut keys: Vec<&str> = en.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        keys.sort_by_key(|k| text.find(&format!("\"{k}\":")));
        assert_eq!(
            keys,
            vec![
                "rule",
                "severity",
                "entry_id",
                "case_id",
                "at",
                "ineligible",
                "code",
                "message",
                "hint"
            ]
        );
        assert_eq!(en["code"], "ret01-above-tariff");
        assert_eq!(
            en["message"],
            "allowance 150.00 EUR, above the tariff 100.00 EUR: 50.00 EUR excess"
        );
        let lv = serde_json::to_value(FindingText::new(&f[0], Lang::Lv)).unwrap();
        assert_eq!(
            lv["message"],
            "pabalsts 150,00 EUR pārsniedz tarifu 100,00 EUR: pārsniegums 50,00 EUR"
        );
        assert_eq!(
            lv["hint"],
            "attiecināms ir tikai tarifs; pārsniegums tiek izslēgts"
        );
    }
}
