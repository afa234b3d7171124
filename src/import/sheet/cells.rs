//! A cell as the file holds it (`Cell`), and typing it: dates, amounts, codes, yes/no. Floating cells become exact decimals without
//! binary noise (the shortest round-trip string of the float, so a cell showing 0.1 is 0.1);
//! text amounts take a decimal point or comma and space thousand separators; anything
//! ambiguous is an error, never a guess.

use crate::i18n::Msg;
use crate::model::Month;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::str::FromStr;
use unicode_normalization::UnicodeNormalization;

/// A cell's value as the file holds it, before any field typing.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A number cell (every xlsx number is a float; calamine gives integers for some formats).
    Number(f64),
    Int(i64),
    /// A date-formatted cell (the time part, if any, is dropped).
    Date(NaiveDate),
    /// A date-formatted cell that is not a valid calendar date.
    BadDate(f64),
    Bool(bool),
    /// A formula error such as `#REF!`.
    Error(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => trim(s).is_empty(),
            _ => false,
        }
    }
    /// The cell as the user would read it, for messages.
    pub fn shown(&self) -> Msg {
        let m = |key: &'static str, v: String| Msg::new(key).arg("value", v);
        match self {
            Cell::Empty => Msg::new("err-cell-empty"),
            Cell::Text(s) => m("err-cell-text", format!("{s:?}")),
            Cell::Number(f) => m("err-cell-number", f.to_string()),
            Cell::Int(i) => m("err-cell-number", i.to_string()),
            Cell::Date(d) => m("err-cell-date", d.to_string()),
            Cell::BadDate(f) => m("err-cell-bad-date", f.to_string()),
            Cell::Bool(b) => m("err-cell-bool", b.to_string()),
            Cell::Error(e) => m("err-cell-formula-error", e.to_string()),
        }
    }
}

/// Why a cell could not be typed: what was expected, and a hint.
#[derive(Debug, Clone, PartialEq)]
pub struct Bad {
    pub expected: Msg,
    pub hint: Msg,
}

fn bad(expected: &'static str, hint: &'static str) -> Bad {
    Bad {
        expected: Msg::new(expected),
        hint: Msg::new(hint),
    }
}

const DATE_EXPECTED: &str = "err-exp-date";

fn formula_error(e: &str) -> Bad {
    Bad {
        expected: Msg::new("err-exp-value"),
        hint: Msg::new("err-hint-formula").arg("error", e),
    }
}

/// `str::trim` with a fast path for the usual cell, which starts and ends with a printable
/// ASCII character.
pub fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// Lower-case, accents dropped, only letters and digits: `Ieraksta Nr.` → `ierakstanr` (how
/// headers and yes/no words are compared).
pub fn normalize(s: &str) -> String {
    s.nfd()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// Text of a code or free-text cell; numbers are written as the shortest decimal (4.1 → "4.1").
pub fn text(cell: &Cell) -> Result<Option<String>, Bad> {
    Ok(match cell {
        Cell::Empty => None,
        Cell::Text(s) => {
            let t = trim(s);
            (!t.is_empty()).then(|| t.to_string())
        }
        Cell::Number(f) => Some(
            float_decimal(*f)
                .map_err(|_| bad("err-exp-text", "err-hint-as-text"))?
                .normalize()
                .to_string(),
        ),
        Cell::Int(i) => Some(i.to_string()),
        Cell::Bool(b) => Some(b.to_string()),
        Cell::Date(d) => Some(d.to_string()),
        Cell::BadDate(_) => return Err(bad("err-exp-text", "err-hint-date-formatted-text")),
        Cell::Error(e) => return Err(formula_error(e)),
    })
}

/// A date from a date cell or from `YYYY-MM-DD` / `DD.MM.YYYY` (a trailing dot allowed).
pub fn date(cell: &Cell) -> Result<Option<NaiveDate>, Bad> {
    let d = match cell {
        Cell::Empty => return Ok(None),
        Cell::Date(d) => *d,
        Cell::Text(s) if trim(s).is_empty() => return Ok(None),
        Cell::Text(s) => parse_date_text(trim(s))?,
        Cell::Number(_) | Cell::Int(_) => return Err(bad(DATE_EXPECTED, "err-hint-plain-number")),
        Cell::BadDate(_) => return Err(bad(DATE_EXPECTED, "err-hint-not-calendar")),
        Cell::Bool(_) => return Err(bad(DATE_EXPECTED, "err-hint-type-date")),
        Cell::Error(e) => return Err(formula_error(e)),
    };
    if !(1900..=2100).contains(&d.year()) {
        return Err(bad("err-exp-date-range", "err-hint-year"));
    }
    Ok(Some(d))
}

fn parse_date_text(s: &str) -> Result<NaiveDate, Bad> {
    let hint_ambiguous = "err-hint-date-slash";
    let hint_form = "err-hint-date-form";
    if s.contains('/') {
        return Err(bad(DATE_EXPECTED, hint_ambiguous));
    }
    let t = s.strip_suffix('.').unwrap_or(s);
    // A datetime text such as "2020-07-15 00:00:00" or "2020-07-15T00:00:00".
    let t = t.split([' ', 'T']).next().unwrap_or(t);
    let b = t.as_bytes();
    // Fixed-width forms, read digit by digit (a format-string parser is most of an import).
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let ymd =
        |y: Option<u32>, m: Option<u32>, d: Option<u32>| NaiveDate::from_ymd_opt(y? as i32, m?, d?);
    let parsed = if t.len() == 10 && b[4] == b'-' {
        (b[7] == b'-')
            .then(|| ymd(num(0..4), num(5..7), num(8..10)))
            .flatten()
    } else if t.len() == 10 && b[2] == b'.' && b[5] == b'.' {
        ymd(num(6..10), num(3..5), num(0..2))
    } else {
        return Err(bad(DATE_EXPECTED, hint_form));
    };
    parsed.ok_or_else(|| bad(DATE_EXPECTED, "err-hint-no-such-day"))
}

/// An exact decimal from a float cell: the shortest string that round-trips (`0.1`, not
/// `0.1000000000000000055…`), parsed as a decimal.
pub(crate) fn float_decimal(f: f64) -> Result<Decimal, Bad> {
    if !f.is_finite() {
        return Err(bad("err-exp-finite", "err-hint-nan"));
    }
    if let Some(d) = short_decimal(f) {
        return Ok(d);
    }
    let s = format!("{f}");
    Decimal::from_str(&s)
        .or_else(|_| Decimal::from_scientific(&s))
        .map_err(|_| bad("err-exp-below-1e28", "err-hint-too-large"))
}

/// The fast path of `float_decimal` for the cells a ledger holds (amounts with at most four
/// decimals, below 10^11): when `k / 10^p` is exactly `f` as a float, the decimal `k / 10^p` is
/// the one the shortest round-trip string names — doubles below 10^11 lie closer than 10^-5, so
/// no other decimal of at most `p` places rounds to `f`. `None` sends `f` down the slow path.
fn short_decimal(f: f64) -> Option<Decimal> {
    const POW: [f64; 5] = [1.0, 10.0, 100.0, 1000.0, 10000.0];
    if f.abs() >= 1e11 || (f == 0.0 && f.is_sign_negative()) {
        return None;
    }
    for (p, scale) in POW.iter().enumerate() {
        let k = (f * scale).round();
        if k / scale == f {
            return Some(Decimal::new(k as i64, p as u32).normalize());
        }
    }
    None
}

/// A number from a numeric cell or text with a decimal point or comma and space thousand
/// separators (`1 234,56`, `1234.56`). `1,234.56` and `1.234,56` are ambiguous and refused.
pub fn number(cell: &Cell) -> Result<Option<Decimal>, Bad> {
    match cell {
        Cell::Empty => Ok(None),
        Cell::Number(f) => float_decimal(*f).map(Some),
        Cell::Int(i) => Ok(Some(Decimal::from(*i))),
        Cell::Text(s) if trim(s).is_empty() => Ok(None),
        Cell::Text(s) => parse_number_text(trim(s)).map(Some),
        Cell::Date(_) | Cell::BadDate(_) => {
            Err(bad("err-exp-amount", "err-hint-date-formatted-number"))
        }
        Cell::Bool(_) => Err(bad("err-exp-amount", "err-hint-type-amount")),
        Cell::Error(e) => Err(formula_error(e)),
    }
}

fn parse_number_text(s: &str) -> Result<Decimal, Bad> {
    let expected = "err-exp-amount-text";
    // The usual text amount: digits with at most one point, perhaps a leading minus.
    let digits = s.strip_prefix('-').unwrap_or(s);
    let b = digits.as_bytes();
    if !b.is_empty()
        && b.len() <= 20
        && b[0].is_ascii_digit()
        && b.iter().all(|c| c.is_ascii_digit() || *c == b'.')
        && b.iter().filter(|c| **c == b'.').count() <= 1
    {
        if let Ok(d) = Decimal::from_str(s) {
            return Ok(d);
        }
    }
    let cleaned: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .collect();
    let cleaned = cleaned
        .strip_suffix("EUR")
        .or_else(|| cleaned.strip_suffix('€'))
        .unwrap_or(&cleaned)
        .to_string();
    let commas = cleaned.matches(',').count();
    let dots = cleaned.matches('.').count();
    let normalized = match (commas, dots) {
        (0, 0) | (0, 1) => cleaned.clone(),
        (1, 0) => cleaned.replace(',', "."),
        _ => return Err(bad(expected, "err-hint-one-separator")),
    };
    let lower = normalized
        .trim_start_matches(['-', '+'])
        .to_ascii_lowercase();
    if lower.starts_with("nan") || lower.starts_with("inf") {
        return Err(bad(expected, "err-hint-nan-amount"));
    }
    let ok_chars = normalized
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && (c == '-' || c == '+')));
    if !ok_chars || normalized.is_empty() {
        return Err(bad(expected, "err-hint-digits"));
    }
    Decimal::from_str(&normalized).map_err(|_| bad(expected, "err-hint-too-large"))
}

/// Checks an amount has no more decimals than its currency has (EUR 2, IQD 3, JPY 0), and
/// returns it with exactly that many.
pub(crate) fn money_scale(x: Decimal, decimals: u32, currency: &str) -> Result<Decimal, Bad> {
    let n = x.normalize();
    if n.scale() > decimals {
        return Err(Bad {
            expected: Msg::new("err-exp-decimals")
                .arg("decimals", decimals)
                .arg("currency", currency),
            hint: Msg::new("err-hint-round"),
        });
    }
    let mut r = n;
    r.rescale(decimals);
    Ok(r)
}

/// yes/no: `jā`/`nē`, `yes`/`no`, `y`/`n`, `true`/`false`, `1`/`0`, `x` for yes.
pub fn yes_no(cell: &Cell) -> Result<Option<bool>, Bad> {
    let expected = "err-exp-yes-no";
    match cell {
        Cell::Empty => Ok(None),
        Cell::Bool(b) => Ok(Some(*b)),
        Cell::Int(1) => Ok(Some(true)),
        Cell::Int(0) => Ok(Some(false)),
        Cell::Number(f) if *f == 1.0 => Ok(Some(true)),
        Cell::Number(f) if *f == 0.0 => Ok(Some(false)),
        Cell::Text(s) => match normalize(s).as_str() {
            "" => Ok(None),
            "ja" | "yes" | "y" | "true" | "1" | "x" => Ok(Some(true)),
            "ne" | "no" | "n" | "false" | "0" => Ok(Some(false)),
            _ => Err(bad(expected, "err-hint-yes-no")),
        },
        Cell::Error(e) => Err(formula_error(e)),
        _ => Err(bad(expected, "err-hint-yes-no")),
    }
}

/// A year such as 1987.
pub fn year(cell: &Cell) -> Result<Option<i32>, Bad> {
    let expected = "err-exp-year";
    match number(cell) {
        Ok(None) => Ok(None),
        Ok(Some(d))
            if d.fract().is_zero() && d >= Decimal::from(1900) && d <= Decimal::from(2100) =>
        {
            Ok(Some(
                d.to_string()
                    .parse()
                    .map_err(|_| bad(expected, "err-hint-four-digits"))?,
            ))
        }
        _ => Err(bad(expected, "err-hint-birth-year")),
    }
}

/// A month `YYYY-MM` (also a date cell, taken as its month).
pub fn month(cell: &Cell) -> Result<Option<Month>, Bad> {
    let expected = "err-exp-month";
    match cell {
        Cell::Empty => Ok(None),
        Cell::Date(d) => Ok(Some(Month::of(*d))),
        Cell::Text(s) if s.trim().is_empty() => Ok(None),
        Cell::Text(s) => Month::parse(s.trim())
            .map(Some)
            .ok_or_else(|| bad(expected, "err-hint-month")),
        Cell::Error(e) => Err(formula_error(e)),
        _ => Err(bad(expected, "err-hint-month-text")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slow_decimal(f: f64) -> Decimal {
        Decimal::from_str(&format!("{f}")).unwrap()
    }

    proptest::proptest! {
        /// The fast path names the same decimal, with the same scale, as the shortest string.
        #[test]
        fn short_decimal_is_the_shortest_string(cents in -10_000_000_000_000i64..10_000_000_000_000i64, p in 0u32..5) {
            let f = cents as f64 / 10f64.powi(p as i32);
            if let Some(d) = short_decimal(f) {
                let slow = slow_decimal(f);
                proptest::prop_assert_eq!(d, slow);
                proptest::prop_assert_eq!(d.scale(), slow.scale());
            }
        }

        #[test]
        fn short_decimal_on_any_float(f in -1e12f64..1e12f64) {
            if let Some(d) = short_decimal(f) {
                let slow = slow_decimal(f);
                proptest::prop_assert_eq!(d, slow);
                proptest::prop_assert_eq!(d.scale(), slow.scale());
            }
        }
    }

    proptest::proptest! {
        /// The fast trim is `str::trim`.
        #[test]
        fn fast_trim_is_trim(s in "\\PC{0,12}") {
            proptest::prop_assert_eq!(trim(&s), s.trim());
        }

        /// A plain text amount takes the fast path and reads as the decimal it spells.
        #[test]
        fn plain_text_amounts(s in "-?[0-9]{1,15}(\\.[0-9]{0,6})?") {
            let got = number(&Cell::Text(s.clone())).unwrap().unwrap();
            proptest::prop_assert_eq!(got, Decimal::from_str(&s).unwrap());
            proptest::prop_assert_eq!(got.scale(), Decimal::from_str(&s).unwrap().scale());
        }
    }

    #[test]
    fn short_decimal_examples() {
        assert_eq!(short_decimal(0.1).unwrap().to_string(), "0.1");
        assert_eq!(short_decimal(1234.56).unwrap().to_string(), "1234.56");
        assert_eq!(short_decimal(100.0).unwrap().to_string(), "100");
        assert_eq!(short_decimal(-5.05).unwrap().to_string(), "-5.05");
        assert_eq!(short_decimal(1.0 / 3.0), None);
        assert_eq!(short_decimal(-0.0), None);
    }

    fn t(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }

    #[test]
    fn float_cells_become_exact_decimals() {
        assert_eq!(float_decimal(0.1).unwrap().to_string(), "0.1");
        assert_eq!(float_decimal(1.005).unwrap().to_string(), "1.005");
        assert_eq!(float_decimal(1234.56).unwrap().to_string(), "1234.56");
        assert_eq!(float_decimal(1.2e5).unwrap().to_string(), "120000");
        assert!(float_decimal(f64::NAN).is_err());
    }

    #[test]
    fn text_amounts_with_point_comma_and_spaces() {
        assert_eq!(
            number(&t("1 234,56")).unwrap().unwrap().to_string(),
            "1234.56"
        );
        assert_eq!(
            number(&t("1\u{a0}234.56")).unwrap().unwrap().to_string(),
            "1234.56"
        );
        assert_eq!(number(&t("-12,5")).unwrap().unwrap().to_string(), "-12.5");
        assert!(number(&t("1,234.56")).is_err());
        assert!(number(&t("12,34,5")).is_err());
        assert!(number(&t("abc")).is_err());
    }

    #[test]
    fn dates_in_iso_and_latvian_forms_only() {
        let d = NaiveDate::from_ymd_opt(2019, 1, 3).unwrap();
        assert_eq!(date(&t("2019-01-03")).unwrap(), Some(d));
        assert_eq!(date(&t("03.01.2019")).unwrap(), Some(d));
        assert_eq!(date(&t("03.01.2019.")).unwrap(), Some(d));
        assert!(date(&t("03/04/2020")).is_err());
        assert!(date(&t("2019-02-30")).is_err());
        assert!(date(&t("1899-12-31")).is_err());
        assert!(date(&Cell::Number(43468.0)).is_err());
    }

    #[test]
    fn codes_typed_as_numbers_read_as_text() {
        assert_eq!(text(&Cell::Number(4.1)).unwrap().unwrap(), "4.1");
        assert_eq!(text(&Cell::Number(1.0)).unwrap().unwrap(), "1");
    }

    #[test]
    fn currency_decimals_are_enforced() {
        let x = Decimal::from_str("12.345").unwrap();
        assert!(money_scale(x, 2, "EUR").is_err());
        assert_eq!(money_scale(x, 3, "IQD").unwrap().to_string(), "12.345");
        assert_eq!(
            money_scale(Decimal::from(5), 2, "EUR").unwrap().to_string(),
            "5.00"
        );
    }
}
