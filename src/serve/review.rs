//! The review page: upload a submitted claim workbook (and the previous claim), choose the
//! confidence and the seed, see the differences and the sample, and fill the checklist in the
//! browser (result, amount deducted). Each save runs the review again with the filled rows —
//! the same models `grantbook review --checklist` builds — writes the review workbook (the
//! checklist, filled), html and json under `--out`, and shows the projection and conclusion.
//! Uploads are checked by content (an xlsx is a zip) and kept under `--out` only.

use super::pages::{blocking, lang_of, render};
use super::security::confined;
use super::state::AppState;
use crate::i18n::{Msg, MsgContext};
use crate::import::readback::claim_workbook::read_claim_workbook;
use crate::model::Money;
use crate::report::review::sample::{default_seed, Method, Plan};
use crate::report::review::typology::{self, ERROR_TYPES, OUTCOMES, PARKINGS};
use crate::report::review::{build, FilledRow, ReviewInput};
use axum::extract::{Form, Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use tera::Context;

/// A review in progress: what was uploaded and chosen, the rows filled so far, the last report.
pub(crate) struct Session {
    claim: PathBuf,
    previous: Option<PathBuf>,
    confidence: Option<Decimal>,
    seed: Option<u64>,
    filled: Vec<FilledRow>,
    report: serde_json::Value,
    files: Vec<String>,
}

pub(crate) async fn page(State(app): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let mut cx = Context::new();
        if let Some(s) = app.review.lock().expect("review lock").as_ref() {
            cx.insert("report", &s.report);
            cx.insert("files", &s.files);
        }
        // Each drop-down as (value, text): the value is the code the report's json holds.
        cx.insert("results", &choices(lang, OUTCOMES, "review-result-"));
        cx.insert(
            "error_types",
            &choices(lang, ERROR_TYPES, "review-error-type-"),
        );
        cx.insert("parkings", &choices(lang, PARKINGS, "review-parking-"));
        render(app, lang, "review.html", "/review", cx)
    })
    .await
}

/// The choices of a checklist column: the json code of each value and its text in `lang`.
fn choices<T: PartialEq + Copy + serde::Serialize>(
    lang: crate::model::project::Lang,
    table: &[(T, &'static str)],
    prefix: &str,
) -> Vec<(String, String)> {
    let texts = typology::texts(lang, table, prefix);
    table
        .iter()
        .zip(texts)
        .map(|((v, _), t)| (code(v), t))
        .collect()
}

/// The json code of a value (`ok`, `missing_document`, `deferred` …).
fn code<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|x| x.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The value of a table whose json code is `s`; `None` for an empty field.
fn chosen<T: PartialEq + Copy + serde::Serialize>(
    table: &[(T, &'static str)],
    s: &str,
    what: &str,
    at: &str,
) -> anyhow::Result<Option<T>> {
    if s.is_empty() {
        return Ok(None);
    }
    table
        .iter()
        .map(|(v, _)| *v)
        .find(|v| code(v) == s)
        .map(Some)
        .ok_or_else(|| {
            anyhow::Error::from(crate::i18n::UserError::new(
                crate::i18n::Msg::new("err-web-not-in-list")
                    .arg("at", at)
                    .arg("what", what)
                    .arg("value", s),
            ))
        })
}

/// Runs the review on the session's workbooks with its filled rows, as `grantbook review`
/// does, and writes review-<period>.{xlsx,html,json} under `--out`.
fn run(app: &AppState, s: &mut Session, lang: crate::model::project::Lang) -> anyhow::Result<()> {
    let l = app.current();
    let submitted = read_claim_workbook(&s.claim)?;
    let previous = match &s.previous {
        Some(p) => Some(read_claim_workbook(p)?),
        None => None,
    };
    let frozen = crate::import::readback::register::read_register(&l.project)?;
    let recomputed = l.claim(lang, submitted.period, &frozen)?;
    let version = l.project.version_on(recomputed.period.to);
    let confidence = s
        .confidence
        .unwrap_or(version.params.review_confidence_pct / Decimal::ONE_HUNDRED);
    let seed = s.seed.unwrap_or_else(|| default_seed(&submitted.inputs));
    if let Some(prev) = &previous {
        crate::cli::review::check_previous(prev, &submitted, l.alloc.last)?;
    }
    // The browser plans as the command line's default does: conservative MUS, no expected
    // error (other methods stay on the command line).
    let plan = Plan {
        method: Method::Conservative,
        confidence,
        tolerable_error_pct: version.params.review_tolerable_error_pct,
        expected_error_pct: Decimal::ZERO,
        sigma_r: None,
        seed,
    };
    let report = build(&ReviewInput {
        project: &l.project,
        ledger: &l.ledger,
        submitted: &submitted,
        recomputed: &recomputed,
        previous: previous.as_ref(),
        filled: (!s.filled.is_empty()).then_some((s.filled.as_slice(), &[])),
        earlier_review: None,
        plan,
        lang,
    });
    let stem = format!("review-{}", submitted.period.label());
    let files = [
        (
            "xlsx",
            crate::render::xlsx::review::review_as_xlsx(&report)
                .msg_context(|| Msg::new("err-cli-build-review-workbook"))?,
        ),
        (
            "html",
            crate::render::html::review::review_as_html(&report)?.into_bytes(),
        ),
        ("json", crate::render::json::to_json(&report)),
    ];
    let mut inputs = crate::cli::input_paths_of(&l.project, &l.ledger);
    inputs.push(s.claim.clone());
    inputs.extend(s.previous.iter().cloned());
    let mut written = Vec::new();
    for (ext, bytes) in files {
        let name = format!("{stem}.{ext}");
        let path = confined(&app.g.out, &name).ok_or_else(|| {
            anyhow::Error::from(crate::i18n::UserError::new(
                crate::i18n::Msg::new("err-web-file-name").arg("name", &name),
            ))
        })?;
        crate::render::write_atomic(&path, &bytes, &inputs)?;
        written.push(name);
    }
    s.report = serde_json::to_value(&report)?;
    s.files = written;
    Ok(())
}

/// An upload refused for what it holds, with the status a client can act on.
struct Refused(StatusCode, String);

struct Upload {
    /// Each workbook with the name it had on the reviewer's machine.
    claim: (String, Vec<u8>),
    previous: Option<(String, Vec<u8>)>,
    confidence: String,
    seed: String,
}

/// Reads the form: the two workbooks (checked to be xlsx, a zip archive) and the options.
async fn read_form(mut m: Multipart) -> Result<Upload, Refused> {
    let (mut claim, mut previous) = (None, None);
    let (mut confidence, mut seed) = (String::new(), String::new());
    loop {
        let field = match m.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(Refused(e.status(), e.body_text())),
        };
        let name = field.name().unwrap_or("").to_string();
        let file = field.file_name().unwrap_or("claim.xlsx").to_string();
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
                    claim = Some((file, bytes.to_vec()));
                } else {
                    previous = Some((file, bytes.to_vec()));
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
    Ok(Upload {
        claim,
        previous,
        confidence,
        seed,
    })
}

fn confidence(s: &str) -> anyhow::Result<Option<Decimal>> {
    if s.is_empty() {
        return Ok(None);
    }
    let c: Decimal = s.replace(',', ".").parse().map_err(|_| {
        anyhow::Error::from(crate::i18n::UserError::new(
            crate::i18n::Msg::new("err-web-confidence-fraction").arg("value", s),
        ))
    })?;
    if c <= Decimal::ZERO || c >= Decimal::ONE {
        crate::bail_msg!(
            crate::i18n::Msg::new("err-web-confidence-range").arg("value", c.to_string())
        );
    }
    Ok(Some(c))
}

pub(crate) async fn start(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    m: Multipart,
) -> Response {
    let lang = lang_of(&app, &headers);
    let up = match read_form(m).await {
        Ok(x) => x,
        Err(Refused(s, t)) => return super::security::refuse(s, &t),
    };
    blocking(app, lang, move |app| {
        let out = &app.g.out;
        std::fs::create_dir_all(out)
            .msg_context(|| Msg::new("err-out-folder").arg("path", out.display().to_string()))?;
        // Kept as `uploaded-<its name>` / `uploaded-previous-<its name>` (letters, digits, `.-_`
        // only): never a path, never the name of a file the review writes.
        let save = |prefix: &str, (name, bytes): &(String, Vec<u8>)| -> anyhow::Result<PathBuf> {
            let clean: String = name
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || "._-".contains(c) {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            let p = confined(out, &format!("{prefix}{clean}")).ok_or_else(|| {
                anyhow::Error::from(crate::i18n::UserError::new(crate::i18n::Msg::new(
                    "err-web-upload-name",
                )))
            })?;
            crate::render::write_atomic(&p, bytes, &[])?;
            Ok(p)
        };
        let seed = match up.seed.as_str() {
            "" => None,
            s => Some(s.parse::<u64>().map_err(|_| {
                anyhow::Error::from(crate::i18n::UserError::new(
                    crate::i18n::Msg::new("err-web-seed").arg("value", s),
                ))
            })?),
        };
        let mut s = Session {
            claim: save("uploaded-", &up.claim)?,
            previous: match &up.previous {
                Some(p) => Some(save("uploaded-previous-", p)?),
                None => None,
            },
            confidence: confidence(&up.confidence)?,
            seed,
            filled: Vec::new(),
            report: serde_json::Value::Null,
            files: Vec::new(),
        };
        run(app, &mut s, lang)?;
        *app.review.lock().expect("review lock") = Some(s);
        Ok(Redirect::to("/review").into_response())
    })
    .await
}

/// Saves the checklist filled in the browser: `result-<entry>` and `deducted-<entry>` per
/// sampled cost; a row counts as filled when either is given. The review runs again and its
/// workbook under `--out` holds the filled checklist.
pub(crate) async fn save_checklist(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let mut guard = app.review.lock().expect("review lock");
        let Some(s) = guard.as_mut() else {
            crate::bail_msg!(crate::i18n::Msg::new("err-web-no-review"));
        };
        let rows = s.report["checklist"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut filled = Vec::new();
        for row in &rows {
            let id = row["entry_id"].as_str().unwrap_or_default();
            let no = row["no"].as_u64().unwrap_or_default();
            let field = |name: &str| {
                form.get(&format!("{name}-{id}"))
                    .map(|r| r.trim().to_string())
                    .unwrap_or_default()
            };
            let (result, ded) = (field("result"), field("deducted"));
            let (error_type, parking, note) =
                (field("error_type"), field("parking"), field("note"));
            if result.is_empty() && ded.is_empty() && error_type.is_empty() && note.is_empty() {
                continue;
            }
            let at = format!("checklist row {no} ({id})");
            let result = chosen(OUTCOMES, &result, "result", &at)?;
            let error_type = chosen(ERROR_TYPES, &error_type, "error type", &at)?;
            let parking = chosen(PARKINGS, &parking, "parking", &at)?;
            let ded = ded.as_str();
            let deducted: Money = match ded {
                "" => Money::ZERO,
                d => d.replace(' ', "").replace(',', ".").parse().map_err(|_| {
                    anyhow::Error::from(crate::i18n::UserError::new(
                        crate::i18n::Msg::new("err-web-deducted-not-amount")
                            .arg("no", no)
                            .arg("id", id)
                            .arg("value", d),
                    ))
                })?,
            };
            let book: Money = row["book_value"].as_str().unwrap_or("0").parse()?;
            if deducted < Money::ZERO || deducted > book || deducted.round_dp(2) != deducted {
                crate::bail_msg!(crate::i18n::Msg::new("err-web-deducted-range")
                    .arg("no", no)
                    .arg("id", id)
                    .num("deducted", deducted)
                    .money("book", book));
            }
            if result == Some(typology::Outcome::Error) && error_type.is_none() {
                crate::bail_msg!(crate::i18n::Msg::new("err-web-error-type").arg("at", &at));
            }
            if result == Some(typology::Outcome::Ok) && !deducted.is_zero() {
                crate::bail_msg!(crate::i18n::Msg::new("err-web-ok-deducts")
                    .arg("at", &at)
                    .num("deducted", deducted));
            }
            filled.push(FilledRow {
                entry_id: id.to_string(),
                book_value: book,
                result,
                error_type,
                deducted,
                parking,
                note,
                at: format!("#{no}"),
                result_at: format!("#{no}"),
            });
        }
        s.filled = filled;
        run(app, s, lang)?;
        Ok(Redirect::to("/review#checklist").into_response())
    })
    .await
}
