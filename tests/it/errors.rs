//! The error catalogue: one fixture and one reviewed golden message per user-visible import
//! error (spreadsheet cells, sheets and headers, ledger invariants, project-file keys). Each
//! test runs the real binary, expects exit 2, compares stderr with
//! `tests/golden/errors/<name>.txt` (the temporary folder shown as `<tmp>`) and checks that
//! nothing was written to `--out`.
//!
//! To rewrite the golden files from the current messages, run
//! `GRANTBOOK_BLESS=1 cargo test --test it errors::` and review the diff before committing.
//!
//! Spreadsheet fixtures are files in `tests/fixtures/errors/`; the few that need typed xlsx
//! cells (a number in a date column, a formula error, sheet names) are generated here with
//! rust_xlsxwriter; project-file errors are one edit each of the mini project file, written
//! next to the test so the edit is visible.

use crate::support::*;
use std::path::Path;

/// Which input the fixture replaces.
#[derive(Clone, Copy)]
enum Role {
    Expenses,
    Cases,
    Rates,
}

impl Role {
    fn flag(self) -> &'static str {
        match self {
            Role::Expenses => "--expenses",
            Role::Cases => "--cases",
            Role::Rates => "--rates",
        }
    }
}

/// The errors whose Latvian message is reviewed too (`<name>.lv.txt`): each kind once or more —
/// unreadable files, header rows, cells, ledger invariants, project keys.
const LATVIAN: &[&str] = &[
    "not-a-spreadsheet",
    "empty-file",
    "password-protected",
    "decompression-bomb",
    "missing-column",
    "duplicate-column",
    "no-header-sheet",
    "sheet-not-found",
    "formula-error",
    "date-ambiguous",
    "date-plain-number",
    "amount-too-many-decimals",
    "cases-yes-no",
    "entry-id-duplicate",
    "rates-conflict",
    "project-unknown-key",
    "project-missing-key",
    "project-shares",
    "project-budget-total",
    "project-budget-unknown-line",
    "project-indirect-above-rate",
    "project-versions-order",
    "project-language",
];

/// Runs `claim --period 2020-Q3 --format json` on the mini project in a temporary folder, after
/// `prepare` has placed its fixture there and returned the extra arguments; compares with the
/// golden message `name` (`--lang en`), and with `name.lv` (`--lang lv`) for the errors listed
/// in `LATVIAN`.
fn expect_error(name: &str, prepare: impl FnOnce(&Path) -> Vec<String>) {
    let tmp = mini_copy();
    let dir = tmp.path();
    let mut args: Vec<String> = vec![
        "--project".into(),
        dir.join("project.toml").display().to_string(),
        "--out".into(),
        dir.join("out").display().to_string(),
    ];
    args.extend(prepare(dir));
    args.extend(["claim", "--period", "2020-Q3", "--format", "json"].map(String::from));
    expect_run(dir, &args, "en", name);
    if LATVIAN.contains(&name) {
        expect_run(dir, &args, "lv", &format!("{name}.lv"));
    }
}

/// Runs grantbook with `--lang lang` and `args` in `dir`; expects exit 2, stderr equal to the
/// golden `tests/golden/errors/<golden>.txt` (the folder shown as `<tmp>`), nothing on stdout and
/// nothing written to `dir/out`.
fn expect_run(dir: &Path, args: &[String], lang: &str, golden: &str) {
    let mut all = vec!["--lang", lang];
    all.extend(args.iter().map(String::as_str));
    let out = run_bin(dir, &all);
    let stderr = String::from_utf8_lossy(&out.stderr).replace(&dir.display().to_string(), "<tmp>");
    let golden = root()
        .join("tests/golden/errors")
        .join(format!("{golden}.txt"));
    if std::env::var_os("GRANTBOOK_BLESS").is_some() {
        std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
        std::fs::write(&golden, &stderr).unwrap();
    }
    let want = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
        panic!(
            "no golden file {}; run with GRANTBOOK_BLESS=1 and review it\nstderr:\n{stderr}",
            golden.display()
        )
    });
    assert_eq!(
        out.status.code(),
        Some(2),
        "exit code; stderr:\n{stderr}\nstdout:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(stderr, want, "stderr differs from {}", golden.display());
    assert!(out.stdout.is_empty(), "nothing on stdout for an error run");
    assert!(!dir.join("out").exists(), "nothing may be written to --out");
}

// ---- the command line and the claim register ----

/// A command line clap refuses, in both languages: an unknown option (with clap's suggestion)
/// and a value outside the option's list.
#[test]
fn command_line_errors() {
    let tmp = mini_copy();
    let dir = tmp.path();
    let project = dir.join("project.toml").display().to_string();
    for (name, args) in [
        ("clap-unknown-option", vec!["claim", "--perod", "2020-Q3"]),
        ("clap-invalid-value", vec!["--format", "pdf", "check"]),
    ] {
        let mut all: Vec<String> = vec!["--project".into(), project.clone()];
        all.extend(args.iter().map(|s| s.to_string()));
        expect_run(dir, &all, "en", name);
        expect_run(dir, &all, "lv", &format!("{name}.lv"));
    }
}

/// A claim register file changed after it was submitted: refused, naming the file.
#[test]
fn register_file_changed() {
    let tmp = mini_copy();
    let dir = tmp.path();
    let project = dir.join("project.toml");
    let text = std::fs::read_to_string(&project).unwrap();
    let number = text
        .lines()
        .find_map(|l| l.strip_prefix("number = \""))
        .and_then(|l| l.strip_suffix('"'))
        .expect("the mini project's agreement number");
    let register = dir
        .join("claims")
        .join(grantbook::model::register::sanitise(number));
    std::fs::create_dir_all(&register).unwrap();
    std::fs::write(
        register.join("claim-2020-Q2.json"),
        "{\"format\": \"grantbook-claim-1\"}",
    )
    .unwrap();
    let args: Vec<String> = vec![
        "--project".into(),
        project.display().to_string(),
        "--out".into(),
        dir.join("out").display().to_string(),
        "claim".into(),
        "--period".into(),
        "2020-Q3".into(),
    ];
    expect_run(dir, &args, "en", "register-format");
    expect_run(dir, &args, "lv", "register-format.lv");
}

/// The fixture `tests/fixtures/errors/<file>` as the given input.
fn with_fixture(name: &str, role: Role, file: &str) {
    expect_error(name, |dir| {
        let dst = dir.join(file);
        std::fs::copy(fixture("errors").join(file), &dst).unwrap();
        vec![role.flag().into(), dst.display().to_string()]
    });
}

/// The mini project file with `edits` (each `(from, to)`, `from` must occur) as the project.
fn with_project_edit(name: &str, edits: &[(&str, &str)]) {
    expect_error(name, |dir| {
        let mut text = mini_project_text();
        for (from, to) in edits {
            assert!(text.contains(from), "the mini project has {from:?}");
            text = text.replacen(from, to, 1);
        }
        std::fs::write(dir.join("project.toml"), text).unwrap();
        vec![]
    });
}

/// A generated xlsx as the expense ledger, optionally with a line added to [inputs].
fn with_xlsx(name: &str, sheets: Vec<SheetSpec>, inputs_extra: Option<&str>) {
    expect_error(name, |dir| {
        let p = dir.join("ledger.xlsx");
        write_xlsx(&p, &sheets);
        if let Some(extra) = inputs_extra {
            let text = mini_project_text().replace(
                "rates = \"rates.csv\"\n",
                &format!("rates = \"rates.csv\"\n{extra}\n"),
            );
            std::fs::write(dir.join("project.toml"), text).unwrap();
        }
        vec!["--expenses".into(), p.display().to_string()]
    });
}

fn ledger_row(doc_date: V, amount: V) -> Vec<V> {
    vec![
        s("E-1"),
        s("PAY-01"),
        doc_date,
        s("2020-07-31"),
        s("Staff"),
        V::Empty,
        s("shared"),
        s("1"),
        V::Empty,
        amount,
    ]
}

// ---- the file itself ----

#[test]
fn not_a_spreadsheet() {
    with_fixture(
        "not-a-spreadsheet",
        Role::Expenses,
        "not-a-spreadsheet.xlsx",
    );
}

#[test]
fn empty_file() {
    with_fixture("empty-file", Role::Expenses, "empty.csv");
}

#[test]
fn truncated_workbook() {
    // The first 4 000 bytes of sample-data/rates.xlsx: the zip directory at its end is gone.
    with_fixture("truncated-workbook", Role::Expenses, "truncated.xlsx");
}

#[test]
fn password_protected_workbook() {
    // sample-data/rates.xlsx encrypted with the password "secret" (msoffcrypto-tool -e).
    with_fixture(
        "password-protected",
        Role::Expenses,
        "password-protected.xlsx",
    );
}

#[test]
fn decompression_bomb() {
    // A real ledger workbook whose zip directory declares each part 4 GiB unpacked (the most a
    // 32-bit size field holds): 16 GiB in all is passed after four parts, and the file is
    // refused from its directory before any part is inflated.
    expect_error("decompression-bomb", |dir| {
        let p = dir.join("ledger.xlsx");
        write_xlsx(
            &p,
            &[SheetSpec {
                name: "Izdevumi",
                hidden: false,
                rows: vec![
                    header(&EXPENSE_HEADER_LV[..10]),
                    ledger_row(s("2020-07-01"), V::N(1.0)),
                ],
            }],
        );
        let mut bytes = std::fs::read(&p).unwrap();
        let parts = declare_unpacked_size(&mut bytes, 0xFFFF_FFF0);
        assert!(parts >= 5, "{parts} parts");
        std::fs::write(&p, bytes).unwrap();
        vec!["--expenses".into(), p.display().to_string()]
    });
}

/// Sets the uncompressed size that each zip entry declares (central directory and local
/// header) to `size`; returns the number of entries.
fn declare_unpacked_size(zip: &mut [u8], size: u32) -> usize {
    let u16_at = |b: &[u8], i: usize| u16::from_le_bytes([b[i], b[i + 1]]) as usize;
    let u32_at =
        |b: &[u8], i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize;
    let eocd = (0..zip.len() - 21)
        .rev()
        .find(|&i| zip[i..i + 4] == [0x50, 0x4B, 0x05, 0x06])
        .expect("end of central directory");
    let count = u16_at(zip, eocd + 10);
    let mut at = u32_at(zip, eocd + 16);
    for _ in 0..count {
        assert_eq!(zip[at..at + 4], [0x50, 0x4B, 0x01, 0x02], "central record");
        zip[at + 24..at + 28].copy_from_slice(&size.to_le_bytes());
        let local = u32_at(zip, at + 42);
        assert_eq!(
            zip[local..local + 4],
            [0x50, 0x4B, 0x03, 0x04],
            "local header"
        );
        zip[local + 22..local + 26].copy_from_slice(&size.to_le_bytes());
        at += 46 + u16_at(zip, at + 28) + u16_at(zip, at + 30) + u16_at(zip, at + 32);
    }
    count
}

// ---- sheets and headers ----

#[test]
fn missing_required_column() {
    with_fixture("missing-column", Role::Expenses, "missing-column.csv");
}

#[test]
fn duplicated_column() {
    with_fixture("duplicate-column", Role::Expenses, "duplicate-column.csv");
}

#[test]
fn no_sheet_with_the_header() {
    with_xlsx(
        "no-header-sheet",
        vec![
            SheetSpec {
                name: "Kopsavilkums",
                hidden: false,
                rows: vec![vec![s("Gads"), s("Summa")], vec![V::N(2020.0), V::N(1.0)]],
            },
            SheetSpec {
                name: "Izdevumi",
                hidden: true,
                rows: vec![
                    header(&EXPENSE_HEADER_LV[..10]),
                    ledger_row(s("2020-07-01"), V::N(1.0)),
                ],
            },
        ],
        None,
    );
}

#[test]
fn project_names_a_sheet_that_does_not_exist() {
    with_xlsx(
        "sheet-not-found",
        vec![SheetSpec {
            name: "Izdevumi 2020",
            hidden: false,
            rows: vec![
                header(&EXPENSE_HEADER_LV[..10]),
                ledger_row(s("2020-07-01"), V::N(1.0)),
            ],
        }],
        Some("expenses_sheet = \"Izdevumi\""),
    );
}

// ---- cells ----

#[test]
fn formula_error_cells() {
    with_xlsx(
        "formula-error",
        vec![SheetSpec {
            name: "Izdevumi",
            hidden: false,
            rows: vec![
                header(&EXPENSE_HEADER_EN[..10]),
                ledger_row(V::F("=#REF!", "#REF!"), V::F("=1/0", "#DIV/0!")),
            ],
        }],
        None,
    );
}

#[test]
fn ambiguous_date() {
    with_fixture("date-ambiguous", Role::Expenses, "date-ambiguous.csv");
}

#[test]
fn impossible_date() {
    with_fixture("date-impossible", Role::Expenses, "date-impossible.csv");
}

#[test]
fn date_before_1900_or_after_2100() {
    with_fixture("date-out-of-range", Role::Expenses, "date-out-of-range.csv");
}

#[test]
fn plain_number_in_a_date_column() {
    with_xlsx(
        "date-plain-number",
        vec![SheetSpec {
            name: "Izdevumi",
            hidden: false,
            rows: vec![
                header(&EXPENSE_HEADER_EN[..10]),
                ledger_row(V::N(43831.0), V::N(10.0)),
            ],
        }],
        None,
    );
}

#[test]
fn more_decimals_than_the_currency() {
    with_fixture(
        "amount-too-many-decimals",
        Role::Expenses,
        "amount-too-many-decimals.csv",
    );
}

#[test]
fn unknown_currency() {
    with_fixture("currency-unknown", Role::Expenses, "currency-unknown.csv");
}

#[test]
fn nan_and_infinity_text() {
    with_fixture("amount-nan-inf", Role::Expenses, "amount-nan-inf.csv");
}

#[test]
fn overflow_size_amount() {
    with_fixture("amount-overflow", Role::Expenses, "amount-overflow.csv");
}

#[test]
fn bad_yes_no() {
    with_fixture("cases-yes-no", Role::Cases, "cases-yes-no.csv");
}

#[test]
fn bad_year() {
    with_fixture("cases-year", Role::Cases, "cases-year.csv");
}

#[test]
fn many_bad_cells_are_reported_at_once_capped_at_50() {
    with_fixture("many-bad-cells", Role::Expenses, "many-bad-cells.csv");
}

// ---- ledger invariants ----

#[test]
fn duplicate_entry_id() {
    with_fixture(
        "entry-id-duplicate",
        Role::Expenses,
        "entry-id-duplicate.csv",
    );
}

#[test]
fn duplicate_case_id() {
    with_fixture("cases-id-duplicate", Role::Cases, "cases-id-duplicate.csv");
}

#[test]
fn rate_zero_or_too_small() {
    with_fixture("rates-too-small", Role::Rates, "rates-too-small.csv");
}

#[test]
fn conflicting_rates_for_a_month() {
    with_fixture("rates-conflict", Role::Rates, "rates-conflict.csv");
}

// ---- the project file ----

#[test]
fn project_unknown_key() {
    with_project_edit(
        "project-unknown-key",
        &[(
            "default_lang = \"en\"",
            "default_lang = \"en\"\ncolour = \"red\"",
        )],
    );
}

#[test]
fn project_missing_key() {
    with_project_edit("project-missing-key", &[("number = \"TEST/2020/1\"\n", "")]);
}

#[test]
fn project_shares_not_100() {
    with_project_edit("project-shares", &[("share = \"25\"", "share = \"20\"")]);
}

#[test]
fn project_shared_key_not_100() {
    with_project_edit(
        "project-shared-key",
        &[(
            "key = { A1 = \"60\", A2 = \"40\" }",
            "key = { A1 = \"60\", A2 = \"30\" }",
        )],
    );
}

#[test]
fn project_budget_not_summing_to_total() {
    with_project_edit(
        "project-budget-total",
        &[("total = \"10700.00\"", "total = \"10800.00\"")],
    );
}

#[test]
fn project_unknown_line_in_budget() {
    with_project_edit(
        "project-budget-unknown-line",
        &[("[versions.budget.A2]", "[versions.budget.A3]")],
    );
}

#[test]
fn project_unknown_line_in_targets() {
    with_project_edit(
        "project-targets-unknown-line",
        &[(
            "targets = { A1 = 10, A2 = 5 }",
            "targets = { A1 = 10, B2 = 5 }",
        )],
    );
}

#[test]
fn project_unknown_line_in_shared_key() {
    with_project_edit(
        "project-key-unknown-line",
        &[(
            "key = { A1 = \"60\", A2 = \"40\" }",
            "key = { A1 = \"60\", a2 = \"40\" }",
        )],
    );
}

#[test]
fn project_unknown_heading() {
    with_project_edit(
        "project-budget-unknown-heading",
        &[("\"4.5\" = \"2000.00\"", "\"4.6\" = \"2000.00\"")],
    );
}

#[test]
fn project_indirect_above_flat_rate() {
    // 7 % of A1's direct 7 000.00 is 490.00; 490.01 is one cent too much.
    with_project_edit(
        "project-indirect-above-rate",
        &[
            ("\"7\" = \"490.00\"", "\"7\" = \"490.01\""),
            ("total = \"10700.00\"", "total = \"10700.01\""),
        ],
    );
}

#[test]
fn project_bad_language() {
    with_project_edit(
        "project-language",
        &[("default_lang = \"en\"", "default_lang = \"de\"")],
    );
}

#[test]
fn project_versions_out_of_order() {
    let amendment = "\n[[versions]]\nnumber = 2\neffective_from = 2019-06-01\nperiod_start = 2020-01-01\nperiod_end = 2020-12-31\ntotal = \"10700.00\"\ntargets = { A1 = 10, A2 = 5 }\n\n[versions.budget.A1]\n\"1\" = \"3000.00\"\n\"4.2\" = \"4000.00\"\n\"7\" = \"490.00\"\n\n[versions.budget.A2]\n\"1\" = \"1000.00\"\n\"4.5\" = \"2000.00\"\n\"7\" = \"210.00\"\n";
    let text = mini_project_text();
    let last = text.trim_end().lines().last().unwrap().to_string();
    let with_amendment = format!("{last}\n{amendment}");
    with_project_edit(
        "project-versions-order",
        &[(last.as_str(), with_amendment.as_str())],
    );
}
