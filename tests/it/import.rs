//! Importer paths: xlsx (generated here), xls and ods (committed, converted by LibreOffice from
//! the same generated workbook), csv in UTF-8 with and without BOM and in Windows-1257, comma
//! and semicolon; Latvian and English headers matched case- and accent-insensitively; title
//! rows, hidden and unrelated sheets, a sheet and header names from the project file; every
//! date and amount form PRODUCT.md accepts. Rows read = accepted + rejected on every fixture.

use crate::support::*;
use chrono::NaiveDate;
use grantbook::import::expenses::read_expenses;
use grantbook::import::project::parse_project;
use grantbook::import::sheet::stream::Source;
use grantbook::import::{read_inputs, InputPaths};
use grantbook::model::{Expense, SourceTable};
use rust_decimal::Decimal;
use std::path::Path;
use std::str::FromStr;

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}
fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn read(path: &Path) -> (SourceTable, Vec<Expense>) {
    let mut src = Source::open(path).unwrap_or_else(|e| panic!("{e}"));
    read_expenses(&mut src, path, None, None, "EUR").unwrap_or_else(|e| panic!("{e}"))
}

fn assert_counts(t: &SourceTable, read: usize) {
    assert_eq!(t.rows_read, read, "rows read");
    assert_eq!(t.rows_read, t.rows_accepted + t.rows_rejected);
}

/// The typed workbook: an unrelated first sheet, a hidden sheet with a valid header (it must be
/// skipped), then the ledger with three title rows above a Latvian header row, date cells,
/// numeric and text amounts, and headings typed as numbers.
pub fn typed_workbook_sheets() -> Vec<SheetSpec> {
    let lv = header(&EXPENSE_HEADER_LV);
    let row = |cells: Vec<V>| cells;
    vec![
        SheetSpec {
            name: "Kopsavilkums",
            hidden: false,
            rows: vec![
                vec![s("Kopsavilkums pa gadiem"), V::Empty],
                vec![s("Gads"), s("Summa")],
                vec![V::N(2020.0), V::N(5000.0)],
            ],
        },
        SheetSpec {
            name: "Vecais",
            hidden: true,
            rows: vec![
                lv.clone(),
                vec![
                    s("OLD-1"),
                    s("X"),
                    s("2019-01-01"),
                    V::Empty,
                    s("Vecs"),
                    V::Empty,
                    s("A1"),
                    s("1"),
                    V::Empty,
                    V::N(1.0),
                ],
            ],
        },
        SheetSpec {
            name: "Izdevumi",
            hidden: false,
            rows: vec![
                vec![s("IOM Latvija — izdevumu žurnāls")],
                vec![s("Līgums AK/IOM/PMIF/2018/1")],
                vec![],
                lv,
                // Real date cells; amount 0.1 as a number; heading typed as the number 4.1.
                row(vec![
                    s("E-1"),
                    s("R-1"),
                    V::D(2020, 7, 15),
                    V::D(2020, 7, 20),
                    s("SIA Ķēķis"),
                    s("ā č ē ģ ī ķ ļ ņ š ū ž"),
                    s("A1"),
                    V::N(4.1),
                    s("C-001"),
                    V::N(0.1),
                    V::Empty,
                    V::Empty,
                ]),
                // ISO and Latvian text dates; heading typed as 1; "1 234,56" as text.
                row(vec![
                    s("E-2"),
                    s("R-2"),
                    s("2020-07-15"),
                    s("15.07.2020"),
                    s("Tulks"),
                    V::Empty,
                    s("shared"),
                    V::N(1.0),
                    V::Empty,
                    s("1 234,56"),
                    s("EUR"),
                    V::N(0.2),
                ]),
                vec![],
                // A Latvian date with the trailing dot; unpaid; "1234.56" as text.
                row(vec![
                    s("E-3"),
                    s("R-3"),
                    s("15.07.2020."),
                    V::Empty,
                    s("Tulks"),
                    V::Empty,
                    s("A2"),
                    s("4.5"),
                    V::Empty,
                    s("1234.56"),
                    V::Empty,
                    V::Empty,
                ]),
                // IQD has three decimals: 1.005 stays 1.005 (a float cell holding 1.00499999…).
                row(vec![
                    s("E-4"),
                    s("R-4"),
                    s("2020-07-01"),
                    s("2020-07-02"),
                    s("IOM Iraq"),
                    V::Empty,
                    s("A2"),
                    s("4.5"),
                    s("C-001"),
                    V::N(1.005),
                    s("iqd"),
                    V::Empty,
                ]),
                // Non-breaking-space thousands, a credit note.
                row(vec![
                    s("E-5"),
                    s("CN-5"),
                    s("2020-08-01"),
                    s("2020-08-01"),
                    s("airBaltic"),
                    V::Empty,
                    s("A1"),
                    s("4.2"),
                    s("C-002"),
                    s("-1\u{a0}234,50"),
                    V::Empty,
                    V::Empty,
                ]),
            ],
        },
    ]
}

/// What every rendition of the typed workbook must read as.
fn assert_typed(path: &Path) {
    let (t, e) = read(path);
    assert_eq!(t.sheet.as_deref(), Some("Izdevumi"), "{}", path.display());
    assert_eq!(t.header_row, 3, "the header sits below three title rows");
    assert_counts(&t, 5);
    assert_eq!(t.rows_rejected, 0);
    let ids: Vec<&str> = e.iter().map(|x| x.entry_id.as_str()).collect();
    assert_eq!(
        ids,
        ["E-1", "E-2", "E-3", "E-4", "E-5"],
        "the hidden sheet is skipped"
    );

    assert_eq!(e[0].doc_date, date(2020, 7, 15));
    assert_eq!(e[0].paid_date, Some(date(2020, 7, 20)));
    assert_eq!(e[0].supplier, "SIA Ķēķis");
    assert_eq!(e[0].description, "ā č ē ģ ī ķ ļ ņ š ū ž");
    assert_eq!(e[0].heading, "4.1");
    assert_eq!(e[0].amount.to_string(), "0.10");
    assert_eq!(e[0].currency, "EUR");
    assert_eq!(e[0].case_id.as_deref(), Some("C-001"));

    assert_eq!(e[1].doc_date, date(2020, 7, 15));
    assert_eq!(e[1].paid_date, Some(date(2020, 7, 15)));
    assert_eq!(e[1].heading, "1");
    assert_eq!(e[1].activity, "shared");
    assert_eq!(e[1].amount.to_string(), "1234.56");
    assert_eq!(e[1].vat.to_string(), "0.20");

    assert_eq!(e[2].doc_date, date(2020, 7, 15));
    assert_eq!(e[2].paid_date, None);
    assert_eq!(e[2].amount, dec("1234.56"));

    assert_eq!(e[3].currency, "IQD");
    assert_eq!(e[3].amount.to_string(), "1.005");
    assert_eq!(e[3].vat.to_string(), "0.000");

    assert_eq!(e[4].amount.to_string(), "-1234.50");
}

#[test]
fn xlsx_with_title_rows_hidden_and_unrelated_sheets_and_typed_cells() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("ledger.xlsx");
    write_xlsx(&p, &typed_workbook_sheets());
    assert_typed(&p);
}

/// Writes the typed workbook to `GRANTBOOK_FIXTURE_OUT` (the source of the committed xls and
/// ods fixtures; see tests/fixtures/import/README.md).
#[test]
#[ignore]
fn write_typed_workbook_for_conversion() {
    let out = std::env::var("GRANTBOOK_FIXTURE_OUT").expect("GRANTBOOK_FIXTURE_OUT=path.xlsx");
    write_xlsx(Path::new(&out), &typed_workbook_sheets());
}

#[test]
fn ods_converted_by_libreoffice_reads_the_same() {
    assert_typed(&fixture("import/typed.ods"));
}

#[test]
fn xls_converted_by_libreoffice_reads_the_same() {
    assert_typed(&fixture("import/typed.xls"));
}

const CSV_ROWS_EN: &str = "\
Entry no.,Document no.,Document date,Payment date,Supplier,Description,Activity,Budget heading,Case no.,Amount,Currency,VAT
E-1,R-1,2020-07-15,15.07.2020.,SIA Ķēķis,ā č ē ģ ī ķ ļ ņ š ū ž,A1,4.2,C-001,\"1 234,56\",,
E-2,R-2,15.07.2020,,Tulks,,shared,1,,0.1,EUR,0.02
";

/// Latvian headers in odd case and without accents, `;`-separated.
const CSV_ROWS_LV: &str = "\
IERAKSTA NR;dokumenta nr;Dokumenta Datums;apmaksas datums;PIEGADATAJS;Apraksts;aktivitate;budzeta pozicija;Lietas nr;SUMMA;Valūta;pvn
E-1;R-1;2020-07-15;15.07.2020.;SIA Ķēķis;ā č ē ģ ī ķ ļ ņ š ū ž;A1;4.2;C-001;1 234,56;;
E-2;R-2;15.07.2020;;Tulks;;shared;1;;0.1;EUR;0,02
";

fn assert_csv(path: &Path) {
    let (t, e) = read(path);
    assert_eq!(t.sheet, None);
    assert_counts(&t, 2);
    assert_eq!(t.rows_rejected, 0);
    assert_eq!(e[0].supplier, "SIA Ķēķis");
    assert_eq!(e[0].description, "ā č ē ģ ī ķ ļ ņ š ū ž");
    assert_eq!(e[0].doc_date, date(2020, 7, 15));
    assert_eq!(e[0].paid_date, Some(date(2020, 7, 15)));
    assert_eq!(e[0].amount.to_string(), "1234.56");
    assert_eq!(e[0].heading, "4.2");
    assert_eq!(e[1].amount.to_string(), "0.10");
    assert_eq!(e[1].vat.to_string(), "0.02");
    assert_eq!(e[1].paid_date, None);
    assert_eq!(e[1].activity, "shared");
}

fn csv_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    (dir, p)
}

#[test]
fn csv_utf8_comma_english_headers() {
    let (_d, p) = csv_file("e.csv", CSV_ROWS_EN.as_bytes());
    assert_csv(&p);
}

#[test]
fn csv_utf8_with_bom_semicolon_latvian_headers_without_accents() {
    let mut b = b"\xEF\xBB\xBF".to_vec();
    b.extend_from_slice(CSV_ROWS_LV.as_bytes());
    let (_d, p) = csv_file("e.csv", &b);
    assert_csv(&p);
}

#[test]
fn csv_utf8_with_bom_comma() {
    let mut b = b"\xEF\xBB\xBF".to_vec();
    b.extend_from_slice(CSV_ROWS_EN.as_bytes());
    let (_d, p) = csv_file("e.csv", &b);
    assert_csv(&p);
}

#[test]
fn csv_windows_1257_semicolon_with_latvian_letters_in_headers_and_values() {
    // Accented Latvian headers this time, so the decoding of the header matters too.
    let text = CSV_ROWS_LV
        .replace("PIEGADATAJS", "Piegādātājs")
        .replace("aktivitate", "Aktivitāte")
        .replace("budzeta pozicija", "Budžeta pozīcija");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1257.encode(&text);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "really not UTF-8");
    let (_d, p) = csv_file("e.csv", &bytes);
    assert_csv(&p);
}

#[test]
fn csv_windows_1257_comma() {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1257.encode(CSV_ROWS_EN);
    assert!(!unmappable);
    let (_d, p) = csv_file("e.txt", &bytes);
    assert_csv(&p);
}

#[test]
fn the_mini_fixture_reads_every_row() {
    let (t, e) = read(&fixture("mini/expenses.csv"));
    assert_counts(&t, 6);
    assert_eq!(e.len(), 6);
    assert_eq!(e[2].amount.to_string(), "410.50");
    assert_eq!(e[3].amount.to_string(), "1000000.000");
    assert_eq!(e[3].doc_date, date(2020, 7, 15));
}

/// A project file over the mini fixture's cases and rates with `extra` appended to [inputs]
/// or at the end.
fn project_with(inputs_extra: &str, tail: &str) -> grantbook::model::Project {
    let text = mini_project_text().replace(
        "rates = \"rates.csv\"\n",
        &format!("rates = \"rates.csv\"\n{inputs_extra}\n"),
    );
    let text = format!("{text}\n{tail}\n");
    parse_project(&text, &fixture("mini/project.toml")).unwrap_or_else(|e| panic!("{e}"))
}

fn ledger_row(id: &str) -> Vec<V> {
    vec![
        s(id),
        s("R"),
        s("2020-07-15"),
        s("2020-07-15"),
        s("S"),
        V::Empty,
        s("A1"),
        s("1"),
        V::Empty,
        V::N(10.0),
    ]
}

#[test]
fn a_sheet_named_in_the_project_file_is_read_even_if_not_first() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("two.xlsx");
    let h = header(&EXPENSE_HEADER_EN[..10]);
    write_xlsx(
        &p,
        &[
            SheetSpec {
                name: "2019",
                hidden: false,
                rows: vec![h.clone(), ledger_row("A-1")],
            },
            SheetSpec {
                name: "2020 ledger",
                hidden: false,
                rows: vec![h, ledger_row("B-1"), ledger_row("B-2")],
            },
        ],
    );
    // Without a name, the first visible sheet with the header.
    let (t, e) = read(&p);
    assert_eq!(t.sheet.as_deref(), Some("2019"));
    assert_eq!(e.len(), 1);
    // Named in the project file.
    let project = project_with("expenses_sheet = \"2020 ledger\"", "");
    let inputs = read_inputs(
        &project,
        &InputPaths {
            expenses: Some(p.clone()),
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(inputs.expenses_source.sheet.as_deref(), Some("2020 ledger"));
    assert_counts(&inputs.expenses_source, 2);
    let ids: Vec<&str> = inputs
        .expenses
        .iter()
        .map(|e| e.entry_id.as_str())
        .collect();
    assert_eq!(ids, ["B-1", "B-2"]);
}

#[test]
fn header_names_mapped_in_the_project_file_are_recognised() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("export.csv");
    std::fs::write(
        &p,
        "Grāmatojuma ID;Dok. Nr.;Dok. datums;Apmaksāts;Partneris;Projekta daļa;Budžeta kods;Summa EUR ar PVN;Vārds\n\
         G-1;D-1;2020-07-15;2020-07-16;SIA X;A1;1;12,30;Jānis\n",
    )
    .unwrap();
    let tail = r#"[columns.expenses]
entry_id = ["Grāmatojuma ID"]
doc_no = ["Dok. Nr."]
doc_date = ["Dok. datums"]
paid_date = ["Apmaksāts"]
supplier = ["Partneris"]
activity = ["Projekta daļa"]
heading = ["budzeta kods"]
amount = ["Summa EUR ar PVN"]"#;
    let project = project_with("", tail);
    let inputs = read_inputs(
        &project,
        &InputPaths {
            expenses: Some(p),
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_counts(&inputs.expenses_source, 1);
    let e = &inputs.expenses[0];
    assert_eq!(e.entry_id, "G-1");
    assert_eq!(e.paid_date, Some(date(2020, 7, 16)));
    assert_eq!(e.heading, "1");
    assert_eq!(e.amount.to_string(), "12.30");
    // The unknown column that looks personal is named, never copied.
    assert_eq!(inputs.expenses_source.personal_columns, ["Vārds"]);
}

/// The streamed import (xlsx cell by cell, csv record by record, typed on a second thread)
/// gives the same records and counts as typing the file's whole grid.
#[test]
fn streamed_import_equals_the_grid() {
    use grantbook::import::{cases::read_cases, rates::read_rates, sheet::grid::read_workbook};
    let files = [
        root().join("sample-data/expenses.xlsx"),
        root().join("sample-data/cases.xlsx"),
        root().join("sample-data/rates.xlsx"),
        root().join("tests/fixtures/mini/expenses.csv"),
        root().join("tests/fixtures/mini/cases.csv"),
        root().join("tests/fixtures/mini/rates.csv"),
    ];
    let mut compared = 0;
    for f in &files {
        let wb = read_workbook(f).unwrap();
        let mut streamed = Source::open(f).unwrap();
        assert!(matches!(streamed, Source::Xlsx(_) | Source::Csv(_)));
        assert_eq!(streamed.sha256(), wb.sha256);
        let mut grid = Source::grid(&wb);
        let name = f.file_name().unwrap().to_string_lossy();
        if name.starts_with("expenses") {
            let (a, x) = read_expenses(&mut streamed, f, None, None, "EUR").unwrap();
            let (b, y) = read_expenses(&mut grid, f, None, None, "EUR").unwrap();
            assert_eq!(format!("{a:?}"), format!("{b:?}"));
            assert_eq!(x, y);
            assert!(!x.is_empty(), "{name}: no rows");
            compared += x.len();
        } else if name.starts_with("cases") {
            let (a, x) = read_cases(&mut streamed, f, None, None).unwrap();
            let (b, y) = read_cases(&mut grid, f, None, None).unwrap();
            assert_eq!(format!("{a:?}"), format!("{b:?}"));
            assert_eq!(x, y);
            compared += x.len();
        } else {
            let (a, x) = read_rates(&mut streamed, f, None, None).unwrap();
            let (b, y) = read_rates(&mut grid, f, None, None).unwrap();
            assert_eq!(format!("{a:?}"), format!("{b:?}"));
            assert_eq!(x, y);
            compared += x.len();
        }
    }
    assert!(compared > 1_900, "{compared} records compared");
}

/// A cell problem found while the reader thread is still reading stops both sides and is
/// reported with its cell, as in the grid.
#[test]
fn a_problem_in_a_streamed_csv_names_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let mut text =
        std::fs::read_to_string(root().join("tests/fixtures/mini/expenses.csv")).unwrap();
    // Many rows, so the reader is batches ahead; one bad date far down.
    let body: Vec<&str> = text.lines().skip(1).collect();
    let header = text.lines().next().unwrap().to_string();
    let mut out = header.clone();
    let mut n = 0;
    for rep in 0..400 {
        for l in &body {
            let mut fields: Vec<String> = l.split(',').map(str::to_string).collect();
            fields[0] = format!("{}-{rep}", fields[0]);
            out.push('\n');
            out.push_str(&fields.join(","));
            n += 1;
        }
    }
    text = out;
    let bad_line = n - 3; // 0-based data row → file row bad_line + 2 (1-based, after the header)
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let date_col = header
        .split(',')
        .position(|h| h.contains("datums") || h.contains("date"))
        .unwrap();
    let mut fields: Vec<String> = lines[bad_line + 1].split(',').map(str::to_string).collect();
    fields[date_col] = "31/02/2020".into();
    lines[bad_line + 1] = fields.join(",");
    let p = dir.path().join("expenses.csv");
    std::fs::write(&p, lines.join("\n")).unwrap();
    let mut src = Source::open(&p).unwrap();
    let err = read_expenses(&mut src, &p, None, None, "EUR")
        .unwrap_err()
        .to_string();
    let col = grantbook::model::records::column_name(date_col as u32);
    assert!(err.contains(&format!("{col}{}", bad_line + 2)), "{err}");
}

/// An xlsx sheet whose rows come out of order (no spreadsheet program writes one) is refused
/// with a message, not read with rows lost or merged.
#[test]
fn an_xlsx_with_rows_out_of_order_is_refused() {
    use std::io::{Read, Write};
    let bytes = std::fs::read(root().join("sample-data/expenses.xlsx")).unwrap();
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut zout = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zin.len() {
        let mut f = zin.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut content = Vec::new();
        f.read_to_end(&mut content).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            // Swap the elements of rows 10 and 11.
            let xml = String::from_utf8(content).unwrap();
            let span = |r: u32| {
                let a = xml.find(&format!("<row r=\"{r}\"")).unwrap();
                let b = a + xml[a..].find("</row>").unwrap() + "</row>".len();
                (a, b)
            };
            let ((a10, b10), (a11, b11)) = (span(10), span(11));
            assert_eq!(b10, a11, "rows 10 and 11 are adjacent");
            let swapped = format!(
                "{}{}{}{}",
                &xml[..a10],
                &xml[a11..b11],
                &xml[a10..b10],
                &xml[b11..]
            );
            content = swapped.into_bytes();
        }
        zout.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zout.write_all(&content).unwrap();
    }
    let out = zout.finish().unwrap().into_inner();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("expenses.xlsx");
    std::fs::write(&p, out).unwrap();
    let mut src = Source::open(&p).unwrap();
    let err = read_expenses(&mut src, &p, None, None, "EUR")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("lists row 10 after row 11") && err.contains("save it again"),
        "{err}"
    );
}
