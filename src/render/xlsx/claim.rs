//! `claim_as_xlsx`: the payment claim workbook — cover, expenditure by line × heading, the
//! financing split with a live reconciliation column, indirect costs, indicators, the list of
//! supporting documents, unpaid costs, findings, exchange rates, and the hidden `_grantbook`
//! sheet. Every subtotal and total is a SUM/SUMIFS formula over the rows it sums, stored with
//! the value the report model holds, so a spreadsheet shows the same numbers without computing.

use super::*;
use crate::model::money::fmt2;
use crate::render::header::Header;
use crate::render::labels::{date as fmt_date, label, page_of};
use crate::render::provenance::Provenance;
use crate::render::words::claim::line_name;
use crate::report::claim::{ClaimReport, DocTotals, DocumentRow};
use crate::report::SplitOut;
use rust_xlsxwriter::utility::quote_sheet_name;
use rust_xlsxwriter::{DocProperties, Workbook};

/// Row of the first detail row on the expenditure and financing sheets (0-based).
const FIRST: u32 = 5;
/// Header row of the document, findings and rate lists (0-based).
const LIST_HEAD: u32 = 3;
/// First column of the financing sheet's this-period block (C).
const FIN_P0: u16 = 2;

struct Ctx<'a> {
    r: &'a ClaimReport<'a>,
    h: Header,
    lang: Lang,
    f: Fmts,
}

impl Ctx<'_> {
    fn l(&self, key: &str) -> &'static str {
        label(self.lang, key)
    }
    fn sheet(&self, key: &str) -> XResult<Worksheet> {
        let mut ws = Worksheet::new();
        self.setup(&mut ws, key)?;
        Ok(ws)
    }
    fn setup(&self, ws: &mut Worksheet, key: &str) -> XResult<()> {
        ws.set_name(self.l(key))?;
        print_setup(
            ws,
            &self.r.agreement.number,
            &page_of(self.lang, "&P", "&N"),
            None,
        )?;
        Ok(())
    }
    fn period_text(&self) -> String {
        let p = &self.r.period;
        format!(
            "{} – {} ({})",
            fmt_date(self.lang, &p.from.to_string()),
            fmt_date(self.lang, &p.to.to_string()),
            self.period_label()
        )
    }
    /// A header row of labels, as high as its longest wrapped label in the columns' `widths`.
    fn headers(&self, ws: &mut Worksheet, row: u32, keys: &[&str], widths: &[f64]) -> XResult {
        let labels: Vec<&str> = keys
            .iter()
            .map(|k| if k.is_empty() { "" } else { self.l(k) })
            .collect();
        for (c, t) in labels.iter().enumerate() {
            text(ws, row, c as u16, t, &self.f.head)?;
        }
        header_row_height(ws, row, &labels, widths)
    }
    /// The report's title and its subtitle (agreement, version, period), the subtitle wrapped
    /// over the sheet's columns so it never widens the printed page.
    fn title(&self, ws: &mut Worksheet, key: &str, widths: &[f64]) -> XResult {
        text(
            ws,
            0,
            0,
            &format!("{} — {}", self.l(key), self.period_label()),
            &self.f.title,
        )?;
        let sub = self.subtitle();
        note(
            ws,
            1,
            0,
            widths.len() as u16 - 1,
            &sub,
            widths,
            &self.f.subtitle_note,
        )
    }
    /// The title of a list written row by row (constant memory: no merged cells); the list is
    /// wider than its subtitle.
    fn list_title(&self, ws: &mut Worksheet, key: &str) -> XResult {
        text(
            ws,
            0,
            0,
            &format!("{} — {}", self.l(key), self.period_label()),
            &self.f.title,
        )?;
        text(ws, 1, 0, &self.subtitle(), &self.f.subtitle)
    }
    fn subtitle(&self) -> String {
        format!(
            "{} {} · {} {} · {}",
            self.l("agreement"),
            self.r.agreement.number,
            self.l("version"),
            self.r.agreement.version,
            self.period_text()
        )
    }
    fn period_label(&self) -> &str {
        &self.h.period
    }
}

/// The workbook's bytes. Same report, same cell contents: the document properties are fixed
/// (the creation date is the period's last day, never the clock).
pub fn claim_as_xlsx(r: &ClaimReport) -> XResult<Vec<u8>> {
    let mut out = std::io::Cursor::new(Vec::new());
    write_claim_xlsx(r, &mut out)?;
    Ok(out.into_inner())
}

/// The claim workbook written straight to `w` (a million-line workbook is not held in memory
/// a second time as bytes).
pub fn write_claim_xlsx<W: std::io::Write + std::io::Seek + Send>(
    r: &ClaimReport,
    w: W,
) -> XResult<()> {
    let lang = r.lang;
    let cx = Ctx {
        r,
        h: Header::claim(r),
        lang,
        f: Fmts::new(lang),
    };
    let mut wb = Workbook::new();
    // Deflating the document list's XML is most of a large workbook's time: a long list takes
    // the fastest level (a somewhat larger file); everyday claims keep the default.
    if r.documents.len() + r.unpaid.len() >= LONG_LIST {
        wb.set_zip_compression_level(1);
    }
    use chrono::Datelike;
    let created = ExcelDateTime::from_ymd(
        r.period.to.year() as u16,
        r.period.to.month() as u8,
        r.period.to.day() as u8,
    )?;
    wb.set_properties(
        &DocProperties::new()
            .set_title(cx.h.document_title())
            .set_author("grantbook")
            .set_company(cx.h.beneficiary.as_deref().unwrap_or_default())
            .set_creation_datetime(&created),
    );
    let fin = financing(&cx)?;
    let cover = cover(&cx, &fin.1)?;
    wb.push_worksheet(cover);
    wb.push_worksheet(expenditure(&cx)?);
    wb.push_worksheet(fin.0);
    wb.push_worksheet(indirect(&cx)?);
    wb.push_worksheet(indicators(&cx)?);
    // The document lists can hold a million rows: written row by row to a temporary file
    // (rust_xlsxwriter's constant-memory mode, inline strings) instead of held as cells.
    documents(
        &cx,
        wb.add_worksheet_with_constant_memory()?,
        "sheet_documents",
        "documents_title",
        &r.documents,
        &r.documents_total,
    )?;
    documents(
        &cx,
        wb.add_worksheet_with_constant_memory()?,
        "sheet_unpaid",
        "unpaid_title",
        &r.unpaid,
        &r.unpaid_total,
    )?;
    wb.push_worksheet(findings(&cx)?);
    wb.push_worksheet(rates(&cx)?);
    let kind = match r.period.period {
        crate::model::ClaimPeriod::Quarter { .. } => "quarter",
        crate::model::ClaimPeriod::Year { .. } => "year",
        crate::model::ClaimPeriod::Final => "final",
    };
    wb.push_worksheet(meta_sheet(&Meta {
        kind: "claim",
        pairs: vec![
            ("period", r.period.label.clone()),
            ("period_kind", kind.to_string()),
            ("period_from", r.period.from.to_string()),
            ("period_to", r.period.to.to_string()),
            ("claim_type", r.claim_type.to_string()),
            (
                "claim_number",
                r.claim_number.map(|n| n.to_string()).unwrap_or_default(),
            ),
            ("lang", lang.code().to_string()),
            ("agreement", r.agreement.number.clone()),
            ("agreement_version", r.agreement.version.to_string()),
            ("tool", r.tool.name.to_string()),
            ("tool_version", r.tool.version.to_string()),
        ]
        .into_iter()
        .chain(layout(&cx))
        .collect(),
        inputs: &r.inputs,
    })?);
    wb.save_to_writer(w)
}

/// The layout `review` reads back in either language: each sheet's name by role, and where
/// its rows and column blocks start (A1 rows and column letters).
fn layout(cx: &Ctx) -> Vec<(&'static str, String)> {
    let ns = cx.r.sources.len() as u16;
    let col = rust_xlsxwriter::utility::column_number_to_name;
    let mut v: Vec<(&'static str, String)> = [
        ("sheet.cover", "sheet_cover"),
        ("sheet.expenditure", "sheet_expenditure"),
        ("sheet.financing", "sheet_financing"),
        ("sheet.indirect", "sheet_indirect"),
        ("sheet.indicators", "sheet_indicators"),
        ("sheet.documents", "sheet_documents"),
        ("sheet.unpaid", "sheet_unpaid"),
        ("sheet.findings", "sheet_findings"),
        ("sheet.rates", "sheet_rates"),
    ]
    .into_iter()
    .map(|(k, l)| (k, cx.l(l).to_string()))
    .collect();
    v.extend([
        ("expenditure.first_row", (FIRST + 1).to_string()),
        ("financing.first_row", (FIRST + 1).to_string()),
        ("financing.period_col", col(FIN_P0)),
        ("financing.cumulative_col", col(FIN_P0 + ns + 2)),
        ("documents.header_row", (LIST_HEAD + 1).to_string()),
        ("rates.header_row", (LIST_HEAD + 1).to_string()),
        ("total_label", cx.l("total").to_string()),
    ]);
    v
}

/// The final report's balance on the cover: the EU share of the cumulative eligible costs −
/// the payments received = the balance requested (negative: to recover), as live formulas over
/// the cover's own cells. Returns the next free row.
fn final_balance(
    ws: &mut Worksheet,
    cx: &Ctx,
    mut row: u32,
    b: &crate::report::claim::Balance,
    eu_cell: &str,
    payments_cell: &str,
) -> XResult<u32> {
    let f = &cx.f;
    let tr = |key: &str| crate::i18n::tr(cx.lang, key);
    text(ws, row, 0, &tr("final-balance-title"), &f.bold)?;
    row += 1;
    text(ws, row, 0, &tr("final-balance-eu-eligible"), &f.text)?;
    money_formula(ws, row, 2, &format!("={eu_cell}"), &b.eu_eligible, &f.money)?;
    let eu_row = row;
    row += 1;
    text(ws, row, 0, &tr("final-balance-payments"), &f.text)?;
    money_formula(
        ws,
        row,
        2,
        &format!("={payments_cell}"),
        &b.payments_received,
        &f.money,
    )?;
    row += 1;
    let label = if b.to_recover {
        "final-balance-to-recover"
    } else {
        "final-balance-requested"
    };
    text(ws, row, 0, &tr(label), &f.bold)?;
    let expr = format!("={}-{}", cell(eu_row, 2), cell(eu_row + 1, 2));
    money_formula(ws, row, 2, &expr, &b.balance, &f.money_total)?;
    row += 1;
    text(ws, row, 0, &tr("final-balance-note"), &f.subtitle)?;
    Ok(row + 2)
}

/// Where the financing sheet's total row keeps the period and cumulative splits, for the cover.
struct FinRefs {
    total_row: u32,
    period_cols: Vec<u16>,
    cumulative_cols: Vec<u16>,
}

fn cover(cx: &Ctx, fin: &FinRefs) -> XResult<Worksheet> {
    let r = cx.r;
    let f = &cx.f;
    let mut ws = cx.sheet("sheet_cover")?;
    text(&mut ws, 0, 0, &cx.h.heading(), &f.title)?;
    let row = cover_facts(cx, &mut ws, 2)?;
    let (row, eu_cumulative_cell) = cover_amounts(cx, &mut ws, row + 1, fin)?;
    let (mut row, payments_total_cell) = cover_payments(cx, &mut ws, row + 1)?;
    if let Some(b) = &r.cover.balance {
        row = final_balance(
            &mut ws,
            cx,
            row,
            b,
            &eu_cumulative_cell,
            &payments_total_cell,
        )?;
    }
    let row = signature_block(cx, &mut ws, row)?;
    provenance_table(&mut ws, row, &Provenance::claim(r), cx.lang, f)?;
    widths(&mut ws, &[44.0, 34.0, 22.0, 22.0, 22.0])?;
    Ok(ws)
}

/// The cover's facts from `row`, a label and a value each: agreement, version in force,
/// project, beneficiary, authority, fund, period, claim number and type. Returns the next row.
fn cover_facts(cx: &Ctx, ws: &mut Worksheet, mut row: u32) -> XResult<u32> {
    let r = cx.r;
    let a = &r.agreement;
    let facts: Vec<(&str, String)> = vec![
        ("agreement", a.number.clone()),
        (
            "version",
            format!(
                "{} ({} {})",
                a.version,
                cx.l("in_force_from"),
                fmt_date(cx.lang, &a.version_effective_from.to_string())
            ),
        ),
        ("project", a.title.clone()),
        ("beneficiary", a.beneficiary.clone()),
        ("responsible_authority", a.responsible_authority.clone()),
        ("fund", a.fund.clone()),
        ("period", cx.period_text()),
        (
            "claim_number",
            r.claim_number
                .map(|n| n.to_string())
                .unwrap_or_else(|| "—".into()),
        ),
        (
            "claim_type",
            cx.l(if r.claim_type == "final" {
                "type_final"
            } else {
                "type_interim"
            })
            .to_string(),
        ),
    ];
    for (k, v) in &facts {
        text(ws, row, 0, cx.l(k), &cx.f.bold)?;
        text(ws, row, 1, v, &cx.f.text)?;
        row += 1;
    }
    Ok(row)
}

/// The cover's amounts from `row`: a header (eligible, then one column per source), the
/// period's eligible and requested amounts and the cumulative ones as references to the
/// financing sheet's totals, the grant, and an interim claim's cap. Returns the next row and
/// the cell of the cumulative EU share (the final balance starts from it).
fn cover_amounts(
    cx: &Ctx,
    ws: &mut Worksheet,
    mut row: u32,
    fin: &FinRefs,
) -> XResult<(u32, String)> {
    let r = cx.r;
    let f = &cx.f;
    text(ws, row, 0, "", &f.head)?;
    text(ws, row, 1, cx.l("eligible"), &f.head)?;
    for (i, s) in r.sources.iter().enumerate() {
        let head = format!("{} ({} %)", s.name, s.share);
        text(ws, row, 2 + i as u16, &head, &f.head)?;
    }
    row += 1;
    let fin_name = quote_sheet_name(cx.l("sheet_financing"));
    let refs = |cols: &[u16]| -> Vec<String> {
        cols.iter()
            .map(|c| format!("={fin_name}!{}", cell(fin.total_row, *c)))
            .collect()
    };
    let amounts: [(&str, Vec<String>, &SplitOut); 3] = [
        ("eligible_period", refs(&fin.period_cols), &r.cover.period),
        ("requested", refs(&fin.period_cols), &r.cover.period),
        (
            "eligible_cumulative",
            refs(&fin.cumulative_cols),
            &r.cover.cumulative,
        ),
    ];
    let mut eu_cumulative_cell = String::new();
    for (k, exprs, split) in amounts.iter() {
        if *k == "eligible_cumulative" {
            eu_cumulative_cell = cell(row, 2);
        }
        text(ws, row, 0, cx.l(k), &f.bold)?;
        let values: Vec<&Money> = std::iter::once(&split.eligible)
            .chain(split.by_source.iter().map(|x| &x.1))
            .collect();
        for (i, (e, v)) in exprs.iter().zip(values).enumerate() {
            money_formula(ws, row, 1 + i as u16, e, v, &f.money)?;
        }
        row += 1;
    }
    text(ws, row, 0, cx.l("grant_total"), &f.bold)?;
    money(ws, row, 1, &r.budget.total, &f.money)?;
    for (i, s) in r.budget.by_source.iter().enumerate() {
        money(ws, row, 2 + i as u16, &s.amount, &f.money)?;
    }
    row += 1;
    // The interim cap: interim claims only (the final report settles the balance below).
    if let (Some(pct), Some(cap)) = (r.cover.interim_cap_pct, r.cover.interim_cap) {
        let label = format!(
            "{} ({} % {})",
            cx.l("interim_cap"),
            pct,
            cx.l("of_eu_grant")
        );
        text(ws, row, 0, &label, &f.bold)?;
        money(ws, row, 2, &cap, &f.money)?;
        row += 1;
    }
    Ok((row, eu_cumulative_cell))
}

/// The payments recorded in the project file, from `row`: a title, a header, one row each (or
/// a note that there are none) and their total as a SUM. Returns the next free row and the
/// total's cell.
fn cover_payments(cx: &Ctx, ws: &mut Worksheet, mut row: u32) -> XResult<(u32, String)> {
    let r = cx.r;
    let f = &cx.f;
    text(ws, row, 0, cx.l("payments"), &f.bold)?;
    row += 1;
    for (c, k) in ["payment_date", "payment_kind", "amount", "note"]
        .iter()
        .enumerate()
    {
        text(ws, row, c as u16, cx.l(k), &f.head)?;
    }
    row += 1;
    let first_payment = row;
    for p in &r.cover.payments {
        date(ws, row, 0, p.date, &f.date)?;
        text(ws, row, 1, &p.kind, &f.text)?;
        money(ws, row, 2, &p.amount, &f.money)?;
        text(ws, row, 3, &p.note, &f.text)?;
        row += 1;
    }
    if r.cover.payments.is_empty() {
        text(ws, row, 0, cx.l("no_payments"), &f.subtitle)?;
        row += 1;
    }
    text(ws, row, 0, cx.l("payments_total"), &f.bold)?;
    let last =
        (!r.cover.payments.is_empty()).then(|| first_payment + r.cover.payments.len() as u32 - 1);
    let sum = sum_expr(2, first_payment, last);
    money_formula(ws, row, 2, &sum, &r.cover.payments_total, &f.money_total)?;
    Ok((row + 2, cell(row, 2)))
}

/// The signature block from `row`: the signatory, and empty fields to sign and date. Returns
/// the row after it and a blank one.
fn signature_block(cx: &Ctx, ws: &mut Worksheet, row: u32) -> XResult<u32> {
    let f = &cx.f;
    text(ws, row, 0, cx.l("signatory"), &f.bold)?;
    text(ws, row, 1, &cx.r.cover.signatory, &f.sign)?;
    text(ws, row + 1, 0, cx.l("signature"), &f.bold)?;
    text(ws, row + 1, 1, "", &f.sign)?;
    text(ws, row + 2, 0, cx.l("date"), &f.bold)?;
    text(ws, row + 2, 1, "", &f.sign)?;
    Ok(row + 4)
}

fn pct_expr(num: &str, den: &str, dp: u32) -> String {
    format!("=IF({den}=0,\"\",ROUND({num}/{den}*100,{dp}))")
}

fn opt_pct(x: &Option<rust_decimal::Decimal>) -> String {
    x.map(|v| fmt2(&v)).unwrap_or_default()
}

fn expenditure(cx: &Ctx) -> XResult<Worksheet> {
    let mut ws = cx.sheet("sheet_expenditure")?;
    cx.title(&mut ws, "expenditure_title", &EXP_W)?;
    let last = expenditure_rows(cx, &mut ws)?;
    let total = FIRST + cx.r.rows.len() as u32;
    expenditure_total(cx, &mut ws, total, last)?;
    let row = expenditure_by_line(cx, &mut ws, total + 2, last)?;
    let row = expenditure_by_heading(cx, &mut ws, row + 2, last)?;
    widths(&mut ws, &EXP_W)?;
    ws.set_print_area(0, 0, row, 9)?;
    Ok(ws)
}

/// The expenditure sheet's column widths.
const EXP_W: [f64; 10] = [10.5, 26.0, 9.0, 32.0, 14.0, 14.0, 14.0, 14.0, 14.0, 11.0];

/// The expenditure sheet's header and one row per line × heading from [`FIRST`]: budget and
/// earlier as figures, this period as a formula over the document list, cumulative, remaining
/// and used % as formulas over the row. Returns the last detail row (none without rows).
fn expenditure_rows(cx: &Ctx, ws: &mut Worksheet) -> XResult<Option<u32>> {
    let r = cx.r;
    let f = &cx.f;
    let head = FIRST - 1;
    cx.headers(
        ws,
        head,
        &[
            "line",
            "name",
            "heading",
            "name",
            "budget",
            "earlier",
            "this_period",
            "cumulative",
            "remaining",
            "used_pct",
        ],
        &EXP_W,
    )?;
    ws.set_freeze_panes(FIRST, 0)?;
    ws.set_repeat_rows(head, head)?;
    let n = r.rows.len() as u32;
    let last = (n > 0).then(|| FIRST + n - 1);
    for (i, x) in r.rows.iter().enumerate() {
        let row = FIRST + i as u32;
        text(ws, row, 0, &x.line, &f.text)?;
        text(ws, row, 1, &x.line_name, &f.text)?;
        text(ws, row, 2, &x.heading, &f.text)?;
        text(ws, row, 3, &x.heading_name, &f.text)?;
        money(ws, row, 4, &x.budget, &f.money)?;
        money(ws, row, 5, &x.earlier.eligible, &f.money)?;
        let period = period_expr(cx, row, x);
        money_formula(ws, row, 6, &period, &x.period.eligible, &f.money)?;
        row_formulas(
            ws,
            row,
            &x.cumulative.eligible,
            &x.remaining,
            &x.used_pct,
            f,
        )?;
    }
    if let Some(l) = last {
        ws.autofilter(head, 0, l, 9)?;
    }
    Ok(last)
}

/// The total row under the detail rows: SUMs of the money columns and the used % of the sums.
fn expenditure_total(cx: &Ctx, ws: &mut Worksheet, row: u32, last: Option<u32>) -> XResult {
    let f = &cx.f;
    text(ws, row, 0, cx.l("total"), &f.bold)?;
    let t = &cx.r.total;
    for (c, v) in [
        (4u16, &t.budget),
        (5, &t.earlier.eligible),
        (6, &t.period.eligible),
        (7, &t.cumulative.eligible),
        (8, &t.remaining),
    ] {
        money_formula(ws, row, c, &sum_expr(c, FIRST, last), v, &f.money_total)?;
    }
    formula(
        ws,
        row,
        9,
        &pct_expr(&cell(row, 7), &cell(row, 4), 2),
        &opt_pct(&t.used_pct),
        &f.pct_total,
    )
}

/// By activity line, from `row`: a title, a header and one row per line, each a SUMIFS over
/// the detail rows. Returns the last row written.
fn expenditure_by_line(
    cx: &Ctx,
    ws: &mut Worksheet,
    mut row: u32,
    last: Option<u32>,
) -> XResult<u32> {
    let f = &cx.f;
    text(ws, row, 0, cx.l("by_line"), &f.bold)?;
    row += 1;
    cx.headers(
        ws,
        row,
        &[
            "line",
            "name",
            "",
            "",
            "budget",
            "earlier",
            "this_period",
            "cumulative",
            "remaining",
            "used_pct",
        ],
        &EXP_W,
    )?;
    for x in &cx.r.lines {
        row += 1;
        text(ws, row, 0, &x.line, &f.text)?;
        text(ws, row, 1, &x.line_name, &f.text)?;
        let key = cell(row, 0);
        for (c, v) in [
            (4u16, &x.budget),
            (5, &x.earlier.eligible),
            (6, &x.period.eligible),
            (7, &x.cumulative.eligible),
            (8, &x.remaining),
        ] {
            let e = sumifs_expr(c, 0, FIRST, last, &key);
            money_formula(ws, row, c, &e, v, &f.money)?;
        }
        formula(
            ws,
            row,
            9,
            &pct_expr(&cell(row, 7), &cell(row, 4), 2),
            &opt_pct(&x.used_pct),
            &f.pct,
        )?;
    }
    Ok(row)
}

/// By budget heading, from `row`: a title, a header and one row per heading with its budget
/// and cumulative costs (SUMIFS over the detail rows), the flexibility limit and the headroom.
/// Returns the last row written.
fn expenditure_by_heading(
    cx: &Ctx,
    ws: &mut Worksheet,
    mut row: u32,
    last: Option<u32>,
) -> XResult<u32> {
    let f = &cx.f;
    text(ws, row, 0, cx.l("by_heading"), &f.bold)?;
    row += 1;
    cx.headers(
        ws,
        row,
        &[
            "",
            "",
            "heading",
            "name",
            "budget",
            "cumulative",
            "flex_limit",
            "headroom",
        ],
        &EXP_W,
    )?;
    for h in &cx.r.headings {
        row += 1;
        text(ws, row, 2, &h.heading, &f.text)?;
        text(ws, row, 3, &h.heading_name, &f.text)?;
        let key = cell(row, 2);
        let budget = sumifs_expr(4, 2, FIRST, last, &key);
        money_formula(ws, row, 4, &budget, &h.budget, &f.money)?;
        let cumulative = sumifs_expr(7, 2, FIRST, last, &key);
        money_formula(ws, row, 5, &cumulative, &h.cumulative, &f.money)?;
        // The limit is the report's figure (budget × (1 + flexibility %), none for indirect
        // costs); the headroom is live.
        money(ws, row, 6, &h.flex_limit, &f.money)?;
        let headroom = format!("={}-{}", cell(row, 6), cell(row, 5));
        money_formula(ws, row, 7, &headroom, &h.headroom, &f.money)?;
    }
    Ok(row)
}

/// A row's eligible costs this period as a formula over the document list, so that a document
/// corrected in the workbook moves the claim: the eligible amounts of the documents booked to
/// the row's line and heading, plus the line's part of the shared costs booked to the heading
/// (apportioned by the key with the largest remainder, quarter by quarter: a figure, not a
/// formula). Flat-rate indirect costs are no documents: the indirect-cost sheet's claimed amount.
fn period_expr(cx: &Ctx, row: u32, x: &crate::report::claim::ClaimRow) -> String {
    let r = cx.r;
    if r.indirect_heading.as_deref() == Some(x.heading.as_str()) {
        if let Some(i) = r.indirect.iter().position(|ind| ind.line == x.line) {
            let sheet = quote_sheet_name(cx.l("sheet_indirect"));
            return format!("={sheet}!{}", cell(FIRST + i as u32, 4));
        }
    }
    let docs = quote_sheet_name(cx.l("sheet_documents"));
    let first = LIST_HEAD + 2;
    let last = LIST_HEAD + 1 + (r.documents.len() as u32).max(1);
    let col = |c: u16| {
        let a = rust_xlsxwriter::utility::column_number_to_name(c);
        format!("{docs}!${a}${first}:${a}${last}")
    };
    let mut e = format!(
        "=SUMIFS({},{},{},{},{})",
        col(15),
        col(6),
        cell(row, 0),
        col(7),
        cell(row, 2)
    );
    let shared: Money = r
        .shared
        .iter()
        .filter(|s| s.heading == x.heading)
        .flat_map(|s| s.to_lines.iter())
        .filter(|l| l.code == x.line)
        .map(|l| l.amount)
        .sum();
    if shared.is_sign_negative() {
        e.push_str(&format!("-{}", fmt2(&-shared)));
    } else if !shared.is_zero() {
        e.push_str(&format!("+{}", fmt2(&shared)));
    }
    e
}

/// Cumulative (= earlier + this period), remaining (= budget − cumulative) and used % on a row
/// whose columns E, F, G hold budget, earlier and this period.
fn row_formulas(
    ws: &mut Worksheet,
    row: u32,
    cum: &Money,
    rem: &Money,
    used: &Option<rust_decimal::Decimal>,
    f: &Fmts,
) -> XResult {
    let (m, p) = (&f.money, &f.pct);
    money_formula(
        ws,
        row,
        7,
        &format!("={}+{}", cell(row, 5), cell(row, 6)),
        cum,
        m,
    )?;
    money_formula(
        ws,
        row,
        8,
        &format!("={}-{}", cell(row, 4), cell(row, 7)),
        rem,
        m,
    )?;
    formula(
        ws,
        row,
        9,
        &pct_expr(&cell(row, 7), &cell(row, 4), 2),
        &opt_pct(used),
        p,
    )
}

fn financing(cx: &Ctx) -> XResult<(Worksheet, FinRefs)> {
    let r = cx.r;
    let ns = r.sources.len() as u16;
    let mut ws = cx.sheet("sheet_financing")?;
    let mut w = vec![10.5, 12.0];
    for _ in 0..2 {
        w.push(14.0);
        w.extend(std::iter::repeat_n(14.0, ns as usize));
        w.push(12.0);
    }
    cx.title(&mut ws, "financing_title", &w)?;
    let n = r.rows.len() as u32;
    // Columns: line, heading, then per block: eligible, each source, check.
    let fin = Fin {
        cx,
        ns,
        p0: FIN_P0,
        c0: FIN_P0 + ns + 2,
        last: (n > 0).then(|| FIRST + n - 1),
    };
    fin.header(&mut ws)?;
    fin.rows(&mut ws)?;
    let total_row = FIRST + n;
    text(&mut ws, total_row, 0, cx.l("total"), &cx.f.bold)?;
    fin.sums(&mut ws, total_row, fin.p0, &r.total.period, None)?;
    fin.sums(&mut ws, total_row, fin.c0, &r.total.cumulative, None)?;
    let row = fin.by_line(&mut ws, total_row + 2, w[1])?;
    let row = fin.by_quarter(&mut ws, row + 2)?;
    let last_col = fin.c0 + ns + 1;
    let row = fin.notes(&mut ws, row + 2, last_col, &w)?;
    widths(&mut ws, &w)?;
    ws.set_print_area(0, 0, row, last_col)?;
    let refs = FinRefs {
        total_row,
        period_cols: (fin.p0..=fin.p0 + ns).collect(),
        cumulative_cols: (fin.c0..=fin.c0 + ns).collect(),
    };
    Ok((ws, refs))
}

/// The financing sheet's layout: `ns` sources, the this-period block from column `p0` and the
/// cumulative block from `c0` (each: eligible, one column per source, the check), and the
/// last detail row the sums run to.
struct Fin<'a, 'r> {
    cx: &'a Ctx<'r>,
    ns: u16,
    p0: u16,
    c0: u16,
    last: Option<u32>,
}

impl Fin<'_, '_> {
    /// The two header rows: the blocks' titles above, the columns' labels below.
    fn header(&self, ws: &mut Worksheet) -> XResult {
        let (cx, f) = (self.cx, &self.cx.f);
        let head = FIRST - 1;
        text(ws, head - 1, self.p0, cx.l("this_period"), &f.bold)?;
        text(ws, head - 1, self.c0, cx.l("cumulative"), &f.bold)?;
        text(ws, head, 0, cx.l("line"), &f.head)?;
        text(ws, head, 1, cx.l("heading"), &f.head)?;
        for b in [self.p0, self.c0] {
            self.block_head(ws, head, b)?;
        }
        let check = cx.l("check_sources");
        header_row_height(ws, head, &[check, check, check], &[12.0])?;
        ws.set_freeze_panes(FIRST, 2)?;
        ws.set_repeat_rows(head, head)?;
        Ok(())
    }

    /// A block's column labels from `b`: eligible, each source's name, the check.
    fn block_head(&self, ws: &mut Worksheet, row: u32, b: u16) -> XResult {
        let (cx, f) = (self.cx, &self.cx.f);
        text(ws, row, b, cx.l("eligible"), &f.head)?;
        for (i, s) in cx.r.sources.iter().enumerate() {
            text(ws, row, b + 1 + i as u16, &s.name, &f.head)?;
        }
        text(ws, row, b + 1 + self.ns, cx.l("check_sources"), &f.head)
    }

    /// The check column's formula: the sources' sum less the eligible amount (zero).
    fn check(&self, row: u32, b: u16) -> String {
        format!(
            "=SUM({}:{})-{}",
            cell(row, b + 1),
            cell(row, b + self.ns),
            cell(row, b)
        )
    }

    /// A split as figures from column `b`: eligible, each source, and the live check.
    fn split(&self, ws: &mut Worksheet, row: u32, b: u16, s: &SplitOut) -> XResult {
        let f = &self.cx.f;
        money(ws, row, b, &s.eligible, &f.money)?;
        for (i, (_, v)) in s.by_source.iter().enumerate() {
            money(ws, row, b + 1 + i as u16, v, &f.money)?;
        }
        let check = self.check(row, b);
        money_formula(ws, row, b + 1 + self.ns, &check, &Money::ZERO, &f.money)
    }

    /// One row per line × heading from [`FIRST`], both blocks, with a filter.
    fn rows(&self, ws: &mut Worksheet) -> XResult {
        let f = &self.cx.f;
        for (i, x) in self.cx.r.rows.iter().enumerate() {
            let row = FIRST + i as u32;
            text(ws, row, 0, &x.line, &f.text)?;
            text(ws, row, 1, &x.heading, &f.text)?;
            self.split(ws, row, self.p0, &x.period)?;
            self.split(ws, row, self.c0, &x.cumulative)?;
        }
        if let Some(l) = self.last {
            ws.autofilter(FIRST - 1, 0, l, self.c0 + self.ns + 1)?;
        }
        Ok(())
    }

    /// A split as sums over the detail rows from column `b`: SUMs for the total row, SUMIFS
    /// on the line in `by_line` for a line's row; with the check.
    fn sums(
        &self,
        ws: &mut Worksheet,
        row: u32,
        b: u16,
        s: &SplitOut,
        by_line: Option<&str>,
    ) -> XResult {
        let f = &self.cx.f;
        let values: Vec<&Money> = std::iter::once(&s.eligible)
            .chain(s.by_source.iter().map(|x| &x.1))
            .collect();
        let fm = if by_line.is_some() {
            &f.money
        } else {
            &f.money_total
        };
        for (i, v) in values.into_iter().enumerate() {
            let c = b + i as u16;
            let e = match by_line {
                Some(key) => sumifs_expr(c, 0, FIRST, self.last, key),
                None => sum_expr(c, FIRST, self.last),
            };
            money_formula(ws, row, c, &e, v, fm)?;
        }
        money_formula(
            ws,
            row,
            b + 1 + self.ns,
            &self.check(row, b),
            &Money::ZERO,
            fm,
        )
    }

    /// By activity line, from `row`: a title and one row per line, both blocks as SUMIFS, the
    /// line's name wrapped in the heading column (`name_width` wide). Returns the last row.
    fn by_line(&self, ws: &mut Worksheet, mut row: u32, name_width: f64) -> XResult<u32> {
        let (cx, f) = (self.cx, &self.cx.f);
        text(ws, row, 0, cx.l("by_line"), &f.bold)?;
        for x in &cx.r.lines {
            row += 1;
            text(ws, row, 0, &x.line, &f.text)?;
            // The line's name wraps in the heading column (the sums fill the next ones).
            text(ws, row, 1, &x.line_name, &f.wrap)?;
            let lines = wrapped_lines(&x.line_name, name_width);
            ws.set_row_height(row, 15.0 * f64::from(lines))?;
            let key = cell(row, 0);
            self.sums(ws, row, self.p0, &x.period, Some(&key))?;
            self.sums(ws, row, self.c0, &x.cumulative, Some(&key))?;
        }
        Ok(row)
    }

    /// The quarters the period sums, each computed on its own, from `row`: a title, a header,
    /// one row per quarter with its agreement version, and their total. Returns the total's row.
    fn by_quarter(&self, ws: &mut Worksheet, mut row: u32) -> XResult<u32> {
        let (cx, f, p0) = (self.cx, &self.cx.f, self.p0);
        let r = cx.r;
        text(ws, row, 0, cx.l("by_quarter"), &f.bold)?;
        row += 1;
        text(ws, row, 0, cx.l("quarter"), &f.head)?;
        text(ws, row, 1, cx.l("version"), &f.head)?;
        self.block_head(ws, row, p0)?;
        header_row_height(ws, row, &[cx.l("check_sources")], &[12.0])?;
        let q_first = row + 1;
        for q in &r.quarters {
            row += 1;
            text(ws, row, 0, &q.quarter, &f.text)?;
            int(ws, row, 1, q.version, &f.int)?;
            self.split(ws, row, p0, &q.split)?;
        }
        let q_last = (!r.quarters.is_empty()).then_some(row);
        row += 1;
        text(ws, row, 0, cx.l("total"), &f.bold)?;
        let values: Vec<&Money> = std::iter::once(&r.total.period.eligible)
            .chain(r.total.period.by_source.iter().map(|x| &x.1))
            .collect();
        for (i, v) in values.into_iter().enumerate() {
            let c = p0 + i as u16;
            let e = sum_expr(c, q_first, q_last);
            money_formula(ws, row, c, &e, v, &f.money_total)?;
        }
        let check = self.check(row, p0);
        money_formula(
            ws,
            row,
            p0 + 1 + self.ns,
            &check,
            &Money::ZERO,
            &f.money_total,
        )?;
        Ok(row)
    }

    /// The notes under the tables from `row` — the sources' check, the rounding, the quarters
    /// frozen from the register — merged over the sheet's columns and wrapped, so a long note
    /// never sets the printed width. Returns the last note's row.
    fn notes(&self, ws: &mut Worksheet, mut row: u32, last_col: u16, w: &[f64]) -> XResult<u32> {
        let (cx, f) = (self.cx, &self.cx.f);
        let r = cx.r;
        let sc = &r.split_check;
        let check = format!(
            "{}: {} ({} {}, {} {})",
            cx.l("check_sources"),
            if sc.holds {
                cx.l("split_holds")
            } else {
                cx.l("split_differs")
            },
            sc.rows_checked,
            cx.l("rows_checked"),
            cx.l("largest_difference"),
            crate::render::labels::number(cx.lang, &fmt2(&sc.largest_difference))
        );
        note(ws, row, 0, last_col, &check, w, &f.note)?;
        row += 1;
        let rounding = format!("{}: {}", cx.l("rounding"), r.rounding);
        note(ws, row, 0, last_col, &rounding, w, &f.note)?;
        if !r.frozen_quarters.is_empty() {
            row += 1;
            let frozen = format!(
                "{}: {}",
                cx.l("frozen_from_register"),
                r.frozen_quarters.join(", ")
            );
            note(ws, row, 0, last_col, &frozen, w, &f.note)?;
        }
        Ok(row)
    }
}

fn indirect(cx: &Ctx) -> XResult<Worksheet> {
    let r = cx.r;
    let f = &cx.f;
    let mut ws = cx.sheet("sheet_indirect")?;
    const W: [f64; 6] = [12.0, 22.0, 10.0, 16.0, 16.0, 14.0];
    cx.title(&mut ws, "indirect_title", &W)?;
    let head = FIRST - 1;
    cx.headers(
        &mut ws,
        head,
        &[
            "line",
            "direct_base",
            "rate_pct",
            "allowed",
            "claimed",
            "difference",
        ],
        &W,
    )?;
    let n = r.indirect.len() as u32;
    let last = (n > 0).then(|| FIRST + n - 1);
    for (i, x) in r.indirect.iter().enumerate() {
        let row = FIRST + i as u32;
        text(&mut ws, row, 0, &x.line, &f.text)?;
        money(&mut ws, row, 1, &x.direct_base, &f.money)?;
        ws.write_number_with_format(row, 2, f64_of(&x.rate_pct), &f.pct)?;
        money_formula(
            &mut ws,
            row,
            3,
            &format!("=ROUND({}*{}/100,2)", cell(row, 1), cell(row, 2)),
            &x.allowed,
            &f.money,
        )?;
        money(&mut ws, row, 4, &x.claimed, &f.money)?;
        money_formula(
            &mut ws,
            row,
            5,
            &format!("={}-{}", cell(row, 4), cell(row, 3)),
            &x.difference,
            &f.money,
        )?;
    }
    let row = FIRST + n;
    text(&mut ws, row, 0, cx.l("total"), &f.bold)?;
    let t = &r.indirect_total;
    for (c, v) in [
        (1u16, &t.direct_base),
        (3, &t.allowed),
        (4, &t.claimed),
        (5, &t.difference),
    ] {
        money_formula(
            &mut ws,
            row,
            c,
            &sum_expr(c, FIRST, last),
            v,
            &f.money_total,
        )?;
    }
    let rounding = format!("{}: {}", cx.l("rounding"), r.rounding);
    note(&mut ws, row + 2, 0, 5, &rounding, &W, &f.note)?;
    widths(&mut ws, &W)?;
    ws.set_print_area(0, 0, row + 2, 5)?;
    Ok(ws)
}

fn indicators(cx: &Ctx) -> XResult<Worksheet> {
    let mut ws = cx.sheet("sheet_indicators")?;
    cx.title(&mut ws, "indicators_title", &IND_W)?;
    let row = indicator_targets(cx, &mut ws, FIRST - 1)?;
    let row = indicator_breakdown(cx, &mut ws, row + 2)?;
    let row = indicator_countries(cx, &mut ws, row + 2)?;
    let ind = &cx.r.indicators;
    let suppressed = format!(
        "{} ({} {})",
        cx.l("suppressed_note"),
        cx.l("threshold"),
        ind.small_cell_threshold
    );
    note(
        &mut ws,
        row + 2,
        0,
        9,
        &suppressed,
        &IND_W,
        &cx.f.subtitle_note,
    )?;
    widths(&mut ws, &IND_W)?;
    ws.set_print_area(0, 0, row + 2, 9)?;
    Ok(ws)
}

/// The indicator sheet's column widths.
const IND_W: [f64; 10] = [10.5, 38.0, 12.0, 12.0, 12.0, 14.0, 14.0, 12.0, 14.0, 14.0];

/// Persons against each line's target, from the header row `head`: the period's, the
/// cumulative count and the % of the target as a formula. Returns the last row.
fn indicator_targets(cx: &Ctx, ws: &mut Worksheet, head: u32) -> XResult<u32> {
    let f = &cx.f;
    cx.headers(
        ws,
        head,
        &[
            "line",
            "indicator",
            "target",
            "this_period",
            "cumulative",
            "pct_target",
        ],
        &IND_W,
    )?;
    let mut row = head;
    for x in &cx.r.indicators.lines {
        row += 1;
        text(ws, row, 0, &x.line, &f.text)?;
        text(ws, row, 1, &x.indicator, &f.text)?;
        int(ws, row, 2, x.target, &f.int)?;
        int(ws, row, 3, x.period.persons, &f.int)?;
        int(ws, row, 4, x.cumulative.persons, &f.int)?;
        let pct = pct_expr(&cell(row, 4), &cell(row, 2), 1);
        let value = x.pct_of_target.as_deref().unwrap_or("");
        formula(ws, row, 5, &pct, value, &f.pct)?;
    }
    Ok(row)
}

/// Each line's persons this period and cumulatively by sex, age and vulnerability, from the
/// header row `row`; persons = women + men + other as a formula. Returns the last row.
fn indicator_breakdown(cx: &Ctx, ws: &mut Worksheet, mut row: u32) -> XResult<u32> {
    let f = &cx.f;
    cx.headers(
        ws,
        row,
        &[
            "line",
            "period",
            "persons",
            "women",
            "men",
            "sex_other",
            "children",
            "adults",
            "age_unknown",
            "vulnerable",
        ],
        &IND_W,
    )?;
    for x in &cx.r.indicators.lines {
        for (k, b) in [("this_period", &x.period), ("cumulative", &x.cumulative)] {
            row += 1;
            text(ws, row, 0, &x.line, &f.text)?;
            text(ws, row, 1, cx.l(k), &f.text)?;
            // Persons = women + men + other: the sex breakdown sums to the count.
            let persons = format!("=SUM({}:{})", cell(row, 3), cell(row, 5));
            formula(ws, row, 2, &persons, &b.persons.to_string(), &f.int)?;
            for (c, v) in [
                b.women,
                b.men,
                b.sex_other,
                b.children,
                b.adults,
                b.age_unknown,
                b.vulnerable,
            ]
            .iter()
            .enumerate()
            {
                int(ws, row, 3 + c as u16, *v, &f.int)?;
            }
        }
    }
    Ok(row)
}

/// Persons by country of return, from `row`: the long table, so it starts a page and its
/// header repeats on the pages it runs on to; small counts suppressed. Returns the last row.
fn indicator_countries(cx: &Ctx, ws: &mut Worksheet, mut row: u32) -> XResult<u32> {
    let f = &cx.f;
    let ind = &cx.r.indicators;
    ws.set_page_breaks(&[row])?;
    text(ws, row, 0, cx.l("by_country"), &f.bold)?;
    row += 1;
    ws.set_repeat_rows(row, row)?;
    cx.headers(
        ws,
        row,
        &["line", "country", "this_period", "cumulative"],
        &IND_W,
    )?;
    let small = format!("<{}", ind.small_cell_threshold);
    for x in &ind.by_country {
        row += 1;
        text(ws, row, 0, &x.line, &f.text)?;
        text(ws, row, 1, &x.country, &f.text)?;
        for (c, v) in [(2u16, x.period), (3, x.cumulative)] {
            match v {
                Some(n) => int(ws, row, c, n, &f.int)?,
                None => text(ws, row, c, &small, &f.text)?,
            }
        }
    }
    Ok(row)
}

const DOC_COLS: [&str; 19] = [
    "entry_id",
    "doc_no",
    "doc_date",
    "paid_date",
    "supplier",
    "description",
    "line",
    "heading",
    "case_id",
    "currency",
    "amount",
    "rate",
    "rate_source",
    "eur",
    "vat",
    "eligible",
    "ineligible",
    "rules",
    "source",
];

/// The document list's column widths, for its data: ids and codes as long as they are, dates
/// and amounts whole, the supplier, description and source wrapped (one A4 landscape page wide
/// at about 70 %).
const DOC_WIDTHS: [f64; 19] = [
    8.5, 13.0, 10.5, 10.5, 15.0, 24.0, 9.0, 7.5, 13.0, 6.5, 12.5, 10.0, 9.0, 10.5, 7.0, 12.0, 14.5,
    10.0, 15.0,
];

/// A document list this long is written without wrapped cells and row heights (as fast as
/// plain cells; the same threshold at which the workbook takes the fastest compression).
const LONG_LIST: usize = 20_000;

/// How a document list writes its cells. A text cell in the default format is written without
/// one: rust_xlsxwriter looks every given format up by hashing it, a third of the time of a
/// million-line list. For the same reason a long list's dates and amounts take their format from
/// their column (the same style on every cell) instead of from each cell.
struct ListCells<'f> {
    f: &'f Fmts,
    printed: bool,
}

impl<'f> ListCells<'f> {
    fn new(ws: &mut Worksheet, f: &'f Fmts, printed: bool) -> XResult<ListCells<'f>> {
        if !printed {
            let columns = [
                (2, &f.date),
                (3, &f.date),
                (10, &f.amount),
                (11, &f.rate),
                (13, &f.money),
                (14, &f.money),
                (15, &f.money),
                (16, &f.money),
            ];
            for (c, fmt) in columns {
                ws.set_column_format(c, fmt)?;
            }
        }
        Ok(ListCells { f, printed })
    }

    /// A text that wraps in a printed list.
    fn wrapped(&self, ws: &mut Worksheet, row: u32, col: u16, s: &str) -> XResult {
        match self.printed {
            true => text(ws, row, col, s, &self.f.list_wrap),
            false => {
                ws.write_string(row, col, s)?;
                Ok(())
            }
        }
    }

    fn number(&self, ws: &mut Worksheet, row: u32, col: u16, v: f64, fmt: &Format) -> XResult {
        match self.printed {
            true => ws.write_number_with_format(row, col, v, fmt)?,
            false => ws.write_number(row, col, v)?,
        };
        Ok(())
    }

    fn day(&self, ws: &mut Worksheet, row: u32, col: u16, d: chrono::NaiveDate) -> XResult {
        match self.printed {
            true => date(ws, row, col, d, &self.f.date),
            false => {
                ws.write_datetime(row, col, excel_date(d)?)?;
                Ok(())
            }
        }
    }
}

fn documents(
    cx: &Ctx,
    ws: &mut Worksheet,
    sheet: &str,
    title: &str,
    docs: &[DocumentRow],
    t: &DocTotals,
) -> XResult<()> {
    let f = &cx.f;
    cx.setup(ws, sheet)?;
    cx.list_title(ws, title)?;
    let head = LIST_HEAD;
    cx.headers(ws, head, &DOC_COLS, &DOC_WIDTHS)?;
    ws.set_freeze_panes(head + 1, 1)?;
    ws.set_repeat_rows(head, head)?;
    widths(ws, &DOC_WIDTHS)?;
    let first = head + 1;
    // A list to print wraps its texts in rows as high as they need; a list of tens of
    // thousands of lines is for filtering, not paper, and keeps the fast plain cells.
    let printed = docs.len() < LONG_LIST;
    let cells = ListCells::new(ws, f, printed)?;
    let plain = |ws: &mut Worksheet, row: u32, col: u16, s: &str| -> XResult {
        ws.write_string(row, col, s)?;
        Ok(())
    };
    let wrapped = |ws: &mut Worksheet, row, col, s: &str| cells.wrapped(ws, row, col, s);
    let number = |ws: &mut Worksheet, row, col, v, fmt| cells.number(ws, row, col, v, fmt);
    let day = |ws: &mut Worksheet, row, col, d| cells.day(ws, row, col, d);
    for (i, d) in docs.iter().enumerate() {
        let row = first + i as u32;
        plain(ws, row, 0, d.entry_id)?;
        plain(ws, row, 1, d.doc_no)?;
        day(ws, row, 2, d.doc_date)?;
        if let Some(p) = d.paid_date {
            day(ws, row, 3, p)?;
        }
        wrapped(ws, row, 4, d.supplier)?;
        wrapped(ws, row, 5, d.description)?;
        wrapped(ws, row, 6, line_name(cx.r.shared_line.as_ref(), d.activity))?;
        plain(ws, row, 7, d.heading)?;
        plain(ws, row, 8, d.case_id.unwrap_or(""))?;
        plain(ws, row, 9, d.currency)?;
        number(ws, row, 10, f64_of(&d.amount), &f.amount)?;
        if let Some(rate) = &d.rate {
            let v: f64 = rate.parse().unwrap_or(0.0);
            number(ws, row, 11, v, &f.rate)?;
        }
        plain(ws, row, 12, d.rate_source.unwrap_or(""))?;
        if let Some(e) = &d.eur {
            number(ws, row, 13, f64_of(e), &f.money)?;
        }
        number(ws, row, 14, f64_of(&d.vat_eur), &f.money)?;
        number(ws, row, 15, f64_of(&d.eligible), &f.money)?;
        number(ws, row, 16, f64_of(&d.ineligible), &f.money)?;
        plain(ws, row, 17, &d.rules.join(", "))?;
        let source = d.source.to_string();
        wrapped(ws, row, 18, &source)?;
        if !printed {
            continue;
        }
        // Rows as high as their wrapped texts (a spreadsheet keeps the default height of a
        // row written without one, and the second line would hide under the next row).
        let lines = [(d.supplier, 4), (d.description, 5), (source.as_str(), 18)]
            .iter()
            .map(|(t, c)| wrapped_lines(t, DOC_WIDTHS[*c]))
            .max()
            .unwrap_or(1);
        if lines > 1 {
            ws.set_row_height(row, 15.0 * f64::from(lines))?;
        }
    }
    let n = docs.len() as u32;
    let last = (n > 0).then(|| first + n - 1);
    ws.autofilter(head, 0, last.unwrap_or(head), 18)?;
    let row = first + n;
    text(ws, row, 0, cx.l("total"), &f.bold)?;
    for (c, v) in [
        (13u16, &t.eur),
        (14, &t.vat_eur),
        (15, &t.eligible),
        (16, &t.ineligible),
    ] {
        money_formula(ws, row, c, &sum_expr(c, first, last), v, &f.money_total)?;
    }
    Ok(())
}

fn findings(cx: &Ctx) -> XResult<Worksheet> {
    let r = cx.r;
    let f = &cx.f;
    let mut ws = cx.sheet("sheet_findings")?;
    const W: [f64; 8] = [10.5, 11.0, 9.0, 13.0, 24.0, 13.0, 54.0, 46.0];
    cx.title(&mut ws, "findings_title", &W)?;
    let head = 3;
    cx.headers(
        &mut ws,
        head,
        &[
            "rule",
            "severity",
            "entry_id",
            "case_id",
            "where",
            "ineligible_amount",
            "message",
            "hint",
        ],
        &W,
    )?;
    ws.set_freeze_panes(head + 1, 0)?;
    ws.set_repeat_rows(head, head)?;
    let first = head + 1;
    for (i, x) in r.findings.iter().enumerate() {
        let row = first + i as u32;
        text(&mut ws, row, 0, x.rule, &f.text)?;
        text(
            &mut ws,
            row,
            1,
            cx.l(&format!("sev_{}", x.severity.label())),
            &f.text,
        )?;
        text(
            &mut ws,
            row,
            2,
            x.entry_id.as_deref().unwrap_or(""),
            &f.text,
        )?;
        text(&mut ws, row, 3, x.case_id.as_deref().unwrap_or(""), &f.text)?;
        text(
            &mut ws,
            row,
            4,
            &x.at.as_ref().map(|a| a.to_string()).unwrap_or_default(),
            &f.text,
        )?;
        money(&mut ws, row, 5, &x.ineligible, &f.money)?;
        text(&mut ws, row, 6, &x.message, &f.wrap)?;
        text(&mut ws, row, 7, &x.hint, &f.wrap)?;
        let lines = wrapped_lines(&x.message, W[6]).max(wrapped_lines(&x.hint, W[7]));
        ws.set_row_height(row, 15.0 * f64::from(lines))?;
    }
    let n = r.findings.len() as u32;
    let last = (n > 0).then(|| first + n - 1);
    ws.autofilter(head, 0, last.unwrap_or(head), 7)?;
    let row = first + n;
    text(&mut ws, row, 0, cx.l("total"), &f.bold)?;
    money_formula(
        &mut ws,
        row,
        5,
        &sum_expr(5, first, last),
        &r.findings_total,
        &f.money_total,
    )?;
    let row = findings_reconciliation(cx, &mut ws, row + 2)?;
    if !r.notices.is_empty() {
        let mut row = row + 1;
        text(&mut ws, row, 0, cx.l("notices"), &f.bold)?;
        for n in &r.notices {
            row += 1;
            note(&mut ws, row, 0, 7, n, &W, &f.note)?;
        }
    }
    widths(&mut ws, &W)?;
    ws.set_print_area(0, 0, row, 7)?;
    Ok(ws)
}

/// Below the findings: every cost line of the period accounted for (label, cost lines in E,
/// EUR in F; the first row is a SUM of the parts below it, stored with the total read), then
/// the notes. Returns the next free row.
fn findings_reconciliation(cx: &Ctx, ws: &mut Worksheet, top: u32) -> XResult<u32> {
    let f = &cx.f;
    let fr = crate::render::words::claim::frame(&cx.r.findings_summary, cx.lang);
    text(ws, top, 0, &fr.title, &f.bold)?;
    text(ws, top + 1, 4, &fr.col_lines, &f.head)?;
    text(ws, top + 1, 5, &fr.col_eur, &f.head)?;
    let first = top + 2;
    let (read, parts) = fr.parts.split_first().expect("the read row and its parts");
    let last = first + parts.len() as u32;
    // Labels wrap within A:D and notes within A:H (the widths set below), never cut at a
    // filled cell; each row is as tall as its text needs.
    let wrapped =
        |ws: &mut Worksheet, row: u32, last_col: u16, width: f64, s: &str, fm: &Format| {
            ws.merge_range(row, 0, row, last_col, s, fm)?;
            let lines = (s.chars().count() as f64 / width).ceil().max(1.0);
            ws.set_row_height(row, 15.0 * lines)?;
            XResult::Ok(())
        };
    let bold_wrap = f.wrap.clone().set_bold();
    wrapped(ws, first, 3, 42.0, &read.label, &bold_wrap)?;
    if let Some(n) = read.lines {
        let expr = format!("=SUM(E{}:E{})", first + 2, last + 1);
        formula(ws, first, 4, &expr, &n.to_string(), &f.int_total)?;
    }
    if let Some(x) = &read.eur {
        let expr = format!("=SUM(F{}:F{})", first + 2, last + 1);
        money_formula(ws, first, 5, &expr, x, &f.money_total)?;
    }
    for (k, p) in parts.iter().enumerate() {
        let row = first + 1 + k as u32;
        wrapped(ws, row, 3, 42.0, &p.label, &f.wrap)?;
        if let Some(n) = p.lines {
            int(ws, row, 4, u32::try_from(n).unwrap_or(u32::MAX), &f.int)?;
        }
        if let Some(x) = &p.eur {
            money(ws, row, 5, x, &f.money)?;
        }
    }
    let mut row = last + 1;
    for n in &fr.notes {
        wrapped(ws, row, 7, 180.0, n, &f.wrap)?;
        row += 1;
    }
    Ok(row)
}

fn rates(cx: &Ctx) -> XResult<Worksheet> {
    let f = &cx.f;
    let mut ws = cx.sheet("sheet_rates")?;
    const W: [f64; 4] = [12.0, 10.0, 14.0, 30.0];
    cx.title(&mut ws, "rates_title", &W)?;
    let head = LIST_HEAD;
    cx.headers(&mut ws, head, &["month", "currency", "rate", "source"], &W)?;
    ws.set_repeat_rows(head, head)?;
    for (i, x) in cx.r.rates_used.iter().enumerate() {
        let row = head + 1 + i as u32;
        text(&mut ws, row, 0, &x.month, &f.text)?;
        text(&mut ws, row, 1, &x.currency, &f.text)?;
        ws.write_number_with_format(row, 2, x.rate.parse::<f64>().unwrap_or(0.0), &f.rate)?;
        text(&mut ws, row, 3, &x.source, &f.text)?;
    }
    widths(&mut ws, &W)?;
    Ok(ws)
}
