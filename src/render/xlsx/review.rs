//! `review_as_xlsx`: the review workbook — summary, differences from the recomputation, the
//! sampling plan and the sample, the checklist the reviewer fills in (drop-down lists in the
//! workbook's language for result, error type and parking; yellow input cells), the
//! claim-level checks, the evaluation, the parked items, the previous-claim diff, the
//! verification report, the letter to the beneficiary, and the hidden `_grantbook` sheet that
//! records the plan and the layout for reading the workbook back. Words from the catalogue.

use super::*;
use crate::i18n::tr;
use crate::render::header::Header;
use crate::render::provenance::Provenance;
use crate::render::words::review::{code_text, letter, verification_paragraphs};
use crate::report::review::typology::{
    error_type_text, outcome_text, parking_text, texts, ERROR_TYPES, OUTCOMES, PARKINGS,
};
use crate::report::review::ReviewReport;
use rust_xlsxwriter::{DataValidation, DataValidationRule, DocProperties, Workbook};

/// The checklist's header row (0-based) and its columns.
pub const CHECKLIST_HEAD: u32 = 3;
pub const COL_ENTRY: u16 = 1;
pub const COL_BV: u16 = 7;
pub const COL_RESULT: u16 = 12;
pub const COL_TYPE: u16 = 13;
pub const COL_DEDUCTED: u16 = 14;
pub const COL_PARKING: u16 = 15;
pub const COL_NOTE: u16 = 16;
/// The parked-items sheet: header row; columns period, entry, BV, deducted, type, parking,
/// note, status (the input).
pub const PARKED_HEAD: u32 = 3;
pub const PARKED_STATUS: u16 = 7;

struct Ctx<'a> {
    r: &'a ReviewReport,
    h: Header,
    lang: Lang,
    f: Fmts,
    fill: Format,
    fill_money: Format,
}

impl Ctx<'_> {
    /// The catalogue text of `review-<key>`.
    fn l(&self, key: &str) -> String {
        tr(self.lang, &format!("review-{key}"))
    }
    fn sheet(&self, key: &str) -> XResult<Worksheet> {
        let mut ws = Worksheet::new();
        let title = self.l(key);
        ws.set_name(&title)?;
        let page = crate::render::labels::page_of(self.lang, "&P", "&N");
        print_setup(&mut ws, &self.h.agreement, &page, None)?;
        text(
            &mut ws,
            0,
            0,
            &format!("{} — {}", title, self.h.period),
            &self.f.title,
        )?;
        text(
            &mut ws,
            1,
            0,
            &format!("{} · {}", self.h.agreement, self.r.claim.file),
            &self.f.subtitle,
        )?;
        Ok(ws)
    }
    fn headers(&self, ws: &mut Worksheet, row: u32, keys: &[&str]) -> XResult {
        for (c, k) in keys.iter().enumerate() {
            text(ws, row, c as u16, &self.l(k), &self.f.head)?;
        }
        Ok(())
    }
    fn fact(&self, ws: &mut Worksheet, row: &mut u32, key: &str, v: &str) -> XResult {
        text(ws, *row, 0, &self.l(key), &self.f.bold)?;
        text(ws, *row, 1, v, &self.f.wrap)?;
        *row += 1;
        Ok(())
    }
    fn fact_money(&self, ws: &mut Worksheet, row: &mut u32, key: &str, v: &Money) -> XResult {
        text(ws, *row, 0, &self.l(key), &self.f.bold)?;
        money(ws, *row, 1, v, &self.f.money)?;
        *row += 1;
        Ok(())
    }
    fn num(&self, x: &rust_decimal::Decimal) -> String {
        crate::i18n::fmt::number(self.lang, &x.normalize().to_string())
    }
}

pub fn review_as_xlsx(r: &ReviewReport) -> XResult<Vec<u8>> {
    let lang = r.lang;
    let fill = Format::new()
        .set_background_color(0xFFF2CC)
        .set_border(FormatBorder::Thin);
    let cx = Ctx {
        r,
        h: Header::review(r),
        lang,
        f: Fmts::new(lang),
        fill_money: fill.clone().set_num_format(MONEY),
        fill,
    };
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(cx.h.document_title())
            .set_author("grantbook")
            .set_creation_datetime(&ExcelDateTime::from_ymd(2000, 1, 1)?),
    );
    wb.push_worksheet(summary(&cx)?);
    wb.push_worksheet(differences(&cx)?);
    wb.push_worksheet(sample(&cx)?);
    wb.push_worksheet(checklist(&cx)?);
    wb.push_worksheet(claim_checks(&cx)?);
    if r.projection.is_some() {
        wb.push_worksheet(projection(&cx)?);
    }
    wb.push_worksheet(parked(&cx)?);
    if r.previous.is_some() {
        wb.push_worksheet(previous(&cx)?);
    }
    wb.push_worksheet(report_sheet(&cx)?);
    wb.push_worksheet(letter_sheet(&cx)?);
    wb.push_worksheet(meta_sheet(&Meta {
        kind: "review",
        pairs: meta_pairs(&cx),
        inputs: &r.inputs,
    })?);
    wb.save_to_buffer()
}

fn meta_pairs(cx: &Ctx) -> Vec<(&'static str, String)> {
    let r = cx.r;
    let s = &r.sample;
    let col = |c: u16| rust_xlsxwriter::utility::column_number_to_name(c);
    vec![
        ("claim_period", r.claim.period.clone()),
        ("claim_file", r.claim.file.clone()),
        ("claim_sha256", r.claim.sha256.clone()),
        ("method", s.method.code().to_string()),
        ("seed", s.seed.to_string()),
        ("confidence_pct", s.confidence_pct.to_string()),
        ("expected_error_pct", s.expected_error_pct.to_string()),
        (
            "sigma_r_exact",
            s.sigma_r.map(|x| x.to_string()).unwrap_or_default(),
        ),
        ("sigma_source", s.sigma_source.clone().unwrap_or_default()),
        ("population_sha256", s.population_sha256.clone()),
        ("sample_size", s.selected.len().to_string()),
        ("lang", cx.lang.code().to_string()),
        ("sheet.checklist", cx.l("sheet-checklist")),
        ("checklist.header_row", (CHECKLIST_HEAD + 1).to_string()),
        ("checklist.entry_col", col(COL_ENTRY)),
        ("checklist.bv_col", col(COL_BV)),
        ("checklist.result_col", col(COL_RESULT)),
        ("checklist.type_col", col(COL_TYPE)),
        ("checklist.deducted_col", col(COL_DEDUCTED)),
        ("checklist.parking_col", col(COL_PARKING)),
        ("checklist.note_col", col(COL_NOTE)),
        ("sheet.parked", cx.l("sheet-parked")),
        ("parked.header_row", (PARKED_HEAD + 1).to_string()),
        ("tool", r.tool.name.to_string()),
        ("tool_version", r.tool.version.to_string()),
    ]
}

fn summary(cx: &Ctx) -> XResult<Worksheet> {
    let r = cx.r;
    let mut ws = cx.sheet("sheet-summary")?;
    let mut row = 3;
    cx.fact(&mut ws, &mut row, "claim-reviewed", &r.claim.file)?;
    cx.fact(&mut ws, &mut row, "period", &r.claim.period)?;
    cx.fact(&mut ws, &mut row, "claim-number", &r.claim.claim_number)?;
    cx.fact(&mut ws, &mut row, "agreement", &r.claim.agreement)?;
    let hashes = cx.l(if r.conclusion.hashes_match {
        "hashes-match"
    } else {
        "hashes-differ"
    });
    cx.fact(&mut ws, &mut row, "hashes", &hashes)?;
    cx.fact(
        &mut ws,
        &mut row,
        "differences-count",
        &r.conclusion.differences.to_string(),
    )?;
    let s = &r.sample;
    cx.fact(&mut ws, &mut row, "method", &s.method_name)?;
    cx.fact(&mut ws, &mut row, "seed", &s.seed.to_string())?;
    cx.fact(
        &mut ws,
        &mut row,
        "sample-size",
        &s.selected.len().to_string(),
    )?;
    if let Some(p) = &r.projection {
        let pct = |m: &Money, x: &rust_decimal::Decimal| {
            format!("{} ({} %)", crate::i18n::fmt::money(cx.lang, m), cx.num(x))
        };
        cx.fact(
            &mut ws,
            &mut row,
            "projected",
            &pct(&p.projected, &p.projected_pct),
        )?;
        cx.fact(
            &mut ws,
            &mut row,
            "upper-limit",
            &pct(&p.upper_limit, &p.upper_limit_pct),
        )?;
    }
    cx.fact(&mut ws, &mut row, "conclusion", &r.conclusion.text)?;
    cx.fact(
        &mut ws,
        &mut row,
        "exit-code",
        &r.conclusion.exit_code.to_string(),
    )?;
    row += 1;
    provenance_table(&mut ws, row, &Provenance::review(r), cx.lang, &cx.f)?;
    widths(&mut ws, &[46.0, 60.0, 66.0])?;
    Ok(ws)
}

fn differences(cx: &Ctx) -> XResult<Worksheet> {
    let r = cx.r;
    let f = &cx.f;
    let mut ws = cx.sheet("sheet-differences")?;
    let mut row = 3;
    if !r.hash_mismatches.is_empty() {
        text(&mut ws, row, 0, &cx.l("hashes-differ"), &f.bold)?;
        row += 1;
        cx.headers(&mut ws, row, &["role", "in-claim", "in-run"])?;
        for h in &r.hash_mismatches {
            row += 1;
            text(&mut ws, row, 0, &h.role, &f.text)?;
            let both = |file: &str, sha: &str| format!("{file} {sha}");
            text(
                &mut ws,
                row,
                1,
                &both(&h.claim_file, &h.claim_sha256),
                &f.text,
            )?;
            text(&mut ws, row, 2, &both(&h.run_file, &h.run_sha256), &f.text)?;
        }
        row += 2;
    }
    cx.headers(
        &mut ws,
        row,
        &["area", "row-key", "what", "cell", "submitted", "recomputed"],
    )?;
    let head = row;
    for d in &r.differences {
        row += 1;
        let area = code_text(cx.lang, "review-area-", d.area);
        for (c, v) in [&area, &d.key, &d.what, &d.at, &d.submitted, &d.recomputed]
            .iter()
            .enumerate()
        {
            text(&mut ws, row, c as u16, v, &f.text)?;
        }
    }
    if r.differences.is_empty() {
        text(&mut ws, row + 1, 0, &cx.l("no-differences"), &f.subtitle)?;
    } else {
        ws.autofilter(head, 0, row, 5)?;
    }
    widths(&mut ws, &[12.0, 16.0, 22.0, 28.0, 16.0, 16.0])?;
    Ok(ws)
}

fn sample(cx: &Ctx) -> XResult<Worksheet> {
    let s = &cx.r.sample;
    let mut ws = cx.sheet("sheet-sample")?;
    let mut row = 3;
    sample_plan(cx, &mut ws, &mut row)?;
    if !s.groups.is_empty() {
        sample_groups(cx, &mut ws, &mut row)?;
    }
    sample_items(cx, &mut ws, row + 2)?;
    widths(&mut ws, &[46.0, 60.0, 16.0, 14.0, 18.0, 16.0, 30.0])?;
    Ok(ws)
}

/// The sampling plan as facts from `row` (moved on): method, formula, generator, seed, the
/// factors, tolerable and expected error, the population with its hash, the sample size, the
/// interval or coverage, and whether every item is taken.
fn sample_plan(cx: &Ctx, ws: &mut Worksheet, row: &mut u32) -> XResult {
    let s = &cx.r.sample;
    let f = &cx.f;
    cx.fact(ws, row, "method", &s.method_name)?;
    cx.fact(ws, row, "formula", &s.formula)?;
    cx.fact(ws, row, "generator-label", &s.generator)?;
    cx.fact(ws, row, "seed", &s.seed.to_string())?;
    cx.fact(ws, row, "confidence", &cx.num(&s.confidence_pct))?;
    cx.fact(
        ws,
        row,
        "reliability-factor",
        &cx.num(&s.reliability_factor),
    )?;
    if let Some(ef) = &s.expansion_factor {
        cx.fact(ws, row, "expansion-factor", &cx.num(ef))?;
    }
    if let Some(z) = &s.z {
        cx.fact(ws, row, "z", &cx.num(z))?;
    }
    if let Some(x) = &s.sigma_r {
        cx.fact(ws, row, "sigma", &cx.num(&x.round_dp(6)))?;
        cx.fact(
            ws,
            row,
            "sigma-source",
            s.sigma_source.as_deref().unwrap_or(""),
        )?;
    }
    cx.fact(
        ws,
        row,
        "tolerable-error-pct",
        &cx.num(&s.tolerable_error_pct),
    )?;
    cx.fact_money(ws, row, "tolerable-error", &s.tolerable_error)?;
    cx.fact(
        ws,
        row,
        "expected-error-pct",
        &cx.num(&s.expected_error_pct),
    )?;
    cx.fact_money(ws, row, "expected-error", &s.expected_error)?;
    cx.fact(ws, row, "population-items", &s.population_items.to_string())?;
    cx.fact_money(ws, row, "population-value", &s.population_value)?;
    cx.fact(ws, row, "population-hash", &s.population_sha256)?;
    cx.fact(ws, row, "sample-size", &s.selected.len().to_string())?;
    if let Some(c) = &s.coverage {
        cx.fact(ws, row, "coverage", c)?;
    } else {
        cx.fact_money(ws, row, "interval", &s.interval)?;
        cx.fact(
            ws,
            row,
            "high-value-items",
            &format!(
                "{} ({})",
                s.high_value_items,
                crate::i18n::fmt::money(cx.lang, &s.high_value_value)
            ),
        )?;
    }
    if s.all_items {
        text(ws, *row, 0, &cx.l("all-items"), &f.bold)?;
        *row += 1;
    }
    Ok(())
}

/// The strata's allocation from `row` (moved on): a title, a header and one row per group.
fn sample_groups(cx: &Ctx, ws: &mut Worksheet, row: &mut u32) -> XResult {
    let s = &cx.r.sample;
    let f = &cx.f;
    *row += 1;
    text(ws, *row, 0, &cx.l("groups"), &f.bold)?;
    *row += 1;
    cx.headers(
        ws,
        *row,
        &[
            "group",
            "items-count",
            "value",
            "allocated",
            "selected",
            "interval",
            "random-start",
        ],
    )?;
    for g in &s.groups {
        *row += 1;
        text(ws, *row, 0, &g.label, &f.text)?;
        int(ws, *row, 1, g.items as u32, &f.int)?;
        money(ws, *row, 2, &g.value, &f.money)?;
        int(ws, *row, 3, g.allocated, &f.int)?;
        int(ws, *row, 4, g.selected as u32, &f.int)?;
        money(ws, *row, 5, &g.interval, &f.money)?;
        money(ws, *row, 6, &g.random_start, &f.money)?;
    }
    Ok(())
}

/// The selected items from the header row `row`: number, entry, book value, stratum, group,
/// the sampling point and the risks; the header repeats on every printed page.
fn sample_items(cx: &Ctx, ws: &mut Worksheet, mut row: u32) -> XResult {
    let s = &cx.r.sample;
    let f = &cx.f;
    cx.headers(
        ws,
        row,
        &[
            "row-no",
            "entry-id",
            "book-value",
            "stratum",
            "group",
            "point",
            "risks",
        ],
    )?;
    // The selected items run over pages: their header row is printed on each.
    ws.set_repeat_rows(row, row)?;
    for (i, x) in s.selected.iter().enumerate() {
        row += 1;
        int(ws, row, 0, i as u32 + 1, &f.int)?;
        text(ws, row, 1, &x.entry_id, &f.text)?;
        money(ws, row, 2, &x.book_value, &f.money)?;
        text(
            ws,
            row,
            3,
            &cx.l(&format!("stratum-{}", x.stratum.code())),
            &f.text,
        )?;
        let group = s
            .groups
            .iter()
            .find(|g| g.key == x.group)
            .map(|g| g.label.clone())
            .unwrap_or_default();
        text(ws, row, 4, &group, &f.text)?;
        if let Some(p) = &x.point {
            money(ws, row, 5, p, &f.money)?;
        }
        text(ws, row, 6, &risks(cx.lang, &x.risks), &f.text)?;
    }
    Ok(())
}

fn risks(lang: Lang, r: &[crate::report::review::risk::Risk]) -> String {
    r.iter()
        .map(|x| x.text(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A drop-down list of the workbook's words on a column of the checklist.
/// `title`: the column's label key, shown when a value outside the list is typed.
fn list(
    ws: &mut Worksheet,
    rows: (u32, u32),
    col: u16,
    words: &[String],
    title: &str,
    cx: &Ctx,
) -> XResult {
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let dv = DataValidation::new()
        .allow_list_strings(&refs)?
        .set_error_title(cx.l(title))?
        .set_error_message(words.join(" | "))?;
    ws.add_data_validation(rows.0, col, rows.1, col, &dv)?;
    Ok(())
}

fn checklist(cx: &Ctx) -> XResult<Worksheet> {
    let f = &cx.f;
    let mut ws = cx.sheet("sheet-checklist")?;
    text(&mut ws, 2, 0, &cx.l("checklist-help"), &f.subtitle)?;
    let head = CHECKLIST_HEAD;
    cx.headers(
        &mut ws,
        head,
        &[
            "row-no",
            "entry-id",
            "doc-no",
            "doc-date",
            "line",
            "heading",
            "case-id",
            "book-value",
            "stratum",
            "risks",
            "documents-to-see",
            "cell",
            "check-result",
            "error-type",
            "deducted",
            "parking",
            "note",
        ],
    )?;
    ws.set_freeze_panes(head + 1, 2)?;
    ws.set_repeat_rows(head, head)?;
    let rows = &cx.r.checklist;
    for (i, x) in rows.iter().enumerate() {
        checklist_row(cx, &mut ws, head + 1 + i as u32, x)?;
    }
    if !rows.is_empty() {
        checklist_lists(cx, &mut ws, (head + 1, head + rows.len() as u32))?;
    }
    widths(
        &mut ws,
        &[
            // 244 characters in all: printed one page wide at 60 % or more (the wrapped risks
            // and documents take more lines instead).
            5.0, 11.0, 14.0, 11.0, 8.0, 8.0, 15.0, 14.0, 12.0, 16.0, 30.0, 14.0, 12.0, 20.0, 14.0,
            18.0, 22.0,
        ],
    )?;
    Ok(ws)
}

/// One item of the checklist at `row`: what to check (entry, document, line, heading, case,
/// book value, stratum, risks, documents to see, cell), then the reviewer's input cells
/// (result, error type, deducted, parking, note), yellow, filled where a checklist read back
/// holds them.
fn checklist_row(
    cx: &Ctx,
    ws: &mut Worksheet,
    row: u32,
    x: &crate::report::review::ChecklistRow,
) -> XResult {
    let f = &cx.f;
    let lang = cx.lang;
    int(ws, row, 0, x.no as u32, &f.int)?;
    text(ws, row, COL_ENTRY, &x.entry_id, &f.text)?;
    text(ws, row, 2, &x.doc_no, &f.text)?;
    text(
        ws,
        row,
        3,
        &crate::i18n::fmt::date_str(lang, &x.doc_date),
        &f.text,
    )?;
    text(ws, row, 4, &x.line, &f.text)?;
    text(ws, row, 5, &x.heading, &f.text)?;
    text(ws, row, 6, &x.case_id, &f.text)?;
    money(ws, row, COL_BV, &x.book_value, &f.money)?;
    text(
        ws,
        row,
        8,
        &cx.l(&format!("stratum-{}", x.stratum.code())),
        &f.text,
    )?;
    text(ws, row, 9, &risks(lang, &x.risks), &f.wrap)?;
    text(ws, row, 10, &x.documents, &f.wrap)?;
    text(ws, row, 11, &x.at, &f.text)?;
    let put = |ws: &mut Worksheet, c: u16, v: Option<String>| -> XResult {
        match v {
            Some(v) => text(ws, row, c, &v, &cx.fill),
            None => {
                ws.write_blank(row, c, &cx.fill)?;
                Ok(())
            }
        }
    };
    put(ws, COL_RESULT, x.result.map(|v| outcome_text(lang, v)))?;
    put(ws, COL_TYPE, x.error_type.map(|v| error_type_text(lang, v)))?;
    match &x.deducted {
        Some(d) if x.result.is_some() => money(ws, row, COL_DEDUCTED, d, &cx.fill_money)?,
        _ => {
            ws.write_blank(row, COL_DEDUCTED, &cx.fill_money)?;
        }
    }
    put(ws, COL_PARKING, x.parking.map(|v| parking_text(lang, v)))?;
    put(ws, COL_NOTE, (!x.note.is_empty()).then(|| x.note.clone()))?;
    Ok(())
}

/// The drop-down lists and the amount's validation on the input columns of the checklist's
/// rows `span`, in the workbook's words.
fn checklist_lists(cx: &Ctx, ws: &mut Worksheet, span: (u32, u32)) -> XResult {
    let lang = cx.lang;
    list(
        ws,
        span,
        COL_RESULT,
        &texts(lang, OUTCOMES, "review-result-"),
        "check-result",
        cx,
    )?;
    list(
        ws,
        span,
        COL_TYPE,
        &texts(lang, ERROR_TYPES, "review-error-type-"),
        "error-type",
        cx,
    )?;
    list(
        ws,
        span,
        COL_PARKING,
        &texts(lang, PARKINGS, "review-parking-"),
        "parking",
        cx,
    )?;
    let amount = DataValidation::new()
        .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
        .set_error_message(cx.l("checklist-values-hint"))?;
    ws.add_data_validation(span.0, COL_DEDUCTED, span.1, COL_DEDUCTED, &amount)?;
    Ok(())
}

fn claim_checks(cx: &Ctx) -> XResult<Worksheet> {
    let f = &cx.f;
    let mut ws = cx.sheet("sheet-claim-checks")?;
    let head = 3;
    cx.headers(&mut ws, head, &["check", "verified", "result"])?;
    for (i, c) in cx.r.claim_checks.iter().enumerate() {
        let row = head + 1 + i as u32;
        text(&mut ws, row, 0, &c.title, &f.text)?;
        text(&mut ws, row, 1, &c.verified, &f.wrap)?;
        text(
            &mut ws,
            row,
            2,
            &cx.l(&format!("res-{}", c.result)),
            &f.text,
        )?;
    }
    widths(&mut ws, &[24.0, 90.0, 14.0])?;
    Ok(ws)
}

fn projection(cx: &Ctx) -> XResult<Worksheet> {
    let f = &cx.f;
    let mut ws = cx.sheet("sheet-projection")?;
    let Some(p) = &cx.r.projection else {
        return Ok(ws);
    };
    let mut row = 3;
    if !p.complete {
        text(&mut ws, row, 0, &cx.r.conclusion.text, &f.bold)?;
        row += 1;
        text(&mut ws, row, 0, &cx.l("provisional"), &f.subtitle)?;
        row += 1;
    }
    cx.fact(&mut ws, &mut row, "formula", &p.formula)?;
    cx.fact(
        &mut ws,
        &mut row,
        "items-sampled",
        &p.items_sampled.to_string(),
    )?;
    cx.fact(
        &mut ws,
        &mut row,
        "items-checked",
        &p.items_checked.to_string(),
    )?;
    cx.fact(
        &mut ws,
        &mut row,
        "items-with-error",
        &p.items_with_error.to_string(),
    )?;
    cx.fact_money(&mut ws, &mut row, "high-value-errors", &p.high_value_errors)?;
    row = projection_groups(cx, &mut ws, row, p)?;
    projection_limits(cx, &mut ws, &mut row, p)?;
    cx.fact_money(&mut ws, &mut row, "basic-precision", &p.basic_precision)?;
    cx.fact_money(
        &mut ws,
        &mut row,
        "incremental-allowance",
        &p.incremental_allowance,
    )?;
    cx.fact_money(&mut ws, &mut row, "precision", &p.precision)?;
    cx.fact_money(&mut ws, &mut row, "materiality", &p.materiality)?;
    cx.fact(
        &mut ws,
        &mut row,
        "total-error-rate",
        &cx.num(&p.total_error_rate),
    )?;
    cx.fact_money(&mut ws, &mut row, "corrections", &p.corrections)?;
    cx.fact(
        &mut ws,
        &mut row,
        "residual-error-rate",
        &cx.num(&p.residual_error_rate),
    )?;
    deductions_table(cx, &mut ws, row + 1, p)?;
    widths(
        &mut ws,
        &[
            46.0, 16.0, 20.0, 14.0, 14.0, 10.0, 14.0, 14.0, 14.0, 14.0, 22.0, 22.0,
        ],
    )?;
    Ok(ws)
}

/// The projected error and its upper limit from `row` (moved on), each in EUR and as a % of
/// the population with the verdict against materiality (provisional while items are open).
fn projection_limits(
    cx: &Ctx,
    ws: &mut Worksheet,
    row: &mut u32,
    p: &crate::report::review::projection::Projection,
) -> XResult {
    let f = &cx.f;
    let verdict = |above: bool| {
        cx.l(if above {
            "above-materiality"
        } else {
            "within-materiality"
        })
    };
    for (k, v, pct, above) in [
        (
            "projected",
            &p.projected,
            &p.projected_pct,
            p.projected_above,
        ),
        (
            "upper-limit",
            &p.upper_limit,
            &p.upper_limit_pct,
            p.upper_limit_above,
        ),
    ] {
        text(ws, *row, 0, &cx.l(k), &f.bold)?;
        money(ws, *row, 1, v, &f.money)?;
        let word = if p.complete {
            verdict(above)
        } else {
            cx.l("provisional")
        };
        text(ws, *row, 2, &format!("{} % — {word}", cx.num(pct)), &f.text)?;
        *row += 1;
    }
    Ok(())
}

/// The evaluation of each sampled group (stratum), below the facts; returns the next row.
fn projection_groups(
    cx: &Ctx,
    ws: &mut Worksheet,
    mut row: u32,
    p: &crate::report::review::projection::Projection,
) -> XResult<u32> {
    let f = &cx.f;
    let ws = &mut *ws;
    if !p.groups.is_empty() {
        cx.headers(
            ws,
            row,
            &[
                "group",
                "value",
                "items-checked",
                "interval",
                "taintings",
                "projected",
                "basic-precision",
                "incremental-allowance",
            ],
        )?;
        for g in &p.groups {
            row += 1;
            text(ws, row, 0, &g.label, &f.text)?;
            money(ws, row, 1, &g.value, &f.money)?;
            int(ws, row, 2, g.checked as u32, &f.int)?;
            money(ws, row, 3, &g.interval, &f.money)?;
            text(ws, row, 4, &cx.num(&g.taintings), &f.text)?;
            money(ws, row, 5, &g.projected, &f.money)?;
            money(ws, row, 6, &g.basic_precision, &f.money)?;
            money(ws, row, 7, &g.incremental_allowance, &f.money)?;
        }
        row += 2;
    }
    Ok(row)
}

/// The deductions and their knock-on effect on indirect costs and the sources, from `row`.
fn deductions_table(
    cx: &Ctx,
    ws: &mut Worksheet,
    mut row: u32,
    p: &crate::report::review::projection::Projection,
) -> XResult {
    let f = &cx.f;
    text(ws, row, 0, &cx.l("knock-on"), &f.bold)?;
    row += 1;
    let mut keys: Vec<String> = [
        "entry-id",
        "line",
        "heading",
        "book-value",
        "deducted",
        "error-rate",
        "indirect-effect",
        "total",
    ]
    .iter()
    .map(|k| cx.l(k))
    .collect();
    keys.extend(
        p.knock_on_by_source
            .iter()
            .map(|(c, _)| cx.r.source_name(c)),
    );
    keys.push(cx.l("error-type"));
    keys.push(cx.l("cell"));
    for (c, k) in keys.iter().enumerate() {
        text(ws, row, c as u16, k, &f.head)?;
    }
    for d in &p.deductions {
        row += 1;
        text(ws, row, 0, &d.entry_id, &f.text)?;
        text(ws, row, 1, &d.line, &f.text)?;
        text(ws, row, 2, &d.heading, &f.text)?;
        money(ws, row, 3, &d.book_value, &f.money)?;
        money(ws, row, 4, &d.deducted, &f.money)?;
        text(ws, row, 5, &cx.num(&d.error_rate), &f.text)?;
        money(ws, row, 6, &d.indirect, &f.money)?;
        money(ws, row, 7, &d.total, &f.money)?;
        let mut c = 8;
        for (_, v) in &d.by_source {
            let m: Money = v.parse().unwrap_or_default();
            money(ws, row, c, &m, &f.money)?;
            c += 1;
        }
        let t = d
            .error_type
            .map(|t| error_type_text(cx.lang, t))
            .unwrap_or_default();
        text(ws, row, c, &t, &f.text)?;
        text(ws, row, c + 1, &d.at, &f.text)?;
    }
    row += 1;
    text(ws, row, 0, &cx.l("total"), &f.bold)?;
    money(ws, row, 4, &p.deducted_total, &f.money_total)?;
    money(ws, row, 6, &p.indirect_total, &f.money_total)?;
    money(ws, row, 7, &p.knock_on_total, &f.money_total)?;
    for (i, (_, v)) in p.knock_on_by_source.iter().enumerate() {
        let m: Money = v.parse().unwrap_or_default();
        money(ws, row, 8 + i as u16, &m, &f.money_total)?;
    }
    Ok(())
}

fn parked(cx: &Ctx) -> XResult<Worksheet> {
    let f = &cx.f;
    let lang = cx.lang;
    let mut ws = cx.sheet("sheet-parked")?;
    text(&mut ws, 2, 0, &cx.l("parked-help"), &f.subtitle)?;
    cx.headers(
        &mut ws,
        PARKED_HEAD,
        &[
            "parked-period",
            "entry-id",
            "book-value",
            "deducted",
            "error-type",
            "parking",
            "note",
            "status",
        ],
    )?;
    let rows = &cx.r.parked;
    for (i, p) in rows.iter().enumerate() {
        let row = PARKED_HEAD + 1 + i as u32;
        text(&mut ws, row, 0, &p.period, &f.text)?;
        text(&mut ws, row, 1, &p.entry_id, &f.text)?;
        money(&mut ws, row, 2, &p.book_value, &f.money)?;
        money(&mut ws, row, 3, &p.deducted, &f.money)?;
        let t = p
            .error_type
            .map(|t| error_type_text(lang, t))
            .unwrap_or_default();
        text(&mut ws, row, 4, &t, &f.text)?;
        text(&mut ws, row, 5, &parking_text(lang, p.parking), &f.text)?;
        text(&mut ws, row, 6, &p.note, &f.wrap)?;
        let status = cx.l(if p.cleared {
            "status-cleared"
        } else {
            "status-open"
        });
        text(&mut ws, row, PARKED_STATUS, &status, &cx.fill)?;
    }
    if rows.is_empty() {
        text(&mut ws, PARKED_HEAD + 1, 0, &cx.l("no-parked"), &f.subtitle)?;
    } else {
        let words = vec![cx.l("status-open"), cx.l("status-cleared")];
        let span = (PARKED_HEAD + 1, PARKED_HEAD + rows.len() as u32);
        list(&mut ws, span, PARKED_STATUS, &words, "status", cx)?;
    }
    widths(&mut ws, &[16.0, 14.0, 14.0, 14.0, 22.0, 26.0, 40.0, 14.0])?;
    Ok(ws)
}

fn previous(cx: &Ctx) -> XResult<Worksheet> {
    let f = &cx.f;
    let mut ws = cx.sheet("sheet-previous")?;
    let Some(p) = &cx.r.previous else {
        return Ok(ws);
    };
    let mut row = 3;
    cx.fact(
        &mut ws,
        &mut row,
        "previous-file",
        &format!("{} ({})", p.file, p.period),
    )?;
    cx.fact(
        &mut ws,
        &mut row,
        "carry-forward-breaks",
        &p.carry_forward_breaks.to_string(),
    )?;
    row += 1;
    cx.headers(
        &mut ws,
        row,
        &["change", "row-key", "cell", "previous-value", "this-value"],
    )?;
    for c in &p.changes {
        row += 1;
        let what = code_text(cx.lang, "review-change-", c.what);
        for (i, v) in [&what, &c.key, &c.at, &c.previous, &c.this]
            .iter()
            .enumerate()
        {
            text(&mut ws, row, i as u16, v, &f.text)?;
        }
    }
    if p.changes.is_empty() {
        text(&mut ws, row + 1, 0, &cx.l("no-changes"), &f.subtitle)?;
    }
    widths(&mut ws, &[40.0, 16.0, 24.0, 40.0, 20.0])?;
    Ok(ws)
}

/// The one column of the report and letter sheets, in characters.
const PARAGRAPH_WIDTH: f64 = 100.0;

/// A wrapped paragraph in column A with its row as high as its lines (LibreOffice prints a
/// wrapped cell at the row's height: without it a long paragraph runs off the page).
fn paragraph(ws: &mut Worksheet, row: u32, p: &str, f: &Format) -> XResult {
    text(ws, row, 0, p, f)?;
    ws.set_row_height(row, 15.0 * f64::from(wrapped_lines(p, PARAGRAPH_WIDTH)))?;
    Ok(())
}

fn report_sheet(cx: &Ctx) -> XResult<Worksheet> {
    let f = &cx.f;
    let mut ws = cx.sheet("sheet-report")?;
    for (row, p) in (3..).zip(verification_paragraphs(cx.r)) {
        paragraph(&mut ws, row, &p, &f.wrap)?;
    }
    widths(&mut ws, &[PARAGRAPH_WIDTH])?;
    Ok(ws)
}

fn letter_sheet(cx: &Ctx) -> XResult<Worksheet> {
    let f = &cx.f;
    let l = letter(cx.r);
    let mut ws = cx.sheet("sheet-letter")?;
    let mut row = 3;
    text(&mut ws, row, 0, &l.subject, &f.bold)?;
    row += 2;
    if let Some(p) = &l.pending {
        text(&mut ws, row, 0, p, &f.bold)?;
        row += 1;
    }
    paragraph(&mut ws, row, &l.opening, &f.wrap)?;
    row += 2;
    paragraph(&mut ws, row, &l.deductions_intro, &f.wrap)?;
    for d in &l.deductions {
        row += 1;
        text(&mut ws, row, 0, &d.join(" · "), &f.text)?;
    }
    row += 2;
    paragraph(&mut ws, row, &l.parked_intro, &f.wrap)?;
    for d in &l.parked {
        row += 1;
        text(&mut ws, row, 0, &d.join(" · "), &f.text)?;
    }
    row += 2;
    paragraph(&mut ws, row, &l.closing, &f.wrap)?;
    widths(&mut ws, &[PARAGRAPH_WIDTH])?;
    Ok(ws)
}
