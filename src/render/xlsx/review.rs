//! `review_as_xlsx`: the review workbook — summary, differences from the recomputation, the
//! sample with its parameters, the checklist the reviewer fills in (result and amount deducted
//! per sampled cost), the claim-level checks, the error projection and the previous-claim diff,
//! and the hidden `_grantbook` sheet that records the checklist's layout for reading it back.

use super::*;
use crate::render::labels::label;
use crate::report::review::ReviewReport;
use rust_xlsxwriter::{DocProperties, Workbook};

/// The checklist's header row (0-based) and the columns read back.
pub const CHECKLIST_HEAD: u32 = 3;
pub const COL_ENTRY: u16 = 1;
pub const COL_RESULT: u16 = 11;
pub const COL_DEDUCTED: u16 = 12;

struct Ctx<'a> {
    r: &'a ReviewReport,
    lang: Lang,
    f: Fmts,
}

impl Ctx<'_> {
    fn l(&self, key: &str) -> &'static str {
        label(self.lang, key)
    }
    fn sheet(&self, key: &str, title: &str) -> XResult<Worksheet> {
        let mut ws = Worksheet::new();
        ws.set_name(self.l(key))?;
        print_setup(&mut ws, &self.r.claim.agreement, "", None)?;
        text(
            &mut ws,
            0,
            0,
            &format!("{} — {}", title, self.r.claim.period),
            &self.f.title,
        )?;
        text(
            &mut ws,
            1,
            0,
            &format!("{} · {}", self.r.claim.agreement, self.r.claim.file),
            &self.f.subtitle,
        )?;
        Ok(ws)
    }
    fn headers(&self, ws: &mut Worksheet, row: u32, keys: &[&str]) -> XResult {
        for (c, k) in keys.iter().enumerate() {
            text(ws, row, c as u16, self.l(k), &self.f.head)?;
        }
        Ok(())
    }
    fn fact(&self, ws: &mut Worksheet, row: &mut u32, key: &str, v: &str) -> XResult {
        text(ws, *row, 0, self.l(key), &self.f.bold)?;
        text(ws, *row, 1, v, &self.f.text)?;
        *row += 1;
        Ok(())
    }
    fn fact_money(&self, ws: &mut Worksheet, row: &mut u32, key: &str, v: &Money) -> XResult {
        text(ws, *row, 0, self.l(key), &self.f.bold)?;
        money(ws, *row, 1, v, &self.f.money)?;
        *row += 1;
        Ok(())
    }
}

fn result_label(lang: Lang, r: &str) -> &'static str {
    label(lang, &format!("res_{r}"))
}

pub fn review_as_xlsx(r: &ReviewReport) -> XResult<Vec<u8>> {
    let lang = r.lang;
    let cx = Ctx {
        r,
        lang,
        f: Fmts::new(lang),
    };
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(format!(
                "{} {} {}",
                label(lang, "review_title"),
                r.claim.agreement,
                r.claim.period
            ))
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
    if r.previous.is_some() {
        wb.push_worksheet(previous(&cx)?);
    }
    let col = |c: u16| rust_xlsxwriter::utility::column_number_to_name(c);
    wb.push_worksheet(meta_sheet(&Meta {
        kind: "review",
        pairs: vec![
            ("claim_period", r.claim.period.clone()),
            ("claim_file", r.claim.file.clone()),
            ("claim_sha256", r.claim.sha256.clone()),
            ("seed", r.sample.seed.to_string()),
            ("confidence_pct", r.sample.confidence_pct.to_string()),
            ("lang", lang.code().to_string()),
            ("sheet.checklist", cx.l("sheet_checklist").to_string()),
            ("checklist.header_row", (CHECKLIST_HEAD + 1).to_string()),
            ("checklist.entry_col", col(COL_ENTRY)),
            ("checklist.result_col", col(COL_RESULT)),
            ("checklist.deducted_col", col(COL_DEDUCTED)),
            ("tool", r.tool.name.to_string()),
            ("tool_version", r.tool.version.to_string()),
        ],
        inputs: &r.inputs,
    })?);
    wb.save_to_buffer()
}

fn summary(cx: &Ctx) -> XResult<Worksheet> {
    let r = cx.r;
    let f = &cx.f;
    let mut ws = cx.sheet("sheet_summary", cx.l("review_title"))?;
    let mut row = 3;
    cx.fact(&mut ws, &mut row, "claim_reviewed", &r.claim.file)?;
    cx.fact(&mut ws, &mut row, "period", &r.claim.period)?;
    cx.fact(&mut ws, &mut row, "claim_number", &r.claim.claim_number)?;
    cx.fact(&mut ws, &mut row, "agreement", &r.claim.agreement)?;
    cx.fact(
        &mut ws,
        &mut row,
        "hashes",
        cx.l(if r.conclusion.hashes_match {
            "hashes_match"
        } else {
            "hashes_differ"
        }),
    )?;
    cx.fact(
        &mut ws,
        &mut row,
        "differences_count",
        &r.conclusion.differences.to_string(),
    )?;
    let s = &r.sample;
    cx.fact(&mut ws, &mut row, "seed", &s.seed.to_string())?;
    cx.fact(&mut ws, &mut row, "sample_size", &s.sample_size.to_string())?;
    cx.fact_money(&mut ws, &mut row, "interval", &s.interval)?;
    cx.fact(
        &mut ws,
        &mut row,
        "sheet_checklist",
        &format!("{} {}", r.checklist.len(), cx.l("items")),
    )?;
    match &r.projection {
        Some(p) => {
            cx.fact(
                &mut ws,
                &mut row,
                "projected",
                &format!(
                    "{} ({} %)",
                    crate::model::money::fmt2(&p.projected),
                    p.projected_pct
                ),
            )?;
            cx.fact(
                &mut ws,
                &mut row,
                "upper_limit",
                &format!(
                    "{} ({} %)",
                    crate::model::money::fmt2(&p.upper_limit),
                    p.upper_limit_pct
                ),
            )?;
        }
        None => {
            text(&mut ws, row, 0, cx.l("projection_pending"), &f.subtitle)?;
            row += 1;
        }
    }
    cx.fact(
        &mut ws,
        &mut row,
        "exit_code",
        &r.conclusion.exit_code.to_string(),
    )?;
    row += 1;
    text(&mut ws, row, 0, cx.l("inputs"), &f.bold)?;
    row += 1;
    cx.headers(&mut ws, row, &["role", "file"])?;
    text(&mut ws, row, 2, "SHA-256", &f.head)?;
    for d in &r.inputs {
        row += 1;
        text(&mut ws, row, 0, &d.role, &f.text)?;
        text(&mut ws, row, 1, &d.file, &f.text)?;
        text(&mut ws, row, 2, &d.sha256, &f.text)?;
    }
    row += 2;
    text(&mut ws, row, 0, cx.l("tool"), &f.bold)?;
    text(
        &mut ws,
        row,
        1,
        &format!("{} {}", r.tool.name, r.tool.version),
        &f.text,
    )?;
    widths(&mut ws, &[46.0, 40.0, 66.0])?;
    Ok(ws)
}

fn differences(cx: &Ctx) -> XResult<Worksheet> {
    let r = cx.r;
    let f = &cx.f;
    let mut ws = cx.sheet("sheet_differences", cx.l("differences_count"))?;
    let mut row = 3;
    if !r.hash_mismatches.is_empty() {
        text(&mut ws, row, 0, cx.l("hashes_differ"), &f.bold)?;
        row += 1;
        cx.headers(&mut ws, row, &["role", "in_claim", "in_run"])?;
        for h in &r.hash_mismatches {
            row += 1;
            text(&mut ws, row, 0, &h.role, &f.text)?;
            text(
                &mut ws,
                row,
                1,
                &format!("{} {}", h.claim_file, h.claim_sha256),
                &f.text,
            )?;
            text(
                &mut ws,
                row,
                2,
                &format!("{} {}", h.run_file, h.run_sha256),
                &f.text,
            )?;
        }
        row += 2;
    }
    cx.headers(
        &mut ws,
        row,
        &["area", "row_key", "what", "cell", "submitted", "recomputed"],
    )?;
    let head = row;
    for d in &r.differences {
        row += 1;
        for (c, v) in [d.area, &d.key, &d.what, &d.at, &d.submitted, &d.recomputed]
            .iter()
            .enumerate()
        {
            text(&mut ws, row, c as u16, v, &f.text)?;
        }
    }
    if r.differences.is_empty() {
        text(&mut ws, row + 1, 0, cx.l("no_differences"), &f.subtitle)?;
    } else {
        ws.autofilter(head, 0, row, 5)?;
    }
    widths(&mut ws, &[12.0, 16.0, 22.0, 28.0, 16.0, 16.0])?;
    Ok(ws)
}

fn sample(cx: &Ctx) -> XResult<Worksheet> {
    let s = &cx.r.sample;
    let f = &cx.f;
    let mut ws = cx.sheet("sheet_sample", cx.l("sheet_sample"))?;
    let mut row = 3;
    cx.fact(&mut ws, &mut row, "method", s.method)?;
    cx.fact(&mut ws, &mut row, "generator", s.generator)?;
    cx.fact(&mut ws, &mut row, "seed", &s.seed.to_string())?;
    cx.fact(
        &mut ws,
        &mut row,
        "confidence",
        &s.confidence_pct.to_string(),
    )?;
    cx.fact(
        &mut ws,
        &mut row,
        "reliability_factor",
        &s.reliability_factor.to_string(),
    )?;
    cx.fact(
        &mut ws,
        &mut row,
        "tolerable_error_pct",
        &s.tolerable_error_pct.to_string(),
    )?;
    cx.fact_money(&mut ws, &mut row, "tolerable_error", &s.tolerable_error)?;
    cx.fact(
        &mut ws,
        &mut row,
        "population_items",
        &s.population_items.to_string(),
    )?;
    cx.fact_money(&mut ws, &mut row, "population_value", &s.population_value)?;
    cx.fact(&mut ws, &mut row, "sample_size", &s.sample_size.to_string())?;
    cx.fact_money(&mut ws, &mut row, "interval", &s.interval)?;
    if s.all_items {
        text(&mut ws, row, 0, cx.l("all_items"), &f.bold)?;
        row += 1;
    } else {
        cx.fact_money(&mut ws, &mut row, "random_start", &s.random_start)?;
        cx.fact(
            &mut ws,
            &mut row,
            "high_value_items",
            &format!(
                "{} ({})",
                s.high_value_items,
                crate::model::money::fmt2(&s.high_value_value)
            ),
        )?;
        cx.fact(
            &mut ws,
            &mut row,
            "rest_items",
            &format!(
                "{} ({})",
                s.rest_items,
                crate::model::money::fmt2(&s.rest_value)
            ),
        )?;
        cx.fact(
            &mut ws,
            &mut row,
            "rest_selected",
            &s.rest_selected.to_string(),
        )?;
    }
    row += 1;
    cx.headers(
        &mut ws,
        row,
        &["no", "entry_id", "book_value", "stratum", "point"],
    )?;
    for (i, x) in s.selected.iter().enumerate() {
        row += 1;
        int(&mut ws, row, 0, i as u32 + 1, &f.int)?;
        text(&mut ws, row, 1, &x.entry_id, &f.text)?;
        money(&mut ws, row, 2, &x.book_value, &f.money)?;
        let st = serde_json::to_value(x.stratum)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        text(&mut ws, row, 3, cx.l(&format!("stratum_{st}")), &f.text)?;
        if let Some(p) = &x.point {
            money(&mut ws, row, 4, p, &f.money)?;
        }
    }
    widths(&mut ws, &[46.0, 16.0, 16.0, 14.0, 16.0])?;
    Ok(ws)
}

fn checklist(cx: &Ctx) -> XResult<Worksheet> {
    let f = &cx.f;
    let mut ws = cx.sheet("sheet_checklist", cx.l("sheet_checklist"))?;
    text(&mut ws, 2, 0, cx.l("checklist_help"), &f.subtitle)?;
    let head = CHECKLIST_HEAD;
    cx.headers(
        &mut ws,
        head,
        &[
            "no",
            "entry_id",
            "doc_no",
            "doc_date",
            "line",
            "heading",
            "case_id",
            "book_value",
            "stratum",
            "documents_to_see",
            "cell",
            "check_result",
            "deducted",
            "note",
        ],
    )?;
    ws.set_freeze_panes(head + 1, 2)?;
    let fill = Format::new()
        .set_background_color(0xFFF2CC)
        .set_border(FormatBorder::Thin);
    let fill_money = fill.clone().set_num_format(MONEY);
    for (i, x) in cx.r.checklist.iter().enumerate() {
        let row = head + 1 + i as u32;
        int(&mut ws, row, 0, x.no as u32, &f.int)?;
        text(&mut ws, row, COL_ENTRY, &x.entry_id, &f.text)?;
        text(&mut ws, row, 2, &x.doc_no, &f.text)?;
        text(
            &mut ws,
            row,
            3,
            &crate::render::labels::date(cx.lang, &x.doc_date),
            &f.text,
        )?;
        text(&mut ws, row, 4, &x.line, &f.text)?;
        text(&mut ws, row, 5, &x.heading, &f.text)?;
        text(&mut ws, row, 6, &x.case_id, &f.text)?;
        money(&mut ws, row, 7, &x.book_value, &f.money)?;
        let st = serde_json::to_value(x.stratum)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        text(&mut ws, row, 8, cx.l(&format!("stratum_{st}")), &f.text)?;
        text(&mut ws, row, 9, &x.documents.join("; "), &f.wrap)?;
        text(&mut ws, row, 10, &x.at, &f.text)?;
        text(
            &mut ws,
            row,
            COL_RESULT,
            x.result.as_deref().unwrap_or(""),
            &fill,
        )?;
        match &x.deducted {
            Some(d) => money(&mut ws, row, COL_DEDUCTED, d, &fill_money)?,
            None => {
                ws.write_blank(row, COL_DEDUCTED, &fill_money)?;
            }
        }
        ws.write_blank(row, 13, &fill)?;
    }
    widths(
        &mut ws,
        &[
            5.0, 11.0, 14.0, 11.0, 8.0, 8.0, 15.0, 14.0, 12.0, 48.0, 18.0, 14.0, 14.0, 30.0,
        ],
    )?;
    Ok(ws)
}

fn claim_checks(cx: &Ctx) -> XResult<Worksheet> {
    let f = &cx.f;
    let mut ws = cx.sheet("sheet_claim_checks", cx.l("sheet_claim_checks"))?;
    let head = 3;
    cx.headers(&mut ws, head, &["check", "verified", "result"])?;
    for (i, c) in cx.r.claim_checks.iter().enumerate() {
        let row = head + 1 + i as u32;
        text(&mut ws, row, 0, c.title, &f.text)?;
        text(&mut ws, row, 1, &c.verified, &f.wrap)?;
        text(&mut ws, row, 2, result_label(cx.lang, c.result), &f.text)?;
    }
    widths(&mut ws, &[24.0, 90.0, 14.0])?;
    Ok(ws)
}

fn projection(cx: &Ctx) -> XResult<Worksheet> {
    let f = &cx.f;
    let mut ws = cx.sheet("sheet_projection", cx.l("sheet_projection"))?;
    let Some(p) = &cx.r.projection else {
        return Ok(ws);
    };
    let mut row = 3;
    cx.fact(&mut ws, &mut row, "formula", p.formula)?;
    cx.fact(
        &mut ws,
        &mut row,
        "items_checked",
        &p.items_checked.to_string(),
    )?;
    cx.fact(
        &mut ws,
        &mut row,
        "items_with_error",
        &p.items_with_error.to_string(),
    )?;
    cx.fact_money(&mut ws, &mut row, "high_value_errors", &p.high_value_errors)?;
    cx.fact(
        &mut ws,
        &mut row,
        "rest_error_rates",
        &p.rest_error_rates.to_string(),
    )?;
    cx.fact_money(&mut ws, &mut row, "rest_projected", &p.rest_projected)?;
    let verdict = |above: bool| {
        cx.l(if above {
            "above_materiality"
        } else {
            "within_materiality"
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
            "upper_limit",
            &p.upper_limit,
            &p.upper_limit_pct,
            p.upper_limit_above,
        ),
    ] {
        text(&mut ws, row, 0, cx.l(k), &f.bold)?;
        money(&mut ws, row, 1, v, &f.money)?;
        text(
            &mut ws,
            row,
            2,
            &format!("{pct} % — {}", verdict(above)),
            &f.text,
        )?;
        row += 1;
    }
    cx.fact_money(&mut ws, &mut row, "basic_precision", &p.basic_precision)?;
    cx.fact_money(&mut ws, &mut row, "tolerable_error", &p.materiality)?;
    row += 1;
    text(&mut ws, row, 0, cx.l("knock_on"), &f.bold)?;
    row += 1;
    let mut keys: Vec<String> = [
        "entry_id",
        "line",
        "heading",
        "book_value",
        "deducted",
        "error_rate",
        "indirect_effect",
        "total",
    ]
    .iter()
    .map(|k| cx.l(k).to_string())
    .collect();
    keys.extend(p.knock_on_by_source.iter().map(|(c, _)| c.clone()));
    keys.push(cx.l("cell").to_string());
    for (c, k) in keys.iter().enumerate() {
        text(&mut ws, row, c as u16, k, &f.head)?;
    }
    for d in &p.deductions {
        row += 1;
        text(&mut ws, row, 0, &d.entry_id, &f.text)?;
        text(&mut ws, row, 1, &d.line, &f.text)?;
        text(&mut ws, row, 2, &d.heading, &f.text)?;
        money(&mut ws, row, 3, &d.book_value, &f.money)?;
        money(&mut ws, row, 4, &d.deducted, &f.money)?;
        text(&mut ws, row, 5, &d.error_rate.to_string(), &f.text)?;
        money(&mut ws, row, 6, &d.indirect, &f.money)?;
        money(&mut ws, row, 7, &d.total, &f.money)?;
        let mut c = 8;
        for (_, v) in &d.by_source {
            let m: Money = v.parse().unwrap_or_default();
            money(&mut ws, row, c, &m, &f.money)?;
            c += 1;
        }
        text(&mut ws, row, c, &d.at, &f.text)?;
    }
    row += 1;
    text(&mut ws, row, 0, cx.l("total"), &f.bold)?;
    money(&mut ws, row, 4, &p.deducted_total, &f.money_total)?;
    money(&mut ws, row, 6, &p.indirect_total, &f.money_total)?;
    money(&mut ws, row, 7, &p.knock_on_total, &f.money_total)?;
    for (i, (_, v)) in p.knock_on_by_source.iter().enumerate() {
        let m: Money = v.parse().unwrap_or_default();
        money(&mut ws, row, 8 + i as u16, &m, &f.money_total)?;
    }
    widths(
        &mut ws,
        &[
            46.0, 16.0, 20.0, 14.0, 14.0, 10.0, 14.0, 14.0, 14.0, 14.0, 22.0,
        ],
    )?;
    Ok(ws)
}

fn previous(cx: &Ctx) -> XResult<Worksheet> {
    let f = &cx.f;
    let mut ws = cx.sheet("sheet_previous", cx.l("sheet_previous"))?;
    let Some(p) = &cx.r.previous else {
        return Ok(ws);
    };
    let mut row = 3;
    cx.fact(
        &mut ws,
        &mut row,
        "previous_file",
        &format!("{} ({})", p.file, p.period),
    )?;
    if !p.consecutive {
        text(&mut ws, row, 0, cx.l("not_consecutive"), &f.subtitle)?;
        row += 1;
    }
    cx.fact(
        &mut ws,
        &mut row,
        "carry_forward_breaks",
        &p.carry_forward_breaks.to_string(),
    )?;
    row += 1;
    cx.headers(
        &mut ws,
        row,
        &["change", "row_key", "cell", "previous_value", "this_value"],
    )?;
    for c in &p.changes {
        row += 1;
        for (i, v) in [c.what, &c.key, &c.at, &c.previous, &c.this]
            .iter()
            .enumerate()
        {
            text(&mut ws, row, i as u16, v, &f.text)?;
        }
    }
    if p.changes.is_empty() {
        text(&mut ws, row + 1, 0, cx.l("no_changes"), &f.subtitle)?;
    }
    widths(&mut ws, &[40.0, 16.0, 24.0, 40.0, 20.0])?;
    Ok(ws)
}
