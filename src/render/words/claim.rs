//! The claim's words in every format: the period as a heading names it, a document's activity
//! line by its name, and the findings section's reconciliation in words and figures — the
//! period's cost lines read = claimed + excluded + recoverable VAT + not yet paid + not
//! convertible (a table: label, cost lines, EUR), and the notes that explain the list's total
//! (overlapping rules, FIN-02's differences, amounts without a rate). Formats the model
//! (`report::claim::FindingsSummary`) through the catalogue; computes nothing.

use crate::i18n::{tr, Msg};
use crate::model::project::Lang;
use crate::model::Money;
use crate::report::check::CurrencyAmount;
use crate::report::claim::{ClaimReport, FindingsSummary, SourceLabel};
use serde::Serialize;

/// One row of the reconciliation table. The first row (read) is the sum of the others.
#[derive(Debug, Clone, Serialize)]
pub struct PartRow {
    pub label: String,
    pub lines: Option<usize>,
    #[serde(serialize_with = "crate::model::money::ser_money_opt")]
    pub eur: Option<Money>,
}

/// The reconciliation table and the notes, in one language.
#[derive(Debug, Clone, Serialize)]
pub struct FindingsFrame {
    pub title: String,
    pub col_lines: String,
    pub col_eur: String,
    pub parts: Vec<PartRow>,
    pub notes: Vec<String>,
}

/// Amounts in their own currencies with their counts of cost lines.
pub fn currency_amounts(xs: &[CurrencyAmount], lang: Lang) -> String {
    xs.iter()
        .map(|x| {
            Msg::new("check-currency-amount")
                .arg(
                    "amount",
                    crate::i18n::fmt::number(lang, &x.amount.to_string()),
                )
                .arg("currency", &x.currency)
                .arg("lines", x.lines)
                .text(lang)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn frame(s: &FindingsSummary, lang: Lang) -> FindingsFrame {
    let r = &s.reconciliation;
    let row = |key: &str, lines: Option<usize>, eur: Option<Money>| PartRow {
        label: tr(lang, key),
        lines,
        eur,
    };
    let mut parts = vec![
        row("findings-read", Some(r.read.lines), Some(r.read.eur)),
        row(
            "findings-claimed",
            Some(r.claimed.lines),
            Some(r.claimed.eur),
        ),
        row(
            "findings-excluded",
            Some(r.excluded.lines),
            Some(r.excluded.eur),
        ),
        row("findings-vat", None, Some(r.vat)),
        row("findings-unpaid", Some(r.unpaid.lines), Some(r.unpaid.eur)),
    ];
    parts.push(PartRow {
        label: if r.not_convertible.is_empty() {
            tr(lang, "findings-not-convertible-none")
        } else {
            Msg::new("findings-not-convertible")
                .arg("amounts", currency_amounts(&r.not_convertible, lang))
                .text(lang)
        },
        lines: Some(r.not_convertible_lines),
        eur: None,
    });
    let mut notes = Vec::new();
    if r.partly_excluded > 0 {
        notes.push(
            Msg::new("findings-note-partly")
                .arg("n", r.partly_excluded)
                .text(lang),
        );
    }
    if !s.overlaps.is_empty() {
        let list = s
            .overlaps
            .iter()
            .map(|o| format!("{} ({})", o.entry_id, o.rules.join(", ")))
            .collect::<Vec<_>>()
            .join("; ");
        notes.push(
            Msg::new("findings-note-overlaps")
                .arg("n", s.overlaps.len())
                .arg("list", list)
                .text(lang),
        );
    }
    if !s.to_correct.is_zero() {
        notes.push(
            Msg::new("findings-note-to-correct")
                .money("amount", s.to_correct)
                .text(lang),
        );
    }
    notes.push(tr(lang, "findings-note-claimed"));
    if !r.holds {
        notes.push(
            Msg::new("findings-note-unaccounted")
                .money("amount", r.unaccounted)
                .text(lang),
        );
    }
    FindingsFrame {
        title: tr(lang, "findings-reconciliation-title"),
        col_lines: tr(lang, "findings-col-lines"),
        col_eur: tr(lang, "findings-col-eur"),
        parts,
        notes,
    }
}

/// The period as a heading shows it: the quarter or year, or for the final report the whole
/// project period in the report's language.
pub fn period_label(r: &ClaimReport) -> String {
    match r.period.period {
        crate::model::ClaimPeriod::Final => crate::i18n::tr(r.lang, "final-period-whole"),
        _ => r.period.label.clone(),
    }
}

/// A document's activity line as the report shows it: the shared-costs line by its name, any
/// other line by its code (the codes are the agreement's own: A1, A2 …).
pub fn line_name<'a>(shared: Option<&'a SourceLabel>, code: &'a str) -> &'a str {
    match shared {
        Some(s) if s.code == code => &s.name,
        _ => code,
    }
}
