//! The budget check table and `README.md` for the generated folder.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::gen::{budget_totals, Dataset, Options};
use crate::model::*;
use crate::write::EXPENSE_HEADER_ROW;

fn pct_of(part: Decimal, whole: Decimal) -> String {
    if whole.is_zero() {
        return "—".into();
    }
    format!(
        "{:.1} %",
        round_half_up(part * Decimal::from(100) / whole, 1)
    )
}

/// Heading × line totals (EUR, shared costs apportioned 60/25/15) against the budget.
pub fn budget_table(ds: &Dataset) -> String {
    let (cells, shared) = budget_totals(ds);
    let mut s = String::new();
    s.push_str(
        "| line | heading | lines | direct EUR | shared share | total EUR | budget EUR | used |\n",
    );
    s.push_str("|---|---|---:|---:|---:|---:|---:|---:|\n");
    let (mut tb, mut tt) = (Decimal::ZERO, Decimal::ZERO);
    for c in &cells {
        tb += c.budget;
        tt += c.total();
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            c.activity,
            c.heading,
            c.lines,
            money(c.direct),
            money(c.shared),
            money(c.total()),
            money(c.budget),
            pct_of(c.total(), c.budget)
        );
    }
    for (h, (sum, n)) in &shared {
        let _ = writeln!(
            s,
            "| shared | {h} | {n} | {} | (apportioned above) | | | |",
            money(*sum)
        );
    }
    let _ = writeln!(
        s,
        "| **all** | | {} | | | **{}** | **{}** | {} |",
        ds.costs.len(),
        money(tt),
        money(tb),
        pct_of(tt, tb)
    );
    s
}

fn cell(ds: &Dataset, uid: u32, column: &str) -> (String, String) {
    let idx = ds.index_of_uid(uid);
    let row = idx as u32 + EXPENSE_HEADER_ROW + 2;
    (ds.entry_id(idx), format!("Izdevumi!{column}{row}"))
}

pub fn readme(ds: &Dataset, opts: &Options, ext: &str) -> String {
    let mut s = String::new();
    let n = ds.cases.len();
    let departed = ds.cases.iter().filter(|c| c.departure.is_some()).count();
    let rei = ds.cases.iter().filter(|c| c.reintegration).count();
    let a3 = ds.cases.iter().filter(|c| c.without_means).count();
    let detained = ds.cases.iter().filter(|c| c.detained).count();
    let vulnerable = ds.cases.iter().filter(|c| c.vulnerable).count();
    let children = ds.cases.iter().filter(|c| c.is_child()).count();
    let women = ds.cases.iter().filter(|c| c.sex == 'F').count();
    let households: std::collections::BTreeSet<&str> = ds
        .cases
        .iter()
        .filter_map(|c| c.household.as_deref())
        .collect();
    let in_households = ds.cases.iter().filter(|c| c.household.is_some()).count();
    let mut nat: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &ds.cases {
        *nat.entry(c.nationality).or_default() += 1;
    }
    let mut nat: Vec<(&str, usize)> = nat.into_iter().collect();
    nat.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let non_eur = ds.costs.iter().filter(|c| c.currency != "EUR").count();
    let with_vat = ds.costs.iter().filter(|c| !c.vat.is_zero()).count();
    let credit = ds
        .costs
        .iter()
        .filter(|c| c.amount.is_sign_negative())
        .count();
    let default_run = opts.seed == 2019 && opts.cases == 300 && opts.scale == 1 && ext == "xlsx";

    let _ = writeln!(s, "# Sample data — {PROJECT} (synthetic)\n");
    s.push_str(
        "Synthetic, pseudonymous inputs for grantbook's shipped project: IOM Latvia's AMIF project \
\"Assisted voluntary return and reintegration in Latvia 2019–2022\". Every person, amount, supplier \
and document number here is invented; no row describes a real person. The register holds no names, \
personal codes or document numbers — only case ids, year of birth and flags.\n\n",
    );
    let _ = writeln!(s, "| file | sheet | content |\n|---|---|---|");
    let _ = writeln!(s, "| `expenses.{ext}` | `Izdevumi` | expense ledger, one row per supporting-document line; {}Latvian headers |", if ext == "xlsx" { "a title row and an empty row, then the header row at row 3; " } else { "" });
    let _ = writeln!(
        s,
        "| `cases.{ext}` | `Lietas` | case register, one row per assisted person |"
    );
    let _ = writeln!(s, "| `rates.{ext}` | `Kursi` | monthly rates (units per 1 EUR, source `InforEuro`) for USD, IQD, UZS, AZN, INR, 2019-01 … 2023-06 |\n");
    if ext == "xlsx" {
        s.push_str(
            "Cell types: dates are real date cells (`dd.mm.yyyy`); amounts are numeric cells (`#,##0.00`, IQD \
`#,##0.000`); entry ids, document numbers, activity and heading codes and case ids are text cells \
(heading `4.2` is the text \"4.2\", heading `1` the text \"1\"); yes/no fields are `jā`/`nē`; the header row \
is frozen. Workbook properties carry a fixed creation date (2023-01-31), so the same seed gives the same files.\n\n",
        );
    } else {
        s.push_str("Csv: UTF-8, comma-separated, header on line 1, dates `YYYY-MM-DD`, amounts with a decimal point.\n\n");
    }

    s.push_str("## Regenerate\n\n```sh\n");
    s.push_str("cargo run --bin grantbook-synth                      # this folder: --seed 2019 --out sample-data --format xlsx --cases 300\n");
    s.push_str("cargo run --release --bin grantbook-synth -- --scale 600 --format csv --out /tmp/big   # ~180 000 cases, ~1 M lines\n");
    s.push_str("```\n\n");
    let _ = writeln!(
        s,
        "This folder: seed **{}**, `--cases {}`, `--scale {}`{}. `--scale N` multiplies the cases and the non-case lines \
(payroll, supplies, interpretation …); budgets and targets scale with cases ÷ 300, and planted mistakes stay ten.\n",
        opts.seed,
        opts.cases,
        opts.scale,
        if default_run { " (the defaults)" } else { "" }
    );

    s.push_str("## Counts\n\n");
    let _ = writeln!(s, "- cases: **{n}** ({women} women, {children} children under 18 at the order, {vulnerable} vulnerable); {in_households} of them in {} households (`Ģimenes Nr.`), the rest single", households.len());
    let _ = writeln!(s, "- departed: **{departed}** (target 280); {} without a departure date (application withdrawn, or the order still pending at 31.12.2022)", n - departed);
    let _ = writeln!(s, "- selected for reintegration: **{rei}** (target 140), all departed by 30.06.2022; without means and accommodated (A3): **{a3}** (target 56), none detained; detained: {detained}");
    let top: Vec<String> = nat.iter().map(|(k, v)| format!("{k} {v}")).collect();
    let _ = writeln!(s, "- nationalities ({}): {}", nat.len(), top.join(", "));
    let _ = writeln!(s, "- cost lines: **{}** — {} in a foreign currency, {} with VAT, {} credit notes (negative `Summa`); exchange-rate rows: {}\n", ds.costs.len(), non_eur, with_vat, credit, ds.rates.len());
    s.push_str("Totals per activity line × heading in EUR (foreign amounts converted with the document month's rate, \
`round_half_up(amount ÷ rate, 2)`; `shared` lines apportioned A1 60 % / A2 25 % / A3 15 %; VAT included; \
planted mistakes included). Heading 7 (indirect costs) is never booked.\n\n");
    s.push_str(&budget_table(ds));
    s.push('\n');

    s.push_str("## Conventions the data follows\n\n");
    s.push_str("- Entry ids `E-00001` … are sequential by document date; document numbers by series and year \
(`PAY` payroll, `INV` invoices, `TRV` travel claims, `EMB` embassy receipts, `TKT` tickets, `CN` credit notes, \
`ALW` allowance receipts, `REI` reintegration deliveries, `HST` hostel invoices, `PRT` food money).\n");
    s.push_str("- Every document and payment date lies in 03.01.2019 … 31.12.2022 (payment on or a few days after the \
document), except the PER-01 line below. Per-case headings (4.x) always carry a case id; other headings never do. \
`shared` lines are only on headings 1 and 5.\n");
    s.push_str("- 4.2 tickets are dated after the departure order and before departure; 4.3 allowances are 100.00 EUR, \
document and payment date = departure date, supplier = the case id; 4.6 hostel lines cover intake … the night \
before departure (`Pakalpojuma beigas` = departure − 1 day, `Daudzums` = nights); 4.7 food money is 3.00 EUR × days, \
paid weekly to the case; 4.5 deliveries fall within 12 months after departure, at most 2 000 EUR per case.\n");
    s.push_str("- The two credit notes refund part of an earlier ticket of the same case (change fee); they are not mistakes.\n\n");

    s.push_str("## Planted mistakes\n\nExactly these ten; everything else is meant to be clean. Rule ids from \
`domain/amif-rules-brief.md` §6.");
    if ext == "csv" {
        s.push_str(" Cells are given as in the xlsx layout; in the csv files the line number is the xlsx row − 2 for `expenses.csv` and the same row for `cases.csv`.");
    }
    s.push_str("\n\n| # | rule | entry id | case id | cell | what |\n|---|---|---|---|---|---|\n");
    for (no, p) in ds.planted.iter().enumerate() {
        let mut entries = Vec::new();
        let mut cells = Vec::new();
        for (k, uid) in p.uids.iter().enumerate() {
            let (e, c) = cell(ds, *uid, p.column);
            if p.rule == "DOC-02" && k == 1 {
                entries.push(format!("(first booking {e})"));
            } else {
                entries.push(e);
                cells.push(c);
            }
        }
        if p.rule == "TG-02" {
            if let Some(row) = ds.cases.iter().position(|c| c.id == p.case_id) {
                cells.push(format!("Lietas!E{}", row + 2));
            }
        }
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} |",
            no + 1,
            p.rule,
            entries.join(", "),
            p.case_id,
            cells.join(", "),
            p.what
        );
    }
    s
}
