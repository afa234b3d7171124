//! Reads the project file (`budgets/*.toml`) into a consistent `Project`: unknown keys are
//! refused, and so is an inconsistent budget (headings not summing to the total, shares not
//! summing to 100 %, unknown line or heading codes) — each message names the TOML key.

use super::error::ImportError;
use crate::i18n::{Arg, Msg};
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
            super::error::io_reason(&e),
            Msg::new("err-prj-hint-pass"),
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
            Msg::new("err-prj-syntax").arg("detail", one_line(&e.to_string())),
            Msg::new("err-prj-hint-syntax"),
        )
    })?;
    let raw: Raw =
        serde_path_to_error::deserialize(de).map_err(|e| shape_error(&file, text, &e))?;
    build(raw, path)
}

/// A key of the wrong shape (missing, unknown, of the wrong type), named with its line.
fn shape_error(
    file: &str,
    text: &str,
    e: &serde_path_to_error::Error<toml::de::Error>,
) -> ImportError {
    let mut key = e.path().to_string();
    let inner = e.inner();
    let line = inner
        .span()
        .map(|sp| text[..sp.start.min(text.len())].matches('\n').count() + 1);
    let at = |k: &'static str| -> Arg {
        line.map_or_else(|| "".into(), |l| Msg::new(k).arg("line", l).into())
    };
    let msg = one_line(inner.message());
    let (message, hint) = if let Some(name) = backticked(&msg, "missing field `") {
        key = if key == "." {
            name.clone()
        } else {
            format!("{key}.{name}")
        };
        (
            Msg::new("err-prj-missing-key").arg("at", at("err-prj-table-at-line")),
            Msg::new("err-prj-hint-missing-key"),
        )
    } else if let Some(name) = backticked(&msg, "unknown field `") {
        let keys: Arg = msg.split_once("expected ").map_or_else(
            || "".into(),
            |(_, x)| {
                let list = x.trim_start_matches("one of ").replace('`', "");
                Msg::new("err-prj-keys-here").arg("keys", list).into()
            },
        );
        (
            Msg::new("err-prj-unknown-key")
                .arg("name", name)
                .arg("at", at("err-prj-at-line"))
                .arg("keys", keys),
            Msg::new("err-prj-hint-unknown-key"),
        )
    } else {
        (
            Msg::new("err-prj-wrong-type")
                .arg("detail", msg)
                .arg("at", at("err-prj-at-line")),
            Msg::new("err-prj-hint-wrong-type"),
        )
    };
    ImportError::project(file, &key, message, hint)
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

/// The project file being checked: names it in every error.
struct Check<'a> {
    file: &'a str,
}

impl Check<'_> {
    fn err(&self, key: &str, message: Msg, hint: Msg) -> ImportError {
        ImportError::project(self.file, key, message, hint)
    }
}

/// `"A1", "A2"`: codes as a hint lists them.
fn quoted_codes<'a>(codes: impl Iterator<Item = &'a String>) -> String {
    codes
        .map(|c| format!("{c:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn unknown_line(c: &Check, key: &str, code: &str, line_codes: &str) -> ImportError {
    c.err(
        key,
        Msg::new("err-prj-unknown-line").arg("code", code),
        Msg::new("err-prj-hint-lines").arg("codes", line_codes),
    )
}

fn build(raw: Raw, path: &Path) -> Result<Project, ImportError> {
    let file = path.display().to_string();
    let c = Check { file: &file };
    let default_lang = Lang::parse(&raw.agreement.default_lang).ok_or_else(|| {
        c.err(
            "agreement.default_lang",
            Msg::new("err-prj-language").arg("lang", &raw.agreement.default_lang),
            Msg::new("err-prj-hint-language"),
        )
    })?;
    let sources = build_sources(&c, raw.sources)?;
    let lines = build_lines(&c, raw.lines)?;
    let headings = build_headings(&c, raw.headings)?;
    let line_codes = quoted_codes(lines.iter().map(|l| &l.code));
    let shared = match raw.shared {
        None => None,
        Some(s) => Some(build_shared(&c, s, &lines, &line_codes)?),
    };
    // Parameters: the top level must give every one.
    let base = complete_params(&raw.params, None, "params", &file, &headings)?;
    let versions = build_versions(&c, raw.versions, &lines, &headings, &base)?;
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
    check_columns(&c, &raw.columns)?;
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

/// A sum as a message shows it: the percentage, or "more than 10^28" when it overflows.
fn shown_sum(sum: Option<Decimal>) -> Arg {
    match sum {
        Some(s) => Arg::Num(s),
        None => Msg::new("err-prj-overflow").into(),
    }
}

/// `[[sources]]`: at least one, shares summing to 100 %.
fn build_sources(c: &Check, raw: Vec<RawSource>) -> Result<Vec<Source>, ImportError> {
    if raw.is_empty() {
        return Err(c.err(
            "sources",
            Msg::new("err-prj-no-source"),
            Msg::new("err-prj-hint-no-source"),
        ));
    }
    let share_sum = checked_sum(raw.iter().map(|s| s.share.0));
    if share_sum != Some(Decimal::ONE_HUNDRED) {
        return Err(c.err(
            "sources[*].share",
            Msg::new("err-prj-shares").arg("sum", shown_sum(share_sum)),
            Msg::new("err-prj-hint-shares"),
        ));
    }
    Ok(raw
        .into_iter()
        .map(|s| Source {
            code: s.code,
            name: s.name.into(),
            share: s.share.0,
        })
        .collect())
}

/// `[[lines]]`: at least one, each code once.
fn build_lines(c: &Check, raw: Vec<RawLine>) -> Result<Vec<Line>, ImportError> {
    let lines: Vec<Line> = raw
        .into_iter()
        .map(|l| Line {
            code: l.code,
            name: l.name.into(),
            indicator: l.indicator.into(),
        })
        .collect();
    if lines.is_empty() {
        return Err(c.err(
            "lines",
            Msg::new("err-prj-no-line"),
            Msg::new("err-prj-hint-no-line"),
        ));
    }
    for (i, l) in lines.iter().enumerate() {
        if lines[..i].iter().any(|o| o.code == l.code) {
            return Err(c.err(
                &format!("lines[{i}].code"),
                Msg::new("err-prj-line-twice").arg("code", &l.code),
                Msg::new("err-prj-hint-line-twice"),
            ));
        }
    }
    Ok(lines)
}

/// `[[headings]]`: each code once.
fn build_headings(c: &Check, raw: Vec<RawHeading>) -> Result<Vec<Heading>, ImportError> {
    let headings: Vec<Heading> = raw
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
            return Err(c.err(
                &format!("headings[{i}].code"),
                Msg::new("err-prj-heading-twice").arg("code", &h.code),
                Msg::new("err-prj-hint-heading-twice"),
            ));
        }
    }
    Ok(headings)
}

/// `[shared]`: a code of its own and a key over the lines summing to 100 %.
fn build_shared(
    c: &Check,
    s: RawShared,
    lines: &[Line],
    line_codes: &str,
) -> Result<SharedKey, ImportError> {
    let line_idx = |code: &str| lines.iter().position(|l| l.code == code);
    if line_idx(&s.code).is_some() {
        return Err(c.err(
            "shared.code",
            Msg::new("err-prj-shared-code").arg("code", &s.code),
            Msg::new("err-prj-hint-shared-code"),
        ));
    }
    let mut key = vec![Decimal::ZERO; lines.len()];
    for (code, pct) in &s.key {
        let i = line_idx(code)
            .ok_or_else(|| unknown_line(c, &format!("shared.key.{code}"), code, line_codes))?;
        key[i] = pct.0;
    }
    let sum = checked_sum(key.iter().copied());
    if sum != Some(Decimal::ONE_HUNDRED) {
        return Err(c.err(
            "shared.key",
            Msg::new("err-prj-shared-sum").arg("sum", shown_sum(sum)),
            Msg::new("err-prj-hint-shared-sum"),
        ));
    }
    Ok(SharedKey {
        code: s.code,
        name: s.name.into(),
        key,
    })
}

/// `[[versions]]`: at least one, each consistent, in order of their effective dates.
fn build_versions(
    c: &Check,
    raw: Vec<RawVersion>,
    lines: &[Line],
    headings: &[Heading],
    base: &Params,
) -> Result<Vec<Version>, ImportError> {
    if raw.is_empty() {
        return Err(c.err(
            "versions",
            Msg::new("err-prj-no-version"),
            Msg::new("err-prj-hint-no-version"),
        ));
    }
    let mut versions = Vec::with_capacity(raw.len());
    for (vi, v) in raw.into_iter().enumerate() {
        versions.push(build_version(c, vi, v, lines, headings, base)?);
    }
    for i in 1..versions.len() {
        let (before, this) = (&versions[i - 1], &versions[i]);
        if this.effective_from <= before.effective_from {
            return Err(c.err(
                &format!("versions[{i}].effective_from"),
                Msg::new("err-prj-versions-order")
                    .arg("number", this.number)
                    .arg("date", this.effective_from)
                    .arg("before", before.number)
                    .arg("before_date", before.effective_from),
                Msg::new("err-prj-hint-versions-order"),
            ));
        }
    }
    Ok(versions)
}

/// One version of the agreement: its period, budget, targets and parameters.
fn build_version(
    c: &Check,
    vi: usize,
    v: RawVersion,
    lines: &[Line],
    headings: &[Heading],
    base: &Params,
) -> Result<Version, ImportError> {
    let k = |rest: &str| format!("versions[{vi}].{rest}");
    if v.period_end.0 < v.period_start.0 {
        return Err(c.err(
            &k("period_end"),
            Msg::new("err-prj-period-end")
                .arg("end", v.period_end.0)
                .arg("start", v.period_start.0),
            Msg::new("err-prj-hint-period-end"),
        ));
    }
    let budget = version_budget(c, &k, &v, lines, headings)?;
    let line_codes = quoted_codes(lines.iter().map(|l| &l.code));
    let mut targets = vec![0u32; lines.len()];
    for (code, n) in &v.targets {
        let li = lines
            .iter()
            .position(|l| &l.code == code)
            .ok_or_else(|| unknown_line(c, &k(&format!("targets.{code}")), code, &line_codes))?;
        targets[li] = *n;
    }
    let params = complete_params(&v.params, Some(base), &k("params"), c.file, headings)?;
    check_indirect(c, &k, &budget, lines, headings, &params)?;
    Ok(Version {
        number: v.number,
        effective_from: v.effective_from.0,
        note: v.note,
        period_start: v.period_start.0,
        period_end: v.period_end.0,
        total: cents(v.total.0),
        budget,
        targets,
        params,
    })
}

/// A version's budget cells (line × heading, in cents), summing to its total.
fn version_budget(
    c: &Check,
    k: &dyn Fn(&str) -> String,
    v: &RawVersion,
    lines: &[Line],
    headings: &[Heading],
) -> Result<Vec<Vec<Money>>, ImportError> {
    let line_codes = quoted_codes(lines.iter().map(|l| &l.code));
    let heading_codes = quoted_codes(headings.iter().map(|h| &h.code));
    let mut budget = vec![vec![Decimal::ZERO; headings.len()]; lines.len()];
    for (lcode, cells) in &v.budget {
        let li = lines
            .iter()
            .position(|l| &l.code == lcode)
            .ok_or_else(|| unknown_line(c, &k(&format!("budget.{lcode}")), lcode, &line_codes))?;
        for (hcode, amount) in cells {
            let key = k(&format!("budget.{lcode}.\"{hcode}\""));
            let hi = headings
                .iter()
                .position(|h| &h.code == hcode)
                .ok_or_else(|| {
                    c.err(
                        &key,
                        Msg::new("err-prj-unknown-heading").arg("code", hcode),
                        Msg::new("err-prj-hint-headings").arg("codes", &heading_codes),
                    )
                })?;
            if amount.0.normalize().scale() > 2 || amount.0.is_sign_negative() {
                return Err(c.err(
                    &key,
                    Msg::new("err-prj-not-cents").arg("value", amount.0.to_string()),
                    Msg::new("err-prj-hint-not-cents"),
                ));
            }
            budget[li][hi] = cents(amount.0);
        }
    }
    // Each cell is bounded (`MAX_PROJECT_NUMBER`), so only an absurd count could overflow.
    let sum: Money = checked_sum(budget.iter().flatten().copied()).unwrap_or(Decimal::MAX);
    if sum != cents(v.total.0) {
        return Err(c.err(
            &k("total"),
            Msg::new("err-prj-budget-total")
                .money("sum", sum)
                .money("total", v.total.0),
            Msg::new("err-prj-hint-budget-total"),
        ));
    }
    Ok(budget)
}

/// The indirect budget of a line may not exceed the flat rate of its direct budget.
fn check_indirect(
    c: &Check,
    k: &dyn Fn(&str) -> String,
    budget: &[Vec<Money>],
    lines: &[Line],
    headings: &[Heading],
    params: &Params,
) -> Result<(), ImportError> {
    let Some(ih) = headings
        .iter()
        .position(|h| h.kind == HeadingKind::Indirect)
    else {
        return Ok(());
    };
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
            return Err(c.err(
                &k(&format!(
                    "budget.{}.\"{}\"",
                    lines[li].code, headings[ih].code
                )),
                Msg::new("err-prj-indirect")
                    .money("indirect", row[ih])
                    .num("rate", params.indirect_rate)
                    .money("allowed", allowed),
                Msg::new("err-prj-hint-indirect"),
            ));
        }
    }
    Ok(())
}

/// `[columns.<input>]`: only known inputs and fields.
fn check_columns(
    c: &Check,
    columns: &BTreeMap<String, BTreeMap<String, Vec<String>>>,
) -> Result<(), ImportError> {
    for (input, fields) in columns {
        let known: &[super::fields::FieldSpec] = match input.as_str() {
            "expenses" => super::fields::EXPENSE_FIELDS,
            "cases" => super::fields::CASE_FIELDS,
            "rates" => super::fields::RATE_FIELDS,
            _ => {
                return Err(c.err(
                    &format!("columns.{input}"),
                    Msg::new("err-prj-unknown-input").arg("input", input),
                    Msg::new("err-prj-hint-unknown-input"),
                ));
            }
        };
        for field in fields.keys() {
            if !known.iter().any(|f| f.id == field) {
                let ids = known.iter().map(|f| f.id).collect::<Vec<_>>().join(", ");
                return Err(c.err(
                    &format!("columns.{input}.{field}"),
                    Msg::new("err-prj-unknown-field").arg("field", field),
                    Msg::new("err-prj-hint-unknown-field").arg("fields", ids),
                ));
            }
        }
    }
    Ok(())
}

/// Reads `[plan]`: per line, month ends (`"2020-12"`) with a cumulative percent of the line's
/// budget, each between 0 and 100 and never falling.
fn build_plan(
    raw: &BTreeMap<String, BTreeMap<String, Dec>>,
    lines: &[Line],
    line_codes: &str,
    file: &str,
) -> Result<Vec<Vec<(NaiveDate, Percent)>>, ImportError> {
    let c = Check { file };
    let mut plan = vec![Vec::new(); lines.len()];
    for (code, points) in raw {
        let li = lines
            .iter()
            .position(|l| &l.code == code)
            .ok_or_else(|| unknown_line(&c, &format!("plan.{code}"), code, line_codes))?;
        let mut last = Decimal::ZERO;
        // BTreeMap order of "YYYY-MM" keys is chronological.
        for (month, pct) in points {
            let key = format!("plan.{code}.\"{month}\"");
            let m = crate::model::Month::parse(month).ok_or_else(|| {
                c.err(
                    &key,
                    Msg::new("err-prj-not-month").arg("month", month),
                    Msg::new("err-prj-hint-not-month"),
                )
            })?;
            if pct.0 < Decimal::ZERO || pct.0 > Decimal::ONE_HUNDRED || pct.0 < last {
                return Err(c.err(
                    &key,
                    Msg::new("err-prj-plan-pct")
                        .num("pct", pct.0)
                        .num("last", last),
                    Msg::new("err-prj-hint-plan-pct"),
                ));
            }
            last = pct.0;
            plan[li].push((m.last_day(), pct.0));
        }
    }
    Ok(plan)
}

/// A parameter's value: this level's, else the base's, else an error naming the key.
fn need<T: Clone>(v: &Option<T>, b: Option<T>, key: String, file: &str) -> Result<T, ImportError> {
    v.clone().or(b).ok_or_else(|| {
        ImportError::project(
            file,
            &key,
            Msg::new("err-prj-missing-param"),
            Msg::new("err-prj-hint-missing-param"),
        )
    })
}

/// A percentage between 0 and 100.
fn pct_check(file: &str, key: String, v: Percent) -> Result<Percent, ImportError> {
    if v < Decimal::ZERO || v > Decimal::ONE_HUNDRED {
        return Err(ImportError::project(
            file,
            &key,
            Msg::new("err-prj-not-pct").num("value", v),
            Msg::new("err-prj-hint-not-pct"),
        ));
    }
    Ok(v)
}

/// The parameters of one level (`[params]`, or a version's, which falls back on the top's).
fn complete_params(
    raw: &RawParams,
    base: Option<&Params>,
    prefix: &str,
    file: &str,
    headings: &[Heading],
) -> Result<Params, ImportError> {
    let k = |n: &str| format!("{prefix}.{n}");
    let dec = |v: &Option<Dec>| v.map(|d| d.0);
    // A required parameter, this level's or the base's.
    macro_rules! req {
        ($raw:expr, $field:ident, $name:expr) => {
            need(&$raw, base.map(|b| b.$field.clone()), k($name), file)?
        };
        // The key named as the field.
        ($raw:expr, $field:ident) => {
            req!($raw, $field, stringify!($field))
        };
    }
    macro_rules! pct {
        ($raw:ident, $field:ident) => {
            pct_check(
                file,
                k(stringify!($raw)),
                req!(dec(&raw.$raw), $field, stringify!($raw)),
            )?
        };
    }
    let c = Check { file };
    Ok(Params {
        payment_grace_days: req!(raw.payment_grace_days, payment_grace_days),
        vat_recoverable: req!(raw.vat_recoverable, vat_recoverable),
        indirect_rate: pct!(indirect_rate_pct, indirect_rate),
        indirect_excluded_headings: excluded_headings(&c, raw, base, &k, headings)?,
        flexibility_pct: pct!(flexibility_pct, flexibility_pct),
        interim_cap_pct: pct!(interim_cap_pct, interim_cap_pct),
        cash_allowance: cents(req!(dec(&raw.cash_allowance), cash_allowance)),
        cash_allowance_tolerance_days: req!(
            raw.cash_allowance_tolerance_days,
            cash_allowance_tolerance_days
        ),
        food_per_day: cents(req!(dec(&raw.food_per_day), food_per_day)),
        accommodation_includes_departure_day: req!(
            raw.accommodation_includes_departure_day,
            accommodation_includes_departure_day
        ),
        reintegration_months: req!(raw.reintegration_months, reintegration_months),
        reintegration_cap: dec(&raw.reintegration_cap)
            .map(cents)
            .or(base.and_then(|b| b.reintegration_cap)),
        reintegration_warn_above: cents(req!(
            dec(&raw.reintegration_warn_above),
            reintegration_warn_above
        )),
        case_id_pattern: case_id_pattern(&c, raw, base, &k)?,
        indicator_alert_pct: indicator_alert(
            &c,
            k("indicator_alert_pct"),
            req!(dec(&raw.indicator_alert_pct), indicator_alert_pct),
        )?,
        small_cell_threshold: req!(raw.small_cell_threshold, small_cell_threshold),
        burn_run_rate_months: req!(raw.burn_run_rate_months, burn_run_rate_months),
        burn_alert_pp: req!(dec(&raw.burn_alert_pp), burn_alert_pp),
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
        review_confidence_pct: pct!(review_confidence_pct, review_confidence_pct),
        review_tolerable_error_pct: pct!(review_tolerable_error_pct, review_tolerable_error_pct),
        non_third_countries: non_third_countries(&c, raw, base, &k)?,
    })
}

/// `indirect_excluded_headings`: heading codes the project knows.
fn excluded_headings(
    c: &Check,
    raw: &RawParams,
    base: Option<&Params>,
    k: &dyn Fn(&str) -> String,
    headings: &[Heading],
) -> Result<Vec<String>, ImportError> {
    let excluded = need(
        &raw.indirect_excluded_headings,
        base.map(|b| b.indirect_excluded_headings.clone()),
        k("indirect_excluded_headings"),
        c.file,
    )?;
    for (i, h) in excluded.iter().enumerate() {
        if !headings.iter().any(|x| &x.code == h) {
            return Err(c.err(
                &k(&format!("indirect_excluded_headings[{i}]")),
                Msg::new("err-prj-unknown-heading").arg("code", h),
                Msg::new("err-prj-hint-heading-code"),
            ));
        }
    }
    Ok(excluded)
}

/// `non_third_countries`, with `members_until` dates (a country that left the EU).
fn non_third_countries(
    c: &Check,
    raw: &RawParams,
    base: Option<&Params>,
    k: &dyn Fn(&str) -> String,
) -> Result<BTreeMap<String, Option<NaiveDate>>, ImportError> {
    let mut non_third: BTreeMap<String, Option<NaiveDate>> = match &raw.non_third_countries {
        Some(list) => list
            .iter()
            .map(|c| (c.trim().to_ascii_uppercase(), None))
            .collect(),
        None => match base {
            Some(b) => b.non_third_countries.clone(),
            None => {
                return Err(c.err(
                    &k("non_third_countries"),
                    Msg::new("err-prj-missing-param"),
                    Msg::new("err-prj-hint-countries"),
                ))
            }
        },
    };
    if let Some(until) = &raw.members_until {
        for (code, d) in until {
            non_third.insert(code.trim().to_ascii_uppercase(), Some(d.0));
        }
    }
    Ok(non_third)
}

/// `case_id_pattern`: a regular expression.
fn case_id_pattern(
    c: &Check,
    raw: &RawParams,
    base: Option<&Params>,
    k: &dyn Fn(&str) -> String,
) -> Result<String, ImportError> {
    let pattern = need(
        &raw.case_id_pattern,
        base.map(|b| b.case_id_pattern.clone()),
        k("case_id_pattern"),
        c.file,
    )?;
    if let Err(e) = regex::Regex::new(&pattern) {
        return Err(c.err(
            &k("case_id_pattern"),
            Msg::new("err-prj-not-regex").arg("detail", one_line(&e.to_string())),
            Msg::new("err-prj-hint-regex"),
        ));
    }
    Ok(pattern)
}

/// `indicator_alert_pct`: not negative.
fn indicator_alert(c: &Check, key: String, v: Decimal) -> Result<Decimal, ImportError> {
    if v < Decimal::ZERO {
        return Err(c.err(
            &key,
            Msg::new("err-prj-negative").num("value", v),
            Msg::new("err-prj-hint-negative"),
        ));
    }
    Ok(v)
}
