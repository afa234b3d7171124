//! Per-stage benchmark of the pipeline on generated data: import, ledger build, rules,
//! allocation, the final claim's report model and each renderer (json, xlsx, html). A plain
//! timing harness (`harness = false`): each stage runs `ITERS` times on the same inputs and the
//! minimum and median wall times are printed, with rows per second for the import.
//!
//! ```text
//! scripts/bench.sh --quick                    # generates target/bench-data/… first
//! GRANTBOOK_BENCH_DATA=$PWD/target/bench-data/100k-xlsx cargo bench --bench stages
//! ```

use grantbook::allocate::allocate;
use grantbook::import::{self, InputPaths};
use grantbook::ledger::Ledger;
use grantbook::model::ClaimPeriod;
use grantbook::render::{html::claim::claim_as_html, json::to_json, xlsx::claim::claim_as_xlsx};
use grantbook::report::claim::{build, ClaimInput};
use grantbook::rules;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn time<T>(iters: usize, mut f: impl FnMut() -> T) -> (Vec<Duration>, T) {
    let mut times = Vec::with_capacity(iters);
    let mut last = None;
    for _ in 0..iters {
        let t = Instant::now();
        let out = f();
        times.push(t.elapsed());
        last = Some(out);
    }
    times.sort();
    (times, last.expect("at least one iteration"))
}

fn report(name: &str, times: &[Duration], rows: Option<usize>) {
    let min = times[0].as_secs_f64();
    let med = times[times.len() / 2].as_secs_f64();
    let rate = rows
        .map(|n| format!("{:>12.0} rows/s", n as f64 / min))
        .unwrap_or_default();
    println!("{name:<16} min {min:>9.4} s   median {med:>9.4} s {rate}");
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is not supported, every stage runs.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data: PathBuf = std::env::var_os("GRANTBOOK_BENCH_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target/bench-data/10k-xlsx"));
    let iters: usize = std::env::var("GRANTBOOK_BENCH_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5)
        .max(1);
    let ext = if data.join("expenses.csv").exists() {
        "csv"
    } else {
        "xlsx"
    };
    if !data.join(format!("expenses.{ext}")).exists() {
        eprintln!(
            "no generated data in {}: run scripts/bench.sh --quick first (it writes target/bench-data/), or set GRANTBOOK_BENCH_DATA",
            data.display()
        );
        return;
    }
    // The project file scaled with the data by scripts/bench.sh (`100k-xlsx` → `100k-project.toml`
    // beside it), so the budgets fit the costs; else GRANTBOOK_BENCH_PROJECT or the shipped one.
    let scaled = data.file_name().and_then(|n| n.to_str()).and_then(|n| {
        let size = n.split('-').next()?;
        Some(data.with_file_name(format!("{size}-project.toml")))
    });
    let project_path = std::env::var_os("GRANTBOOK_BENCH_PROJECT")
        .map(PathBuf::from)
        .or(scaled.filter(|p| p.exists()))
        .unwrap_or_else(|| root.join("budgets/ak-iom-pmif-2018-1.toml"));
    let project = import::project::read_project(&project_path).expect("the project file reads");
    let paths = InputPaths {
        expenses: Some(data.join(format!("expenses.{ext}"))),
        cases: Some(data.join(format!("cases.{ext}"))),
        rates: Some(data.join(format!("rates.{ext}"))),
    };
    println!(
        "data: {}, project: {} ({iters} iterations per stage)",
        data.display(),
        project_path.display()
    );

    let (t, inputs) = time(iters, || {
        import::read_inputs(&project, &paths).expect("generated inputs read")
    });
    let rows = inputs.expenses.len() + inputs.cases.len();
    report("import", &t, Some(rows));

    let (t, ledger) = time(iters, || {
        Ledger::build(&project, inputs.clone()).expect("generated inputs join")
    });
    report("ledger build", &t, Some(inputs.expenses.len()));
    drop(inputs);

    let (t, (findings, ineligible)) = time(iters, || {
        let f = rules::check_all(&ledger, &project);
        let i = rules::ineligible_by_entry(&ledger, &f);
        (f, i)
    });
    report("rules", &t, Some(ledger.entries.len()));

    let (t, alloc) = time(iters, || allocate(&project, &ledger, &ineligible));
    report("allocation", &t, Some(ledger.entries.len()));

    let input = ClaimInput {
        project: &project,
        ledger: &ledger,
        findings: &findings,
        ineligible: &ineligible,
        alloc: &alloc,
        lang: project.default_lang,
        frozen: &[],
    };
    let (t, claim) = time(iters, || build(&input, ClaimPeriod::Final));
    report("claim (final)", &t, None);

    let (t, json) = time(iters, || to_json(&claim));
    report("render json", &t, None);
    let (t, xlsx) = time(iters, || claim_as_xlsx(&claim).expect("workbook"));
    report("render xlsx", &t, None);
    let (t, html) = time(iters, || claim_as_html(&claim).expect("html"));
    report("render html", &t, None);
    println!(
        "outputs: json {} MB, xlsx {} MB, html {} MB; {} documents",
        json.len() / 1_000_000,
        xlsx.len() / 1_000_000,
        html.len() / 1_000_000,
        claim.documents.len()
    );
}
