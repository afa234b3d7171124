//! `grantbook template`: an empty input workbook to fill in — the importer's own headers
//! (`import::sheet::header`), drop-downs for codes and yes/no, date and money formats, a frozen header
//! row, and an instructions sheet explaining every column. A filled template always imports.

use super::field_help::{field_help, kind_help, yes_no, Table};
use crate::i18n::tr;
use crate::import::fields::{FieldSpec, CASE_FIELDS, EXPENSE_FIELDS, RATE_FIELDS};
use crate::import::sheet::header::Kind;
use crate::model::project::{HeadingKind, Lang};
use crate::model::Project;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, DocProperties,
    ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

/// How many rows below the header carry the drop-downs and formats.
pub const TEMPLATE_ROWS: u32 = 5000;

impl Table {
    pub fn fields(self) -> &'static [FieldSpec] {
        match self {
            Table::Expenses => EXPENSE_FIELDS,
            Table::Cases => CASE_FIELDS,
            Table::Rates => RATE_FIELDS,
        }
    }
    /// The file stem: `expenses` → `expenses-template.xlsx`.
    pub fn stem(self) -> &'static str {
        match self {
            Table::Expenses => "expenses",
            Table::Cases => "cases",
            Table::Rates => "rates",
        }
    }
    /// The data sheet's name.
    pub fn sheet(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Table::Expenses, Lang::Lv) => "Izdevumi",
            (Table::Expenses, Lang::En) => "Expenses",
            (Table::Cases, Lang::Lv) => "Lietas",
            (Table::Cases, Lang::En) => "Cases",
            (Table::Rates, Lang::Lv) => "Kursi",
            (Table::Rates, Lang::En) => "Rates",
        }
    }
    fn what(self, lang: Lang) -> String {
        tr(
            lang,
            match self {
                Table::Expenses => "template-what-expenses",
                Table::Cases => "template-what-cases",
                Table::Rates => "template-what-rates",
            },
        )
    }
}

fn instructions_sheet(lang: Lang) -> String {
    tr(lang, "template-instructions-sheet")
}

/// One of two texts kept side by side elsewhere (the field help's table, a number format); the
/// template's own words are the catalogue's `template-…` (common.ftl).
fn by_lang(lang: Lang, lv: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Lv => lv,
        Lang::En => en,
    }
}

/// Excel's limits: 32 characters for an input title, 255 for a message.
fn clip(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// The header in the template's language (the importer accepts either).
pub fn header(f: &FieldSpec, lang: Lang) -> &'static str {
    match lang {
        Lang::Lv => f.lv,
        Lang::En => f.en,
    }
}

/// Code lists offered by drop-downs, from the project file.
struct Codes {
    activities: Vec<String>,
    headings: Vec<String>,
    per_case: Vec<String>,
}

fn codes(project: Option<&Project>) -> Codes {
    let Some(p) = project else {
        return Codes {
            activities: vec![],
            headings: vec![],
            per_case: vec![],
        };
    };
    let mut activities: Vec<String> = p.lines.iter().map(|l| l.code.clone()).collect();
    if let Some(s) = &p.shared {
        activities.push(s.code.clone());
    }
    Codes {
        activities,
        // Indirect costs are a flat rate, never booked from invoices: not offered.
        headings: p
            .headings
            .iter()
            .filter(|h| h.kind != HeadingKind::Indirect)
            .map(|h| h.code.clone())
            .collect(),
        per_case: p
            .headings
            .iter()
            .filter(|h| h.per_case)
            .map(|h| h.code.clone())
            .collect(),
    }
}

/// A drop-down of `items`, inline when it fits Excel's 255 characters, else pointing at the
/// instructions sheet's list at `range` (`$A$10:$A$14`).
fn list_validation(items: &[String], sheet: &str, range: &str) -> DataValidation {
    match DataValidation::new().allow_list_strings(items) {
        Ok(dv) => dv,
        Err(_) => DataValidation::new()
            .allow_list_formula(rust_xlsxwriter::Formula::new(format!("='{sheet}'!{range}"))),
    }
}

struct Formats {
    head_required: Format,
    head_optional: Format,
    date: Format,
    money: Format,
    text: Format,
    title: Format,
    bold: Format,
    wrap: Format,
}

fn formats(lang: Lang) -> Formats {
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter)
        .set_border_bottom(FormatBorder::Medium);
    Formats {
        head_required: head.clone().set_background_color(Color::RGB(0xBDD7EE)),
        head_optional: head.set_background_color(Color::RGB(0xEDEDED)),
        date: Format::new().set_num_format(by_lang(lang, "dd.mm.yyyy", "yyyy-mm-dd")),
        money: Format::new().set_num_format("#,##0.00"),
        text: Format::new().set_num_format("@"),
        title: Format::new().set_bold().set_font_size(14),
        bold: Format::new().set_bold(),
        wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
    }
}

/// The template workbook for `table`: the data sheet first (the one the importer reads), then
/// the instructions. `project` supplies the activity and heading codes (required for expenses).
pub fn template_workbook(
    table: Table,
    project: Option<&Project>,
    lang: Lang,
) -> Result<Workbook, XlsxError> {
    let mut wb = Workbook::new();
    let fixed = ExcelDateTime::from_ymd(2020, 1, 1)?;
    wb.set_properties(
        &DocProperties::new()
            .set_title(format!("grantbook template: {}", table.stem()))
            .set_creation_datetime(&fixed),
    );
    let fm = formats(lang);
    let codes = codes(project);
    let isheet = instructions_sheet(lang);

    let mut data = Worksheet::new();
    data.set_name(table.sheet(lang))?;
    let mut ins = Worksheet::new();
    ins.set_name(&isheet)?;
    let lists = write_instructions(&mut ins, table, project, lang, &fm)?;

    for (c, f) in table.fields().iter().enumerate() {
        let c = c as u16;
        data_column(&mut data, c, f, table, lang, &fm)?;
        let dv = column_validation(f, table, lang, &codes, &isheet, &lists)?;
        data.add_data_validation(1, c, TEMPLATE_ROWS, c, &dv)?;
    }
    data.set_row_height(0, 30)?;
    data.set_landscape();
    data.set_print_fit_to_pages(1, 0);
    data.set_freeze_panes(1, 0)?;
    data.set_active(true);
    wb.push_worksheet(data);
    wb.push_worksheet(ins);
    Ok(wb)
}

/// A data column `c`: its header (required in blue, optional in grey), a width for the
/// header and the example, and the cell format of the field's kind.
fn data_column(
    ws: &mut Worksheet,
    c: u16,
    f: &FieldSpec,
    table: Table,
    lang: Lang,
    fm: &Formats,
) -> Result<(), XlsxError> {
    let name = header(f, lang);
    let head = if f.required {
        &fm.head_required
    } else {
        &fm.head_optional
    };
    ws.write_string_with_format(0, c, name, head)?;
    let help = field_help(table, f.id);
    let example = help.as_ref().map(|h| h.example).unwrap_or("");
    let width = name.chars().count().max(example.chars().count()).max(10) + 3;
    ws.set_column_width(c, width.min(40) as f64)?;

    let col_format = match f.kind {
        Kind::Date => Some(&fm.date),
        Kind::Amount => Some(&fm.money),
        Kind::Code | Kind::Text | Kind::Month => Some(&fm.text),
        Kind::Number | Kind::Bool | Kind::Year => None,
    };
    if let Some(cf) = col_format {
        ws.set_column_format(c, cf)?;
        // The header cell keeps its own format.
        ws.write_string_with_format(0, c, name, head)?;
    }
    Ok(())
}

/// A data column's validation, with the field's meaning and format as the message shown on
/// entry: the project's codes, sex, yes/no and years from a list or range (refused outside
/// it); dates, amounts and numbers in a range with a warning only (a date or amount typed as
/// text still imports).
fn column_validation(
    f: &FieldSpec,
    table: Table,
    lang: Lang,
    codes: &Codes,
    isheet: &str,
    lists: &ListRanges,
) -> Result<DataValidation, XlsxError> {
    let name = header(f, lang);
    let help = field_help(table, f.id);
    let meaning = help
        .map(|h| by_lang(lang, h.lv, h.en))
        .unwrap_or_default()
        .to_string();
    let mut message = format!("{meaning} {}.", kind_help(f.kind, lang));
    let mut dv: Option<DataValidation> = None;
    let mut strict = false;
    match (table, f.id, f.kind) {
        (Table::Expenses, "activity", _) if !codes.activities.is_empty() => {
            dv = Some(list_validation(
                &codes.activities,
                isheet,
                &lists.activities,
            ));
            strict = true;
        }
        (Table::Expenses, "heading", _) if !codes.headings.is_empty() => {
            dv = Some(list_validation(&codes.headings, isheet, &lists.headings));
            strict = true;
        }
        (Table::Expenses, "case_id", _) if !codes.per_case.is_empty() => {
            message = format!(
                "{meaning} {}: {}.",
                tr(lang, "template-required-for-headings"),
                codes.per_case.join(", ")
            );
        }
        (Table::Cases, "sex", _) => {
            dv = DataValidation::new()
                .allow_list_strings(&["F", "M", "X"])
                .ok();
            strict = true;
        }
        (_, _, Kind::Bool) => {
            dv = DataValidation::new().allow_list_strings(&yes_no(lang)).ok();
            strict = true;
        }
        (_, _, Kind::Date) => {
            dv = Some(
                DataValidation::new().allow_date(DataValidationRule::Between(
                    ExcelDateTime::from_ymd(1990, 1, 1)?,
                    ExcelDateTime::from_ymd(2100, 12, 31)?,
                )),
            );
        }
        (_, _, Kind::Amount) => {
            dv = Some(
                DataValidation::new()
                    .allow_decimal_number(DataValidationRule::Between(-1.0e12, 1.0e12)),
            );
        }
        (_, _, Kind::Number) => {
            dv = Some(
                DataValidation::new()
                    .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0)),
            );
        }
        (_, _, Kind::Year) => {
            dv = Some(
                DataValidation::new().allow_whole_number(DataValidationRule::Between(1900, 2100)),
            );
            strict = true;
        }
        _ => {}
    }
    let dv = dv
        .unwrap_or_else(|| DataValidation::new().allow_any_value())
        .set_input_title(clip(name, 32))?
        .set_input_message(clip(&message, 255))?;
    let dv = if strict {
        dv.set_error_title(clip(name, 32))?
            .set_error_message(clip(&message, 255))?
    } else {
        // Dates and amounts typed as text (15.07.2020, "1 234,56") still import: warn only.
        dv.set_error_style(DataValidationErrorStyle::Warning)
            .set_error_title(clip(name, 32))?
            .set_error_message(clip(&message, 255))?
    };
    Ok(dv)
}

/// Where the instructions sheet lists the codes (for drop-downs longer than 255 characters).
struct ListRanges {
    activities: String,
    headings: String,
}

fn write_instructions(
    ws: &mut Worksheet,
    table: Table,
    project: Option<&Project>,
    lang: Lang,
    fm: &Formats,
) -> Result<ListRanges, XlsxError> {
    // Column, [field id,] required, format, meaning, example (the Latvian sheet has no id).
    let widths: &[f64] = match lang {
        Lang::En => &[28.0, 22.0, 24.0, 40.0, 60.0, 18.0],
        Lang::Lv => &[28.0, 24.0, 40.0, 60.0, 18.0],
    };
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    let r = instructions_intro(ws, table, project, lang, fm)?;
    let r = instructions_fields(ws, r + 2, table, project, lang, fm)?;
    let ranges = ListRanges {
        activities: String::new(),
        headings: String::new(),
    };
    let (Some(p), Table::Expenses) = (project, table) else {
        return Ok(ranges);
    };
    instructions_codes(ws, r, p, lang, fm)
}

/// The instructions' title, what the table is, the project, and the steps to fill it in.
/// Returns the last row.
fn instructions_intro(
    ws: &mut Worksheet,
    table: Table,
    project: Option<&Project>,
    lang: Lang,
    fm: &Formats,
) -> Result<u32, XlsxError> {
    let title = format!("grantbook — {}", tr(lang, "template-input-template"));
    ws.write_string_with_format(0, 0, &title, &fm.title)?;
    ws.write_string(1, 0, table.what(lang))?;
    let mut r = 2;
    if let Some(p) = project {
        ws.write_string(
            r,
            0,
            format!("{} — {}", p.agreement.number, p.agreement.title.get(lang)),
        )?;
        r += 1;
    }
    let steps = [
        "template-step-fill",
        "template-step-required",
        "template-step-columns",
        "template-step-then",
    ];
    for s in steps {
        r += 1;
        ws.write_string(r, 0, tr(lang, s))?;
    }
    Ok(r)
}

/// One row per column of the data sheet from the header row `r`: its header, (English:) the
/// field's id, whether it is required, its format, meaning and an example. Returns the last
/// row.
fn instructions_fields(
    ws: &mut Worksheet,
    mut r: u32,
    table: Table,
    project: Option<&Project>,
    lang: Lang,
    fm: &Formats,
) -> Result<u32, XlsxError> {
    // The field's id (what a project file's column mapping names) is a code word: an English
    // sheet shows it, a Latvian sheet leaves the column out (issue 14: no identifiers).
    let id_col = lang == Lang::En;
    let skip = u16::from(!id_col);
    let heads: Vec<&str> = [
        "template-column",
        "template-field",
        "template-required",
        "template-format",
        "template-meaning",
        "template-example",
    ]
    .into_iter()
    .filter(|h| id_col || *h != "template-field")
    .collect();
    for (c, h) in heads.iter().enumerate() {
        ws.write_string_with_format(r, c as u16, tr(lang, h), &fm.bold)?;
    }
    let codes = codes(project);
    let per_case = &codes.per_case;
    for f in table.fields() {
        r += 1;
        let help = field_help(table, f.id);
        let required = if f.required {
            tr(lang, "template-yes").to_string()
        } else if table == Table::Expenses && f.id == "case_id" && !per_case.is_empty() {
            format!(
                "{} {}",
                tr(lang, "template-for-headings"),
                per_case.join(", ")
            )
        } else {
            tr(lang, "template-no").to_string()
        };
        ws.write_string(r, 0, header(f, lang))?;
        if id_col {
            ws.write_string(r, 1, f.id)?;
        }
        ws.write_string_with_format(r, 2 - skip, required, &fm.wrap)?;
        ws.write_string_with_format(r, 3 - skip, kind_help(f.kind, lang), &fm.wrap)?;
        if let Some(h) = &help {
            ws.write_string_with_format(r, 4 - skip, by_lang(lang, h.lv, h.en), &fm.wrap)?;
            // Codes are the project's own, never the first project's.
            let own = match (table, f.id) {
                (Table::Expenses, "activity") => codes.activities.first(),
                (Table::Expenses, "heading") => codes.headings.first(),
                _ => None,
            };
            let example = match own {
                Some(code) => code.as_str(),
                None if f.kind == Kind::Bool => yes_no(lang)[0],
                None => h.example,
            };
            ws.write_string(r, 5 - skip, example)?;
        }
    }
    Ok(r)
}

/// The project's activity lines and budget headings below the fields (the drop-downs' lists
/// when they are too long to hold inline), and the indirect costs' flat rate. Returns where
/// the lists are.
fn instructions_codes(
    ws: &mut Worksheet,
    mut r: u32,
    p: &Project,
    lang: Lang,
    fm: &Formats,
) -> Result<ListRanges, XlsxError> {
    let mut ranges = ListRanges {
        activities: String::new(),
        headings: String::new(),
    };
    r += 2;
    ws.write_string_with_format(r, 0, tr(lang, "template-activity-lines"), &fm.bold)?;
    let first = r + 1;
    for l in &p.lines {
        r += 1;
        ws.write_string(r, 0, &l.code)?;
        ws.write_string(r, 1, l.name.get(lang))?;
    }
    if let Some(s) = &p.shared {
        r += 1;
        ws.write_string(r, 0, &s.code)?;
        let key: Vec<String> = p
            .lines
            .iter()
            .zip(&s.key)
            .map(|(l, k)| format!("{} {} %", l.code, k.normalize()))
            .collect();
        ws.write_string(
            r,
            1,
            format!(
                "{} — {}: {}",
                s.name.get(lang),
                tr(lang, "template-apportioned"),
                key.join(", ")
            ),
        )?;
    }
    ranges.activities = format!("$A${}:$A${}", first + 1, r + 1);
    r += 2;
    ws.write_string_with_format(r, 0, tr(lang, "template-budget-headings"), &fm.bold)?;
    let first = r + 1;
    for h in p
        .headings
        .iter()
        .filter(|h| h.kind != HeadingKind::Indirect)
    {
        r += 1;
        ws.write_string(r, 0, &h.code)?;
        let note = if h.per_case {
            format!(" ({})", tr(lang, "template-per-case"))
        } else {
            String::new()
        };
        ws.write_string(r, 1, format!("{}{note}", h.name.get(lang)))?;
    }
    ranges.headings = format!("$A${}:$A${}", first + 1, r + 1);
    for h in p
        .headings
        .iter()
        .filter(|h| h.kind == HeadingKind::Indirect)
    {
        r += 2;
        ws.write_string(
            r,
            0,
            format!(
                "{} ({}): {}",
                h.code,
                h.name.get(lang),
                tr(lang, "template-indirect-flat-rate")
            ),
        )?;
    }
    Ok(ranges)
}

/// The template as xlsx bytes.
pub fn template_as_xlsx(
    table: Table,
    project: Option<&Project>,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    template_workbook(table, project, lang)?.save_to_buffer()
}
