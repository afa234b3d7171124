//! `grantbook review --claim FILE.xlsx [--method conservative|standard|stratified|nonstatistical]
//! [--expected-error PCT] [--previous FILE.xlsx] [--previous-review FILE.xlsx]
//! [--checklist FILE.xlsx] [--replay FILE.xlsx] [--confidence 0.9] [--seed N]`: recomputes a
//! submitted claim, samples its costs, evaluates a filled checklist, and writes
//! `review-<period>.{xlsx,html,json}`; `--replay` re-draws a recorded sample and compares it.

use super::{input_paths, load, Format, Global};
use crate::i18n::{Msg, MsgContext, UserError};
use crate::import::readback::claim_workbook::{read_claim_workbook, ClaimWorkbook};
use crate::import::readback::review_checklist::{read_checklist, FilledChecklist};
use crate::model::ClaimPeriod;
use crate::render::html::review::review_as_html;
use crate::render::text::review::{replay_summary, review_summary};
use crate::render::xlsx::review::review_as_xlsx;
use crate::render::{json::to_json, write_atomic};
use crate::report::claim::{build as build_claim, ClaimInput};
use crate::report::review::sample::{default_seed, Method, Plan, PlanProblem};
use crate::report::review::{build, sigma_from, EarlierReview, ReviewInput};
use clap::Args;
use rust_decimal::Decimal;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub(crate) struct ReviewArgs {
    /// The submitted claim workbook (claim-<period>.xlsx) [with --replay, default: the claim the review names, beside it]
    #[arg(long, value_name = "FILE", required_unless_present = "replay")]
    pub claim: Option<PathBuf>,
    /// The previous claim workbook (the claim immediately before), to check what changed and that cumulative figures carry forward
    #[arg(long, value_name = "FILE")]
    pub previous: Option<PathBuf>,
    /// A review workbook with the checklist filled in (result, error type, amount deducted, parking)
    #[arg(long, value_name = "FILE")]
    pub checklist: Option<PathBuf>,
    /// Sampling method
    #[arg(long, value_enum, default_value = "conservative")]
    pub method: MethodArg,
    /// Expected error, percent of the population value (conservative and stratified MUS use it with the expansion factor)
    #[arg(long, value_name = "PCT", default_value = "0")]
    pub expected_error: String,
    /// The filled review workbook of an earlier claim (or a pilot sample): σ of its error rates for standard MUS, and its parked items
    #[arg(long, value_name = "FILE")]
    pub previous_review: Option<PathBuf>,
    /// Re-draw the sample recorded in this review workbook and compare it item for item (writes nothing)
    #[arg(long, value_name = "FILE")]
    pub replay: Option<PathBuf>,
    /// Confidence level of the sample, a fraction such as 0.9 [default: the project file's review_confidence_pct]
    #[arg(long, value_name = "FRACTION")]
    pub confidence: Option<String>,
    /// Seed of the random start [default: derived from the claim's input hashes]
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
}

/// The sampling methods as the command line spells them.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub(crate) enum MethodArg {
    /// Conservative MUS with expected error: n = ⌈BV·RF ÷ (TE − AE·EF)⌉
    Conservative,
    /// Standard MUS: n = ⌈(z·BV·σr ÷ (TE − AE))²⌉, σr from --previous-review
    Standard,
    /// Stratified MUS: a 100 % stratum above the cut-off, strata by heading kind
    Stratified,
    /// Risk-based selection for small populations
    Nonstatistical,
}

impl From<MethodArg> for Method {
    fn from(m: MethodArg) -> Method {
        match m {
            MethodArg::Conservative => Method::Conservative,
            MethodArg::Standard => Method::Standard,
            MethodArg::Stratified => Method::Stratified,
            MethodArg::Nonstatistical => Method::Nonstatistical,
        }
    }
}

pub(crate) const AFTER_HELP: &str = "Exit status: 0 no difference and every sampled item checked with the projected error within\nmateriality, 1 a difference between the claim and its recomputation, a checklist not yet complete\nor a projected error above materiality (--replay: a different sample), 2 could not run.\n\nExamples:\n  grantbook review --claim out/claim-2020-Q3.xlsx\n  grantbook review --claim out/claim-2020-Q3.xlsx --method stratified --expected-error 0.5\n  grantbook review --claim out/claim-2020-Q3.xlsx --previous out/claim-2020-Q2.xlsx --out review/\n  grantbook review --claim out/claim-2020-Q3.xlsx --checklist filled-review.xlsx\n  grantbook review --claim out/claim-2020-Q3.xlsx --replay filled-review.xlsx";

fn confidence(given: Option<&str>, default_pct: Decimal) -> anyhow::Result<Decimal> {
    let c = match given {
        None => default_pct / Decimal::ONE_HUNDRED,
        Some(s) => match s.trim().parse::<Decimal>() {
            Ok(c) => c,
            Err(_) => {
                crate::bail_msg!(Msg::new("err-cli-confidence-fraction").arg("value", s))
            }
        },
    };
    if c <= Decimal::ZERO || c >= Decimal::ONE {
        crate::bail_msg!(Msg::new("err-cli-confidence-range").arg("value", c.to_string()));
    }
    Ok(c)
}

/// `--expected-error 0.5` or `0.5%` or `0,5`: percent of the population value.
fn expected_error(s: &str) -> anyhow::Result<Decimal> {
    let t = s.trim().trim_end_matches('%').trim().replace(',', ".");
    match t.parse::<Decimal>() {
        Ok(x) if x >= Decimal::ZERO => Ok(x),
        _ => crate::bail_msg!(Msg::new("err-cli-expected-error").arg("value", s)),
    }
}

/// A plan the figures allow (`Plan::problem`), in the options' words.
fn check_plan(plan: &Plan) -> anyhow::Result<()> {
    let msg = match plan.problem() {
        None => return Ok(()),
        Some(PlanProblem::NoExpansionFactor {
            ae,
            pct,
            confidences,
        }) => Msg::new("err-cli-ef-table")
            .arg("ae", ae.to_string())
            .arg("pct", pct.to_string())
            .arg("table", confidences),
        Some(PlanProblem::NoRoom { ae, product, te }) => Msg::new("err-cli-no-room")
            .arg("ae", ae.to_string())
            .arg("product", product.to_string())
            .arg("te", te.to_string()),
        Some(PlanProblem::StandardAe { ae, te }) => Msg::new("err-cli-ae-below-te")
            .arg("ae", ae.to_string())
            .arg("te", te.to_string()),
    };
    crate::bail_msg!(msg)
}

/// The claim immediately before `this`: the quarter before a quarter, the year before a year,
/// the project's last quarter before the final report.
pub(crate) fn check_previous(
    prev: &ClaimWorkbook,
    this: &ClaimWorkbook,
    last: crate::model::Quarter,
) -> anyhow::Result<()> {
    let ok = match (prev.period, this.period) {
        (ClaimPeriod::Quarter { quarter: p }, ClaimPeriod::Quarter { quarter: t }) => p.next() == t,
        (ClaimPeriod::Year { year: p }, ClaimPeriod::Year { year: t }) => p + 1 == t,
        (ClaimPeriod::Quarter { quarter: p }, ClaimPeriod::Final) => p == last,
        _ => false,
    };
    if !ok {
        crate::bail_msg!(Msg::new("err-cli-previous-not-before")
            .arg("file", &prev.file)
            .arg("previous", prev.period.label())
            .arg("this", this.period.label()));
    }
    Ok(())
}

/// The workbook must have been made for this plan and population: the same method, seed,
/// confidence and expected error, and the same cost lines with the same book values (the
/// population's SHA-256; a claim workbook re-saved or rebuilt with the same figures still fits).
fn check_made_for(
    f: &FilledChecklist,
    report: &crate::report::review::ReviewReport,
) -> anyhow::Result<()> {
    let made_with = |k: &str| f.meta.get(k).cloned().unwrap_or_default();
    let s = &report.sample;
    let pct = s.confidence_pct.to_string();
    let ae = s.expected_error_pct.to_string();
    if made_with("seed") != s.seed.to_string()
        || made_with("confidence_pct") != pct
        || made_with("method") != s.method.code()
        || made_with("expected_error_pct") != ae
        || made_with("population_sha256") != s.population_sha256
    {
        crate::bail_msg!(Msg::new("err-cli-other-sample")
            .arg("file", &f.file)
            .arg("claim", made_with("claim_file"))
            .arg("method", made_with("method"))
            .arg("seed", made_with("seed"))
            .arg("confidence", made_with("confidence_pct"))
            .arg("expected", made_with("expected_error_pct"))
            .arg(
                "population",
                made_with("population_sha256").get(..12).unwrap_or(""),
            )
            .arg("now_claim", &report.claim.file)
            .arg("now_method", s.method.code())
            .arg("now_seed", s.seed.to_string())
            .arg("now_confidence", pct.as_str())
            .arg("now_expected", ae.as_str())
            .arg(
                "now_population",
                s.population_sha256.get(..12).unwrap_or("")
            ));
    }
    Ok(())
}

/// The plan a review workbook recorded (for `--replay`).
fn recorded_plan(f: &FilledChecklist, te: Decimal) -> anyhow::Result<Plan> {
    let get = |k: &str| f.meta.get(k).cloned().unwrap_or_default();
    let bad = |k: &str| {
        anyhow::Error::from(UserError::new(
            Msg::new("err-cli-recorded-plan")
                .arg("file", &f.file)
                .arg("key", k)
                .arg("value", get(k)),
        ))
    };
    let dec = |k: &str| get(k).parse::<Decimal>().map_err(|_| bad(k));
    Ok(Plan {
        method: Method::parse(&get("method")).ok_or_else(|| bad("method"))?,
        confidence: dec("confidence_pct")? / Decimal::ONE_HUNDRED,
        tolerable_error_pct: te,
        expected_error_pct: dec("expected_error_pct")?,
        sigma_r: get("sigma_r_exact")
            .parse::<Decimal>()
            .ok()
            .map(|s| (s, get("sigma_source"))),
        seed: get("seed").parse().map_err(|_| bad("seed"))?,
    })
}

/// `--claim`, or for `--replay` without it the claim workbook the review names (its
/// `_grantbook` claim_file), looked for beside the review workbook.
fn claim_path(a: &ReviewArgs, replay: Option<&FilledChecklist>) -> anyhow::Result<PathBuf> {
    if let Some(c) = &a.claim {
        return Ok(c.clone());
    }
    let (Some(r), Some(rp)) = (replay, &a.replay) else {
        crate::bail_msg!(Msg::new("err-cli-claim-needed"));
    };
    let name = r.meta.get("claim_file").cloned().unwrap_or_default();
    let beside = rp.parent().unwrap_or(std::path::Path::new(".")).join(&name);
    if name.is_empty() || !beside.is_file() {
        crate::bail_msg!(Msg::new("err-cli-claim-not-beside")
            .arg("file", &r.file)
            .arg("name", &name));
    }
    Ok(beside)
}

/// The workbooks a review reads besides the project's inputs.
struct ReviewFiles {
    /// `--replay`: the review whose sample is re-drawn.
    replay: Option<FilledChecklist>,
    submitted: ClaimWorkbook,
    previous: Option<ClaimWorkbook>,
    /// `--checklist`: this review's checklist, filled in.
    filled: Option<FilledChecklist>,
    /// `--previous-review`: an earlier claim's filled review.
    earlier: Option<FilledChecklist>,
}

fn read_files(a: &ReviewArgs) -> anyhow::Result<ReviewFiles> {
    let replay = match &a.replay {
        Some(p) => Some(read_checklist(p)?),
        None => None,
    };
    let claim_path = claim_path(a, replay.as_ref())?;
    let submitted = read_claim_workbook(&claim_path)?;
    let previous = match &a.previous {
        Some(p) => Some(read_claim_workbook(p)?),
        None => None,
    };
    let filled = match &a.checklist {
        Some(p) => Some(read_checklist(p)?),
        None => None,
    };
    let earlier = match &a.previous_review {
        Some(p) => Some(read_checklist(p)?),
        None => None,
    };
    Ok(ReviewFiles {
        replay,
        submitted,
        previous,
        filled,
        earlier,
    })
}

/// The submitted claim's period lies within the project's quarters.
fn check_period(submitted: &ClaimWorkbook, run: &super::Run) -> anyhow::Result<()> {
    let period = submitted.period;
    let (first, last) = (run.alloc.first, run.alloc.last);
    let quarters = period.quarters(first, last);
    if quarters.iter().any(|q| *q < first || *q > last) {
        crate::bail_msg!(Msg::new("err-cli-claim-outside")
            .arg("file", &submitted.file)
            .arg("period", period.label())
            .arg("first", first.to_string())
            .arg("last", last.to_string()));
    }
    Ok(())
}

/// The sampling plan from the arguments and the project's parameters (σr, for standard MUS,
/// from the earlier review).
fn new_plan(
    a: &ReviewArgs,
    earlier: Option<&FilledChecklist>,
    params: &crate::model::project::Params,
    submitted: &ClaimWorkbook,
) -> anyhow::Result<Plan> {
    let sigma_r = match (earlier, Method::from(a.method)) {
        (Some(e), Method::Standard) => match sigma_from(&e.rows) {
            Some(s) => Some((s, e.file.clone())),
            None => crate::bail_msg!(Msg::new("err-cli-no-sigma").arg("file", &e.file)),
        },
        (None, Method::Standard) => crate::bail_msg!(Msg::new("err-cli-standard-needs-sigma")),
        _ => None,
    };
    Ok(Plan {
        method: a.method.into(),
        confidence: confidence(a.confidence.as_deref(), params.review_confidence_pct)?,
        tolerable_error_pct: params.review_tolerable_error_pct,
        expected_error_pct: expected_error(&a.expected_error)?,
        sigma_r,
        seed: a.seed.unwrap_or_else(|| default_seed(&submitted.inputs)),
    })
}

pub(crate) fn run(g: &Global, a: &ReviewArgs) -> anyhow::Result<u8> {
    let files = read_files(a)?;
    let submitted = &files.submitted;
    let run = load(g)?;
    check_period(submitted, &run)?;
    if let Some(prev) = &files.previous {
        check_previous(prev, submitted, run.alloc.last)?;
    }
    let frozen = crate::import::readback::register::read_register(&run.project)?;
    let recomputed = build_claim(
        &ClaimInput {
            project: &run.project,
            ledger: &run.ledger,
            findings: &run.findings,
            ineligible: &run.ineligible,
            alloc: &run.alloc,
            lang: run.lang,
            frozen: &frozen,
        },
        submitted.period,
    );
    let params = &run.project.version_on(recomputed.period.to).params;
    let plan = match &files.replay {
        Some(r) => recorded_plan(r, params.review_tolerable_error_pct)?,
        None => new_plan(a, files.earlier.as_ref(), params, submitted)?,
    };
    check_plan(&plan)?;
    let earlier_review = files.earlier.as_ref().map(|e| EarlierReview {
        period: e.meta.get("claim_period").cloned().unwrap_or_default(),
        rows: &e.rows,
        parked: &e.parked,
    });
    let report = build(&ReviewInput {
        project: &run.project,
        ledger: &run.ledger,
        submitted,
        recomputed: &recomputed,
        previous: files.previous.as_ref(),
        filled: files
            .filled
            .as_ref()
            .map(|f| (f.rows.as_slice(), f.parked.as_slice())),
        earlier_review,
        plan,
        lang: run.lang,
    });
    if let Some(r) = &files.replay {
        let recorded: Vec<&str> = r.rows.iter().map(|x| x.entry_id.as_str()).collect();
        let (text, same) = replay_summary(&report, r, &recorded, run.lang);
        if !g.quiet {
            print!("{text}");
        }
        return Ok(u8::from(!same));
    }
    if let Some(f) = &files.filled {
        check_made_for(f, &report)?;
        check_rows(f, &report)?;
    }
    write(g, a, &run, &report)?;
    Ok(report.conclusion.exit_code)
}

/// Every filled row is a sampled item, and no deduction exceeds its item's book value.
fn check_rows(
    f: &FilledChecklist,
    report: &crate::report::review::ReviewReport,
) -> anyhow::Result<()> {
    let sampled: std::collections::HashMap<&str, rust_decimal::Decimal> = report
        .checklist
        .iter()
        .map(|c| (c.entry_id.as_str(), c.book_value))
        .collect();
    let unknown: Vec<&str> = f
        .rows
        .iter()
        .filter(|x| !sampled.contains_key(x.entry_id.as_str()))
        .map(|x| x.result_at.as_str())
        .collect();
    if !unknown.is_empty() {
        crate::bail_msg!(Msg::new("err-cli-rows-not-in-sample")
            .arg("file", &f.file)
            .arg("rows", unknown.join(", ")));
    }
    if let Some(x) = f.rows.iter().find(|x| {
        sampled
            .get(x.entry_id.as_str())
            .is_some_and(|bv| x.deducted > *bv)
    }) {
        crate::bail_msg!(Msg::new("err-cli-deducted-too-much")
            .arg("file", &f.file)
            .arg("at", &x.at)
            .money("deducted", x.deducted));
    }
    Ok(())
}

fn write(
    g: &Global,
    a: &ReviewArgs,
    run: &super::Run,
    report: &crate::report::review::ReviewReport,
) -> anyhow::Result<()> {
    let formats = if g.format.is_empty() {
        vec![Format::Xlsx, Format::Html, Format::Json]
    } else {
        g.format.clone()
    };
    let mut inputs = input_paths(run);
    inputs.extend(a.claim.iter().cloned());
    inputs.extend(a.previous.iter().cloned());
    inputs.extend(a.checklist.iter().cloned());
    inputs.extend(a.previous_review.iter().cloned());
    let stem = format!("review-{}", report.claim.period);
    let mut written = Vec::new();
    for f in formats {
        let (ext, bytes) = match f {
            Format::Json => ("json", to_json(report)),
            Format::Xlsx => (
                "xlsx",
                review_as_xlsx(report).msg_context(|| Msg::new("err-cli-build-review-workbook"))?,
            ),
            Format::Html => ("html", review_as_html(report)?.into_bytes()),
            Format::Text => continue,
        };
        let path = g.out.join(format!("{stem}.{ext}"));
        write_atomic(&path, &bytes, &inputs)?;
        written.push(path.display().to_string());
    }
    if !g.quiet {
        print!("{}", review_summary(report, &written));
    }
    Ok(())
}
