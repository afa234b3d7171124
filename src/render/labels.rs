//! Report labels in Latvian and English, shared by the xlsx and html renderers: the claim's
//! come from the message catalogue (`i18n/<lang>/claim.ftl`), the review's from the table
//! below; and the number and date formatting of each language: `1 234,56` and `03.01.2019.`
//! in Latvian, `1,234.56` and `2019-01-03` in English.

use crate::model::project::Lang;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

/// The claim's labels: each reads the catalogue's `claim-<label>` (`_` as `-`), in
/// `i18n/<lang>/claim.ftl`.
const CLAIM_LABELS: &[&str] = &[
    "title_interim",
    "title_final",
    "sheet_cover",
    "sheet_expenditure",
    "sheet_financing",
    "sheet_indirect",
    "sheet_indicators",
    "sheet_documents",
    "sheet_unpaid",
    "sheet_findings",
    "sheet_rates",
    "agreement",
    "version",
    "in_force_from",
    "project",
    "beneficiary",
    "responsible_authority",
    "fund",
    "period",
    "claim_number",
    "claim_type",
    "type_interim",
    "type_final",
    "eligible_period",
    "eligible_cumulative",
    "requested",
    "payments",
    "payments_total",
    "no_payments",
    "payment_date",
    "payment_kind",
    "note",
    "interim_cap",
    "of_eu_grant",
    "grant_total",
    "signatory",
    "signature",
    "date",
    "inputs",
    "role",
    "file",
    "tool",
    "line",
    "heading",
    "name",
    "budget",
    "earlier",
    "this_period",
    "cumulative",
    "remaining",
    "used_pct",
    "by_line",
    "by_heading",
    "flex_limit",
    "headroom",
    "total",
    "eligible",
    "check_sources",
    "rounding",
    "split_holds",
    "rows_checked",
    "largest_difference",
    "by_quarter",
    "quarter",
    "frozen_from_register",
    "direct_base",
    "rate_pct",
    "allowed",
    "claimed",
    "difference",
    "indicator",
    "target",
    "pct_target",
    "persons",
    "women",
    "men",
    "sex_other",
    "children",
    "adults",
    "age_unknown",
    "vulnerable",
    "country",
    "by_country",
    "suppressed_note",
    "threshold",
    "entry_id",
    "doc_no",
    "doc_date",
    "paid_date",
    "supplier",
    "description",
    "case_id",
    "currency",
    "amount",
    "rate",
    "rate_source",
    "eur",
    "vat",
    "ineligible",
    "rules",
    "source",
    "documents_title",
    "unpaid_title",
    "none",
    "rule",
    "severity",
    "where",
    "message",
    "hint",
    "ineligible_amount",
    "month",
    "notices",
    "expenditure_title",
    "financing_title",
    "indirect_title",
    "indicators_title",
    "findings_title",
    "rates_title",
    "generated_by",
    "split_differs",
    "findings_report",
    "findings_sheet",
    "findings_intro",
    "findings_none",
    "statement",
    "amount_removed",
    "inputs_title",
    "summary",
];

/// Severities (`sev_error` …) read the catalogue's `severity-…` (common.ftl).
const SEVERITIES: &[&str] = &["block", "error", "warning", "info"];

/// The catalogue key of a claim label or severity, if `key` is one.
fn catalogue_key(key: &str) -> Option<String> {
    if let Some(sev) = key.strip_prefix("sev_") {
        return SEVERITIES.contains(&sev).then(|| format!("severity-{sev}"));
    }
    CLAIM_LABELS
        .contains(&key)
        .then(|| format!("claim-{}", key.replace('_', "-")))
}

/// Every catalogue label of a language, read once: renderers ask for the same few hundred
/// labels per workbook, and a `&'static str` keeps the cell-writing code as it was.
fn catalogue_labels(lang: Lang) -> &'static HashMap<&'static str, &'static str> {
    static LV: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    static EN: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let build = || {
        CLAIM_LABELS
            .iter()
            .copied()
            .chain(SEVERITIES.iter().map(|s| match *s {
                "block" => "sev_block",
                "error" => "sev_error",
                "warning" => "sev_warning",
                _ => "sev_info",
            }))
            .filter_map(|k| {
                let text = crate::i18n::tr(lang, &catalogue_key(k)?);
                Some((k, &*Box::leak(text.into_boxed_str())))
            })
            .collect()
    };
    match lang {
        Lang::Lv => LV.get_or_init(build),
        Lang::En => EN.get_or_init(build),
    }
}

/// The label of `key`; `?` if it has none (a missing label shows, never panics).
pub fn label(lang: Lang, key: &str) -> &'static str {
    catalogue_labels(lang).get(key).copied().unwrap_or("?")
}

/// Every label of a language, for the templates.
pub fn labels(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    catalogue_labels(lang)
        .iter()
        .map(|(k, v)| (*k, *v))
        .collect()
}

/// An input's role as a report names it (`expenses` → "izdevumu uzskaite"); a role without
/// a name in the catalogue as it is.
pub fn input_role(lang: Lang, role: &str) -> String {
    let key = match role {
        "project" => "claim-input-project",
        "expenses" => "claim-input-expenses",
        "cases" => "claim-input-cases",
        "rates" => "claim-input-rates",
        "rules" => "claim-input-rules",
        "claim" => "claim-input-claim",
        "previous claim" => "claim-input-previous",
        _ => return role.to_string(),
    };
    crate::i18n::tr(lang, key)
}

/// An input's file as a report names it: the file name, or for the rule catalogue (whose
/// digest stands in the list of inputs) its name and number of rules in words.
pub fn input_file(lang: Lang, d: &crate::model::InputDigest) -> String {
    match d.role.as_str() {
        "rules" => crate::i18n::Msg::new("claim-rule-catalogue")
            .arg("n", crate::rules::ALL.len())
            .text(lang),
        _ => d.file.clone(),
    }
}

/// The page footer's "Page 3 of 9" with the page and count as `page` and `pages` (`&P`, `&N`
/// in a workbook footer; CSS counters in html).
pub fn page_of(lang: Lang, page: &str, pages: &str) -> String {
    crate::i18n::Msg::new("claim-page-of")
        .arg("page", page)
        .arg("pages", pages)
        .text(lang)
}

/// Formats a decimal string (`-1234.5`, `1234.56`) with the language's separators: Latvian
/// `1 234,56` (non-breaking space, decimal comma), English `1,234.56`. Keeps the decimals given.
pub fn number(lang: Lang, s: &str) -> String {
    crate::i18n::fmt::number(lang, s)
}

/// Formats an ISO date (`2019-01-03`): Latvian `03.01.2019.`, English `2019-01-03`.
pub fn date(lang: Lang, iso: &str) -> String {
    crate::i18n::fmt::date_str(lang, iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_numbers_and_dates_per_language() {
        assert_eq!(number(Lang::Lv, "1234.56"), "1\u{a0}234,56");
        assert_eq!(number(Lang::En, "-1234567.50"), "-1,234,567.50");
        assert_eq!(number(Lang::En, "999.00"), "999.00");
        assert_eq!(date(Lang::Lv, "2019-01-03"), "03.01.2019.");
        assert_eq!(date(Lang::En, "2019-01-03"), "2019-01-03");
    }

    #[test]
    fn every_key_has_both_languages() {
        // Every claim label is in the catalogue in both languages, and not also in the table.
        for k in CLAIM_LABELS {
            let key = catalogue_key(k).unwrap();
            for lang in [Lang::Lv, Lang::En] {
                assert!(crate::i18n::has(lang, &key), "{key} ({})", lang.code());
                assert_ne!(label(lang, k), "?", "{k}");
            }
        }
        assert_eq!(label(Lang::Lv, "sev_error"), "kļūda");
        assert_eq!(label(Lang::En, "total"), "Total");
        assert_eq!(label(Lang::Lv, "no-such-label"), "?");
        assert_eq!(page_of(Lang::Lv, "&P", "&N"), "Lapa &P no &N");
    }
}
