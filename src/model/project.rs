//! The project: one grant agreement with its versions (amendments), funding sources, activity
//! lines, budget headings and every rule parameter. Built once from the project file by
//! `import::project`; after that it is consistent (shares sum to 100 %, the budget adds up).

use super::money::{cents, pct_of, Money, Percent};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Report language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Lv,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "lv" => Some(Lang::Lv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Lang::Lv => "lv",
            Lang::En => "en",
        }
    }
}

/// A name in both report languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Names {
    pub lv: String,
    pub en: String,
}

impl Names {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Lv => &self.lv,
            Lang::En => &self.en,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Agreement {
    pub number: String,
    pub title: Names,
    pub beneficiary: Names,
    pub responsible_authority: Names,
    pub fund: Names,
}

/// A funding source with its share of every eligible euro. The first source is the EU fund.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub code: String,
    pub name: Names,
    #[serde(serialize_with = "super::money::ser_decimal")]
    pub share: Percent,
}

/// An activity line (A1, A2, A3): the unit budgets, targets and indicators are kept by.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub code: String,
    pub name: Names,
    pub indicator: Names,
}

/// Shared direct costs, booked under one code and apportioned to the lines by a key.
#[derive(Debug, Clone, Serialize)]
pub struct SharedKey {
    pub code: String,
    pub name: Names,
    /// Percent per line, in the order of `Project::lines`.
    pub key: Vec<Percent>,
}

/// What a budget heading pays for; the rules that concern target-group costs read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum HeadingKind {
    #[default]
    Ordinary,
    /// Staff costs (payroll): the reviewer asks for payroll sheets, timesheets and contracts.
    Staff,
    TravelDocument,
    Ticket,
    CashAllowance,
    Transit,
    Reintegration,
    Accommodation,
    Food,
    /// Indirect costs: a flat rate of the direct costs, never booked from invoices.
    Indirect,
}

#[derive(Debug, Clone, Serialize)]
pub struct Heading {
    pub code: String,
    pub name: Names,
    pub kind: HeadingKind,
    /// Costs under this heading are for one case each and must name it.
    pub per_case: bool,
}

/// Every rule parameter; a version of the agreement may override any of them.
#[derive(Debug, Clone, Serialize)]
pub struct Params {
    pub payment_grace_days: u32,
    pub vat_recoverable: bool,
    #[serde(serialize_with = "super::money::ser_decimal")]
    pub indirect_rate: Percent,
    pub indirect_excluded_headings: Vec<String>,
    #[serde(serialize_with = "super::money::ser_decimal")]
    pub flexibility_pct: Percent,
    #[serde(serialize_with = "super::money::ser_decimal")]
    pub interim_cap_pct: Percent,
    #[serde(serialize_with = "super::money::ser_money")]
    pub cash_allowance: Money,
    pub cash_allowance_tolerance_days: u32,
    #[serde(serialize_with = "super::money::ser_money")]
    pub food_per_day: Money,
    pub accommodation_includes_departure_day: bool,
    pub reintegration_months: u32,
    #[serde(serialize_with = "super::money::ser_money_opt")]
    pub reintegration_cap: Option<Money>,
    #[serde(serialize_with = "super::money::ser_money")]
    pub reintegration_warn_above: Money,
    pub case_id_pattern: String,
    /// IND-01: a line's persons above this percent of its target are flagged (info).
    #[serde(serialize_with = "super::money::ser_decimal")]
    pub indicator_alert_pct: Percent,
    pub small_cell_threshold: u32,
    pub burn_run_rate_months: u32,
    #[serde(serialize_with = "super::money::ser_decimal")]
    pub burn_alert_pp: Percent,
    /// Burn: a heading "nears its flexibility limit" at this percent of budget × (1 +
    /// flexibility). Optional in the project file (90).
    pub burn_heading_near_pct: u32,
    /// Burn: reintegration deadlines falling due within this many days after the as-of date
    /// are listed. Optional in the project file (90).
    pub burn_deadline_window_days: u32,
    #[serde(serialize_with = "super::money::ser_decimal")]
    pub review_confidence_pct: Percent,
    #[serde(serialize_with = "super::money::ser_decimal")]
    pub review_tolerable_error_pct: Percent,
    /// Countries whose nationals are not third-country nationals (EU, EEA, CH), alpha-2 or
    /// alpha-3, each with the last day of membership if it ended (the UK: 2020-12-31).
    pub non_third_countries: BTreeMap<String, Option<NaiveDate>>,
}

impl Params {
    /// Whether a national of `country` is a third-country national on `date`.
    pub fn is_third_country(&self, country: &str, date: NaiveDate) -> bool {
        third_country_on(self.non_third_country(country), date)
    }

    /// How the list names `country`: not at all (`None`, a third country), for good
    /// (`Some(None)`), or up to a date (`Some(Some(until))`). See `third_country_on`.
    pub(crate) fn non_third_country(&self, country: &str) -> Option<Option<NaiveDate>> {
        self.non_third_countries
            .get(&country.trim().to_ascii_uppercase())
            .copied()
    }
}

/// Whether a country listed as `non_third_country` returned is a third country on `date`.
pub(crate) fn third_country_on(listed: Option<Option<NaiveDate>>, date: NaiveDate) -> bool {
    match listed {
        None => true,
        Some(None) => false,
        Some(Some(until)) => date > until,
    }
}

/// One version of the grant agreement: the original or an amendment, in force from a date.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    pub number: u32,
    pub effective_from: NaiveDate,
    pub note: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    #[serde(serialize_with = "super::money::ser_money")]
    pub total: Money,
    /// Budget per line and heading, `[line][heading]` in project order; heading kinds
    /// `Indirect` hold the indirect-cost budget.
    #[serde(skip)]
    pub budget: Vec<Vec<Money>>,
    /// Persons targeted per line, in line order.
    pub targets: Vec<u32>,
    pub params: Params,
}

impl Version {
    pub(crate) fn line_total(&self, line: usize) -> Money {
        self.budget[line].iter().copied().sum()
    }
    /// A heading's budget over all lines.
    pub(crate) fn heading_total(&self, heading: usize) -> Money {
        self.budget.iter().map(|l| l[heading]).sum()
    }
}

/// A payment recorded in the project file (advance or interim), shown on the claim cover.
#[derive(Debug, Clone, Serialize)]
pub struct Payment {
    pub date: NaiveDate,
    pub kind: String,
    #[serde(serialize_with = "super::money::ser_money")]
    pub amount: Money,
    pub note: String,
}

/// Where the inputs are, relative to the project file, and the sheet to read in each.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub expenses: Option<PathBuf>,
    pub cases: Option<PathBuf>,
    pub rates: Option<PathBuf>,
    pub expenses_sheet: Option<String>,
    pub cases_sheet: Option<String>,
    pub rates_sheet: Option<String>,
}

/// The whole project, consistent by construction.
#[derive(Debug, Clone)]
pub struct Project {
    pub path: PathBuf,
    pub agreement: Agreement,
    pub default_lang: Lang,
    pub currency: String,
    pub sources: Vec<Source>,
    pub lines: Vec<Line>,
    pub shared: Option<SharedKey>,
    pub headings: Vec<Heading>,
    /// Sorted by `effective_from`.
    pub versions: Vec<Version>,
    pub payments: Vec<Payment>,
    pub signatory: Names,
    pub inputs: Inputs,
    /// Extra header names per input and field id (an accounting system's export).
    pub columns: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// The spending profile per line (in line order): cumulative percent of the line's budget
    /// at given month ends, ascending. Empty for a line: linear over the period (burn report).
    pub plan: Vec<Vec<(NaiveDate, Percent)>>,
}

impl Project {
    /// The version in force on `date`: the latest one effective on or before it (the first
    /// version governs dates before it took effect).
    pub(crate) fn version_on(&self, date: NaiveDate) -> &Version {
        &self.versions[self.version_index_on(date)]
    }
    /// The index in `versions` of `version_on(date)`, for tables kept per version.
    pub(crate) fn version_index_on(&self, date: NaiveDate) -> usize {
        self.versions
            .iter()
            .rposition(|v| v.effective_from <= date)
            .unwrap_or(0)
    }
    /// The version in force now, for reports about the whole project.
    pub(crate) fn latest_version(&self) -> &Version {
        self.versions
            .last()
            .expect("a project has at least one version")
    }
    pub fn line_index(&self, code: &str) -> Option<usize> {
        self.lines.iter().position(|l| l.code == code)
    }
    pub fn heading_index(&self, code: &str) -> Option<usize> {
        self.headings.iter().position(|h| h.code == code)
    }
    pub(crate) fn is_shared(&self, code: &str) -> bool {
        self.shared.as_ref().is_some_and(|s| s.code == code)
    }
    pub fn indirect_heading(&self) -> Option<usize> {
        self.headings
            .iter()
            .position(|h| h.kind == HeadingKind::Indirect)
    }
    /// The EU source (the first) and the others.
    pub(crate) fn eu_source(&self) -> &Source {
        &self.sources[0]
    }
    /// Splits an amount into the sources' shares: the EU share rounded half up to the cent,
    /// the rest to the other sources in order (the last takes the remainder).
    pub(crate) fn split_by_source(&self, total: Money) -> Vec<Money> {
        let mut out = Vec::with_capacity(self.sources.len());
        let mut left = total;
        for (i, s) in self.sources.iter().enumerate() {
            if i + 1 == self.sources.len() {
                out.push(left);
            } else {
                let part = cents(pct_of(total, s.share));
                out.push(part);
                left -= part;
            }
        }
        out
    }
}
