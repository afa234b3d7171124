//! The command line: clap definitions and thin glue from arguments to the pipeline. One file
//! per subcommand. Exit codes: 0 clean, 1 findings of error severity (`check`), 2 could not run.

mod burn;
mod check;
mod claim;
mod rules;

use crate::allocate::{allocate, Allocation};
use crate::import::{self, ImportError, InputPaths};
use crate::ledger::Ledger;
use crate::model::project::Lang;
use crate::model::{Money, Project};
use crate::rules::Finding;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "grantbook",
    version,
    about = "Checked, cent-exact financial reports from an EU grant project's expense ledger and case register",
    after_help = "Examples:\n  grantbook check\n  grantbook claim --period 2020-Q3\n  grantbook claim --final --lang en --format json\n  grantbook rules TG-04"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes, before or after the command name.
#[derive(Args, Debug, Clone)]
pub struct Global {
    /// The project file [default: the only *.toml in ./budgets/]
    #[arg(long, global = true, value_name = "FILE")]
    pub project: Option<PathBuf>,
    /// The expense ledger [default: the project file's inputs.expenses]
    #[arg(long, global = true, value_name = "FILE")]
    pub expenses: Option<PathBuf>,
    /// The case register [default: the project file's inputs.cases]
    #[arg(long, global = true, value_name = "FILE")]
    pub cases: Option<PathBuf>,
    /// The exchange rates [default: the project file's inputs.rates]
    #[arg(long, global = true, value_name = "FILE")]
    pub rates: Option<PathBuf>,
    /// Where reports are written
    #[arg(long, global = true, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// Report language [default: the project file's agreement.default_lang]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// Output formats, a comma list [default: xlsx,html,json; check: text]
    #[arg(long, global = true, value_enum, value_delimiter = ',')]
    pub format: Vec<Format>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangArg {
    Lv,
    En,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Html,
    Json,
    Text,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Validate the inputs and run every eligibility rule; print the findings
    #[command(
        after_help = "Exit status: 0 no error-severity finding, 1 at least one, 2 could not run.\n\nExamples:\n  grantbook check\n  grantbook check --format json > findings.json\n  grantbook check --expenses export.csv"
    )]
    Check,
    /// Build a payment claim for a quarter, a year or the whole project
    #[command(
        after_help = "Examples:\n  grantbook claim --period 2020-Q3\n  grantbook claim --period 2020 --lang en\n  grantbook claim --final --format json --out reports/"
    )]
    Claim(claim::ClaimArgs),
    /// Burn rate, forecast at completion and indicators against plan, at a date
    #[command(
        after_help = "Examples:\n  grantbook burn\n  grantbook burn --as-of 2021-06-30 --lang en"
    )]
    Burn(burn::BurnArgs),
    /// List the eligibility rules, or explain one with its parameters and legal basis
    #[command(after_help = "Examples:\n  grantbook rules\n  grantbook rules TG-04")]
    Rules {
        /// A rule id such as TG-04
        id: Option<String>,
    },
}

/// One run's pipeline, computed once: project → inputs → ledger → findings → allocation.
pub struct Run {
    pub project: Project,
    pub ledger: Ledger,
    pub findings: Vec<Finding>,
    pub ineligible: Vec<Money>,
    pub alloc: Allocation,
    pub lang: Lang,
}

pub fn load_project(g: &Global) -> Result<Project, ImportError> {
    let path = import::find_project(g.project.as_deref())?;
    import::project::read_project(&path)
}

pub fn load(g: &Global) -> Result<Run, ImportError> {
    let project = load_project(g)?;
    let paths = InputPaths {
        expenses: g.expenses.clone(),
        cases: g.cases.clone(),
        rates: g.rates.clone(),
    };
    let inputs = import::read_inputs(&project, &paths)?;
    let ledger = Ledger::build(&project, inputs)?;
    let findings = crate::rules::check_all(&ledger, &project);
    let ineligible = crate::rules::ineligible_by_entry(&ledger, &findings);
    let alloc = allocate(&project, &ledger, &ineligible);
    let lang = match g.lang {
        Some(LangArg::Lv) => Lang::Lv,
        Some(LangArg::En) => Lang::En,
        None => project.default_lang,
    };
    Ok(Run {
        project,
        ledger,
        findings,
        ineligible,
        alloc,
        lang,
    })
}

/// The input files of a run, which outputs must never overwrite.
pub fn input_paths(run: &Run) -> Vec<PathBuf> {
    let mut v = vec![
        run.project.path.clone(),
        run.ledger.expenses_source.path.clone(),
        run.ledger.cases_source.path.clone(),
    ];
    if let Some(r) = &run.ledger.rates_source {
        v.push(r.path.clone());
    }
    v
}

/// Parses arguments and runs the command; returns the exit code. Errors that stop the run are
/// returned for `main` to print (exit 2).
pub fn run<I, T>(args: I) -> anyhow::Result<u8>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return Ok(code);
        }
    };
    match &cli.command {
        Command::Check => check::run(&cli.global),
        Command::Claim(a) => claim::run(&cli.global, a),
        Command::Burn(a) => burn::run(&cli.global, a),
        Command::Rules { id } => rules::run(id.as_deref()),
    }
}
