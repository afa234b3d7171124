//! The terminal summary printed after a claim is written: the inputs' rows, the period, the
//! eligible costs by source, the findings that remove money, the files written.

use super::{currency_amounts, rows_msg, wrote};
use crate::i18n::{tr, Msg};
use crate::report::claim::ClaimReport;
use std::fmt::Write;

pub fn claim_summary(r: &ClaimReport, files: &[String]) -> String {
    let lang = r.lang;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        Msg::new("claim-summary-title")
            .arg("period", period_words(r))
            .arg(
                "agreement",
                crate::render::header::Header::claim(r).agreement
            )
            .arg("version", r.agreement.version)
            .text(lang)
    );
    for row in &r.row_counts {
        let _ = writeln!(s, "  {}", rows_msg(row, lang));
    }
    for n in &r.notices {
        let _ = writeln!(
            s,
            "  {}",
            Msg::new("check-notice").arg("text", n.clone()).text(lang)
        );
    }
    let _ = writeln!(
        s,
        "  {}",
        Msg::new("claim-summary-period")
            .arg("from", r.period.from)
            .arg("to", r.period.to)
            .arg("lines", r.documents.len())
            .text(lang)
    );
    amounts(r, &mut s);
    findings(r, &mut s);
    for f in files {
        let _ = writeln!(s, "  {}", wrote(lang, f));
    }
    s
}

/// The period's eligible costs with each source's part, and the cumulative costs against the
/// budget.
fn amounts(r: &ClaimReport, s: &mut String) {
    let lang = r.lang;
    // Each source by its name in the report's language (the project file's words).
    let parts: Vec<String> = r
        .total
        .period
        .by_source
        .iter()
        .map(|(code, amount)| {
            let name = r
                .sources
                .iter()
                .find(|i| i.code == *code)
                .map_or(code.clone(), |i| i.name.clone());
            format!("{name} {}", crate::i18n::fmt::money(lang, amount))
        })
        .collect();
    let _ = writeln!(
        s,
        "  {}",
        Msg::new("claim-summary-eligible")
            .money("eligible", r.total.period.eligible)
            .arg("sources", parts.join(" + "))
            .text(lang)
    );
    let _ = writeln!(
        s,
        "  {}",
        Msg::new("claim-summary-cumulative")
            .money("cumulative", r.total.cumulative.eligible)
            .money("budget", r.total.budget)
            .text(lang)
    );
}

/// What the findings remove (the count of findings, those that exclude costs, the amount),
/// the unpaid costs left for a later claim, the amounts without an exchange rate and the
/// differences to correct.
fn findings(r: &ClaimReport, s: &mut String) {
    let lang = r.lang;
    let inel: rust_decimal::Decimal = r.documents.iter().map(|d| d.ineligible).sum();
    // Findings that remove money (FIN-02's differences are corrections, listed apart).
    let blocking = r
        .findings
        .iter()
        .filter(|f| {
            f.severity.excludes()
                && crate::rules::rule_of(f)
                    .is_some_and(|x| x.removes != crate::rules::Removes::Nothing)
        })
        .count();
    let _ = writeln!(
        s,
        "  {}",
        Msg::new("claim-summary-findings")
            .arg("n", r.findings.len())
            .arg("excluding", blocking)
            .money("amount", inel)
            .text(lang)
    );
    if !r.unpaid.is_empty() {
        let _ = writeln!(
            s,
            "  {}",
            Msg::new("claim-summary-unpaid")
                .arg("lines", r.unpaid.len())
                .text(lang)
        );
    }
    let fs = &r.findings_summary;
    if !fs.reconciliation.not_convertible.is_empty() {
        let _ = writeln!(
            s,
            "  {}",
            Msg::new("claim-summary-not-convertible")
                .arg(
                    "amounts",
                    currency_amounts(&fs.reconciliation.not_convertible, lang)
                )
                .text(lang)
        );
    }
    if !fs.to_correct.is_zero() {
        let _ = writeln!(
            s,
            "  {}",
            Msg::new("claim-summary-to-correct")
                .money("amount", fs.to_correct)
                .text(lang)
        );
    }
}

/// The claim's period in the summary's first line: the quarter or year as it is, the final
/// report in words.
fn period_words(r: &ClaimReport) -> String {
    match r.period.period {
        crate::model::ClaimPeriod::Final => tr(r.lang, "claim-summary-final"),
        _ => r.period.label.clone(),
    }
}
