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
fn rewrite(
    src: &Path,
    dst: &Path,
    edit: &dyn Fn(&str, u32, u32, &Data) -> Option<Data>,
    drop_row: Option<(&str, u32)>,
) {
    rewrite_with(src, dst, edit, drop_row, &[]);
}

/// `rewrite`, then `extra` cells typed into empty cells (`(sheet, row, col, value)`).
fn rewrite_with(
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
