//! The review page: upload a submitted claim workbook (and the previous claim, and an earlier
//! filled review for standard MUS), choose the method, confidence, expected error and seed as
//! `grantbook review` takes them, see the differences and the sample, and fill the checklist in
//! the browser. Each save runs the review again with the filled rows — the same models
//! `grantbook review --checklist` builds — writes the review workbook (the checklist, filled),
//! html and json under `--out` as `review-<period>-<id>` (the browser's review id, so two
//! reviewers never write the same file), and shows the projection and conclusion.
//!
//! Each browser has its own review (`sessions`); its uploads are checked by content (an xlsx
//! is a zip) and kept in a folder of its own under `--out`, removed when the review is
//! replaced or forgotten.

use super::pages::{blocking, lang_of, render, said};
use super::review_plan::{self, Basis, Params, METHODS};
use super::security::{confined, Browser};
use super::state::AppState;
use crate::i18n::{Msg, MsgContext};
use crate::import::readback::claim_workbook::read_claim_workbook;
use crate::import::readback::review_checklist::read_checklist;
use crate::model::Money;
use crate::report::review::typology::{self, ERROR_TYPES, OUTCOMES, PARKINGS};
use crate::report::review::{build, EarlierReview, FilledRow, ReviewInput};
use anyhow::{anyhow, Context as _};
use axum::extract::{Extension, Form, Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;
use tera::Context;

/// One browser's review: its uploads (a folder under `--out`, removed with the last clone of
/// the session), the parameters as given, the rows filled so far and the last report.
#[derive(Clone)]
pub(crate) struct Session {
    uploads: Arc<tempfile::TempDir>,
    claim: PathBuf,
    previous: Option<PathBuf>,
    /// An earlier filled review workbook (`--previous-review`).
    earlier: Option<PathBuf>,
    /// This review's checklist, filled elsewhere (`--checklist`): the review goes on from it.
    checklist: Option<PathBuf>,
    /// The parked items' statuses that checklist gave.
    parked: Vec<crate::report::review::ParkedRow>,
    params: Params,
    filled: Vec<FilledRow>,
    report: Arc<serde_json::Value>,
    files: Vec<String>,
}

/// This browser's review id and a copy of its review, if one is in progress.
fn session_of(app: &AppState, b: &Browser) -> Option<(String, Session)> {
    let mut reviews = app.reviews.lock().expect("review lock");
    let slot = reviews.find(&b.0, Instant::now())?;
    Some((slot.id.clone(), slot.review.clone()?))
}

/// This browser's review id, its slot made if it has none (a review is starting).
fn id_of(app: &AppState, b: &Browser) -> String {
    let mut reviews = app.reviews.lock().expect("review lock");
    reviews.slot(&b.0, Instant::now()).id.clone()
}

/// Keeps `s` as this browser's review: always for a new upload (`fresh`), and for a saved
/// checklist only while the review it was run on is still this browser's (a newer upload
/// meanwhile stays).
fn keep(app: &AppState, b: &Browser, s: Session, fresh: bool) {
    let mut reviews = app.reviews.lock().expect("review lock");
    let slot = reviews.slot(&b.0, Instant::now());
    let current = slot
        .review
        .as_ref()
        .is_some_and(|r| Arc::ptr_eq(&r.uploads, &s.uploads));
    if fresh || current {
        slot.review = Some(s);
    }
}

pub(crate) async fn page(
    State(app): State<Arc<AppState>>,
    Extension(b): Extension<Browser>,
    headers: HeaderMap,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let mut cx = Context::new();
        if let Some((_, s)) = &session_of(app, &b) {
            cx.insert("report", s.report.as_ref());
            cx.insert("files", &s.files);
            cx.insert("params", &s.params);
            cx.insert(
                "uploaded",
                &[
                    &Some(&s.claim),
                    &s.previous.as_ref(),
                    &s.earlier.as_ref(),
                    &s.checklist.as_ref(),
                ]
                .iter()
                .map(|p| p.map(|p| super::state::file_name(p)))
                .collect::<Vec<_>>(),
            );
        } else {
            cx.insert("params", &Params::default());
        }
        let methods: Vec<(&str, String)> = METHODS
            .iter()
            .map(|(m, key)| (m.code(), crate::i18n::tr(lang, key)))
            .collect();
        cx.insert("methods", &methods);
        // The placeholder: the project's confidence as a fraction, as --confidence takes it.
        let pct = app
            .current()
            .project
            .latest_version()
            .params
            .review_confidence_pct;
        cx.insert(
            "default_confidence",
            &crate::render::labels::number(
                lang,
                &(pct / Decimal::ONE_HUNDRED).normalize().to_string(),
            ),
        );
        let labels: HashMap<&str, String> = REVIEW_LABELS
            .iter()
            .map(|k| (*k, crate::i18n::tr(lang, k)))
            .collect();
        cx.insert("rv", &labels);
        let strata: HashMap<&str, String> = STRATA
            .iter()
            .map(|(code, key)| (*code, crate::i18n::tr(lang, key)))
            .collect();
        cx.insert("strata", &strata);
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

/// The review report's own labels the page shows beside its figures (the `review` area).
const REVIEW_LABELS: &[&str] = &[
    "review-method",
    "review-confidence",
    "review-reliability-factor",
    "review-expansion-factor",
    "review-sigma",
    "review-sigma-source",
    "review-tolerable-error",
    "review-expected-error-pct",
    "review-expected-error",
    "review-population-items",
    "review-population-value",
    "review-sample-size",
    "review-interval",
    "review-high-value-items",
    "review-seed",
    "review-formula",
    "review-generator-label",
    "review-population-hash",
    "review-group",
    "review-items-count",
    "review-value",
    "review-allocated",
    "review-selected",
    "review-stratum",
    "review-items-checked",
    "review-items-with-error",
    "review-upper-limit",
    "review-materiality",
    "review-corrections",
    "review-parked-help",
    "review-parked-period",
    "review-entry-id",
    "review-book-value",
    "review-deducted",
    "review-parking",
    "review-status",
    "review-status-open",
    "review-status-cleared",
];

/// A checklist row's stratum (its json code) and the label's key.
const STRATA: &[(&str, &str)] = &[
    ("all", "review-stratum-all"),
    ("high_value", "review-stratum-high-value"),
    ("systematic", "review-stratum-systematic"),
    ("risk", "review-stratum-risk"),
    ("random", "review-stratum-random"),
];

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

/// The value of a table whose json code is `s`: `Some(None)` for an empty field, `None` for a
/// code not in the table.
fn chosen<T: PartialEq + Copy + serde::Serialize>(
    table: &[(T, &'static str)],
    s: &str,
) -> Option<Option<T>> {
    if s.is_empty() {
        return Some(None);
    }
    table
        .iter()
        .map(|(v, _)| *v)
        .find(|v| code(v) == s)
        .map(Some)
}

/// Runs the review on the session's workbooks with its parameters and filled rows, as
/// `grantbook review` does, and writes review-<period>-<id>.{xlsx,html,json} under `--out`.
fn run(
    app: &AppState,
    s: &mut Session,
    id: &str,
    lang: crate::model::project::Lang,
) -> anyhow::Result<()> {
    let l = app.current();
    let submitted = read_claim_workbook(&s.claim)?;
    let previous = match &s.previous {
        Some(p) => Some(read_claim_workbook(p)?),
        None => None,
    };
    let earlier = match &s.earlier {
        Some(p) => Some(read_checklist(p)?),
        None => None,
    };
    let frozen = crate::import::readback::register::read_register(&l.project)?;
    let recomputed = l.claim(lang, submitted.period, &frozen)?;
    if let Some(prev) = &previous {
        crate::cli::review::check_previous(prev, &submitted, l.alloc.last)?;
    }
    let version = l.project.version_on(recomputed.period.to);
    let plan = review_plan::plan(
        &s.params,
        &Basis {
            default_confidence_pct: version.params.review_confidence_pct,
            tolerable_error_pct: version.params.review_tolerable_error_pct,
            inputs: &submitted.inputs,
            earlier: earlier.as_ref(),
        },
    )?;
    let earlier_review = earlier.as_ref().map(|e| EarlierReview {
        period: e.meta.get("claim_period").cloned().unwrap_or_default(),
        rows: &e.rows,
        parked: &e.parked,
    });
    let report = build(&ReviewInput {
        project: &l.project,
        ledger: &l.ledger,
        submitted: &submitted,
        recomputed: &recomputed,
        previous: previous.as_ref(),
        filled: (!s.filled.is_empty() || !s.parked.is_empty())
            .then_some((s.filled.as_slice(), s.parked.as_slice())),
        earlier_review,
        plan,
        lang,
    });
    if let Some(p) = &s.checklist {
        made_for(&read_checklist(p)?, &report)?;
    }
    rows_in_sample(&s.filled, &report)?;
    let stem = format!("review-{}-{id}", submitted.period.label());
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
    inputs.extend(s.earlier.iter().cloned());
    inputs.extend(s.checklist.iter().cloned());
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
    s.report = Arc::new(serde_json::to_value(&report)?);
    s.files = written;
    Ok(())
}

/// The parameters a filled checklist was made with, for the fields the reviewer left empty:
/// uploading a checklist is enough to go on with its review.
fn made_with(p: &mut Params, f: &crate::import::readback::review_checklist::FilledChecklist) {
    let meta = |k: &str| f.meta.get(k).cloned().unwrap_or_default();
    if p.method.is_empty() {
        p.method = meta("method");
    }
    if p.confidence.is_empty() {
        if let Ok(pct) = meta("confidence_pct").parse::<Decimal>() {
            p.confidence = (pct / Decimal::ONE_HUNDRED).normalize().to_string();
        }
    }
    if p.expected_error.is_empty() {
        p.expected_error = meta("expected_error_pct");
    }
    if p.seed.is_empty() {
        p.seed = meta("seed");
    }
}

/// The checklist must have been made for this sample, as `grantbook review --checklist`
/// requires: the same method, seed, confidence, expected error and population.
fn made_for(
    f: &crate::import::readback::review_checklist::FilledChecklist,
    report: &crate::report::review::ReviewReport,
) -> anyhow::Result<()> {
    let meta = |k: &str| f.meta.get(k).cloned().unwrap_or_default();
    let s = &report.sample;
    if meta("seed") != s.seed.to_string()
        || meta("confidence_pct") != s.confidence_pct.to_string()
        || meta("method") != s.method.code()
        || meta("expected_error_pct") != s.expected_error_pct.to_string()
        || meta("population_sha256") != s.population_sha256
    {
        return Err(said(
            Msg::new("serve-review-checklist-other-sample")
                .arg("file", &f.file)
                .arg("claim", meta("claim_file"))
                .arg("method", method_name(&meta("method")))
                .arg("seed", meta("seed")),
        ));
    }
    Ok(())
}

/// A method's name in the reader's words, from its code (the code itself if unknown).
fn method_name(code: &str) -> crate::i18n::Arg {
    match METHODS.iter().find(|(m, _)| m.code() == code) {
        Some((_, key)) => crate::i18n::Arg::Msg(Box::new(Msg::new(key))),
        None => crate::i18n::Arg::Text(code.to_string()),
    }
}

/// Every filled row is a sampled item, and deducts at most its book value.
fn rows_in_sample(
    rows: &[FilledRow],
    report: &crate::report::review::ReviewReport,
) -> anyhow::Result<()> {
    for r in rows {
        let Some(c) = report.checklist.iter().find(|c| c.entry_id == r.entry_id) else {
            return Err(said(
                Msg::new("serve-review-row-not-sampled").arg("at", &r.result_at),
            ));
        };
        if r.deducted > c.book_value {
            return Err(said(
                Msg::new("serve-review-row-over")
                    .arg("at", &r.at)
                    .money("deducted", r.deducted)
                    .money("book", c.book_value),
            ));
        }
    }
    Ok(())
}

/// An upload refused for what it holds, with the status a client can act on.
enum Refused {
    /// The body could not be read (too large, malformed): axum's status and words.
    Body(StatusCode, String),
    /// A file that is not an xlsx workbook, named as the reviewer chose it.
    NotXlsx(String),
}

/// The workbooks' fields: the claim, the previous claim, the earlier filled review.
const WORKBOOKS: [&str; 4] = ["claim", "previous", "previous_review", "checklist"];

struct Upload {
    /// Each workbook by its field, with the name it had on the reviewer's machine.
    workbooks: HashMap<&'static str, (String, Vec<u8>)>,
    params: Params,
}

/// Reads the form: the workbooks (checked to be xlsx, a zip archive) and the parameters.
async fn read_form(mut m: Multipart) -> Result<Upload, Refused> {
    let mut workbooks = HashMap::new();
    let mut params = Params::default();
    loop {
        let field = match m.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(Refused::Body(e.status(), e.body_text())),
        };
        let name = field.name().unwrap_or("").to_string();
        let file = field.file_name().unwrap_or("claim.xlsx").to_string();
        let bytes = field
            .bytes()
            .await
            .map_err(|e| Refused::Body(e.status(), e.body_text()))?;
        let text = || String::from_utf8_lossy(&bytes).trim().to_string();
        match name.as_str() {
            "method" => params.method = text(),
            "confidence" => params.confidence = text(),
            "expected_error" => params.expected_error = text(),
            "seed" => params.seed = text(),
            n => {
                let Some(field) = WORKBOOKS.iter().find(|w| **w == n) else {
                    continue;
                };
                if bytes.is_empty() {
                    continue;
                }
                if !bytes.starts_with(b"PK\x03\x04") {
                    return Err(Refused::NotXlsx(file));
                }
                workbooks.insert(*field, (file, bytes.to_vec()));
            }
        }
    }
    Ok(Upload { workbooks, params })
}

/// The name a workbook is kept under: its own, without anything that could make it a path
/// (separators and control characters become `_`); `confined` then refuses `.` and `..`.
fn kept_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let clean: String = base
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || " ._-()".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    if clean.trim_matches('.').is_empty() {
        "workbook.xlsx".to_string()
    } else {
        clean
    }
}

/// Saves each uploaded workbook in its own folder of the review's upload folder, under its own
/// name (the claim and the previous claim may share one), so the report names the files as
/// the reviewer knows them, as the command line does.
fn save(dir: &Path, role: &str, (name, bytes): &(String, Vec<u8>)) -> anyhow::Result<PathBuf> {
    let folder = dir.join(role);
    std::fs::create_dir_all(&folder)
        .with_context(|| format!("cannot create {}", folder.display()))?;
    let p = confined(&folder, &kept_name(name)).ok_or_else(|| anyhow!("bad upload name"))?;
    crate::render::write_atomic(&p, bytes, &[])?;
    Ok(p)
}

pub(crate) async fn start(
    State(app): State<Arc<AppState>>,
    Extension(b): Extension<Browser>,
    headers: HeaderMap,
    m: Multipart,
) -> Response {
    let lang = lang_of(&app, &headers);
    let up = match read_form(m).await {
        Ok(x) => x,
        Err(Refused::Body(s, t)) => return super::security::refuse(s, &t),
        Err(Refused::NotXlsx(file)) => {
            let e = said(Msg::new("serve-review-not-xlsx").arg("file", file));
            let mut r = super::pages::error_page(&app, lang, &e);
            *r.status_mut() = StatusCode::UNSUPPORTED_MEDIA_TYPE;
            return r;
        }
    };
    blocking(app, lang, move |app| {
        let out = &app.g.out;
        std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
        let id = id_of(app, &b);
        let old = session_of(app, &b).map(|(_, s)| s);
        // Without a new claim workbook the review in progress runs again with the new
        // parameters (and any workbook given now); a new claim starts a new review.
        let again = match (up.workbooks.contains_key("claim"), &old) {
            (true, _) => None,
            (false, Some(old)) => Some(old),
            (false, None) => return Err(said(Msg::new("serve-review-choose-claim"))),
        };
        // A new folder per upload: a refused upload never touches the review in progress.
        let uploads = tempfile::Builder::new()
            .prefix(&format!(".review-{id}-uploads-"))
            .tempdir_in(out)
            .with_context(|| format!("cannot create a folder in {}", out.display()))?;
        let path = |role: &str| -> anyhow::Result<Option<PathBuf>> {
            if let Some(w) = up.workbooks.get(role) {
                return save(uploads.path(), role, w).map(Some);
            }
            let kept = again.and_then(|o| match role {
                "claim" => Some(&o.claim),
                "previous" => o.previous.as_ref(),
                "previous_review" => o.earlier.as_ref(),
                // A checklist read once becomes the rows filled; they are kept below.
                _ => None,
            });
            kept.map(|p| -> anyhow::Result<PathBuf> {
                let bytes =
                    std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
                save(uploads.path(), role, &(super::state::file_name(p), bytes))
            })
            .transpose()
        };
        let checklist = path("checklist")?;
        let filled = match &checklist {
            Some(p) => Some(read_checklist(p)?),
            None => None,
        };
        let mut params = up.params;
        if let Some(f) = &filled {
            made_with(&mut params, f);
        }
        let mut s = Session {
            claim: path("claim")?.ok_or_else(|| said(Msg::new("serve-review-choose-claim")))?,
            previous: path("previous")?,
            earlier: path("previous_review")?,
            checklist,
            parked: filled
                .as_ref()
                .map(|f| f.parked.clone())
                .unwrap_or_default(),
            uploads: Arc::new(uploads),
            params,
            // New parameters draw a new sample: its checklist starts empty.
            filled: filled.as_ref().map(|f| f.rows.clone()).unwrap_or_default(),
            report: Arc::new(serde_json::Value::Null),
            files: Vec::new(),
        };
        run(app, &mut s, &id, lang)?;
        keep(app, &b, s, true);
        Ok(Redirect::to("/review").into_response())
    })
    .await
}

/// An amount as the page shows it and a reviewer types it: `1 075,90`, `10,50` or `10.50`
/// in Latvian; `1,075.90`, `1,075` or `10.50` in English, where a comma before three digits
/// groups them — and `1,00` is one euro in either.
fn amount(lang: crate::model::project::Lang, s: &str) -> Result<Money, rust_decimal::Error> {
    let t = s.replace([' ', '\u{a0}'], "");
    let grouped = |t: &str| {
        let mut parts = t.split(',');
        let head = parts.next().unwrap_or("");
        (1..=3).contains(&head.len())
            && parts.all(|p| p.len() == 3 || (p.len() > 3 && p.as_bytes()[3] == b'.'))
    };
    let t = match (t.rfind(','), t.rfind('.')) {
        // Both: the last one is the decimal mark.
        (Some(c), Some(d)) if c > d => t.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => t.replace(',', ""),
        (Some(_), None) if lang == crate::model::project::Lang::En && grouped(&t) => {
            t.replace(',', "")
        }
        (Some(_), None) => t.replace(',', "."),
        _ => t,
    };
    t.parse()
}

/// One checklist row as the form gives it, checked as `grantbook review --checklist` checks
/// a filled workbook's row; `None` when the row is left empty.
fn filled_row(
    row: &serde_json::Value,
    form: &HashMap<String, String>,
    lang: crate::model::project::Lang,
) -> anyhow::Result<Option<FilledRow>> {
    let id = row["entry_id"].as_str().unwrap_or_default();
    let no = row["no"].as_u64().unwrap_or_default();
    let field = |name: &str| {
        form.get(&format!("{name}-{id}"))
            .map(|r| r.trim().to_string())
            .unwrap_or_default()
    };
    let (result, ded) = (field("result"), field("deducted"));
    let (error_type, parking, note) = (field("error_type"), field("parking"), field("note"));
    if result.is_empty() && ded.is_empty() && error_type.is_empty() && note.is_empty() {
        return Ok(None);
    }
    let at = |key: &'static str| Msg::new(key).arg("row", no.to_string()).arg("entry", id);
    let result = chosen(OUTCOMES, &result)
        .ok_or_else(|| said(at("serve-review-bad-choice").arg("value", &result)))?;
    let error_type = chosen(ERROR_TYPES, &error_type)
        .ok_or_else(|| said(at("serve-review-bad-choice").arg("value", &error_type)))?;
    let parking = chosen(PARKINGS, &parking)
        .ok_or_else(|| said(at("serve-review-bad-choice").arg("value", &parking)))?;
    let deducted: Money = match ded.as_str() {
        "" => Money::ZERO,
        d => amount(lang, d).map_err(|_| said(at("serve-review-bad-deducted").arg("value", d)))?,
    };
    let book: Money = row["book_value"].as_str().unwrap_or("0").parse()?;
    if deducted < Money::ZERO || deducted > book || deducted.round_dp(2) != deducted {
        return Err(said(
            at("serve-review-deducted-range")
                .num("deducted", deducted)
                .money("book", book),
        ));
    }
    if result == Some(typology::Outcome::Error) && error_type.is_none() {
        return Err(said(at("serve-review-error-needs-type")));
    }
    if result == Some(typology::Outcome::Ok) && !deducted.is_zero() {
        return Err(said(
            at("serve-review-ok-deducts").num("deducted", deducted),
        ));
    }
    Ok(Some(FilledRow {
        entry_id: id.to_string(),
        book_value: book,
        result,
        error_type,
        deducted,
        parking,
        note,
        at: format!("#{no}"),
        result_at: format!("#{no}"),
    }))
}

/// Saves the checklist filled in the browser: per sampled cost `result-<entry>`,
/// `error_type-<entry>`, `deducted-<entry>`, `parking-<entry>`, `note-<entry>`; a row counts
/// as filled when any is given. The review runs again and its workbook under `--out` holds
/// the filled checklist.
pub(crate) async fn save_checklist(
    State(app): State<Arc<AppState>>,
    Extension(b): Extension<Browser>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let lang = lang_of(&app, &headers);
    blocking(app, lang, move |app| {
        let Some((id, mut s)) = session_of(app, &b) else {
            return Err(said(Msg::new("serve-review-none")));
        };
        let rows = s.report["checklist"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut filled = Vec::new();
        for row in &rows {
            filled.extend(filled_row(row, &form, lang)?);
        }
        s.filled = filled;
        run(app, &mut s, &id, lang)?;
        keep(app, &b, s, false);
        Ok(Redirect::to("/review#checklist").into_response())
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::project::Lang;

    #[test]
    fn amounts_read_as_the_page_shows_them() {
        let m = |s: &str| s.parse::<Money>().unwrap();
        assert_eq!(amount(Lang::Lv, "1\u{a0}075,90").unwrap(), m("1075.90"));
        assert_eq!(amount(Lang::Lv, "10.50").unwrap(), m("10.50"));
        assert_eq!(amount(Lang::Lv, "10,50").unwrap(), m("10.50"));
        assert_eq!(amount(Lang::En, "1,075.90").unwrap(), m("1075.90"));
        assert_eq!(amount(Lang::En, "1,075").unwrap(), m("1075"));
        assert_eq!(amount(Lang::En, "1,00").unwrap(), m("1.00"));
        assert_eq!(amount(Lang::En, "10.5").unwrap(), m("10.5"));
        assert!(amount(Lang::Lv, "12,5,0").is_err());
        assert!(amount(Lang::En, "abc").is_err());
    }
}
