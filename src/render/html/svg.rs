//! Hand-built inline SVG charts for the burn report's html: a line chart (cumulative actual vs
//! plan, persons vs target) and a grouped column chart (monthly spend). No script, no network;
//! f64 only for coordinates.

use crate::model::project::Lang;
use crate::report::burn::numfmt;
use rust_decimal::prelude::FromPrimitive;
use rust_decimal::Decimal;
use std::fmt::Write;

pub struct Series {
    pub name: String,
    pub colour: &'static str,
    pub dashed: bool,
    /// One value per category; none draws nothing (after the as-of month).
    pub values: Vec<Option<f64>>,
}

pub const COLOURS: [&str; 6] = [
    "#1f5f99", "#c0504d", "#4e8a3e", "#8064a2", "#d98c1f", "#4aacc6",
];

const W: f64 = 640.0;
const H: f64 = 280.0;
const L: f64 = 72.0; // left margin (y labels)
const R: f64 = 28.0;
const T: f64 = 40.0; // top margin (title, legend)
const B: f64 = 34.0; // bottom margin (x labels)

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A "nice" upper bound for the y axis and its step (1, 2 or 5 × 10^k, five steps or fewer).
fn nice(max: f64) -> (f64, f64) {
    if max <= 0.0 {
        return (1.0, 0.2);
    }
    let raw = max / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    ((max / step).ceil() * step, step)
}

fn label(v: f64, lang: Lang) -> String {
    let d = Decimal::from_f64(v).unwrap_or_default();
    numfmt::num(d, 0, lang).replace(' ', "\u{a0}")
}

fn frame(out: &mut String, title: &str, cats: &[String], ymax: f64, step: f64, lang: Lang) {
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" font-family="sans-serif" font-size="11"><title>{t}</title><text x="{L}" y="15" font-size="13" font-weight="bold">{t}</text>"#,
        t = esc(title)
    );
    let ph = H - T - B;
    let mut v = 0.0;
    while v <= ymax + step / 2.0 {
        let y = T + ph - v / ymax * ph;
        let _ = write!(
            out,
            r##"<line x1="{L}" x2="{x2}" y1="{y:.1}" y2="{y:.1}" stroke="#ddd"/><text x="{lx}" y="{ty:.1}" text-anchor="end">{lab}</text>"##,
            x2 = W - R,
            lx = L - 4.0,
            ty = y + 4.0,
            lab = label(v, lang)
        );
        v += step;
    }
    // X labels: about eight, at even intervals.
    let n = cats.len().max(1);
    let every = n.div_ceil(8).max(1);
    for (i, c) in cats.iter().enumerate() {
        if i % every != 0 && i + 1 != n {
            continue;
        }
        let x = L + (i as f64 + 0.5) * (W - L - R) / n as f64;
        let _ = write!(
            out,
            r#"<text x="{x:.1}" y="{y}" text-anchor="middle">{c}</text>"#,
            y = H - B + 16.0,
            c = esc(c)
        );
    }
    let _ = write!(
        out,
        r##"<line x1="{L}" x2="{x2}" y1="{y}" y2="{y}" stroke="#888"/>"##,
        x2 = W - R,
        y = H - B
    );
}

fn legend(out: &mut String, series: &[Series]) {
    let mut x = L;
    for s in series {
        let dash = if s.dashed {
            r#" stroke-dasharray="5 3""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<line x1="{x}" x2="{x2}" y1="28" y2="28" stroke="{c}" stroke-width="3"{dash}/><text x="{tx}" y="32">{n}</text>"#,
            x2 = x + 18.0,
            c = s.colour,
            tx = x + 22.0,
            n = esc(&s.name)
        );
        x += 30.0 + 6.2 * s.name.chars().count() as f64;
    }
}

fn ymax_of(series: &[Series]) -> f64 {
    series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .fold(0.0f64, |a, b| a.max(*b))
}

/// Lines over months; gaps where a value is none.
pub fn line_chart(title: &str, cats: &[String], series: &[Series], lang: Lang) -> String {
    let (ymax, step) = nice(ymax_of(series));
    let mut out = String::new();
    frame(&mut out, title, cats, ymax, step, lang);
    let n = cats.len().max(1) as f64;
    let ph = H - T - B;
    for s in series {
        let mut d = String::new();
        let mut pen = false;
        for (i, v) in s.values.iter().enumerate() {
            match v {
                Some(v) => {
                    let x = L + (i as f64 + 0.5) * (W - L - R) / n;
                    let y = T + ph - v.max(0.0) / ymax * ph;
                    let _ = write!(d, "{}{x:.1},{y:.1} ", if pen { "L" } else { "M" });
                    pen = true;
                }
                None => pen = false,
            }
        }
        let dash = if s.dashed {
            r#" stroke-dasharray="5 3""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<path d="{}" fill="none" stroke="{}" stroke-width="2"{dash}/>"#,
            d.trim_end(),
            s.colour
        );
    }
    legend(&mut out, series);
    out.push_str("</svg>");
    out
}

/// Grouped columns per month (negative months drawn as zero height).
pub fn column_chart(title: &str, cats: &[String], series: &[Series], lang: Lang) -> String {
    let (ymax, step) = nice(ymax_of(series));
    let mut out = String::new();
    frame(&mut out, title, cats, ymax, step, lang);
    let n = cats.len().max(1) as f64;
    let ph = H - T - B;
    let slot = (W - L - R) / n;
    let bw = slot * 0.8 / series.len().max(1) as f64;
    for (k, s) in series.iter().enumerate() {
        for (i, v) in s.values.iter().enumerate() {
            let Some(v) = v else { continue };
            let h = v.max(0.0) / ymax * ph;
            let x = L + i as f64 * slot + slot * 0.1 + k as f64 * bw;
            let _ = write!(
                out,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{bw:.1}" height="{h:.1}" fill="{c}"/>"#,
                y = T + ph - h,
                c = s.colour
            );
        }
    }
    legend(&mut out, series);
    out.push_str("</svg>");
    out
}
