//! The review report as one self-contained page (`templates/review.html.tera`).

use super::{engine, STYLE};
use crate::i18n::tr;
use crate::model::project::Lang;
use crate::render::header::Header;
use crate::render::provenance::Provenance;
use crate::render::words::review::{code_text, letter, verification_paragraphs};
use crate::report::review::ReviewReport;
use anyhow::{anyhow, Result};
use tera::Context;

const REVIEW_TEMPLATE: &str = include_str!("../../../templates/review.html.tera");

/// The review report as one self-contained page (`templates/review.html.tera`).
pub fn review_as_html(r: &crate::report::review::ReviewReport) -> Result<String> {
    let tera = engine(r.lang, "review.html", REVIEW_TEMPLATE)?;
    let mut cx = Context::new();
    cx.insert("report", r);
    for (k, v) in html_context(r) {
        cx.insert(k, &v);
    }
    cx.insert("style", STYLE);
    cx.insert("lang", r.lang.code());
    super::insert_header(&mut cx, &Header::review(r), &Provenance::review(r));
    // The knock-on table's source columns, by the sources' names in the report's language.
    let source_heads: Vec<String> = r
        .projection
        .iter()
        .flat_map(|p| p.knock_on_by_source.iter().map(|(c, _)| r.source_name(c)))
        .collect();
    cx.insert("source_heads", &source_heads);
    tera.render("review.html", &cx)
        .map_err(|e| anyhow!("cannot render the review html: {e:?}"))
}

/// What the html template reads besides the report: `t` (every `review-*` label, keyed without
/// the prefix and with `_` for `-`), `w` (the words of the model's codes: `stratum.high_value`,
/// `risk.cash`, `result.error`, `error_type.procurement`, `parking.deferred`, `area.row`,
/// `change.row added`), the verification report's paragraphs and the letter.
pub fn html_context(r: &ReviewReport) -> Vec<(&'static str, serde_json::Value)> {
    use crate::report::review::risk::Risk;
    use crate::report::review::sample::Stratum;
    use crate::report::review::typology::{
        error_type_text, outcome_text, parking_text, ERROR_TYPES, OUTCOMES, PARKINGS,
    };
    use std::collections::BTreeMap;
    let lang = r.lang;
    let mut t = BTreeMap::new();
    for (area, lv, en) in crate::i18n::SOURCES {
        if *area != "review" {
            continue;
        }
        let src = if lang == Lang::Lv { lv } else { en };
        for l in src.lines() {
            if let Some(key) = l.split('=').next().map(str::trim) {
                if key.starts_with("review-") && !key.contains(' ') {
                    let short = key.trim_start_matches("review-").replace('-', "_");
                    t.insert(short, tr(lang, key));
                }
            }
        }
    }
    let name = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
    let mut w = BTreeMap::new();
    for s in [
        Stratum::All,
        Stratum::HighValue,
        Stratum::Systematic,
        Stratum::Risk,
        Stratum::Random,
    ] {
        let k = format!("stratum.{}", name(serde_json::json!(s)));
        w.insert(k, tr(lang, &format!("review-stratum-{}", s.code())));
    }
    for x in [
        Risk::HighValue,
        Risk::Cash,
        Risk::FirstTimeSupplier,
        Risk::LateReintegration,
        Risk::RuleWarning,
    ] {
        w.insert(format!("risk.{}", name(serde_json::json!(x))), x.text(lang));
    }
    for (v, _) in OUTCOMES {
        w.insert(
            format!("result.{}", name(serde_json::json!(v))),
            outcome_text(lang, *v),
        );
    }
    for (v, _) in ERROR_TYPES {
        w.insert(
            format!("error_type.{}", name(serde_json::json!(v))),
            error_type_text(lang, *v),
        );
    }
    for (v, _) in PARKINGS {
        w.insert(
            format!("parking.{}", name(serde_json::json!(v))),
            parking_text(lang, *v),
        );
    }
    for d in &r.differences {
        w.insert(
            format!("area.{}", d.area),
            code_text(lang, "review-area-", d.area),
        );
    }
    for c in r.previous.iter().flat_map(|p| &p.changes) {
        w.insert(
            format!("change.{}", c.what),
            code_text(lang, "review-change-", c.what),
        );
    }
    vec![
        ("t", serde_json::json!(t)),
        ("w", serde_json::json!(w)),
        ("paragraphs", serde_json::json!(verification_paragraphs(r))),
        ("letter", serde_json::json!(letter(r))),
    ]
}
