//! The rule catalogue's fingerprint: SHA-256 of a canonical listing of `rules::ALL` (id,
//! severity, stage, what it removes, statements, basis, parameters), recorded beside the input
//! digests in every report so `verify` can tell a report made under other rules.

use super::ALL;

/// One line per rule, in catalogue order, fields separated by tabs.
pub fn canonical_listing() -> String {
    let mut s = String::new();
    for r in ALL {
        s.push_str(&format!(
            "{}\t{}\t{:?}\t{:?}\t{}\t{}\t{}\t{}\n",
            r.id,
            r.severity.label(),
            r.stage,
            r.removes,
            r.statement,
            r.statement_lv,
            r.basis,
            r.params.join(",")
        ));
    }
    s
}

/// The digest entry for reports: role `rules`, named `rules::ALL (N rules)`.
pub fn digest() -> crate::import::InputDigest {
    crate::import::InputDigest {
        role: "rules".into(),
        file: format!("rules::ALL ({} rules)", ALL.len()),
        sha256: crate::import::digest::sha256_hex(canonical_listing().as_bytes()),
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
}
