//! Test helpers for the rules: a small project (every heading kind, three lines) and a ledger
//! built from in-memory records, so each rule's tests are a few lines of worked example.

use super::{check_all, ineligible_by_entry, Finding, Rule, Stage};
use crate::import::Inputs;
use crate::ledger::Ledger;
pub use crate::model::project::Lang;
use crate::model::Field;
use crate::model::{Case, Expense, Money, Project, Rate, SourceTable};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

/// A test project: period 2019-01-03 … 2022-12-31, lines A1/A2/A3, headings 1, 3, 4.1–4.7, 7.
/// Direct budget A1 3 500, A2 4 500, A3 900; indirect 7 %; total 9 523.00.
pub const PROJECT: &str = r#"
[agreement]
number = "KIT/1"
title = { lv = "T", en = "T" }
beneficiary = { lv = "B", en = "B" }
responsible_authority = { lv = "R", en = "R" }
fund = { lv = "F", en = "F" }
default_lang = "en"

[[sources]]
code = "EU"
name = { lv = "ES", en = "EU" }
share = "75"
[[sources]]
code = "STATE"
name = { lv = "V", en = "State" }
share = "25"

[[lines]]
code = "A1"
name = { lv = "A1", en = "Return" }
indicator = { lv = "A1", en = "Returned" }
[[lines]]
code = "A2"
name = { lv = "A2", en = "Reintegration" }
indicator = { lv = "A2", en = "Reintegrated" }
[[lines]]
code = "A3"
name = { lv = "A3", en = "Accommodation" }
indicator = { lv = "A3", en = "Accommodated" }

[shared]
code = "shared"
name = { lv = "K", en = "Shared" }
key = { A1 = "60", A2 = "25", A3 = "15" }

[[headings]]
code = "1"
name = { lv = "1", en = "Staff" }
[[headings]]
code = "3"
name = { lv = "3", en = "Services" }
[[headings]]
code = "4.1"
name = { lv = "4.1", en = "Travel documents" }
kind = "travel_document"
per_case = true
[[headings]]
code = "4.2"
name = { lv = "4.2", en = "Tickets" }
kind = "ticket"
per_case = true
[[headings]]
code = "4.3"
name = { lv = "4.3", en = "Cash allowance" }
kind = "cash_allowance"
per_case = true
[[headings]]
code = "4.4"
name = { lv = "4.4", en = "Transit" }
kind = "transit"
per_case = true
[[headings]]
code = "4.5"
name = { lv = "4.5", en = "Reintegration" }
kind = "reintegration"
per_case = true
[[headings]]
code = "4.6"
name = { lv = "4.6", en = "Accommodation" }
kind = "accommodation"
per_case = true
[[headings]]
code = "4.7"
name = { lv = "4.7", en = "Food" }
kind = "food"
per_case = true
[[headings]]
code = "7"
name = { lv = "7", en = "Indirect" }
kind = "indirect"

[params]
payment_grace_days = 0
vat_recoverable = true
indirect_rate_pct = "7"
indirect_excluded_headings = []
flexibility_pct = "10"
interim_cap_pct = "90"
cash_allowance = "100.00"
cash_allowance_tolerance_days = 0
food_per_day = "3.00"
accommodation_includes_departure_day = false
reintegration_months = 12
reintegration_cap = "2000.00"
reintegration_warn_above = "3000.00"
case_id_pattern = '^[A-Z0-9][A-Z0-9/-]{2,31}$'
indicator_alert_pct = "120"
small_cell_threshold = 3
burn_run_rate_months = 3
burn_alert_pp = "15"
review_confidence_pct = "90"
review_tolerable_error_pct = "2"
non_third_countries = ["LV", "LVA", "PL", "POL", "DE", "DEU", "NO", "CH"]
members_until = { GB = 2020-12-31, GBR = 2020-12-31 }

[[versions]]
number = 1
effective_from = 2018-12-20
period_start = 2019-01-03
period_end = 2022-12-31
total = "9523.00"
targets = { A1 = 5, A2 = 3, A3 = 2 }

[versions.budget.A1]
"1" = "1000.00"
"3" = "500.00"
"4.1" = "500.00"
"4.2" = "1000.00"
"4.3" = "300.00"
"4.4" = "200.00"
"7" = "245.00"

[versions.budget.A2]
"1" = "500.00"
"4.5" = "4000.00"
"7" = "315.00"

[versions.budget.A3]
"4.6" = "600.00"
"4.7" = "300.00"
"7" = "63.00"
"#;

/// The test project.
pub fn project() -> Project {
    project_from(PROJECT)
}

/// The test project with `key = value` replaced under `[params]` (e.g. `("food_per_day",
/// "\"4.00\"")`), to show a rule follows its parameter.
pub fn project_with(key: &str, value: &str) -> Project {
    let mut out = String::new();
    let mut done = false;
    for line in PROJECT.lines() {
        if !done && line.starts_with(&format!("{key} =")) {
            out.push_str(&format!("{key} = {value}\n"));
            done = true;
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    assert!(done, "no parameter {key} in the test project");
    project_from(&out)
}

pub(crate) fn project_from(text: &str) -> Project {
    crate::import::project::parse_project(text, Path::new("kit.toml"))
        .unwrap_or_else(|e| panic!("test project: {e}"))
}

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
}

pub fn m(s: &str) -> Money {
    Decimal::from_str(s).expect("an amount")
}

/// A paid EUR cost; adjust the returned record for anything else.
pub fn cost(
    id: &str,
    activity: &str,
    heading: &str,
    case: Option<&str>,
    amount: &str,
    doc: &str,
    paid: &str,
) -> Expense {
    Expense {
        row: 0,
        entry_id: id.into(),
        doc_no: format!("DOC-{id}"),
        doc_date: d(doc),
        paid_date: Some(d(paid)),
        supplier: "Supplier".into(),
        description: String::new(),
        activity: activity.into(),
        heading: heading.into(),
        case_id: case.map(str::to_string),
        amount: m(amount),
        currency: "EUR".into(),
        vat: Decimal::ZERO,
        service_from: None,
        service_to: None,
        quantity: None,
    }
}

/// A third-country case (IQ) with an order date and, if given, a departure date.
pub fn case(id: &str, order: Option<&str>, departure: Option<&str>) -> Case {
    Case {
        row: 0,
        case_id: id.into(),
        household_id: None,
        sex: Some(crate::model::records::Sex::M),
        birth_year: Some(1990),
        nationality: "IQ".into(),
        return_country: Some("IQ".into()),
        vulnerable: false,
        departure_order_date: order.map(d),
        departure_date: departure.map(d),
        without_means: Some(true),
        detained: Some(false),
        reintegration: true,
    }
}

pub fn rate(month: &str, currency: &str, r: &str) -> Rate {
    Rate {
        row: 0,
        month: crate::model::Month::parse(month).expect("a month"),
        currency: currency.into(),
        rate: m(r),
        source: "test".into(),
    }
}

const EXPENSE_COLS: &[&str] = &[
    "entry_id",
    "doc_no",
    "doc_date",
    "paid_date",
    "supplier",
    "description",
    "activity",
    "heading",
    "case_id",
    "amount",
    "currency",
    "vat",
    "service_from",
    "service_to",
    "quantity",
];
const CASE_COLS: &[&str] = &[
    "case_id",
    "household_id",
    "sex",
    "birth_year",
    "nationality",
    "return_country",
    "vulnerable",
    "departure_order_date",
    "departure_date",
    "without_means",
    "detained",
    "reintegration",
];

fn source(file: &str, sheet: &str, cols: &[&'static str], rows: usize) -> SourceTable {
    SourceTable {
        file: file.into(),
        path: file.into(),
        sheet: Some(sheet.into()),
        header_row: 0,
        columns: cols
            .iter()
            .enumerate()
            .map(|(i, c)| (Field::from_id(c).expect("a field id"), i as u32))
            .collect::<BTreeMap<_, _>>(),
        personal_columns: Vec::new(),
        rows_read: rows,
        rows_accepted: rows,
        rows_rejected: 0,
    }
}

/// A ledger from records; rows are numbered from 1 (below a header row) in the given order.
pub fn ledger(project: &Project, expenses: Vec<Expense>, cases: Vec<Case>) -> Ledger {
    ledger_with_rates(project, expenses, cases, Vec::new())
}

pub(crate) fn ledger_with_rates(
    project: &Project,
    mut expenses: Vec<Expense>,
    mut cases: Vec<Case>,
    mut rates: Vec<Rate>,
) -> Ledger {
    for (i, e) in expenses.iter_mut().enumerate() {
        e.row = i as u32 + 1;
    }
    for (i, c) in cases.iter_mut().enumerate() {
        c.row = i as u32 + 1;
    }
    for (i, r) in rates.iter_mut().enumerate() {
        r.row = i as u32 + 1;
    }
    let inputs = Inputs {
        expenses_source: source("expenses.xlsx", "Izdevumi", EXPENSE_COLS, expenses.len()),
        expenses,
        cases_source: source("cases.xlsx", "Lietas", CASE_COLS, cases.len()),
        cases,
        rates_source: Some(source(
            "rates.xlsx",
            "Kursi",
            &["month", "currency", "rate", "source"],
            rates.len(),
        )),
        rates,
        digests: Vec::new(),
    };
    Ledger::build(project, inputs).unwrap_or_else(|e| panic!("test ledger: {e}"))
}

/// One rule's findings, run as `check_all` would: with what the earlier stages exclude.
pub fn run(rule: &Rule, project: &Project, ledger: &Ledger) -> Vec<Finding> {
    let earlier: Vec<Finding> = if rule.stage == Stage::Entry {
        Vec::new()
    } else {
        check_all(ledger, project)
            .into_iter()
            .filter(|f| super::find(f.rule).is_some_and(|r| r.stage < rule.stage))
            .collect()
    };
    let done = ineligible_by_entry(ledger, &earlier);
    (rule.check)(ledger, project, &done)
}

/// (entry id or case id, ineligible amount) of each finding, for compact assertions.
pub fn ids(findings: &[Finding]) -> Vec<(String, Money)> {
    findings
        .iter()
        .map(|f| {
            (
                f.entry_id.clone().or(f.case_id.clone()).unwrap_or_default(),
                f.ineligible,
            )
        })
        .collect()
}

/// The ledger as if its files had no column for `fields` (either table): the evidence those
/// columns hold is absent, as in a ledger kept without the optional columns.
pub(crate) fn without_columns(mut l: Ledger, fields: &[&str]) -> Ledger {
    l.expenses_source
        .columns
        .retain(|k, _| !fields.contains(&k.id()));
    l.cases_source
        .columns
        .retain(|k, _| !fields.contains(&k.id()));
    l
}
