//! Terminal output: one summary per report (check, claim, burn, review), in the report's
//! language. Colour only on a terminal, never with NO_COLOR.

pub mod burn;
pub mod check;
pub mod claim;
pub mod review;

use crate::i18n::{tr, Msg};
use crate::model::project::Lang;
use crate::report::check::CurrencyAmount;
use crate::rules::Severity;
use std::fmt::Write;

/// Whether to colour: a terminal, and NO_COLOR unset.
pub fn use_colour() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

pub(crate) fn paint(s: &str, sev: Severity, colour: bool) -> String {
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

/// An input's row counts in `lang`: read = accepted + rejected.
pub(crate) fn rows_msg(r: &crate::report::RowCount, lang: Lang) -> String {
    let place = match &r.sheet {
        Some(s) => format!("{} › {}", r.file, s),
        None => r.file.clone(),
    };
    let input = match r.input.as_str() {
        "expenses" => tr(lang, "check-input-expenses"),
        "cases" => tr(lang, "check-input-cases"),
        "rates" => tr(lang, "check-input-rates"),
        other => other.to_string(),
    };
    Msg::new("check-rows")
        .arg("input", format!("{input:<9}"))
        .arg("place", place)
        .arg("read", r.read)
        .arg("accepted", r.accepted)
        .arg("rejected", r.rejected)
        .text(lang)
}

/// Amounts in their own currencies, each with its count of cost lines: `1 218.62 GEL (1 cost
/// line)`, joined by commas.
pub(crate) fn currency_amounts(xs: &[CurrencyAmount], lang: Lang) -> String {
    xs.iter()
        .map(|x| {
            Msg::new("check-currency-amount")
                .arg("amount", doc_amount(x.amount, lang))
                .arg("currency", &x.currency)
                .arg("lines", x.lines)
                .text(lang)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// An amount in its document currency, with the decimals it was read with (IQD has three).
pub(crate) fn doc_amount(x: rust_decimal::Decimal, lang: Lang) -> String {
    crate::i18n::fmt::number(lang, &x.to_string())
}

/// The text of a finding and of its hint, in the report's language (`FindingText`).
pub(crate) fn finding_text(f: &crate::rules::FindingText, _lang: Lang) -> (String, String) {
    (f.message.clone(), f.hint.clone())
}

/// "wrote FILE", a file a command has written, in `lang`.
pub fn wrote(lang: Lang, file: &str) -> String {
    Msg::new("common-wrote")
        .arg("file", file.to_string())
        .text(lang)
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
