//! The burn report as an xlsx workbook: summary by line, headings and cells, the monthly series,
//! indicators, deadlines, and native charts (cumulative actual vs plan per line, monthly spend,
//! persons vs target) whose series point at the monthly sheets. Values only; f64 at the cell.

use crate::model::project::Lang;
use crate::report::burn::{numfmt, BurnReport};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Chart, ChartLegendPosition, ChartLineDashType, ChartType, DocProperties, ExcelDateTime, Format,
    Workbook, Worksheet, XlsxError,
};

/// Sheet names per language; charts refer to the monthly sheets by these names.
pub struct SheetNames {
    pub summary: &'static str,
    pub headings: &'static str,
    pub months: &'static str,
    pub indicators: &'static str,
    pub persons: &'static str,
    pub deadlines: &'static str,
    pub charts: &'static str,
}

pub fn sheet_names(lang: Lang) -> SheetNames {
    match lang {
        Lang::Lv => SheetNames {
            summary: "Kopsavilkums",
            headings: "Pozīcijas",
            months: "Mēneši",
            indicators: "Rādītāji",
            persons: "Personas pa mēnešiem",
            deadlines: "Reintegrācijas termiņi",
            charts: "Grafiki",
        },
        Lang::En => SheetNames {
            summary: "Summary",
            headings: "Headings",
            months: "Months",
            indicators: "Indicators",
            persons: "Persons by month",
            deadlines: "Reintegration deadlines",
            charts: "Charts",
        },
    }
}

/// Columns of the monthly sheet: month, then per line (actual, cumulative, plan cumulative),
/// then the total (actual, cumulative, plan, plan cumulative), then per source (actual,
/// cumulative).
pub fn line_col(l: usize) -> u16 {
    1 + 3 * l as u16
}
pub fn total_col(lines: usize) -> u16 {
    1 + 3 * lines as u16
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

fn t(lang: Lang, lv: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Lv => lv,
        Lang::En => en,
    }
}

fn header(ws: &mut Worksheet, row: u32, cols: &[&str], fm: &Fmt) -> Result<(), XlsxError> {
    for (c, h) in cols.iter().enumerate() {
        ws.write_string_with_format(row, c as u16, *h, &fm.head)?;
    }
    Ok(())
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
    let nl = r.lines.len();
    let fm = Fmt {
        head: Format::new().set_bold().set_text_wrap(),
        money: Format::new().set_num_format("#,##0.00"),
        pct: Format::new().set_num_format("0.00"),
        bold_money: Format::new().set_bold().set_num_format("#,##0.00"),
        bold: Format::new().set_bold(),
        date: Format::new().set_num_format(t(lang, "dd.mm.yyyy.", "yyyy-mm-dd")),
    };
    let mut wb = Workbook::new();
    let created = ExcelDateTime::from_ymd(
        chrono::Datelike::year(&r.as_of) as u16,
        chrono::Datelike::month(&r.as_of) as u8,
        chrono::Datelike::day(&r.as_of) as u8,
    )?;
    wb.set_properties(&DocProperties::new().set_creation_datetime(&created));

    // Summary by line.
    let ws = wb.add_worksheet().set_name(names.summary)?;
    ws.write_string_with_format(
        0,
        0,
        format!(
            "{} — {} {}",
            t(lang, "Apguves temps un prognoze", "Burn rate and forecast"),
            r.agreement.number,
            r.agreement.title
        ),
        &fm.bold,
    )?;
    ws.write_string(
        1,
        0,
        format!(
            "{} {}; {} {} ({} {} … {}); {} {} %",
            t(lang, "Stāvoklis uz", "As of"),
            numfmt::date(r.as_of, lang),
            t(lang, "līguma versija", "agreement version"),
            r.agreement.version,
            t(lang, "periods", "period"),
            numfmt::date(r.agreement.period_start, lang),
            numfmt::date(r.agreement.period_end, lang),
            t(lang, "laika patēriņš", "time elapsed"),
            numfmt::num(r.time.elapsed_pct, 2, lang)
        ),
    )?;
    let mut cols: Vec<String> = vec![
        t(lang, "Aktivitāte", "Activity").into(),
        t(lang, "Nosaukums", "Name").into(),
        t(lang, "Budžets", "Budget").into(),
        t(lang, "Faktiski kumulatīvi", "Actual cumulative").into(),
    ];
    for s in &r.sources {
        cols.push(format!("{} {}", t(lang, "t. sk.", "of which"), s.code));
    }
    for c in [
        t(lang, "Izlietojums, %", "Budget used, %"),
        t(lang, "Laika patēriņš, %", "Time elapsed, %"),
        t(lang, "Plānots, %", "Planned, %"),
        t(lang, "Novirze, pp", "Deviation, pp"),
        t(lang, "Teorētiski uz šodienu", "Theoretical by today"),
        t(lang, "Starpība pret plānu", "Difference from plan"),
        t(lang, "Vidēji mēnesī (pēdējie mēneši)", "Run rate per month"),
        t(
            lang,
            "Prognoze projekta beigās (temps)",
            "Forecast at completion (run rate)",
        ),
        t(
            lang,
            "Prognoze projekta beigās (lineāri)",
            "Forecast at completion (linear)",
        ),
        t(
            lang,
            "Pārtēriņš (+) / neapguve (−)",
            "Over (+) / under (−) spend",
        ),
        t(lang, "Neapgūtais budžets", "Budget left unspent"),
        t(lang, "Apdraudētais ES finansējums", "EU funding at risk"),
    ] {
        cols.push(c.into());
    }
    let refs: Vec<&str> = cols.iter().map(String::as_str).collect();
    header(ws, 3, &refs, &fm)?;
    let ns = r.sources.len();
    for (i, x) in r.lines.iter().chain(std::iter::once(&r.total)).enumerate() {
        let row = 4 + i as u32;
        let is_total = i == nl;
        let mf = if is_total { &fm.bold_money } else { &fm.money };
        ws.write_string(row, 0, if is_total { "" } else { &x.line })?;
        ws.write_string(row, 1, &x.name)?;
        ws.write_number_with_format(row, 2, f(x.budget), mf)?;
        ws.write_number_with_format(row, 3, f(x.cumulative.eligible), mf)?;
        for (s, (_, v)) in x.cumulative.by_source.iter().enumerate() {
            ws.write_number_with_format(row, 4 + s as u16, f(*v), mf)?;
        }
        let c = 4 + ns as u16;
        opt(ws, row, c, x.used_pct, &fm.pct)?;
        ws.write_number_with_format(row, c + 1, f(x.time_pct), &fm.pct)?;
        ws.write_number_with_format(row, c + 2, f(x.plan_pct), &fm.pct)?;
        opt(ws, row, c + 3, x.deviation_pp, &fm.pct)?;
        for (k, v) in [
            x.theoretical,
            x.difference_from_plan,
            x.run_rate_monthly,
            x.forecast_run_rate,
            x.forecast_linear,
            x.over_under,
            x.unspent,
            x.eu_at_risk,
        ]
        .into_iter()
        .enumerate()
        {
            ws.write_number_with_format(row, c + 4 + k as u16, f(v), mf)?;
        }
    }
    let mut row = 6 + nl as u32;
    ws.write_string_with_format(row, 0, t(lang, "Brīdinājumi", "Alerts"), &fm.bold)?;
    for a in &r.alerts {
        row += 1;
        ws.write_string(row, 0, &a.message)?;
    }
    if r.alerts.is_empty() {
        row += 1;
        ws.write_string(row, 0, t(lang, "Nav", "None"))?;
    }
    row += 2;
    ws.write_string_with_format(row, 0, t(lang, "Metode", "Method"), &fm.bold)?;
    // Page set-up: widths for the data (amounts up to 999 999.99, percentages), so the table
    // prints one A4 landscape page wide at about 70 %; the method is a note merged over the
    // table's columns and wrapped, so its one long line does not set the printed width.
    let last_col = refs.len() as u16 - 1;
    let c = 4 + ns;
    let widths: Vec<f64> = (0..refs.len())
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
        r.method,
        &widths,
        &Format::new()
            .set_text_wrap()
            .set_align(rust_xlsxwriter::FormatAlign::Top),
    )?;
    ws.set_print_area(0, 0, row + 1, last_col)?;
    ws.set_row_height(3, 60)?;

    // Headings and line × heading cells.
    let ws = wb.add_worksheet().set_name(names.headings)?;
    header(
        ws,
        0,
        &[
            t(lang, "Pozīcija", "Heading"),
            t(lang, "Nosaukums", "Name"),
            t(lang, "Budžets", "Budget"),
            t(lang, "Faktiski kumulatīvi", "Actual cumulative"),
            t(lang, "Izlietojums, %", "Used, %"),
            t(lang, "Teorētiski uz šodienu", "Theoretical by today"),
            t(lang, "Starpība pret plānu", "Difference from plan"),
            t(lang, "Elastības robeža", "Flexibility limit"),
            t(lang, "No elastības robežas, %", "Of the limit, %"),
        ],
        &fm,
    )?;
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
    header(
        ws,
        top,
        &[
            t(lang, "Aktivitāte", "Activity"),
            t(lang, "Pozīcija", "Heading"),
            t(lang, "Nosaukums", "Name"),
            t(lang, "Budžets", "Budget"),
            t(lang, "Faktiski kumulatīvi", "Actual cumulative"),
            t(lang, "Teorētiski uz šodienu", "Theoretical by today"),
            t(lang, "Starpība pret plānu", "Difference from plan"),
        ],
        &fm,
    )?;
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

    // The monthly series.
    let ws = wb.add_worksheet().set_name(names.months)?;
    let mut cols: Vec<String> = vec![t(lang, "Mēnesis", "Month").into()];
    for x in &r.lines {
        cols.push(format!("{} {}", x.line, t(lang, "faktiski", "actual")));
        cols.push(format!(
            "{} {}",
            x.line,
            t(lang, "kumulatīvi", "cumulative")
        ));
        cols.push(format!(
            "{} {}",
            x.line,
            t(lang, "plāns kumulatīvi", "plan cumulative")
        ));
    }
    for c in [
        t(lang, "Kopā faktiski", "Total actual"),
        t(lang, "Kopā kumulatīvi", "Total cumulative"),
        t(lang, "Kopā plāns", "Total plan"),
        t(lang, "Kopā plāns kumulatīvi", "Total plan cumulative"),
    ] {
        cols.push(c.into());
    }
    for s in &r.sources {
        cols.push(format!("{} {}", s.code, t(lang, "faktiski", "actual")));
        cols.push(format!(
            "{} {}",
            s.code,
            t(lang, "kumulatīvi", "cumulative")
        ));
    }
    cols.push(
        t(
            lang,
            "Ceturkšņa beigas (= maksājuma pieprasījums)",
            "Quarter end (= claim)",
        )
        .into(),
    );
    let refs: Vec<&str> = cols.iter().map(String::as_str).collect();
    header(ws, 0, &refs, &fm)?;
    let tc = total_col(nl);
    for (i, m) in r.months.iter().enumerate() {
        let row = 1 + i as u32;
        ws.write_string(row, 0, &m.month)?;
        for (l, x) in m.lines.iter().enumerate() {
            opt(ws, row, line_col(l), x.actual, &fm.money)?;
            opt(ws, row, line_col(l) + 1, x.cumulative, &fm.money)?;
            ws.write_number_with_format(row, line_col(l) + 2, f(x.plan_cumulative), &fm.money)?;
        }
        opt(ws, row, tc, m.total.actual, &fm.money)?;
        opt(ws, row, tc + 1, m.total.cumulative, &fm.money)?;
        ws.write_number_with_format(row, tc + 2, f(m.total.plan), &fm.money)?;
        ws.write_number_with_format(row, tc + 3, f(m.total.plan_cumulative), &fm.money)?;
        for (s, x) in m.by_source.iter().enumerate() {
            let c = tc + 4 + 2 * s as u16;
            opt(ws, row, c, x.as_ref().map(|x| x.actual), &fm.money)?;
            opt(ws, row, c + 1, x.as_ref().map(|x| x.cumulative), &fm.money)?;
        }
        if m.closes_quarter {
            ws.write_string(row, tc + 4 + 2 * ns as u16, "✓")?;
        }
    }
    ws.set_column_range_width(1, tc + 4 + 2 * ns as u16, 13)?;
    ws.set_row_height(0, 45)?;
    ws.set_freeze_panes(1, 1)?;
    let n_months = r.months.len() as u32;

    // Indicators.
    let ws = wb.add_worksheet().set_name(names.indicators)?;
    header(
        ws,
        0,
        &[
            t(lang, "Aktivitāte", "Activity"),
            t(lang, "Rādītājs", "Indicator"),
            t(lang, "Mērķa vērtība", "Target value"),
            t(lang, "Sasniegtā vērtība", "Achieved value"),
            t(lang, "Sasniegts, %", "Achieved, %"),
            t(lang, "Plānots līdz šim", "Planned by now"),
            t(lang, "Izmaksas uz personu", "Cost per person"),
            t(
                lang,
                "Plānotās izmaksas uz personu",
                "Planned cost per person",
            ),
        ],
        &fm,
    )?;
    for (i, x) in r.indicators.iter().enumerate() {
        let row = 1 + i as u32;
        ws.write_string(row, 0, &x.line)?;
        ws.write_string(row, 1, &x.indicator)?;
        ws.write_number(row, 2, x.target)?;
        ws.write_number(row, 3, x.achieved)?;
        opt(ws, row, 4, x.achieved_pct, &fm.pct)?;
        ws.write_number(row, 5, f(x.planned_by_now))?;
        opt(ws, row, 6, x.cost_per_person, &fm.money)?;
        opt(ws, row, 7, x.planned_cost_per_person, &fm.money)?;
    }
    ws.set_column_width(1, 30)?;
    ws.set_column_range_width(2, 7, 14)?;
    ws.set_row_height(0, 45)?;

    let ws = wb.add_worksheet().set_name(names.persons)?;
    let mut cols: Vec<String> = vec![t(lang, "Mēnesis", "Month").into()];
    for x in &r.lines {
        cols.push(format!("{} {}", x.line, t(lang, "mēnesī", "in month")));
        cols.push(format!(
            "{} {}",
            x.line,
            t(lang, "kumulatīvi", "cumulative")
        ));
        cols.push(format!(
            "{} {}",
            x.line,
            t(lang, "mērķis kumulatīvi", "target cumulative")
        ));
    }
    let refs: Vec<&str> = cols.iter().map(String::as_str).collect();
    header(ws, 0, &refs, &fm)?;
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

    let ws = wb.add_worksheet().set_name(names.deadlines)?;
    header(
        ws,
        0,
        &[
            t(lang, "Lietas Nr.", "Case no."),
            t(lang, "Izceļošanas datums", "Departure date"),
            t(lang, "Reintegrācijas termiņš", "Reintegration deadline"),
            t(lang, "Dienas līdz termiņam", "Days left"),
        ],
        &fm,
    )?;
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

    // Charts, on their own sheet, pointing at the monthly sheets.
    let months = names.months;
    let persons = names.persons;
    let last = n_months; // rows 1..=n_months hold the months
    let ws = wb.add_worksheet().set_name(names.charts)?;
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
        let mut ch = Chart::new(ChartType::Line);
        ch.title().set_name(&format!(
            "{} — {}",
            if l == nl {
                x.name.as_str()
            } else {
                x.line.as_str()
            },
            t(
                lang,
                "kumulatīvi faktiski pret plānu, EUR",
                "cumulative actual vs plan, EUR"
            )
        ));
        ch.add_series()
            .set_name(t(lang, "Faktiski", "Actual"))
            .set_categories((months, 1, 0, last, 0))
            .set_values((months, 1, act, last, act));
        ch.add_series()
            .set_name(t(lang, "Plāns", "Plan"))
            .set_categories((months, 1, 0, last, 0))
            .set_values((months, 1, plan, last, plan))
            .set_format(rust_xlsxwriter::ChartFormat::new().set_line(
                rust_xlsxwriter::ChartLine::new().set_dash_type(ChartLineDashType::Dash),
            ));
        ch.legend().set_position(ChartLegendPosition::Bottom);
        ch.set_width(640).set_height(300);
        ws.insert_chart(at, 0, &ch)?;
        at += 16;
    }
    let mut ch = Chart::new(ChartType::Column);
    ch.title().set_name(t(
        lang,
        "Attiecināmie izdevumi mēnesī, EUR",
        "Eligible spend per month, EUR",
    ));
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
        ch.title().set_name(&format!(
            "{} — {}",
            x.line,
            t(
                lang,
                "personas kumulatīvi pret mērķi",
                "persons cumulative vs target"
            )
        ));
        ch.add_series()
            .set_name(t(lang, "Sasniegts", "Achieved"))
            .set_categories((persons, 1, 0, plast, 0))
            .set_values((persons, 1, persons_col(l) + 1, plast, persons_col(l) + 1));
        ch.add_series()
            .set_name(t(lang, "Mērķis (lineāri)", "Target (linear)"))
            .set_categories((persons, 1, 0, plast, 0))
            .set_values((persons, 1, persons_col(l) + 2, plast, persons_col(l) + 2))
            .set_format(rust_xlsxwriter::ChartFormat::new().set_line(
                rust_xlsxwriter::ChartLine::new().set_dash_type(ChartLineDashType::Dash),
            ));
        ch.legend().set_position(ChartLegendPosition::Bottom);
        ch.set_width(640).set_height(300);
        ws.insert_chart(at, 0, &ch)?;
        at += 16;
    }
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
