//! `check --format xlsx`: the findings as a workbook to hand to a colleague who fixes the
//! inputs — one row per finding (rule, severity, the requirement, the cell, the
//! entry's key fields, the amount removed, the finding and its hint), filters, a frozen header,
//! A4 landscape print. Formats the check report; computes nothing but the total's formula.

use crate::ledger::Ledger;
use crate::model::project::Lang;
use crate::render::header::Header;
use crate::render::labels::{label, page_of};
use crate::render::provenance::Provenance;
use crate::render::words::check::{rows, summary_line, FindingRow, COLS};
use crate::render::xlsx::{
    date, header_row_height, money, money_formula, note, print_setup, sum_expr, text, widths,
    wrapped_lines, Fmts, XResult,
};
use crate::report::check::CheckReport;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, FormatAlign, Workbook, Worksheet};

/// Header row of the list (0-based): title, subtitle, a blank row before it.
const HEAD: u32 = 3;

/// The findings workbook: one sheet, the list with filters and a total, then the inputs.
pub fn findings_as_xlsx(report: &CheckReport, ledger: &Ledger, lang: Lang) -> XResult<Vec<u8>> {
    let f = Fmts::new(lang);
    let rows = rows(report, ledger, lang);
    let w: Vec<f64> = COLS.iter().map(|c| c.1).collect();
    let last_col = COLS.len() as u16 - 1;
    let h = Header::check(report);
    let mut wb = Workbook::new();
    // Reproducible bytes: a fixed creation date, never the clock.
    wb.set_properties(
        &DocProperties::new()
            .set_title(h.document_title())
            .set_author("grantbook")
            .set_creation_datetime(&ExcelDateTime::from_ymd(2000, 1, 1)?),
    );
    let mut ws = Worksheet::new();
    ws.set_name(label(lang, "findings_sheet"))?;
    print_setup(
        &mut ws,
        &h.agreement,
        &page_of(lang, "&P", "&N"),
        Some((HEAD, HEAD)),
    )?;
    text(&mut ws, 0, 0, &h.heading(), &f.title)?;
    let summary = summary_line(report, lang);
    note(&mut ws, 1, 0, last_col, &summary, &w, &f.subtitle_note)?;
    let heads: Vec<&str> = COLS.iter().map(|c| label(lang, c.0)).collect();
    for (c, h) in heads.iter().enumerate() {
        text(&mut ws, HEAD, c as u16, h, &f.head)?;
    }
    header_row_height(&mut ws, HEAD, &heads, &w)?;
    ws.set_freeze_panes(HEAD + 1, 0)?;
    let first = HEAD + 1;
    for (i, x) in rows.iter().enumerate() {
        finding_row(&mut ws, first + i as u32, x, &w, &f)?;
    }
    let n = rows.len() as u32;
    let last = (n > 0).then(|| first + n - 1);
    ws.autofilter(HEAD, 0, last.unwrap_or(HEAD), last_col)?;
    let total = first + n;
    text(&mut ws, total, 0, label(lang, "total"), &f.bold)?;
    let sum = sum_expr(11, first, last);
    let removed = report.ineligible_eur_of_findings();
    money_formula(&mut ws, total, 11, &sum, &removed, &f.money_total)?;
    let r = provenance_notes(&mut ws, total + 2, report, &w, &f)?;
    widths(&mut ws, &w)?;
    ws.set_print_area(0, 0, r, last_col)?;
    wb.push_worksheet(ws);
    wb.save_to_buffer()
}

/// One finding at row `r`: its texts wrapped in the columns' widths `w`, every cell at the top
/// as its wrapped texts are, the row as high as its longest text.
fn finding_row(ws: &mut Worksheet, r: u32, x: &FindingRow, w: &[f64], f: &Fmts) -> XResult {
    let top = |x: &rust_xlsxwriter::Format| x.clone().set_align(FormatAlign::Top);
    let (money_top, date_top) = (top(&f.money), top(&f.date));
    let texts = [
        x.rule,
        x.severity,
        &x.statement,
        &x.at,
        &x.entry_id,
        &x.doc_no,
    ];
    for (c, t) in texts.iter().enumerate() {
        text(ws, r, c as u16, t, &f.wrap)?;
    }
    if let Some(d) = x.doc_date {
        date(ws, r, 6, d, &date_top)?;
    }
    for (c, t) in [(7u16, &x.line), (8, &x.heading), (9, &x.case_id)] {
        text(ws, r, c, t, &f.wrap)?;
    }
    if let Some(e) = &x.eur {
        money(ws, r, 10, e, &money_top)?;
    }
    money(ws, r, 11, &x.removed, &money_top)?;
    text(ws, r, 12, &x.message, &f.wrap)?;
    text(ws, r, 13, &x.hint, &f.wrap)?;
    let lines = [
        (2, &x.statement),
        (3, &x.at),
        (12, &x.message),
        (13, &x.hint),
    ]
    .iter()
    .map(|(c, t)| wrapped_lines(t, w[*c]))
    .max()
    .unwrap_or(1);
    ws.set_row_height(r, 15.0 * f64::from(lines))?;
    Ok(())
}

/// The inputs the findings are about, from `r`: a title and one note per input (role · file ·
/// SHA-256) merged over the list's columns. Returns the last row.
fn provenance_notes(
    ws: &mut Worksheet,
    mut r: u32,
    report: &CheckReport,
    w: &[f64],
    f: &Fmts,
) -> XResult<u32> {
    let last_col = w.len() as u16 - 1;
    text(ws, r, 0, label(report.lang, "inputs"), &f.bold)?;
    for d in &Provenance::check(report).inputs {
        r += 1;
        let line = format!("{} · {} · {}", d.role, d.file, d.sha256);
        note(ws, r, 0, last_col, &line, w, &f.note)?;
    }
    Ok(r)
}
