//! Everyday use end to end: filled templates import with the real importer, `init` writes a
//! project file that loads, the ISF example splits 80/20 to the cent through the real binary,
//! `--quiet`, and the committed completions and man pages are current.

use grantbook::import::fields::FieldSpec;
use grantbook::import::sheet::cells::normalize;
use grantbook::import::sheet::header::Kind;
use grantbook::import::{self, project::read_project, InputPaths};
use grantbook::model::project::Lang;
use grantbook::render::scaffold::field_help::{field_help, Table};
use grantbook::render::scaffold::template::template_workbook;
use rust_decimal::prelude::*;
use rust_xlsxwriter::{ExcelDateTime, Format};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn grantbook(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_grantbook"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("run grantbook")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Reads a csv fixture as (header → field id, rows of strings).
fn read_csv(path: &Path, fields: &[FieldSpec]) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let first = std::fs::read_to_string(path).expect("fixture");
    let delimiter = if first.lines().next().unwrap_or("").contains(';') {
        b';'
    } else {
        b','
    };
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_path(path)
        .expect("fixture");
    let ids = r
        .headers()
        .expect("header")
        .iter()
        .map(|h| {
            fields
                .iter()
                .find(|f| normalize(f.en) == normalize(h) || normalize(f.lv) == normalize(h))
                .map(|f| f.id)
                .unwrap_or_else(|| panic!("unknown header {h}"))
        })
        .collect();
    let rows = r
        .records()
        .map(|rec| rec.expect("row").iter().map(String::from).collect())
        .collect();
    (ids, rows)
}

/// Fills the data sheet of a freshly made template the way a person would: real date cells,
/// numbers as numbers (a heading typed as the number 4.2), yes/no in the template's language.
fn fill(table: Table, project: &grantbook::model::Project, lang: Lang, csv: &Path, out: &Path) {
    let fields = table.fields();
    let (ids, rows) = read_csv(csv, fields);
    let mut wb = template_workbook(table, Some(project), lang).expect("template");
    let ws = wb.worksheet_from_index(0).expect("data sheet");
    let date_fmt = Format::new().set_num_format("dd.mm.yyyy");
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (id, value) in ids.iter().zip(row) {
            if value.is_empty() {
                continue;
            }
            let col = fields.iter().position(|f| f.id == *id).expect("field") as u16;
            let kind = fields[col as usize].kind;
            match kind {
                Kind::Date => {
                    let d =
                        chrono::NaiveDate::parse_from_str(value.trim_end_matches('.'), "%Y-%m-%d")
                            .or_else(|_| chrono::NaiveDate::parse_from_str(value, "%d.%m.%Y"))
                            .expect("fixture date");
                    let x = ExcelDateTime::from_ymd(
                        d.year_ce().1 as u16,
                        d.month0() as u8 + 1,
                        d.day0() as u8 + 1,
                    )
                    .expect("date");
                    ws.write_datetime_with_format(r, col, &x, &date_fmt)
                        .expect("write");
                }
                Kind::Amount | Kind::Number | Kind::Year => match value.parse::<f64>() {
                    Ok(x) => {
                        ws.write_number(r, col, x).expect("write");
                    }
                    // "410,50": text with a decimal comma, as a person may type it.
                    Err(_) => {
                        ws.write_string(r, col, value).expect("write");
                    }
                },
                Kind::Bool => {
                    let yes = matches!(value.as_str(), "yes" | "jā" | "ja");
                    let word = match (lang, yes) {
                        (Lang::Lv, true) => "jā",
                        (Lang::Lv, false) => "nē",
                        (Lang::En, true) => "yes",
                        (Lang::En, false) => "no",
                    };
                    ws.write_string(r, col, word).expect("write");
                }
                // A heading such as 4.2 typed as a number; "01" is picked from the drop-down
                // (the column is text), since typed as a number it would become 1.
                Kind::Code
                    if *id == "heading"
                        && value.parse::<f64>().is_ok()
                        && !value.starts_with('0') =>
                {
                    ws.write_number(r, col, value.parse::<f64>().expect("number"))
                        .expect("write");
                }
                _ => {
                    ws.write_string(r, col, value).expect("write");
                }
            }
        }
    }
    wb.save(out).expect("save");
}

use chrono::Datelike;

#[test]
fn filled_templates_import_exactly_like_the_csv_fixtures() {
    let mini = root().join("tests/fixtures/mini");
    let project = read_project(&mini.join("project.toml")).expect("mini project");
    let from_csv = import::read_inputs(&project, &InputPaths::default()).expect("csv inputs");
    for lang in [Lang::Lv, Lang::En] {
        let dir = tempfile::tempdir().expect("tmp");
        let paths = InputPaths {
            expenses: Some(dir.path().join("expenses.xlsx")),
            cases: Some(dir.path().join("cases.xlsx")),
            rates: Some(dir.path().join("rates.xlsx")),
        };
        for (table, csv, out) in [
            (Table::Expenses, "expenses.csv", &paths.expenses),
            (Table::Cases, "cases.csv", &paths.cases),
            (Table::Rates, "rates.csv", &paths.rates),
        ] {
            fill(
                table,
                &project,
                lang,
                &mini.join(csv),
                out.as_ref().expect("path"),
            );
        }
        let from_xlsx = import::read_inputs(&project, &paths)
            .unwrap_or_else(|e| panic!("{lang:?}: a filled template must import: {e}"));
        assert_eq!(from_xlsx.expenses, from_csv.expenses, "{lang:?} expenses");
        assert_eq!(from_xlsx.cases, from_csv.cases, "{lang:?} cases");
        assert_eq!(from_xlsx.rates, from_csv.rates, "{lang:?} rates");
        assert_eq!(from_xlsx.expenses.len(), 6);
        // The data sheet is the one read, under its language's name.
        let sheet = from_xlsx.expenses_source.sheet.as_deref().expect("sheet");
        assert_eq!(sheet, Table::Expenses.sheet(lang));
    }
}

#[test]
fn every_input_column_is_explained() {
    for table in [Table::Expenses, Table::Cases, Table::Rates] {
        for f in table.fields() {
            assert!(
                field_help(table, f.id).is_some(),
                "{:?}.{} has no help text for the template's instructions",
                table,
                f.id
            );
        }
    }
}

#[test]
fn template_command_writes_once_and_overwrites_only_with_force() {
    let dir = tempfile::tempdir().expect("tmp");
    let project = root().join("tests/fixtures/mini/project.toml");
    let p = project.to_str().expect("utf-8");
    let args = ["--project", p, "template", "expenses", "--out", "forms"];
    let first = grantbook(&args, dir.path());
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    assert!(dir.path().join("forms/expenses-template.xlsx").is_file());
    // (In English: with no --lang an error speaks the project file's language, here Latvian.)
    let again = grantbook(&[&["--lang", "en"][..], &args[..]].concat(), dir.path());
    assert_eq!(again.status.code(), Some(2));
    assert!(
        text(&again.stderr).contains("--force"),
        "{}",
        text(&again.stderr)
    );
    let mut forced = args.to_vec();
    forced.push("--force");
    assert_eq!(grantbook(&forced, dir.path()).status.code(), Some(0));
    // Without a project file, the case and rate templates still work; the expense one cannot.
    let cases = grantbook(&["template", "cases", "--lang", "en"], dir.path());
    assert_eq!(cases.status.code(), Some(0), "{}", text(&cases.stderr));
    assert!(dir.path().join("out/cases-template.xlsx").is_file());
    let exp = grantbook(&["template", "expenses"], dir.path());
    assert_eq!(exp.status.code(), Some(2));
}

#[test]
fn init_writes_a_project_file_that_loads_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("tmp");
    let args = [
        "init",
        "--number",
        "ISF/2021/3",
        "--title",
        "Robežu uzraudzība",
        "--title-en",
        "Border surveillance",
        "--fund",
        "ISF",
        "--start",
        "2021-01-01",
        "--end",
        "2023-12-31",
        "--total",
        "250000.01",
        "--eu-share",
        "80",
        "--lines",
        "B1,B2",
        "--headings",
        "1,2,3",
        "--indirect-pct",
        "7",
    ];
    let out = grantbook(&args, dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // The default file name comes from the agreement number.
    let path = dir.path().join("budgets/isf-2021-3.toml");
    let p = read_project(&path).expect("init's file loads");
    assert_eq!(p.agreement.number, "ISF/2021/3");
    assert_eq!(p.agreement.title.en, "Border surveillance");
    assert_eq!(p.sources[0].code, "ISF");
    assert_eq!(p.sources[0].share, Decimal::from(80));
    assert_eq!(p.sources[1].share, Decimal::from(20));
    assert_eq!(p.lines.len(), 2);
    assert_eq!(
        p.headings.len(),
        4,
        "three direct headings and the indirect one"
    );
    assert_eq!(
        p.versions[0].total,
        Decimal::from_str("250000.01").expect("dec")
    );
    let body = std::fs::read_to_string(&path).expect("text");
    assert!(body.contains("REPLACE with the agreement's budget"));
    // Never over an existing file.
    // (In English: with no --lang an error speaks the project file's language, here Latvian.)
    let again = grantbook(&[&["--lang", "en"][..], &args[..]].concat(), dir.path());
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("already exists"));
    // A missing value without a terminal: exit 2, naming the flag.
    let missing = grantbook(&["init", "--to", "x.toml"], dir.path());
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        text(&missing.stderr).contains("--number"),
        "{}",
        text(&missing.stderr)
    );
    assert!(!dir.path().join("x.toml").exists());
}

/// The ISF example: a different fund, two lines, 80/20, headings 01…09, a 5 % flat rate and
/// non-recoverable VAT — run through the real binary.
#[test]
fn isf_example_claims_80_20_to_the_cent() {
    let root = root();
    let project = "examples/isf-border-2021/project.toml";
    let check = grantbook(&["--project", project, "check"], &root);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}{}",
        text(&check.stdout),
        text(&check.stderr)
    );
    assert!(
        // Only informational findings (VAT kept because it is not recoverable here).
        text(&check.stdout).contains("excluded from claims (block + error, each cost once): 0.00"),
        "{}",
        text(&check.stdout)
    );

    let out = tempfile::tempdir().expect("tmp");
    let o = out.path().to_str().expect("utf-8");
    let claim = grantbook(
        &[
            "--project",
            project,
            "claim",
            "--period",
            "2021-Q3",
            "--format",
            "json",
            "--out",
            o,
        ],
        &root,
    );
    assert_eq!(claim.status.code(), Some(0), "{}", text(&claim.stderr));
    let json: serde_json::Value = serde_json::from_slice(
        &std::fs::read(out.path().join("claim-2021-Q3.json")).expect("claim json"),
    )
    .expect("json");
    let dec =
        |v: &serde_json::Value| Decimal::from_str(v.as_str().expect("money string")).expect("dec");
    let period = &json["total"]["period"];
    // Worked by hand from examples/isf-border-2021/expenses.csv, 2021-Q3 payments:
    //   common 01 5 000.00 → B1 3 500.00 (70 %), B2 1 500.00 (30 %)
    //   B1 02: 12 100.00 (VAT not recoverable) + 1 190 USD / 1.1846 = 1 004.56 − 121.00 = 12 983.56
    //   B1 direct 16 483.56, indirect 5 % = 824.178 → 824.18; B1 17 307.74
    //   B2: 1 500.00 + 4 235.35 + 287.13 = 6 022.48, indirect 301.124 → 301.12; B2 6 323.60
    //   T = 23 631.34; ISF = round_half_up(80 % × T) = 18 905.072 → 18 905.07; STATE = 4 726.27
    // (the unpaid X-008 and the October X-009 are not in the quarter).
    let t = dec(&period["eligible"]);
    assert_eq!(t, Decimal::from_str("23631.34").expect("dec"));
    let isf = dec(&period["ISF"]);
    let state = dec(&period["STATE"]);
    let exact = t * Decimal::from(80) / Decimal::from(100);
    assert_eq!(
        isf,
        exact.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
    );
    assert_eq!(isf, Decimal::from_str("18905.07").expect("dec"));
    assert_eq!(state, t - isf);
    assert_eq!(state, Decimal::from_str("4726.27").expect("dec"));
    // The lines carry the same split and add up to the total.
    let lines = json["lines"].as_array().expect("lines");
    assert_eq!(lines.len(), 2);
    let sum = |k: &str| lines.iter().map(|l| dec(&l["period"][k])).sum::<Decimal>();
    assert_eq!(sum("eligible"), t);
    assert_eq!(sum("ISF"), isf);
    assert_eq!(sum("STATE"), state);
    assert_eq!(
        dec(&lines[0]["period"]["eligible"]),
        Decimal::from_str("17307.74").expect("dec")
    );
    // The sources are the project file's, in its order.
    let codes: Vec<&str> = json["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| s["code"].as_str().expect("code"))
        .collect();
    assert_eq!(codes, ["ISF", "STATE"]);
}

#[test]
fn quiet_prints_nothing_but_errors_and_verbose_names_the_inputs() {
    let root = root();
    let out = tempfile::tempdir().expect("tmp");
    let o = out.path().to_str().expect("utf-8");
    let project = "examples/isf-border-2021/project.toml";
    let base = [
        "--project",
        project,
        "claim",
        "--period",
        "2021-Q3",
        "--format",
        "json",
        "--out",
        o,
    ];
    let mut quiet = base.to_vec();
    quiet.push("--quiet");
    let q = grantbook(&quiet, &root);
    assert_eq!(q.status.code(), Some(0));
    assert!(
        q.stdout.is_empty() && q.stderr.is_empty(),
        "{}",
        text(&q.stdout)
    );
    let mut verbose = base.to_vec();
    verbose.push("-v");
    let v = grantbook(&verbose, &root);
    assert!(text(&v.stderr).contains("sha256"), "{}", text(&v.stderr));
    // Colour never reaches a pipe.
    let c = grantbook(&["--project", project, "check"], &root);
    assert!(!text(&c.stdout).contains('\x1b'));
}

/// The completions and man pages under docs/ are what the binary generates now. To refresh
/// them after changing an option: `GRANTBOOK_UPDATE_DOCS=1 cargo test --test it docs_`.
#[test]
fn docs_completions_and_man_pages_are_current() {
    let root = root();
    let update = std::env::var_os("GRANTBOOK_UPDATE_DOCS").is_some();
    let tmp = tempfile::tempdir().expect("tmp");
    let mut generated: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for (shell, file) in [
        ("bash", "grantbook.bash"),
        ("zsh", "_grantbook"),
        ("fish", "grantbook.fish"),
        ("powershell", "_grantbook.ps1"),
    ] {
        let out = grantbook(&["completions", shell], &root);
        assert_eq!(out.status.code(), Some(0));
        generated.push((PathBuf::from("docs/completions").join(file), out.stdout));
    }
    let t = tmp.path().to_str().expect("utf-8");
    let man = grantbook(&["man", "--out", t], &root);
    assert_eq!(man.status.code(), Some(0), "{}", text(&man.stderr));
    let mut pages: Vec<PathBuf> = std::fs::read_dir(tmp.path())
        .expect("man dir")
        .map(|e| e.expect("entry").path())
        .collect();
    pages.sort();
    assert!(pages.len() >= 8, "one page per command");
    for p in pages {
        let name = p.file_name().expect("name").to_owned();
        generated.push((
            PathBuf::from("docs/man").join(name),
            std::fs::read(&p).expect("page"),
        ));
    }
    let mut stale = Vec::new();
    for (rel, bytes) in &generated {
        let path = root.join(rel);
        if update {
            std::fs::create_dir_all(path.parent().expect("dir")).expect("mkdir");
            std::fs::write(&path, bytes).expect("write");
        } else if std::fs::read(&path).ok().as_ref() != Some(bytes) {
            stale.push(rel.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}\n  refresh with GRANTBOOK_UPDATE_DOCS=1 cargo test --test it docs_"
    );
}

/// Issue 9's test of a new grant built from the templates alone: the ISF example's templates
/// (made from its project file), filled as a person would, checked and claimed through the real
/// binary, give the same claim as the example's own csv inputs.
#[test]
fn a_new_grant_claims_from_filled_templates() {
    let isf = root().join("examples/isf-border-2021");
    let project_path = isf.join("project.toml");
    let project = read_project(&project_path).expect("ISF project");
    let dir = tempfile::tempdir().expect("tmp");
    let xlsx = |name: &str| dir.path().join(name);
    fill(
        Table::Expenses,
        &project,
        Lang::En,
        &isf.join("expenses.csv"),
        &xlsx("expenses.xlsx"),
    );
    fill(
        Table::Cases,
        &project,
        Lang::En,
        &isf.join("cases.csv"),
        &xlsx("cases.xlsx"),
    );
    fill(
        Table::Rates,
        &project,
        Lang::En,
        &isf.join("rates.csv"),
        &xlsx("rates.xlsx"),
    );
    let p = project_path.to_str().expect("utf-8");
    let files = |which: &str| -> Vec<String> {
        match which {
            "xlsx" => ["expenses", "cases", "rates"]
                .iter()
                .flat_map(|n| {
                    [
                        format!("--{n}"),
                        xlsx(&format!("{n}.xlsx")).display().to_string(),
                    ]
                })
                .collect(),
            _ => Vec::new(),
        }
    };
    let mut claims = Vec::new();
    for which in ["csv", "xlsx"] {
        let out = dir.path().join(format!("out-{which}"));
        let mut args: Vec<String> = vec!["--project".into(), p.into()];
        args.extend(files(which));
        let check_args: Vec<&str> = args.iter().map(String::as_str).chain(["check"]).collect();
        let check = grantbook(&check_args, &root());
        assert_eq!(
            check.status.code(),
            Some(0),
            "{which}: {}{}",
            text(&check.stdout),
            text(&check.stderr)
        );
        let o = out.to_str().expect("utf-8").to_string();
        let claim_args: Vec<&str> = args
            .iter()
            .map(String::as_str)
            .chain([
                "claim", "--period", "2021-Q3", "--format", "json", "--out", &o,
            ])
            .collect();
        let claim = grantbook(&claim_args, &root());
        assert_eq!(
            claim.status.code(),
            Some(0),
            "{which}: {}",
            text(&claim.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(
            &std::fs::read(out.join("claim-2021-Q3.json")).expect("claim json"),
        )
        .expect("json");
        claims.push(json);
    }
    // The same figures, whichever way the data came in (the input hashes differ, of course).
    for key in ["total", "rows", "lines", "indirect"] {
        assert_eq!(claims[0][key], claims[1][key], "{key}");
    }
    // Documents alike but for their source cell (expenses.csv › A3 vs expenses.xlsx › …!A3).
    let strip = |v: &serde_json::Value| {
        let mut v = v.clone();
        for d in v.as_array_mut().expect("documents") {
            d.as_object_mut().expect("document").remove("source");
        }
        v
    };
    assert_eq!(
        strip(&claims[0]["documents"]),
        strip(&claims[1]["documents"])
    );
    assert_eq!(
        claims[1]["documents"][0]["amount"], "5000.00",
        "EUR with its two decimals"
    );
    assert_eq!(claims[1]["total"]["period"]["eligible"], "23631.34");
    assert_eq!(claims[1]["total"]["period"]["ISF"], "18905.07");
}
