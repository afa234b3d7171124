//! The terminal summary of `grantbook review` in the report's language (catalogue
//! `review-summary-…`): the claim, the hash check, the differences (the first few with their
//! cells), the sampling plan with its formula, the evaluation, the parked items, the files
//! written; and the answer of `--replay`.

use crate::i18n::{tr, Msg};
use crate::import::review_checklist::FilledChecklist;
use crate::model::project::Lang;
use crate::report::review::sample::{Method, Stratum};
use crate::report::review::ReviewReport;
use std::fmt::Write;

/// At most this many differences are printed; the report files hold them all.
const SHOWN: usize = 12;

fn line(s: &mut String, indent: &str, m: Msg, lang: Lang) {
    let _ = writeln!(s, "{indent}{}", m.text(lang));
}

/// A difference's area or change code in words (`review-area-row`), or the code itself.
pub fn code_text(lang: Lang, prefix: &str, code: &str) -> String {
    let key = format!("{prefix}{}", code.replace([' ', '_'], "-"));
    if crate::i18n::has(lang, &key) {
        tr(lang, &key)
    } else {
        code.to_string()
    }
}

pub fn review_summary(r: &ReviewReport, files: &[String]) -> String {
    let lang = r.lang;
    let mut s = String::new();
    let c = &r.claim;
    line(
        &mut s,
        "",
        Msg::new("review-summary-head")
            .arg("period", &c.period)
            .arg("agreement", &c.agreement)
            .arg("file", &c.file)
            .arg("number", &c.claim_number),
        lang,
    );
    if r.hash_mismatches.is_empty() {
        line(&mut s, "  ", Msg::new("review-summary-hashes-ok"), lang);
    }
    for h in &r.hash_mismatches {
        line(
            &mut s,
            "  ",
            Msg::new("review-summary-hash-differs")
                .arg("role", &h.role)
                .arg("claimfile", &h.claim_file)
                .arg("claimhash", h.claim_sha256.get(..12).unwrap_or(""))
                .arg("runfile", &h.run_file)
                .arg("runhash", h.run_sha256.get(..12).unwrap_or("")),
            lang,
        );
    }
    line(
        &mut s,
        "  ",
        Msg::new("review-summary-differences").arg("n", r.differences.len()),
        lang,
    );
    for d in r.differences.iter().take(SHOWN) {
        let _ = writeln!(
            s,
            "    {} {} {}: {} {} {}, {} {}",
            code_text(lang, "review-area-", d.area),
            d.key,
            d.what,
            d.at,
            tr(lang, "review-submitted"),
            d.submitted,
            tr(lang, "review-recomputed"),
            d.recomputed
        );
    }
    if r.differences.len() > SHOWN {
        line(
            &mut s,
            "    ",
            Msg::new("review-summary-more").arg("n", r.differences.len() - SHOWN),
            lang,
        );
    }
    sample(&mut s, r);
    evaluation(&mut s, r);
    if !r.parked.is_empty() {
        let cleared = r.parked.iter().filter(|p| p.cleared).count();
        line(
            &mut s,
            "  ",
            Msg::new("review-summary-parked")
                .arg("open", r.parked.len() - cleared)
                .arg("cleared", cleared),
            lang,
        );
        for p in &r.parked {
            let _ = writeln!(
                s,
                "    {} {} {} {}{}",
                p.period,
                p.entry_id,
                crate::i18n::fmt::money(lang, &p.deducted),
                crate::report::review::typology::parking_text(lang, p.parking),
                if p.cleared {
                    format!(" — {}", tr(lang, "review-status-cleared"))
                } else {
                    String::new()
                }
            );
        }
    }
    if let Some(p) = &r.previous {
        line(
            &mut s,
            "  ",
            Msg::new("review-summary-previous")
                .arg("period", &p.period)
                .arg("file", &p.file)
                .arg("n", p.changes.len())
                .arg("breaks", p.carry_forward_breaks),
            lang,
        );
    }
    let _ = writeln!(s, "  {}", r.conclusion.text);
    for f in files {
        line(
            &mut s,
            "  ",
            Msg::new("review-summary-wrote").arg("file", f),
            lang,
        );
    }
    s
}

fn sample(s: &mut String, r: &ReviewReport) {
    let lang = r.lang;
    let m = &r.sample;
    line(
        s,
        "  ",
        Msg::new("review-summary-sample")
            .arg("method", &m.method_name)
            .num("conf", m.confidence_pct)
            .num("te", m.tolerable_error_pct)
            .num("ae", m.expected_error_pct)
            .arg("seed", m.seed.to_string()),
        lang,
    );
    line(
        s,
        "    ",
        Msg::new("review-summary-population")
            .arg("items", m.population_items)
            .money("bv", m.population_value)
            .arg("hash", m.population_sha256.get(..12).unwrap_or("")),
        lang,
    );
    line(
        s,
        "    ",
        Msg::new("review-summary-formula").arg("formula", &m.formula),
        lang,
    );
    let count = |st: Stratum| m.selected.iter().filter(|x| x.stratum == st).count();
    if m.method == Method::Nonstatistical {
        line(
            s,
            "    ",
            Msg::new("review-summary-nonstat")
                .arg("risk", count(Stratum::Risk))
                .arg("random", count(Stratum::Random))
                .arg("n", m.selected.len()),
            lang,
        );
    } else if m.all_items && m.groups.is_empty() {
        line(
            s,
            "    ",
            Msg::new("review-summary-all").arg("n", m.selected.len()),
            lang,
        );
    } else {
        let key = if m.method == Method::Stratified {
            "review-summary-stratified"
        } else {
            "review-summary-mus"
        };
        line(
            s,
            "    ",
            Msg::new(key)
                .money("interval", m.interval)
                .arg("hv", m.high_value_items)
                .money("hvv", m.high_value_value)
                .arg("sys", m.selected.len() - m.high_value_items)
                .arg("n", m.selected.len()),
            lang,
        );
        if m.method == Method::Stratified {
            for g in &m.groups {
                line(
                    s,
                    "      ",
                    Msg::new("review-summary-group")
                        .arg("group", &g.label)
                        .arg("items", g.items)
                        .money("value", g.value)
                        .arg("allocated", g.allocated)
                        .arg("selected", g.selected),
                    lang,
                );
            }
        }
    }
}

fn evaluation(s: &mut String, r: &ReviewReport) {
    let lang = r.lang;
    let Some(p) = &r.projection else {
        line(s, "  ", Msg::new("review-summary-fill"), lang);
        return;
    };
    line(
        s,
        "  ",
        Msg::new("review-summary-evaluation")
            .money("projected", p.projected)
            .num("ppct", p.projected_pct)
            .money("precision", p.precision)
            .money("upper", p.upper_limit)
            .num("upct", p.upper_limit_pct)
            .money("materiality", p.materiality),
        lang,
    );
    line(
        s,
        "    ",
        Msg::new("review-summary-rates")
            .num("ter", p.total_error_rate)
            .money("corrections", p.corrections)
            .num("rer", p.residual_error_rate),
        lang,
    );
    let split = p
        .knock_on_by_source
        .iter()
        .map(|(c, v)| {
            format!(
                "{} {}",
                r.source_name(c),
                crate::i18n::fmt::money(lang, &v.parse().unwrap_or_default())
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    line(
        s,
        "    ",
        Msg::new("review-summary-deductions")
            .money("deducted", p.deducted_total)
            .money("indirect", p.indirect_total)
            .money("total", p.knock_on_total)
            .arg("split", split),
        lang,
    );
}

/// `--replay`: the population hash, then the sample item for item against the workbook's
/// checklist. Returns the text and whether the sample is the same.
pub fn replay_summary(
    r: &ReviewReport,
    recorded_wb: &FilledChecklist,
    recorded: &[&str],
    lang: Lang,
) -> (String, bool) {
    let m = &r.sample;
    let recorded_hash = recorded_wb
        .meta
        .get("population_sha256")
        .cloned()
        .unwrap_or_default();
    let mut s = String::new();
    if recorded_hash != m.population_sha256 {
        line(
            &mut s,
            "",
            Msg::new("review-replay-population-differs")
                .arg("recorded", recorded_hash.get(..12).unwrap_or(""))
                .arg("now", m.population_sha256.get(..12).unwrap_or("")),
            lang,
        );
    }
    let drawn: Vec<&str> = m.selected.iter().map(|x| x.entry_id.as_str()).collect();
    let first = (0..drawn.len().max(recorded.len())).find(|i| drawn.get(*i) != recorded.get(*i));
    match first {
        None if recorded_hash == m.population_sha256 => {
            line(
                &mut s,
                "",
                Msg::new("review-replay-same")
                    .arg("n", drawn.len())
                    .arg("method", &m.method_name)
                    .arg("seed", m.seed.to_string())
                    .arg("hash", m.population_sha256.get(..12).unwrap_or("")),
                lang,
            );
            (s, true)
        }
        None => (s, false),
        Some(i) => {
            line(
                &mut s,
                "",
                Msg::new("review-replay-differs")
                    .arg("no", i + 1)
                    .arg("recorded", recorded.get(i).copied().unwrap_or("—"))
                    .arg("drawn", drawn.get(i).copied().unwrap_or("—")),
                lang,
            );
            (s, false)
        }
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
