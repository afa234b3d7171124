//! `grantbook verify REPORT`: reads the input digests a report records (json, xlsx or html),
//! hashes the files the project names now (or those given with --expenses / --cases /
//! --rates) and the current rule catalogue, and says whether the report still matches them.
//! Exit 0 all match, 1 a mismatch (each named), 2 the check cannot run.

use super::{load_project, Global};
use crate::i18n::{Msg, MsgContext};
use crate::import::digest;
use crate::import::readback::claim_workbook::read_meta;
use crate::import::sheet::{grid::read_workbook, open::display_name};
use crate::model::project::Lang;
use crate::model::InputDigest;
use anyhow::Result;
use std::path::{Path, PathBuf};

pub(crate) const AFTER_HELP: &str = "Exit status: 0 the report matches its inputs, 1 an input or the rule catalogue changed\n(named), 2 the check cannot run (report unreadable, an input missing).\n\nExamples:\n  grantbook verify out/claim-2020-Q3.json\n  grantbook verify out/claim-2020-Q3.xlsx --project budgets/ak-iom-pmif-2018-1.toml\n  grantbook verify out/burn-2021-06-30.html --expenses export.xlsx";

#[derive(clap::Args, Debug)]
pub struct VerifyArgs {
    /// A report grantbook wrote: .json, .xlsx or .html
    pub report: PathBuf,
}

pub fn run(g: &Global, a: &VerifyArgs) -> Result<u8> {
    let recorded = recorded_inputs(&a.report)?;
    if recorded.is_empty() {
        crate::bail_msg!(
            Msg::new("err-cli-verify-no-digests").arg("report", a.report.display().to_string())
        );
    }
    let project = load_project(g)?;
    let lang = match g.lang {
        Some(super::LangArg::Lv) => Lang::Lv,
        Some(super::LangArg::En) => Lang::En,
        None => project.default_lang,
    };
    // Each input by its role and file as a report names them, in the reader's language.
    let role = |d: &InputDigest| format!("{:<9}", crate::render::labels::input_role(lang, &d.role));
    let file = |d: &InputDigest| crate::render::labels::input_file(lang, d);
    let mut mismatches = 0;
    for d in &recorded {
        let (now_file, now_sha) = if d.role == "rules" {
            let r = crate::rules::catalogue::digest();
            (r.file, r.sha256)
        } else {
            let path = match d.role.as_str() {
                "project" => Some(project.path.clone()),
                "expenses" => g.expenses.clone().or(project.inputs.expenses.clone()),
                "cases" => g.cases.clone().or(project.inputs.cases.clone()),
                "rates" => g.rates.clone().or(project.inputs.rates.clone()),
                other => crate::bail_msg!(Msg::new("err-cli-verify-role")
                    .arg("report", a.report.display().to_string())
                    .arg("role", other)),
            };
            let Some(path) = path else {
                crate::bail_msg!(Msg::new("err-cli-verify-not-named")
                    .arg("role", &d.role)
                    .arg("file", &d.file));
            };
            let sha = digest::sha256_file(&path).msg_context(|| {
                Msg::new("err-cli-verify-cannot-read-input")
                    .arg("role", &d.role)
                    .arg("path", path.display().to_string())
            })?;
            (display_name(&path), sha)
        };
        if now_sha == d.sha256 {
            let m = Msg::new("cli-verify-same")
                .arg("role", role(d))
                .arg("file", file(d));
            println!("  {}", m.text(lang));
        } else {
            mismatches += 1;
            let m = Msg::new("cli-verify-changed")
                .arg("role", role(d))
                .arg("file", file(d))
                .arg("was", short(&d.sha256).to_string())
                .arg("latest", now_file)
                .arg("now", short(&now_sha).to_string());
            println!("  {}", m.text(lang));
        }
    }
    if let Some(v) = recorded_version(&a.report) {
        if v != crate::report::TOOL.version {
            let m = Msg::new("cli-verify-other-version")
                .arg("made", v.to_string())
                .arg("this", crate::report::TOOL.version);
            println!("  {}", m.text(lang));
        }
    }
    if mismatches == 0 {
        let m = Msg::new("cli-verify-matches")
            .arg("report", a.report.display().to_string())
            .arg("n", recorded.len());
        println!("{}", m.text(lang));
        Ok(0)
    } else {
        let m = Msg::new("cli-verify-differs")
            .arg("report", a.report.display().to_string())
            .arg("changed", mismatches)
            .arg("n", recorded.len());
        println!("{}", m.text(lang));
        Ok(1)
    }
}

fn short(sha: &str) -> &str {
    sha.get(..12).unwrap_or(sha)
}

/// The `(role, file, sha256)` rows a report records.
pub(crate) fn recorded_inputs(report: &Path) -> Result<Vec<InputDigest>> {
    let ext = report
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let shown = report.display();
    match ext.as_str() {
        "json" => {
            let text = std::fs::read_to_string(report)
                .msg_context(|| Msg::new("err-cli-read").arg("path", shown.to_string()))?;
            let v: serde_json::Value = serde_json::from_str(&text).msg_context(|| {
                Msg::new("err-cli-not-json-report").arg("path", shown.to_string())
            })?;
            let inputs = v.get("inputs").cloned().unwrap_or_default();
            serde_json::from_value(inputs)
                .msg_context(|| Msg::new("err-cli-json-inputs").arg("path", shown.to_string()))
        }
        "xlsx" => {
            let wb = read_workbook(report)
                .msg_context(|| Msg::new("err-cli-open").arg("path", shown.to_string()))?;
            let (_, inputs) = read_meta(&wb).ok_or_else(|| {
                crate::i18n::UserError::new(
                    Msg::new("err-cli-no-meta").arg("path", shown.to_string()),
                )
            })?;
            Ok(inputs)
        }
        "html" | "htm" => {
            let text = std::fs::read_to_string(report)
                .msg_context(|| Msg::new("err-cli-read").arg("path", shown.to_string()))?;
            // The claim's and the findings' table rows carry the role as `data-input` (the cell
            // shows it in the report's language); the burn report's footer reads
            // `role file sha256`.
            let re = regex::Regex::new(
                r#"(?:<tr data-input="|<td>|· )(project|expenses|cases|rates|rules)(?:"><td>[^<]*</td><td>|</td><td>| )(.+?)(?:</td><td class="hash">| )([0-9a-f]{64})"#,
            )?;
            Ok(re
                .captures_iter(&text)
                .map(|c| InputDigest {
                    role: c[1].to_string(),
                    file: unescape(&c[2]),
                    sha256: c[3].to_string(),
                })
                .collect())
        }
        _ => crate::bail_msg!(Msg::new("err-cli-report-kind").arg("path", shown.to_string())),
    }
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}

/// The tool version a json report records (other forms: none).
fn recorded_version(report: &Path) -> Option<String> {
    let text = std::fs::read_to_string(report).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    Some(v.get("tool")?.get("version")?.as_str()?.to_string())
}
