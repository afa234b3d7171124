//! The findings page: `check`'s findings grouped by rule with counts and EUR (the json's
//! `by_rule`), filtered by severity, rule, line and quarter; each finding with its cell, the
//! entry's values and the rule's explanation; the filtered list as a workbook.

use super::pages::{blocking, download as send, lang_of, render};
use super::state::{AppState, Loaded};
use crate::model::money::fmt2;
use crate::model::project::Lang;
use crate::model::Quarter;
use crate::report::check::CheckedFinding;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use tera::Context;

#[derive(Deserialize, Serialize, Default, Clone)]
pub(crate) struct Filter {
    #[serde(default)]
    severity: String,
    #[serde(default)]
    rule: String,
    #[serde(default)]
    line: String,
    #[serde(default)]
    quarter: String,
}

/// A finding as the page shows it: the json's fields plus its entry's values.
#[derive(Serialize)]
struct Row<'a> {
    #[serde(flatten)]
    finding: &'a CheckedFinding,
    cell: String,
    /// The finding's message and hint in the page's language.
    text: String,
    fix: String,
    line: String,
    quarter: String,
    entry: Option<EntryView>,
    statement: String,
    basis: String,
}

/// The cost line's values; the case only by its pseudonymous id.
#[derive(Serialize)]
struct EntryView {
    doc_no: String,
    doc_date: String,
    paid_date: String,
    supplier: String,
    description: String,
    activity: String,
    heading: String,
    amount: String,
    currency: String,
    case_id: String,
}

fn rows<'a>(l: &Loaded, lang: Lang, findings: &'a [CheckedFinding]) -> Vec<Row<'a>> {
    findings
        .iter()
        .map(|f| {
            let e = f.finding.entry.map(|i| &l.ledger.entries[i].expense);
            let rule = crate::rules::find(f.finding.rule);
            let (text, fix) = words(&f.finding, lang);
            Row {
                finding: f,
                text,
                fix,
                cell: f
                    .finding
                    .at
                    .as_ref()
                    .map(|c| c.to_string())
                    .unwrap_or_default(),
                line: e.map(|e| e.activity.clone()).unwrap_or_default(),
                quarter: e
                    .map(|e| Quarter::of(e.paid_date.unwrap_or(e.doc_date)).to_string())
                    .unwrap_or_default(),
                entry: e.map(|e| EntryView {
                    doc_no: e.doc_no.clone(),
                    doc_date: e.doc_date.to_string(),
                    paid_date: e.paid_date.map(|d| d.to_string()).unwrap_or_default(),
                    supplier: e.supplier.clone(),
                    description: e.description.clone(),
                    activity: e.activity.clone(),
                    heading: e.heading.clone(),
                    amount: fmt2(&e.amount),
                    currency: e.currency.clone(),
                    case_id: e.case_id.clone().unwrap_or_default(),
                }),
                statement: rule.map(|r| r.statement(lang)).unwrap_or_default(),
                basis: rule.map(|r| r.legal_basis(lang)).unwrap_or_default(),
            }
        })
        .collect()
}

/// A finding's message and hint as the reader reads them: the one place that knows how a
/// finding carries its words.
fn words(f: &crate::rules::Finding, lang: Lang) -> (String, String) {
    (f.message.text(lang), f.message.attr(lang, "hint"))
}

fn keep(r: &Row, f: &Filter) -> bool {
    (f.severity.is_empty()
        || r.finding.finding.severity.label() == f.severity
        || (f.severity == "error" && r.finding.finding.severity.excludes()))
        && (f.rule.is_empty() || r.finding.finding.rule == f.rule)
        && (f.line.is_empty() || r.line == f.line)
        && (f.quarter.is_empty() || r.quarter == f.quarter)
}

fn distinct(xs: impl Iterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = xs.filter(|x| !x.is_empty()).collect();
    v.sort();
    v.dedup();
    v
}

pub(crate) async fn page(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(filter): Query<Filter>,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let l = app.current();
        let check = l.check(lang);
        let all = rows(&l, lang, &check.findings);
        let mut cx = Context::new();
        cx.insert("lines", &distinct(all.iter().map(|r| r.line.clone())));
        cx.insert("quarters", &distinct(all.iter().map(|r| r.quarter.clone())));
        let shown: Vec<&Row> = all.iter().filter(|r| keep(r, &filter)).collect();
        cx.insert("by_rule", &check.by_rule);
        cx.insert("reconciliation", &check.reconciliation);
        cx.insert("total", &all.len());
        cx.insert("rows", &shown);
        cx.insert("filter", &filter);
        cx.insert("query", &serde_urlencoded_query(&filter));
        render(app, lang, "findings.html", "/findings", cx)
    })
    .await
}

fn serde_urlencoded_query(f: &Filter) -> String {
    [
        ("severity", &f.severity),
        ("rule", &f.rule),
        ("line", &f.line),
        ("quarter", &f.quarter),
    ]
    .iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| {
        format!(
            "{k}={}",
            v.replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "")
        )
    })
    .collect::<Vec<_>>()
    .join("&")
}

/// The filtered findings as a workbook: one row per finding, EUR as numbers.
pub(crate) async fn download(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(filter): Query<Filter>,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let l = app.current();
        let check = l.check(lang);
        let all = rows(&l, lang, &check.findings);
        let shown: Vec<&Row> = all.iter().filter(|r| keep(r, &filter)).collect();
        Ok(send("findings.xlsx", workbook(lang, &shown)?))
    })
    .await
}

fn workbook(lang: Lang, rows: &[&Row]) -> anyhow::Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(crate::i18n::tr(lang, "serve-findings-sheet"))?;
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0.00");
    let heads = [
        "serve-col-rule",
        "serve-col-severity",
        "serve-col-cell",
        "serve-col-entry",
        "serve-col-case",
        "serve-col-line",
        "serve-col-quarter",
        "serve-col-removes",
        "serve-col-message",
        "serve-col-hint",
    ];
    for (c, h) in heads.iter().enumerate() {
        ws.write_with_format(0, c as u16, crate::i18n::tr(lang, h), &bold)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        let f = &r.finding.finding;
        ws.write(row, 0, f.rule)?;
        ws.write(
            row,
            1,
            crate::i18n::tr(lang, &format!("serve-sev-{}", f.severity.label())),
        )?;
        ws.write(row, 2, &r.cell)?;
        ws.write(row, 3, f.entry_id.clone().unwrap_or_default())?;
        ws.write(row, 4, f.case_id.clone().unwrap_or_default())?;
        ws.write(row, 5, &r.line)?;
        ws.write(row, 6, &r.quarter)?;
        crate::render::xlsx::money(ws, row, 7, &r.finding.removes, &money)?;
        ws.write(row, 8, &r.text)?;
        ws.write(row, 9, &r.fix)?;
    }
    ws.set_column_width(2, 30)?;
    ws.set_column_width(8, 80)?;
    ws.set_column_width(9, 60)?;
    Ok(wb.save_to_buffer()?)
}
