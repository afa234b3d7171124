//! `grantbook review`: a claim workbook read back and recomputed (a hand-edited copy is caught
//! with the cells named), a workbook that is not a claim, inputs whose hashes differ, the
//! filled checklist's error projection and knock-on effects, the previous-claim diff, and
//! deterministic outputs.

use super::claim_support::{json, mini_copy, run, run_err};
use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::io::Cursor;
use std::path::Path;

/// A hand edit: every sheet copied cell by cell (cached values, the hidden sheet kept hidden),
/// with `edit` deciding each cell's new value (`None` leaves the cell out) and `drop_row`
/// removing one row of one sheet (the rows below move up), as a spreadsheet program would.
pub(super) fn rewrite(
    src: &Path,
    dst: &Path,
    edit: &dyn Fn(&str, u32, u32, &Data) -> Option<Data>,
    drop_row: Option<(&str, u32)>,
) {
    rewrite_with(src, dst, edit, drop_row, &[]);
}

/// `rewrite`, then `extra` cells typed into empty cells (`(sheet, row, col, value)`).
pub(super) fn rewrite_with(
    src: &Path,
    dst: &Path,
    edit: &dyn Fn(&str, u32, u32, &Data) -> Option<Data>,
    drop_row: Option<(&str, u32)>,
    extra: &[(&str, u32, u16, Data)],
) {
    let bytes = std::fs::read(src).expect("xlsx");
    let mut x: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("workbook");
    let metas: Vec<(String, bool)> = x
        .sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.visible == calamine::SheetVisible::Visible))
        .collect();
    let mut wb = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (name, visible) in metas {
        let range = x.worksheet_range(&name).expect("sheet");
        let ws = wb.add_worksheet();
        ws.set_name(&name).expect("name");
        if !visible {
            ws.set_hidden(true);
        }
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let typed = extra
            .iter()
            .filter(|x| x.0 == name)
            .map(|x| (x.1, u32::from(x.2), x.3.clone()));
        let cells: Vec<(u32, u32, Data)> = range
            .used_cells()
            .map(|(r, c, v)| (r as u32 + r0, c as u32 + c0, v.clone()))
            .chain(typed)
            .collect();
        for (r, c, v) in &cells {
            let (r, c) = (*r, *c);
            let mut row = r;
            if let Some((s, d)) = drop_row {
                if s == name {
                    if r == d {
                        continue;
                    }
                    if r > d {
                        row -= 1;
                    }
                }
            }
            let Some(v) = edit(&name, r, c, v) else {
                continue;
            };
            let c = c as u16;
            match v {
                Data::String(s) => {
                    ws.write_string(row, c, &s).expect("write");
                }
                Data::Float(f) => {
                    ws.write_number(row, c, f).expect("write");
                }
                Data::Int(i) => {
                    ws.write_number(row, c, i as f64).expect("write");
                }
                Data::DateTime(d) => {
                    let dt = ExcelDateTime::from_serial_datetime(d.as_f64()).expect("date");
                    ws.write_datetime_with_format(row, c, &dt, &date)
                        .expect("write");
                }
                Data::Bool(b) => {
                    ws.write_boolean(row, c, b).expect("write");
                }
                _ => {}
            }
        }
    }
    wb.save(dst).expect("save");
}

fn same(_: &str, _: u32, _: u32, v: &Data) -> Option<Data> {
    Some(v.clone())
}

fn claim_q3(dir: &Path) -> std::path::PathBuf {
    claim_q3_in(dir, "en")
}

fn claim_q3_in(dir: &Path, lang: &str) -> std::path::PathBuf {
    let (code, out) = run(
        dir,
        "out",
        &["claim", "--period", "2020-Q3", "--lang", lang, "-q"],
    );
    assert_eq!(code, 0);
    out.join("claim-2020-Q3.xlsx")
}

/// The documents sheet of the mini claim (en): header on row 4, E-4 on row 5, E-5 on row 6;
/// column P (15) eligible.
#[test]
fn an_untouched_claim_has_no_difference_and_exits_0() {
    let dir = mini_copy();
    let claim = claim_q3(dir.path());
    // A copy through a spreadsheet writer (formulas become values) still reads the same.
    let copy = dir.path().join("copy.xlsx");
    rewrite(&claim, &copy, &same, None);
    for c in [&claim, &copy] {
        let (code, out) = run(
            dir.path(),
            "rev",
            &["review", "--claim", &c.display().to_string(), "-q"],
        );
        assert_eq!(code, 0, "{}", c.display());
        let j = json(&out.join("review-2020-Q3.json"));
        assert_eq!(j["differences"].as_array().expect("list").len(), 0);
        assert_eq!(j["hash_mismatches"].as_array().expect("list").len(), 0);
        assert_eq!(j["claim"]["period"], "2020-Q3");
    }
}

#[test]
fn a_hand_edited_claim_is_caught_with_the_cells_named() {
    for (lang, docs) in [("en", "Documents"), ("lv", "Dokumenti")] {
        hand_edited(lang, docs);
    }
}

fn hand_edited(lang: &str, docs: &'static str) {
    let dir = mini_copy();
    let claim = claim_q3_in(dir.path(), lang);
    let edited = dir.path().join("edited.xlsx");
    // E-4's eligible amount raised by 100 (Documents!P5), and E-5's row deleted (row 6).
    rewrite(
        &claim,
        &edited,
        &move |sheet, r, c, v| match (r, c, v) {
            (4, 15, Data::Float(f)) if sheet == docs => Some(Data::Float(f + 100.0)),
            _ => Some(v.clone()),
        },
        Some((docs, 5)),
    );
    let (code, out) = run(
        dir.path(),
        "rev",
        &["review", "--claim", &edited.display().to_string(), "-q"],
    );
    assert_eq!(code, 1, "a difference exits 1");
    let j = json(&out.join("review-2020-Q3.json"));
    let diffs = j["differences"].as_array().expect("list");
    let find = |key: &str, what: &str| {
        diffs
            .iter()
            .find(|d| d["key"] == key && d["what"] == what)
            .unwrap_or_else(|| panic!("no {key} {what} in {diffs:#?}"))
    };
    let changed = find("E-4", "eligible");
    assert_eq!(changed["at"], format!("{docs}!P5"));
    let recomputed: f64 = changed["recomputed"]
        .as_str()
        .expect("s")
        .parse()
        .expect("n");
    let submitted: f64 = changed["submitted"]
        .as_str()
        .expect("s")
        .parse()
        .expect("n");
    assert!((submitted - recomputed - 100.0).abs() < 1e-9);
    let deleted = find("E-5", "deleted");
    assert_eq!(deleted["at"], format!("{docs}!A6 (expected)"));
    assert_eq!(deleted["submitted"], "—");
    // The copy keeps the total row's cached value (no spreadsheet recalculated it), so the
    // total still agrees: exactly the two edits are reported.
    assert_eq!(diffs.len(), 2, "{diffs:#?}");
}

#[test]
fn a_changed_row_amount_is_caught_in_the_expenditure_sheet() {
    let dir = mini_copy();
    let claim = claim_q3(dir.path());
    let edited = dir.path().join("edited.xlsx");
    // Expenditure row 6 (the first line × heading row), column G: this period.
    rewrite(
        &claim,
        &edited,
        &|sheet, r, c, v| match (sheet, r, c, v) {
            ("Expenditure", 5, 6, Data::Float(f)) => Some(Data::Float(f + 1.0)),
            _ => Some(v.clone()),
        },
        None,
    );
    let (code, out) = run(
        dir.path(),
        "rev",
        &["review", "--claim", &edited.display().to_string(), "-q"],
    );
    assert_eq!(code, 1);
    let j = json(&out.join("review-2020-Q3.json"));
    let d = &j["differences"][0];
    assert_eq!(d["area"], "row");
    assert_eq!(d["what"], "this_period");
    assert_eq!(d["at"], "Expenditure!G6");
}

#[test]
fn a_workbook_that_is_not_a_claim_is_refused() {
    let dir = mini_copy();
    let claim = claim_q3(dir.path());
    let no_meta = dir.path().join("no-meta.xlsx");
    rewrite(
        &claim,
        &no_meta,
        &|sheet, _, _, v| (sheet != "_grantbook").then(|| v.clone()),
        None,
    );
    let e = run_err(
        dir.path(),
        "rev",
        &["review", "--claim", &no_meta.display().to_string()],
    );
    assert!(e.contains("not a grantbook claim workbook"), "{e}");
    assert!(
        e.contains("no _grantbook sheet") || e.contains("names no report kind"),
        "{e}"
    );
    // A review workbook is a grantbook workbook, but not a claim.
    let (_, out) = run(
        dir.path(),
        "rev",
        &["review", "--claim", &claim.display().to_string(), "-q"],
    );
    let e = run_err(
        dir.path(),
        "rev2",
        &[
            "review",
            "--claim",
            &out.join("review-2020-Q3.xlsx").display().to_string(),
        ],
    );
    assert!(e.contains("says it is a \"review\" report"), "{e}");
}

#[test]
fn inputs_with_other_hashes_are_reported_and_the_comparison_still_runs() {
    let dir = mini_copy();
    let claim = claim_q3(dir.path());
    // The ledger changes after the claim was built: E-4's amount.
    let p = dir.path().join("expenses.csv");
    let text = std::fs::read_to_string(&p).expect("csv");
    std::fs::write(&p, text.replace("1000000.000,IQD", "1100000.000,IQD")).expect("write");
    let (code, out) = run(
        dir.path(),
        "rev",
        &["review", "--claim", &claim.display().to_string(), "-q"],
    );
    assert_eq!(code, 1);
    let j = json(&out.join("review-2020-Q3.json"));
    let h = &j["hash_mismatches"];
    assert_eq!(h.as_array().expect("list").len(), 1);
    assert_eq!(h[0]["role"], "expenses");
    assert!(j["differences"]
        .as_array()
        .expect("list")
        .iter()
        .any(|d| d["key"] == "E-4" && d["what"] == "amount"));
    assert_eq!(j["claim_checks"][0]["id"], "formal");
    assert_eq!(j["claim_checks"][0]["result"], "finding");
}

#[test]
fn a_filled_checklist_gives_the_projection_and_the_knock_on_effects() {
    let dir = mini_copy();
    let claim = claim_q3(dir.path());
    let c = claim.display().to_string();
    let (code, out) = run(dir.path(), "rev", &["review", "--claim", &c, "-q"]);
    assert_eq!(code, 0);
    let j = json(&out.join("review-2020-Q3.json"));
    // The mini claim has one cost line with eligible > 0 (E-4), so n ≥ items: a census.
    assert_eq!(j["sample"]["all_items"], true);
    assert_eq!(j["checklist"][0]["entry_id"], "E-4");
    let bv: f64 = j["checklist"][0]["book_value"]
        .as_str()
        .expect("s")
        .parse()
        .expect("n");
    // The reviewer finds a wrong amount on E-4 and deducts 10.00 EUR (Checklist row 5,
    // columns M result, N error type, O amount).
    let filled2 = dir.path().join("filled.xlsx");
    rewrite_with(
        &out.join("review-2020-Q3.xlsx"),
        &filled2,
        &same,
        None,
        &[
            ("Checklist", 4, 12, Data::String("error".into())),
            ("Checklist", 4, 13, Data::String("wrong amount".into())),
            ("Checklist", 4, 14, Data::Float(10.0)),
        ],
    );
    let (code, out2) = run(
        dir.path(),
        "rev2",
        &[
            "review",
            "--claim",
            &c,
            "--checklist",
            &filled2.display().to_string(),
            "-q",
        ],
    );
    let j = json(&out2.join("review-2020-Q3.json"));
    let p = &j["projection"];
    // Census: projected = Σ E = 10.00, no sampling precision; 10.00 / BV against 2 %.
    assert_eq!(p["projected"], "10.00");
    assert_eq!(p["basic_precision"], "0.00");
    assert_eq!(p["upper_limit"], "10.00");
    let above = 10.0 > 0.02 * bv;
    assert_eq!(p["projected_above"], above);
    assert_eq!(code, u8::from(above));
    // Knock-on: indirect 7 % × 10.00 = 0.70; total 10.70; AMIF round(75 % × 10.70) = 8.03
    // (8.025 half up), state 2.67.
    let d = &p["deductions"][0];
    assert_eq!(d["entry_id"], "E-4");
    assert_eq!(d["indirect"], "0.70");
    assert_eq!(d["total"], "10.70");
    assert_eq!(d["by_source"][0][1], "8.03");
    assert_eq!(d["by_source"][1][1], "2.67");
    assert_eq!(d["at"], "Checklist!O5");
    assert_eq!(d["error_type"], "wrong_amount");
    assert_eq!(j["checklist"][0]["result"], "error");
    assert!(p["verdict"].is_string(), "every item checked: a verdict");

    // A checklist made with another seed is refused.
    let e = run_err(
        dir.path(),
        "rev3",
        &[
            "review",
            "--claim",
            &c,
            "--seed",
            "1",
            "--checklist",
            &filled2.display().to_string(),
        ],
    );
    assert!(e.contains("made for another sample"), "{e}");
}

#[test]
fn the_previous_claim_diff_finds_a_cumulative_that_does_not_carry_forward() {
    let dir = mini_copy();
    let q3 = claim_q3(dir.path());
    let (code, out) = run(
        dir.path(),
        "out",
        &["claim", "--period", "2020-Q2", "--lang", "en", "-q"],
    );
    assert_eq!(code, 0);
    let q2 = out.join("claim-2020-Q2.xlsx");
    let (code, o) = run(
        dir.path(),
        "rev",
        &[
            "review",
            "--claim",
            &q3.display().to_string(),
            "--previous",
            &q2.display().to_string(),
            "-q",
        ],
    );
    assert_eq!(code, 0);
    let j = json(&o.join("review-2020-Q3.json"));
    assert_eq!(j["previous"]["consecutive"], true);
    assert_eq!(j["previous"]["carry_forward_breaks"], 0);
    // The Q2 copy's first row says 5.00 more cumulative than it claimed.
    let q2e = dir.path().join("q2-edited.xlsx");
    rewrite(
        &q2,
        &q2e,
        &|sheet, r, c, v| match (sheet, r, c, v) {
            ("Expenditure", 5, 7, Data::Float(f)) => Some(Data::Float(f + 5.0)),
            _ => Some(v.clone()),
        },
        None,
    );
    let (_, o) = run(
        dir.path(),
        "rev2",
        &[
            "review",
            "--claim",
            &q3.display().to_string(),
            "--previous",
            &q2e.display().to_string(),
            "-q",
        ],
    );
    let j = json(&o.join("review-2020-Q3.json"));
    let p = &j["previous"];
    assert_eq!(p["carry_forward_breaks"], 1);
    let ch = &p["changes"][0];
    assert_eq!(ch["what"], "carry-forward");
    assert!(ch["at"].as_str().expect("s").starts_with("Expenditure!H"));
    assert!(ch["previous"]
        .as_str()
        .expect("s")
        .contains("Expenditure!H6"));
}

#[test]
fn review_outputs_are_deterministic_in_both_languages() {
    for lang in ["lv", "en"] {
        let dir = mini_copy();
        let claim = claim_q3(dir.path());
        let c = claim.display().to_string();
        let (_, a) = run(
            dir.path(),
            "a",
            &["review", "--claim", &c, "--lang", lang, "-q"],
        );
        let (_, b) = run(
            dir.path(),
            "b",
            &["review", "--claim", &c, "--lang", lang, "-q"],
        );
        for ext in ["json", "html"] {
            let f = format!("review-2020-Q3.{ext}");
            assert_eq!(
                std::fs::read(a.join(&f)).expect("a"),
                std::fs::read(b.join(&f)).expect("b"),
                "{f}"
            );
        }
        let html = std::fs::read_to_string(a.join("review-2020-Q3.html")).expect("html");
        let title = if lang == "lv" {
            "Maksājuma pieprasījuma pārbaude"
        } else {
            "Review of a payment claim"
        };
        assert!(html.contains(title));
        assert!(std::fs::metadata(a.join("review-2020-Q3.xlsx")).is_ok());
    }
}

/// Runs grantbook on the shipped sample project (repository root), writing under `out`.
fn run_sample(out: &Path, args: &[&str]) -> u8 {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut v: Vec<String> = vec![
        "grantbook".into(),
        "--project".into(),
        root.join("budgets/ak-iom-pmif-2018-1.toml")
            .display()
            .to_string(),
        "--out".into(),
        out.display().to_string(),
        "--lang".into(),
        "en".into(),
        "-q".into(),
    ];
    v.extend(args.iter().map(|s| s.to_string()));
    match grantbook::cli::run(v) {
        Ok(c) => c,
        Err(e) => panic!("grantbook failed: {e:#}"),
    }
}

/// The binary itself, for what it prints: (exit status, stdout + stderr).
fn binary(out: &Path, args: &[&str]) -> (i32, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_grantbook"))
        .current_dir(root)
        .args(["--out", &out.display().to_string(), "--lang", "en"])
        .args(args)
        .output()
        .expect("the binary runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    (o.status.code().unwrap_or(-1), text)
}

fn sample_claim_q3(dir: &Path) -> String {
    assert_eq!(run_sample(dir, &["claim", "--period", "2020-Q3"]), 0);
    dir.join("claim-2020-Q3.xlsx").display().to_string()
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/review")
        .join(name)
        .display()
        .to_string()
}

fn money(v: &serde_json::Value) -> f64 {
    v.as_str().expect("money string").parse().expect("a number")
}

#[test]
fn previous_must_be_the_claim_immediately_before() {
    let dir = mini_copy();
    let q3 = claim_q3(dir.path()).display().to_string();
    let (code, out) = run(
        dir.path(),
        "out",
        &["claim", "--period", "2020-Q1", "--lang", "en", "-q"],
    );
    assert_eq!(code, 0);
    let q1 = out.join("claim-2020-Q1.xlsx").display().to_string();
    let args = |prev: &str| -> Vec<String> {
        ["review", "--claim", &q3, "--previous", prev]
            .iter()
            .map(|s| s.to_string())
            .collect()
    };
    let a = args(&q1);
    let e = run_err(
        dir.path(),
        "rev",
        &a.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert!(e.contains("2020-Q1") && e.contains("2020-Q3"), "{e}");
    assert!(e.contains("immediately before"), "{e}");
    // The claim as its own previous: refused too, not "101 changes".
    let a = args(&q3);
    let e = run_err(
        dir.path(),
        "rev",
        &a.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert!(e.contains("the previous claim is 2020-Q3"), "{e}");
    assert!(!dir.path().join("rev").exists(), "nothing written");
}

#[test]
fn a_half_filled_checklist_is_provisional_and_exits_1() {
    let dir = tempfile::tempdir().expect("tmp");
    let claim = sample_claim_q3(dir.path());
    let out = dir.path().join("rev");
    let code = run_sample(
        &out,
        &[
            "review",
            "--claim",
            &claim,
            "--confidence",
            "0.6",
            "--seed",
            "7",
        ],
    );
    assert_eq!(code, 0);
    let j = json(&out.join("review-2020-Q3.json"));
    let m = j["checklist"].as_array().expect("rows").len();
    assert!(m > 30, "{m} rows");
    // One row of M filled: OK.
    let filled = dir.path().join("half.xlsx");
    rewrite_with(
        &out.join("review-2020-Q3.xlsx"),
        &filled,
        &same,
        None,
        &[("Checklist", 4, 12, Data::String("OK".into()))],
    );
    let f = filled.display().to_string();
    let args = [
        "review",
        "--claim",
        &claim,
        "--confidence",
        "0.6",
        "--seed",
        "7",
        "--checklist",
        &f,
    ];
    let out2 = dir.path().join("rev2");
    assert_eq!(run_sample(&out2, &args), 1, "incomplete: exit 1");
    let j = json(&out2.join("review-2020-Q3.json"));
    let want = format!("{} of {m} sampled items not yet checked", m - 1);
    let text = j["conclusion"]["text"].as_str().expect("text");
    assert!(text.contains(&want), "{text}");
    assert!(j["conclusion"]["verdict"].is_null(), "no verdict");
    assert_eq!(j["projection"]["complete"], false);
    assert!(!text.contains("within"), "{text}");
    let (code, printed) = binary(&dir.path().join("rev3"), &args);
    assert_eq!(code, 1);
    assert!(printed.contains(&want), "{printed}");
}

#[test]
fn the_walk_through_review_evaluates_two_errors_and_a_parked_item() {
    // tests/fixtures/review/review-2020-Q3-filled.xlsx: the stratified review of the sample's
    // 2020-Q3 claim (confidence 60 %, seed 2020) filled by scripts/fill_review_checklist.py
    // (openpyxl): every row OK but E-00582 (staff, above the cut-off: 130.51 ineligible),
    // E-00591 (ticket stratum: 37.76 of 537.76 wrong) and E-00612 (cash stratum: the 100.00
    // allowance's receipt missing, deferred to the next claim).
    let dir = tempfile::tempdir().expect("tmp");
    let claim = sample_claim_q3(dir.path());
    let f = fixture("review-2020-Q3-filled.xlsx");
    let out = dir.path().join("rev");
    let args = [
        "review",
        "--claim",
        &claim,
        "--method",
        "stratified",
        "--confidence",
        "0.6",
        "--seed",
        "2020",
        "--checklist",
        &f,
    ];
    assert_eq!(
        run_sample(&out, &args),
        1,
        "projected error above materiality"
    );
    let j = json(&out.join("review-2020-Q3.json"));
    let p = &j["projection"];
    assert_eq!(p["complete"], true);
    assert_eq!(p["items_with_error"], 3);
    // By hand: projected = 130.51 (in full) + 3 984.44 ÷ 7 × (37.76 ÷ 537.76) (tickets: 7
    // items drawn) + 1 600.00 ÷ 3 × (100 ÷ 100) (cash: 3 drawn) = 130.51 + 39.97 + 533.33 =
    // 703.81; deducted now 130.51 + 37.76 = 168.27 (the deferred 100.00 waits); residual
    // (703.81 − 168.27) ÷ (28 078.06 − 168.27) = 1.92 %.
    assert_eq!(p["high_value_errors"], "130.51");
    assert_eq!(p["projected"], "703.81");
    assert_eq!(p["corrections"], "168.27");
    assert_eq!(p["residual_error_rate"], "1.92");
    assert_eq!(p["verdict"], "above");
    let groups = p["groups"].as_array().expect("groups");
    let sum: f64 = groups.iter().map(|g| money(&g["projected"])).sum();
    assert!((money(&p["high_value_errors"]) + sum - money(&p["projected"])).abs() < 0.005);
    assert!(
        (money(&p["projected"]) + money(&p["precision"]) - money(&p["upper_limit"])).abs() < 0.005
    );
    let d: Vec<&str> = p["deductions"]
        .as_array()
        .expect("deductions")
        .iter()
        .map(|d| d["entry_id"].as_str().expect("id"))
        .collect();
    assert_eq!(d, ["E-00582", "E-00591"]);
    let parked = &j["parked"][0];
    assert_eq!(parked["entry_id"], "E-00612");
    assert_eq!(parked["parking"], "deferred");
    assert_eq!(parked["cleared"], false);
    let html = std::fs::read_to_string(out.join("review-2020-Q3.html")).expect("html");
    assert!(html.contains("Results of the verification of payment claim no. 7"));
    assert!(html.contains("the allowance receipt signed by the returnee is not in the file yet"));
}

#[test]
fn parked_items_are_listed_by_the_next_review_until_cleared() {
    let dir = tempfile::tempdir().expect("tmp");
    assert_eq!(run_sample(dir.path(), &["claim", "--period", "2020-Q4"]), 0);
    let q4 = dir.path().join("claim-2020-Q4.xlsx").display().to_string();
    let f = fixture("review-2020-Q3-filled.xlsx");
    let out = dir.path().join("rev");
    assert_eq!(
        run_sample(
            &out,
            &[
                "review",
                "--claim",
                &q4,
                "--previous-review",
                &f,
                "--seed",
                "1"
            ]
        ),
        0
    );
    let j = json(&out.join("review-2020-Q4.json"));
    assert_eq!(j["parked"][0]["period"], "2020-Q3");
    assert_eq!(j["parked"][0]["entry_id"], "E-00612");
    assert_eq!(j["parked"][0]["cleared"], false);
    // The reviewer of 2020-Q4 marks it cleared (Parked items!H5) and checks nothing else yet.
    let filled = dir.path().join("q4.xlsx");
    rewrite_with(
        &out.join("review-2020-Q4.xlsx"),
        &filled,
        &|sheet, r, c, v| match (sheet, r, c) {
            ("Parked items", 4, 7) => Some(Data::String("cleared".into())),
            _ => Some(v.clone()),
        },
        None,
        &[],
    );
    let fq = filled.display().to_string();
    let out2 = dir.path().join("rev2");
    let args = [
        "review",
        "--claim",
        &q4,
        "--previous-review",
        &f,
        "--seed",
        "1",
        "--checklist",
        &fq,
    ];
    assert_eq!(run_sample(&out2, &args), 1, "nothing checked yet");
    let j = json(&out2.join("review-2020-Q4.json"));
    assert_eq!(j["parked"][0]["cleared"], true);
}

#[test]
fn every_method_replays_item_for_item_and_a_changed_sample_is_named() {
    let dir = tempfile::tempdir().expect("tmp");
    let claim = sample_claim_q3(dir.path());
    let pilot = fixture("review-2020-Q3-filled.xlsx");
    for (i, method) in ["conservative", "standard", "stratified", "nonstatistical"]
        .iter()
        .enumerate()
    {
        let out = dir.path().join(format!("m{i}"));
        let mut args = vec![
            "review",
            "--claim",
            &claim,
            "--method",
            method,
            "--confidence",
            "0.6",
        ];
        if *method == "standard" {
            args.extend(["--previous-review", pilot.as_str()]);
        }
        assert_eq!(run_sample(&out, &args), 0, "{method}");
        let wb = out.join("review-2020-Q3.xlsx").display().to_string();
        // The replay takes method, seed, confidence, expected error and σr from the workbook.
        let code = run_sample(
            &dir.path().join(format!("r{i}")),
            &["review", "--claim", &claim, "--replay", &wb],
        );
        assert_eq!(code, 0, "{method} replays");
        assert!(
            !dir.path().join(format!("r{i}")).exists(),
            "--replay writes nothing"
        );
    }
    // Without --claim the replay takes the claim the workbook names, beside it.
    std::fs::copy(&claim, dir.path().join("m0/claim-2020-Q3.xlsx")).expect("copy");
    let wb0 = dir
        .path()
        .join("m0/review-2020-Q3.xlsx")
        .display()
        .to_string();
    assert_eq!(
        run_sample(&dir.path().join("r8"), &["review", "--replay", &wb0]),
        0
    );
    // A checklist whose third row names another cost: the replay names the difference.
    let wb = dir.path().join("m0/review-2020-Q3.xlsx");
    let j = json(&dir.path().join("m0/review-2020-Q3.json"));
    let third = j["checklist"][2]["entry_id"]
        .as_str()
        .expect("id")
        .to_string();
    let changed = dir.path().join("changed.xlsx");
    rewrite(
        &wb,
        &changed,
        &|sheet, r, c, v| match (sheet, r, c) {
            ("Checklist", 6, 1) => Some(Data::String("E-99999".into())),
            _ => Some(v.clone()),
        },
        None,
    );
    let (code, printed) = binary(
        &dir.path().join("r9"),
        &[
            "--project",
            "budgets/ak-iom-pmif-2018-1.toml",
            "review",
            "--claim",
            &claim,
            "--replay",
            &changed.display().to_string(),
        ],
    );
    assert_eq!(code, 1, "{printed}");
    let want = format!("first difference at item 3: recorded E-99999, drawn {third}");
    assert!(printed.contains(&want), "{printed}");
}

#[test]
fn the_standard_method_needs_sigma_and_expected_error_needs_room() {
    let dir = tempfile::tempdir().expect("tmp");
    let claim = sample_claim_q3(dir.path());
    let (code, printed) = binary(
        &dir.path().join("x"),
        &["review", "--claim", &claim, "--method", "standard"],
    );
    assert_eq!(code, 2);
    assert!(printed.contains("--previous-review"), "{printed}");
    // 95 %, EF 1.6: AE 1.25 % × 1.6 = 2 % leaves nothing under TE 2 %.
    let (code, printed) = binary(
        &dir.path().join("x"),
        &[
            "review",
            "--claim",
            &claim,
            "--confidence",
            "0.95",
            "--expected-error",
            "1.25",
        ],
    );
    assert_eq!(code, 2);
    assert!(printed.contains("leaves no room"), "{printed}");
    assert!(!dir.path().join("x").exists());
}

#[test]
fn checklist_values_are_read_in_the_sheets_language_only() {
    let dir = mini_copy();
    let claim = claim_q3_in(dir.path(), "lv").display().to_string();
    let (code, out) = run(
        dir.path(),
        "rev",
        &["review", "--claim", &claim, "--lang", "lv", "-q"],
    );
    assert_eq!(code, 0);
    // The drop-downs hold the Latvian words (Pārbaudes lapa is the fourth sheet).
    let bytes = std::fs::read(out.join("review-2020-Q3.xlsx")).expect("xlsx");
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet4.xml").expect("sheet4"),
        &mut xml,
    )
    .expect("xml");
    assert!(
        xml.contains(r#"<formula1>"OK,kļūda"</formula1>"#),
        "result list"
    );
    assert!(xml.contains("nepareiza summa"), "error types");
    assert!(xml.contains("atlikts uz nākamo pieprasījumu"), "parking");
    let mut styles = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/styles.xml").expect("styles"),
        &mut styles,
    )
    .expect("xml");
    assert!(styles.contains("FFF2CC"), "the input cells' yellow fill");
    // An English word in the Latvian checklist's result column (M5).
    let filled = dir.path().join("filled.xlsx");
    rewrite_with(
        &out.join("review-2020-Q3.xlsx"),
        &filled,
        &same,
        None,
        &[
            ("Pārbaudes lapa", 4, 12, Data::String("error".into())),
            (
                "Pārbaudes lapa",
                4,
                13,
                Data::String("nepareiza summa".into()),
            ),
            ("Pārbaudes lapa", 4, 14, Data::Float(1.0)),
        ],
    );
    let e = run_err(
        dir.path(),
        "rev2",
        &[
            "review",
            "--claim",
            &claim,
            "--lang",
            "lv",
            "--checklist",
            &filled.display().to_string(),
        ],
    );
    assert!(e.contains("'Pārbaudes lapa'!M5"), "{e}");
    assert!(e.contains("\"error\""), "{e}");
    assert!(e.contains("OK | kļūda"), "{e}");
    // The same row in Latvian reads.
    rewrite_with(
        &out.join("review-2020-Q3.xlsx"),
        &filled,
        &same,
        None,
        &[
            ("Pārbaudes lapa", 4, 12, Data::String("kļūda".into())),
            (
                "Pārbaudes lapa",
                4,
                13,
                Data::String("nepareiza summa".into()),
            ),
            ("Pārbaudes lapa", 4, 14, Data::Float(1.0)),
        ],
    );
    let (_, out3) = run(
        dir.path(),
        "rev3",
        &[
            "review",
            "--claim",
            &claim,
            "--lang",
            "lv",
            "--checklist",
            &filled.display().to_string(),
            "-q",
        ],
    );
    let j = json(&out3.join("review-2020-Q3.json"));
    assert_eq!(j["checklist"][0]["error_type"], "wrong_amount");
    let html = std::fs::read_to_string(out3.join("review-2020-Q3.html")).expect("html");
    for banned in ["ChaCha8Rng", "seed_from_u64", "Izejas kods", "[review-"] {
        assert!(!html.contains(banned), "{banned} in the Latvian report");
    }
    assert!(html.contains("PMIF"), "the fund's Latvian name");
}

#[test]
fn a_conservative_review_with_two_errors_gives_the_stringer_bound() {
    use grantbook::report::review::factors::poisson_rf;
    use rust_decimal::Decimal;
    let dir = tempfile::tempdir().expect("tmp");
    let claim = sample_claim_q3(dir.path());
    let out = dir.path().join("rev");
    let plan = ["--confidence", "0.6", "--seed", "7"];
    let mut args = vec!["review", "--claim", &claim];
    args.extend(plan);
    assert_eq!(run_sample(&out, &args), 0);
    let j = json(&out.join("review-2020-Q3.json"));
    let rows = j["checklist"].as_array().expect("rows");
    let sys: Vec<usize> = (0..rows.len())
        .filter(|i| rows[*i]["stratum"] == "systematic")
        .take(2)
        .collect();
    // Two errors in the systematic part: half of the first cost, a fifth of the second.
    let d = |s: &str| s.parse::<Decimal>().expect("decimal");
    let bv: Vec<Decimal> = sys
        .iter()
        .map(|i| d(rows[*i]["book_value"].as_str().expect("bv")))
        .collect();
    let e = [
        (bv[0] / Decimal::TWO).round_dp(2),
        (bv[1] / Decimal::from(5)).round_dp(2),
    ];
    let mut cells: Vec<(&str, u32, u16, Data)> = Vec::new();
    for i in 0..rows.len() {
        let r = 4 + i as u32;
        match sys.iter().position(|x| *x == i) {
            Some(k) => {
                cells.push(("Checklist", r, 12, Data::String("error".into())));
                cells.push(("Checklist", r, 13, Data::String("wrong amount".into())));
                let f: f64 = e[k].to_string().parse().expect("f64");
                cells.push(("Checklist", r, 14, Data::Float(f)));
            }
            None => cells.push(("Checklist", r, 12, Data::String("OK".into()))),
        }
    }
    let filled = dir.path().join("filled.xlsx");
    rewrite_with(
        &out.join("review-2020-Q3.xlsx"),
        &filled,
        &same,
        None,
        &cells,
    );
    let f = filled.display().to_string();
    args.extend(["--checklist", f.as_str()]);
    let out2 = dir.path().join("rev2");
    run_sample(&out2, &args);
    let j = json(&out2.join("review-2020-Q3.json"));
    let p = &j["projection"];
    assert_eq!(p["items_with_error"], 2);
    // Stringer: SI = the interval; taintings ranked 0.5 then 0.2;
    // basic = RF(0)·SI, allowance = (RF(1) − RF(0) − 1)·SI·0.5 + (RF(2) − RF(1) − 1)·SI·0.2
    // (at 60 %: RF 0.9163, 2.0223, 3.1054: factors 0.106 and 0.083 on SI × t).
    let c = d("0.6");
    let si = d(j["sample"]["interval"].as_str().expect("interval"));
    let t = [e[0] / bv[0], e[1] / bv[1]];
    let (rf0, rf1, rf2) = (poisson_rf(0, c), poisson_rf(1, c), poisson_rf(2, c));
    let half_up = |x: Decimal| {
        x.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    };
    let basic = half_up(rf0 * si);
    let inc =
        half_up((rf1 - rf0 - Decimal::ONE) * si * t[0] + (rf2 - rf1 - Decimal::ONE) * si * t[1]);
    assert_eq!(d(p["basic_precision"].as_str().expect("s")), basic);
    assert_eq!(d(p["incremental_allowance"].as_str().expect("s")), inc);
    let projected = d(p["projected"].as_str().expect("s"));
    assert_eq!(
        d(p["upper_limit"].as_str().expect("s")),
        projected + basic + inc,
        "upper error limit = projected + basic precision + incremental allowance"
    );
    assert!(p["verdict"].is_string());
}
