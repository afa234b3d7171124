//! The overview: the project and the version in force, each input with its path, SHA-256 and
//! rows read = accepted + rejected, the headline figures (claimed and excluded as `check`
//! reports them, remaining and EU at risk as `burn` does) and what to do next.

use super::pages::{blocking, lang_of, render};
use super::state::AppState;
use crate::i18n::Msg;
use crate::model::money::fmt2;
use crate::rules::Severity;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Serialize;
use std::sync::Arc;
use tera::Context;

#[derive(Serialize)]
struct Input {
    role: String,
    file: String,
    path: String,
    sha256: String,
    rows: Option<crate::report::RowCount>,
}

#[derive(Serialize)]
struct Headline {
    claimed: String,
    excluded: String,
    remaining: String,
    eu_at_risk: String,
    as_of: String,
}

#[derive(Serialize)]
struct Next {
    text: String,
    href: &'static str,
}

pub(crate) async fn page(State(app): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let l = app.current();
        let check = l.check(lang);
        let burn = l.burn(lang, None)?;
        let inputs: Vec<Input> = check
            .inputs
            .iter()
            .map(|d| Input {
                role: d.role.clone(),
                file: d.file.clone(),
                path: l
                    .stamps
                    .iter()
                    .find(|s| super::state::file_name(&s.0) == d.file)
                    .map(|s| s.0.display().to_string())
                    .unwrap_or_default(),
                sha256: d.sha256.clone(),
                rows: check.rows.iter().find(|r| r.input == d.role).cloned(),
            })
            .collect();
        let headline = Headline {
            claimed: fmt2(&check.reconciliation.claimed.eur),
            excluded: fmt2(&check.reconciliation.excluded.eur),
            remaining: fmt2(&(burn.total.budget - burn.total.cumulative.eligible)),
            eu_at_risk: fmt2(&burn.eu_at_risk),
            as_of: burn.as_of.to_string(),
        };
        let excluding = check
            .findings
            .iter()
            .filter(|f| f.finding.severity.excludes())
            .count();
        let mut next = Vec::new();
        if !l.changed_files().is_empty() {
            next.push(Next {
                text: Msg::new("serve-next-reload").text(lang),
                href: "/findings",
            });
        }
        if excluding > 0 {
            next.push(Next {
                text: Msg::new("serve-next-fix").arg("n", excluding).text(lang),
                href: "/findings?severity=error",
            });
        }
        let warnings = check
            .findings
            .iter()
            .filter(|f| f.finding.severity == Severity::Warning)
            .count();
        if warnings > 0 {
            next.push(Next {
                text: Msg::new("serve-next-warnings")
                    .arg("n", warnings)
                    .text(lang),
                href: "/findings?severity=warning",
            });
        }
        next.push(Next {
            text: Msg::new("serve-next-claim").text(lang),
            href: "/claim",
        });
        next.push(Next {
            text: Msg::new("serve-next-burn").text(lang),
            href: "/burn",
        });
        let version = l.project.version_on(burn.as_of);
        let mut cx = Context::new();
        cx.insert("title", &l.project.agreement.title.get(lang));
        cx.insert("beneficiary", &l.project.agreement.beneficiary.get(lang));
        cx.insert("version", &version.number);
        cx.insert("version_from", &version.effective_from.to_string());
        cx.insert("version_note", &version.note);
        cx.insert("period_start", &version.period_start.to_string());
        cx.insert("period_end", &version.period_end.to_string());
        cx.insert("inputs", &inputs);
        cx.insert("headline", &headline);
        cx.insert("by_severity", &check.by_severity);
        cx.insert("next", &next);
        cx.insert("notices", &check.notices);
        render(app, lang, "overview.html", "/", cx)
    })
    .await
}
