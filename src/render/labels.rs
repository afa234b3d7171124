//! Report labels in Latvian and English (terms per the glossary), shared by the xlsx and html
//! renderers, and the number and date formatting of each language: `1 234,56` and `03.01.2019.`
//! in Latvian, `1,234.56` and `2019-01-03` in English.

use crate::model::project::Lang;
use std::collections::BTreeMap;

/// `(key, Latvian, English)`.
const LABELS: &[(&str, &str, &str)] = &[
    ("title_interim", "Maksājuma pieprasījums", "Payment claim"),
    ("title_final", "Noslēguma pārskats", "Final report"),
    ("sheet_cover", "Titullapa", "Cover"),
    ("sheet_expenditure", "Izdevumi", "Expenditure"),
    ("sheet_financing", "Finansējums", "Financing"),
    ("sheet_indirect", "Netiešās izmaksas", "Indirect costs"),
    ("sheet_indicators", "Rādītāji", "Indicators"),
    ("sheet_documents", "Dokumenti", "Documents"),
    ("sheet_unpaid", "Neapmaksātie", "Unpaid"),
    ("sheet_findings", "Konstatējumi", "Findings"),
    ("sheet_rates", "Valūtas kursi", "Exchange rates"),
    ("agreement", "Granta līgums", "Grant agreement"),
    ("version", "Līguma versija", "Agreement version"),
    ("in_force_from", "spēkā no", "in force from"),
    ("project", "Projekts", "Project"),
    ("beneficiary", "Finansējuma saņēmējs", "Beneficiary"),
    (
        "responsible_authority",
        "Atbildīgā iestāde",
        "Responsible authority",
    ),
    ("fund", "Fonds", "Fund"),
    ("period", "Pārskata periods", "Reporting period"),
    ("claim_number", "Pieprasījuma Nr.", "Claim no."),
    ("claim_type", "Pieprasījuma veids", "Claim type"),
    ("type_interim", "starpposma", "interim"),
    ("type_final", "noslēguma", "final"),
    (
        "eligible_period",
        "Attiecināmās izmaksas šajā periodā",
        "Eligible costs this period",
    ),
    (
        "eligible_cumulative",
        "Attiecināmās izmaksas kopā (kumulatīvi)",
        "Eligible costs, cumulative",
    ),
    ("requested", "Pieprasītā summa", "Amount requested"),
    (
        "payments",
        "Saņemtie maksājumi (avanss, starpposma maksājumi)",
        "Payments received (advance, interim payments)",
    ),
    (
        "payments_total",
        "Saņemtie maksājumi kopā",
        "Payments received, total",
    ),
    (
        "no_payments",
        "Nav reģistrētu maksājumu",
        "No payments recorded",
    ),
    ("payment_date", "Datums", "Date"),
    ("payment_kind", "Veids", "Kind"),
    ("note", "Piezīme", "Note"),
    (
        "interim_cap",
        "Starpposma maksājumu griesti",
        "Interim payment cap",
    ),
    ("of_eu_grant", "no ES finansējuma", "of the EU grant"),
    ("grant_total", "Granta kopsumma", "Grant total"),
    ("signatory", "Parakstītājs", "Signatory"),
    ("signature", "Paraksts", "Signature"),
    ("date", "Datums", "Date"),
    ("inputs", "Ievaddati (SHA-256)", "Inputs (SHA-256)"),
    ("role", "Loma", "Role"),
    ("file", "Datne", "File"),
    ("tool", "Rīks", "Tool"),
    ("line", "Aktivitāte", "Activity line"),
    ("heading", "Budžeta pozīcija", "Budget heading"),
    ("name", "Nosaukums", "Name"),
    ("budget", "Budžets", "Budget"),
    ("earlier", "Iepriekšējos pieprasījumos", "In earlier claims"),
    ("this_period", "Šajā periodā", "This period"),
    ("cumulative", "Kopā (kumulatīvi)", "Total (cumulative)"),
    ("remaining", "Atlikums", "Remaining"),
    ("used_pct", "Izlietojums, %", "Used, %"),
    ("by_line", "Pa aktivitātēm", "By activity line"),
    ("by_heading", "Pa budžeta pozīcijām", "By budget heading"),
    ("flex_limit", "Elastības robeža", "Flexibility limit"),
    ("headroom", "Elastības rezerve", "Flexibility headroom"),
    ("total", "Kopā", "Total"),
    ("eligible", "Attiecināmās", "Eligible"),
    (
        "check_sources",
        "Pārbaude: avoti − attiecināmās",
        "Check: sources − eligible",
    ),
    ("rounding", "Noapaļošana", "Rounding"),
    (
        "split_holds",
        "Avotu summa ir vienāda ar attiecināmajām izmaksām visās rindās",
        "The sources add up to the eligible amount in every row",
    ),
    ("rows_checked", "pārbaudītas rindas", "rows checked"),
    (
        "largest_difference",
        "lielākā starpība",
        "largest difference",
    ),
    ("by_quarter", "Pa ceturkšņiem", "By quarter"),
    ("quarter", "Ceturksnis", "Quarter"),
    (
        "frozen_from_register",
        "Iepriekšējo pieprasījumu summas no iesniegto pieprasījumu reģistra",
        "Earlier-claim figures from the register of submitted claims",
    ),
    (
        "direct_base",
        "Attiecināmo tiešo izmaksu bāze",
        "Eligible direct cost base",
    ),
    ("rate_pct", "Likme, %", "Rate, %"),
    ("allowed", "Pieļaujamās", "Allowed"),
    ("claimed", "Pieprasītās", "Claimed"),
    ("difference", "Starpība", "Difference"),
    ("indicator", "Rādītājs", "Indicator"),
    ("target", "Mērķa vērtība", "Target value"),
    ("pct_target", "% no mērķa", "% of target"),
    ("persons", "Personas", "Persons"),
    ("women", "Sievietes", "Women"),
    ("men", "Vīrieši", "Men"),
    ("sex_other", "Cits / nav norādīts", "Other / not recorded"),
    ("children", "Bērni (0–17)", "Children (0–17)"),
    ("adults", "Pieaugušie (18+)", "Adults (18+)"),
    ("age_unknown", "Vecums nav zināms", "Age not known"),
    ("vulnerable", "Ievainojamas personas", "Vulnerable persons"),
    ("country", "Atgriešanās valsts", "Country of return"),
    (
        "by_country",
        "Pa atgriešanās valstīm",
        "By country of return",
    ),
    (
        "suppressed_note",
        "Skaitļi, kas mazāki par slieksni, nav publicēti",
        "Counts below the threshold are not published",
    ),
    ("threshold", "slieksnis", "threshold"),
    ("entry_id", "Ieraksta Nr.", "Entry no."),
    ("doc_no", "Dokumenta Nr.", "Document no."),
    ("doc_date", "Dokumenta datums", "Document date"),
    ("paid_date", "Apmaksas datums", "Payment date"),
    ("supplier", "Piegādātājs", "Supplier"),
    ("description", "Apraksts", "Description"),
    ("case_id", "Lietas Nr.", "Case no."),
    ("currency", "Valūta", "Currency"),
    ("amount", "Summa", "Amount"),
    ("rate", "Kurss", "Rate"),
    ("rate_source", "Kursa avots", "Rate source"),
    ("eur", "Summa EUR", "Amount EUR"),
    ("vat", "PVN EUR", "VAT EUR"),
    ("ineligible", "Neattiecināmās", "Ineligible"),
    ("rules", "Noteikumi", "Rules"),
    ("source", "Avots", "Source"),
    (
        "documents_title",
        "Izdevumus pamatojošo dokumentu saraksts",
        "List of supporting documents",
    ),
    (
        "unpaid_title",
        "Neapmaksātās izmaksas (vēl nav pieprasāmas)",
        "Unpaid costs (not yet claimable)",
    ),
    ("none", "Nav", "None"),
    ("rule", "Noteikums", "Rule"),
    ("severity", "Nozīmīgums", "Severity"),
    ("where", "Vieta", "Where"),
    ("message", "Konstatējums", "Finding"),
    ("hint", "Ieteikums", "Hint"),
    (
        "ineligible_amount",
        "Neattiecināmā vai koriģējamā summa",
        "Amount ineligible or to correct",
    ),
    ("sev_block", "bloķējošs", "block"),
    ("sev_error", "kļūda", "error"),
    ("sev_warning", "brīdinājums", "warning"),
    ("sev_info", "informācija", "info"),
    ("month", "Mēnesis", "Month"),
    ("notices", "Paziņojumi", "Notices"),
    ("page", "Lapa &P no &N", "Page &P of &N"),
    (
        "expenditure_title",
        "Izdevumi pa aktivitātēm un budžeta pozīcijām",
        "Expenditure by activity line and budget heading",
    ),
    (
        "financing_title",
        "Finansējuma sadalījums pa avotiem",
        "Financing split by source",
    ),
    (
        "indirect_title",
        "Netiešo izmaksu aprēķins",
        "Indirect cost computation",
    ),
    (
        "indicators_title",
        "Rādītāji: atbalstītās personas",
        "Indicators: persons assisted",
    ),
    (
        "findings_title",
        "Konstatējumi un izslēgtās summas",
        "Findings and excluded amounts",
    ),
    (
        "rates_title",
        "Izmantotie valūtas kursi",
        "Exchange rates used",
    ),
    ("generated_by", "Sagatavots ar", "Made with"),
];

/// The label of `key`; the key itself if it has none (a missing label shows, never panics).
pub fn label(lang: Lang, key: &str) -> &'static str {
    LABELS
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
    LABELS
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
        .collect()
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
        let all: Vec<_> = LABELS.iter().collect();
        for (k, lv, en) in &all {
            assert!(!lv.is_empty() && !en.is_empty(), "{k}");
            assert_eq!(all.iter().filter(|x| x.0 == *k).count(), 1, "{k} twice");
        }
    }
}
