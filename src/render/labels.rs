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
    "whole_project",
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

/// The review report's labels (`grantbook review`), `(key, Latvian, English)`.
const REVIEW_LABELS: &[(&str, &str, &str)] = &[
    ("review_title", "Maksājuma pieprasījuma pārbaude", "Review of a payment claim"),
    ("sheet_summary", "Kopsavilkums", "Summary"),
    ("sheet_differences", "Atšķirības", "Differences"),
    ("sheet_sample", "Izlase", "Sample"),
    ("sheet_checklist", "Pārbaudes lapa", "Checklist"),
    ("sheet_claim_checks", "Pieprasījuma pārbaudes", "Claim checks"),
    ("sheet_projection", "Kļūdu projekcija", "Error projection"),
    ("sheet_previous", "Iepriekšējais pieprasījums", "Previous claim"),
    ("claim_reviewed", "Pārbaudītais pieprasījums", "Claim reviewed"),
    ("hashes", "Ievaddatu jaucējkodi", "Input hashes"),
    ("hashes_match", "sakrīt ar norādītajiem ievaddatiem", "match the inputs given"),
    ("hashes_differ", "NESAKRĪT ar norādītajiem ievaddatiem", "DIFFER from the inputs given"),
    ("in_claim", "Pieprasījumā", "In the claim"),
    ("in_run", "Šajā pārbaudē", "In this run"),
    ("recomputation", "Pārrēķins no virsgrāmatas", "Recomputation from the ledger"),
    ("differences_count", "Atšķirības no pārrēķina", "Differences from the recomputation"),
    ("no_differences", "Atšķirību nav", "No differences"),
    ("area", "Joma", "Area"),
    ("row_key", "Rinda", "Row"),
    ("what", "Kolonna / izmaiņa", "Column / change"),
    ("cell", "Šūna", "Cell"),
    ("submitted", "Iesniegts", "Submitted"),
    ("recomputed", "Pārrēķināts", "Recomputed"),
    ("method", "Metode", "Method"),
    ("generator", "Ģenerators", "Generator"),
    ("seed", "Sēkla (seed)", "Seed"),
    ("confidence", "Ticamības līmenis, %", "Confidence, %"),
    ("reliability_factor", "Ticamības faktors RF = −ln(1 − ticamība)", "Reliability factor RF = −ln(1 − confidence)"),
    ("tolerable_error_pct", "Pieļaujamā kļūda, %", "Tolerable error, %"),
    ("tolerable_error", "Pieļaujamā kļūda (būtiskums), EUR", "Tolerable error (materiality), EUR"),
    ("population_items", "Populācija: izmaksu rindas ar attiecināmo summu > 0", "Population: cost lines with eligible > 0"),
    ("population_value", "Populācijas vērtība BV, EUR", "Population value BV, EUR"),
    ("sample_size", "Izlases apjoms n = ⌈RF ÷ pieļaujamā kļūda⌉", "Sample size n = ⌈RF ÷ tolerable error⌉"),
    ("interval", "Izlases intervāls = BV ÷ n, EUR", "Sampling interval = BV ÷ n, EUR"),
    ("random_start", "Nejaušais sākums, EUR", "Random start, EUR"),
    ("high_value_items", "Lielās vērtības slānis (≥ intervāls, 100 %)", "High-value stratum (≥ interval, 100 %)"),
    ("rest_items", "Pārējās vienības", "Rest of the population"),
    ("rest_selected", "Sistemātiski izvēlētās vienības", "Items selected systematically"),
    ("all_items", "n ≥ vienību skaits: pārbauda visas vienības", "n ≥ number of items: every item is checked"),
    ("items", "vienības", "items"),
    ("no", "Nr.", "No."),
    ("book_value", "Uzskaites vērtība (attiecināmā), EUR", "Book value (eligible), EUR"),
    ("stratum", "Slānis", "Stratum"),
    ("stratum_all", "visas", "all"),
    ("stratum_high_value", "lielā vērtība", "high value"),
    ("stratum_systematic", "sistemātiska", "systematic"),
    ("point", "Izlases punkts", "Selection point"),
    ("documents_to_see", "Pārbaudāmie dokumenti", "Documents to see"),
    ("check_result", "Rezultāts (OK / kļūda)", "Result (OK / finding)"),
    ("deducted", "Atskaitītā summa, EUR", "Amount deducted, EUR"),
    ("checklist_help", "Aizpildiet kolonnas Rezultāts un Atskaitītā summa, saglabājiet ar citu nosaukumu un palaidiet: grantbook review --claim … --checklist <datne>", "Fill in the Result and Amount deducted columns, save under another name and run: grantbook review --claim … --checklist <file>"),
    ("check", "Pārbaude", "Check"),
    ("verified", "Ko grantbook pārbaudīja automātiski", "What grantbook verified automatically"),
    ("result", "Rezultāts", "Result"),
    ("res_ok", "OK", "OK"),
    ("res_finding", "konstatējums", "finding"),
    ("res_manual", "manuāli", "manual"),
    ("projection_pending", "Kļūdu projekcija: aizpildiet pārbaudes lapu un palaidiet ar --checklist", "Error projection: fill in the checklist and run again with --checklist"),
    ("high_value_errors", "Kļūdas lielās vērtības slānī (pilnā apmērā)", "Errors in the high-value stratum (in full)"),
    ("rest_error_rates", "Σ (E_i ÷ BV_i) sistemātiskajā izlasē", "Σ (E_i ÷ BV_i) over the systematic sample"),
    ("rest_projected", "Projicētā kļūda pārējā populācijā", "Projected error over the rest"),
    ("projected", "Projicētā kļūda", "Projected error"),
    ("basic_precision", "Pamata precizitāte = RF × intervāls", "Basic precision = RF × interval"),
    ("upper_limit", "Kļūdas augšējā robeža", "Upper error limit"),
    ("pct_of_population", "% no populācijas", "% of the population"),
    ("above_materiality", "virs būtiskuma sliekšņa", "above materiality"),
    ("within_materiality", "nepārsniedz būtiskuma slieksni", "within materiality"),
    ("formula", "Formula", "Formula"),
    ("items_checked", "Pārbaudītās vienības", "Items checked"),
    ("items_with_error", "Vienības ar kļūdu", "Items with an error"),
    ("knock_on", "Atskaitījumu ietekme uz netiešajām izmaksām un finansējuma avotiem", "Knock-on effect of the deductions on indirect costs and the sources"),
    ("indirect_effect", "Netiešās izmaksas (likme × atskaitījums)", "Indirect costs (rate × deduction)"),
    ("error_rate", "E ÷ BV", "E ÷ BV"),
    ("previous_file", "Iepriekšējais pieprasījums", "Previous claim"),
    ("not_consecutive", "iepriekšējais pieprasījums nav tieši iepriekšējais ceturksnis: kumulatīvo summu pārnesi nepārbauda", "the previous claim is not the quarter just before: carry-forward is not checked"),
    ("change", "Izmaiņa", "Change"),
    ("previous_value", "Iepriekš", "Previous"),
    ("this_value", "Šajā pieprasījumā", "This claim"),
    ("carry_forward_breaks", "Kumulatīvo summu pārneses neatbilstības", "Cumulative figures that do not carry forward"),
    ("no_changes", "Izmaiņu nav", "No changes"),
    ("conclusion", "Secinājums", "Conclusion"),
    ("exit_code", "Izejas kods", "Exit status"),
];

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
    if let Some(t) = catalogue_labels(lang).get(key) {
        return t;
    }
    REVIEW_LABELS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, lv, en)| match lang {
            Lang::Lv => *lv,
            Lang::En => *en,
        })
        .unwrap_or("?")
}

/// Every label of a language, for the templates.
pub fn labels(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    let mut m: BTreeMap<&'static str, &'static str> = REVIEW_LABELS
        .iter()
        .map(|(k, lv, en)| {
            (
                *k,
                match lang {
                    Lang::Lv => *lv,
                    Lang::En => *en,
                },
            )
        })
        .collect();
    m.extend(catalogue_labels(lang).iter().map(|(k, v)| (*k, *v)));
    m
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
        _ => return role.to_string(),
    };
    crate::i18n::tr(lang, key)
}

/// An input's file as a report names it: the file name, or for the rule catalogue (whose
/// digest stands in the list of inputs) its name and number of rules in words.
pub fn input_file(lang: Lang, d: &crate::import::InputDigest) -> String {
    match d.role.as_str() {
        "rules" => crate::i18n::Msg::new("claim-rule-catalogue")
            .arg("n", crate::rules::ALL.len())
            .text(lang),
        _ => d.file.clone(),
    }
}

/// The inputs as a report's table shows them: role, file, SHA-256.
#[derive(Debug, serde::Serialize)]
pub struct InputRow {
    /// The role as `verify` reads it back (`expenses`, `rules` …).
    pub code: String,
    pub role: String,
    pub file: String,
    pub sha256: String,
}

pub fn input_rows(lang: Lang, inputs: &[crate::import::InputDigest]) -> Vec<InputRow> {
    inputs
        .iter()
        .map(|d| InputRow {
            code: d.role.clone(),
            role: input_role(lang, &d.role),
            file: input_file(lang, d),
            sha256: d.sha256.clone(),
        })
        .collect()
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
        for (k, lv, en) in REVIEW_LABELS {
            assert!(!lv.is_empty() && !en.is_empty(), "{k}");
            assert_eq!(
                REVIEW_LABELS.iter().filter(|x| x.0 == *k).count(),
                1,
                "{k} twice"
            );
        }
        // Every claim label is in the catalogue in both languages, and not also in the table.
        for k in CLAIM_LABELS {
            let key = catalogue_key(k).unwrap();
            for lang in [Lang::Lv, Lang::En] {
                assert!(crate::i18n::has(lang, &key), "{key} ({})", lang.code());
                assert_ne!(label(lang, k), "?", "{k}");
            }
            assert!(!REVIEW_LABELS.iter().any(|x| x.0 == *k), "{k} twice");
        }
        assert_eq!(label(Lang::Lv, "sev_error"), "kļūda");
        assert_eq!(label(Lang::En, "total"), "Total");
        assert_eq!(label(Lang::Lv, "no-such-label"), "?");
        assert_eq!(page_of(Lang::Lv, "&P", "&N"), "Lapa &P no &N");
    }
}
