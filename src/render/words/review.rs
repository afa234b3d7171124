//! The review's words in every format: a difference's area or change in words, the
//! verification report's paragraphs and the letter to the beneficiary.

use crate::i18n::{tr, Msg};
use crate::model::project::Lang;
use crate::report::review::ReviewReport;

/// A difference's area or change code in words (`review-area-row`), or the code itself.
pub fn code_text(lang: Lang, prefix: &str, code: &str) -> String {
    let key = format!("{prefix}{}", code.replace([' ', '_'], "-"));
    if crate::i18n::has(lang, &key) {
        tr(lang, &key)
    } else {
        code.to_string()
    }
}

/// The verification report's paragraphs: what was reviewed, the population and its hash, the
/// plan, the results and the conclusion (the tables follow in the report's other parts).
pub fn verification_paragraphs(r: &ReviewReport) -> Vec<String> {
    let lang = r.lang;
    let m = &r.sample;
    let c = &r.claim;
    let mut v = vec![
        Msg::new("review-report-intro")
            .arg("number", &c.claim_number)
            .arg("period", &c.period)
            .arg("agreement", &c.agreement)
            .text(lang),
        Msg::new("review-report-population")
            .arg("items", m.population_items)
            .money("bv", m.population_value)
            .arg("hash", &m.population_sha256)
            .text(lang),
        Msg::new("review-report-plan")
            .arg("method", &m.method_name)
            .num("conf", m.confidence_pct)
            .num("te", m.tolerable_error_pct)
            .num("ae", m.expected_error_pct)
            .arg("seed", m.seed.to_string())
            .arg("formula", &m.formula)
            .text(lang),
        m.generator.clone(),
    ];
    if let Some(p) = &r.projection {
        v.push(
            Msg::new("review-report-results")
                .arg("checked", p.items_checked)
                .arg("sampled", p.items_sampled)
                .arg("errors", p.items_with_error)
                .text(lang),
        );
    }
    v.push(r.conclusion.text.clone());
    v
}

/// The letter to the beneficiary: subject, opening, the deductions (entry, amount, indirect,
/// total, by source), the parked items still open, and the closing; a draft while items are
/// unchecked.
#[derive(serde::Serialize)]
pub struct Letter {
    pub subject: String,
    pub opening: String,
    pub pending: Option<String>,
    pub deductions_intro: String,
    /// entry id, error type, deducted, indirect, total, by source ("AMIF 1.00 / state 0.33").
    pub deductions: Vec<[String; 6]>,
    pub parked_intro: String,
    /// period, entry id, error type, parking, amount, note.
    pub parked: Vec<[String; 6]>,
    pub closing: String,
}

pub fn letter(r: &ReviewReport) -> Letter {
    use crate::report::review::typology::{error_type_text, parking_text};
    let lang = r.lang;
    let c = &r.claim;
    let money = |x: &crate::model::Money| crate::i18n::fmt::money(lang, x);
    let deductions: Vec<[String; 6]> = r
        .projection
        .iter()
        .flat_map(|p| &p.deductions)
        .map(|d| {
            [
                d.entry_id.clone(),
                d.error_type
                    .map(|t| error_type_text(lang, t))
                    .unwrap_or_default(),
                money(&d.deducted),
                money(&d.indirect),
                money(&d.total),
                d.by_source
                    .iter()
                    .map(|(_, v)| money(&v.parse().unwrap_or_default()))
                    .collect::<Vec<_>>()
                    .join(" / "),
            ]
        })
        .collect();
    let parked: Vec<[String; 6]> = r
        .parked
        .iter()
        .filter(|p| !p.cleared)
        .map(|p| {
            [
                p.period.clone(),
                p.entry_id.clone(),
                p.error_type
                    .map(|t| error_type_text(lang, t))
                    .unwrap_or_default(),
                parking_text(lang, p.parking),
                money(&p.deducted),
                p.note.clone(),
            ]
        })
        .collect();
    let pending = match &r.projection {
        Some(p) if p.complete => None,
        _ => Some(
            Msg::new("review-letter-pending")
                .arg("n", r.conclusion.not_checked)
                .text(lang),
        ),
    };
    Letter {
        subject: Msg::new("review-letter-subject")
            .arg("number", &c.claim_number)
            .arg("period", &c.period)
            .text(lang),
        opening: Msg::new("review-letter-opening")
            .arg("number", &c.claim_number)
            .arg("period", &c.period)
            .arg("agreement", &c.agreement)
            .arg("sampled", r.sample.selected.len())
            .arg("items", r.sample.population_items)
            .text(lang),
        pending,
        deductions_intro: tr(
            lang,
            if deductions.is_empty() {
                "review-letter-no-deductions"
            } else {
                "review-letter-deductions"
            },
        ),
        deductions,
        parked_intro: tr(
            lang,
            if parked.is_empty() {
                "review-letter-no-parked"
            } else {
                "review-letter-parked"
            },
        ),
        parked,
        closing: tr(lang, "review-letter-closing"),
    }
}
