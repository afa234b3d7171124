//! html: one self-contained page per report (inline CSS, no script, no network), printable on
//! A4. Rendered with tera 2 templates embedded from `templates/`; the templates format the
//! report model and never compute. Filters: `money` (two decimals, the language's separators),
//! `num` (a number as given), `date` (Latvian `03.01.2019.`, English `2019-01-03`), `tr` (a catalogue label by key).

pub mod burn;
pub mod check;
pub mod claim;
pub mod review;
pub mod svg;

use crate::model::project::Lang;
use crate::render::header::Header;
use crate::render::labels;
use crate::render::provenance::Provenance;
use anyhow::{anyhow, Result};
use tera::{Kwargs, State, Tera, TeraResult, Value};

pub(crate) const STYLE: &str = include_str!("../../../templates/style.css");

/// A tera value as the text it holds: strings as they are, numbers printed, none empty.
fn value_text(v: &Value) -> Option<String> {
    if v.is_none() || v.is_undefined() {
        return None;
    }
    match v.as_str() {
        Some(s) => Some(s.to_string()),
        None => Some(v.to_string()),
    }
}

/// A tera engine with the filters in `lang` and the report's template `name` (embedded text).
pub(crate) fn engine(lang: Lang, name: &str, template: &str) -> Result<Tera> {
    let mut tera = Tera::default();
    tera.register_filter(
        "money",
        move |v: &Value, _: Kwargs, _: &State| -> TeraResult<String> {
            Ok(value_text(v)
                .map(|s| labels::number(lang, &s))
                .unwrap_or_default())
        },
    );
    tera.register_filter(
        "num",
        move |v: &Value, _: Kwargs, _: &State| -> TeraResult<String> {
            Ok(value_text(v)
                .map(|s| labels::number(lang, &s))
                .unwrap_or_default())
        },
    );
    tera.register_filter(
        "date",
        move |v: &Value, _: Kwargs, _: &State| -> TeraResult<String> {
            Ok(value_text(v)
                .map(|s| labels::date(lang, &s))
                .unwrap_or_default())
        },
    );
    // `{{ "key" | tr }}`: a label from the message catalogue in the report's language.
    tera.register_filter(
        "tr",
        move |v: &Value, _: Kwargs, _: &State| -> TeraResult<String> {
            Ok(v.as_str()
                .map(|k| crate::i18n::tr(lang, k))
                .unwrap_or_default())
        },
    );
    // Filters first: a template is checked against the filters known when it is added.
    tera.add_raw_template(name, template)
        .map_err(|e| anyhow!("the embedded {name} template does not parse: {e}"))?;
    Ok(tera)
}

/// The report's header and provenance for its template: `header`, `heading` (the `<h1>`),
/// `document_title` (the `<title>`) and `provenance` (the inputs table and the tool).
pub(crate) fn insert_header(cx: &mut tera::Context, h: &Header, p: &Provenance) {
    cx.insert("header", h);
    cx.insert("heading", &h.heading());
    cx.insert("document_title", &h.document_title());
    cx.insert("provenance", p);
}

/// The printed page's footer: the agreement number on the left, "Page n of m" on the right
/// (CSS page-margin boxes, which Chromium prints).
pub fn page_css(lang: Lang, agreement: &str) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace(['\\', '"'], ""));
    let page = labels::page_of(lang, "\u{1}", "\u{2}");
    let page = quote(&page)
        .replace('\u{1}', "\" counter(page) \"")
        .replace('\u{2}', "\" counter(pages) \"");
    format!(
        "@page {{ @bottom-left {{ content: {}; font: 7pt \"DejaVu Sans\", Arial, sans-serif; color: #555; }} \
         @bottom-right {{ content: {page}; font: 7pt \"DejaVu Sans\", Arial, sans-serif; color: #555; }} }}",
        quote(agreement)
    )
}
