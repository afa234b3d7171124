//! The burn page: the dashboard `grantbook burn` writes (its html with the charts, shown in
//! the page), an as-of date picker, the headline figures and the downloads.

use super::pages::{blocking, download as send, embedded_report, lang_of, render};
use super::state::AppState;
use crate::model::money::fmt2;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::NaiveDate;
use serde::Deserialize;
use std::sync::Arc;
use tera::Context;

#[derive(Deserialize)]
pub(crate) struct AsOf {
    as_of: Option<String>,
    format: Option<String>,
}

fn date(a: &AsOf) -> anyhow::Result<Option<NaiveDate>> {
    match a.as_of.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| {
                super::pages::said(crate::i18n::Msg::new("serve-bad-as-of").arg("value", s))
            }),
    }
}

pub(crate) async fn page(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(a): Query<AsOf>,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let l = app.current();
        let r = l.burn(lang, date(&a)?)?;
        let mut cx = Context::new();
        cx.insert("as_of", &r.as_of.to_string());
        cx.insert("budget", &fmt2(&r.total.budget));
        cx.insert("cumulative", &fmt2(&r.total.cumulative.eligible));
        cx.insert(
            "remaining",
            &fmt2(&(r.total.budget - r.total.cumulative.eligible)),
        );
        cx.insert("used_pct", &r.total.used_pct.map(|p| fmt2(&p)));
        cx.insert("eu_at_risk", &fmt2(&r.eu_at_risk));
        cx.insert(
            "period_start",
            &l.project.versions[0].period_start.to_string(),
        );
        cx.insert(
            "period_end",
            &l.project.version_on(r.as_of).period_end.to_string(),
        );
        render(app, lang, "burn.html", "/burn", cx)
    })
    .await
}

pub(crate) async fn view(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(a): Query<AsOf>,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let r = app.current().burn(lang, date(&a)?)?;
        Ok(embedded_report(crate::render::html::burn::burn_as_html(
            &r,
        )?))
    })
    .await
}

pub(crate) async fn download(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(a): Query<AsOf>,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let r = app.current().burn(lang, date(&a)?)?;
        let stem = format!("burn-{}", r.as_of);
        let (ext, bytes) = match a.format.as_deref() {
            Some("xlsx") => ("xlsx", crate::render::xlsx::burn::burn_as_xlsx(&r)?),
            Some("html") => (
                "html",
                crate::render::html::burn::burn_as_html(&r)?.into_bytes(),
            ),
            _ => ("json", crate::render::json::to_json(&r)),
        };
        Ok(send(&format!("{stem}.{ext}"), bytes))
    })
    .await
}
