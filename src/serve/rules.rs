//! The rules page: the catalogue, each rule with its severity, what it removes, its legal
//! basis and its parameters with their values in the project file (as `grantbook rules ID`).

use super::pages::{blocking, lang_of, render};
use super::state::AppState;
use crate::model::project::Lang;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Serialize;
use std::sync::Arc;
use tera::Context;

#[derive(Serialize)]
struct RuleView {
    id: &'static str,
    severity: &'static str,
    statement: String,
    /// The input columns it reads as evidence, and what it does without them.
    evidence: String,
    without: String,
    removes: String,
    basis: String,
    params: Vec<(String, String)>,
}

fn removes_key(r: crate::rules::Removes) -> &'static str {
    use crate::rules::Removes;
    match r {
        Removes::WholeLine => "serve-removes-whole",
        Removes::Excess => "serve-removes-excess",
        Removes::LaterDuplicate => "serve-removes-duplicate",
        Removes::OverBudget => "serve-removes-over-budget",
        Removes::Nothing => "serve-removes-nothing",
    }
}

pub(crate) async fn page(State(app): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let l = app.current();
        let rules: Vec<RuleView> = crate::rules::ALL
            .iter()
            .map(|r| RuleView {
                id: r.id,
                severity: r.severity.label(),
                statement: r.statement(lang),
                evidence: r
                    .evidence
                    .iter()
                    .map(|e| {
                        let (lv, en) = e.input.headers(e.field);
                        match lang {
                            Lang::Lv => lv,
                            Lang::En => en,
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                without: r.without(lang),
                removes: crate::i18n::tr(lang, removes_key(r.removes)),
                basis: r.legal_basis(lang),
                params: r
                    .params
                    .iter()
                    .map(|p| {
                        (
                            p.to_string(),
                            crate::cli::rules::value(&l.project, p).unwrap_or_default(),
                        )
                    })
                    .collect(),
            })
            .collect();
        let mut cx = Context::new();
        cx.insert("rules", &rules);
        render(app, lang, "rules.html", "/rules", cx)
    })
    .await
}
