//! The burn report model (project manager's view): monthly eligible spend per activity line and
//! funding source against the plan, % of budget used vs % of time elapsed, the "theoretical by
//! today" and difference from plan per line and heading, the forecast at completion with the EU
//! funding at risk, indicator burn, reintegration deadlines and alerts. Plain `Serialize` data
//! built from the same allocation as the claim; renderers format it and never recompute.

// [line][heading] and [line][source] matrices are clearer with index loops.
#![allow(clippy::needless_range_loop)]

mod forecast;
mod indicators;
mod months;
pub(crate) mod numfmt;

use super::{SplitOut, Tool, TOOL};
use crate::allocate::{Allocation, Split};
use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::money::{cents, pct_of, round_half_up, ser_decimal, ser_money, ser_money_opt};
use crate::model::project::{HeadingKind, Lang, Project, Version};
use crate::model::InputDigest;
use crate::model::{Money, Month};
use crate::report::indicators::Event;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize)]
pub struct BurnReport {
    pub report: &'static str,
    pub tool: Tool,
    pub lang: Lang,
    pub as_of: NaiveDate,
    pub agreement: Agreement,
    pub inputs: Vec<InputDigest>,
    pub sources: Vec<SourceInfo>,
    pub params: BurnParams,
    pub time: TimeInfo,
    pub months: Vec<MonthRow>,
    pub lines: Vec<LineBurn>,
    pub total: LineBurn,
    pub headings: Vec<HeadingBurn>,
    pub cells: Vec<CellBurn>,
    /// EU share × the budget the run-rate forecasts leave unspent (each line capped at its
    /// budget), rounded half up to the cent.
    #[serde(serialize_with = "ser_money")]
    pub eu_at_risk: Money,
    pub indicators: Vec<IndicatorLine>,
    pub indicator_months: Vec<IndicatorMonth>,
    pub deadlines: Vec<indicators::Deadline>,
    pub alerts: Vec<Alert>,
    /// How the figures are computed (`burn-method-text`), shown under the tables.
    pub method: Msg,
}

#[derive(Debug, Clone, Serialize)]
pub struct Agreement {
    pub number: String,
    pub title: String,
    pub beneficiary: String,
    /// The version in force at the as-of date: it governs the end date and the budget.
    pub version: u32,
    pub version_effective_from: NaiveDate,
    pub version_note: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    #[serde(serialize_with = "ser_money")]
    pub budget: Money,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    pub code: String,
    pub name: String,
    #[serde(serialize_with = "ser_decimal")]
    pub share: Decimal,
    #[serde(serialize_with = "ser_money")]
    pub budget: Money,
    #[serde(serialize_with = "ser_money")]
    pub cumulative: Money,
}

#[derive(Debug, Clone, Serialize)]
pub struct BurnParams {
    pub run_rate_months: u32,
    #[serde(serialize_with = "ser_decimal")]
    pub alert_pp: Decimal,
    pub heading_near_limit_pct: u32,
    #[serde(serialize_with = "ser_decimal")]
    pub flexibility_pct: Decimal,
    pub reintegration_months: u32,
    pub deadline_window_days: i64,
    /// Lines whose plan comes from the project file's `[plan]` (the others are linear).
    pub planned_lines: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimeInfo {
    pub days_elapsed: i64,
    pub days_total: i64,
    /// Percent of the period elapsed, two decimals.
    #[serde(serialize_with = "ser_decimal")]
    pub elapsed_pct: Decimal,
    /// Months still to forecast after the as-of date, two decimals: the rest of the as-of
    /// month as a share of its days, then whole months to the end date's month.
    #[serde(serialize_with = "ser_decimal")]
    pub months_left: Decimal,
    /// The complete months the run-rate averages (`YYYY-MM`, oldest first); empty while the
    /// period has fewer than `run_rate_months` complete months: too early for a forecast.
    pub run_rate_window: Vec<String>,
}

/// One line's figures in one month; `actual` and `cumulative` are none after the as-of month.
#[derive(Debug, Clone, Serialize)]
pub struct MonthLine {
    #[serde(serialize_with = "ser_money_opt")]
    pub actual: Option<Money>,
    #[serde(serialize_with = "ser_money_opt")]
    pub cumulative: Option<Money>,
    /// The run-rate forecast's cumulative amount at the month's end, from the as-of month (the
    /// cumulative at the as-of date) to the end date's month (the forecast at completion); none
    /// before the as-of month or without a forecast. What the charts draw as the forecast line.
    #[serde(serialize_with = "ser_money_opt")]
    pub forecast_cumulative: Option<Money>,
    #[serde(serialize_with = "ser_money")]
    pub plan: Money,
    #[serde(serialize_with = "ser_money")]
    pub plan_cumulative: Money,
}

#[derive(Debug, Clone, Serialize)]
pub struct MonthRow {
    pub month: String,
    /// The last month of a closed quarter: cumulative figures equal the claim's.
    pub closes_quarter: bool,
    pub lines: Vec<MonthLine>,
    pub total: MonthLine,
    /// Monthly and cumulative spend by source (source order); none after the as-of month.
    pub by_source: Vec<Option<SourceMonth>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceMonth {
    #[serde(serialize_with = "ser_money")]
    pub actual: Money,
    #[serde(serialize_with = "ser_money")]
    pub cumulative: Money,
}

/// An activity line (or the total): budget use against time and plan, and its forecast.
#[derive(Debug, Clone, Serialize)]
pub struct LineBurn {
    pub line: String,
    pub name: String,
    #[serde(serialize_with = "ser_money")]
    pub budget: Money,
    pub cumulative: SplitOut,
    /// Percent of the budget used, of time elapsed and planned, two decimals.
    #[serde(serialize_with = "ser_money_opt")]
    pub used_pct: Option<Decimal>,
    #[serde(serialize_with = "ser_money")]
    pub time_pct: Decimal,
    #[serde(serialize_with = "ser_money")]
    pub plan_pct: Decimal,
    /// used − plan, percentage points, two decimals.
    #[serde(serialize_with = "ser_money_opt")]
    pub deviation_pp: Option<Decimal>,
    /// The plan's cumulative amount at the as-of date (budget × elapsed share when linear).
    #[serde(serialize_with = "ser_money")]
    pub theoretical: Money,
    /// Cumulative − theoretical (negative: behind plan).
    #[serde(serialize_with = "ser_money")]
    pub difference_from_plan: Money,
    /// The forecast figures are none while it is too early for a forecast (see `TimeInfo`).
    #[serde(serialize_with = "ser_money_opt")]
    pub run_rate_monthly: Option<Money>,
    #[serde(serialize_with = "ser_money_opt")]
    pub forecast_run_rate: Option<Money>,
    #[serde(serialize_with = "ser_money_opt")]
    pub forecast_linear: Option<Money>,
    #[serde(serialize_with = "ser_money_opt")]
    pub over_under: Option<Money>,
    #[serde(serialize_with = "ser_money_opt")]
    pub over_under_linear: Option<Money>,
    #[serde(serialize_with = "ser_money")]
    pub unspent: Money,
    /// EU share of `unspent`, rounded half up (lines may not add to the total's by a cent).
    #[serde(serialize_with = "ser_money")]
    pub eu_at_risk: Money,
}

/// A budget heading over all lines, with its flexibility limit.
#[derive(Debug, Clone, Serialize)]
pub struct HeadingBurn {
    pub heading: String,
    pub name: String,
    #[serde(serialize_with = "ser_money")]
    pub budget: Money,
    #[serde(serialize_with = "ser_money")]
    pub cumulative: Money,
    #[serde(serialize_with = "ser_money_opt")]
    pub used_pct: Option<Decimal>,
    #[serde(serialize_with = "ser_money")]
    pub theoretical: Money,
    #[serde(serialize_with = "ser_money")]
    pub difference_from_plan: Money,
    #[serde(serialize_with = "ser_money")]
    pub flex_limit: Money,
    /// Cumulative as a percent of the flexibility limit.
    #[serde(serialize_with = "ser_money_opt")]
    pub flex_used_pct: Option<Decimal>,
    pub near_limit: bool,
}

/// One line × heading cell: the difference from plan at the finest grain.
#[derive(Debug, Clone, Serialize)]
pub struct CellBurn {
    pub line: String,
    pub heading: String,
    pub heading_name: String,
    #[serde(serialize_with = "ser_money")]
    pub budget: Money,
    #[serde(serialize_with = "ser_money")]
    pub cumulative: Money,
    #[serde(serialize_with = "ser_money")]
    pub theoretical: Money,
    #[serde(serialize_with = "ser_money")]
    pub difference_from_plan: Money,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorLine {
    pub line: String,
    pub indicator: String,
    pub event: Option<Event>,
    pub target: u32,
    pub achieved: u32,
    #[serde(serialize_with = "ser_money_opt")]
    pub achieved_pct: Option<Decimal>,
    /// Target × elapsed share, one decimal.
    #[serde(serialize_with = "ser_decimal")]
    pub planned_by_now: Decimal,
    /// The line's cumulative eligible spend per person counted.
    #[serde(serialize_with = "ser_money_opt")]
    pub cost_per_person: Option<Money>,
    /// The line's budget ÷ its target.
    #[serde(serialize_with = "ser_money_opt")]
    pub planned_cost_per_person: Option<Money>,
    /// Persons forecast at the end date: achieved + the run-rate window's persons per month ×
    /// months left, rounded half up to whole persons; none when it is too early.
    pub forecast_at_end: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorMonth {
    pub month: String,
    /// Per line: persons counted in the month and cumulative (none after the as-of month).
    pub persons: Vec<Option<u32>>,
    pub cumulative: Vec<Option<u32>>,
    /// Per line: target × elapsed share at the month's end, one decimal.
    #[serde(serialize_with = "ser_decimals")]
    pub target_cumulative: Vec<Decimal>,
}

fn ser_decimals<S: serde::Serializer>(v: &[Decimal], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut q = s.serialize_seq(Some(v.len()))?;
    for x in v {
        q.serialize_element(&x.normalize().to_string())?;
    }
    q.end()
}

#[derive(Debug, Clone, Serialize)]
pub struct Alert {
    /// `line_deviation` or `heading_flexibility`.
    pub kind: &'static str,
    pub code: String,
    pub message: Msg,
}

pub struct BurnInput<'a> {
    pub project: &'a Project,
    pub ledger: &'a Ledger,
    pub alloc: &'a Allocation,
    /// Each entry's ineligible amount (`rules::ineligible_by_entry`), for counting persons.
    pub ineligible: &'a [crate::model::Money],
    pub lang: Lang,
}

/// The latest payment date in the ledger: the default as-of date, so reruns are identical.
pub fn default_as_of(ledger: &Ledger) -> Option<NaiveDate> {
    ledger
        .entries
        .iter()
        .filter_map(|e| e.expense.paid_date)
        .max()
}

/// The dates a burn report can be made at: from the start of the eligibility period (of the
/// version in force at `as_of`) to the latest version's end date plus its payment grace. Before
/// the start nothing can have been spent; after the grace nothing more can be claimed.
pub(crate) fn as_of_range(project: &Project, as_of: NaiveDate) -> (NaiveDate, NaiveDate) {
    let latest = project.latest_version();
    let grace = chrono::Days::new(u64::from(latest.params.payment_grace_days));
    let end = latest
        .period_end
        .checked_add_days(grace)
        .unwrap_or(NaiveDate::MAX);
    (project.version_on(as_of).period_start, end)
}

/// `as_of` if it is within [`as_of_range`], else the message that says so (`option` names the
/// command-line option or the source of the date).
pub(crate) fn check_as_of(project: &Project, as_of: NaiveDate, option: &str) -> Result<(), Msg> {
    let (from, to) = as_of_range(project, as_of);
    if (from..=to).contains(&as_of) {
        return Ok(());
    }
    Err(Msg::new("burn-as-of-outside")
        .arg("option", option)
        .arg("date", as_of.to_string())
        .arg("from", from)
        .arg("to", to)
        .arg("example", to.to_string())
        .arg(
            "grace",
            project.latest_version().params.payment_grace_days as i64,
        ))
}

fn pct(part: Decimal, whole: Decimal) -> Option<Decimal> {
    (!whole.is_zero()).then(|| part / whole * Decimal::ONE_HUNDRED)
}

fn r2(x: Decimal) -> Decimal {
    round_half_up(x, 2)
}

/// What every step of the burn report reads: the project, the agreement version in force at
/// the as-of date, and each line's budget in it.
struct Basis<'a> {
    project: &'a Project,
    v: &'a Version,
    as_of: NaiveDate,
    lang: Lang,
    line_budget: Vec<Money>,
}

impl Basis<'_> {
    /// The line's planned cumulative percent at `d`, at most 100.
    fn plan_pct_at(&self, l: usize, d: NaiveDate) -> Decimal {
        forecast::plan_pct(self.v, &self.project.plan[l], d).min(Decimal::ONE_HUNDRED)
    }

    /// The plan's cumulative amount of a line × heading cell at the as-of date.
    fn theoretical_cell(&self, l: usize, h: usize) -> Money {
        cents(pct_of(self.v.budget[l][h], self.plan_pct_at(l, self.as_of)))
    }
}

/// The months shown: from the first month computed to the end date's month (or the as-of
/// month, if later).
struct MonthSpan {
    first: Month,
    as_of: Month,
    end: Month,
}

impl MonthSpan {
    fn of(ms: &[months::MonthAlloc], v: &Version, as_of: NaiveDate) -> MonthSpan {
        let first = ms
            .first()
            .map(|m| m.month)
            .unwrap_or_else(|| Month::of(v.period_start));
        let as_of = Month::of(as_of);
        MonthSpan {
            first,
            as_of,
            end: Month::of(v.period_end).max(as_of),
        }
    }

    fn indices(&self) -> std::ops::RangeInclusive<i32> {
        self.first.index()..=self.end.index()
    }
}

/// Time against the agreement's period at the as-of date, and the run-rate window.
struct TimeFrame {
    elapsed: Decimal,
    days_elapsed: i64,
    days_total: i64,
    months_left: Decimal,
    /// The run-rate's months (`burn_run_rate_months`, at least 1).
    n: u32,
    window: Option<Vec<Month>>,
    /// Percent of the period elapsed, two decimals.
    time_pct: Decimal,
}

impl TimeFrame {
    fn of(v: &Version, as_of: NaiveDate) -> TimeFrame {
        let elapsed = forecast::elapsed(v, as_of);
        let (days_elapsed, days_total) = forecast::days(v, as_of);
        let n = v.params.burn_run_rate_months.max(1);
        TimeFrame {
            elapsed,
            days_elapsed,
            days_total,
            months_left: forecast::months_left(v, as_of),
            n,
            window: forecast::run_rate_window(v, as_of, n),
            time_pct: r2(elapsed * Decimal::ONE_HUNDRED),
        }
    }

    /// An amount of each run-rate window month, none while it is too early for a forecast. A
    /// window month with no spend computed (before the first cost) spent nothing.
    fn window_amounts(
        &self,
        ms: &[months::MonthAlloc],
        f: impl Fn(&months::MonthAlloc) -> Money,
    ) -> Option<Vec<Money>> {
        self.window.as_ref().map(|w| {
            w.iter()
                .map(|wm| {
                    ms.iter()
                        .find(|m| m.month == *wm)
                        .map(&f)
                        .unwrap_or_default()
                })
                .collect()
        })
    }
}

/// The months table: each line's actual, cumulative and planned spend per month, with the
/// total and the spend by source (forecasts are filled in later by `forecast_line`).
fn month_rows(basis: &Basis, ms: &[months::MonthAlloc], span: &MonthSpan) -> Vec<MonthRow> {
    let (nl, ns) = (basis.project.lines.len(), basis.project.sources.len());
    let mut months_out = Vec::new();
    let mut cum = vec![Money::ZERO; nl];
    let mut cum_src = vec![Money::ZERO; ns];
    for idx in span.indices() {
        let m = Month::from_index(idx);
        let ma = ms.iter().find(|x| x.month == m);
        let (lines, total) = month_lines(basis, m, ma, &mut cum);
        months_out.push(MonthRow {
            month: m.to_string(),
            closes_quarter: ma.is_some_and(|x| x.closes_quarter),
            total,
            lines,
            by_source: source_months(ma, nl, &mut cum_src),
        });
    }
    months_out
}

/// One month's figures per line and their total; `cum` carries each line's cumulative spend.
fn month_lines(
    basis: &Basis,
    m: Month,
    ma: Option<&months::MonthAlloc>,
    cum: &mut [Money],
) -> (Vec<MonthLine>, MonthLine) {
    let nl = cum.len();
    let mut lines = Vec::with_capacity(nl);
    let mut tot = (Money::ZERO, Money::ZERO, Money::ZERO, Money::ZERO);
    let prev_end = Month::from_index(m.index() - 1).last_day();
    for l in 0..nl {
        let budget = basis.line_budget[l];
        let pc = cents(pct_of(budget, basis.plan_pct_at(l, m.last_day())));
        let pp = cents(pct_of(budget, basis.plan_pct_at(l, prev_end)));
        let actual = ma.map(|x| x.line(l));
        if let Some(a) = actual {
            cum[l] += a;
        }
        tot.0 += actual.unwrap_or_default();
        tot.1 += cum[l];
        tot.2 += pc - pp;
        tot.3 += pc;
        lines.push(MonthLine {
            actual,
            cumulative: actual.map(|_| cum[l]),
            forecast_cumulative: None,
            plan: pc - pp,
            plan_cumulative: pc,
        });
    }
    let total = MonthLine {
        actual: ma.map(|_| tot.0),
        cumulative: ma.map(|_| tot.1),
        forecast_cumulative: None,
        plan: tot.2,
        plan_cumulative: tot.3,
    };
    (lines, total)
}

/// One month's spend by source, and cumulative (`cum_src`); none after the as-of month.
fn source_months(
    ma: Option<&months::MonthAlloc>,
    nl: usize,
    cum_src: &mut [Money],
) -> Vec<Option<SourceMonth>> {
    (0..cum_src.len())
        .map(|s| {
            ma.map(|x| {
                let a: Money = (0..nl).map(|l| x.by_source[l][s]).sum();
                cum_src[s] += a;
                SourceMonth {
                    actual: a,
                    cumulative: cum_src[s],
                }
            })
        })
        .collect()
}

/// Cumulative spend at the as-of date, per line × heading and per line × source.
struct Spent {
    cells: Vec<Vec<Money>>,
    line_src: Vec<Vec<Money>>,
}

fn spent_to_date(project: &Project, ms: &[months::MonthAlloc]) -> Spent {
    let (nl, nh, ns) = (
        project.lines.len(),
        project.headings.len(),
        project.sources.len(),
    );
    let mut cells = vec![vec![Money::ZERO; nh]; nl];
    let mut line_src = vec![vec![Money::ZERO; ns]; nl];
    for m in ms {
        for l in 0..nl {
            for h in 0..nh {
                cells[l][h] += m.cells[l][h];
            }
            for s in 0..ns {
                line_src[l][s] += m.by_source[l][s];
            }
        }
    }
    Spent { cells, line_src }
}

/// Cumulative spend by source over all lines.
fn source_totals(spent: &Spent, ns: usize) -> Vec<Money> {
    (0..ns)
        .map(|s| spent.line_src.iter().map(|row| row[s]).sum())
        .collect()
}

/// One activity line's budget use against time and plan, its forecast and the EU funding at
/// risk; and its exact run-rate (for the forecast line of the months table).
fn line_burn(
    basis: &Basis,
    l: usize,
    spent: &Spent,
    time: &TimeFrame,
    ms: &[months::MonthAlloc],
) -> (LineBurn, Option<Decimal>) {
    let line = &basis.project.lines[l];
    let c: Money = spent.cells[l].iter().copied().sum();
    let budget = basis.line_budget[l];
    let plan_now = basis.plan_pct_at(l, basis.as_of);
    let theoretical = cents(pct_of(budget, plan_now));
    let last = time.window_amounts(ms, |m| m.line(l));
    let f = last
        .as_ref()
        .map(|last| forecast::forecast(budget, c, last, time.months_left, time.elapsed));
    let unspent = f.as_ref().map(|f| f.unspent).unwrap_or_default();
    let used = pct(c, budget);
    let burn = LineBurn {
        line: line.code.clone(),
        name: line.name.get(basis.lang).to_string(),
        budget,
        cumulative: SplitOut::new(
            basis.project,
            &Split {
                eligible: c,
                by_source: spent.line_src[l].clone(),
            },
        ),
        used_pct: used.map(r2),
        time_pct: time.time_pct,
        plan_pct: r2(plan_now),
        deviation_pp: used.map(|u| r2(u - plan_now)),
        theoretical,
        difference_from_plan: c - theoretical,
        run_rate_monthly: f.as_ref().map(|f| f.run_rate_monthly),
        forecast_run_rate: f.as_ref().map(|f| f.run_rate),
        forecast_linear: f.as_ref().map(|f| f.linear),
        over_under: f.as_ref().map(|f| f.over_under),
        over_under_linear: f.as_ref().map(|f| f.over_under_linear),
        unspent,
        eu_at_risk: cents(pct_of(unspent, basis.project.eu_source().share)),
    };
    (burn, last.map(|last| average(&last)))
}

/// The total: sums of the lines' figures; percentages recomputed on the sums. `eu_at_risk` is
/// the EU share of the summed unspent budget, rounded once.
fn total_burn(
    basis: &Basis,
    lines: &[LineBurn],
    by_source: Vec<Money>,
    time: &TimeFrame,
    eu_at_risk: Money,
) -> LineBurn {
    let sum = |g: &dyn Fn(&LineBurn) -> Money| lines.iter().map(g).sum::<Money>();
    let sum_opt = |g: &dyn Fn(&LineBurn) -> Option<Money>| -> Option<Money> {
        lines.iter().map(g).sum::<Option<Money>>()
    };
    let t_budget = basis.v.total;
    let t_cum = sum(&|x| x.cumulative.eligible);
    let t_theo = sum(&|x| x.theoretical);
    let t_used = pct(t_cum, t_budget);
    let t_plan = pct(t_theo, t_budget).unwrap_or_default();
    LineBurn {
        line: "total".into(),
        name: crate::i18n::tr(basis.lang, "burn-total"),
        budget: t_budget,
        cumulative: SplitOut::new(
            basis.project,
            &Split {
                eligible: t_cum,
                by_source,
            },
        ),
        used_pct: t_used.map(r2),
        time_pct: time.time_pct,
        plan_pct: r2(t_plan),
        deviation_pp: t_used.map(|u| r2(u - t_plan)),
        theoretical: t_theo,
        difference_from_plan: t_cum - t_theo,
        run_rate_monthly: sum_opt(&|x| x.run_rate_monthly),
        forecast_run_rate: sum_opt(&|x| x.forecast_run_rate),
        forecast_linear: sum_opt(&|x| x.forecast_linear),
        over_under: sum_opt(&|x| x.over_under),
        over_under_linear: sum_opt(&|x| x.over_under_linear),
        unspent: sum(&|x| x.unspent),
        eu_at_risk,
    }
}

/// Each budget heading over all lines against the plan and its flexibility limit (indirect
/// costs have none), near the limit from `burn_heading_near_pct`.
fn heading_burns(basis: &Basis, cells: &[Vec<Money>]) -> Vec<HeadingBurn> {
    let v = basis.v;
    let nl = cells.len();
    let flex = v.params.flexibility_pct;
    let near = Decimal::from(v.params.burn_heading_near_pct);
    basis
        .project
        .headings
        .iter()
        .enumerate()
        .map(|(h, x)| {
            let budget = v.heading_total(h);
            let c: Money = (0..nl).map(|l| cells[l][h]).sum();
            let theoretical: Money = (0..nl).map(|l| basis.theoretical_cell(l, h)).sum();
            let flex_limit = if x.kind == HeadingKind::Indirect {
                budget
            } else {
                cents(budget + pct_of(budget, flex))
            };
            let flex_used = pct(c, flex_limit);
            HeadingBurn {
                heading: x.code.clone(),
                name: x.name.get(basis.lang).to_string(),
                budget,
                cumulative: c,
                used_pct: pct(c, budget).map(r2),
                theoretical,
                difference_from_plan: c - theoretical,
                flex_limit,
                flex_used_pct: flex_used.map(r2),
                near_limit: match flex_used {
                    Some(p) => p >= near,
                    None => c > Money::ZERO,
                },
            }
        })
        .collect()
}

/// The line × heading cells with a budget or spend: the difference from plan at the finest grain.
fn cell_burns(basis: &Basis, cells: &[Vec<Money>]) -> Vec<CellBurn> {
    let v = basis.v;
    let mut out = Vec::new();
    for (l, line) in basis.project.lines.iter().enumerate() {
        for (h, x) in basis.project.headings.iter().enumerate() {
            if v.budget[l][h].is_zero() && cells[l][h].is_zero() {
                continue;
            }
            let theoretical = basis.theoretical_cell(l, h);
            out.push(CellBurn {
                line: line.code.clone(),
                heading: x.code.clone(),
                heading_name: x.name.get(basis.lang).to_string(),
                budget: v.budget[l][h],
                cumulative: cells[l][h],
                theoretical,
                difference_from_plan: cells[l][h] - theoretical,
            });
        }
    }
    out
}

/// Indicator burn per line (persons counted against the target, cost per person, forecast at
/// the end date), and each line's persons per month index for `indicator_months`.
fn indicator_lines(
    basis: &Basis,
    ledger: &Ledger,
    ineligible: &[Money],
    lines: &[LineBurn],
    time: &TimeFrame,
) -> (Vec<IndicatorLine>, Vec<BTreeMap<i32, u32>>) {
    let project = basis.project;
    let nl = project.lines.len();
    let mut indicator_lines = Vec::with_capacity(nl);
    let mut per_month = Vec::with_capacity(nl);
    let people = crate::report::indicators::persons(ledger, project, ineligible);
    for (l, line) in project.lines.iter().enumerate() {
        let event = crate::report::indicators::line_event(project, l);
        let counts = indicators::per_month(&indicators::event_dates(&people, l, basis.as_of));
        let achieved: u32 = counts.values().sum();
        let target = basis.v.targets[l];
        let c = lines[l].cumulative.eligible;
        let forecast_at_end = time.window.as_ref().map(|w| {
            let in_window: Vec<Money> = w
                .iter()
                .map(|m| Decimal::from(counts.get(&m.index()).copied().unwrap_or(0)))
                .collect();
            let more = round_half_up(average(&in_window) * time.months_left, 0);
            achieved + u32::try_from(more.mantissa()).unwrap_or(0)
        });
        indicator_lines.push(IndicatorLine {
            line: line.code.clone(),
            indicator: line.indicator.get(basis.lang).to_string(),
            event,
            target,
            achieved,
            achieved_pct: pct(Decimal::from(achieved), Decimal::from(target)).map(r2),
            planned_by_now: round_half_up(Decimal::from(target) * time.elapsed, 1),
            cost_per_person: (achieved > 0).then(|| cents(c / Decimal::from(achieved))),
            planned_cost_per_person: (target > 0)
                .then(|| cents(basis.line_budget[l] / Decimal::from(target))),
            forecast_at_end,
        });
        per_month.push(counts);
    }
    (indicator_lines, per_month)
}

/// Persons per line and month, cumulative (none after the as-of month), against the target ×
/// elapsed share at each month's end.
fn indicator_months(
    v: &Version,
    per_month: &[BTreeMap<i32, u32>],
    span: &MonthSpan,
) -> Vec<IndicatorMonth> {
    let nl = per_month.len();
    let mut running = vec![0u32; nl];
    span.indices()
        .map(|idx| {
            let m = Month::from_index(idx);
            let done = idx <= span.as_of.index();
            let persons: Vec<Option<u32>> = (0..nl)
                .map(|l| done.then(|| per_month[l].get(&idx).copied().unwrap_or(0)))
                .collect();
            let cumulative = (0..nl)
                .map(|l| {
                    persons[l].map(|p| {
                        running[l] += p;
                        running[l]
                    })
                })
                .collect();
            let e = forecast::elapsed(v, m.last_day().min(v.period_end));
            IndicatorMonth {
                month: m.to_string(),
                persons,
                cumulative,
                target_cumulative: (0..nl)
                    .map(|l| round_half_up(Decimal::from(v.targets[l]) * e, 1))
                    .collect(),
            }
        })
        .collect()
}

fn agreement(project: &Project, v: &Version, lang: Lang) -> Agreement {
    Agreement {
        number: project.agreement.number.clone(),
        title: project.agreement.title.get(lang).to_string(),
        beneficiary: project.agreement.beneficiary.get(lang).to_string(),
        version: v.number,
        version_effective_from: v.effective_from,
        version_note: v.note.clone(),
        period_start: v.period_start,
        period_end: v.period_end,
        budget: v.total,
    }
}

/// Each funding source's share, budget and cumulative spend.
fn source_infos(
    project: &Project,
    v: &Version,
    spent_by_source: &[Money],
    lang: Lang,
) -> Vec<SourceInfo> {
    let budget_split = project.split_by_source(v.total);
    project
        .sources
        .iter()
        .enumerate()
        .map(|(s, x)| SourceInfo {
            code: x.code.clone(),
            name: x.name.get(lang).to_string(),
            share: x.share,
            budget: budget_split[s],
            cumulative: spent_by_source[s],
        })
        .collect()
}

fn burn_params(project: &Project, v: &Version, n: u32) -> BurnParams {
    BurnParams {
        run_rate_months: n,
        alert_pp: v.params.burn_alert_pp,
        heading_near_limit_pct: v.params.burn_heading_near_pct,
        flexibility_pct: v.params.flexibility_pct,
        reintegration_months: v.params.reintegration_months,
        deadline_window_days: i64::from(v.params.burn_deadline_window_days),
        planned_lines: project
            .lines
            .iter()
            .zip(&project.plan)
            .filter(|(_, p)| !p.is_empty())
            .map(|(l, _)| l.code.clone())
            .collect(),
    }
}

/// The burn report at `as_of`, in the steps its sections read: the months table, the lines
/// and their total, headings and cells, indicators, deadlines and alerts.
pub fn build(inp: &BurnInput, as_of: NaiveDate) -> BurnReport {
    let BurnInput {
        project,
        ledger,
        alloc,
        ineligible,
        lang,
    } = *inp;
    let v = project.version_on(as_of);
    let basis = Basis {
        project,
        v,
        as_of,
        lang,
        line_budget: (0..project.lines.len()).map(|l| v.line_total(l)).collect(),
    };
    let ms = months::monthly(project, ledger, alloc, as_of);
    let span = MonthSpan::of(&ms, v, as_of);
    let time = TimeFrame::of(v, as_of);
    let mut months_out = month_rows(&basis, &ms, &span);
    let spent = spent_to_date(project, &ms);
    let (lines_out, run_rates): (Vec<LineBurn>, Vec<Option<Decimal>>) = (0..project.lines.len())
        .map(|l| line_burn(&basis, l, &spent, &time, &ms))
        .unzip();
    let unspent_total: Money = lines_out.iter().map(|x| x.unspent).sum();
    let eu_at_risk = cents(pct_of(unspent_total, project.eu_source().share));
    forecast_line(
        &mut months_out,
        &lines_out,
        &run_rates,
        span.as_of,
        time.months_left,
    );
    let by_source = source_totals(&spent, project.sources.len());
    let total = total_burn(&basis, &lines_out, by_source.clone(), &time, eu_at_risk);
    let headings = heading_burns(&basis, &spent.cells);
    let (indicator_lines, per_month) =
        indicator_lines(&basis, ledger, ineligible, &lines_out, &time);
    let deadlines = indicators::deadlines_due(
        project,
        ledger,
        as_of,
        v.params.reintegration_months,
        i64::from(v.params.burn_deadline_window_days),
    );
    let alerts = alerts(&lines_out, &headings, v.params.burn_alert_pp);
    BurnReport {
        report: "burn",
        tool: TOOL,
        lang,
        as_of,
        agreement: agreement(project, v, lang),
        inputs: ledger.digests.clone(),
        sources: source_infos(project, v, &by_source, lang),
        params: burn_params(project, v, time.n),
        time: TimeInfo {
            days_elapsed: time.days_elapsed,
            days_total: time.days_total,
            elapsed_pct: time.time_pct,
            months_left: time.months_left,
            run_rate_window: time
                .window
                .iter()
                .flatten()
                .map(|m| m.to_string())
                .collect(),
        },
        months: months_out,
        lines: lines_out,
        total,
        headings,
        cells: cell_burns(&basis, &spent.cells),
        eu_at_risk,
        indicators: indicator_lines,
        indicator_months: indicator_months(v, &per_month, &span),
        deadlines,
        alerts,
        method: Msg::new("burn-method-text").arg("n", time.n),
    }
}

/// The mean of a run-rate window's amounts (exact; zero for no months).
fn average(xs: &[Decimal]) -> Decimal {
    if xs.is_empty() {
        Decimal::ZERO
    } else {
        xs.iter().copied().sum::<Decimal>() / Decimal::from(xs.len())
    }
}

/// Fills each month's `forecast_cumulative` from the as-of month to the last month shown: a
/// line's cumulative at the as-of date + its exact run-rate × the months from the as-of date to
/// the month's end, in cents; the last month holds the line's forecast at completion exactly.
/// The total's is the sum of the lines'. Nothing without a forecast.
fn forecast_line(
    months: &mut [MonthRow],
    lines: &[LineBurn],
    run_rates: &[Option<Decimal>],
    asof_m: Month,
    months_left: Decimal,
) {
    let Some(last) = months.last().and_then(|m| Month::parse(&m.month)) else {
        return;
    };
    for row in months.iter_mut() {
        let Some(m) = Month::parse(&row.month).filter(|m| *m >= asof_m) else {
            continue;
        };
        let after = Decimal::from(last.index() - m.index());
        let t = (months_left - after).max(Decimal::ZERO);
        let mut total = Some(Money::ZERO);
        for (l, x) in lines.iter().enumerate() {
            let value = match (run_rates[l], x.forecast_run_rate) {
                (Some(_), Some(end)) if m == last => Some(end),
                (Some(rr), Some(_)) => Some(cents(x.cumulative.eligible + rr * t)),
                _ => None,
            };
            row.lines[l].forecast_cumulative = value;
            total = total.zip(value).map(|(a, b)| a + b);
        }
        row.total.forecast_cumulative = total;
    }
}

/// A line deviating from its plan by more than `alert_pp` percentage points, and a heading
/// near its flexibility limit.
fn alerts(lines: &[LineBurn], headings: &[HeadingBurn], alert_pp: Decimal) -> Vec<Alert> {
    let mut out = Vec::new();
    for x in lines {
        if let Some(d) = x.deviation_pp.filter(|d| d.abs() > alert_pp) {
            out.push(Alert {
                kind: "line_deviation",
                code: x.line.clone(),
                message: Msg::new("burn-alert-line")
                    .arg("line", &x.line)
                    .num("used", x.used_pct.unwrap_or_default())
                    .num("plan", x.plan_pct)
                    .num("dev", d)
                    .num("threshold", alert_pp),
            });
        }
    }
    for x in headings.iter().filter(|x| x.near_limit) {
        out.push(Alert {
            kind: "heading_flexibility",
            code: x.heading.clone(),
            message: Msg::new("burn-alert-heading")
                .arg("heading", &x.heading)
                .num("used", x.flex_used_pct.unwrap_or_default())
                .money("limit", x.flex_limit),
        });
    }
    out
}
