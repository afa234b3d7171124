//! Hardening: inputs that are odd but valid are accepted (with a notice where it matters), no
//! row is lost (read = accepted + rejected on every fixture), planted personal data reaches no
//! output, text that looks like a formula stays text, html stays escaped, failed writes leave
//! nothing behind, outputs never overwrite inputs, reruns are byte-identical and `verify`
//! tells a report that still matches its inputs from one that does not. Crashes found by the
//! fuzz targets (fuzz/) are replayed from tests/fixtures/fuzz-regressions/. Decompression
//! bombs and overflowing values are refused where they are read, outputs get the umask's
//! mode, and the claim register survives a killed or concurrent submission and refuses a
//! damaged entry.

use crate::support::*;
use grantbook::import::sheet::stream::Source;
use grantbook::import::{cases, expenses, rates, sheet::grid, ImportError};
use std::path::{Path, PathBuf};

fn args_for(dir: &Path, extra: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = vec![
        "--project".into(),
        dir.join("project.toml").display().to_string(),
        "--out".into(),
        dir.join("out").display().to_string(),
    ];
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

/// Runs the binary on the mini copy in `dir`; returns (exit code, stdout, stderr).
fn run(dir: &Path, extra: &[&str]) -> (i32, String, String) {
    let args = args_for(dir, extra);
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run_bin(dir, &argv);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).to_string(),
        stderr,
    )
}

/// `check --format json` on the mini copy with `extra` arguments: the json report.
fn check_json(dir: &Path, extra: &[&str]) -> serde_json::Value {
    let mut a = extra.to_vec();
    a.extend(["check", "--format", "json"]);
    let (code, stdout, stderr) = run(dir, &a);
    assert!(code == 0 || code == 1, "exit {code}: {stderr}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

/// The (read, accepted, rejected) counts of `input` in a report.
fn counts(j: &serde_json::Value, input: &str) -> (u64, u64, u64) {
    let rc = j["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["input"] == input)
        .unwrap_or_else(|| panic!("no {input} in {}", j["rows"]));
    let n = |k: &str| rc[k].as_u64().expect("count");
    (n("read"), n("accepted"), n("rejected"))
}

/// The mini ledger's csv rows as text cells.
fn mini_rows(file: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(fixture("mini").join(file)).unwrap();
    let delim = if text.lines().next().unwrap().contains(';') {
        b';'
    } else {
        b','
    };
    csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delim)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// Rows written back as csv.
fn to_csv(rows: &[Vec<String>]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        w.write_record(r).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

fn to_v(rows: &[Vec<String>]) -> Vec<Vec<V>> {
    rows.iter()
        .map(|r| {
            r.iter()
                .map(|c| if c.is_empty() { V::Empty } else { s(c) })
                .collect()
        })
        .collect()
}

// ---- accepted: odd but valid inputs ----

#[test]
fn header_only_ledger_is_accepted_with_zero_rows() {
    let tmp = mini_copy();
    let d = tmp.path();
    let header = to_csv(&mini_rows("expenses.csv")[..1]);
    std::fs::write(d.join("expenses.csv"), header).unwrap();
    let j = check_json(d, &[]);
    assert_eq!(counts(&j, "expenses"), (0, 0, 0));
}

#[test]
fn bom_and_thousands_of_trailing_empty_rows_change_nothing() {
    let tmp = mini_copy();
    let d = tmp.path();
    let plain = check_json(d, &[]);
    let text = std::fs::read_to_string(d.join("expenses.csv")).unwrap();
    let mut padded = format!("\u{feff}{text}");
    for _ in 0..5000 {
        padded.push_str(",,,,,,,,,,,\n");
    }
    std::fs::write(d.join("expenses.csv"), padded).unwrap();
    let odd = check_json(d, &[]);
    assert_eq!(counts(&odd, "expenses"), counts(&plain, "expenses"));
    assert_eq!(odd["findings"], plain["findings"]);
}

#[test]
fn merged_title_hidden_decoy_sheet_hidden_row_and_column_xfd_are_read() {
    let tmp = mini_copy();
    let d = tmp.path();
    let plain = check_json(d, &[]);
    let rows = mini_rows("expenses.csv");
    let p = d.join("ledger.xlsx");
    {
        use rust_xlsxwriter::{Format, Workbook};
        let mut wb = Workbook::new();
        // A hidden decoy sheet with the same header and a bogus row comes first: hidden
        // sheets are skipped when the table is looked for.
        let decoy = wb.add_worksheet();
        decoy.set_name("Vecais").unwrap();
        for (c, h) in rows[0].iter().enumerate() {
            decoy.write_string(0, c as u16, h).unwrap();
        }
        decoy.write_string(1, 0, "DECOY-1").unwrap();
        decoy.set_hidden(true);
        // (The active sheet cannot be hidden: the ledger sheet is made active.)
        let ws = wb.add_worksheet();
        ws.set_name("Izdevumi").unwrap();
        ws.set_active(true);
        // A merged title above the header.
        ws.merge_range(0, 0, 0, 11, "Izdevumi 2020", &Format::new())
            .unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if !v.is_empty() {
                    ws.write_string(r as u32 + 1, c as u16, v).unwrap();
                }
            }
            // A note in the last column of the sheet (XFD, the 16 384th).
            ws.write_string(r as u32 + 1, 16_383, "piezīme").unwrap();
        }
        // The second data row is hidden: it is still part of the ledger.
        ws.set_row_hidden(3).unwrap();
        wb.save(&p).unwrap();
    }
    let j = check_json(d, &["--expenses", p.to_str().unwrap()]);
    assert_eq!(counts(&j, "expenses"), counts(&plain, "expenses"));
    assert_eq!(j["findings"], plain["findings"]);
}

#[test]
fn look_alike_letter_in_a_case_id_is_a_warning() {
    let tmp = mini_copy();
    let d = tmp.path();
    let text = std::fs::read_to_string(d.join("cases.csv")).unwrap();
    // Cyrillic С (U+0421) in place of the Latin C of C-002.
    std::fs::write(d.join("cases.csv"), text.replace("C-002", "\u{421}-002")).unwrap();
    let j = check_json(d, &[]);
    let f = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "GDPR-01")
        .unwrap_or_else(|| panic!("no GDPR-01 in {}", j["findings"]));
    assert_eq!(f["severity"], "warning");
    let msg = f["message"].as_str().unwrap();
    assert!(msg.contains("look-alike letter 'С' (U+0421"), "{msg}");
}

// ---- nothing lost ----

/// Every csv and xlsx under tests/fixtures and sample-data, read as each kind of table: when
/// the table is found, rows read = accepted + rejected, whether it imports or not.
#[test]
fn rows_read_equal_accepted_plus_rejected_on_every_fixture() {
    let mut files = Vec::new();
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if matches!(p.extension().and_then(|x| x.to_str()), Some("csv" | "xlsx")) {
                out.push(p);
            }
        }
    }
    walk(&root().join("tests/fixtures"), &mut files);
    walk(&root().join("sample-data"), &mut files);
    let mut tables = 0;
    for f in &files {
        let Ok(mut src) = Source::open(f) else {
            continue;
        };
        let results = [
            expenses::read_expenses(&mut src, f, None, None, "EUR").map(|(s, _)| s),
            cases::read_cases(&mut src, f, None, None).map(|(s, _)| s),
            rates::read_rates(&mut src, f, None, None).map(|(s, _)| s),
        ];
        for r in results {
            match r {
                Ok(s) => {
                    tables += 1;
                    assert_eq!(
                        s.rows_read,
                        s.rows_accepted + s.rows_rejected,
                        "{}",
                        f.display()
                    );
                }
                Err(ImportError::Cells {
                    rows_read,
                    rows_rejected,
                    ..
                }) => {
                    tables += 1;
                    assert!(rows_rejected >= 1 && rows_rejected <= rows_read);
                }
                Err(_) => {}
            }
        }
    }
    assert!(
        tables >= 20,
        "{tables} tables found in {} files",
        files.len()
    );
}

// ---- output safety ----

const INJECTIONS: [&str; 4] = [
    "=HYPERLINK(\"http://example.com\",\"x\")",
    "+1",
    "@SUM(A1:A9)",
    "-2+3",
];

/// The mini copy with formula-like text and a `<script>` in suppliers and descriptions.
fn injected_mini() -> tempfile::TempDir {
    let tmp = mini_copy();
    let mut rows = mini_rows("expenses.csv");
    for (i, row) in rows.iter_mut().enumerate().skip(1) {
        row[4] = INJECTIONS[i % INJECTIONS.len()].to_string();
        row[5] = if i == 1 {
            "<script>alert(1)</script>".into()
        } else {
            INJECTIONS[(i + 1) % INJECTIONS.len()].to_string()
        };
    }
    let text = to_csv(&rows);
    std::fs::write(tmp.path().join("expenses.csv"), text).unwrap();
    tmp
}

/// Every cell of every sheet whose text is one of the injections must be a string cell, and
/// no cell's formula may contain one.
fn assert_strings_not_formulas(path: &Path) -> usize {
    use calamine::{open_workbook_auto, Data, Reader};
    let mut wb = open_workbook_auto(path).unwrap();
    let mut seen = 0;
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        for c in range.cells() {
            if let Data::String(t) = c.2 {
                if INJECTIONS.contains(&t.as_str()) || t.contains("<script>") {
                    seen += 1;
                }
            }
        }
        let formulas = wb.worksheet_formula(&name).unwrap();
        for c in formulas.cells() {
            assert!(
                !c.2.contains("HYPERLINK") && !c.2.contains("A1:A9"),
                "{}: {name} has the formula {}",
                path.display(),
                c.2
            );
        }
    }
    seen
}

#[test]
fn formula_like_text_stays_text_and_html_stays_escaped() {
    let tmp = injected_mini();
    let d = tmp.path();
    let (code, _, stderr) = run(
        d,
        &["claim", "--period", "2020-Q1", "--format", "xlsx,html,json"],
    );
    assert!(code == 0 || code == 1, "{stderr}");
    let (code, _, stderr) = run(
        d,
        &["burn", "--as-of", "2020-12-31", "--format", "xlsx,html"],
    );
    assert!(code == 0 || code == 1, "{stderr}");
    let xlsx = d.join("out/claim-2020-Q1.xlsx");
    assert!(
        assert_strings_not_formulas(&xlsx) >= 2,
        "the claim lists the planted suppliers and descriptions as text"
    );
    assert_strings_not_formulas(&d.join("out/burn-2020-12-31.xlsx"));
    let html = std::fs::read_to_string(d.join("out/claim-2020-Q1.html")).unwrap();
    assert!(!html.contains("<script>alert"), "unescaped script");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
            || html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
    let burn = std::fs::read_to_string(d.join("out/burn-2020-12-31.html")).unwrap();
    assert!(!burn.contains("<script>alert"));
}

#[test]
fn template_writer_keeps_formula_like_project_names_as_text() {
    let tmp = mini_copy();
    let d = tmp.path();
    let text = mini_project_text();
    assert!(text.contains("en = \"Return\""));
    std::fs::write(
        d.join("project.toml"),
        text.replacen(
            "en = \"Return\"",
            "en = \"=HYPERLINK(\\\"http://example.com\\\",\\\"x\\\")\"",
            1,
        ),
    )
    .unwrap();
    let (code, _, stderr) = run(d, &["template", "expenses", "--lang", "en"]);
    assert_eq!(code, 0, "{stderr}");
    let out = std::fs::read_dir(d.join("out"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "xlsx"))
        .expect("template written");
    assert_strings_not_formulas(&out);
}

// ---- writes ----

#[test]
fn outputs_never_overwrite_an_input() {
    let tmp = mini_copy();
    let d = tmp.path();
    let out = d.join("out");
    std::fs::create_dir_all(&out).unwrap();
    // The expense ledger saved under the name the claim's xlsx will take, in --out.
    let ledger = out.join("claim-2020-Q1.xlsx");
    write_xlsx(
        &ledger,
        &[SheetSpec {
            name: "Izdevumi",
            hidden: false,
            rows: to_v(&mini_rows("expenses.csv")),
        }],
    );
    let before = std::fs::read(&ledger).unwrap();
    let lp = ledger.to_str().unwrap();
    let (code, _, stderr) = run(
        d,
        &[
            "--expenses",
            lp,
            "claim",
            "--period",
            "2020-Q1",
            "--format",
            "xlsx",
        ],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("it is an input file"), "{stderr}");
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
    // The same for burn.
    let burn_name = out.join("burn-2020-12-31.xlsx");
    std::fs::copy(&ledger, &burn_name).unwrap();
    let (code, _, stderr) = run(
        d,
        &[
            "--expenses",
            burn_name.to_str().unwrap(),
            "burn",
            "--as-of",
            "2020-12-31",
            "--format",
            "xlsx",
        ],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("it is an input file"), "{stderr}");
    assert_eq!(std::fs::read(&burn_name).unwrap(), before);
    // And for the project file as a template's output name is not possible (templates are
    // named by table), so the one more writer that takes a path, `init --to`, refuses an
    // existing file.
    let (code, _, stderr) = run(
        d,
        &["init", "--to", d.join("project.toml").to_str().unwrap()],
    );
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(
        std::fs::read_to_string(d.join("project.toml")).unwrap(),
        mini_project_text()
    );
    assert_no_temporary_files(&out);
}

fn assert_no_temporary_files(dir: &Path) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let n = e.file_name().to_string_lossy().to_string();
        assert!(
            !(n.starts_with(".grantbook-") && n.ends_with(".tmp")),
            "left behind: {n}"
        );
    }
}

#[test]
fn a_failed_write_leaves_no_partial_or_temporary_file() {
    let tmp = mini_copy();
    let d = tmp.path();
    let out = d.join("out");
    // A folder where the json report should go: the rename onto it fails after the temporary
    // file was written.
    std::fs::create_dir_all(out.join("claim-2020-Q1.json")).unwrap();
    let (code, _, stderr) = run(d, &["claim", "--period", "2020-Q1", "--format", "json"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("cannot write"), "{stderr}");
    assert!(out.join("claim-2020-Q1.json").is_dir());
    assert_no_temporary_files(&out);
}

// ---- reproducibility and verify ----

fn read_all(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn reruns_are_byte_identical_for_every_writer() {
    // Two copies of the inputs in two folders: only file names and digests reach outputs.
    let tmps = [mini_copy(), mini_copy()];
    let mut outs = Vec::new();
    for (n, tmp) in tmps.iter().enumerate() {
        let d = tmp.path();
        for cmd in [
            &["claim", "--period", "2020-Q1", "--format", "xlsx,html,json"][..],
            &["claim", "--final", "--format", "xlsx,html,json"][..],
            &[
                "burn",
                "--as-of",
                "2020-12-31",
                "--format",
                "xlsx,html,json",
            ][..],
        ] {
            let (code, _, stderr) = run(d, cmd);
            assert!(code == 0 || code == 1, "{stderr}");
        }
        let o = d.join("out");
        // A second later: a wall-clock timestamp in any writer would differ.
        if n == 0 {
            std::thread::sleep(std::time::Duration::from_millis(1100));
        }
        outs.push(read_all(&o));
    }
    assert!(
        outs[0].len() >= 9,
        "{:?}",
        outs[0].iter().map(|x| &x.0).collect::<Vec<_>>()
    );
    for (a, b) in outs[0].iter().zip(&outs[1]) {
        assert_eq!(a.0, b.0);
        assert!(a.1 == b.1, "{} differs between runs", a.0);
    }
}

#[test]
fn verify_tells_a_matching_report_from_a_changed_input() {
    let tmp = mini_copy();
    let d = tmp.path();
    let (code, _, stderr) = run(
        d,
        &["claim", "--period", "2020-Q1", "--format", "xlsx,html,json"],
    );
    assert!(code == 0 || code == 1, "{stderr}");
    let (code, _, stderr) = run(
        d,
        &[
            "burn",
            "--as-of",
            "2020-12-31",
            "--format",
            "xlsx,html,json",
        ],
    );
    assert!(code == 0 || code == 1, "{stderr}");
    let reports = [
        "claim-2020-Q1.json",
        "claim-2020-Q1.xlsx",
        "claim-2020-Q1.html",
        "burn-2020-12-31.json",
        "burn-2020-12-31.xlsx",
        "burn-2020-12-31.html",
    ];
    for r in reports {
        let p = d.join("out").join(r);
        let (code, stdout, stderr) = run(d, &["verify", p.to_str().unwrap()]);
        assert_eq!(code, 0, "{r}: {stdout}{stderr}");
        assert!(stdout.contains("matches its 5 inputs"), "{r}: {stdout}");
    }
    // One changed byte in the case register: every report names it.
    let cases = d.join("cases.csv");
    let mut text = std::fs::read_to_string(&cases).unwrap();
    text.push('\n');
    std::fs::write(&cases, text).unwrap();
    for r in reports {
        let p = d.join("out").join(r);
        let (code, stdout, stderr) = run(d, &["verify", p.to_str().unwrap()]);
        assert_eq!(code, 1, "{r}: {stdout}{stderr}");
        assert!(
            stdout.contains("CHANGED  case register cases.csv"),
            "{r}: {stdout}"
        );
        assert!(stdout.contains("1 of 5 inputs changed"), "{r}: {stdout}");
    }
    // A missing input: cannot run.
    std::fs::remove_file(&cases).unwrap();
    let p = d.join("out/claim-2020-Q1.json");
    let (code, _, stderr) = run(d, &["verify", p.to_str().unwrap()]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("cannot read the cases file"), "{stderr}");
    // Not a report.
    let (code, _, stderr) = run(d, &["verify", d.join("project.toml").to_str().unwrap()]);
    assert_eq!(code, 2, "{stderr}");
}

// ---- fuzz regressions ----

/// Every input the fuzz targets found a crash with, replayed through the importers: each must
/// end in `Ok` or a located error, never a panic. The file's extension picks the importer.
#[test]
fn fuzz_regressions_do_not_crash() {
    let dir = fixture("fuzz-regressions");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() {
            replay_pipeline(&p);
            continue;
        }
        if name.ends_with(".toml") {
            let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).to_string();
            let _ = grantbook::import::project::parse_project(&text, &p);
            continue;
        }
        if let Ok(mut src) = Source::open(&p) {
            let _ = expenses::read_expenses(&mut src, &p, None, None, "EUR");
            let _ = cases::read_cases(&mut src, &p, None, None);
            let _ = rates::read_rates(&mut src, &p, None, None);
        }
        // The grid path (xls, ods and the review's claim workbook) on the same bytes.
        if let Ok(wb) = grid::read_workbook(&p) {
            let _ = expenses::read_expenses(&mut Source::grid(&wb), &p, None, None, "EUR");
        }
    }
}

/// A finding of the `pipeline` fuzz target, kept as the inputs it wrote (a folder
/// `pipeline-*` with project.toml, the three csv files and period.txt, written by the target
/// under `GRANTBOOK_FUZZ_DUMP`): the same
/// commands in a copy, each ending in exit 0, 1 or 2 without a panic.
fn replay_pipeline(dir: &Path) {
    let tmp = tempfile::tempdir().unwrap();
    for f in ["project.toml", "expenses.csv", "cases.csv", "rates.csv"] {
        std::fs::copy(dir.join(f), tmp.path().join(f)).unwrap();
    }
    let period = std::fs::read_to_string(dir.join("period.txt")).unwrap_or("2020-Q3".into());
    for cmd in [
        &["check", "--format", "xlsx,html,json"][..],
        &[
            "claim",
            "--period",
            period.trim(),
            "--format",
            "xlsx,html,json",
            "--submit",
        ],
        &["claim", "--final", "--format", "xlsx,html,json"],
    ] {
        let mut args = cmd.to_vec();
        args.push("--quiet");
        let (code, _, stderr) = run(tmp.path(), &args);
        assert!(
            (0..=2).contains(&code),
            "{}: {cmd:?}: {stderr}",
            dir.display()
        );
    }
}

// ---- personal data ----

/// Planted values: distinctive enough that finding one in an output can only mean a leak.
fn planted(kind: usize, row: usize) -> String {
    match kind {
        0 => format!("Zigfrīds{row}"),
        1 => format!("Plantēvičs{row}"),
        2 => format!("991199-7{row:04}"),
        3 => format!("LV99PLNT00001{row:08}"),
        _ => format!("planted.{row}@example.invalid"),
    }
}
const PLANTED_HEADERS: [&str; 5] = ["Vārds", "Uzvārds", "Personas kods", "IBAN", "E-pasts"];
const PLANTED_MARKS: [&str; 5] = ["Zigfrīds", "Plantēvičs", "991199-7", "LV99PLNT", "planted."];

/// Copies a sample workbook with five personal columns added after the last header column of
/// each sheet's header row (the first row with five text cells), filled on every data row.
fn copy_with_personal_columns(src: &Path, dst: &Path) {
    use calamine::{open_workbook_auto, Data, Reader};
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut inp = open_workbook_auto(src).unwrap();
    let metas: Vec<(String, bool)> = inp
        .sheets_metadata()
        .iter()
        .map(|m| (m.name.clone(), m.visible == calamine::SheetVisible::Visible))
        .collect();
    let mut wb = Workbook::new();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    let mut first_visible = true;
    for (name, visible) in metas {
        let range = inp.worksheet_range(&name).unwrap();
        let ws = wb.add_worksheet();
        ws.set_name(&name).unwrap();
        if !visible {
            ws.set_hidden(true);
        } else if first_visible {
            ws.set_active(true);
            first_visible = false;
        }
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut header_row = None;
        let width = range.width() as u32;
        for (i, row) in range.rows().enumerate() {
            let r = r0 + i as u32;
            for (j, v) in row.iter().enumerate() {
                let c = (c0 + j as u32) as u16;
                match v {
                    Data::String(t) => {
                        ws.write_string(r, c, t).unwrap();
                    }
                    Data::Float(f) => {
                        ws.write_number(r, c, *f).unwrap();
                    }
                    Data::Int(n) => {
                        ws.write_number(r, c, *n as f64).unwrap();
                    }
                    Data::Bool(b) => {
                        ws.write_boolean(r, c, *b).unwrap();
                    }
                    Data::DateTime(dt) => {
                        let (y, m, d, ..) = dt.to_ymd_hms_milli();
                        let x = ExcelDateTime::from_ymd(y, m, d).unwrap();
                        ws.write_datetime_with_format(r, c, &x, &date).unwrap();
                    }
                    _ => {}
                }
            }
            let texts = row.iter().filter(|v| matches!(v, Data::String(_))).count();
            let extra = c0 + width;
            if header_row.is_none() && texts >= 5 {
                header_row = Some(r);
                for (k, h) in PLANTED_HEADERS.iter().enumerate() {
                    ws.write_string(r, (extra + k as u32) as u16, *h).unwrap();
                }
            } else if header_row.is_some() && row.iter().any(|v| *v != Data::Empty) {
                for k in 0..5 {
                    ws.write_string(r, (extra + k as u32) as u16, planted(k, r as usize))
                        .unwrap();
                }
            }
        }
    }
    wb.save(dst).unwrap();
}

/// Every byte of every output, xlsx parts unzipped, as text.
fn output_texts(dir: &Path) -> Vec<(String, String)> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&p).unwrap();
        if name.ends_with(".xlsx") {
            let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            for i in 0..z.len() {
                let mut f = z.by_index(i).unwrap();
                let part = f.name().map(|n| n.into_owned()).unwrap_or_default();
                let mut s = Vec::new();
                std::io::Read::read_to_end(&mut f, &mut s).unwrap();
                v.push((
                    format!("{name}:{part}"),
                    String::from_utf8_lossy(&s).to_string(),
                ));
            }
        } else {
            v.push((name, String::from_utf8_lossy(&bytes).to_string()));
        }
    }
    v
}

#[test]
fn planted_personal_data_reaches_no_output() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::create_dir_all(d.join("budgets")).unwrap();
    std::fs::create_dir_all(d.join("sample-data")).unwrap();
    std::fs::copy(
        root().join("budgets/ak-iom-pmif-2018-1.toml"),
        d.join("budgets/ak-iom-pmif-2018-1.toml"),
    )
    .unwrap();
    for f in ["expenses.xlsx", "cases.xlsx"] {
        copy_with_personal_columns(
            &root().join("sample-data").join(f),
            &d.join("sample-data").join(f),
        );
    }
    std::fs::copy(
        root().join("sample-data/rates.xlsx"),
        d.join("sample-data/rates.xlsx"),
    )
    .unwrap();
    // The planted values are really in the inputs.
    for f in ["expenses.xlsx", "cases.xlsx"] {
        let t = output_texts(&d.join("sample-data"))
            .into_iter()
            .filter(|(n, _)| n.starts_with(f))
            .map(|(_, t)| t)
            .collect::<String>();
        for m in PLANTED_MARKS {
            assert!(t.contains(m), "{f} lacks {m}");
        }
    }
    let out = d.join("out");
    let os = out.to_str().unwrap();
    let mut console = String::new();
    for cmd in [
        &["check"][..],
        &["check", "--format", "json"][..],
        &["claim", "--period", "2019-Q3", "--format", "xlsx,html,json"][..],
        &["claim", "--final", "--format", "xlsx,html,json"][..],
        &[
            "burn",
            "--as-of",
            "2021-06-30",
            "--format",
            "xlsx,html,json",
        ][..],
        &["-v", "check"][..],
    ] {
        let mut a = vec!["--out", os];
        a.extend_from_slice(cmd);
        let o = run_bin(d, &a);
        let stdout = String::from_utf8_lossy(&o.stdout).to_string();
        let stderr = String::from_utf8_lossy(&o.stderr).to_string();
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{cmd:?}: {stdout}{stderr}"
        );
        console.push_str(&stdout);
        console.push_str(&stderr);
    }
    let texts = output_texts(&out);
    assert!(texts.len() >= 9 * 2, "{} parts", texts.len());
    for m in PLANTED_MARKS {
        assert!(!console.contains(m), "{m} printed: {console}");
        for (name, t) in &texts {
            assert!(!t.contains(m), "{m} leaked into {name}");
        }
    }
    // The personal columns are named in a notice, in the console and in the reports.
    assert!(console.contains("look like personal data"), "{console}");
    let json = std::fs::read_to_string(out.join("claim-final.json")).unwrap();
    for h in PLANTED_HEADERS {
        assert!(
            json.contains(&format!("\\\"{h}\\\"")) || json.contains(h),
            "notice lacks {h}"
        );
    }
}

// ---- limits ----

#[test]
fn far_apart_cells_stay_sparse_and_the_cell_limit_is_named() {
    use rust_xlsxwriter::Workbook;
    // A1 and XFD1048576 alone: a dense grid would be 17 billion cells; read sparsely it is a
    // million empty rows and two cells.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "a").unwrap();
    ws.write_string(1_048_575, 16_383, "z").unwrap();
    let bytes = wb.save_to_buffer().unwrap();
    let book = grid::read_workbook_bytes(bytes, "far.xlsx").unwrap();
    assert_eq!(book.sheets[0].end_row(), 1_048_576);
    assert_eq!(
        book.sheets[0].get(1_048_575, 16_383),
        &grantbook::import::sheet::cells::Cell::Text("z".into())
    );
    // 7 000 rows reaching column XFD: 7 000 × 16 384 ≈ 115 M laid-out cells > 100 M.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for r in 0..7_000 {
        ws.write_number(r, 16_383, 1.0).unwrap();
    }
    ws.write_string(0, 0, "a").unwrap();
    let bytes = wb.save_to_buffer().unwrap();
    let err = grid::read_workbook_bytes(bytes, "wide.xlsx").unwrap_err();
    assert!(
        err.to_string()
            .contains("takes the workbook above the limit of 100000000 cells"),
        "{err}"
    );
}

// ---- hostile input: bombs and overflows (scripts/hostile_corpus.py) ----

/// Runs `claim --final` on the mini copy with `file` (from tests/fixtures/errors/) as the
/// ledger, or as the project file when it ends in `.toml`: exit 2, a message naming the file
/// and `place`, and no output.
fn refused(file: &str, place: &str) {
    let tmp = mini_copy();
    let dir = tmp.path();
    let fixture_path = fixture(&format!("errors/{file}"));
    let mut args: Vec<String> = Vec::new();
    if file.ends_with(".toml") {
        std::fs::copy(&fixture_path, dir.join("project.toml")).unwrap();
    } else {
        args.extend(["--expenses".into(), fixture_path.display().to_string()]);
    }
    args.extend(["claim", "--final", "--format", "json,html,xlsx"].map(String::from));
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, _, stderr) = run(dir, &argv);
    assert_eq!(code, 2, "{file}: {stderr}");
    let shown = if file.ends_with(".toml") {
        "project.toml"
    } else {
        file
    };
    assert!(
        stderr.contains(shown),
        "{file}: the message names the file: {stderr}"
    );
    assert!(
        stderr.contains(place),
        "{file}: the message names {place:?}: {stderr}"
    );
    assert!(!dir.join("out").exists(), "{file}: nothing is written");
}

/// Decompression bombs (8 MiB of XML each here; the benchmark runs 1.5 GB ones): each is
/// refused naming the part, before calamine would buffer the run.
#[test]
fn decompression_bombs_are_refused_naming_the_part() {
    let sheet = "\"xl/worksheets/sheet1.xml\" holds a run of more than 4 MiB";
    refused("bomb-whitespace.xlsx", sheet);
    refused("bomb-cell-runs.xlsx", sheet);
    refused("bomb-comment.xlsx", sheet);
    refused("bomb-attribute.xlsx", sheet);
    refused("bomb-shared-strings.xlsx", "shared strings");
    refused("bomb-styles.xlsx", "\"xl/styles.xml\" unpacks to more than");
    refused(
        "dtd-entity.xlsx",
        "\"xl/workbook.xml\" declares a document type",
    );
}

/// Values that would overflow Decimal arithmetic (tariff × quantity, the share sums) are
/// refused where they are read, located by cell or key.
#[test]
fn overflowing_values_are_refused_where_they_are_read() {
    refused("quantity-overflow.csv", "a quantity below 1 000 000");
    refused("project-share-overflow.toml", "sources[0].share");
    refused("project-food-overflow.toml", "params.food_per_day");
}

// ---- file modes ----

/// Reports, the register entry and the project file `init` writes get the mode the umask
/// gives (0644 under umask 022, 0600 under 077), not the temporary file's 0600.
#[cfg(unix)]
#[test]
fn outputs_are_created_with_the_users_umask() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    for (umask, want) in [("022", 0o644), ("077", 0o600)] {
        let tmp = mini_copy();
        let dir = tmp.path();
        let bin = env!("CARGO_BIN_EXE_grantbook");
        let sh = |args: &str| {
            let out = std::process::Command::new("sh")
                .arg("-c")
                .arg(format!("umask {umask} && exec \"$0\" {args}"))
                .arg(bin)
                .current_dir(dir)
                .output()
                .unwrap();
            assert!(out.status.code().unwrap() < 2, "{args}: {out:?}");
        };
        sh("--project project.toml --out out claim --period 2020-Q3 --submit");
        sh("init --number NEW/1 --title Jauns --start 2021-01-01 --end 2021-12-31 --total 1000 --eu-share 75 --lines A1 --to new.toml");
        let mut files = vec![dir.join("new.toml")];
        for sub in ["out", "claims/TEST-2020-1"] {
            for e in std::fs::read_dir(dir.join(sub)).unwrap().flatten() {
                files.push(e.path());
            }
        }
        assert!(files.len() >= 5, "{files:?}");
        for f in files {
            if f.file_name().unwrap().to_string_lossy().starts_with('.') {
                continue; // the register's lock file
            }
            assert_eq!(mode(&f), want, "{} under umask {umask}", f.display());
        }
    }
}

// ---- the claim register: crash, concurrency, tampering ----

/// The register folder of the mini project.
fn register_of(dir: &Path) -> PathBuf {
    dir.join("claims/TEST-2020-1")
}

/// The register's entries (`claim-*.json`) with their bytes.
fn entries(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(register_of(dir))
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with("claim-"))
                .map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    (name, std::fs::read(e.path()).unwrap())
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// `claim --period 2020-Q3 --submit` on the mini copy in `dir` with `env`, writing to `out`.
fn submit_cmd(
    dir: &Path,
    out: &str,
    expenses: &str,
    env: &[(&str, &str)],
) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_grantbook"));
    c.args([
        "--project",
        "project.toml",
        "--out",
        out,
        "--expenses",
        expenses,
    ])
    .args(["claim", "--period", "2020-Q3", "--submit", "--quiet"])
    .current_dir(dir)
    .env("NO_COLOR", "1")
    .env_remove("GRANTBOOK_REGISTER_FAULT")
    .stdout(std::process::Stdio::piped())
    .stderr(std::process::Stdio::piped());
    for (k, v) in env {
        c.env(k, v);
    }
    c
}

/// A process killed at each write step of a submission (a test-only fault point aborts it, as
/// a kill would) leaves the register before the submission (no entry) or after it (the
/// entry whole, byte for byte what an undisturbed submission writes), and readable; the
/// submission then runs again to the same register.
#[test]
fn a_submission_killed_at_any_step_leaves_the_register_before_or_after() {
    let clean = mini_copy();
    let out = submit_cmd(clean.path(), "out", "expenses.csv", &[])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let after = entries(clean.path());
    assert_eq!(after.len(), 1);
    for step in ["locked", "half-written", "written", "placed", "synced"] {
        let tmp = mini_copy();
        let dir = tmp.path();
        let out = submit_cmd(
            dir,
            "out",
            "expenses.csv",
            &[("GRANTBOOK_REGISTER_FAULT", step)],
        )
        .output()
        .unwrap();
        assert_eq!(
            out.status.code(),
            None,
            "{step}: killed by the fault point: {out:?}"
        );
        let now = entries(dir);
        let expect_after = matches!(step, "placed" | "synced");
        assert_eq!(
            now,
            if expect_after { after.clone() } else { vec![] },
            "{step}"
        );
        // The register reads (another quarter's claim checks it) and the submission completes.
        let (code, _, stderr) = run(dir, &["claim", "--period", "2020-Q4", "--format", "json"]);
        assert!(code < 2, "{step}: {stderr}");
        let out = submit_cmd(dir, "out", "expenses.csv", &[])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{step}: {out:?}");
        assert_eq!(
            entries(dir),
            after,
            "{step}: the same entry as an undisturbed run"
        );
        let stray: Vec<_> = std::fs::read_dir(register_of(dir))
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(
            stray.is_empty(),
            "{step}: the next submission removes a killed one's temporary file"
        );
    }
}

/// Two submissions of 2020-Q3 from different ledgers, started at once: exactly one wins, the
/// other exits 2 with a message (the lock is held, or the quarter is there with other
/// figures) and writes no report; the register holds the winner's entry. Run twice: as the
/// processes race, and with the first holding the lock for a second (a test-only pause).
#[test]
fn two_conflicting_submissions_at_once_one_wins() {
    for pause in [None, Some("locked:pause:1500")] {
        let tmp = mini_copy();
        let dir = tmp.path();
        let ledger = std::fs::read_to_string(dir.join("expenses.csv")).unwrap();
        assert!(
            ledger.contains("1000000.000,IQD"),
            "the Q3 line changed below"
        );
        std::fs::write(
            dir.join("other.csv"),
            ledger.replace("1000000.000,IQD", "900000.000,IQD"),
        )
        .unwrap();
        let env: Vec<(&str, &str)> = pause
            .map(|p| ("GRANTBOOK_REGISTER_FAULT", p))
            .into_iter()
            .collect();
        let a = submit_cmd(dir, "out-a", "expenses.csv", &env)
            .spawn()
            .unwrap();
        let b = submit_cmd(dir, "out-b", "other.csv", &env).spawn().unwrap();
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        let codes = [a.status.code(), b.status.code()];
        assert!(
            codes == [Some(0), Some(2)] || codes == [Some(2), Some(0)],
            "{pause:?}: {a:?} {b:?}"
        );
        let (winner, loser, loser_out) = if codes[0] == Some(0) {
            ("expenses.csv", &b, "out-b")
        } else {
            ("other.csv", &a, "out-a")
        };
        let msg = String::from_utf8_lossy(&loser.stderr);
        assert!(
            msg.contains("another grantbook is submitting")
                || msg.contains("already submitted with other figures"),
            "{pause:?}: {msg} {a:?} {b:?}"
        );
        assert!(
            msg.contains("claims/TEST-2020-1"),
            "{pause:?}: located: {msg}"
        );
        assert!(
            !dir.join(loser_out).exists(),
            "{pause:?}: the loser wrote no report"
        );
        assert_eq!(entries(dir).len(), 1);
        // The entry is the winner's: submitting its ledger again changes nothing.
        let again = submit_cmd(dir, "out-c", winner, &[]).output().unwrap();
        assert_eq!(again.status.code(), Some(0), "{again:?}");
        assert!(
            String::from_utf8_lossy(&again.stdout).contains("same figures"),
            "{again:?}"
        );
    }
}

/// A damaged or hand-edited register entry is never trusted: a changed amount, a truncated
/// file, an entry without a checksum (format 1) or one renamed to another quarter stops every
/// claim with exit 2 naming the file.
#[test]
fn a_damaged_register_entry_is_a_located_error() {
    let tmp = mini_copy();
    let dir = tmp.path();
    assert_eq!(
        submit_cmd(dir, "out", "expenses.csv", &[])
            .output()
            .unwrap()
            .status
            .code(),
        Some(0)
    );
    let entry = register_of(dir).join("claim-2020-Q3.json");
    let good = std::fs::read_to_string(&entry).unwrap();
    let v1 = {
        let mut j: serde_json::Value = serde_json::from_str(&good).unwrap();
        j.as_object_mut().unwrap().remove("checksum");
        j["format"] = "grantbook-claim-register/1".into();
        serde_json::to_string_pretty(&j).unwrap()
    };
    let eligible = good
        .lines()
        .find(|l| l.contains("\"eligible\""))
        .unwrap()
        .to_string();
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "edited",
            good.replacen(&eligible, "    \"eligible\": \"1.00\",", 1),
            "does not match its checksum",
        ),
        (
            "truncated",
            good[..good.len() / 2].to_string(),
            "not a frozen claim",
        ),
        ("format 1", v1, "an entry without a checksum"),
    ];
    for (what, text, says) in cases {
        std::fs::write(&entry, text).unwrap();
        let (code, _, stderr) = run(dir, &["claim", "--period", "2020-Q4", "--format", "json"]);
        assert_eq!(code, 2, "{what}: {stderr}");
        assert!(
            stderr.contains("claim-2020-Q3.json") && stderr.contains(says),
            "{what}: {stderr}"
        );
    }
    std::fs::write(&entry, &good).unwrap();
    std::fs::rename(&entry, register_of(dir).join("claim-2020-Q2.json")).unwrap();
    let (code, _, stderr) = run(dir, &["claim", "--period", "2020-Q4", "--format", "json"]);
    assert_eq!(code, 2, "renamed: {stderr}");
    assert!(
        stderr.contains("claim-2020-Q2.json") && stderr.contains("2020-Q3"),
        "{stderr}"
    );
}
