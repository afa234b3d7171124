//! The router: every page and download behind the guard, the embedded assets, the language
//! switch and the reload of changed inputs.

use super::pages::{blocking, lang_of, CSS, JS};
use super::security::guard;
use super::state::AppState;
use super::{burn, claim, findings, overview, review, rules};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;
use std::sync::Arc;

pub(crate) fn router(app: Arc<AppState>) -> Router {
    let limit = app.upload_limit;
    Router::new()
        .route("/", get(overview::page))
        .route("/findings", get(findings::page))
        .route("/findings/download", get(findings::download))
        .route("/claim", get(claim::page))
        .route("/claim/view", get(claim::view))
        .route("/claim/download", get(claim::download))
        .route("/claim/submit", get(claim::confirm).post(claim::submit))
        .route("/burn", get(burn::page))
        .route("/burn/view", get(burn::view))
        .route("/burn/download", get(burn::download))
        .route("/review", get(review::page).post(review::start))
        .route("/review/checklist", post(review::save_checklist))
        .route("/rules", get(rules::page))
        .route("/out/{name}", get(out_file))
        .route("/lang/{code}", get(switch_lang))
        .route("/reload", post(reload))
        .route("/assets/serve.css", get(css))
        .route("/assets/serve.js", get(js))
        .layer(DefaultBodyLimit::max(limit))
        .layer(axum::middleware::from_fn_with_state(app.clone(), guard))
        .with_state(app)
}

async fn css() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS).into_response()
}

async fn js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        JS,
    )
        .into_response()
}

#[derive(Deserialize)]
pub(crate) struct Back {
    back: Option<String>,
}

/// A local path to come back to: one leading slash, never another host.
pub(crate) fn local_path(p: Option<&str>) -> String {
    match p {
        Some(p) if p.starts_with('/') && !p.starts_with("//") && !p.contains('\\') => p.to_string(),
        _ => "/".to_string(),
    }
}

/// The language switch: a preference cookie, then the same page again.
async fn switch_lang(Path(code): Path<String>, Query(b): Query<Back>) -> Response {
    let Some(lang) = crate::model::project::Lang::parse(&code) else {
        return (StatusCode::NOT_FOUND, "no such language").into_response();
    };
    (
        [(
            header::SET_COOKIE,
            format!("grantbook_lang={}; SameSite=Strict; Path=/", lang.code()),
        )],
        Redirect::to(&local_path(b.back.as_deref())),
    )
        .into_response()
}

/// Reads the inputs again after a change on disk.
async fn reload(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(b): Query<Back>,
) -> Response {
    let lang = lang_of(&app, &headers);
    let back = local_path(b.back.as_deref());
    blocking(app, lang, move |a| {
        a.reload()?;
        Ok(Redirect::to(&back).into_response())
    })
    .await
}

/// A file the workspace wrote under `--out` (a review's checklist), by its plain name only.
async fn out_file(State(app): State<Arc<AppState>>, Path(name): Path<String>) -> Response {
    let Some(path) = super::security::confined(&app.g.out, &name) else {
        return super::security::refuse(
            StatusCode::FORBIDDEN,
            "only files directly under --out can be read",
        );
    };
    match std::fs::read(&path) {
        Ok(bytes) => super::pages::download(&name, bytes),
        Err(_) => super::security::refuse(StatusCode::NOT_FOUND, "no such file under --out"),
    }
}
