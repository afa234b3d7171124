//! The terminal summary of `grantbook review` in the report's language (catalogue
//! `review-summary-…`): the claim, the hash check, the differences (the first few with their
//! cells), the sampling plan with its formula, the evaluation, the parked items, the files
//! written; and the answer of `--replay`.

use crate::i18n::{tr, Msg};
use crate::import::readback::review_checklist::FilledChecklist;
use crate::model::project::Lang;
use crate::render::words::review::code_text;
use crate::report::review::sample::{Method, Stratum};
use crate::report::review::ReviewReport;
use std::fmt::Write;

/// At most this many differences are printed; the report files hold them all.
const SHOWN: usize = 12;

fn line(s: &mut String, indent: &str, m: Msg, lang: Lang) {
    let _ = writeln!(s, "{indent}{}", m.text(lang));
}

pub fn review_summary(r: &ReviewReport, files: &[String]) -> String {
    let lang = r.lang;
    let mut s = String::new();
    let c = &r.claim;
    let header = crate::render::header::Header::review(r);
    line(
        &mut s,
        "",
        Msg::new("review-summary-head")
            .arg("period", header.period)
            .arg("agreement", header.agreement)
            .arg("file", &c.file)
            .arg("number", &c.claim_number),
        lang,
    );
    differences(&mut s, r);
    sample(&mut s, r);
    evaluation(&mut s, r);
    if !r.parked.is_empty() {
        parked(&mut s, r);
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

/// The input hashes against the claim's, and the differences from the recomputation (the
/// first few with their cells).
fn differences(s: &mut String, r: &ReviewReport) {
    let lang = r.lang;
    if r.hash_mismatches.is_empty() {
        line(s, "  ", Msg::new("review-summary-hashes-ok"), lang);
    }
    for h in &r.hash_mismatches {
        line(
            s,
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
        s,
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
            s,
            "    ",
            Msg::new("review-summary-more").arg("n", r.differences.len() - SHOWN),
            lang,
        );
    }
}

/// The parked items: how many are open and cleared, then each with its period, entry,
/// deducted amount and parking.
fn parked(s: &mut String, r: &ReviewReport) {
    let lang = r.lang;
    let cleared = r.parked.iter().filter(|p| p.cleared).count();
    line(
        s,
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
