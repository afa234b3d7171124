//! The claim workbook read back with calamine: totals are live formulas whose cached results
//! equal the json figures, in both languages; the hidden `_grantbook` sheet identifies it;
//! text that looks like a formula stays text; golden text grids of every sheet.

use super::claim_support::*;
use calamine::Data;

fn num(v: &Data) -> String {
    match v {
        Data::Float(f) => format!("{f:.2}"),
        other => panic!("expected a number, found {other:?}"),
    }
}

fn money(j: &serde_json::Value) -> String {
    // json money is a two-decimal string; compare as numbers printed with two decimals.
    let s = j
        .as_str()
        .unwrap_or_else(|| panic!("money string, found {j}"));
    format!("{:.2}", s.parse::<f64>().expect("number"))
}

fn check_language(lang: &str, sheets: &[&str; 4]) {
    let dir = mini_copy();
    let (code, out) = run(
        dir.path(),
        "out",
        &["claim", "--period", "2020-Q3", "--lang", lang],
    );
    assert_eq!(code, 0);
    let j = json(&out.join("claim-2020-Q3.json"));
    let mut b = Book::open(&out.join("claim-2020-Q3.xlsx"));
    let [cover, exp, fin, ind] = *sheets;
    let names = b.names();
    for s in sheets {
        assert!(names.iter().any(|n| n == s), "{s} not in {names:?}");
    }
    assert_eq!(names.last().map(String::as_str), Some("_grantbook"));

    // Expenditure: detail rows start at row 6 (index 5); the total row follows them.
    let n = j["rows"].as_array().expect("rows").len() as u32;
    let total = 5 + n;
    assert_eq!(b.formula(exp, total, 4), format!("SUM(E6:E{})", 5 + n));
    for (c, key) in [
        (4, &j["total"]["budget"]),
        (5, &j["total"]["earlier"]["eligible"]),
        (6, &j["total"]["period"]["eligible"]),
        (7, &j["total"]["cumulative"]["eligible"]),
        (8, &j["total"]["remaining"]),
    ] {
        assert!(
            !b.formula(exp, total, c).is_empty(),
            "{exp} total col {c} is a formula"
        );
        assert_eq!(
            num(&b.value(exp, total, c)),
            money(key),
            "{exp} total col {c}"
        );
    }
    // Each detail row: cumulative = earlier + this period, live.
    for i in 0..n {
        let r = 5 + i;
        assert_eq!(b.formula(exp, r, 7), format!("F{}+G{}", r + 1, r + 1));
        assert_eq!(
            num(&b.value(exp, r, 7)),
            money(&j["rows"][i as usize]["cumulative"]["eligible"])
        );
    }
    // By line: SUMIFS rows equal the json lines.
    for (i, line) in j["lines"].as_array().expect("lines").iter().enumerate() {
        let r = total + 4 + i as u32;
        assert!(
            b.formula(exp, r, 6).starts_with("SUMIFS("),
            "{}",
            b.formula(exp, r, 6)
        );
        assert_eq!(num(&b.value(exp, r, 6)), money(&line["period"]["eligible"]));
        assert_eq!(
            num(&b.value(exp, r, 7)),
            money(&line["cumulative"]["eligible"])
        );
    }

    // Financing: the total row, eligible and each source, and the live check column = 0.
    let sources: Vec<String> = j["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| s["code"].as_str().expect("code").to_string())
        .collect();
    let ns = sources.len() as u32;
    assert_eq!(
        num(&b.value(fin, total, 2)),
        money(&j["total"]["period"]["eligible"])
    );
    for (i, s) in sources.iter().enumerate() {
        assert!(b.formula(fin, total, 3 + i as u32).starts_with("SUM("));
        assert_eq!(
            num(&b.value(fin, total, 3 + i as u32)),
            money(&j["total"]["period"][s])
        );
        assert_eq!(
            num(&b.value(fin, total, 3 + ns + 2 + i as u32)),
            money(&j["total"]["cumulative"][s])
        );
    }
    for r in 5..=total {
        assert!(
            b.formula(fin, r, 3 + ns).starts_with("SUM("),
            "check column row {r}"
        );
        assert_eq!(num(&b.value(fin, r, 3 + ns)), "0.00");
    }

    // Cover: the requested amounts reference the financing total, with the same values.
    let mut found = false;
    for r in 0..40 {
        let f = b.formula(cover, r, 2);
        if f.contains(fin) {
            assert_eq!(
                num(&b.value(cover, r, 2)),
                money(&j["total"]["period"][&sources[0]])
            );
            found = true;
            break;
        }
    }
    assert!(found, "the cover refers to the financing sheet");

    // Indirect costs: allowed = ROUND(base × rate / 100, 2), live.
    assert_eq!(b.formula(ind, 5, 3), "ROUND(B6*C6/100,2)");
    assert_eq!(
        num(&b.value(ind, 5, 3)),
        money(&j["indirect"][0]["allowed"])
    );
    let nl = j["indirect"].as_array().expect("indirect").len() as u32;
    assert_eq!(
        num(&b.value(ind, 5 + nl, 4)),
        money(&j["indirect_total"]["claimed"])
    );

    // The hidden sheet: report kind, period, lang and the inputs' hashes.
    let meta = b.grid("_grantbook");
    assert!(
        meta.contains("A1 = \"report\"") && meta.contains("B1 = \"claim\""),
        "{meta}"
    );
    assert!(meta.contains("\"2020-Q3\""));
    assert!(meta.contains(&format!("{lang:?}")));
    for input in j["inputs"].as_array().expect("inputs") {
        assert!(meta.contains(input["sha256"].as_str().expect("hash")));
    }

    // Every formula cell anywhere has a cached result (LibreOffice would otherwise show 0).
    for s in b.names() {
        let g = b.grid(&s);
        assert!(
            !g.contains("∅  ⟵"),
            "{s}: a formula without a stored result\n{g}"
        );
    }
}

#[test]
fn claim_workbook_totals_are_live_formulas_equal_to_the_json_en() {
    check_language(
        "en",
        &["Cover", "Expenditure", "Financing", "Indirect costs"],
    );
}

#[test]
fn claim_workbook_totals_are_live_formulas_equal_to_the_json_lv() {
    check_language(
        "lv",
        &["Titullapa", "Izdevumi", "Finansējums", "Netiešās izmaksas"],
    );
}

#[test]
fn claim_workbook_golden_grids() {
    for lang in ["en", "lv"] {
        let dir = mini_copy();
        let (code, out) = run(
            dir.path(),
            "out",
            &[
                "claim", "--period", "2020-Q3", "--lang", lang, "--format", "xlsx",
            ],
        );
        assert_eq!(code, 0);
        let mut b = Book::open(&out.join("claim-2020-Q3.xlsx"));
        golden(
            &format!("claim-mini-2020-Q3.{lang}.xlsx.txt"),
            &b.all_grids(),
        );
    }
}

#[test]
fn text_that_looks_like_a_formula_stays_text_and_html_escapes() {
    let dir = mini_copy();
    let p = dir.path().join("expenses.csv");
    let s = std::fs::read_to_string(&p).expect("csv");
    let s = s
        .replace(
            "Ticket,A1,4.2,C-001",
            "=HYPERLINK(\"http://x\"),A1,4.2,C-001",
        )
        .replace("Salary January", "<script>alert(1)</script>");
    std::fs::write(&p, s).expect("write");
    let (code, out) = run(dir.path(), "out", &["claim", "--period", "2020-Q1"]);
    assert_eq!(code, 0);
    let mut b = Book::open(&out.join("claim-2020-Q1.xlsx"));
    let g = b.grid("Documents");
    assert!(g.contains("= \"=HYPERLINK(\\\"http://x\\\")\"\n"), "{g}");
    assert!(!g.contains("⟵ =HYPERLINK"));
    let html = std::fs::read_to_string(out.join("claim-2020-Q1.html")).expect("html");
    assert!(!html.contains("<script>"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
            || html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "escaped"
    );
}

#[test]
fn same_inputs_give_identical_outputs() {
    let dir = mini_copy();
    let (_, a) = run(
        dir.path(),
        "a",
        &["claim", "--period", "2020-Q3", "--lang", "lv"],
    );
    let (_, b) = run(
        dir.path(),
        "b",
        &["claim", "--period", "2020-Q3", "--lang", "lv"],
    );
    for ext in ["json", "html"] {
        let f = format!("claim-2020-Q3.{ext}");
        assert_eq!(
            std::fs::read(a.join(&f)).expect("a"),
            std::fs::read(b.join(&f)).expect("b"),
            "{f}"
        );
    }
    let ga = Book::open(&a.join("claim-2020-Q3.xlsx")).all_grids();
    let gb = Book::open(&b.join("claim-2020-Q3.xlsx")).all_grids();
    assert_eq!(ga, gb);
}

#[test]
fn year_and_final_reports_are_sums_of_quarters() {
    let dir = mini_copy();
    let (code, out) = run(
        dir.path(),
        "out",
        &["claim", "--final", "--format", "json,xlsx"],
    );
    assert_eq!(code, 0);
    let f = json(&out.join("claim-final.json"));
    assert_eq!(f["claim_type"], "final");
    let (code, out) = run(
        dir.path(),
        "out",
        &["claim", "--period", "2020", "--format", "json"],
    );
    assert_eq!(code, 0);
    let y = json(&out.join("claim-2020.json"));
    // The mini project spans 2020 only, so the year and the final report agree.
    assert_eq!(f["total"]["period"], y["total"]["period"]);
    let mut sum = 0.0;
    for q in ["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4"] {
        let (_, o) = run(
            dir.path(),
            "q",
            &["claim", "--period", q, "--format", "json"],
        );
        let j = json(&o.join(format!("claim-{q}.json")));
        sum += money(&j["total"]["period"]["eligible"])
            .parse::<f64>()
            .expect("n");
    }
    assert_eq!(
        format!("{sum:.2}"),
        money(&y["total"]["period"]["eligible"])
    );
}
