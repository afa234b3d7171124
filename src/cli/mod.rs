//! The command line: clap definitions and thin glue from arguments to the pipeline. One file
//! per subcommand. Exit codes: 0 clean, 1 findings of error severity (`check`), 2 could not run.

mod burn;
mod check;
mod claim;
mod completions;
mod init;
mod progress;
pub(crate) mod review;
pub(crate) mod rules;
mod template;
mod usage_error;
mod verify;

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
    after_help = "Examples:\n  grantbook check\n  grantbook claim --period 2020-Q3\n  grantbook claim --final --lang en --format json\n  grantbook rules TG-04\n  grantbook template expenses --lang en\n  grantbook init --to budgets/new-project.toml\n\nA first run: `grantbook init`, then `grantbook template expenses|cases|rates`, fill the\nworkbooks, `grantbook check`, `grantbook claim --period 2020-Q3`. Guide: docs/guide.md."
)]
struct Cli {
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
    /// Print only errors (and, for `check`, the findings that exclude costs)
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print the project file, each input with its SHA-256, and every step
    #[arg(long, short = 'v', global = true)]
    pub verbose: bool,
    /// Whether `--out` was given on the command line (not its default)
    #[arg(skip)]
    pub out_given: bool,
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
enum Command {
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
    /// Review a submitted claim: recompute it, sample costs for document checks, list findings
    #[command(after_help = review::AFTER_HELP)]
    Review(review::ReviewArgs),
    /// List the eligibility rules, or explain one with its parameters and legal basis
    #[command(
        after_help = "Each rule has an id (PER-01 …), a severity (block, error, warning, info), what it removes\nfrom the claim (the whole cost, or only the excess over a tariff or cap), its legal basis and\nthe project-file parameters it reads ([params] in the project file).\n\nExamples:\n  grantbook rules\n  grantbook rules TG-04\n  grantbook help rules"
    )]
    Rules {
        /// A rule id such as TG-04
        id: Option<String>,
    },
    /// Write an empty input workbook to fill in: headers, drop-downs, formats and instructions
    #[command(after_help = template::AFTER_HELP)]
    Template(template::TemplateArgs),
    /// Create a new project file (agreement, sources, lines, headings, parameters)
    #[command(after_help = init::AFTER_HELP)]
    Init(Box<init::InitArgs>),
    /// Tell whether a report still matches its inputs and the rule catalogue (SHA-256)
    #[command(after_help = verify::AFTER_HELP)]
    Verify(verify::VerifyArgs),
    /// Serve a local web workspace (overview, findings, claims, burn, review, rules) on 127.0.0.1
    #[command(after_help = crate::serve::AFTER_HELP)]
    Serve(crate::serve::ServeArgs),
    /// Print shell completions (bash, zsh, fish, powershell)
    #[command(after_help = completions::COMPLETIONS_HELP)]
    Completions(completions::CompletionsArgs),
    /// Print the man page (or write one page per command with --out DIR)
    #[command(after_help = completions::MAN_HELP)]
    Man,
}

/// One run's pipeline, computed once: project → inputs → ledger → findings → allocation.
pub struct Run {
    pub project: Project,
    pub ledger: Ledger,
    pub findings: Vec<Finding>,
    pub ineligible: Vec<Money>,
    pub alloc: Allocation,
    pub lang: Lang,
    /// The stages' spinner and (with `--verbose`) timings; commands add their own stages.
    pub progress: progress::Stages,
}

fn load_project(g: &Global) -> Result<Project, ImportError> {
    let path = import::find_project(g.project.as_deref())?;
    import::project::read_project(&path)
}

pub fn load(g: &Global) -> Result<Run, ImportError> {
    let mut progress = progress::Stages::new(g.verbose, g.quiet);
    progress.stage("project");
    let project = load_project(g)?;
    let paths = InputPaths {
        expenses: g.expenses.clone(),
        cases: g.cases.clone(),
        rates: g.rates.clone(),
    };
    progress.stage("import");
    let mut inputs = import::read_inputs(&project, &paths)?;
    // The rule catalogue is an input of every report too: `verify` checks it like a file.
    inputs.digests.push(crate::rules::catalogue::digest());
    progress.stage("ledger");
    // The claim register is an input of the rules (FIN-02 compares it with the ledger).
    let register = import::readback::register::read_register(&project)?;
    let ledger = Ledger::build(&project, inputs)?.with_register(register);
    progress.stage("rules");
    let findings = crate::rules::check_all(&ledger, &project);
    let ineligible = crate::rules::ineligible_by_entry(&ledger, &findings);
    progress.stage("allocation");
    let alloc = allocate(&project, &ledger, &ineligible);
    let lang = match g.lang {
        Some(LangArg::Lv) => Lang::Lv,
        Some(LangArg::En) => Lang::En,
        None => project.default_lang,
    };
    if g.verbose {
        eprint!(
            "{}",
            crate::render::text::run_details(&project, &ledger, &findings)
        );
    }
    Ok(Run {
        project,
        ledger,
        findings,
        ineligible,
        alloc,
        lang,
        progress,
    })
}

/// The input files of a run, which outputs must never overwrite.
pub(crate) fn input_paths(run: &Run) -> Vec<PathBuf> {
    input_paths_of(&run.project, &run.ledger)
}

/// The input files of a project and its ledger (`input_paths` without a `Run`).
pub(crate) fn input_paths_of(project: &Project, ledger: &Ledger) -> Vec<PathBuf> {
    let mut v = vec![
        project.path.clone(),
        ledger.expenses_source.path.clone(),
        ledger.cases_source.path.clone(),
    ];
    if let Some(r) = &ledger.rates_source {
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
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let parsed = Cli::command()
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m).map(|c| (c, m)));
    let (mut cli, matches) = match parsed {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            // clap's own words are English; a Latvian run (--lang lv, or GRANTBOOK_LANG) reads
            // the usual argument errors from the catalogue. --help stays clap's (README).
            match (e.use_stderr(), flag_lang(&args).or_else(env_lang)) {
                (true, Some(Lang::Lv)) => eprint!("{}", usage_error::text(&e, Lang::Lv)),
                _ => {
                    let _ = e.print();
                }
            }
            return Ok(code);
        }
    };
    cli.global.out_given = given_on_command_line(&matches, "out");
    match &cli.command {
        Command::Check => check::run(&cli.global),
        Command::Claim(a) => claim::run(&cli.global, a),
        Command::Rules { id } => rules::run(&cli.global, id.as_deref()),
        Command::Template(a) => template::run(&cli.global, a),
        Command::Init(a) => init::run(&cli.global, a),
        Command::Completions(a) => completions::run_completions(&cli.global, a),
        Command::Man => completions::run_man(&cli.global),
        Command::Burn(a) => burn::run(&cli.global, a),
        Command::Review(a) => review::run(&cli.global, a),
        Command::Verify(a) => verify::run(&cli.global, a),
        Command::Serve(a) => crate::serve::run(&cli.global, a),
    }
}

/// Whether a global option was typed (before or after the command), not defaulted.
fn given_on_command_line(m: &clap::ArgMatches, id: &str) -> bool {
    use clap::parser::ValueSource;
    let here = m.value_source(id) == Some(ValueSource::CommandLine);
    here || m
        .subcommand()
        .is_some_and(|(_, sub)| given_on_command_line(sub, id))
}

/// The language an error is printed in: `--lang`, else the project file's
/// `agreement.default_lang`, else `GRANTBOOK_LANG`, else Latvian (PRODUCT.md "Language"). Read
/// from the raw arguments, because the error may be that they do not parse.
pub fn error_lang(args: &[OsString]) -> Lang {
    flag_lang(args)
        .or_else(|| project_lang(args))
        .or_else(env_lang)
        .unwrap_or_default()
}

/// The value of `name` (`--name V` or `--name=V`) among the raw arguments.
fn raw_flag(args: &[OsString], name: &str) -> Option<String> {
    let args: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let eq = format!("{name}=");
    args.iter().enumerate().find_map(|(i, a)| {
        if a == name {
            args.get(i + 1).cloned()
        } else {
            a.strip_prefix(&eq).map(str::to_string)
        }
    })
}

fn flag_lang(args: &[OsString]) -> Option<Lang> {
    Lang::parse(&raw_flag(args, "--lang")?)
}

fn env_lang() -> Option<Lang> {
    Lang::parse(&std::env::var("GRANTBOOK_LANG").ok()?)
}

/// `agreement.default_lang` of the project file the run would read, if it can be read at all.
fn project_lang(args: &[OsString]) -> Option<Lang> {
    let given = raw_flag(args, "--project").map(PathBuf::from);
    let path = import::find_project(given.as_deref()).ok()?;
    let text = std::fs::read_to_string(path).ok()?;
    let value: toml::Table = toml::from_str(&text).ok()?;
    let lang = value.get("agreement")?.get("default_lang")?.as_str()?;
    Lang::parse(lang)
}

/// An error and its causes in `lang`, joined as anyhow's `{:#}` joins them: the catalogue's
/// words for grantbook's own errors, the system's for the rest.
pub fn error_text(e: &anyhow::Error, lang: Lang) -> String {
    e.chain()
        .map(|cause| {
            if let Some(u) = cause.downcast_ref::<crate::i18n::UserError>() {
                u.text(lang)
            } else if let Some(ie) = cause.downcast_ref::<ImportError>() {
                ie.text(lang)
            } else if let (Lang::Lv, Some(io)) = (lang, cause.downcast_ref::<std::io::Error>()) {
                import::error::io_reason(io).text(lang)
            } else {
                cause.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(": ")
}

/// Prints an error that stopped the run: `error: …` (`kļūda: …`) in the run's language.
pub fn print_error(e: &anyhow::Error, args: &[OsString]) {
    let lang = error_lang(args);
    eprintln!(
        "{}: {}",
        crate::i18n::tr(lang, "err-label-error"),
        error_text(e, lang)
    );
}
