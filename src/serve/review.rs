//! The review page: upload a submitted claim workbook (and the previous claim), choose the
//! confidence and the seed; `grantbook review` runs on them and writes its review workbook
//! (the checklist to fill), html and json under `--out`; the page shows the differences, the
//! sample and the conclusion from that json. Uploads are checked by content (an xlsx is a zip)
//! and kept under `--out` only.

use super::pages::{blocking, lang_of, render};
use super::security::confined;
use super::state::AppState;
use anyhow::{anyhow, bail, Context as _};
use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use std::sync::{Arc, Mutex, OnceLock};
use tera::Context;

/// The last review run in this server: its json and the files it wrote.
fn last() -> &'static Mutex<Option<(serde_json::Value, Vec<String>)>> {
    static L: OnceLock<Mutex<Option<(serde_json::Value, Vec<String>)>>> = OnceLock::new();
    L.get_or_init(|| Mutex::new(None))
}

pub(crate) async fn page(State(app): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let mut cx = Context::new();
        if let Some((report, files)) = last().lock().expect("review lock").clone() {
            cx.insert("report", &report);
            cx.insert("files", &files);
        }
        render(app, lang, "review.html", "/review", cx)
    })
    .await
}

/// An upload refused for what it holds, with the status a client can act on.
struct Refused(StatusCode, String);

/// Reads the form: the two workbooks (checked to be xlsx, a zip archive) and the options.
async fn read_form(
    mut m: Multipart,
) -> Result<(Vec<u8>, Option<Vec<u8>>, String, String), Refused> {
    let (mut claim, mut previous, mut confidence, mut seed) =
        (None, None, String::new(), String::new());
    loop {
        let field = match m.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(Refused(e.status(), e.body_text())),
        };
        let name = field.name().unwrap_or("").to_string();
        let bytes = field
            .bytes()
            .await
            .map_err(|e| Refused(e.status(), e.body_text()))?;
        match name.as_str() {
            "claim" | "previous" if bytes.is_empty() => {}
            "claim" | "previous" => {
                if !bytes.starts_with(b"PK\x03\x04") {
                    return Err(Refused(
                        StatusCode::UNSUPPORTED_MEDIA_TYPE,
                        format!("{name}: not an xlsx workbook (an xlsx file is a zip archive)"),
                    ));
                }
                if name == "claim" {
                    claim = Some(bytes.to_vec());
                } else {
                    previous = Some(bytes.to_vec());
                }
            }
            "confidence" => confidence = String::from_utf8_lossy(&bytes).trim().to_string(),
            "seed" => seed = String::from_utf8_lossy(&bytes).trim().to_string(),
            _ => {}
        }
    }
    let Some(claim) = claim else {
        return Err(Refused(
            StatusCode::BAD_REQUEST,
            "choose the submitted claim workbook".to_string(),
        ));
    };
    Ok((claim, previous, confidence, seed))
}

pub(crate) async fn start(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    m: Multipart,
) -> Response {
    let lang = lang_of(&app, &headers);
    let (claim, previous, confidence, seed) = match read_form(m).await {
        Ok(x) => x,
        Err(Refused(s, t)) => return super::security::refuse(s, &t),
    };
    blocking(app, lang, move |app| {
        let out = &app.g.out;
        std::fs::create_dir_all(out)
            .with_context(|| format!("cannot create {}", out.display()))?;
        let save = |name: &str, bytes: &[u8]| -> anyhow::Result<std::path::PathBuf> {
            let p = confined(out, name).ok_or_else(|| anyhow!("bad upload name"))?;
            crate::render::write_atomic(&p, bytes, &[])?;
            Ok(p)
        };
        let claim = save("uploaded-claim.xlsx", &claim)?;
        let previous = match previous {
            Some(b) => Some(save("uploaded-previous-claim.xlsx", &b)?),
            None => None,
        };
        let seed = match seed.as_str() {
            "" => None,
            s => Some(s.parse::<u64>().map_err(|_| {
                anyhow!("seed {s:?}: expected a whole number\n  hint: leave it empty for the seed derived from the claim")
            })?),
        };
        let mut g = app.g.clone();
        g.format = vec![crate::cli::Format::Xlsx, crate::cli::Format::Html, crate::cli::Format::Json];
        g.lang = Some(match lang {
            crate::model::project::Lang::Lv => crate::cli::LangArg::Lv,
            crate::model::project::Lang::En => crate::cli::LangArg::En,
        });
        let args = crate::cli::review::ReviewArgs {
            claim,
            previous,
            checklist: None,
            confidence: (!confidence.is_empty()).then_some(confidence),
            seed,
        };
        crate::cli::review::run(&g, &args)?;
        // The review names its files by the claim's period; the newest json is this run's.
        let newest = std::fs::read_dir(out)?
            .filter_map(Result::ok)
            .filter(|e| {
                let n = e.file_name().to_string_lossy().into_owned();
                n.starts_with("review-") && n.ends_with(".json")
            })
            .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok())
            .ok_or_else(|| anyhow!("the review wrote no json under {}", out.display()))?;
        let json: serde_json::Value = serde_json::from_slice(&std::fs::read(newest.path())?)?;
        let stem = newest
            .file_name()
            .to_string_lossy()
            .trim_end_matches(".json")
            .to_string();
        let files = ["xlsx", "html", "json"]
            .iter()
            .map(|e| format!("{stem}.{e}"))
            .collect();
        if json.get("report").and_then(|r| r.as_str()) != Some("review") {
            bail!("the review json has an unexpected form");
        }
        *last().lock().expect("review lock") = Some((json, files));
        Ok(Redirect::to("/review").into_response())
    })
    .await
}

/// Filling the checklist in the browser is not built yet: the review workbook is filled in a
/// spreadsheet and given to `grantbook review --checklist`.
pub(crate) async fn save_checklist() -> Response {
    super::security::refuse(
        StatusCode::NOT_IMPLEMENTED,
        "fill the checklist in the review workbook and run `grantbook review --checklist FILE`",
    )
}
