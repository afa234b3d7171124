//! Reads the project file (`budgets/*.toml`) into a consistent `Project`: unknown keys are
//! refused, and so is an inconsistent budget (headings not summing to the total, shares not
//! summing to 100 %, unknown line or heading codes) — each message names the TOML key.

use super::error::ImportError;
use crate::model::money::{cents, pct_of};
use crate::model::project::*;
use crate::model::{Money, Percent};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// A decimal written as a TOML string (`"120000.00"`), integer or float (read exactly).
#[derive(Debug, Clone, Copy)]
struct Dec(Decimal);

impl<'de> Deserialize<'de> for Dec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Any {
            S(String),
            I(i64),
            F(f64),
        }
        let v = Any::deserialize(d)
            .map_err(|_| serde::de::Error::custom("expected a number such as \"1234.56\""))?;
        let parsed = match v {
            Any::S(s) => Decimal::from_str(s.trim()).ok(),
            Any::I(i) => Some(Decimal::from(i)),
            Any::F(f) if f.is_finite() => Decimal::from_str(&format!("{f}")).ok(),
            Any::F(_) => None,
        };
        let x = parsed
            .ok_or_else(|| serde::de::Error::custom("expected a number such as \"1234.56\""))?;
        // Parse, don't validate: no project value (an amount, a share, a rate, a tariff) comes
        // near this, and bounded values cannot overflow the sums and products the rules take.
        if x.abs() >= Decimal::from(MAX_PROJECT_NUMBER) {
            return Err(serde::de::Error::custom(
                "expected a number below 1 000 000 000 000 in size (no grant comes near it)",
            ));
        }
        Ok(Dec(x))
    }
}

/// The bound on every number of a project file (README "Security and data protection").
pub const MAX_PROJECT_NUMBER: i64 = 1_000_000_000_000;

/// The sum of `xs`, or `None` when it leaves the decimal type's range.
fn checked_sum(xs: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    xs.into_iter()
        .try_fold(Decimal::ZERO, |a, x| a.checked_add(x))
}

/// A TOML date (`2019-01-03`, unquoted).
#[derive(Debug, Clone, Copy)]
struct Date(NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let dt = toml::value::Datetime::deserialize(d)?;
        match (dt.date, dt.time) {
            (Some(date), None) => {
                NaiveDate::from_ymd_opt(date.year as i32, date.month as u32, date.day as u32)
                    .map(Date)
                    .ok_or_else(|| serde::de::Error::custom("not a calendar date"))
            }
            _ => Err(serde::de::Error::custom(
                "expected a date such as 2019-01-03",
            )),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNames {
    lv: String,
    en: String,
}

impl From<RawNames> for Names {
    fn from(r: RawNames) -> Names {
        Names { lv: r.lv, en: r.en }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    agreement: RawAgreement,
    #[serde(default)]
    inputs: RawInputs,
    sources: Vec<RawSource>,
    lines: Vec<RawLine>,
    shared: Option<RawShared>,
    headings: Vec<RawHeading>,
    params: RawParams,
    versions: Vec<RawVersion>,
    #[serde(default)]
    payments: Vec<RawPayment>,
    #[serde(default)]
    columns: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// `[plan.A1]` `"2020-12" = "40"`: cumulative percent of the line's budget at month ends.
    #[serde(default)]
    plan: BTreeMap<String, BTreeMap<String, Dec>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAgreement {
    number: String,
    title: RawNames,
    beneficiary: RawNames,
    responsible_authority: RawNames,
    fund: RawNames,
    #[serde(default = "default_lang")]
    default_lang: String,
    #[serde(default = "default_currency")]
    currency: String,
    signatory: Option<RawNames>,
}

fn default_lang() -> String {
    "lv".to_string()
}
fn default_currency() -> String {
    "EUR".to_string()
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawInputs {
    expenses: Option<PathBuf>,
    cases: Option<PathBuf>,
    rates: Option<PathBuf>,
    expenses_sheet: Option<String>,
    cases_sheet: Option<String>,
    rates_sheet: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    code: String,
    name: RawNames,
    share: Dec,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLine {
    code: String,
    name: RawNames,
    indicator: RawNames,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawShared {
    code: String,
    name: RawNames,
    key: BTreeMap<String, Dec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeading {
    code: String,
    name: RawNames,
    #[serde(default)]
    kind: HeadingKindRaw,
    #[serde(default)]
    per_case: bool,
}

#[derive(Deserialize, Default, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum HeadingKindRaw {
    #[default]
    Ordinary,
    Staff,
    TravelDocument,
    Ticket,
    CashAllowance,
    Transit,
    Reintegration,
    Accommodation,
    Food,
    Indirect,
}

impl From<HeadingKindRaw> for HeadingKind {
    fn from(k: HeadingKindRaw) -> HeadingKind {
        match k {
            HeadingKindRaw::Ordinary => HeadingKind::Ordinary,
            HeadingKindRaw::Staff => HeadingKind::Staff,
            HeadingKindRaw::TravelDocument => HeadingKind::TravelDocument,
            HeadingKindRaw::Ticket => HeadingKind::Ticket,
            HeadingKindRaw::CashAllowance => HeadingKind::CashAllowance,
            HeadingKindRaw::Transit => HeadingKind::Transit,
            HeadingKindRaw::Reintegration => HeadingKind::Reintegration,
            HeadingKindRaw::Accommodation => HeadingKind::Accommodation,
            HeadingKindRaw::Food => HeadingKind::Food,
            HeadingKindRaw::Indirect => HeadingKind::Indirect,
        }
    }
}

/// Every rule parameter; at the top level all are required, in a version each overrides.
#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
struct RawParams {
    payment_grace_days: Option<u32>,
    vat_recoverable: Option<bool>,
    indirect_rate_pct: Option<Dec>,
    indirect_excluded_headings: Option<Vec<String>>,
    flexibility_pct: Option<Dec>,
    interim_cap_pct: Option<Dec>,
    cash_allowance: Option<Dec>,
    cash_allowance_tolerance_days: Option<u32>,
    food_per_day: Option<Dec>,
    accommodation_includes_departure_day: Option<bool>,
    reintegration_months: Option<u32>,
    reintegration_cap: Option<Dec>,
    reintegration_warn_above: Option<Dec>,
    case_id_pattern: Option<String>,
    indicator_alert_pct: Option<Dec>,
    small_cell_threshold: Option<u32>,
    burn_run_rate_months: Option<u32>,
    burn_alert_pp: Option<Dec>,
    burn_heading_near_pct: Option<u32>,
    burn_deadline_window_days: Option<u32>,
    review_confidence_pct: Option<Dec>,
    review_tolerable_error_pct: Option<Dec>,
    non_third_countries: Option<Vec<String>>,
    members_until: Option<BTreeMap<String, Date>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVersion {
    number: u32,
    effective_from: Date,
    #[serde(default)]
    note: String,
    period_start: Date,
    period_end: Date,
    total: Dec,
    targets: BTreeMap<String, u32>,
    budget: BTreeMap<String, BTreeMap<String, Dec>>,
    #[serde(default)]
    params: RawParams,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPayment {
    date: Date,
    kind: String,
    amount: Dec,
    #[serde(default)]
    note: String,
}

/// Reads and checks the project file at `path`.
pub fn read_project(path: &Path) -> Result<Project, ImportError> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        ImportError::unreadable(
            &file,
            &e.to_string(),
            "pass the project file with --project budgets/NAME.toml",
        )
    })?;
    parse_project(&text, path)
}

/// Parses project-file text; `path` locates relative input paths and names the file.
pub fn parse_project(text: &str, path: &Path) -> Result<Project, ImportError> {
    let file = path.display().to_string();
    let de = toml::Deserializer::parse(text).map_err(|e| {
        ImportError::project(
            &file,
            "(syntax)",
            one_line(&e.to_string()),
            "fix the TOML syntax at that line",
        )
    })?;
    let raw: Raw = serde_path_to_error::deserialize(de).map_err(|e| {
        let mut key = e.path().to_string();
        let inner = e.inner();
        let line = inner
            .span()
            .map(|sp| text[..sp.start.min(text.len())].matches('\n').count() + 1);
        let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
        let table_at = line
            .map(|l| format!(" (its table starts at line {l})"))
            .unwrap_or_default();
        let msg = one_line(inner.message());
        let (message, hint) = if let Some(name) = backticked(&msg, "missing field `") {
            key = if key == "." { name.clone() } else { format!("{key}.{name}") };
            (
                format!("the key is missing{table_at}"),
                "add the key; each key is explained in the shipped budgets/ak-iom-pmif-2018-1.toml",
            )
        } else if let Some(name) = backticked(&msg, "unknown field `") {
            let expected = msg
                .split_once("expected ")
                .map(|(_, x)| {
                    format!(
                        "; the keys here are: {}",
                        x.trim_start_matches("one of ").replace('`', "")
                    )
                })
                .unwrap_or_default();
            (
                format!("unknown key {name:?}{at}{expected}"),
                "remove the key or correct its spelling; the keys are listed in the shipped budgets/ak-iom-pmif-2018-1.toml",
            )
        } else {
            (format!("{msg}{at}"), "correct the value's type")
        };
        ImportError::project(&file, &key, message, hint)
    })?;
    build(raw, path)
}

/// The name in `` prefix`name` `` of a serde message, if the message starts so.
fn backticked(msg: &str, prefix: &str) -> Option<String> {
    let rest = msg.strip_prefix(prefix)?;
    rest.split_once('`').map(|(name, _)| name.to_string())
}

fn one_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn build(raw: Raw, path: &Path) -> Result<Project, ImportError> {
    let file = path.display().to_string();
    let err = |key: &str, msg: String, hint: &str| ImportError::project(&file, key, msg, hint);
    let hundred = Decimal::ONE_HUNDRED;

    let default_lang = Lang::parse(&raw.agreement.default_lang).ok_or_else(|| {
        err(
            "agreement.default_lang",
            format!("unknown language {:?}", raw.agreement.default_lang),
            "use \"lv\" or \"en\"",
        )
    })?;

    // Sources.
    if raw.sources.is_empty() {
        return Err(err(
            "sources",
            "no funding source".into(),
            "add [[sources]] for the EU fund and the co-financing",
        ));
    }
    let share_sum = checked_sum(raw.sources.iter().map(|s| s.share.0));
    if share_sum != Some(hundred) {
        let shown = share_sum.map_or("more than 10^28".into(), |s| s.normalize().to_string());
        return Err(err(
            "sources[*].share",
            format!("the shares sum to {shown} %, not 100 %"),
            "make the funding sources' shares add up to 100",
        ));
    }
    let sources: Vec<Source> = raw
        .sources
        .into_iter()
        .map(|s| Source {
            code: s.code,
            name: s.name.into(),
            share: s.share.0,
        })
        .collect();

    // Lines and headings.
    let lines: Vec<Line> = raw
        .lines
        .into_iter()
        .map(|l| Line {
            code: l.code,
            name: l.name.into(),
            indicator: l.indicator.into(),
        })
        .collect();
    if lines.is_empty() {
        return Err(err(
            "lines",
            "no activity line".into(),
            "add [[lines]] entries",
        ));
    }
    for (i, l) in lines.iter().enumerate() {
        if lines[..i].iter().any(|o| o.code == l.code) {
            return Err(err(
                &format!("lines[{i}].code"),
                format!("the line code {:?} is used twice", l.code),
                "give each line its own code",
            ));
        }
    }
    let headings: Vec<Heading> = raw
        .headings
        .into_iter()
        .map(|h| Heading {
            code: h.code,
            name: h.name.into(),
            kind: h.kind.into(),
            per_case: h.per_case,
        })
        .collect();
    for (i, h) in headings.iter().enumerate() {
        if headings[..i].iter().any(|o| o.code == h.code) {
            return Err(err(
                &format!("headings[{i}].code"),
                format!("the heading code {:?} is used twice", h.code),
                "give each heading its own code",
            ));
        }
    }
    let line_idx = |code: &str| lines.iter().position(|l| l.code == code);
    let heading_idx = |code: &str| headings.iter().position(|h| h.code == code);
    let line_codes = lines
        .iter()
        .map(|l| format!("{:?}", l.code))
        .collect::<Vec<_>>()
        .join(", ");
    let heading_codes = headings
        .iter()
        .map(|h| format!("{:?}", h.code))
        .collect::<Vec<_>>()
        .join(", ");

    // Shared-cost key.
    let shared = match raw.shared {
        None => None,
        Some(s) => {
            if line_idx(&s.code).is_some() {
                return Err(err(
                    "shared.code",
                    format!("{:?} is also an activity line's code", s.code),
                    "give shared costs a code of their own, e.g. \"shared\"",
                ));
            }
            let mut key = vec![Decimal::ZERO; lines.len()];
            for (code, pct) in &s.key {
                let i = line_idx(code).ok_or_else(|| {
                    err(
                        &format!("shared.key.{code}"),
                        format!("unknown activity line {code:?}"),
                        &format!("the lines are {line_codes}"),
                    )
                })?;
                key[i] = pct.0;
            }
            let sum = checked_sum(key.iter().copied());
            if sum != Some(hundred) {
                let shown = sum.map_or("more than 10^28".into(), |s| s.normalize().to_string());
                return Err(err(
                    "shared.key",
                    format!("the key sums to {shown} %, not 100 %"),
                    "make the lines' shares of shared costs add up to 100",
                ));
            }
            Some(SharedKey {
                code: s.code,
                name: s.name.into(),
                key,
            })
        }
    };

    // Parameters: the top level must give every one.
    let base = complete_params(&raw.params, None, "params", &file, &headings)?;

    // Versions.
    if raw.versions.is_empty() {
        return Err(err(
            "versions",
            "no version of the agreement".into(),
            "add [[versions]] with the original agreement",
        ));
    }
    let mut versions = Vec::with_capacity(raw.versions.len());
    for (vi, v) in raw.versions.into_iter().enumerate() {
        let k = |rest: &str| format!("versions[{vi}].{rest}");
        if v.period_end.0 < v.period_start.0 {
            return Err(err(
                &k("period_end"),
                format!(
                    "{} is before period_start {}",
                    v.period_end.0, v.period_start.0
                ),
                "the period ends after it starts",
            ));
        }
        let mut budget = vec![vec![Decimal::ZERO; headings.len()]; lines.len()];
        for (lcode, cells) in &v.budget {
            let li = line_idx(lcode).ok_or_else(|| {
                err(
                    &k(&format!("budget.{lcode}")),
                    format!("unknown activity line {lcode:?}"),
                    &format!("the lines are {line_codes}"),
                )
            })?;
            for (hcode, amount) in cells {
                let hi = heading_idx(hcode).ok_or_else(|| {
                    err(
                        &k(&format!("budget.{lcode}.\"{hcode}\"")),
                        format!("unknown budget heading {hcode:?}"),
                        &format!("the headings are {heading_codes}"),
                    )
                })?;
                if amount.0.normalize().scale() > 2 || amount.0.is_sign_negative() {
                    return Err(err(
                        &k(&format!("budget.{lcode}.\"{hcode}\"")),
                        format!("{} is not an amount in cents", amount.0),
                        "write a non-negative amount with at most two decimals",
                    ));
                }
                budget[li][hi] = cents(amount.0);
            }
        }
        // Each cell is bounded (`MAX_PROJECT_NUMBER`), so only an absurd count could overflow.
        let sum: Money = checked_sum(budget.iter().flatten().copied()).unwrap_or(Decimal::MAX);
        if sum != cents(v.total.0) {
            return Err(err(
                &k("total"),
                format!(
                    "the budget cells sum to {}, not to the total {}",
                    crate::model::money::fmt2(&sum),
                    crate::model::money::fmt2(&v.total.0)
                ),
                "correct a budget cell or the total so that they agree",
            ));
        }
        let mut targets = vec![0u32; lines.len()];
        for (code, n) in &v.targets {
            let li = line_idx(code).ok_or_else(|| {
                err(
                    &k(&format!("targets.{code}")),
                    format!("unknown activity line {code:?}"),
                    &format!("the lines are {line_codes}"),
                )
            })?;
            targets[li] = *n;
        }
        let params = complete_params(&v.params, Some(&base), &k("params"), &file, &headings)?;
        // The indirect budget of a line may not exceed the flat rate of its direct budget.
        if let Some(ih) = headings
            .iter()
            .position(|h| h.kind == HeadingKind::Indirect)
        {
            for (li, row) in budget.iter().enumerate() {
                let base: Money = row
                    .iter()
                    .enumerate()
                    .filter(|(hi, _)| {
                        *hi != ih
                            && !params
                                .indirect_excluded_headings
                                .contains(&headings[*hi].code)
                    })
                    .map(|(_, x)| *x)
                    .sum();
                let allowed = cents(pct_of(base, params.indirect_rate));
                if row[ih] > allowed {
                    return Err(err(
                        &k(&format!(
                            "budget.{}.\"{}\"",
                            lines[li].code, headings[ih].code
                        )),
                        format!(
                            "indirect costs {} exceed {} % of the line's direct costs ({})",
                            crate::model::money::fmt2(&row[ih]),
                            params.indirect_rate.normalize(),
                            crate::model::money::fmt2(&allowed)
                        ),
                        "lower the indirect budget to at most the flat rate of the direct budget",
                    ));
                }
            }
        }
        versions.push(Version {
            number: v.number,
            effective_from: v.effective_from.0,
            note: v.note,
            period_start: v.period_start.0,
            period_end: v.period_end.0,
            total: cents(v.total.0),
            budget,
            targets,
            params,
        });
    }
    for i in 1..versions.len() {
        if versions[i].effective_from <= versions[i - 1].effective_from {
            return Err(err(
                &format!("versions[{i}].effective_from"),
                format!(
                    "version {} takes effect on {}, not after version {} ({}): versions must be listed in order of their effective dates",
                    versions[i].number,
                    versions[i].effective_from,
                    versions[i - 1].number,
                    versions[i - 1].effective_from
                ),
                "put the amendments after the original, oldest first, each with a later effective_from",
            ));
        }
    }

    let payments = raw
        .payments
        .into_iter()
        .map(|p| Payment {
            date: p.date.0,
            kind: p.kind,
            amount: cents(p.amount.0),
            note: p.note,
        })
        .collect();

    for (input, fields) in &raw.columns {
        let known: &[super::fields::FieldSpec] = match input.as_str() {
            "expenses" => super::fields::EXPENSE_FIELDS,
            "cases" => super::fields::CASE_FIELDS,
            "rates" => super::fields::RATE_FIELDS,
            _ => {
                return Err(err(
                    &format!("columns.{input}"),
                    format!("unknown input {input:?}"),
                    "use [columns.expenses], [columns.cases] or [columns.rates]",
                ));
            }
        };
        for field in fields.keys() {
            if !known.iter().any(|f| f.id == field) {
                return Err(err(
                    &format!("columns.{input}.{field}"),
                    format!("unknown field {field:?}"),
                    &format!(
                        "the fields are {}",
                        known.iter().map(|f| f.id).collect::<Vec<_>>().join(", ")
                    ),
                ));
            }
        }
    }

    let plan = build_plan(&raw.plan, &lines, &line_codes, &file)?;

    let dir = path.parent().unwrap_or(Path::new("."));
    let rel = |p: Option<PathBuf>| p.map(|p| if p.is_absolute() { p } else { dir.join(p) });
    Ok(Project {
        path: path.to_path_buf(),
        agreement: Agreement {
            number: raw.agreement.number,
            title: raw.agreement.title.into(),
            beneficiary: raw.agreement.beneficiary.into(),
            responsible_authority: raw.agreement.responsible_authority.into(),
            fund: raw.agreement.fund.into(),
        },
        default_lang,
        currency: raw.agreement.currency,
        sources,
        lines,
        shared,
        headings,
        versions,
        payments,
        signatory: raw.agreement.signatory.map(Names::from).unwrap_or_default(),
        inputs: Inputs {
            expenses: rel(raw.inputs.expenses),
            cases: rel(raw.inputs.cases),
            rates: rel(raw.inputs.rates),
            expenses_sheet: raw.inputs.expenses_sheet,
            cases_sheet: raw.inputs.cases_sheet,
            rates_sheet: raw.inputs.rates_sheet,
        },
        columns: raw.columns,
        plan,
    })
}

/// Reads `[plan]`: per line, month ends (`"2020-12"`) with a cumulative percent of the line's
/// budget, each between 0 and 100 and never falling.
fn build_plan(
    raw: &BTreeMap<String, BTreeMap<String, Dec>>,
    lines: &[Line],
    line_codes: &str,
    file: &str,
) -> Result<Vec<Vec<(NaiveDate, Percent)>>, ImportError> {
    let mut plan = vec![Vec::new(); lines.len()];
    for (code, points) in raw {
        let li = lines.iter().position(|l| &l.code == code).ok_or_else(|| {
            ImportError::project(
                file,
                &format!("plan.{code}"),
                format!("unknown activity line {code:?}"),
                &format!("the lines are {line_codes}"),
            )
        })?;
        let mut last = Decimal::ZERO;
        // BTreeMap order of "YYYY-MM" keys is chronological.
        for (month, pct) in points {
            let key = format!("plan.{code}.\"{month}\"");
            let m = crate::model::Month::parse(month).ok_or_else(|| {
                ImportError::project(
                    file,
                    &key,
                    format!("{month:?} is not a month"),
                    "write the month as \"YYYY-MM\", e.g. \"2020-12\"",
                )
            })?;
            if pct.0 < Decimal::ZERO || pct.0 > Decimal::ONE_HUNDRED || pct.0 < last {
                return Err(ImportError::project(
                    file,
                    &key,
                    format!(
                        "{} is not a cumulative percentage between {} and 100",
                        pct.0.normalize(),
                        last.normalize()
                    ),
                    "give the cumulative percent of the line's budget spent by that month's end; it never falls",
                ));
            }
            last = pct.0;
            plan[li].push((m.last_day(), pct.0));
        }
    }
    Ok(plan)
}

fn complete_params(
    raw: &RawParams,
    base: Option<&Params>,
    prefix: &str,
    file: &str,
    headings: &[Heading],
) -> Result<Params, ImportError> {
    fn need<T: Clone>(
        v: &Option<T>,
        b: Option<T>,
        key: String,
        file: &str,
    ) -> Result<T, ImportError> {
        v.clone().or(b).ok_or_else(|| {
            ImportError::project(
                file,
                &key,
                "missing parameter",
                "every rule parameter is required under [params]; see the shipped project file",
            )
        })
    }
    let k = |n: &str| format!("{prefix}.{n}");
    let dec = |v: &Option<Dec>| v.map(|d| d.0);
    let pct_check = |key: String, v: Percent| -> Result<Percent, ImportError> {
        if v < Decimal::ZERO || v > Decimal::ONE_HUNDRED {
            return Err(ImportError::project(
                file,
                &key,
                format!("{} is not a percentage between 0 and 100", v.normalize()),
                "write the percentage as a number, e.g. 7 for 7 %",
            ));
        }
        Ok(v)
    };
    let excluded = need(
        &raw.indirect_excluded_headings,
        base.map(|b| b.indirect_excluded_headings.clone()),
        k("indirect_excluded_headings"),
        file,
    )?;
    for (i, h) in excluded.iter().enumerate() {
        if !headings.iter().any(|x| &x.code == h) {
            return Err(ImportError::project(
                file,
                &k(&format!("indirect_excluded_headings[{i}]")),
                format!("unknown budget heading {h:?}"),
                "name headings by their code",
            ));
        }
    }
    let mut non_third: BTreeMap<String, Option<NaiveDate>> = match &raw.non_third_countries {
        Some(list) => list
            .iter()
            .map(|c| (c.trim().to_ascii_uppercase(), None))
            .collect(),
        None => match base {
            Some(b) => b.non_third_countries.clone(),
            None => {
                return Err(ImportError::project(
                    file,
                    &k("non_third_countries"),
                    "missing parameter",
                    "list the EU, EEA and Swiss country codes",
                ))
            }
        },
    };
    if let Some(until) = &raw.members_until {
        for (c, d) in until {
            non_third.insert(c.trim().to_ascii_uppercase(), Some(d.0));
        }
    }
    let pattern = need(
        &raw.case_id_pattern,
        base.map(|b| b.case_id_pattern.clone()),
        k("case_id_pattern"),
        file,
    )?;
    if let Err(e) = regex::Regex::new(&pattern) {
        return Err(ImportError::project(
            file,
            &k("case_id_pattern"),
            format!("not a regular expression: {}", one_line(&e.to_string())),
            "write the pattern in Rust regex syntax, e.g. '^[A-Z0-9][A-Z0-9/-]{2,31}$'",
        ));
    }
    Ok(Params {
        payment_grace_days: need(
            &raw.payment_grace_days,
            base.map(|b| b.payment_grace_days),
            k("payment_grace_days"),
            file,
        )?,
        vat_recoverable: need(
            &raw.vat_recoverable,
            base.map(|b| b.vat_recoverable),
            k("vat_recoverable"),
            file,
        )?,
        indirect_rate: pct_check(
            k("indirect_rate_pct"),
            need(
                &dec(&raw.indirect_rate_pct),
                base.map(|b| b.indirect_rate),
                k("indirect_rate_pct"),
                file,
            )?,
        )?,
        indirect_excluded_headings: excluded,
        flexibility_pct: pct_check(
            k("flexibility_pct"),
            need(
                &dec(&raw.flexibility_pct),
                base.map(|b| b.flexibility_pct),
                k("flexibility_pct"),
                file,
            )?,
        )?,
        interim_cap_pct: pct_check(
            k("interim_cap_pct"),
            need(
                &dec(&raw.interim_cap_pct),
                base.map(|b| b.interim_cap_pct),
                k("interim_cap_pct"),
                file,
            )?,
        )?,
        cash_allowance: cents(need(
            &dec(&raw.cash_allowance),
            base.map(|b| b.cash_allowance),
            k("cash_allowance"),
            file,
        )?),
        cash_allowance_tolerance_days: need(
            &raw.cash_allowance_tolerance_days,
            base.map(|b| b.cash_allowance_tolerance_days),
            k("cash_allowance_tolerance_days"),
            file,
        )?,
        food_per_day: cents(need(
            &dec(&raw.food_per_day),
            base.map(|b| b.food_per_day),
            k("food_per_day"),
            file,
        )?),
        accommodation_includes_departure_day: need(
            &raw.accommodation_includes_departure_day,
            base.map(|b| b.accommodation_includes_departure_day),
            k("accommodation_includes_departure_day"),
            file,
        )?,
        reintegration_months: need(
            &raw.reintegration_months,
            base.map(|b| b.reintegration_months),
            k("reintegration_months"),
            file,
        )?,
        reintegration_cap: dec(&raw.reintegration_cap)
            .map(cents)
            .or(base.and_then(|b| b.reintegration_cap)),
        reintegration_warn_above: cents(need(
            &dec(&raw.reintegration_warn_above),
            base.map(|b| b.reintegration_warn_above),
            k("reintegration_warn_above"),
            file,
        )?),
        case_id_pattern: pattern,
        indicator_alert_pct: {
            let v = need(
                &dec(&raw.indicator_alert_pct),
                base.map(|b| b.indicator_alert_pct),
                k("indicator_alert_pct"),
                file,
            )?;
            if v < Decimal::ZERO {
                return Err(ImportError::project(
                    file,
                    &k("indicator_alert_pct"),
                    format!("{} is negative", v.normalize()),
                    "write a percentage of the target, e.g. 120",
                ));
            }
            v
        },
        small_cell_threshold: need(
            &raw.small_cell_threshold,
            base.map(|b| b.small_cell_threshold),
            k("small_cell_threshold"),
            file,
        )?,
        burn_run_rate_months: need(
            &raw.burn_run_rate_months,
            base.map(|b| b.burn_run_rate_months),
            k("burn_run_rate_months"),
            file,
        )?,
        burn_alert_pp: need(
            &dec(&raw.burn_alert_pp),
            base.map(|b| b.burn_alert_pp),
            k("burn_alert_pp"),
            file,
        )?,
        // Two burn-report thresholds added after the first project files: optional, with the
        // values they had as constants.
        burn_heading_near_pct: raw
            .burn_heading_near_pct
            .or(base.map(|b| b.burn_heading_near_pct))
            .unwrap_or(90),
        burn_deadline_window_days: raw
            .burn_deadline_window_days
            .or(base.map(|b| b.burn_deadline_window_days))
            .unwrap_or(90),
        review_confidence_pct: pct_check(
            k("review_confidence_pct"),
            need(
                &dec(&raw.review_confidence_pct),
                base.map(|b| b.review_confidence_pct),
                k("review_confidence_pct"),
                file,
            )?,
        )?,
        review_tolerable_error_pct: pct_check(
            k("review_tolerable_error_pct"),
            need(
                &dec(&raw.review_tolerable_error_pct),
                base.map(|b| b.review_tolerable_error_pct),
                k("review_tolerable_error_pct"),
                file,
            )?,
        )?,
        non_third_countries: non_third,
    })
}
