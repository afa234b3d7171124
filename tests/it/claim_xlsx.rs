//! The claim workbook read back with calamine: totals are live formulas whose cached results
//! equal the json figures, in both languages; the hidden `_grantbook` sheet identifies it;
//! text that looks like a formula stays text; golden text grids of every sheet.

use super::claim_support::*;
use calamine::{Data, Reader};
use std::path::Path;

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

/// A part of an xlsx package as text.
pub(crate) fn part(xlsx: &std::path::Path, name: &str) -> String {
    use std::io::Read;
    let bytes = std::fs::read(xlsx).expect("xlsx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut s = String::new();
    zip.by_name(name)
        .unwrap_or_else(|_| panic!("{name} in {}", xlsx.display()))
        .read_to_string(&mut s)
        .expect("utf-8");
    s
}

/// Runs the binary's command line on the shipped sample, writing into a temporary folder.
pub(crate) fn sample(args: &[&str]) -> (tempfile::TempDir, std::path::PathBuf) {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("tempdir");
    let mut v: Vec<String> = vec![
        "grantbook".into(),
        "--project".into(),
        root.join("budgets/ak-iom-pmif-2018-1.toml")
            .display()
            .to_string(),
        "--out".into(),
        dir.path().display().to_string(),
    ];
    v.extend(args.iter().map(|s| s.to_string()));
    let code = grantbook::cli::run(v).expect("runs");
    assert!(code <= 1, "{args:?}: exit {code}");
    let out = dir.path().to_path_buf();
    (dir, out)
}

/// The expenditure sheet's "this period" figure of every row is a formula over the document
/// list — SUMIFS of the eligible column by line and heading, plus the line's part of the shared
/// costs — or, for the flat-rate indirect costs, a link to the indirect-cost sheet; its stored
/// result is the json's figure, and evaluating the formula on the document list read back gives
/// the same figure.
fn check_period_formulas(out: &std::path::Path, stem: &str, lang: &str) {
    let j = json(&out.join(format!("{stem}.json")));
    let mut b = Book::open(&out.join(format!("{stem}.xlsx")));
    let (exp, docs, ind) = match lang {
        "lv" => ("Izdevumi", "Dokumenti", "Netiešās izmaksas"),
        _ => ("Expenditure", "Documents", "Indirect costs"),
    };
    // The document list read back: (line, heading) → Σ eligible, in cents.
    let n_docs = j["documents"].as_array().expect("documents").len() as u32;
    let mut by_cell = std::collections::HashMap::<(String, String), i64>::new();
    for r in 4..4 + n_docs {
        let key = (
            b.value(docs, r, 6).to_string(),
            b.value(docs, r, 7).to_string(),
        );
        let cents = match b.value(docs, r, 15) {
            Data::Float(f) => (f * 100.0).round() as i64,
            other => panic!("{docs} row {}: eligible {other:?}", r + 1),
        };
        *by_cell.entry(key).or_default() += cents;
    }
    let mut sumifs = 0;
    for (i, row) in j["rows"].as_array().expect("rows").iter().enumerate() {
        let r = 5 + i as u32;
        let f = b.formula(exp, r, 6);
        let want = money(&row["period"]["eligible"]);
        assert_eq!(num(&b.value(exp, r, 6)), want, "{exp}!G{} stored", r + 1);
        let cents = if f.starts_with("SUMIFS(") {
            sumifs += 1;
            assert!(f.contains(&format!("{docs}!$P$5:$P$")), "{f}");
            let key = (
                row["line"].as_str().unwrap().to_string(),
                row["heading"].as_str().unwrap().to_string(),
            );
            let constant = match f.split_once(")+").or_else(|| f.split_once(")-")) {
                Some((_, c)) => {
                    let c: f64 = c.parse().expect("the shared part");
                    let c = (c * 100.0).round() as i64;
                    if f.contains(")-") {
                        -c
                    } else {
                        c
                    }
                }
                None => 0,
            };
            by_cell.get(&key).copied().unwrap_or(0) + constant
        } else {
            // The indirect costs: the indirect sheet's claimed amount of the line.
            assert!(f.contains(ind), "{exp}!G{}: {f}", r + 1);
            let (_, cell) = f.rsplit_once('!').expect("a link");
            let ind_row: u32 = cell[1..].parse().expect("row");
            assert_eq!(&cell[..1], "E", "{f}");
            match b.value(ind, ind_row - 1, 4) {
                Data::Float(x) => (x * 100.0).round() as i64,
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(
            format!("{:.2}", cents as f64 / 100.0),
            want,
            "{exp}!G{}: {f} evaluated on the document list",
            r + 1
        );
    }
    assert!(sumifs > 0, "some rows are SUMIFS over the document list");
}

#[test]
fn period_figures_are_formulas_over_the_document_list() {
    for lang in ["en", "lv"] {
        let dir = mini_copy();
        let (code, out) = run(
            dir.path(),
            "out",
            &["claim", "--period", "2020-Q3", "--lang", lang],
        );
        assert_eq!(code, 0);
        check_period_formulas(&out, "claim-2020-Q3", lang);
    }
    // The sample books shared costs: their apportioned part is added to the line's SUMIFS.
    let (_dir, out) = sample(&["claim", "--period", "2020-Q3", "--format", "xlsx,json"]);
    check_period_formulas(&out, "claim-2020-Q3", "lv");
    let f = Book::open(&out.join("claim-2020-Q3.xlsx")).formula("Izdevumi", 5, 6);
    assert!(f.starts_with("SUMIFS("), "{f}");
    let x = part(&out.join("claim-2020-Q3.xlsx"), "xl/worksheets/sheet2.xml");
    assert!(x.contains(")+"), "a shared part added to some row's SUMIFS");
}

/// Every visible sheet prints on A4 landscape, one page wide, with the agreement and "page n of
/// m" in the footer; the long lists repeat their header row on every page; the notes under
/// the financing table are merged cells inside a print area, so they do not widen the page.
#[test]
fn claim_workbook_print_setup() {
    let dir = mini_copy();
    let (code, out) = run(
        dir.path(),
        "out",
        &[
            "claim", "--period", "2020-Q3", "--lang", "lv", "--format", "xlsx",
        ],
    );
    assert_eq!(code, 0);
    let xlsx = out.join("claim-2020-Q3.xlsx");
    let book = Book::open(&xlsx).names();
    let wb = part(&xlsx, "xl/workbook.xml");
    for (i, name) in book.iter().enumerate().filter(|(_, n)| *n != "_grantbook") {
        let x = part(&xlsx, &format!("xl/worksheets/sheet{}.xml", i + 1));
        assert!(
            x.contains("<pageSetUpPr fitToPage=\"1\"/>"),
            "{name}: fit to page"
        );
        assert!(
            x.contains("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\""),
            "{name}: A4 landscape, one page wide, as many long as needed"
        );
        assert!(
            x.contains("TEST/2020/1") && x.contains("Lapa &amp;P no &amp;N"),
            "{name}: footer"
        );
    }
    for (sheet, row) in [
        ("Dokumenti", 4),
        ("Neapmaksātie", 4),
        ("Konstatējumi", 4),
        ("'Valūtas kursi'", 4),
        ("Izdevumi", 5),
    ] {
        let title = format!(">{sheet}!${row}:${row}</definedName>");
        assert!(wb.contains(&title), "{sheet}: print titles row {row}");
    }
    // Financing: the rounding note is a merged cell over the table's columns A:J, and the
    // print area ends at column J.
    let fin = part(&xlsx, "xl/worksheets/sheet3.xml");
    assert!(
        fin.matches("<mergeCell ref=\"A").count() >= 3,
        "subtitle, check and rounding notes merged"
    );
    assert!(wb.contains(">Finansējums!$A$1:$J$"), "print area A:J");
    // A wrapped header row is as high as its longest label.
    assert!(
        fin.contains("<row r=\"5\" spans=\"1:10\" ht=\""),
        "header row height"
    );
}

/// `check --format xlsx,html` writes the findings workbook and page: one row per finding with
/// the rule, severity, requirement, cell, entry fields, amount removed and hint; a filter, a
/// frozen header, a total equal to the check report's; A4 landscape print.
#[test]
fn findings_workbook_and_page() {
    let (_dir, out) = sample(&["--lang", "lv", "check", "--format", "xlsx,html,json"]);
    let xlsx = out.join("findings.xlsx");
    let mut b = Book::open(&xlsx);
    assert_eq!(b.names(), vec!["Konstatējumi".to_string()]);
    let heads: Vec<String> = (0..14)
        .map(|c| b.value("Konstatējumi", 3, c).to_string())
        .collect();
    assert_eq!(heads[0], "Noteikums");
    assert_eq!(heads[2], "Prasība");
    assert_eq!(heads[11], "Izslēgtā summa");
    assert_eq!(heads[13], "Ieteikums");
    // The findings as the json of the same run has them (check prints json to stdout, so
    // build the report through the library to compare).
    let run = grantbook::cli::load(&super::sample::sample_global()).expect("sample");
    let report = grantbook::report::check::build(
        &run.project,
        &run.ledger,
        &run.findings,
        &run.ineligible,
        &run.alloc.eligible,
        run.lang,
    );
    let n = report.findings.len() as u32;
    assert!(n > 0);
    let mut cents = 0i64;
    for (i, c) in report.findings.iter().enumerate() {
        let f = &c.finding;
        let r = 4 + i as u32;
        assert_eq!(b.value("Konstatējumi", r, 0).to_string(), f.rule);
        if let Some(at) = &f.at {
            assert_eq!(b.value("Konstatējumi", r, 3).to_string(), at.to_string());
        }
        if let Some(e) = &f.entry_id {
            assert_eq!(&b.value("Konstatējumi", r, 4).to_string(), e);
        }
        cents += match b.value("Konstatējumi", r, 11) {
            Data::Float(x) => (x * 100.0).round() as i64,
            other => panic!("{other:?}"),
        };
        assert!(
            !b.value("Konstatējumi", r, 2).to_string().is_empty(),
            "a requirement in Latvian"
        );
    }
    let total = 4 + n;
    assert_eq!(
        b.formula("Konstatējumi", total, 11),
        format!("SUM(L5:L{})", 4 + n)
    );
    assert_eq!(
        num(&b.value("Konstatējumi", total, 11)),
        format!("{:.2}", cents as f64 / 100.0)
    );
    let sum: rust_decimal::Decimal = report.findings.iter().map(|c| c.removes).sum();
    assert_eq!(format!("{:.2}", cents as f64 / 100.0), format!("{sum:.2}"));
    let x = part(&xlsx, "xl/worksheets/sheet1.xml");
    assert!(x.contains("<autoFilter ref=\"A4:N"), "filters");
    assert!(x.contains("<pane ySplit=\"4\""), "frozen header");
    assert!(x.contains("paperSize=\"9\"") && x.contains("orientation=\"landscape\""));
    let wb = part(&xlsx, "xl/workbook.xml");
    assert!(
        wb.contains(">Konstatējumi!$4:$4</definedName>"),
        "print titles"
    );

    let html = std::fs::read_to_string(out.join("findings.html")).expect("findings.html");
    assert!(html.contains("@page { size: A4 landscape;"));
    assert!(html.contains("<thead><tr><th>Noteikums</th>"));
    assert_eq!(html.matches("<tr><td class=\"id\">").count(), n as usize);
    assert!(!html.contains("<script"));
}

/// The style's number format code of cell `addr` of the workbook's `index`th sheet (0-based),
/// read from the sheet's and the styles' XML: what a spreadsheet shows the number with.
fn cell_format(xlsx: &Path, index: usize, addr: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(xlsx).expect("xlsx")).expect("zip");
    let mut part = |name: &str| {
        let mut s = String::new();
        zip.by_name(name)
            .expect("part")
            .read_to_string(&mut s)
            .expect("xml");
        s
    };
    let sheet = part(&format!("xl/worksheets/sheet{}.xml", index + 1));
    let styles = part("xl/styles.xml");
    let attr = |tag: &str, name: &str| -> Option<String> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[at..at + tag[at..].find('"')?].to_string())
    };
    let at = sheet
        .find(&format!("<c r=\"{addr}\""))
        .unwrap_or_else(|| panic!("no cell {addr}"));
    let tag = &sheet[at..at + sheet[at..].find('>').expect("tag end")];
    let xf: usize = attr(tag, "s").map_or(0, |s| s.parse().expect("style index"));
    let xfs = &styles[styles.find("<cellXfs").expect("cellXfs")..];
    let xf_tag = xfs.split("<xf ").nth(xf + 1).expect("the cell's xf");
    let id = attr(&format!(" {xf_tag}"), "numFmtId").expect("numFmtId");
    match id.as_str() {
        "0" => "General".into(),
        _ => {
            let at = styles
                .find(&format!("numFmtId=\"{id}\" formatCode=\""))
                .expect("custom format");
            let code = &styles[at..];
            attr(&format!(" {code}"), "formatCode").expect("formatCode")
        }
    }
}

/// A document list longer than a printed list (20 000 lines) is written fast (no format per
/// cell: its dates and amounts take their column's), and still reads as the short list does:
/// dates are dates, amounts are the json's, in the same number formats.
#[test]
fn a_long_document_list_keeps_its_dates_and_amount_formats() {
    let dir = mini_copy();
    let p = dir.path().join("expenses.csv");
    let mut csv = String::from(
        "Entry no.,Document no.,Document date,Payment date,Supplier,Description,Activity,\
         Budget heading,Case no.,Amount,Currency,VAT\n",
    );
    for k in 0..20_010 {
        let day = 1 + k % 28;
        csv.push_str(&format!(
            "E-{k},PAY-{k},2020-03-{day:02},2020-03-{day:02},Staff,Salary {k},shared,1,,{}.{:02},,\n",
            1 + k % 7,
            k % 100
        ));
    }
    std::fs::write(&p, csv).expect("write");
    let (code, out) = run(
        dir.path(),
        "out",
        &["claim", "--final", "--format", "json,xlsx", "--lang", "en"],
    );
    assert_eq!(code, 0);
    let j = json(&out.join("claim-final.json"));
    let docs = j["documents"].as_array().expect("documents");
    assert!(docs.len() >= 20_000, "a long list: {}", docs.len());
    let path = out.join("claim-final.xlsx");
    let mut b = Book::open(&path);
    let index = b
        .names()
        .iter()
        .position(|n| n == "Documents")
        .expect("sheet");
    let range = b.xlsx.worksheet_range("Documents").expect("sheet");
    // The list's header row is the 4th; its lines start on the 5th (index 4).
    let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("date");
    for (i, d) in docs.iter().enumerate() {
        let r = 4 + i as u32;
        let cell = |c: u32| range.get_value((r, c)).cloned().unwrap_or(Data::Empty);
        assert_eq!(
            cell(0),
            Data::String(d["entry_id"].as_str().expect("id").into())
        );
        match cell(2) {
            Data::DateTime(x) => assert_eq!(
                (base + chrono::Duration::days(x.as_f64() as i64)).to_string(),
                d["doc_date"].as_str().expect("date"),
                "row {r}"
            ),
            other => panic!("row {r}: a document date, found {other:?}"),
        }
        assert!(
            matches!(cell(3), Data::DateTime(_)),
            "row {r}: payment date"
        );
        for (c, key) in [
            (10, "amount"),
            (13, "eur"),
            (15, "eligible"),
            (16, "ineligible"),
        ] {
            assert_eq!(num(&cell(c)), money(&d[key]), "row {r} {key}");
        }
    }
    // The formats a reader sees are the short list's, on the first and the last line.
    let short = mini_copy();
    let (code, short_out) = run(
        short.path(),
        "out",
        &["claim", "--final", "--format", "xlsx", "--lang", "en"],
    );
    assert_eq!(code, 0);
    let short_path = short_out.join("claim-final.xlsx");
    let short_index = Book::open(&short_path)
        .names()
        .iter()
        .position(|n| n == "Documents")
        .expect("sheet");
    for c in ["A", "C", "D", "K", "N", "O", "P", "Q"] {
        let want = cell_format(&short_path, short_index, &format!("{c}5"));
        for r in [5, 4 + docs.len()] {
            assert_eq!(
                cell_format(&path, index, &format!("{c}{r}")),
                want,
                "{c}{r}"
            );
        }
    }
}
