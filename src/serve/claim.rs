//! The claim page: pick a quarter, a year or the final report; the claim's own html as the
//! preview; xlsx / html / json as `grantbook claim` writes them (built in memory); a quarter
//! submitted (frozen into the claim register) only after a confirmation page that shows the
//! figures to be frozen.

use super::pages::{blocking, download as send, embedded_report, lang_of, render};
use super::state::AppState;
use crate::import::readback::register::{read_register, register_dir};
use crate::model::money::fmt2;
use crate::model::{ClaimPeriod, Quarter};
use crate::render::register::{submit as freeze_into, Submitted};
use crate::report::register::freeze;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use tera::Context;

#[derive(Deserialize)]
pub(crate) struct Pick {
    period: Option<String>,
    format: Option<String>,
    expect: Option<String>,
    done: Option<String>,
}

fn parse(p: &str) -> anyhow::Result<ClaimPeriod> {
    if p == "final" {
        return Ok(ClaimPeriod::Final);
    }
    ClaimPeriod::parse(p)
        .map_err(|_| super::pages::said(crate::i18n::Msg::new("serve-bad-period").arg("value", p)))
}

/// The chosen period, else the quarter of the latest payment (what is claimed next).
fn chosen(app: &AppState, p: &Pick) -> String {
    p.period.clone().unwrap_or_else(|| {
        let l = app.current();
        crate::report::burn::default_as_of(&l.ledger)
            .map(|d| crate::model::Quarter::of(d).to_string())
            .unwrap_or_else(|| "final".to_string())
    })
}

#[derive(Serialize)]
struct Source {
    code: String,
    period: String,
    cumulative: String,
}

pub(crate) async fn page(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(p): Query<Pick>,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let l = app.current();
        let label = chosen(app, &p);
        let period = parse(&label)?;
        let frozen = read_register(&l.project)?;
        let r = l.claim(lang, period, &frozen)?;
        let sources: Vec<Source> = l
            .project
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| Source {
                code: s.code.clone(),
                period: fmt2(&r.cover.period.by_source[i].1),
                cumulative: fmt2(&r.cover.cumulative.by_source[i].1),
            })
            .collect();
        let mut cx = Context::new();
        cx.insert("periods", &l.periods());
        cx.insert("period", &label);
        cx.insert("eligible", &fmt2(&r.cover.period.eligible));
        cx.insert("cumulative", &fmt2(&r.cover.cumulative.eligible));
        cx.insert("requested_eu", &fmt2(&r.cover.requested_eu));
        cx.insert("sources", &sources);
        cx.insert("documents", &r.documents.len());
        cx.insert("quarter", &matches!(period, ClaimPeriod::Quarter { .. }));
        cx.insert("submitted", &frozen.iter().any(|f| f.quarter == label));
        cx.insert("done", &p.done.is_some());
        render(app, lang, "claim.html", "/claim", cx)
    })
    .await
}

/// The claim's html inside the page (its own inline style, no script).
pub(crate) async fn view(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(p): Query<Pick>,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let l = app.current();
        let period = parse(&chosen(app, &p))?;
        let frozen = read_register(&l.project)?;
        let r = l.claim(lang, period, &frozen)?;
        Ok(embedded_report(crate::render::html::claim::claim_as_html(
            &r,
        )?))
    })
    .await
}

pub(crate) async fn download(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(p): Query<Pick>,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let l = app.current();
        let period = parse(&chosen(app, &p))?;
        let frozen = read_register(&l.project)?;
        let r = l.claim(lang, period, &frozen)?;
        let stem = format!("claim-{}", period.label());
        let (ext, bytes) = match p.format.as_deref() {
            Some("xlsx") => ("xlsx", crate::render::xlsx::claim::claim_as_xlsx(&r)?),
            Some("html") => (
                "html",
                crate::render::html::claim::claim_as_html(&r)?.into_bytes(),
            ),
            Some("json") => ("json", crate::render::json::to_json(&r)),
            other => {
                return Err(super::pages::said(
                    crate::i18n::Msg::new("serve-bad-format").arg("value", other.unwrap_or("")),
                ))
            }
        };
        Ok(send(&format!("{stem}.{ext}"), bytes))
    })
    .await
}

/// The quarter a submission freezes: only a quarter can be submitted, as on the command line.
fn submittable(label: &str) -> anyhow::Result<Quarter> {
    match parse(label)? {
        ClaimPeriod::Quarter { quarter } => Ok(quarter),
        _ => Err(super::pages::said(
            crate::i18n::Msg::new("serve-submit-quarter-only").arg("period", label),
        )),
    }
}

/// What a submission would freeze: the quarter, its totals by source, each line × heading.
pub(crate) async fn confirm(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(p): Query<Pick>,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let l = app.current();
        let label = chosen(app, &p);
        let quarter = submittable(&label)?;
        l.claim(lang, ClaimPeriod::Quarter { quarter }, &[])?;
        let f = freeze(&l.project, &l.ledger, &l.alloc, quarter);
        let frozen = read_register(&l.project)?;
        let mut cx = Context::new();
        cx.insert("period", &label);
        cx.insert("frozen", &f);
        cx.insert("eligible", &fmt2(&f.total.eligible));
        cx.insert(
            "by_source",
            &f.sources
                .iter()
                .zip(&f.total.by_source)
                .map(|(c, m)| (c.clone(), fmt2(m)))
                .collect::<Vec<_>>(),
        );
        cx.insert("already", &frozen.iter().any(|o| o.quarter == f.quarter));
        cx.insert(
            "register",
            &register_dir(&l.project)
                .join(format!("claim-{}.json", f.quarter))
                .display()
                .to_string(),
        );
        render(app, lang, "submit.html", "/claim", cx)
    })
    .await
}

/// Freezes the quarter, when its figures are still those the confirmation showed.
pub(crate) async fn submit(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(p): Query<Pick>,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let l = app.current();
        let label = chosen(app, &p);
        let quarter = submittable(&label)?;
        let f = freeze(&l.project, &l.ledger, &l.alloc, quarter);
        if p.expect.as_deref() != Some(fmt2(&f.total.eligible).as_str()) {
            return Err(super::pages::said(
                crate::i18n::Msg::new("serve-submit-changed")
                    .arg("period", &label)
                    .money("eligible", f.total.eligible),
            ));
        }
        // As on the command line: the register's lock is held from before it is read until the
        // quarter is written, so a submission from the command line at the same time cannot
        // both read the register without this quarter and both write it.
        let _lock = crate::render::register::lock(&register_dir(&l.project))?;
        let frozen = read_register(&l.project)?;
        match freeze_into(&register_dir(&l.project), &f, &frozen)? {
            Submitted::Written(_) | Submitted::AlreadyIdentical(_) => {}
        }
        drop(l);
        // The register is an input of the rules (FIN-02): the pages read it again.
        app.reload()?;
        Ok(Redirect::to(&format!("/claim?period={label}&done=1")).into_response())
    })
    .await
}
