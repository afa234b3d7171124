//! The payment claim model: cover data, expenditure by line × heading (budget, earlier claims,
//! this period, cumulative, remaining, % used), the split by source, indirect costs, shared
//! costs, the list of supporting documents, the findings and the rates used. Built from the
//! allocation; renderers format it and never recompute.

use super::{personal_notices, row_counts, RowCount, SplitOut, Tool, TOOL};
use crate::allocate::{Allocation, Totals};
use crate::ledger::Ledger;
use crate::model::money::{cents, pct_of, round_half_up, ser_money, ser_money_opt};
use crate::model::project::{HeadingKind, Lang, Project, Version};
use crate::model::Field;
use crate::model::InputDigest;
use crate::model::{CellRef, ClaimPeriod, Money, Quarter};
use crate::rules::{Finding, FindingText};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct ClaimReport<'a> {
    pub report: &'static str,
    pub tool: Tool,
    pub lang: Lang,
    pub period: PeriodInfo,
    /// The quarter's ordinal in the project (2019-Q1 is 1); none for a year or the final report.
    pub claim_number: Option<u32>,
    /// `interim` or `final`.
    pub claim_type: &'static str,
    pub agreement: AgreementInfo,
    pub inputs: Vec<InputDigest>,
    pub sources: Vec<SourceInfo>,
    pub budget: BudgetInfo,
    pub cover: Cover,
    pub rows: Vec<ClaimRow>,
    pub lines: Vec<LineRow>,
    pub headings: Vec<HeadingRow>,
    pub total: TotalRow,
    pub indirect: Vec<IndirectRow>,
    pub indirect_total: IndirectTotal,
    pub shared: Vec<SharedRow>,
    /// The shared-costs line (its code as booked, its name in the report's language): the
    /// document list shows the name, never a code such as `shared`.
    pub shared_line: Option<SourceLabel>,
    /// The heading of flat-rate indirect costs (never booked from documents), if the project
    /// has one: its period figures come from the indirect-cost computation.
    pub indirect_heading: Option<String>,
    pub quarters: Vec<QuarterRow>,
    pub documents: Vec<DocumentRow<'a>>,
    pub documents_total: DocTotals,
    pub unpaid: Vec<DocumentRow<'a>>,
    pub unpaid_total: DocTotals,
    pub findings: Vec<FindingText>,
    /// The sum of the findings' ineligible (or to-be-corrected) amounts, as the list's total
    /// row adds them: lines may overlap on a cost (see `findings_summary`).
    #[serde(serialize_with = "ser_money")]
    pub findings_total: Money,
    /// What the findings mean for this claim's money, each cost once, and every cost line of
    /// the period accounted for.
    pub findings_summary: FindingsSummary,
    pub rates_used: Vec<RateRow>,
    pub indicators: super::indicators::Indicators,
    /// AMIF + state budget = eligible in every row of the split, this period and cumulative.
    pub split_check: SplitCheck,
    /// Quarters whose earlier-claim figures come from the claim register (frozen).
    pub frozen_quarters: Vec<String>,
    pub row_counts: Vec<RowCount>,
    pub notices: Vec<String>,
    /// How the figures are rounded, in the report's language (the catalogue's `claim-rounding-method`).
    pub rounding: String,
}

/// A code and its name in the report's language.
#[derive(Debug, Clone, Serialize)]
pub struct SourceLabel {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PeriodInfo {
    pub label: String,
    #[serde(flatten)]
    pub period: ClaimPeriod,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub quarters: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AgreementInfo {
    pub number: String,
    pub version: u32,
    pub version_effective_from: NaiveDate,
    pub version_note: String,
    pub title: String,
    pub beneficiary: String,
    pub responsible_authority: String,
    pub fund: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    pub code: String,
    pub name: String,
    #[serde(serialize_with = "crate::model::money::ser_decimal")]
    pub share: Decimal,
}

#[derive(Debug, Clone, Serialize)]
pub struct BudgetInfo {
    #[serde(serialize_with = "ser_money")]
    pub total: Money,
    pub by_source: Vec<SourceAmount>,
    pub targets: Vec<Target_>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceAmount {
    pub code: String,
    #[serde(serialize_with = "ser_money")]
    pub amount: Money,
}

#[derive(Debug, Clone, Serialize)]
pub struct Target_ {
    pub line: String,
    pub indicator: String,
    pub target: u32,
}

/// The claim cover: what is requested, against what was paid and the interim cap.
#[derive(Debug, Clone, Serialize)]
pub struct Cover {
    pub period: SplitOut,
    pub cumulative: SplitOut,
    /// The EU amount requested for this period.
    #[serde(serialize_with = "ser_money")]
    pub requested_eu: Money,
    /// Payments recorded in the project file up to the period's end.
    pub payments: Vec<crate::model::project::Payment>,
    #[serde(serialize_with = "ser_money")]
    pub payments_total: Money,
    /// The interim cap: this percent of the grant's EU share before the final report. Interim
    /// claims only: the final report settles the balance instead.
    #[serde(serialize_with = "ser_decimal_opt")]
    pub interim_cap_pct: Option<Decimal>,
    #[serde(serialize_with = "ser_money_opt")]
    pub interim_cap: Option<Money>,
    /// The final report's balance; none on an interim claim.
    pub balance: Option<Balance>,
    pub signatory: String,
}

/// The final report's balance: the EU share of the total eligible costs (the sum of the
/// quarterly claims' EU shares) − the payments received = the balance requested, or, when
/// negative, the amount to recover.
#[derive(Debug, Clone, Serialize)]
pub struct Balance {
    #[serde(serialize_with = "ser_money")]
    pub eu_eligible: Money,
    #[serde(serialize_with = "ser_money")]
    pub payments_received: Money,
    #[serde(serialize_with = "ser_money")]
    pub balance: Money,
    /// The balance is negative: the beneficiary pays back `-balance`.
    pub to_recover: bool,
}

impl Balance {
    fn of(eu_eligible: Money, payments_received: Money) -> Balance {
        let balance = eu_eligible - payments_received;
        Balance {
            eu_eligible,
            payments_received,
            balance,
            to_recover: balance < Money::ZERO,
        }
    }
}

fn ser_decimal_opt<S: serde::Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) => crate::model::money::ser_decimal(x, s),
        None => s.serialize_none(),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimRow {
    pub line: String,
    pub line_name: String,
    pub heading: String,
    pub heading_name: String,
    #[serde(serialize_with = "ser_money")]
    pub budget: Money,
    pub earlier: SplitOut,
    pub period: SplitOut,
    pub cumulative: SplitOut,
    #[serde(serialize_with = "ser_money")]
    pub remaining: Money,
    /// Cumulative as a percentage of the budget, two decimals; none without a budget.
    #[serde(serialize_with = "ser_money_opt")]
    pub used_pct: Option<Decimal>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LineRow {
    pub line: String,
    pub line_name: String,
    #[serde(serialize_with = "ser_money")]
    pub budget: Money,
    pub earlier: SplitOut,
    pub period: SplitOut,
    pub cumulative: SplitOut,
    #[serde(serialize_with = "ser_money")]
    pub remaining: Money,
    #[serde(serialize_with = "ser_money_opt")]
    pub used_pct: Option<Decimal>,
}

/// A heading over all lines, with its flexibility headroom.
#[derive(Debug, Clone, Serialize)]
pub struct HeadingRow {
    pub heading: String,
    pub heading_name: String,
    #[serde(serialize_with = "ser_money")]
    pub budget: Money,
    #[serde(serialize_with = "ser_money")]
    pub cumulative: Money,
    /// Budget × (1 + flexibility %): what the heading may reach without an amendment.
    #[serde(serialize_with = "ser_money")]
    pub flex_limit: Money,
    #[serde(serialize_with = "ser_money")]
    pub headroom: Money,
}

#[derive(Debug, Clone, Serialize)]
pub struct TotalRow {
    #[serde(serialize_with = "ser_money")]
    pub budget: Money,
    pub earlier: SplitOut,
    pub period: SplitOut,
    pub cumulative: SplitOut,
    #[serde(serialize_with = "ser_money")]
    pub remaining: Money,
    #[serde(serialize_with = "ser_money_opt")]
    pub used_pct: Option<Decimal>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndirectRow {
    pub line: String,
    #[serde(serialize_with = "ser_money")]
    pub direct_base: Money,
    #[serde(serialize_with = "crate::model::money::ser_decimal")]
    pub rate_pct: Decimal,
    /// Rate × base of the whole period (for reference; each quarter rounds on its own).
    #[serde(serialize_with = "ser_money")]
    pub allowed: Money,
    /// The sum of the quarters' indirect costs: what is claimed.
    #[serde(serialize_with = "ser_money")]
    pub claimed: Money,
    /// Claimed − allowed: the cents each quarter's own rounding adds or takes.
    #[serde(serialize_with = "ser_money")]
    pub difference: Money,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndirectTotal {
    #[serde(serialize_with = "ser_money")]
    pub direct_base: Money,
    #[serde(serialize_with = "ser_money")]
    pub allowed: Money,
    #[serde(serialize_with = "ser_money")]
    pub claimed: Money,
    #[serde(serialize_with = "ser_money")]
    pub difference: Money,
}

/// Column totals of a list of supporting documents.
#[derive(Debug, Clone, Serialize)]
pub struct DocTotals {
    pub lines: usize,
    #[serde(serialize_with = "ser_money")]
    pub eur: Money,
    #[serde(serialize_with = "ser_money")]
    pub vat_eur: Money,
    #[serde(serialize_with = "ser_money")]
    pub eligible: Money,
    #[serde(serialize_with = "ser_money")]
    pub ineligible: Money,
}

impl DocTotals {
    fn of(rows: &[DocumentRow]) -> DocTotals {
        DocTotals {
            lines: rows.len(),
            eur: rows.iter().filter_map(|d| d.eur).sum(),
            vat_eur: rows.iter().map(|d| d.vat_eur).sum(),
            eligible: rows.iter().map(|d| d.eligible).sum(),
            ineligible: rows.iter().map(|d| d.ineligible).sum(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SharedRow {
    pub heading: String,
    #[serde(serialize_with = "ser_money")]
    pub booked: Money,
    pub to_lines: Vec<SourceAmount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuarterRow {
    pub quarter: String,
    pub version: u32,
    pub split: SplitOut,
}

/// One supporting-document line of the list (Izdevumus pamatojošo dokumentu saraksts). Its
/// texts are borrowed from the ledger: a final claim lists every cost line, and a copy of a
/// million lines' texts would be the largest thing in memory.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentRow<'a> {
    pub entry_id: &'a str,
    pub doc_no: &'a str,
    pub doc_date: NaiveDate,
    pub paid_date: Option<NaiveDate>,
    pub supplier: &'a str,
    pub description: &'a str,
    pub activity: &'a str,
    pub heading: &'a str,
    pub case_id: Option<&'a str>,
    pub currency: &'a str,
    #[serde(serialize_with = "crate::model::money::ser_doc_amount")]
    pub amount: Money,
    pub rate: Option<String>,
    pub rate_source: Option<&'a str>,
    #[serde(serialize_with = "ser_money_opt")]
    pub eur: Option<Money>,
    #[serde(serialize_with = "ser_money")]
    pub vat_eur: Money,
    #[serde(serialize_with = "ser_money")]
    pub eligible: Money,
    #[serde(serialize_with = "ser_money")]
    pub ineligible: Money,
    pub rules: Vec<&'static str>,
    /// The source row, for the reviewer (`expenses.xlsx › Izdevumi!A37`).
    pub source: CellRef,
}

/// The findings section's reconciliation: the list's total split into what it excludes (each
/// cost once) and FIN-02's differences, the costs more than one rule removes money from, and
/// the period's cost lines — paid in the period, or not yet paid and dated up to its end —
/// read = claimed + excluded + not yet paid + not convertible.
#[derive(Debug, Clone, Serialize)]
pub struct FindingsSummary {
    /// FIN-02: differences to correct in this claim for quarters already submitted.
    #[serde(serialize_with = "ser_money")]
    pub to_correct: Money,
    /// What the findings exclude from the period's paid, converted lines, each cost once (the
    /// largest removal; `rules::ineligible_by_entry`).
    #[serde(serialize_with = "ser_money")]
    pub excluded: Money,
    /// Cost lines of the period with removals by more than one rule, and the rules.
    pub overlaps: Vec<Overlap>,
    pub reconciliation: super::check::Reconciliation,
}

#[derive(Debug, Clone, Serialize)]
pub struct Overlap {
    pub entry_id: String,
    pub rules: Vec<&'static str>,
}

fn findings_summary(
    ledger: &Ledger,
    findings: &[Finding],
    rows: &[usize],
    ineligible: &[Money],
    claimed: &[Money],
    lang: Lang,
) -> FindingsSummary {
    let checked = super::check::checked(ledger, findings, lang);
    let mut overlaps: Vec<Overlap> = Vec::new();
    for c in checked.iter().filter(|c| !c.overlaps.is_empty()) {
        let Some(id) = &c.finding.entry_id else {
            continue;
        };
        if overlaps.iter().any(|o| &o.entry_id == id) {
            continue;
        }
        let mut rules = c.overlaps.clone();
        rules.push(c.finding.rule);
        rules.sort_unstable();
        overlaps.push(Overlap {
            entry_id: id.clone(),
            rules,
        });
    }
    let reconciliation = super::check::reconcile(ledger, rows.iter().copied(), ineligible, claimed);
    FindingsSummary {
        to_correct: checked.iter().filter_map(|c| c.to_correct).sum(),
        excluded: reconciliation.excluded.eur,
        overlaps,
        reconciliation,
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RateRow {
    pub month: String,
    pub currency: String,
    pub rate: String,
    pub source: String,
}

/// The reconciliation of the financing split: in every row, the sources sum to the eligible
/// amount (the difference is zero to the cent).
#[derive(Debug, Clone, Serialize)]
pub struct SplitCheck {
    pub rows_checked: usize,
    #[serde(serialize_with = "ser_money")]
    pub largest_difference: Money,
    pub holds: bool,
}

fn split_check(rows: &[ClaimRow], lines: &[LineRow], total: &TotalRow) -> SplitCheck {
    let diff = |s: &SplitOut| (s.by_source.iter().map(|x| x.1).sum::<Money>() - s.eligible).abs();
    let mut all: Vec<&SplitOut> = Vec::new();
    for r in rows {
        all.extend([&r.earlier, &r.period, &r.cumulative]);
    }
    for r in lines {
        all.extend([&r.earlier, &r.period, &r.cumulative]);
    }
    all.extend([&total.earlier, &total.period, &total.cumulative]);
    let largest = all.iter().map(|s| diff(s)).max().unwrap_or_default();
    SplitCheck {
        rows_checked: all.len(),
        largest_difference: largest,
        holds: largest.is_zero(),
    }
}

/// Everything the claim needs, computed once per run.
pub struct ClaimInput<'a> {
    pub project: &'a Project,
    pub ledger: &'a Ledger,
    pub findings: &'a [Finding],
    pub ineligible: &'a [Money],
    pub alloc: &'a Allocation,
    pub lang: Lang,
    /// Submitted quarters from the claim register.
    pub frozen: &'a [crate::model::register::FrozenClaim],
}

fn used(cum: Money, budget: Money) -> Option<Decimal> {
    (!budget.is_zero()).then(|| round_half_up(cum / budget * Decimal::ONE_HUNDRED, 2))
}

/// The claim's period: its quarters, the dates its documents and cover show, and the
/// agreement version in force.
struct PeriodSpan<'p> {
    quarters: Vec<Quarter>,
    first: Quarter,
    last: Quarter,
    /// The document list starts with the first quarter's first day, also in the final report.
    docs_from: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
    version: &'p Version,
}

fn period_span<'p>(
    project: &'p Project,
    alloc: &Allocation,
    period: ClaimPeriod,
) -> PeriodSpan<'p> {
    let quarters: Vec<Quarter> = period.quarters(alloc.first, alloc.last);
    let first = *quarters.first().expect("a period has quarters");
    let last = *quarters.last().expect("a period has quarters");
    let to = last.last_day();
    let version = match period {
        ClaimPeriod::Final => project.latest_version(),
        _ => project.version_on(to),
    };
    // The final report covers the whole eligibility period, from the agreement's start date
    // (not the first quarter's first day); its document list still starts with the quarter, so
    // a cost paid before the start is listed (as ineligible) and every row is accounted for.
    let docs_from = first.first_day();
    let from = match period {
        ClaimPeriod::Final => version.period_start.max(docs_from),
        _ => docs_from,
    };
    PeriodSpan {
        quarters,
        first,
        last,
        docs_from,
        from,
        to,
        version,
    }
}

/// The expenditure table's three column groups: earlier claims, this period, cumulative.
struct Columns {
    earlier: Totals,
    this: Totals,
    cumulative: Totals,
    /// The earlier quarters taken from the claim register.
    frozen_quarters: Vec<String>,
}

fn columns(
    project: &Project,
    alloc: &Allocation,
    frozen: &[crate::model::register::FrozenClaim],
    span: &PeriodSpan,
) -> Columns {
    let this = Totals::of(project, alloc, span.quarters.iter().copied());
    let (earlier, frozen_quarters) = earlier_claims(project, alloc, frozen, span.first);
    let cumulative = cumulative(&earlier, &this);
    Columns {
        earlier,
        this,
        cumulative,
        frozen_quarters,
    }
}

/// Earlier claims: a submitted quarter as frozen in the register, any other recomputed; and the
/// quarters taken from the register.
fn earlier_claims(
    project: &Project,
    alloc: &Allocation,
    frozen: &[crate::model::register::FrozenClaim],
    first: Quarter,
) -> (Totals, Vec<String>) {
    let mut earlier = Totals::zero(project);
    let mut frozen_quarters = Vec::new();
    for (q, qa) in alloc.quarters.range(..first) {
        match frozen.iter().find(|f| f.quarter() == Some(*q)) {
            Some(f) => {
                super::register::add_frozen(project, &mut earlier, f);
                frozen_quarters.push(q.to_string());
            }
            None => earlier.add(qa),
        }
    }
    (earlier, frozen_quarters)
}

/// Cumulative = earlier claims + this period, cell by cell (FIN-02).
fn cumulative(earlier: &Totals, this: &Totals) -> Totals {
    let mut cumulative = earlier.clone();
    for (crow, trow) in cumulative.cells.iter_mut().zip(&this.cells) {
        for (c, t) in crow.iter_mut().zip(trow) {
            c.add(t);
        }
    }
    cumulative.total.add(&this.total);
    cumulative
}

/// Ledger changes to a submitted quarter up to the period's end (FIN-02): the rule's own
/// comparison, for the frozen quarters this claim covers or follows.
fn register_changes(inp: &ClaimInput, last: Quarter) -> Vec<Finding> {
    if inp.frozen.is_empty() {
        return Vec::new();
    }
    let ids = crate::rules::fin02_frozen::entry_ids(inp.ledger);
    inp.frozen
        .iter()
        .filter(|f| f.quarter().is_some_and(|q| q <= last))
        .flat_map(|f| {
            crate::rules::fin02_frozen::changes(inp.ledger, inp.project, inp.ineligible, &ids, f)
        })
        .collect()
}

/// The expenditure table: line × heading rows, line subtotals, headings with their
/// flexibility headroom, and the total.
struct Expenditure {
    rows: Vec<ClaimRow>,
    lines: Vec<LineRow>,
    headings: Vec<HeadingRow>,
    total: TotalRow,
}

fn expenditure(project: &Project, version: &Version, cols: &Columns, lang: Lang) -> Expenditure {
    Expenditure {
        rows: expenditure_rows(project, version, cols, lang),
        lines: line_rows(project, version, cols, lang),
        headings: heading_rows(project, version, &cols.cumulative, lang),
        total: total_row(project, version, cols),
    }
}

/// The line × heading rows with a budget or an amount, earlier, this period and cumulative.
fn expenditure_rows(
    project: &Project,
    version: &Version,
    cols: &Columns,
    lang: Lang,
) -> Vec<ClaimRow> {
    let s = |x: &crate::allocate::Split| SplitOut::new(project, x);
    let mut rows = Vec::new();
    for (l, line) in project.lines.iter().enumerate() {
        for (h, heading) in project.headings.iter().enumerate() {
            let budget = version.budget[l][h];
            let c = &cols.cumulative.cells[l][h];
            if budget.is_zero() && c.eligible.is_zero() && cols.this.cells[l][h].eligible.is_zero()
            {
                continue;
            }
            rows.push(ClaimRow {
                line: line.code.clone(),
                line_name: line.name.get(lang).to_string(),
                heading: heading.code.clone(),
                heading_name: heading.name.get(lang).to_string(),
                budget,
                earlier: s(&cols.earlier.cells[l][h]),
                period: s(&cols.this.cells[l][h]),
                cumulative: s(c),
                remaining: budget - c.eligible,
                used_pct: used(c.eligible, budget),
            });
        }
    }
    rows
}

/// One subtotal row per activity line.
fn line_rows(project: &Project, version: &Version, cols: &Columns, lang: Lang) -> Vec<LineRow> {
    let s = |x: &crate::allocate::Split| SplitOut::new(project, x);
    project
        .lines
        .iter()
        .enumerate()
        .map(|(l, line)| {
            let budget = version.line_total(l);
            let cum = cols.cumulative.line(l);
            LineRow {
                line: line.code.clone(),
                line_name: line.name.get(lang).to_string(),
                budget,
                earlier: s(&cols.earlier.line(l)),
                period: s(&cols.this.line(l)),
                remaining: budget - cum.eligible,
                used_pct: used(cum.eligible, budget),
                cumulative: s(&cum),
            }
        })
        .collect()
}

/// Each budget heading over all lines, against its flexibility limit (indirect costs have none).
fn heading_rows(
    project: &Project,
    version: &Version,
    cumulative: &Totals,
    lang: Lang,
) -> Vec<HeadingRow> {
    let flex = version.params.flexibility_pct;
    project
        .headings
        .iter()
        .enumerate()
        .map(|(h, heading)| {
            let budget = version.heading_total(h);
            let cum: Money = cumulative.cells.iter().map(|row| row[h].eligible).sum();
            let flex_limit = if heading.kind == HeadingKind::Indirect {
                budget
            } else {
                cents(budget + pct_of(budget, flex))
            };
            HeadingRow {
                heading: heading.code.clone(),
                heading_name: heading.name.get(lang).to_string(),
                budget,
                cumulative: cum,
                flex_limit,
                headroom: flex_limit - cum,
            }
        })
        .collect()
}

fn total_row(project: &Project, version: &Version, cols: &Columns) -> TotalRow {
    let s = |x: &crate::allocate::Split| SplitOut::new(project, x);
    TotalRow {
        budget: version.total,
        earlier: s(&cols.earlier.total),
        period: s(&cols.this.total),
        cumulative: s(&cols.cumulative.total),
        remaining: version.total - cols.cumulative.total.eligible,
        used_pct: used(cols.cumulative.total.eligible, version.total),
    }
}

/// Indirect costs per line: the rate × the period's direct base against the sum of the
/// quarters' own roundings, and their total.
fn indirect_costs(
    project: &Project,
    version: &Version,
    this: &Totals,
) -> (Vec<IndirectRow>, IndirectTotal) {
    let rate = version.params.indirect_rate;
    let indirect = project
        .lines
        .iter()
        .enumerate()
        .map(|(l, line)| {
            let allowed = cents(pct_of(this.indirect_base[l], rate));
            IndirectRow {
                line: line.code.clone(),
                direct_base: this.indirect_base[l],
                rate_pct: rate,
                allowed,
                claimed: this.indirect[l],
                difference: this.indirect[l] - allowed,
            }
        })
        .collect::<Vec<IndirectRow>>();
    let total = IndirectTotal {
        direct_base: indirect.iter().map(|x| x.direct_base).sum(),
        allowed: indirect.iter().map(|x| x.allowed).sum(),
        claimed: indirect.iter().map(|x| x.claimed).sum(),
        difference: indirect.iter().map(|x| x.difference).sum(),
    };
    (indirect, total)
}

/// Shared costs booked in the period per heading, and their split to the lines.
fn shared_costs(project: &Project, this: &Totals) -> Vec<SharedRow> {
    project
        .headings
        .iter()
        .enumerate()
        .filter(|(h, _)| !this.shared[*h].is_zero())
        .map(|(h, heading)| SharedRow {
            heading: heading.code.clone(),
            booked: this.shared[h],
            to_lines: project
                .lines
                .iter()
                .enumerate()
                .map(|(l, line)| SourceAmount {
                    code: line.code.clone(),
                    amount: this.shared_split[l][h],
                })
                .collect(),
        })
        .collect()
}

/// The financing split of each quarter the period covers.
fn quarter_rows(project: &Project, alloc: &Allocation, quarters: &[Quarter]) -> Vec<QuarterRow> {
    quarters
        .iter()
        .filter_map(|q| alloc.quarters.get(q))
        .map(|a| QuarterRow {
            quarter: a.quarter.to_string(),
            version: a.version,
            split: SplitOut::new(project, &a.total),
        })
        .collect()
}

/// Whether a payment date falls in the document list's dates.
fn paid_in(d: Option<NaiveDate>, span: &PeriodSpan) -> bool {
    d.is_some_and(|d| d >= span.docs_from && d <= span.to)
}

/// The period's supporting documents: every cost paid in the period, and the unpaid costs dated
/// up to its end, listed apart; with the ledger indices of each.
struct PeriodDocuments<'a> {
    paid: Vec<usize>,
    unpaid: Vec<usize>,
    documents: Vec<DocumentRow<'a>>,
    unpaid_documents: Vec<DocumentRow<'a>>,
}

fn period_documents<'a>(
    ledger: &'a Ledger,
    alloc: &Allocation,
    findings: &[Finding],
    span: &PeriodSpan,
) -> PeriodDocuments<'a> {
    let rules_of = rules_by_entry(ledger, findings);
    let paid: Vec<usize> = (0..ledger.entries.len())
        .filter(|&i| paid_in(ledger.entries[i].expense.paid_date, span))
        .collect();
    let unpaid: Vec<usize> = (0..ledger.entries.len())
        .filter(|&i| {
            ledger.entries[i].expense.paid_date.is_none()
                && ledger.entries[i].expense.doc_date <= span.to
        })
        .collect();
    let doc = |&i: &usize| document_row(ledger, alloc, &rules_of, i);
    PeriodDocuments {
        documents: paid.iter().map(doc).collect(),
        unpaid_documents: unpaid.iter().map(doc).collect(),
        paid,
        unpaid,
    }
}

/// The rules with a finding on each cost line, in the findings' order, each once.
fn rules_by_entry(ledger: &Ledger, findings: &[Finding]) -> Vec<Vec<&'static str>> {
    let mut rules_of: Vec<Vec<&'static str>> = vec![Vec::new(); ledger.entries.len()];
    for f in findings {
        if let Some(i) = f.entry {
            if !rules_of[i].contains(&f.rule) {
                rules_of[i].push(f.rule);
            }
        }
    }
    rules_of
}

/// One cost line of the document list: what was booked, converted, eligible and removed.
fn document_row<'a>(
    ledger: &'a Ledger,
    alloc: &Allocation,
    rules_of: &[Vec<&'static str>],
    i: usize,
) -> DocumentRow<'a> {
    let e = &ledger.entries[i];
    let x = &e.expense;
    let r = e.rate.map(|ri| &ledger.rates[ri]);
    let eligible = alloc.eligible[i];
    DocumentRow {
        entry_id: &x.entry_id,
        doc_no: &x.doc_no,
        doc_date: x.doc_date,
        paid_date: x.paid_date,
        supplier: &x.supplier,
        description: &x.description,
        activity: &x.activity,
        heading: &x.heading,
        case_id: x.case_id.as_deref(),
        currency: &x.currency,
        amount: x.amount,
        rate: r.map(|r| r.rate.normalize().to_string()),
        rate_source: r.map(|r| r.source.as_str()),
        eur: e.eur,
        vat_eur: e.vat_eur,
        eligible,
        ineligible: if x.paid_date.is_some() {
            e.base.unwrap_or_default() - eligible
        } else {
            Money::ZERO
        },
        rules: rules_of[i].clone(),
        source: ledger.expenses_source.cell(x.row, Field::EntryId),
    }
}

/// The claim's findings: those on costs paid in the period and those on no cost line (FIN-02's
/// run-wide findings replaced by `register_changes`, this claim's own comparison).
fn period_findings(
    ledger: &Ledger,
    findings: &[Finding],
    span: &PeriodSpan,
    register_changes: Vec<Finding>,
) -> Vec<Finding> {
    let fin02 = crate::rules::fin02_frozen::RULE.id;
    let mut out: Vec<Finding> = findings
        .iter()
        .filter(|f| f.rule != fin02)
        .filter(|f| match f.entry {
            Some(i) => paid_in(ledger.entries[i].expense.paid_date, span),
            None => true,
        })
        .cloned()
        .collect();
    out.extend(register_changes);
    out
}

/// The exchange rates the period's paid documents were converted with, each once.
fn rates_used(ledger: &Ledger, paid: &[usize]) -> Vec<RateRow> {
    let mut rate_ids: Vec<usize> = paid
        .iter()
        .filter_map(|&i| ledger.entries[i].rate)
        .collect();
    rate_ids.sort_unstable();
    rate_ids.dedup();
    rate_ids
        .into_iter()
        .map(|ri| {
            let r = &ledger.rates[ri];
            RateRow {
                month: r.month.to_string(),
                currency: r.currency.clone(),
                rate: r.rate.normalize().to_string(),
                source: r.source.clone(),
            }
        })
        .collect()
}

fn agreement_info(project: &Project, version: &Version, lang: Lang) -> AgreementInfo {
    AgreementInfo {
        number: project.agreement.number.clone(),
        version: version.number,
        version_effective_from: version.effective_from,
        version_note: version.note.clone(),
        title: project.agreement.title.get(lang).to_string(),
        beneficiary: project.agreement.beneficiary.get(lang).to_string(),
        responsible_authority: project
            .agreement
            .responsible_authority
            .get(lang)
            .to_string(),
        fund: project.agreement.fund.get(lang).to_string(),
        period_start: version.period_start,
        period_end: version.period_end,
    }
}

/// The budget in force: its total, its split by source and each line's indicator target.
fn budget_info(
    project: &Project,
    version: &Version,
    budget_split: &[Money],
    lang: Lang,
) -> BudgetInfo {
    BudgetInfo {
        total: version.total,
        by_source: project
            .sources
            .iter()
            .zip(budget_split)
            .map(|(x, a)| SourceAmount {
                code: x.code.clone(),
                amount: *a,
            })
            .collect(),
        targets: project
            .lines
            .iter()
            .zip(&version.targets)
            .map(|(l, t)| Target_ {
                line: l.code.clone(),
                indicator: l.indicator.get(lang).to_string(),
                target: *t,
            })
            .collect(),
    }
}

/// The cover: what is requested, the payments up to the period's end, and the interim cap
/// (interim claims) or the balance (the final report).
fn cover(
    project: &Project,
    span: &PeriodSpan,
    cols: &Columns,
    eu_grant: Money,
    is_final: bool,
    lang: Lang,
) -> Cover {
    let payments: Vec<_> = project
        .payments
        .iter()
        .filter(|p| p.date <= span.to)
        .cloned()
        .collect();
    let payments_total = payments.iter().map(|p| p.amount).sum();
    let cap_pct = span.version.params.interim_cap_pct;
    Cover {
        period: SplitOut::new(project, &cols.this.total),
        cumulative: SplitOut::new(project, &cols.cumulative.total),
        requested_eu: cols.this.total.by_source[0],
        payments,
        payments_total,
        interim_cap_pct: (!is_final).then_some(cap_pct),
        interim_cap: (!is_final).then(|| cents(pct_of(eu_grant, cap_pct))),
        balance: is_final.then(|| Balance::of(cols.cumulative.total.by_source[0], payments_total)),
        signatory: project.signatory.get(lang).to_string(),
    }
}

/// The quarter's ordinal in the project (2019-Q1 is 1); none for a year or the final report.
fn claim_number(period: ClaimPeriod, alloc: &Allocation) -> Option<u32> {
    match period {
        ClaimPeriod::Quarter { quarter } => Some(Quarter::range(alloc.first, quarter).len() as u32),
        _ => None,
    }
}

/// The payment claim for `period`, in the steps its sections read: the period, the expenditure
/// table's columns, the table, indirect and shared costs, the documents, the findings and their
/// reconciliation, the cover.
pub fn build<'a>(inp: &ClaimInput<'a>, period: ClaimPeriod) -> ClaimReport<'a> {
    let ClaimInput {
        project,
        ledger,
        findings,
        ineligible,
        alloc,
        lang,
        frozen,
    } = *inp;
    let span = period_span(project, alloc, period);
    let version = span.version;
    let cols = columns(project, alloc, frozen, &span);
    let expenditure = expenditure(project, version, &cols, lang);
    let (indirect, indirect_total) = indirect_costs(project, version, &cols.this);
    let docs = period_documents(ledger, alloc, findings, &span);
    let findings_out = period_findings(ledger, findings, &span, register_changes(inp, span.last));
    let listed: Vec<usize> = docs.paid.iter().chain(&docs.unpaid).copied().collect();
    let findings_summary = findings_summary(
        ledger,
        &findings_out,
        &listed,
        ineligible,
        &alloc.eligible,
        lang,
    );
    let budget_split = project.split_by_source(version.total);
    let is_final = period == ClaimPeriod::Final;
    ClaimReport {
        report: "claim",
        tool: TOOL,
        lang,
        period: PeriodInfo {
            label: period.label(),
            period,
            from: span.from,
            to: span.to,
            quarters: span.quarters.iter().map(|q| q.to_string()).collect(),
        },
        claim_number: claim_number(period, alloc),
        claim_type: if is_final { "final" } else { "interim" },
        agreement: agreement_info(project, version, lang),
        inputs: ledger.digests.clone(),
        sources: project
            .sources
            .iter()
            .map(|x| SourceInfo {
                code: x.code.clone(),
                name: x.name.get(lang).to_string(),
                share: x.share,
            })
            .collect(),
        budget: budget_info(project, version, &budget_split, lang),
        cover: cover(project, &span, &cols, budget_split[0], is_final, lang),
        split_check: split_check(&expenditure.rows, &expenditure.lines, &expenditure.total),
        indicators: super::indicators::count(project, ledger, ineligible, &span.quarters, lang),
        rows: expenditure.rows,
        lines: expenditure.lines,
        headings: expenditure.headings,
        total: expenditure.total,
        indirect,
        indirect_total,
        shared: shared_costs(project, &cols.this),
        indirect_heading: project
            .headings
            .iter()
            .find(|h| h.kind == HeadingKind::Indirect)
            .map(|h| h.code.clone()),
        shared_line: project.shared.as_ref().map(|s| SourceLabel {
            code: s.code.clone(),
            name: s.name.get(lang).to_string(),
        }),
        quarters: quarter_rows(project, alloc, &span.quarters),
        frozen_quarters: cols.frozen_quarters,
        documents_total: DocTotals::of(&docs.documents),
        documents: docs.documents,
        unpaid_total: DocTotals::of(&docs.unpaid_documents),
        unpaid: docs.unpaid_documents,
        findings_total: findings_out.iter().map(|f| f.ineligible).sum(),
        findings_summary,
        findings: FindingText::all(&findings_out, lang),
        rates_used: rates_used(ledger, &docs.paid),
        row_counts: row_counts(ledger),
        notices: personal_notices(ledger),
        rounding: crate::i18n::tr(lang, "claim-rounding-method"),
    }
}
