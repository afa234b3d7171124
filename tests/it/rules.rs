//! End-to-end rule checks through the binary: the shipped sample yields exactly its planted
//! mistakes, a small fixture with violations exits 1 with located findings, and `rules`
//! explains a rule with its project-file values.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn grantbook(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_grantbook"))
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "json: {e}\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// (rule, entry id, cell) of the block- and error-severity findings.
fn excluding(report: &serde_json::Value) -> BTreeSet<(String, String, String)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| matches!(f["severity"].as_str(), Some("block" | "error")))
        .map(|f| {
            let at = f["at"].as_str().unwrap_or("");
            (
                f["rule"].as_str().unwrap_or("").to_string(),
                f["entry_id"].as_str().unwrap_or("").to_string(),
                at.rsplit(" › ").next().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// The planted mistakes of sample-data/README.md: (rule, entry id, Izdevumi cell) per entry;
/// a duplicate's first booking is not a mistake, and TG-02's register cell is not an entry's.
fn planted() -> BTreeSet<(String, String, String)> {
    let text = std::fs::read_to_string(root().join("sample-data/README.md")).expect("README");
    let table = text
        .split("## Planted mistakes")
        .nth(1)
        .expect("a planted-mistakes section");
    let mut out = BTreeSet::new();
    for line in table
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| #"))
    {
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        let (rule, entries, cells) = (cols[2], cols[3], cols[5]);
        let entries: Vec<&str> = entries
            .split(", ")
            .filter(|e| !e.starts_with("(first booking"))
            .collect();
        let cells: Vec<&str> = cells
            .split(", ")
            .filter(|c| c.starts_with("Izdevumi!"))
            .collect();
        assert_eq!(entries.len(), cells.len(), "{line}");
        for (e, c) in entries.iter().zip(cells) {
            out.insert((rule.to_string(), e.to_string(), c.to_string()));
        }
    }
    out
}

#[test]
fn the_sample_yields_exactly_the_planted_mistakes() {
    if !root().join("sample-data/expenses.xlsx").exists() {
        eprintln!("no sample data yet");
        return;
    }
    let out = grantbook(&root(), &["check", "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = excluding(&json(&out));
    let want = planted();
    assert_eq!(want.len(), 11, "ten mistakes, TG-02 on two entries");
    let missed: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(
        missed.is_empty() && extra.is_empty(),
        "missed {missed:?}\nextra {extra:?}"
    );
}

/// The mini fixture copied to a temporary folder with `expenses.csv` and `cases.csv` replaced.
fn mini_with(expenses: &str, cases: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = root().join("tests/fixtures/mini");
    for f in ["project.toml", "rates.csv"] {
        std::fs::copy(src.join(f), dir.path().join(f)).expect("copy");
    }
    std::fs::write(dir.path().join("expenses.csv"), expenses).expect("write");
    std::fs::write(dir.path().join("cases.csv"), cases).expect("write");
    dir
}

const CASES: &str = "Case no.;Sex;Year of birth;Nationality;Country of return;Vulnerable;Departure order date;Departure date;Without means;Detained;Reintegration
C-001;M;1980;IQ;IQ;no;2020-01-20;2020-02-15;no;no;yes
C-002;F;2010;DE;DE;yes;2020-04-01;2020-05-10;yes;no;no
";

#[test]
fn violations_are_found_located_and_exit_1() {
    let expenses = "Entry no.,Document no.,Document date,Payment date,Supplier,Description,Activity,Budget heading,Case no.,Amount,Currency,VAT
E-1,PAY-01,2019-12-31,2020-01-31,Staff,Salary December,shared,1,,1000.00,,
E-2,TKT-01,2020-01-19,2020-01-21,AirBaltic,Ticket,A1,4.2,C-001,350.00,,
E-3,TKT-02,2020-05-03,2020-05-04,AirBaltic,Ticket,A1,4.2,C-002,410.50,,
E-4,RE-01,2020-02-14,2020-02-20,IOM Iraq,Reintegration,A2,4.5,C-001,500.00,,
E-5,RE-02,2020-03-01,2020-03-05,IOM Iraq,Reintegration,A2,4.5,C-001,500.00,,
E-6,RE-02,2020-03-01,2020-04-05,IOM Iraq,Reintegration,A2,4.5,C-001,500.00,,
E-7,INV-9,2020-08-15,2020-08-10,Interpreter,Advance,A1,1,,99.00,,
";
    let dir = mini_with(expenses, CASES);
    let out = grantbook(
        dir.path(),
        &["--project", "project.toml", "check", "--format", "json"],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = json(&out);
    let got: BTreeSet<(String, String, String)> = excluding(&report);
    let want: BTreeSet<(String, String, String)> = [
        ("PER-01", "E-1", "expenses.csv › C2"),
        ("TG-04", "E-2", "expenses.csv › C3"),
        ("TG-02", "E-3", "expenses.csv › I4"),
        ("REI-01", "E-4", "expenses.csv › C5"),
        ("DOC-02", "E-6", "expenses.csv › B7"),
    ]
    .iter()
    .map(|(r, e, c)| {
        (
            r.to_string(),
            e.to_string(),
            c.rsplit(" › ").next().unwrap().to_string(),
        )
    })
    .collect();
    assert_eq!(got, want);
    // The advance is a warning that removes nothing.
    let warnings: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "warning")
        .collect();
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0]["rule"], "PER-03");
    assert_eq!(warnings[0]["ineligible"], "0.00");
    // Block + error exclude 1000 + 350 + 410.50 + 500 + 500 = 2 760.50.
    assert_eq!(report["ineligible_eur"], "2760.50");

    let text = grantbook(dir.path(), &["--project", "project.toml", "check"]);
    assert_eq!(text.status.code(), Some(1));
    let text = String::from_utf8(text.stdout).expect("utf-8");
    assert!(
        !text.contains('\x1b'),
        "no colour with NO_COLOR or without a terminal"
    );
    assert!(text.contains("[error] TG-04 — A ticket is bought on or after the departure-order date (1 finding, 350.00 EUR ineligible)"), "{text}");
    assert!(text.contains("expenses.csv › C3  E-2 (case C-001): ticket dated 2020-01-19, before the departure order of 2020-01-20"), "{text}");
    assert!(
        text.contains("excluded from claims (block + error, each cost once): 2,760.50 EUR"),
        "{text}"
    );
}

#[test]
fn the_clean_fixture_exits_0() {
    let out = grantbook(
        &root(),
        &["--project", "tests/fixtures/mini/project.toml", "check"],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("No findings."));
}

#[test]
fn rules_lists_the_catalogue_and_explains_one_with_values() {
    let out = grantbook(&root(), &["rules"]);
    assert_eq!(out.status.code(), Some(0));
    let list = String::from_utf8_lossy(&out.stdout);
    for id in [
        "PER-01", "BUD-02", "DOC-02", "TG-04", "RET-01", "ACC-01", "REI-03", "IND-01",
    ] {
        assert!(list.contains(id), "{id} in\n{list}");
    }
    let out = grantbook(
        &root(),
        &[
            "--project",
            "tests/fixtures/mini/project.toml",
            "rules",
            "ret-01",
        ],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("params.cash_allowance = 100.00"), "{text}");
    assert!(
        text.contains("params.cash_allowance_tolerance_days = 0"),
        "{text}"
    );
    assert!(text.contains("basis:"), "{text}");
    let out = grantbook(&root(), &["rules", "XX-99"]);
    assert_eq!(out.status.code(), Some(2));
}

// ---- a ledger written without the sample generator's assumptions ----
//
// tests/fixtures/realistic/ was written by scripts/realistic_ledger.py (openpyxl): no service
// dates or quantity, hostel invoices dated at checkout, cash allowances whose receipt is dated
// on the departure day and paid when the escort's advance was settled (up to 3 weeks later),
// Latvian headers in the ledger and English ones in the register, title rows, other column
// order, unknown columns. It is clean: nothing in it breaks a rule.

/// `grantbook` on the realistic fixture with the shipped project.
fn realistic(args: &[&str]) -> Output {
    let mut a = vec![
        "--expenses",
        "tests/fixtures/realistic/expenses.xlsx",
        "--cases",
        "tests/fixtures/realistic/cases.xlsx",
    ];
    a.extend_from_slice(args);
    grantbook(&root(), &a)
}

#[test]
fn a_clean_ledger_kept_without_the_optional_columns_gives_no_error() {
    let out = realistic(&["check", "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = json(&out);
    assert_eq!(excluding(&report), BTreeSet::new());
    assert_eq!(report["ineligible_eur"], "0.00");
    // The one person still in the shelter on 31.12.2022 has no departure date: the end of
    // the stay cannot be verified (warnings naming the register column), nothing removed.
    let findings = report["findings"].as_array().expect("findings");
    let warned: BTreeSet<&str> = findings
        .iter()
        .filter(|f| f["severity"] == "warning")
        .map(|f| f["case_id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(warned, BTreeSet::from(["AVR-2022-0118"]), "{findings:?}");
    assert!(findings
        .iter()
        .filter(|f| f["severity"] == "warning")
        .all(|f| f["message"]
            .as_str()
            .unwrap()
            .contains("Izceļošanas datums")
            && f["ineligible"] == "0.00"));
}

/// The claim figures of the realistic ledger computed by hand from its rows: per payment-date
/// quarter, each line's eligible direct costs (amount − VAT; `shared` lines 60/25/15, exact
/// because the fixture's shared amounts are multiples of 0.20), indirect costs
/// round_half_up(7 % × direct) per line, T = direct + indirect, AMIF = round_half_up(75 % × T),
/// state = T − AMIF. Returns quarter label → (T, AMIF, state).
fn hand_claims() -> std::collections::BTreeMap<String, [rust_decimal::Decimal; 3]> {
    use calamine::{open_workbook_auto, Data, Reader};
    use rust_decimal::{Decimal, RoundingStrategy};
    use std::str::FromStr;
    let round = |x: Decimal| x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let mut wb = open_workbook_auto(root().join("tests/fixtures/realistic/expenses.xlsx"))
        .expect("the fixture opens");
    let range = wb
        .worksheet_range_at(0)
        .expect("a sheet")
        .expect("readable");
    let rows: Vec<&[Data]> = range.rows().collect();
    let head = rows
        .iter()
        .position(|r| r.iter().any(|c| *c == "Ieraksta Nr."))
        .expect("a header row");
    let col = |name: &str| {
        rows[head]
            .iter()
            .position(|c| *c == name)
            .unwrap_or_else(|| panic!("column {name}"))
    };
    let (paid, act, amount, vat) = (
        col("Apmaksas datums"),
        col("Aktivitāte"),
        col("Summa"),
        col("PVN"),
    );
    let money = |c: &Data| match c {
        Data::Float(f) => Decimal::from_str(&format!("{f}")).expect("an amount"),
        Data::Empty => Decimal::ZERO,
        other => panic!("amount {other:?}"),
    };
    // Quarter → direct eligible per line A1, A2, A3.
    let mut direct: std::collections::BTreeMap<String, [Decimal; 3]> = Default::default();
    let key = [
        Decimal::new(60, 2),
        Decimal::new(25, 2),
        Decimal::new(15, 2),
    ];
    for r in &rows[head + 1..] {
        let Data::DateTime(p) = &r[paid] else {
            panic!("every fixture line is paid: {r:?}")
        };
        let (y, m, ..) = p.to_ymd_hms_milli();
        let q = format!("{y}-Q{}", (m - 1) / 3 + 1);
        let eligible = money(&r[amount]) - money(&r[vat]);
        let cell = direct.entry(q).or_default();
        match r[act].to_string().as_str() {
            "A1" => cell[0] += eligible,
            "A2" => cell[1] += eligible,
            "A3" => cell[2] += eligible,
            "shared" => {
                for l in 0..3 {
                    let part = eligible * key[l];
                    assert_eq!(part, round(part), "a shared amount not a multiple of 0.20");
                    cell[l] += part;
                }
            }
            other => panic!("activity {other}"),
        }
    }
    direct
        .into_iter()
        .map(|(q, d)| {
            let t: Decimal = d.iter().map(|x| x + round(x * Decimal::new(7, 2))).sum();
            let amif = round(t * Decimal::new(75, 2));
            (q, [t, amif, t - amif])
        })
        .collect()
}

#[test]
fn the_realistic_claims_equal_a_hand_computation_of_their_rows() {
    let want = hand_claims();
    assert_eq!(want.len(), 16, "every quarter 2019-Q1 … 2022-Q4 has costs");
    let out_dir = tempfile::tempdir().expect("tempdir");
    let out = out_dir.path().to_str().expect("utf-8");
    let split = |v: &serde_json::Value| {
        ["eligible", "AMIF", "STATE"].map(|k| {
            v[k].as_str()
                .unwrap_or_else(|| panic!("{k} in {v}"))
                .parse::<rust_decimal::Decimal>()
                .expect("money")
        })
    };
    let read = |name: &str| -> serde_json::Value {
        let text = std::fs::read_to_string(out_dir.path().join(name)).expect("claim json");
        serde_json::from_str(&text).expect("json")
    };
    for (q, figures) in &want {
        let o = realistic(&["--out", out, "--format", "json", "claim", "--period", q]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let claim = read(&format!("claim-{q}.json"));
        assert_eq!(&split(&claim["total"]["period"]), figures, "{q}");
    }
    let o = realistic(&["--out", out, "--format", "json", "claim", "--final"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let fin = read("claim-final.json");
    let quarters = fin["quarters"].as_array().expect("quarters");
    let got: std::collections::BTreeMap<String, [rust_decimal::Decimal; 3]> = quarters
        .iter()
        .filter(|q| q["split"]["eligible"] != "0.00")
        .map(|q| {
            (
                q["quarter"].as_str().unwrap().to_string(),
                split(&q["split"]),
            )
        })
        .collect();
    assert_eq!(got, want);
    let total = want
        .values()
        .fold([rust_decimal::Decimal::ZERO; 3], |a, x| {
            [a[0] + x[0], a[1] + x[1], a[2] + x[2]]
        });
    assert_eq!(split(&fin["total"]["period"]), total);
}

#[test]
fn a_register_without_the_optional_columns_gives_warnings_that_name_them() {
    // Only the required register columns and the order date: no departure date, no "without
    // means" or "detained", no breakdown columns. Nothing can be shown wrong, so nothing is
    // removed; each rule that needed a column says which one.
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("cases.csv"),
        "Lietas Nr.;Pilsonība;Izbraukšanas rīkojuma datums\nAVR-2020-0001;IQ;2020-02-01\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("expenses.csv"),
        "Entry no.,Document no.,Document date,Payment date,Supplier,Activity,Budget heading,Case no.,Amount,VAT
E-1,KIO-1,2020-02-20,2020-03-10,AVR-2020-0001,A1,4.3,AVR-2020-0001,100.00,
E-2,HST-1,2020-02-20,2020-02-25,Hostel,A3,4.6,AVR-2020-0001,285.00,
E-3,PRT-1,2020-02-20,2020-02-20,AVR-2020-0001,A3,4.7,AVR-2020-0001,57.00,
E-4,REI-1,2020-05-20,2020-05-25,Partner,A2,4.5,AVR-2020-0001,900.00,
",
    )
    .unwrap();
    let project = root().join("budgets/ak-iom-pmif-2018-1.toml");
    let out = grantbook(
        dir.path(),
        &[
            "--project",
            project.to_str().unwrap(),
            "--expenses",
            "expenses.csv",
            "--cases",
            "cases.csv",
            "--lang",
            "en",
            "check",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let report = json(&out);
    assert_eq!(report["ineligible_eur"], "0.00");
    let warned: BTreeSet<(String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "rules-missing-column")
        .map(|f| {
            let m = f["message"].as_str().unwrap();
            let col = m.split('“').nth(1).unwrap().split('”').next().unwrap();
            (f["rule"].as_str().unwrap().to_string(), col.to_string())
        })
        .collect();
    let want: BTreeSet<(String, String)> = [
        ("RET-01", "Izceļošanas datums"),
        ("ACC-01", "Izceļošanas datums"),
        ("ACC-02", "Izceļošanas datums"),
        ("ACC-03", "Bez līdzekļiem"),
        ("ACC-03", "Aizturēts"),
        ("REI-01", "Izceļošanas datums"),
    ]
    .iter()
    .map(|(r, c)| (r.to_string(), c.to_string()))
    .collect();
    assert_eq!(warned, want);
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["severity"] != "error" && f["severity"] != "block"));
}

/// Every rule of the catalogue without each column it reads as evidence, on
/// `tests/fixtures/evidence/` (a hand-written ledger and register with every optional column, in
/// which nearly every rule finds something). Dropping a **required** column makes the import
/// refuse the file (exit 2, naming the column), so such a rule never runs without it; so does
/// the case number when the ledger has costs of per-case headings. Dropping
/// an **optional** column must never make the rule remove more money than it removes with the
/// column: evidence first — without it the rule says "cannot verify" and removes nothing more.
#[test]
fn every_rule_without_its_evidence_removes_no_more() {
    use grantbook::rules::{Input, ALL};
    let fixture = root().join("tests/fixtures/evidence");
    let tmp = tempfile::tempdir().expect("tempdir");
    let run = |expenses: &Path, cases: &Path| {
        grantbook(
            &root(),
            &[
                "--expenses",
                expenses.to_str().unwrap(),
                "--cases",
                cases.to_str().unwrap(),
                "--lang",
                "en",
                "check",
                "--format",
                "json",
            ],
        )
    };
    let removed = |report: &serde_json::Value, rule: &str| -> rust_decimal::Decimal {
        report["by_rule"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["rule"] == rule && r["severity"] != "warning" && r["severity"] != "info")
            .map(|r| {
                r["ineligible"]
                    .as_str()
                    .unwrap()
                    .parse::<rust_decimal::Decimal>()
                    .unwrap()
            })
            .sum()
    };
    let expenses = fixture.join("expenses.csv");
    let cases = fixture.join("cases.csv");
    let full = json(&run(&expenses, &cases));
    // The fixture is not vacuous: every rule that removes money on a cost line finds something.
    for id in [
        "PER-01", "PER-02", "BUD-01", "DOC-02", "VAT-01", "TG-01", "TG-02", "TG-03", "TG-04",
        "RET-01", "RET-02", "ACC-01", "ACC-02", "ACC-03", "REI-01", "REI-02", "REI-03",
    ] {
        assert!(
            removed(&full, id) > rust_decimal::Decimal::ZERO,
            "{id} finds nothing"
        );
    }

    // The file with one column left out; `sep` is the file's separator.
    let without = |src: &Path, sep: char, header: &str| -> Option<PathBuf> {
        let text = std::fs::read_to_string(src).expect("fixture");
        let mut lines = text.lines();
        let head: Vec<&str> = lines.next().unwrap().split(sep).collect();
        let k = head.iter().position(|h| *h == header)?;
        let keep = |l: &str| {
            let mut v: Vec<&str> = l.split(sep).collect();
            v.remove(k);
            v.join(&sep.to_string())
        };
        let mut out = keep(&head.join(&sep.to_string())) + "\n";
        for l in lines {
            out += &(keep(l) + "\n");
        }
        let p = tmp.path().join(format!(
            "{}-without-{}",
            header.replace([' ', '.', '/'], "_"),
            src.file_name().unwrap().to_str().unwrap()
        ));
        std::fs::write(&p, out).expect("write");
        Some(p)
    };

    let mut checked = 0;
    for rule in ALL {
        for ev in rule.evidence {
            let (src, sep) = match ev.input {
                Input::Expenses => (&expenses, ','),
                Input::Cases => (&cases, ';'),
                Input::Rates => continue, // rates are only read where a cost needs one (FX-01)
            };
            let header = ev.input.headers(ev.field).1;
            let dropped = without(src, sep, header)
                .unwrap_or_else(|| panic!("{}: no column {header} in the fixture", rule.id));
            let (e, c) = match ev.input {
                Input::Expenses => (dropped.as_path(), cases.as_path()),
                _ => (expenses.as_path(), dropped.as_path()),
            };
            let out = run(e, c);
            // A column required only for some lines (the case number of per-case headings) is
            // refused like a required one when such lines exist.
            if ev.input.required(ev.field) || out.status.code() == Some(2) {
                assert_eq!(out.status.code(), Some(2), "{} without {header}", rule.id);
                let err = String::from_utf8_lossy(&out.stderr);
                assert!(err.contains(header), "{} without {header}: {err}", rule.id);
            } else {
                let report = json(&out);
                let (with, wo) = (removed(&full, rule.id), removed(&report, rule.id));
                assert!(
                    wo <= with,
                    "{} removes {wo} EUR without {header}, {with} EUR with it",
                    rule.id
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 25, "{checked} rule × column cases");
}
