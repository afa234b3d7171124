//! Terminal output: the `check` summary with findings grouped by rule, and the summary printed
//! after a report is written. Colour only on a terminal, never with NO_COLOR.

use crate::model::money::fmt2;
use crate::report::check::CheckReport;
use crate::report::claim::ClaimReport;
use crate::rules::Severity;
use std::fmt::Write;

/// Whether to colour: a terminal, and NO_COLOR unset.
pub fn use_colour() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

fn paint(s: &str, sev: Severity, colour: bool) -> String {
    if !colour {
        return s.to_string();
    }
    let code = match sev {
        Severity::Block => "1;31",
        Severity::Error => "31",
        Severity::Warning => "33",
        Severity::Info => "36",
    };
    format!("\x1b[{code}m{s}\x1b[0m")
}

/// Money with a space between thousands, for the terminal: `532 651.00`.
pub fn money(x: &rust_decimal::Decimal) -> String {
    crate::model::money::group_digits(&fmt2(x), ' ', '.')
}

pub fn rows_line(r: &crate::report::RowCount) -> String {
    let place = match &r.sheet {
        Some(s) => format!("{} › {}", r.file, s),
        None => r.file.clone(),
    };
    format!(
        "{:<9} {place}: {} rows read = {} accepted + {} rejected",
        r.input, r.read, r.accepted, r.rejected
    )
}

pub fn check_as_text(r: &CheckReport, colour: bool) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "grantbook check — {}", r.agreement);
    for row in &r.rows {
        let _ = writeln!(s, "  {}", rows_line(row));
    }
    for n in &r.notices {
        let _ = writeln!(s, "  notice: {n}");
    }
    let _ = writeln!(
        s,
        "  {} cost lines, {} EUR; {} not yet paid; {} cases",
        r.cost_lines,
        money(&r.total_eur),
        r.unpaid_lines,
        r.cases
    );
    if r.findings.is_empty() {
        let _ = writeln!(s, "\nNo findings.");
        return s;
    }
    for rule in &r.by_rule {
        let _ = writeln!(
            s,
            "\n{} {} — {} ({} finding{}, {} EUR ineligible)",
            paint(
                &format!("[{}]", rule.severity.label()),
                rule.severity,
                colour
            ),
            rule.rule,
            rule.statement,
            rule.count,
            if rule.count == 1 { "" } else { "s" },
            money(&rule.ineligible)
        );
        for f in r.findings.iter().filter(|f| f.rule == rule.rule) {
            let who = match (&f.entry_id, &f.case_id) {
                (Some(e), Some(c)) => format!("{e} (case {c})"),
                (Some(e), None) => e.clone(),
                (None, Some(c)) => format!("case {c}"),
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
                head.push(paint(
                    &format!("[{}]", f.severity.label()),
                    f.severity,
                    colour,
                ));
            }
            let amount = if f.ineligible.is_zero() {
                String::new()
            } else {
                format!(" — {} EUR ineligible", money(&f.ineligible))
            };
            let _ = writeln!(s, "  {}: {}{amount}", head.join("  "), f.message);
            let _ = writeln!(s, "      hint: {}", f.hint);
        }
    }
    let _ = writeln!(s, "\nSummary:");
    for c in r.by_severity.iter().filter(|c| c.count > 0) {
        let _ = writeln!(
            s,
            "  {:<8} {:>5} finding{}  {:>14} EUR ineligible",
            paint(c.severity.label(), c.severity, colour),
            c.count,
            if c.count == 1 { " " } else { "s" },
            money(&c.ineligible)
        );
    }
    let _ = writeln!(
        s,
        "  excluded from claims (block + error): {} EUR",
        money(&r.ineligible_eur)
    );
    s
}

pub fn claim_summary(r: &ClaimReport, files: &[String]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "grantbook claim {} — {} (version {})",
        r.period.label, r.agreement.number, r.agreement.version
    );
    for row in &r.row_counts {
        let _ = writeln!(s, "  {}", rows_line(row));
    }
    for n in &r.notices {
        let _ = writeln!(s, "  notice: {n}");
    }
    let _ = writeln!(
        s,
        "  period {} … {}: {} cost lines",
        r.period.from,
        r.period.to,
        r.documents.len()
    );
    let _ = write!(
        s,
        "  eligible this period {} EUR",
        money(&r.total.period.eligible)
    );
    let parts: Vec<String> = r
        .total
        .period
        .by_source
        .iter()
        .map(|(code, v)| format!("{code} {}", money(v)))
        .collect();
    let _ = write!(s, " = {}", parts.join(" + "));
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "  cumulative {} EUR of {} EUR budget",
        money(&r.total.cumulative.eligible),
        money(&r.total.budget)
    );
    let inel: rust_decimal::Decimal = r.documents.iter().map(|d| d.ineligible).sum();
    let blocking = r.findings.iter().filter(|f| f.severity.excludes()).count();
    let _ = writeln!(
        s,
        "  findings: {} ({blocking} excluding {} EUR)",
        r.findings.len(),
        money(&inel)
    );
    if !r.unpaid.is_empty() {
        let _ = writeln!(
            s,
            "  not yet paid, not claimable: {} cost lines",
            r.unpaid.len()
        );
    }
    for f in files {
        let _ = writeln!(s, "  wrote {f}");
    }
    s
}

/// `--verbose`: the project file, each input with its SHA-256, and what the pipeline built.
pub fn run_details(
    project: &crate::model::Project,
    ledger: &crate::ledger::Ledger,
    findings: &[crate::rules::Finding],
) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "project file: {}", project.path.display());
    for d in &ledger.digests {
        let _ = writeln!(s, "  {:<9} {}  sha256 {}", d.role, d.file, d.sha256);
    }
    let _ = writeln!(
        s,
        "ledger: {} cost lines, {} cases, {} exchange rates; rules: {} findings",
        ledger.entries.len(),
        ledger.cases.len(),
        ledger.rates.len(),
        findings.len()
    );
    s
}

/// `check --quiet`: only the findings that exclude costs (block, error), one line each.
pub fn check_quiet(r: &CheckReport) -> String {
    let mut s = String::new();
    for f in r.findings.iter().filter(|f| f.severity.excludes()) {
        let at = f.at.as_ref().map(|a| a.to_string()).unwrap_or_default();
        let _ = writeln!(s, "{at}: {} {}: {}", f.severity.label(), f.rule, f.message);
    }
    s
}
