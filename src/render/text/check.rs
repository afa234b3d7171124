//! The `check` summary on the terminal: the inputs' rows, the findings grouped by rule, the
//! totals per severity and the reconciliation of every cost line; and `check --quiet`.

use super::{currency_amounts, doc_amount, finding_text, paint, rows_msg};
use crate::i18n::{tr, Msg};
use crate::model::project::Lang;
use crate::report::check::{CheckReport, CheckedFinding, RuleCount};
use std::fmt::Write;

/// A rule's heading line: severity, id, statement, count and what it means in money.
fn rule_heading(rule: &RuleCount, lang: Lang, colour: bool) -> String {
    let severity = tr(lang, &format!("severity-{}", rule.severity.label()));
    let mut money = String::new();
    if !rule.ineligible.is_zero() {
        money += &Msg::new("check-rule-ineligible")
            .money("amount", rule.ineligible)
            .text(lang);
    }
    if let Some(x) = rule.to_correct {
        money += &Msg::new("check-rule-to-correct")
            .money("amount", x)
            .text(lang);
    }
    if !rule.not_convertible.is_empty() {
        money += &Msg::new("check-rule-not-convertible")
            .arg("amounts", currency_amounts(&rule.not_convertible, lang))
            .text(lang);
    }
    if !rule.overlaps.is_empty() {
        money += &Msg::new("check-rule-overlaps")
            .arg("rules", rule.overlaps.join(", "))
            .text(lang);
    }
    let line = Msg::new("check-rule")
        .arg("severity", "\u{1}")
        .arg("rule", rule.rule)
        .arg("statement", rule.statement.as_str())
        .arg("findings", Msg::new("findings-count").arg("n", rule.count))
        .arg("money", money)
        .text(lang);
    // The severity is painted in place, so the catalogue decides where it stands.
    line.replacen('\u{1}', &paint(&severity, rule.severity, colour), 1)
}

/// One finding: where, which entry or case, its message and amount, then its hint.
fn finding_lines(c: &CheckedFinding, rule: &RuleCount, lang: Lang, colour: bool) -> String {
    let f = &c.finding;
    let case = |id: &str| Msg::new("check-case").arg("case", id).text(lang);
    let who = match (&f.entry_id, &f.case_id) {
        (Some(e), Some(id)) => format!("{e} ({})", case(id)),
        (Some(e), None) => e.clone(),
        (None, Some(id)) => case(id),
        (None, None) => String::new(),
    };
    let mut head: Vec<String> = Vec::new();
    if let Some(a) = &f.at {
        head.push(a.to_string());
    }
    if !who.is_empty() {
        head.push(who);
    }
    if f.severity != rule.severity {
        let sev = tr(lang, &format!("severity-{}", f.severity.label()));
        head.push(paint(&format!("[{sev}]"), f.severity, colour));
    }
    let mut amounts: Vec<String> = Vec::new();
    if let Some(x) = &c.not_convertible {
        amounts.push(
            Msg::new("check-finding-not-convertible")
                .arg("amount", doc_amount(x.amount, lang))
                .arg("currency", &x.currency)
                .text(lang),
        );
    } else if !c.removes.is_zero() {
        amounts.push(
            Msg::new("check-finding-ineligible")
                .money("amount", c.removes)
                .text(lang),
        );
    }
    if let Some(x) = c.to_correct {
        amounts.push(
            Msg::new("check-finding-to-correct")
                .money("amount", x)
                .text(lang),
        );
    }
    if !c.overlaps.is_empty() {
        amounts.push(
            Msg::new("check-finding-overlaps")
                .arg("rules", c.overlaps.join(", "))
                .text(lang),
        );
    }
    let amount: String = amounts.iter().map(|a| format!(" — {a}")).collect();
    let (message, hint) = finding_text(f, lang);
    format!(
        "  {}: {message}{amount}\n      {}\n",
        head.join("  "),
        Msg::new("check-hint").arg("hint", hint).text(lang)
    )
}

/// The summary: findings per severity, the overlap note, the excluded total and the
/// reconciliation of every cost line in count and in EUR.
fn check_summary(r: &CheckReport, colour: bool) -> String {
    let lang = r.lang;
    let mut s = String::new();
    let _ = writeln!(s, "\n{}", tr(lang, "check-summary"));
    for c in r.by_severity.iter().filter(|c| c.count > 0) {
        let label = tr(lang, &format!("severity-{}", c.severity.label()));
        let count = Msg::new("findings-count").arg("n", c.count).text(lang);
        let eur = if c.severity.excludes() {
            Msg::new("check-severity-eur")
                .money("amount", c.ineligible)
                .text(lang)
        } else {
            String::new()
        };
        let label = format!("{label:<14}");
        let line = format!("{count:>18} {eur:>18}");
        let _ = writeln!(
            s,
            "  {} {}",
            paint(&label, c.severity, colour),
            line.trim_end()
        );
    }
    if r.overlapping_lines > 0 {
        let note = Msg::new("check-overlap-note").arg("lines", r.overlapping_lines);
        let _ = writeln!(s, "  {}", note.text(lang));
    }
    let excluded = Msg::new("check-excluded").money("amount", r.ineligible_eur);
    let _ = writeln!(s, "  {}", excluded.text(lang));
    let x = &r.reconciliation;
    let lines = Msg::new("check-reconcile-lines")
        .arg("read", x.read.lines)
        .arg("claimed", x.claimed.lines)
        .arg("excluded", x.excluded.lines)
        .arg("unpaid", x.unpaid.lines)
        .arg("foreign", x.not_convertible_lines);
    let _ = write!(s, "  {}", lines.text(lang));
    if x.partly_excluded > 0 {
        let partly = Msg::new("check-reconcile-partly").arg("partly", x.partly_excluded);
        let _ = write!(s, " {}", partly.text(lang));
    }
    let eur = Msg::new("check-reconcile-eur")
        .money("read", x.read.eur)
        .money("claimed", x.claimed.eur)
        .money("excluded", x.excluded.eur)
        .money("vat", x.vat)
        .money("unpaid", x.unpaid.eur);
    let _ = writeln!(s, "\n  {}", eur.text(lang));
    if !x.not_convertible.is_empty() {
        let nc = Msg::new("check-not-convertible")
            .arg("amounts", currency_amounts(&x.not_convertible, lang));
        let _ = writeln!(s, "  {}", nc.text(lang));
    }
    let _ = writeln!(s, "  {}", tr(lang, "check-claimed-means"));
    if !x.holds {
        let bad = Msg::new("check-unaccounted").money("amount", x.unaccounted);
        let _ = writeln!(s, "  {}", bad.text(lang));
    }
    s
}

pub fn check_as_text(r: &CheckReport, colour: bool) -> String {
    let lang = r.lang;
    let mut s = String::new();
    let header = crate::render::header::Header::check(r);
    let title = Msg::new("check-title").arg("agreement", header.agreement);
    let _ = writeln!(s, "{}", title.text(lang));
    for row in &r.rows {
        let _ = writeln!(s, "  {}", rows_msg(row, lang));
    }
    for n in &r.notices {
        let _ = writeln!(
            s,
            "  {}",
            Msg::new("check-notice").arg("text", n).text(lang)
        );
    }
    let overview = Msg::new("check-overview")
        .arg("lines", r.cost_lines)
        .money("eur", r.total_eur)
        .arg("unpaid", r.unpaid_lines)
        .arg("cases", r.cases);
    let _ = writeln!(s, "  {}", overview.text(lang));
    if r.findings.is_empty() {
        let _ = writeln!(s, "\n{}", tr(lang, "check-no-findings"));
    } else {
        for rule in &r.by_rule {
            let _ = writeln!(s, "\n{}", rule_heading(rule, lang, colour));
            for c in r.findings.iter().filter(|c| c.finding.rule == rule.rule) {
                s += &finding_lines(c, rule, lang, colour);
            }
        }
    }
    s += &check_summary(r, colour);
    s
}

/// `check --quiet`: only the findings that exclude costs (block, error), one line each.
pub fn check_quiet(r: &CheckReport) -> String {
    let mut s = String::new();
    for f in r.findings.iter().map(|c| &c.finding) {
        if !f.severity.excludes() {
            continue;
        }
        let at = f.at.as_ref().map(|a| a.to_string()).unwrap_or_default();
        let severity = tr(r.lang, &format!("severity-{}", f.severity.label()));
        let (message, _) = finding_text(f, r.lang);
        let _ = writeln!(s, "{at}: {severity} {}: {message}", f.rule);
    }
    s
}
