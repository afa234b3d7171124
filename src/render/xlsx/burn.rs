//! The burn report as an xlsx workbook: summary by line, headings and cells, the monthly series,
//! indicators, deadlines, and native charts (cumulative actual, plan and forecast per line,
//! monthly spend, persons vs target) whose series point at the monthly sheets. Values only; f64
//! at the cell. Every word comes from the message catalogue (`i18n/<lang>/burn.ftl`).

use crate::i18n::{tr, Msg};
use crate::model::project::Lang;
use crate::report::burn::BurnReport;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Chart, ChartFormat, ChartLegendPosition, ChartLine, ChartLineDashType, ChartType,
    DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError,
};

/// Sheet names in the report's language; charts refer to the monthly sheets by these names.
pub struct SheetNames {
    pub summary: String,
    pub headings: String,
    pub months: String,
    pub indicators: String,
    pub persons: String,
    pub deadlines: String,
    pub charts: String,
}

pub fn sheet_names(lang: Lang) -> SheetNames {
    SheetNames {
        summary: tr(lang, "burn-sheet-summary"),
        headings: tr(lang, "burn-sheet-headings"),
        months: tr(lang, "burn-sheet-months"),
        indicators: tr(lang, "burn-sheet-indicators"),
        persons: tr(lang, "burn-sheet-persons"),
        deadlines: tr(lang, "burn-sheet-deadlines"),
        charts: tr(lang, "burn-sheet-charts"),
    }
}

/// Columns of the monthly sheet: month, then per line (actual, cumulative, plan cumulative),
/// then the total (actual, cumulative, plan, plan cumulative), then per source (actual,
/// cumulative), the quarter-end mark, and last the forecast cumulative per line and the total.
pub fn line_col(l: usize) -> u16 {
    1 + 3 * l as u16
}
pub fn total_col(lines: usize) -> u16 {
    1 + 3 * lines as u16
}
/// The forecast-cumulative column of line `l` (`l == lines`: the total).
pub fn forecast_col(l: usize, lines: usize, sources: usize) -> u16 {
    total_col(lines) + 4 + 2 * sources as u16 + 1 + l as u16
}
/// Columns of the persons sheet: month, then per line (in month, cumulative, target).
pub fn persons_col(l: usize) -> u16 {
    1 + 3 * l as u16
}

fn f(x: Decimal) -> f64 {
    x.to_f64().unwrap_or(0.0)
}

struct Fmt {
    head: Format,
    money: Format,
    pct: Format,
    bold_money: Format,
    bold: Format,
    date: Format,
}

fn header(ws: &mut Worksheet, row: u32, cols: &[String], fm: &Fmt) -> Result<(), XlsxError> {
    for (c, h) in cols.iter().enumerate() {
        ws.write_string_with_format(row, c as u16, h, &fm.head)?;
    }
    Ok(())
}

fn heads(lang: Lang, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| tr(lang, k)).collect()
}

/// `{ $line } …` column headers.
fn line_head(lang: Lang, key: &'static str, line: &str) -> String {
    Msg::new(key).arg("line", line).text(lang)
}

fn opt(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    x: Option<Decimal>,
    fm: &Format,
) -> Result<(), XlsxError> {
    if let Some(v) = x {
        ws.write_number_with_format(row, col, f(v), fm)?;
    }
    Ok(())
}

pub fn burn_as_xlsx(r: &BurnReport) -> Result<Vec<u8>, XlsxError> {
    let lang = r.lang;
    let names = sheet_names(lang);
    let fm = Fmt {
        head: Format::new().set_bold().set_text_wrap(),
        money: Format::new().set_num_format("#,##0.00"),
        pct: Format::new().set_num_format("0.00"),
        bold_money: Format::new().set_bold().set_num_format("#,##0.00"),
        bold: Format::new().set_bold(),
        date: Format::new().set_num_format(match lang {
            Lang::Lv => "dd.mm.yyyy.",
            Lang::En => "yyyy-mm-dd",
        }),
    };
    let mut wb = Workbook::new();
    let created = ExcelDateTime::from_ymd(
        chrono::Datelike::year(&r.as_of) as u16,
        chrono::Datelike::month(&r.as_of) as u8,
        chrono::Datelike::day(&r.as_of) as u8,
    )?;
    wb.set_properties(&DocProperties::new().set_creation_datetime(&created));
    summary_sheet(wb.add_worksheet().set_name(&names.summary)?, r, &fm)?;
    headings_sheet(wb.add_worksheet().set_name(&names.headings)?, r, &fm)?;
    months_sheet(wb.add_worksheet().set_name(&names.months)?, r, &fm)?;
    indicators_sheet(wb.add_worksheet().set_name(&names.indicators)?, r, &fm)?;
    persons_sheet(wb.add_worksheet().set_name(&names.persons)?, r)?;
    deadlines_sheet(wb.add_worksheet().set_name(&names.deadlines)?, r, &fm)?;
    charts_sheet(wb.add_worksheet().set_name(&names.charts)?, r, &names)?;
    page_setup(&mut wb, r, &names)?;
    // The hidden `_grantbook` sheet with the input digests, as in the claim workbook.
    wb.push_worksheet(crate::render::xlsx::meta_sheet(
        &crate::render::xlsx::Meta {
            kind: "burn",
            pairs: vec![
                ("as_of", r.as_of.to_string()),
                ("lang", lang.code().to_string()),
                ("tool_version", r.tool.version.to_string()),
            ],
            inputs: &r.inputs,
        },
    )?);
    wb.save_to_buffer()
}

/// Summary by line: budget use against time and plan, and the forecast; alerts; the method.
fn summary_sheet(ws: &mut Worksheet, r: &BurnReport, fm: &Fmt) -> Result<(), XlsxError> {
    summary_title(ws, r, fm)?;
    let cols = summary_columns(r);
    header(ws, 3, &cols, fm)?;
    for (i, x) in r.lines.iter().chain(std::iter::once(&r.total)).enumerate() {
        summary_row(ws, 4 + i as u32, r, x, i == r.lines.len(), fm)?;
    }
    let row = summary_alerts(ws, r, 5 + r.lines.len() as u32, fm)?;
    summary_method(ws, r, row + 2, cols.len(), fm)?;
    ws.set_row_height(3, 60)?;
    Ok(())
}

/// The title (report, agreement, project) and the line under it: as of, the version in force,
/// the implementation period and the time elapsed.
fn summary_title(ws: &mut Worksheet, r: &BurnReport, fm: &Fmt) -> Result<(), XlsxError> {
    let lang = r.lang;
    let h = crate::render::header::Header::burn(r);
    let title = format!("{} — {} {}", h.title, h.agreement, r.agreement.title);
    ws.write_string_with_format(0, 0, title, &fm.bold)?;
    let line = Msg::new("burn-summary-line")
        .arg("as_of", r.as_of)
        .arg("version", r.agreement.version)
        .arg("from", r.agreement.period_start)
        .arg("to", r.agreement.period_end)
        .num("pct", r.time.elapsed_pct);
    ws.write_string(
        1,
        0,
        format!("{} {}", tr(lang, "burn-as-of"), line.text(lang)),
    )?;
    Ok(())
}

/// The summary table's columns: the line, its budget and actual costs, the actual of each
/// source, then use against time and plan and the forecast.
fn summary_columns(r: &BurnReport) -> Vec<String> {
    let lang = r.lang;
    let mut cols = heads(
        lang,
        &[
            "burn-activity",
            "burn-name",
            "burn-budget",
            "burn-actual-cumulative",
        ],
    );
    for s in &r.sources {
        cols.push(Msg::new("burn-of-which").arg("source", &s.name).text(lang));
    }
    cols.extend(heads(
        lang,
        &[
            "burn-used-pct",
            "burn-time-pct",
            "burn-plan-pct",
            "burn-deviation-pp",
            "burn-theoretical",
            "burn-difference",
            "burn-run-rate-month",
            "burn-forecast-run-rate",
            "burn-forecast-linear",
            "burn-over-under",
            "burn-unspent",
            "burn-eu-at-risk",
        ],
    ));
    cols
}

/// A line's row of the summary table (the total's in bold, without a code).
fn summary_row(
    ws: &mut Worksheet,
    row: u32,
    r: &BurnReport,
    x: &crate::report::burn::LineBurn,
    is_total: bool,
    fm: &Fmt,
) -> Result<(), XlsxError> {
    let mf = if is_total { &fm.bold_money } else { &fm.money };
    ws.write_string(row, 0, if is_total { "" } else { &x.line })?;
    ws.write_string(row, 1, &x.name)?;
    ws.write_number_with_format(row, 2, f(x.budget), mf)?;
    ws.write_number_with_format(row, 3, f(x.cumulative.eligible), mf)?;
    for (s, (_, v)) in x.cumulative.by_source.iter().enumerate() {
        ws.write_number_with_format(row, 4 + s as u16, f(*v), mf)?;
    }
    let c = 4 + r.sources.len() as u16;
    opt(ws, row, c, x.used_pct, &fm.pct)?;
    ws.write_number_with_format(row, c + 1, f(x.time_pct), &fm.pct)?;
    ws.write_number_with_format(row, c + 2, f(x.plan_pct), &fm.pct)?;
    opt(ws, row, c + 3, x.deviation_pp, &fm.pct)?;
    for (k, v) in [
        Some(x.theoretical),
        Some(x.difference_from_plan),
        x.run_rate_monthly,
        x.forecast_run_rate,
        x.forecast_linear,
        x.over_under,
        Some(x.unspent),
        Some(x.eu_at_risk),
    ]
    .into_iter()
    .enumerate()
    {
        opt(ws, row, c + 4 + k as u16, v, mf)?;
    }
    Ok(())
}

/// Under the table from `row`: the too-early note, then the alerts (or none). Returns the last
/// row written.
fn summary_alerts(
    ws: &mut Worksheet,
    r: &BurnReport,
    mut row: u32,
    fm: &Fmt,
) -> Result<u32, XlsxError> {
    let lang = r.lang;
    if r.total.forecast_run_rate.is_none() {
        row += 1;
        let early = Msg::new("burn-too-early").arg("n", r.params.run_rate_months);
        ws.write_string(row, 0, early.text(lang))?;
    }
    row += 1;
    ws.write_string_with_format(row, 0, tr(lang, "burn-alerts"), &fm.bold)?;
    for a in &r.alerts {
        row += 1;
        ws.write_string(row, 0, a.message.text(lang))?;
    }
    if r.alerts.is_empty() {
        row += 1;
        ws.write_string(row, 0, tr(lang, "burn-none"))?;
    }
    Ok(row)
}

/// The method's title at `row` and its text below, and the page set-up: widths for the data
/// (amounts up to 999 999.99, percentages), so the table prints one A4 landscape page wide at
/// about 70 %; the method is a note merged over the table's `n_cols` columns and wrapped, so
/// its one long line does not set the printed width.
fn summary_method(
    ws: &mut Worksheet,
    r: &BurnReport,
    row: u32,
    n_cols: usize,
    fm: &Fmt,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(row, 0, tr(r.lang, "burn-method"), &fm.bold)?;
    let last_col = n_cols as u16 - 1;
    let c = 4 + r.sources.len();
    let widths: Vec<f64> = (0..n_cols)
        .map(|i| match i {
            0 => 9.0,
            1 => 30.0,
            i if (c..c + 4).contains(&i) => 10.0,
            _ => 11.5,
        })
        .collect();
    for (i, w) in widths.iter().enumerate() {
        ws.set_column_width(i as u16, *w)?;
    }
    crate::render::xlsx::note(
        ws,
        row + 1,
        0,
        last_col,
        &r.method.text(r.lang),
        &widths,
        &Format::new()
            .set_text_wrap()
            .set_align(rust_xlsxwriter::FormatAlign::Top),
    )?;
    ws.set_print_area(0, 0, row + 1, last_col)?;
    Ok(())
}

/// Headings over all lines, then line × heading cells.
fn headings_sheet(ws: &mut Worksheet, r: &BurnReport, fm: &Fmt) -> Result<(), XlsxError> {
    let lang = r.lang;
    let cols = heads(
        lang,
        &[
            "burn-heading",
            "burn-name",
            "burn-budget",
            "burn-actual-cumulative",
            "burn-used-pct",
            "burn-theoretical",
            "burn-difference",
            "burn-flex-limit",
            "burn-flex-used",
        ],
    );
    header(ws, 0, &cols, fm)?;
    for (i, h) in r.headings.iter().enumerate() {
        let row = 1 + i as u32;
        ws.write_string(row, 0, &h.heading)?;
        ws.write_string(row, 1, &h.name)?;
        for (k, v) in [h.budget, h.cumulative].into_iter().enumerate() {
            ws.write_number_with_format(row, 2 + k as u16, f(v), &fm.money)?;
        }
        opt(ws, row, 4, h.used_pct, &fm.pct)?;
        for (k, v) in [h.theoretical, h.difference_from_plan, h.flex_limit]
            .into_iter()
            .enumerate()
        {
            ws.write_number_with_format(row, 5 + k as u16, f(v), &fm.money)?;
        }
        opt(ws, row, 8, h.flex_used_pct, &fm.pct)?;
    }
    let top = r.headings.len() as u32 + 3;
    let cols = heads(
        lang,
        &[
            "burn-activity",
            "burn-heading",
            "burn-name",
            "burn-budget",
            "burn-actual-cumulative",
            "burn-theoretical",
            "burn-difference",
        ],
    );
    header(ws, top, &cols, fm)?;
    for (i, c) in r.cells.iter().enumerate() {
        let row = top + 1 + i as u32;
        ws.write_string(row, 0, &c.line)?;
        ws.write_string(row, 1, &c.heading)?;
        ws.write_string(row, 2, &c.heading_name)?;
        for (k, v) in [
            c.budget,
            c.cumulative,
            c.theoretical,
            c.difference_from_plan,
        ]
        .into_iter()
        .enumerate()
        {
            ws.write_number_with_format(row, 3 + k as u16, f(v), &fm.money)?;
        }
    }
    ws.set_column_width(1, 10)?;
    ws.set_column_width(2, 30)?;
    ws.set_column_range_width(3, 8, 14)?;
    ws.set_row_height(0, 45)?;
    Ok(())
}

/// The monthly series the charts point at (columns: see [`line_col`] and [`forecast_col`]).
fn months_sheet(ws: &mut Worksheet, r: &BurnReport, fm: &Fmt) -> Result<(), XlsxError> {
    let lang = r.lang;
    let (nl, ns) = (r.lines.len(), r.sources.len());
    let mut cols = vec![tr(lang, "burn-month")];
    for x in &r.lines {
        cols.push(line_head(lang, "burn-line-actual", &x.line));
        cols.push(line_head(lang, "burn-line-cumulative", &x.line));
        cols.push(line_head(lang, "burn-line-plan-cumulative", &x.line));
    }
    cols.extend(heads(
        lang,
        &[
            "burn-total-actual",
            "burn-total-cumulative",
            "burn-total-plan",
            "burn-total-plan-cumulative",
        ],
    ));
    for s in &r.sources {
        cols.push(line_head(lang, "burn-line-actual", &s.name));
        cols.push(line_head(lang, "burn-line-cumulative", &s.name));
    }
    cols.push(tr(lang, "burn-quarter-end"));
    for x in &r.lines {
        cols.push(line_head(lang, "burn-line-forecast-cumulative", &x.line));
    }
    cols.push(tr(lang, "burn-total-forecast-cumulative"));
    header(ws, 0, &cols, fm)?;
    let tc = total_col(nl);
    for (i, m) in r.months.iter().enumerate() {
        let row = 1 + i as u32;
        ws.write_string(row, 0, &m.month)?;
        for (l, x) in m.lines.iter().enumerate() {
            opt(ws, row, line_col(l), x.actual, &fm.money)?;
            opt(ws, row, line_col(l) + 1, x.cumulative, &fm.money)?;
            ws.write_number_with_format(row, line_col(l) + 2, f(x.plan_cumulative), &fm.money)?;
            opt(
                ws,
                row,
                forecast_col(l, nl, ns),
                x.forecast_cumulative,
                &fm.money,
            )?;
        }
        opt(ws, row, tc, m.total.actual, &fm.money)?;
        opt(ws, row, tc + 1, m.total.cumulative, &fm.money)?;
        ws.write_number_with_format(row, tc + 2, f(m.total.plan), &fm.money)?;
        ws.write_number_with_format(row, tc + 3, f(m.total.plan_cumulative), &fm.money)?;
        let fc = forecast_col(nl, nl, ns);
        opt(ws, row, fc, m.total.forecast_cumulative, &fm.money)?;
        for (s, x) in m.by_source.iter().enumerate() {
            let c = tc + 4 + 2 * s as u16;
            opt(ws, row, c, x.as_ref().map(|x| x.actual), &fm.money)?;
            opt(ws, row, c + 1, x.as_ref().map(|x| x.cumulative), &fm.money)?;
        }
        if m.closes_quarter {
            ws.write_string(row, tc + 4 + 2 * ns as u16, "✓")?;
        }
    }
    ws.set_column_range_width(1, forecast_col(nl, nl, ns), 10.5)?;
    ws.set_row_height(0, 78)?;
    ws.set_freeze_panes(1, 1)?;
    Ok(())
}

/// Indicators: the persons forecast at the end date beside the target.
fn indicators_sheet(ws: &mut Worksheet, r: &BurnReport, fm: &Fmt) -> Result<(), XlsxError> {
    let cols = heads(r.lang, &crate::render::words::burn::INDICATOR_COLS);
    header(ws, 0, &cols, fm)?;
    for (i, x) in r.indicators.iter().enumerate() {
        let row = 1 + i as u32;
        ws.write_string(row, 0, &x.line)?;
        ws.write_string(row, 1, &x.indicator)?;
        ws.write_number(row, 2, x.target)?;
        if let Some(n) = x.forecast_at_end {
            ws.write_number(row, 3, n)?;
        }
        ws.write_number(row, 4, x.achieved)?;
        opt(ws, row, 5, x.achieved_pct, &fm.pct)?;
        ws.write_number(row, 6, f(x.planned_by_now))?;
        opt(ws, row, 7, x.cost_per_person, &fm.money)?;
        opt(ws, row, 8, x.planned_cost_per_person, &fm.money)?;
    }
    ws.set_column_width(1, 30)?;
    ws.set_column_range_width(2, 8, 14)?;
    ws.set_row_height(0, 45)?;
    Ok(())
}

fn persons_sheet(ws: &mut Worksheet, r: &BurnReport) -> Result<(), XlsxError> {
    let lang = r.lang;
    let nl = r.lines.len();
    let head = Format::new().set_bold().set_text_wrap();
    let mut cols = vec![tr(lang, "burn-month")];
    for x in &r.lines {
        cols.push(line_head(lang, "burn-in-month", &x.line));
        cols.push(line_head(lang, "burn-line-cumulative", &x.line));
        cols.push(line_head(lang, "burn-line-target-cumulative", &x.line));
    }
    for (c, h) in cols.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &head)?;
    }
    for (i, m) in r.indicator_months.iter().enumerate() {
        let row = 1 + i as u32;
        ws.write_string(row, 0, &m.month)?;
        for l in 0..nl {
            if let Some(p) = m.persons[l] {
                ws.write_number(row, persons_col(l), p)?;
            }
            if let Some(p) = m.cumulative[l] {
                ws.write_number(row, persons_col(l) + 1, p)?;
            }
            ws.write_number(row, persons_col(l) + 2, f(m.target_cumulative[l]))?;
        }
    }
    ws.set_column_range_width(1, persons_col(nl), 12)?;
    ws.set_row_height(0, 45)?;
    Ok(())
}

fn deadlines_sheet(ws: &mut Worksheet, r: &BurnReport, fm: &Fmt) -> Result<(), XlsxError> {
    let cols = heads(r.lang, &crate::render::words::burn::DEADLINE_COLS);
    header(ws, 0, &cols, fm)?;
    for (i, x) in r.deadlines.iter().enumerate() {
        let row = 1 + i as u32;
        ws.write_string(row, 0, &x.case_id)?;
        for (k, d) in [x.departure_date, x.deadline].into_iter().enumerate() {
            let dt = ExcelDateTime::parse_from_str(&d.to_string())?;
            ws.write_datetime_with_format(row, 1 + k as u16, &dt, &fm.date)?;
        }
        ws.write_number(row, 3, x.days_left as f64)?;
    }
    ws.set_column_range_width(0, 3, 16)?;
    ws.set_row_height(0, 30)?;
    Ok(())
}

fn dashed() -> ChartFormat {
    let mut f = ChartFormat::new();
    f.set_line(ChartLine::new().set_dash_type(ChartLineDashType::Dash));
    f
}

fn dotted() -> ChartFormat {
    let mut f = ChartFormat::new();
    f.set_line(ChartLine::new().set_dash_type(ChartLineDashType::RoundDot));
    f
}

/// The charts, on their own sheet, pointing at the monthly sheets: per line and the total the
/// cumulative actual, the plan and the run-rate forecast to the end date; monthly spend; persons
/// against the linear target per line.
fn charts_sheet(ws: &mut Worksheet, r: &BurnReport, names: &SheetNames) -> Result<(), XlsxError> {
    let lang = r.lang;
    let (nl, ns) = (r.lines.len(), r.sources.len());
    let months = names.months.as_str();
    let persons = names.persons.as_str();
    let last = r.months.len() as u32; // rows 1..=last hold the months
    let tc = total_col(nl);
    let mut at = 0u32;
    for (l, x) in r
        .lines
        .iter()
        .enumerate()
        .chain(std::iter::once((nl, &r.total)))
    {
        let (act, plan) = if l == nl {
            (tc + 1, tc + 3)
        } else {
            (line_col(l) + 1, line_col(l) + 2)
        };
        let fc = forecast_col(l, nl, ns);
        let name = if l == nl { &x.name } else { &x.line };
        let mut ch = Chart::new(ChartType::Line);
        ch.title().set_name(
            Msg::new("burn-chart-cumulative")
                .arg("line", name)
                .text(lang)
                .as_str(),
        );
        ch.add_series()
            .set_name(tr(lang, "burn-actual").as_str())
            .set_categories((months, 1, 0, last, 0))
            .set_values((months, 1, act, last, act));
        ch.add_series()
            .set_name(tr(lang, "burn-plan").as_str())
            .set_categories((months, 1, 0, last, 0))
            .set_values((months, 1, plan, last, plan))
            .set_format(&mut dashed());
        ch.add_series()
            .set_name(tr(lang, "burn-forecast").as_str())
            .set_categories((months, 1, 0, last, 0))
            .set_values((months, 1, fc, last, fc))
            .set_format(&mut dotted());
        ch.legend().set_position(ChartLegendPosition::Bottom);
        ch.set_width(640).set_height(300);
        ws.insert_chart(at, 0, &ch)?;
        at += 16;
    }
    let mut ch = Chart::new(ChartType::Column);
    ch.title().set_name(tr(lang, "burn-chart-monthly").as_str());
    for (l, x) in r.lines.iter().enumerate() {
        ch.add_series()
            .set_name(x.line.as_str())
            .set_categories((months, 1, 0, last, 0))
            .set_values((months, 1, line_col(l), last, line_col(l)));
    }
    ch.legend().set_position(ChartLegendPosition::Bottom);
    ch.set_width(640).set_height(300);
    ws.insert_chart(at, 0, &ch)?;
    at += 16;
    let plast = r.indicator_months.len() as u32;
    for (l, x) in r.indicators.iter().enumerate() {
        if x.event.is_none() {
            continue;
        }
        let mut ch = Chart::new(ChartType::Line);
        ch.title().set_name(
            Msg::new("burn-chart-persons-line")
                .arg("line", &x.line)
                .text(lang)
                .as_str(),
        );
        ch.add_series()
            .set_name(tr(lang, "burn-achieved").as_str())
            .set_categories((persons, 1, 0, plast, 0))
            .set_values((persons, 1, persons_col(l) + 1, plast, persons_col(l) + 1));
        ch.add_series()
            .set_name(tr(lang, "burn-target").as_str())
            .set_categories((persons, 1, 0, plast, 0))
            .set_values((persons, 1, persons_col(l) + 2, plast, persons_col(l) + 2))
            .set_format(&mut dashed());
        ch.legend().set_position(ChartLegendPosition::Bottom);
        ch.set_width(640).set_height(300);
        ws.insert_chart(at, 0, &ch)?;
        at += 16;
    }
    Ok(())
}

/// Rows of the charts sheet per printed page (A4 portrait at 100 %: three charts of 16 rows).
const CHART_ROWS_PER_PAGE: u32 = 48;

/// The print set-up of every sheet: A4, one page wide (landscape for the tables, portrait for
/// the charts, with a page break before every third chart so that none is cut), the agreement
/// number, the sheet and the page number in the footer, and the header row repeated on the
/// long monthly sheets.
fn page_setup(wb: &mut Workbook, r: &BurnReport, names: &SheetNames) -> Result<(), XlsxError> {
    let page = crate::render::labels::page_of(r.lang, "&P", "&N");
    let footer = format!(
        "&L&8{}&C&8&A&R&8{page}",
        r.agreement.number.replace('&', "&&")
    );
    for ws in wb.worksheets_mut() {
        let name = ws.name();
        ws.set_paper_size(9);
        ws.set_margins(0.3, 0.3, 0.45, 0.5, 0.2, 0.25);
        ws.set_footer(&footer);
        if name == names.charts {
            ws.set_portrait();
            ws.set_print_fit_to_pages(1, 0);
            let breaks: Vec<u32> = (1..=40).map(|i| i * CHART_ROWS_PER_PAGE).collect();
            ws.set_page_breaks(&breaks)?;
        } else {
            ws.set_landscape();
            ws.set_print_fit_to_pages(1, 0);
        }
        if name == names.months || name == names.persons {
            ws.set_repeat_rows(0, 0)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forecast_columns_follow_the_quarter_end_mark() {
        // Three lines, two sources: A1 B C D, A2 E F G, A3 H I J, total K L M N, sources O P
        // Q R, the mark S, forecasts T U V and the total's W.
        assert_eq!(total_col(3) + 4 + 2 * 2, 18);
        assert_eq!(
            (0..=3).map(|l| forecast_col(l, 3, 2)).collect::<Vec<_>>(),
            [19, 20, 21, 22]
        );
    }
}
