//! The only place that reads input files: the project file (TOML) and the spreadsheets
//! (calamine for xlsx/xls/ods, the csv crate for csv). Everything leaves here typed, with its
//! source cell, or as an `ImportError` naming file, sheet, cell, what was expected and a hint.

pub mod cases;
pub mod digest;
pub mod error;
pub mod expenses;
pub mod fields;
pub mod project;
pub mod rates;
pub mod readback;
pub mod sheet;
pub mod table;

pub use error::{ImportError, Problem};

use crate::i18n::Msg;
use crate::model::{Case, Expense, InputDigest, Project, Rate, SourceTable};
use std::path::{Path, PathBuf};

/// Everything read from disk for one run.
#[derive(Debug, Clone)]
pub struct Inputs {
    pub expenses: Vec<Expense>,
    pub expenses_source: SourceTable,
    pub cases: Vec<Case>,
    pub cases_source: SourceTable,
    pub rates: Vec<Rate>,
    pub rates_source: Option<SourceTable>,
    pub digests: Vec<InputDigest>,
}

/// Paths given on the command line, overriding the project file's.
#[derive(Debug, Clone, Default)]
pub struct InputPaths {
    pub expenses: Option<PathBuf>,
    pub cases: Option<PathBuf>,
    pub rates: Option<PathBuf>,
}

fn pick(
    given: &Option<PathBuf>,
    from_project: &Option<PathBuf>,
    what: &str,
    flag: &str,
    project_file: &str,
) -> Result<PathBuf, ImportError> {
    given
        .clone()
        .or_else(|| from_project.clone())
        .ok_or_else(|| {
            ImportError::project(
                project_file,
                &format!("inputs.{what}"),
                Msg::new("err-input-not-named").arg(
                    "what",
                    Msg::new(if what == "cases" {
                        "err-of-cases"
                    } else {
                        "err-of-expenses"
                    }),
                ),
                Msg::new("err-hint-input-not-named").arg("flag", flag),
            )
        })
}

/// Reads the expense ledger, the case register and (if any) the exchange rates.
pub fn read_inputs(project: &Project, paths: &InputPaths) -> Result<Inputs, ImportError> {
    let project_file = project.path.display().to_string();
    let exp_path = pick(
        &paths.expenses,
        &project.inputs.expenses,
        "expenses",
        "--expenses",
        &project_file,
    )?;
    let case_path = pick(
        &paths.cases,
        &project.inputs.cases,
        "cases",
        "--cases",
        &project_file,
    )?;
    let rate_path = paths.rates.clone().or_else(|| project.inputs.rates.clone());

    let mut digests = vec![InputDigest {
        role: "project".into(),
        file: sheet::open::display_name(&project.path),
        sha256: digest::sha256_file(&project.path).unwrap_or_default(),
    }];

    // The ledger and the case register are independent: read and typed on two threads.
    let read_exp = || -> Result<_, ImportError> {
        let mut src = sheet::stream::Source::open(&exp_path)?;
        let digest = InputDigest {
            role: "expenses".into(),
            file: src.file().to_string(),
            sha256: src.sha256().to_string(),
        };
        let read = expenses::read_expenses(
            &mut src,
            &exp_path,
            project.inputs.expenses_sheet.as_deref(),
            project.columns.get("expenses"),
            &project.currency,
        )?;
        Ok((digest, read))
    };
    let read_cases = || -> Result<_, ImportError> {
        let mut src = sheet::stream::Source::open(&case_path)?;
        let digest = InputDigest {
            role: "cases".into(),
            file: src.file().to_string(),
            sha256: src.sha256().to_string(),
        };
        let read = cases::read_cases(
            &mut src,
            &case_path,
            project.inputs.cases_sheet.as_deref(),
            project.columns.get("cases"),
        )?;
        Ok((digest, read))
    };
    let (exp, cas) = std::thread::scope(|s| {
        let cases = s.spawn(read_cases);
        let exp = read_exp();
        let cases = cases.join().unwrap_or_else(|_| {
            Err(ImportError::unreadable(
                &sheet::open::display_name(&case_path),
                Msg::new("err-reader-stopped"),
                Msg::new("err-hint-run-again"),
            ))
        });
        (exp, cases)
    });
    // The ledger's error first, as when the files were read one after the other.
    let (exp_digest, (expenses_source, expenses)) = exp?;
    let (case_digest, (cases_source, cases)) = cas?;
    digests.push(exp_digest);
    digests.push(case_digest);

    let (rates_source, rates) = read_rates_file(project, rate_path, &mut digests)?;
    Ok(Inputs {
        expenses,
        expenses_source,
        cases,
        cases_source,
        rates,
        rates_source,
        digests,
    })
}

/// The exchange rates, when a rates file is named (`--rates` or `[inputs] rates`).
fn read_rates_file(
    project: &Project,
    rate_path: Option<PathBuf>,
    digests: &mut Vec<InputDigest>,
) -> Result<(Option<SourceTable>, Vec<Rate>), ImportError> {
    Ok(match rate_path {
        None => (None, Vec::new()),
        Some(p) => {
            let mut src = sheet::stream::Source::open(&p)?;
            digests.push(InputDigest {
                role: "rates".into(),
                file: src.file().to_string(),
                sha256: src.sha256().to_string(),
            });
            let (s, r) = rates::read_rates(
                &mut src,
                &p,
                project.inputs.rates_sheet.as_deref(),
                project.columns.get("rates"),
            )?;
            (Some(s), r)
        }
    })
}

/// Finds the project file: the given one, or the only `*.toml` in `./budgets/`.
pub(crate) fn find_project(given: Option<&Path>) -> Result<PathBuf, ImportError> {
    if let Some(p) = given {
        return Ok(p.to_path_buf());
    }
    let dir = Path::new("budgets");
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(ImportError::unreadable(
            "budgets/",
            Msg::new("err-no-project"),
            Msg::new("err-hint-no-project"),
        )),
        _ => Err(ImportError::unreadable(
            "budgets/",
            Msg::new("err-several-projects").arg(
                "files",
                found
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            Msg::new("err-hint-several-projects"),
        )),
    }
}
