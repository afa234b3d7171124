//! xlsx rendering helpers (rust_xlsxwriter): formats, cells written by type (text always as a
//! string, never a formula), live formulas stored with grantbook's computed result, print setup,
//! and the hidden `_grantbook` sheet that lets `review` recognise a workbook in either language.
//! Money becomes `f64` only here, at the moment it is written into a cell.

pub mod burn;
pub mod check;
pub mod claim;
pub mod review;

use crate::model::money::fmt2;
use crate::model::project::Lang;
use crate::model::InputDigest;
use crate::model::Money;
use crate::render::provenance::Provenance;
use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{
    ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Worksheet, XlsxError,
};

pub type XResult<T = ()> = Result<T, XlsxError>;

use crate::model::provenance::META_SHEET;

pub const MONEY: &str = "#,##0.00";

/// The formats every sheet uses.
pub struct Fmts {
    pub title: Format,
    pub subtitle: Format,
    pub head: Format,
    pub text: Format,
    pub wrap: Format,
    /// A note under a table (merged over its columns, wrapped).
    pub note: Format,
    pub subtitle_note: Format,
    /// A wrapped text cell in a list, aligned at the bottom as the list's other cells are.
    pub list_wrap: Format,
    pub bold: Format,
    pub money: Format,
    pub money_total: Format,
    pub amount: Format,
    pub rate: Format,
    pub pct: Format,
    pub pct_total: Format,
    pub int: Format,
    pub int_total: Format,
    pub date: Format,
    pub sign: Format,
}

impl Fmts {
    pub fn new(lang: Lang) -> Fmts {
        let date = match lang {
            Lang::Lv => "dd.mm.yyyy.",
            Lang::En => "yyyy-mm-dd",
        };
        let total = |f: Format| f.set_bold().set_border_top(FormatBorder::Thin);
        Fmts {
            title: Format::new().set_bold().set_font_size(14),
            subtitle: Format::new().set_italic(),
            head: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(0xDDEBF7)
                .set_border_bottom(FormatBorder::Thin),
            text: Format::new(),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            list_wrap: Format::new().set_text_wrap(),
            subtitle_note: Format::new()
                .set_italic()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_align(FormatAlign::Left),
            note: Format::new()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_align(FormatAlign::Left),
            bold: Format::new().set_bold(),
            money: Format::new().set_num_format(MONEY),
            money_total: total(Format::new().set_num_format(MONEY)),
            amount: Format::new().set_num_format("#,##0.00##"),
            rate: Format::new().set_num_format("0.0#####"),
            pct: Format::new().set_num_format("0.00"),
            pct_total: total(Format::new().set_num_format("0.00")),
            int: Format::new().set_num_format("0"),
            int_total: total(Format::new().set_num_format("0")),
            date: Format::new()
                .set_num_format(date)
                .set_align(FormatAlign::Left),
            sign: Format::new().set_border_bottom(FormatBorder::Thin),
        }
    }
}

/// A decimal as the nearest `f64` (so 0.1 stays 0.1). A mantissa below 2^53 over a power of ten
/// up to 10^22 are both exact doubles, and one IEEE division rounds their exact quotient to the
/// nearest double: the same double as parsing the decimal's text, without the text (a million-line
/// list writes seven amounts a line).
pub fn f64_of(x: &Money) -> f64 {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let m = x.mantissa().unsigned_abs();
    match EXACT.get(x.scale() as usize) {
        // The sign apart, as the text has it (a negative zero stays one).
        Some(p) if m < 1 << 53 => match x.is_sign_negative() {
            true => -(m as f64 / p),
            false => m as f64 / p,
        },
        _ => x.to_string().parse().unwrap_or(0.0),
    }
}

/// Text, always as a string cell: a description starting with `=` stays text.
pub fn text(ws: &mut Worksheet, r: u32, c: u16, s: &str, f: &Format) -> XResult {
    ws.write_string_with_format(r, c, s, f)?;
    Ok(())
}

pub fn money(ws: &mut Worksheet, r: u32, c: u16, x: &Money, f: &Format) -> XResult {
    ws.write_number_with_format(r, c, f64_of(x), f)?;
    Ok(())
}

pub fn int(ws: &mut Worksheet, r: u32, c: u16, x: u32, f: &Format) -> XResult {
    ws.write_number_with_format(r, c, f64::from(x), f)?;
    Ok(())
}

pub fn date(ws: &mut Worksheet, r: u32, c: u16, d: chrono::NaiveDate, f: &Format) -> XResult {
    ws.write_datetime_with_format(r, c, excel_date(d)?, f)?;
    Ok(())
}

/// A date as rust_xlsxwriter's date.
pub fn excel_date(d: chrono::NaiveDate) -> XResult<ExcelDateTime> {
    use chrono::Datelike;
    ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
}

/// A live formula with the value grantbook computed stored as its result.
pub fn formula(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    expr: &str,
    result: &str,
    f: &Format,
) -> XResult {
    ws.write_formula_with_format(r, c, Formula::new(expr).set_result(result), f)?;
    Ok(())
}

/// A money formula whose result is `x`.
pub fn money_formula(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    expr: &str,
    x: &Money,
    f: &Format,
) -> XResult {
    formula(ws, r, c, expr, &fmt2(x), f)
}

/// `=SUM(E5:E9)` over rows `first..=last` of column `c`, or `=0` when there are none.
pub fn sum_expr(c: u16, first: u32, last: Option<u32>) -> String {
    match last {
        Some(l) if l >= first => format!(
            "=SUM({}:{})",
            row_col_to_cell(first, c),
            row_col_to_cell(l, c)
        ),
        _ => "=0".to_string(),
    }
}

/// `=SUMIFS(E$5:E$9,A$5:A$9,A12)`: column `c` of rows `first..=last` where column `key_col`
/// equals the cell `key`.
pub fn sumifs_expr(c: u16, key_col: u16, first: u32, last: Option<u32>, key: &str) -> String {
    match last {
        Some(l) if l >= first => {
            let col = |cc: u16| {
                let a = rust_xlsxwriter::utility::column_number_to_name(cc);
                format!("{a}${}:{a}${}", first + 1, l + 1)
            };
            format!("=SUMIFS({},{},{})", col(c), col(key_col), key)
        }
        _ => "=0".to_string(),
    }
}

pub fn cell(r: u32, c: u16) -> String {
    row_col_to_cell(r, c)
}

/// Column widths, from column 0.
pub fn widths(ws: &mut Worksheet, w: &[f64]) -> XResult {
    for (c, x) in w.iter().enumerate() {
        ws.set_column_width(c as u16, *x)?;
    }
    Ok(())
}

/// A4 landscape, one page wide and as many long as the rows need, narrow margins, the
/// agreement number, the sheet and "Page n of m" in the footer, header rows repeated on every
/// page. A sheet's width is its columns' (the notes under a table are merged, wrapped cells
/// that never widen it: [`note`]), so the scale stays readable.
pub fn print_setup(
    ws: &mut Worksheet,
    agreement: &str,
    page: &str,
    repeat: Option<(u32, u32)>,
) -> XResult {
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_margins(0.3, 0.3, 0.45, 0.5, 0.2, 0.25);
    let esc = agreement.replace('&', "&&");
    ws.set_footer(format!("&L&8{esc}&C&8&A&R&8{page}"));
    if let Some((a, b)) = repeat {
        ws.set_repeat_rows(a, b)?;
    }
    Ok(())
}

/// How many lines `text` takes in a wrapped cell `width` characters wide (Excel's width unit,
/// the digit 0 of the default font). Counted as if every letter were as wide as a digit: a
/// little generous with Calibri, right with the wider faces a spreadsheet may put in its place.
pub fn wrapped_lines(text: &str, width: f64) -> u32 {
    let per_line = (width - 1.0).max(1.0);
    text.split('\n')
        .map(|para| {
            // Greedy word wrap, as a spreadsheet does; a word longer than a line is broken.
            let (mut lines, mut used) = (1u32, 0.0f64);
            for w in para.split(' ') {
                let n = w.chars().count() as f64;
                let need = if used > 0.0 { used + 1.0 + n } else { n };
                if need <= per_line {
                    used = need;
                    continue;
                }
                if used > 0.0 {
                    lines += 1;
                }
                let parts = (n / per_line).ceil().max(1.0);
                lines += parts as u32 - 1;
                used = n - per_line * (parts - 1.0);
            }
            lines
        })
        .sum()
}

/// A header row whose wrapped labels all show: the row is as high as its tallest label
/// (LibreOffice does not grow a row for wrapped text written without a height, and the label's
/// second line would lie over the first data row).
pub fn header_row_height(ws: &mut Worksheet, row: u32, labels: &[&str], widths: &[f64]) -> XResult {
    let lines = labels
        .iter()
        .zip(widths)
        .map(|(l, w)| wrapped_lines(l, *w))
        .max()
        .unwrap_or(1);
    ws.set_row_height(row, 15.0 * f64::from(lines))?;
    Ok(())
}

/// A note under a table: one cell merged over the table's columns `c0..=c1`, wrapped, as high
/// as its text. A long one-line note would otherwise set the printed width of the sheet.
pub fn note(
    ws: &mut Worksheet,
    row: u32,
    c0: u16,
    c1: u16,
    text: &str,
    widths: &[f64],
    f: &Format,
) -> XResult {
    let width: f64 = widths
        .iter()
        .skip(c0 as usize)
        .take((c1 - c0 + 1) as usize)
        .sum();
    ws.merge_range(row, c0, row, c1, text, f)?;
    ws.set_row_height(row, 15.0 * f64::from(wrapped_lines(text, width)))?;
    Ok(())
}

/// The report's provenance as a table from `row`: the inputs' title, a header row (role, file,
/// SHA-256), one row per input in the reader's words (the hidden sheet keeps the codes), a
/// blank row and the tool with its version.
pub fn provenance_table(
    ws: &mut Worksheet,
    mut row: u32,
    p: &Provenance,
    lang: Lang,
    f: &Fmts,
) -> XResult {
    let l = |k: &str| crate::render::labels::label(lang, k);
    text(ws, row, 0, l("inputs"), &f.bold)?;
    row += 1;
    text(ws, row, 0, l("role"), &f.head)?;
    text(ws, row, 1, l("file"), &f.head)?;
    text(ws, row, 2, "SHA-256", &f.head)?;
    for d in &p.inputs {
        row += 1;
        text(ws, row, 0, &d.role, &f.text)?;
        text(ws, row, 1, &d.file, &f.text)?;
        text(ws, row, 2, &d.sha256, &f.text)?;
    }
    row += 2;
    text(ws, row, 0, l("tool"), &f.bold)?;
    text(ws, row, 1, &p.tool, &f.text)
}

/// Facts about the report that `review` reads back, language-independent.
pub struct Meta<'a> {
    pub kind: &'a str,
    pub pairs: Vec<(&'a str, String)>,
    pub inputs: &'a [InputDigest],
}

/// The hidden `_grantbook` sheet: `key | value` rows, then the inputs as `role | file | sha256`.
pub fn meta_sheet(m: &Meta) -> XResult<Worksheet> {
    let mut ws = Worksheet::new();
    ws.set_name(META_SHEET)?;
    let plain = Format::new();
    text(&mut ws, 0, 0, "report", &plain)?;
    text(&mut ws, 0, 1, m.kind, &plain)?;
    let mut r = 1;
    for (k, v) in &m.pairs {
        text(&mut ws, r, 0, k, &plain)?;
        text(&mut ws, r, 1, v, &plain)?;
        r += 1;
    }
    r += 1;
    for (c, h) in ["input_role", "input_file", "input_sha256"]
        .iter()
        .enumerate()
    {
        text(&mut ws, r, c as u16, h, &plain)?;
    }
    for d in m.inputs {
        r += 1;
        text(&mut ws, r, 0, &d.role, &plain)?;
        text(&mut ws, r, 1, &d.file, &plain)?;
        text(&mut ws, r, 2, &d.sha256, &plain)?;
    }
    widths(&mut ws, &[16.0, 24.0, 66.0])?;
    ws.set_hidden(true);
    Ok(ws)
}

#[cfg(test)]
mod tests {
    use super::wrapped_lines;

    #[test]
    fn amounts_are_the_doubles_their_text_parses_to() {
        use super::{f64_of, Money};
        use std::str::FromStr;
        let mut seen = 0;
        for s in [
            "0",
            "0.1",
            "-0.1",
            "0.01",
            "1.15",
            "2.675",
            "1234567.89",
            "-98765.43",
            "0.000001",
            "9007199254740993",
            "9007199254740.993",
            "123456789012345678901234.5",
            "1e-20",
            "79228162514264337593543950335",
            "-0.00",
            "100.10",
        ] {
            let d = Money::from_str(s)
                .or_else(|_| Money::from_scientific(s))
                .unwrap();
            assert_eq!(
                f64_of(&d).to_bits(),
                d.to_string().parse::<f64>().unwrap().to_bits(),
                "{s}"
            );
            seen += 1;
        }
        // Random cents, the common case.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..100_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let d = Money::new(
                (x % 10_000_000_000_000) as i64 - 5_000_000_000_000,
                (x % 7) as u32,
            );
            assert_eq!(
                f64_of(&d).to_bits(),
                d.to_string().parse::<f64>().unwrap().to_bits(),
                "{d}"
            );
            seen += 1;
        }
        assert_eq!(seen, 100_016);
    }

    #[test]
    fn counts_wrapped_lines_as_a_spreadsheet_wraps() {
        // Width 6 holds 5 characters a line.
        assert_eq!(wrapped_lines("", 6.0), 1);
        assert_eq!(wrapped_lines("aaaa", 6.0), 1);
        assert_eq!(wrapped_lines("aa bb", 6.0), 1);
        assert_eq!(wrapped_lines("aaaa bbbb", 6.0), 2);
        assert_eq!(wrapped_lines("aaaa bbbb cc", 6.0), 3);
        // 12 characters in one word: 5 + 5 + 2, then "dd" fits beside the last 2.
        assert_eq!(wrapped_lines("aaaaaaaaaaaa", 6.0), 3);
        assert_eq!(wrapped_lines("aaaaaaaaaaaa dd", 6.0), 3);
        assert_eq!(wrapped_lines("aa\nbb", 6.0), 2);
    }
}
