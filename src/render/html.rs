//! html: one self-contained page per report (inline CSS, no script, no network), printable on
//! A4. Rendered with tera 2 templates embedded from `templates/`; the templates format the
//! report model and never compute. Filters: `money` (two decimals, the language's separators),
//! `num` (a number as given), `date` (Latvian `03.01.2019.`, English `2019-01-03`).

use crate::model::project::Lang;
use crate::render::labels::{self, labels};
use crate::report::claim::ClaimReport;
use anyhow::{anyhow, Result};
use tera::{Context, Kwargs, State, Tera, TeraResult, Value};

const CLAIM_TEMPLATE: &str = include_str!("../../templates/claim.html.tera");
const REVIEW_TEMPLATE: &str = include_str!("../../templates/review.html.tera");
const STYLE: &str = include_str!("../../templates/style.css");

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

fn engine(lang: Lang) -> Result<Tera> {
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
    // Filters first: a template is checked against the filters known when it is added.
    tera.add_raw_templates(vec![
        ("claim.html", CLAIM_TEMPLATE),
        ("review.html", REVIEW_TEMPLATE),
    ])
    .map_err(|e| anyhow!("an embedded html template does not parse: {e}"))?;
    Ok(tera)
}

pub fn claim_as_html(r: &ClaimReport) -> Result<String> {
    let tera = engine(r.lang)?;
    let mut cx = Context::new();
    cx.insert("report", r);
    cx.insert("l", &labels(r.lang));
    cx.insert("style", STYLE);
    cx.insert("lang", r.lang.code());
    tera.render("claim.html", &cx)
        .map_err(|e| anyhow!("cannot render the claim html: {e:?}"))
}

/// The review report as one self-contained page (`templates/review.html.tera`).
pub fn review_as_html(r: &crate::report::review::ReviewReport) -> Result<String> {
    let tera = engine(r.lang)?;
    let mut cx = Context::new();
    cx.insert("report", r);
    cx.insert("l", &labels(r.lang));
    cx.insert("style", STYLE);
    cx.insert("lang", r.lang.code());
    tera.render("review.html", &cx)
        .map_err(|e| anyhow!("cannot render the review html: {e:?}"))
}
