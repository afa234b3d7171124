//! Fuzz target: the whole pipeline on structured inputs. libFuzzer's bytes become a ledger, a
//! case register, exchange rates and project parameters (csv and a project file in a temporary
//! folder, values from ordinary to absurd), and grantbook runs `check` and `claim` on them in
//! every format, a quarter submitted to the claim register and read back. A panic or abort is
//! the finding; exit 0, 1 or 2 are all answers. `GRANTBOOK_FUZZ_DUMP=DIR` writes the inputs of
//! the case run to DIR (to keep a finding as a regression folder in
//! tests/fixtures/fuzz-regressions/pipeline-*/).
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use std::fmt::Write as _;
use std::path::Path;

/// A number as a ledger or project file may hold it: mostly ordinary, sometimes absurd.
#[derive(Arbitrary, Debug)]
enum Num {
    Cents(i32),
    Small(u8),
    Wide { mantissa: i128, scale: u8 },
    Text(String),
}

impl Num {
    fn text(&self) -> String {
        match self {
            Num::Cents(c) => format!("{:.2}", f64::from(*c) / 100.0),
            Num::Small(n) => n.to_string(),
            Num::Wide { mantissa, scale } => {
                let m = mantissa % 79_228_162_514_264_337_593_543_950_335i128;
                rust_decimal::Decimal::from_i128_with_scale(m, u32::from(*scale % 29)).to_string()
            }
            Num::Text(s) => s.clone(),
        }
    }
}

#[derive(Arbitrary, Debug)]
struct Line {
    doc: u8,
    day: u16,
    paid_after: Option<u8>,
    supplier: u8,
    activity: u8,
    heading: u8,
    case: Option<u8>,
    amount: Num,
    vat: Option<Num>,
    currency: u8,
    quantity: Option<Num>,
    service: Option<(u16, u8)>,
}

#[derive(Arbitrary, Debug)]
struct Case {
    id: u8,
    sex: bool,
    birth: u16,
    country: u8,
    vulnerable: bool,
    order: Option<u16>,
    departure: Option<u16>,
    without_means: bool,
    detained: bool,
    reintegration: bool,
}

#[derive(Arbitrary, Debug)]
struct RateRow {
    month: u8,
    currency: u8,
    rate: Num,
}

/// The project's parameters: the mini project's, with a few overridden (an empty list is the
/// mini project as it is, so most inputs reach the rules).
#[derive(Arbitrary, Debug)]
struct Params {
    eu_share: u8,
    key_a1: u8,
    targets: (u16, u16),
    /// (which budget cell, its value)
    budget: Vec<(u8, Num)>,
    /// (which parameter, its value)
    params: Vec<(u8, Num)>,
}

const PARAMS: [&str; 7] = [
    "food_per_day",
    "cash_allowance",
    "reintegration_cap",
    "indirect_rate_pct",
    "flexibility_pct",
    "interim_cap_pct",
    "reintegration_warn_above",
];

#[derive(Arbitrary, Debug)]
struct Pipeline {
    lines: Vec<Line>,
    cases: Vec<Case>,
    rates: Vec<RateRow>,
    params: Params,
    quarter: u8,
}

const ACTIVITIES: [&str; 4] = ["A1", "A2", "shared", "B9"];
const HEADINGS: [&str; 6] = ["1", "4.2", "4.5", "4.7", "7", "9.9"];
const CURRENCIES: [&str; 4] = ["", "IQD", "USD", "XYZ"];
const COUNTRIES: [&str; 5] = ["IQ", "UZ", "LV", "GB", "XX"];

fn date(day: u32) -> String {
    let d = chrono::NaiveDate::from_ymd_opt(2019, 6, 1).unwrap()
        + chrono::Days::new(u64::from(day % 1200));
    d.to_string()
}

fn csv_field(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn ledger(lines: &[Line]) -> String {
    let mut s = String::from("Entry no.,Document no.,Document date,Payment date,Supplier,Description,Activity,Budget heading,Case no.,Amount,Currency,VAT,Quantity,Service from,Service to\n");
    for (i, l) in lines.iter().take(400).enumerate() {
        let paid = l
            .paid_after
            .map(|p| date(u32::from(l.day) + u32::from(p)))
            .unwrap_or_default();
        let case = l
            .case
            .map(|c| format!("C-{:03}", c % 40))
            .unwrap_or_default();
        let (from, to) = l
            .service
            .map(|(f, n)| (date(u32::from(f)), date(u32::from(f) + u32::from(n % 60))))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "E-{i},D-{},{},{paid},S{},line {i},{},{},{case},{},{},{},{},{from},{to}",
            l.doc % 50,
            date(u32::from(l.day)),
            l.supplier % 8,
            ACTIVITIES[usize::from(l.activity) % 4],
            HEADINGS[usize::from(l.heading) % 6],
            csv_field(&l.amount.text()),
            CURRENCIES[usize::from(l.currency) % 4],
            l.vat
                .as_ref()
                .map(|v| csv_field(&v.text()))
                .unwrap_or_default(),
            l.quantity
                .as_ref()
                .map(|v| csv_field(&v.text()))
                .unwrap_or_default(),
        );
    }
    s
}

fn cases(cases: &[Case]) -> String {
    let mut s = String::from("Case no.;Sex;Year of birth;Nationality;Country of return;Vulnerable;Departure order date;Departure date;Without means;Detained;Reintegration\n");
    let yn = |b: bool| if b { "yes" } else { "no" };
    for c in cases.iter().take(100) {
        let country = COUNTRIES[usize::from(c.country) % 5];
        let _ = writeln!(
            s,
            "C-{:03};{};{};{country};{country};{};{};{};{};{};{}",
            c.id % 40,
            if c.sex { "M" } else { "F" },
            1900 + c.birth % 200,
            yn(c.vulnerable),
            c.order.map(|d| date(u32::from(d))).unwrap_or_default(),
            c.departure.map(|d| date(u32::from(d))).unwrap_or_default(),
            yn(c.without_means),
            yn(c.detained),
            yn(c.reintegration),
        );
    }
    s
}

fn rates(rates: &[RateRow]) -> String {
    let mut s = String::from("Month,Currency,Rate,Source\n");
    for r in rates.iter().take(60) {
        let _ = writeln!(
            s,
            "{}-{:02},{},{},InforEuro",
            2019 + i32::from(r.month / 12 % 4),
            r.month % 12 + 1,
            ["IQD", "USD", "XYZ"][usize::from(r.currency) % 3],
            csv_field(&r.rate.text())
        );
    }
    s
}

/// `s` as a TOML basic string (characters TOML would need escaped are dropped).
fn toml_string(s: &str) -> String {
    let kept: String = s
        .chars()
        .filter(|c| !c.is_control() && *c != '"' && *c != '\\')
        .collect();
    format!("\"{kept}\"")
}

/// The mini test project (tests/fixtures/mini/project.toml) with the fuzzed parameters.
fn project(p: &Params) -> String {
    let base = include_str!("../../tests/fixtures/mini/project.toml");
    let q = |n: &Num| toml_string(&n.text());
    let eu = p.eu_share % 101;
    let a1 = p.key_a1 % 101;
    let mut out = String::new();
    let mut source = 0;
    for line in base.lines() {
        let l = match line.trim() {
            "share = \"75\"" | "share = \"25\"" => {
                source += 1;
                format!("share = \"{}\"", if source == 1 { eu } else { 100 - eu })
            }
            t if t.starts_with("key = ") => {
                format!("key = {{ A1 = \"{a1}\", A2 = \"{}\" }}", 100 - a1)
            }
            t if PARAMS.iter().any(|p| t.starts_with(&format!("{p} ="))) => {
                let name = t.split(' ').next().unwrap_or("");
                match p
                    .params
                    .iter()
                    .rev()
                    .find(|(i, _)| PARAMS[usize::from(*i) % PARAMS.len()] == name)
                {
                    Some((_, n)) => format!("{name} = {}", q(n)),
                    None => line.to_string(),
                }
            }
            t if t.starts_with("targets") => {
                format!("targets = {{ A1 = {}, A2 = {} }}", p.targets.0, p.targets.1)
            }
            _ => line.to_string(),
        };
        out.push_str(&l);
        out.push('\n');
    }
    // The budget cells (and a total that is their sum when they are numbers).
    let cells = [
        "\"1\" = \"3000.00\"",
        "\"4.2\" = \"4000.00\"",
        "\"7\" = \"490.00\"",
        "\"1\" = \"1000.00\"",
        "\"4.5\" = \"2000.00\"",
        "\"7\" = \"210.00\"",
    ];
    let mut total = rust_decimal::Decimal::ZERO;
    for (i, cell) in cells.iter().enumerate() {
        let (key, value) = cell.split_once(" = ").unwrap();
        let text = match p
            .budget
            .iter()
            .rev()
            .find(|(j, _)| usize::from(*j) % cells.len() == i)
        {
            Some((_, n)) => n.text(),
            None => value.trim_matches('"').to_string(),
        };
        if let Ok(d) = text.parse::<rust_decimal::Decimal>() {
            total = total.checked_add(d).unwrap_or(total);
        }
        out = out.replacen(cell, &format!("{key} = {}", toml_string(&text)), 1);
    }
    out.replace("total = \"10700.00\"", &format!("total = \"{total}\""))
}

fn write(dir: &Path, input: &Pipeline) {
    std::fs::write(dir.join("expenses.csv"), ledger(&input.lines)).unwrap();
    std::fs::write(dir.join("cases.csv"), cases(&input.cases)).unwrap();
    std::fs::write(dir.join("rates.csv"), rates(&input.rates)).unwrap();
    std::fs::write(dir.join("project.toml"), project(&input.params)).unwrap();
}

fn grantbook(dir: &Path, args: &[&str]) {
    let project = dir.join("project.toml").display().to_string();
    let out = dir.join("out").display().to_string();
    let mut argv = vec!["grantbook"];
    argv.extend_from_slice(args);
    argv.extend_from_slice(&["--project", &project, "--out", &out, "--quiet"]);
    let _ = grantbook::cli::run(argv);
}

libfuzzer_sys::fuzz_target!(|input: Pipeline| {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), &input);
    let quarter = format!("2020-Q{}", input.quarter % 4 + 1);
    if let Some(dump) = std::env::var_os("GRANTBOOK_FUZZ_DUMP") {
        std::fs::create_dir_all(&dump).unwrap();
        write(Path::new(&dump), &input);
        std::fs::write(Path::new(&dump).join("period.txt"), &quarter).unwrap();
    }
    let dir = tmp.path();
    grantbook(dir, &["check", "--format", "xlsx,html,json"]);
    grantbook(
        dir,
        &[
            "claim",
            "--period",
            &quarter,
            "--format",
            "xlsx,html,json",
            "--submit",
        ],
    );
    grantbook(dir, &["claim", "--final", "--format", "xlsx,html,json"]);
});
