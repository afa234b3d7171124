//! The pages' frame: the tera engine over `templates/serve/` (embedded), the labels of the
//! `serve` catalogue area, the layout's context (language switch, CSRF token, a banner when an
//! input changed on disk) and errors shown as the command line's located messages.

use super::security::chosen_lang;
use super::state::AppState;
use crate::model::project::Lang;
use crate::render::labels;
use anyhow::anyhow;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};
use tera::{Context, Kwargs, State, Tera, TeraResult, Value};

const TEMPLATES: &[(&str, &str)] = &[
    (
        "layout.html",
        include_str!("../../templates/serve/layout.html.tera"),
    ),
    (
        "overview.html",
        include_str!("../../templates/serve/overview.html.tera"),
    ),
    (
        "findings.html",
        include_str!("../../templates/serve/findings.html.tera"),
    ),
    (
        "claim.html",
        include_str!("../../templates/serve/claim.html.tera"),
    ),
    (
        "submit.html",
        include_str!("../../templates/serve/submit.html.tera"),
    ),
    (
        "burn.html",
        include_str!("../../templates/serve/burn.html.tera"),
    ),
    (
        "rules.html",
        include_str!("../../templates/serve/rules.html.tera"),
    ),
    (
        "review.html",
        include_str!("../../templates/serve/review.html.tera"),
    ),
    (
        "error.html",
        include_str!("../../templates/serve/error.html.tera"),
    ),
];

pub(crate) const CSS: &str = include_str!("../../templates/serve/serve.css");
pub(crate) const JS: &str = include_str!("../../templates/serve/serve.js");

fn text(v: &Value) -> Option<String> {
    if v.is_none() || v.is_undefined() {
        return None;
    }
    Some(
        v.as_str()
            .map(str::to_string)
            .unwrap_or_else(|| v.to_string()),
    )
}

fn engine(lang: Lang) -> anyhow::Result<Tera> {
    let mut tera = Tera::default();
    tera.register_filter(
        "money",
        move |v: &Value, _: Kwargs, _: &State| -> TeraResult<String> {
            Ok(text(v)
                .map(|s| labels::number(lang, &s))
                .unwrap_or_default())
        },
    );
    tera.register_filter(
        "date",
        move |v: &Value, _: Kwargs, _: &State| -> TeraResult<String> {
            Ok(text(v).map(|s| labels::date(lang, &s)).unwrap_or_default())
        },
    );
    tera.add_raw_templates(TEMPLATES.to_vec())
        .map_err(|e| anyhow!("an embedded page template does not parse: {e}"))?;
    Ok(tera)
}

fn engines() -> &'static [Result<Tera, String>; 2] {
    static E: OnceLock<[Result<Tera, String>; 2]> = OnceLock::new();
    E.get_or_init(|| [Lang::Lv, Lang::En].map(|l| engine(l).map_err(|e| format!("{e:#}"))))
}

/// Every label of the `serve` area in `lang`, by key (`t["serve-nav-findings"]`).
fn labels_of(lang: Lang) -> BTreeMap<&'static str, String> {
    let (_, lv, _) = crate::i18n::SOURCES
        .iter()
        .find(|(a, _, _)| *a == "serve")
        .expect("the serve area is in the catalogue");
    lv.lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(k, _)| k.trim())
        .filter(|k| k.starts_with("serve-"))
        .map(|k| (k, crate::i18n::tr(lang, k)))
        .collect()
}

/// The visitor's language: the switch's cookie, else the project's default.
pub(crate) fn lang_of(app: &AppState, headers: &HeaderMap) -> Lang {
    chosen_lang(headers).unwrap_or_else(|| app.current().project.default_lang)
}

/// A page in the layout: `active` names the navigation entry, `path` the address the
/// language switch comes back to.
pub(crate) fn render(
    app: &AppState,
    lang: Lang,
    name: &str,
    path: &str,
    mut cx: Context,
) -> anyhow::Result<Response> {
    let tera = engines()[usize::from(lang == Lang::En)]
        .as_ref()
        .map_err(|e| anyhow!("{e}"))?;
    let loaded = app.current();
    cx.insert("lang", lang.code());
    cx.insert("other_lang", if lang == Lang::En { "lv" } else { "en" });
    cx.insert("t", &labels_of(lang));
    cx.insert("csrf", &app.csrf);
    cx.insert("path", path);
    cx.insert("changed", &loaded.changed_files());
    cx.insert("agreement", &loaded.project.agreement.number);
    if name != "error.html" {
        if let Some(c) = app.last_change.lock().expect("state lock").take() {
            cx.insert("last_change", &c);
        }
    }
    let html = tera
        .render(name, &cx)
        .map_err(|e| anyhow!("cannot render the page {name}: {e:?}"))?;
    Ok(Html(html).into_response())
}

/// The error of a refusal the workspace words (`serve` area of the catalogue, with its
/// `.hint`): `Err(said(Msg::new("serve-…")))`, shown like every error by `cli::error_text`.
pub(crate) fn said(m: crate::i18n::Msg) -> anyhow::Error {
    crate::i18n::UserError::new(m).into()
}

/// A failure shown as the command line shows it: the located message and its hint, in the
/// page's language when the workspace words it.
pub(crate) fn error_page(app: &AppState, lang: Lang, e: &anyhow::Error) -> Response {
    let mut cx = Context::new();
    let message = crate::cli::error_text(e, lang);
    cx.insert("message", &message);
    match render(app, lang, "error.html", "/", cx) {
        Ok(mut r) => {
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            r
        }
        Err(_) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("error: {message}\n"),
        )
            .into_response(),
    }
}

/// Runs a page's work off the async thread (the pipeline is CPU work); errors become the
/// error page.
pub(crate) async fn blocking<F>(app: Arc<AppState>, lang: Lang, f: F) -> Response
where
    F: FnOnce(&AppState) -> anyhow::Result<Response> + Send + 'static,
{
    let a = app.clone();
    match tokio::task::spawn_blocking(move || f(&a)).await {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => error_page(&app, lang, &e),
        Err(_) => error_page(&app, lang, &anyhow!("the page stopped unexpectedly")),
    }
}

/// A file to download, built in memory.
pub(crate) fn download(name: &str, bytes: Vec<u8>) -> Response {
    let mime = match name.rsplit('.').next() {
        Some("xlsx") => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Some("json") => "application/json",
        Some("html") => "text/html; charset=utf-8",
        _ => "application/octet-stream",
    };
    (
        [
            (header::CONTENT_TYPE, mime.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// A report's own self-contained html shown inside a page (claim preview, burn): its inline
/// style is allowed for this answer alone, scripts never.
pub(crate) fn embedded_report(html: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
            ),
        ],
        html,
    )
        .into_response()
}
