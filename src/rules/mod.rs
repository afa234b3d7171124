//! Eligibility rules as data: each rule is a small pure function over the ledger and the
//! project, in its own file, listed in `ALL` — the table of contents of what grantbook checks
//! (rule families of the domain brief §6). A rule returns findings; it never stops the run.
//!
//! Rules run in five stages (`Stage`), because some amounts depend on what others remove:
//! 1. `Entry` rules look at each cost and case as imported (period, codes, case, tariffs …);
//! 2. `Cap` rules add up a case's costs against a cap (reintegration per case) on the amounts
//!    left eligible after stage 1 — a late delivery removed by REI-02 does not use up the cap;
//! 3. `Budget` (BUD-02, heading budget + flexibility) works quarter by quarter in payment order
//!    on the amounts left after stages 1 and 2, so the over-budget part is measured on costs
//!    that are otherwise eligible, and the earliest costs stay eligible;
//! 4. `Total` (BUD-03 grant total, BUD-04 indirect costs, IND-01 indicators) sees every
//!    exclusion before it, BUD-02's included;
//! 5. `Register` (FIN-02) compares the claim register's frozen quarters with what every other
//!    rule leaves eligible.
//!
//! Each stage sees `done`: per entry, the amount the earlier stages' block- and error-severity
//! findings already exclude (`ineligible_by_entry`: each cost once, capped at the line).

mod acc01_dates;
mod acc02_food;
mod acc03_eligible;
mod basis;
mod bud01_codes;
mod bud02_heading;
mod bud03_grant;
mod bud04_indirect;
pub mod catalogue;
mod doc02_duplicate;
pub mod fin02_frozen;
mod fx01_rate;
mod gdpr01_case_id;
pub mod ind01_indicators;
mod per01_incurred;
mod per02_paid;
mod per03_order;
mod rei01_returned;
mod rei02_deadline;
mod rei03_cap;
mod ret01_allowance;
mod ret02_once;
#[cfg(test)]
pub(crate) mod testkit;
mod tg01_case;
mod tg02_third_country;
mod tg03_order;
mod tg04_ticket;
mod vat01_vat;

use crate::i18n::Msg;
use crate::ledger::Ledger;
use crate::model::money::ser_money;
use crate::model::project::HeadingKind;
use crate::model::project::Lang;
use crate::model::{CellRef, Field, Money, Project};
use rust_decimal::Decimal;
use serde::Serialize;

/// How serious a finding is. Block and error amounts are excluded from the claim; warnings
/// and information are listed for the reviewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Block,
    Error,
    Warning,
    Info,
}

impl Severity {
    pub(crate) fn excludes(self) -> bool {
        matches!(self, Severity::Block | Severity::Error)
    }
    pub fn label(self) -> &'static str {
        match self {
            Severity::Block => "block",
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// What a rule removes from the eligible amount (PRODUCT.md, "Ineligible amounts").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Removes {
    /// The whole line: a cost that cannot be claimed at all.
    WholeLine,
    /// The excess over a tariff or a cap.
    Excess,
    /// The later entry of a duplicate pair.
    LaterDuplicate,
    /// The over-budget part beyond the flexibility.
    OverBudget,
    /// Nothing: the finding is for a reviewer's judgement.
    Nothing,
}

/// When a rule runs (see the module doc): later stages see what earlier ones excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Each cost and case on its own.
    Entry,
    /// A case's costs added up against a cap, net of stage-1 exclusions.
    Cap,
    /// Heading budgets, quarter by quarter in payment order, net of all other exclusions.
    Budget,
    /// The grant total, the indirect costs and the indicators, after every other exclusion.
    Total,
    /// The claim register against what every other rule leaves eligible (FIN-02).
    Register,
}

/// The check of a rule: the ledger, the project and, per entry, what earlier stages exclude.
pub(crate) type Check = fn(&Ledger, &Project, &[Money]) -> Vec<Finding>;

/// An input table a rule reads evidence from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Input {
    Expenses,
    Cases,
    Rates,
}

impl Input {
    /// The field specs of the table (its fields, which are required).
    fn fields(self) -> &'static [crate::import::fields::FieldSpec] {
        use crate::import::fields::{CASE_FIELDS, EXPENSE_FIELDS, RATE_FIELDS};
        match self {
            Input::Expenses => EXPENSE_FIELDS,
            Input::Cases => CASE_FIELDS,
            Input::Rates => RATE_FIELDS,
        }
    }

    /// The (Latvian, English) header of `field`, as the templates write it.
    pub fn headers(self, field: Field) -> (&'static str, &'static str) {
        (field.lv(), field.en())
    }

    /// Whether the field is one the import requires (always present when the run goes on).
    pub fn required(self, field: Field) -> bool {
        self.fields().iter().any(|f| f.key == field && f.required)
    }

    fn source(self, ledger: &Ledger) -> Option<&crate::model::SourceTable> {
        match self {
            Input::Expenses => Some(&ledger.expenses_source),
            Input::Cases => Some(&ledger.cases_source),
            Input::Rates => ledger.rates_source.as_ref(),
        }
    }

    /// Whether the run's file of this table has a column for `field`.
    pub(crate) fn has_column(self, ledger: &Ledger, field: Field) -> bool {
        self.source(ledger)
            .is_some_and(|s| s.columns.contains_key(&field))
    }
}

/// One column a rule reads as evidence.
#[derive(Debug, Clone, Copy)]
pub struct Evidence {
    pub input: Input,
    pub field: Field,
}

/// Shorthand for the `evidence` lists of the rules.
pub(crate) const fn ev(input: Input, field: Field) -> Evidence {
    Evidence { input, field }
}

/// One rule of the catalogue. Its words — the one-line statement and what it does without its
/// evidence — are in the message catalogue (`rule-<id>-statement`, `rule-<id>-without`).
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    /// The project-file parameters it reads.
    pub params: &'static [&'static str],
    /// The input columns it reads as evidence.
    pub evidence: &'static [Evidence],
    pub removes: Removes,
    pub stage: Stage,
    pub check: Check,
}

impl Rule {
    fn key(&self, part: &str) -> String {
        format!("rule-{}-{part}", self.id.to_ascii_lowercase())
    }

    /// The rule in one line.
    pub(crate) fn statement(&self, lang: Lang) -> String {
        crate::i18n::tr(lang, &self.key("statement"))
    }

    /// What it does when an optional column of `evidence` (or a value in it) is absent.
    pub fn without(&self, lang: Lang) -> String {
        crate::i18n::tr(lang, &self.key("without"))
    }
}

/// A finding: which rule, how serious, which cost or case, where, how much, why and what to do
/// (`message`, with the hint as its `.hint` attribute).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    /// Index of the cost in `Ledger::entries`.
    #[serde(skip)]
    pub entry: Option<usize>,
    pub entry_id: Option<String>,
    pub case_id: Option<String>,
    pub at: Option<CellRef>,
    #[serde(serialize_with = "ser_money")]
    pub ineligible: Money,
    /// Why, and (attribute `hint`) what to do; words only in `FindingText`.
    #[serde(skip)]
    pub message: Msg,
}

/// A finding in words, in one language: what report models hold, so that json, html and xlsx
/// show `message` and `hint` in the run's language, with `code`, the message key, for machines.
/// Dereferences to the finding.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FindingText {
    #[serde(flatten)]
    pub finding: Finding,
    pub code: &'static str,
    pub message: String,
    pub hint: String,
}

impl FindingText {
    pub fn new(f: &Finding, lang: Lang) -> FindingText {
        FindingText {
            finding: f.clone(),
            code: f.message.key,
            message: f.message.text(lang),
            hint: f.message.attr(lang, "hint"),
        }
    }

    /// Every finding of `findings` in words.
    pub fn all(findings: &[Finding], lang: Lang) -> Vec<FindingText> {
        findings.iter().map(|f| FindingText::new(f, lang)).collect()
    }
}

impl std::ops::Deref for FindingText {
    type Target = Finding;
    fn deref(&self) -> &Finding {
        &self.finding
    }
}

impl Finding {
    /// A finding about one cost line; the amount is capped later at what the line has.
    pub(crate) fn on_entry(
        rule: &Rule,
        ledger: &Ledger,
        entry: usize,
        field: Field,
        ineligible: Money,
        message: Msg,
    ) -> Finding {
        let e = &ledger.entries[entry];
        Finding {
            rule: rule.id,
            severity: rule.severity,
            entry: Some(entry),
            entry_id: Some(e.expense.entry_id.clone()),
            case_id: e.expense.case_id.clone(),
            at: Some(ledger.cell(e, field)),
            ineligible,
            message,
        }
    }

    /// A finding about a case as a whole (no cost line), located at a register cell.
    pub(crate) fn on_case(
        rule: &Rule,
        ledger: &Ledger,
        case: &crate::model::Case,
        field: Field,
        message: Msg,
    ) -> Finding {
        Finding {
            rule: rule.id,
            severity: rule.severity,
            entry: None,
            entry_id: None,
            case_id: Some(case.case_id.clone()),
            at: Some(ledger.case_cell(case, field)),
            ineligible: Decimal::ZERO,
            message,
        }
    }

    /// A "cannot verify" warning: the column `field` of `input` is absent, so the rule
    /// cannot check `lines` lines (what it would check: `what`, a `rules-what-…` message). Located at the header row;
    /// removes nothing; names the column in Latvian and English and how to add it.
    pub(crate) fn missing_column(
        rule: &Rule,
        ledger: &Ledger,
        input: Input,
        field: Field,
        lines: usize,
        what: Msg,
    ) -> Finding {
        let (lv, en) = input.headers(field);
        let src = input.source(ledger);
        Finding {
            rule: rule.id,
            severity: Severity::Warning,
            entry: None,
            entry_id: None,
            case_id: None,
            at: src.map(|s| CellRef {
                file: s.file.clone(),
                sheet: s.sheet.clone(),
                row: s.header_row,
                col: None,
            }),
            ineligible: Decimal::ZERO,
            message: Msg::new("rules-missing-column")
                .arg("what", what)
                .arg("n", lines)
                .arg("lv", lv)
                .arg("en", en),
        }
    }

    /// A "cannot verify" warning on a cost whose case lacks the register value `field`
    /// (a blank cell): located at that register cell; removes nothing.
    pub(crate) fn blank_in_register(
        rule: &Rule,
        ledger: &Ledger,
        entry: usize,
        case: &crate::model::Case,
        field: Field,
        what: Msg,
    ) -> Finding {
        let (lv, en) = Input::Cases.headers(field);
        let mut f = Finding::on_entry(
            rule,
            ledger,
            entry,
            Field::CaseId,
            Decimal::ZERO,
            Msg::new("rules-blank-in-register")
                .arg("what", what)
                .arg("case", &case.case_id)
                .arg("lv", lv)
                .arg("en", en),
        );
        f.severity = Severity::Warning;
        f.at = Some(ledger.case_cell(case, field));
        f
    }

    /// The same finding with another severity (a rule's milder case, e.g. an amount below
    /// the tariff is a warning where one above it is an error).
    pub(crate) fn with_severity(mut self, severity: Severity) -> Finding {
        self.severity = severity;
        self
    }
}

/// The catalogue, in the order findings are reported.
pub static ALL: &[&Rule] = &[
    &per01_incurred::RULE,
    &per02_paid::RULE,
    &per03_order::RULE,
    &bud01_codes::RULE,
    &bud02_heading::RULE,
    &bud03_grant::RULE,
    &bud04_indirect::RULE,
    &doc02_duplicate::RULE,
    &fx01_rate::RULE,
    &vat01_vat::RULE,
    &tg01_case::RULE,
    &tg02_third_country::RULE,
    &tg03_order::RULE,
    &tg04_ticket::RULE,
    &gdpr01_case_id::RULE,
    &ret01_allowance::RULE,
    &ret02_once::RULE,
    &acc01_dates::RULE,
    &acc02_food::RULE,
    &acc03_eligible::RULE,
    &rei01_returned::RULE,
    &rei02_deadline::RULE,
    &rei03_cap::RULE,
    &fin02_frozen::RULE,
    &ind01_indicators::RULE,
];

pub fn find(id: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|r| r.id.eq_ignore_ascii_case(id))
}

/// Runs every rule, stage by stage (see the module doc); findings come in catalogue order,
/// then by source row.
pub fn check_all(ledger: &Ledger, project: &Project) -> Vec<Finding> {
    let mut per_rule: Vec<Vec<Finding>> = vec![Vec::new(); ALL.len()];
    let mut so_far: Vec<Finding> = Vec::new();
    for stage in [
        Stage::Entry,
        Stage::Cap,
        Stage::Budget,
        Stage::Total,
        Stage::Register,
    ] {
        let done = ineligible_by_entry(ledger, &so_far);
        let run = |i: usize| {
            let mut f = (ALL[i].check)(ledger, project, &done);
            fn key(x: &Finding) -> (Option<(&str, u32)>, Option<&str>, Option<&str>) {
                (
                    x.at.as_ref().map(|a| (&*a.file, a.row)),
                    x.entry_id.as_deref(),
                    x.case_id.as_deref(),
                )
            }
            f.sort_by(|a, b| key(a).cmp(&key(b)));
            (i, f)
        };
        // The rules of a stage are independent of each other: two threads each take the next
        // rule not yet taken (rules differ tenfold in cost, so alternating would leave one
        // thread idle). Each rule's findings are its own, whichever thread ran it.
        let ids: Vec<usize> = (0..ALL.len()).filter(|&i| ALL[i].stage == stage).collect();
        let next = std::sync::atomic::AtomicUsize::new(0);
        let take = || {
            let mut got = Vec::new();
            loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&i) = ids.get(k) else {
                    break got;
                };
                got.push(run(i));
            }
        };
        let results: Vec<(usize, Vec<Finding>)> = std::thread::scope(|s| {
            let other = s.spawn(take);
            let mut mine = take();
            // A rule that panics is a bug; it is reported as such, not hidden.
            mine.extend(
                other
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
            );
            mine
        });
        for (i, f) in results {
            per_rule[i] = f;
        }
        for &i in &ids {
            so_far.extend(per_rule[i].iter().cloned());
        }
    }
    per_rule.into_iter().flatten().collect()
}

/// A document's amount as a message argument: two decimals like any money, or the decimals
/// it has when its currency has more (IQD 1234.567), in the language's separators.
pub(crate) fn doc_amount(x: Money) -> crate::i18n::Arg {
    if x.scale() <= 2 {
        crate::i18n::Arg::Money(x)
    } else {
        crate::i18n::Arg::Num(x)
    }
}

/// The amount of an entry still eligible after `done` (what earlier stages exclude).
pub(crate) fn left(ledger: &Ledger, done: &[Money], i: usize) -> Money {
    ledger.entries[i].base.unwrap_or_default() - done[i]
}

/// What earlier stages exclude (`done`), with a bit per entry that has anything excluded: the
/// payment-order rules look it up entry by entry in payment order, and the bits of a million
/// lines stay in cache where the amounts would not.
pub(crate) struct Done<'a> {
    amounts: &'a [Money],
    nonzero: Vec<u64>,
}

impl<'a> Done<'a> {
    pub(crate) fn new(amounts: &'a [Money]) -> Done<'a> {
        let mut nonzero = vec![0u64; amounts.len().div_ceil(64)];
        for (i, x) in amounts.iter().enumerate() {
            if !x.is_zero() {
                nonzero[i / 64] |= 1 << (i % 64);
            }
        }
        Done { amounts, nonzero }
    }

    /// The amount still eligible of an entry: `left` for a `Paid`.
    pub(crate) fn left(&self, p: &crate::ledger::Paid) -> Money {
        let i = p.entry as usize;
        let base = p.base.unwrap_or_default();
        if self.nonzero[i / 64] & (1 << (i % 64)) != 0 {
            base - self.amounts[i]
        } else {
            base
        }
    }
}

/// The ineligible amount of each entry from block- and error-severity findings of rules that
/// remove money, each cost counted once (PRODUCT.md "Every row is accounted for"):
/// - within a stage the rules look at the same amount independently, so two of them may
///   remove the same euros (PER-01 and PER-02 both take the whole of a cost dated and paid
///   after the end; ACC-01's days outside the stay and ACC-02's excess over the food tariff may
///   be the same days): the stage removes the **largest** of its removals, never their sum;
/// - a later stage measures on what the earlier ones left (`done`), so its removal comes on
///   top of theirs and the stages add up;
/// - a line never loses more than its amount (`cap`, with the sign of a credit note).
///
/// Findings of rules that remove nothing (FIN-02's amount is a difference to correct in the
/// next claim, not an exclusion) are not counted.
pub fn ineligible_by_entry(ledger: &Ledger, findings: &[Finding]) -> Vec<Money> {
    // (entry, stage, removal) of every finding that removes money from a cost line.
    let mut removals: Vec<(usize, Stage, Money)> = Vec::new();
    for f in findings.iter().filter(|f| f.severity.excludes()) {
        let (Some(i), Some(rule)) = (f.entry, rule_of(f)) else {
            continue;
        };
        if rule.removes != Removes::Nothing {
            removals.push((i, rule.stage, f.ineligible));
        }
    }
    let mut out = vec![Decimal::ZERO; ledger.entries.len()];
    if removals.is_empty() {
        return out;
    }
    removals.sort_unstable_by_key(|&(i, stage, _)| (i, stage));
    for per_entry in removals.chunk_by(|a, b| a.0 == b.0) {
        let i = per_entry[0].0;
        let base = ledger.entries[i].base.unwrap_or(Decimal::ZERO);
        let mut total = Decimal::ZERO;
        for per_stage in per_entry.chunk_by(|a, b| a.1 == b.1) {
            total += largest(per_stage.iter().map(|r| cap(r.2, base)), base);
        }
        out[i] = cap(total, base);
    }
    out
}

/// The largest of removals already capped at `base`: the one furthest from zero in `base`'s
/// direction (the most negative for a credit note).
fn largest(removals: impl Iterator<Item = Money>, base: Money) -> Money {
    removals.fold(Decimal::ZERO, |a, x| {
        if base >= Decimal::ZERO {
            a.max(x)
        } else {
            a.min(x)
        }
    })
}

/// The rule of a finding (its id is the rule's own `&'static str`).
pub(crate) fn rule_of(f: &Finding) -> Option<&'static Rule> {
    ALL.iter()
        .copied()
        .find(|r| std::ptr::eq(r.id, f.rule) || r.id == f.rule)
}

/// Caps `x` at `base` in magnitude, with `base`'s sign (a credit note loses at most itself).
pub fn cap(x: Money, base: Money) -> Money {
    if base >= Decimal::ZERO {
        x.max(Decimal::ZERO).min(base)
    } else {
        x.min(Decimal::ZERO).max(base)
    }
}

/// The heading kind of an entry, if its heading is known.
pub(crate) fn kind_of(project: &Project, e: &crate::ledger::Entry) -> Option<HeadingKind> {
    e.heading.map(|h| project.headings[h].kind)
}

/// The case of an entry, if it names one the register has (TG-01 reports the others).
pub(crate) fn case_of<'a>(
    ledger: &'a Ledger,
    e: &crate::ledger::Entry,
) -> Option<&'a crate::model::Case> {
    e.case.map(|c| &ledger.cases[c])
}

/// The date a cost is governed by: its payment date, or its document date while unpaid.
pub(crate) fn governing_date(e: &crate::ledger::Entry) -> chrono::NaiveDate {
    e.expense.paid_date.unwrap_or(e.expense.doc_date)
}

#[cfg(test)]
mod tests {
    use super::testkit::*;
    use super::*;

    fn on(rule: &'static str, entry: usize, amount: &str) -> Finding {
        let r = find(rule).expect("a rule");
        Finding {
            rule: r.id,
            severity: r.severity,
            entry: Some(entry),
            entry_id: None,
            case_id: None,
            at: None,
            ineligible: m(amount),
            message: Msg::new("no-such-message"),
        }
    }

    #[test]
    fn a_cost_broken_by_several_rules_is_excluded_once() {
        let p = project();
        let l = ledger(
            &p,
            vec![
                cost("E1", "A1", "1", None, "100.00", "2020-07-01", "2020-07-02"),
                cost("E2", "A1", "1", None, "-50.00", "2020-07-01", "2020-07-02"),
                cost("E3", "A1", "1", None, "80.00", "2020-07-01", "2020-07-02"),
            ],
            vec![],
        );
        let findings = vec![
            // E1: two stage-1 rules take 30 and 20 of the same 100 (RET-01's excess, ACC-02's
            // excess): the larger counts, 30; REI-03 (stage 2, measured on the 70 left) takes
            // 10 more: 40.
            on("RET-01", 0, "30"),
            on("ACC-02", 0, "20"),
            on("REI-03", 0, "10"),
            // E2, a credit note: PER-01 and PER-02 both take the whole line: −50, not −100.
            on("PER-01", 1, "-50"),
            on("PER-02", 1, "-50"),
            // E3: PER-01 and PER-02 take the whole 80 once; FIN-02's −30 is a difference to
            // correct in the next claim, not an exclusion.
            on("PER-01", 2, "80"),
            on("PER-02", 2, "80"),
            on("FIN-02", 2, "-30"),
        ];
        assert_eq!(
            ineligible_by_entry(&l, &findings),
            vec![m("40"), m("-50"), m("80")]
        );
    }

    #[test]
    fn the_stages_add_up_to_at_most_the_line() {
        let p = project();
        let l = ledger(
            &p,
            vec![cost(
                "E1",
                "A1",
                "1",
                None,
                "100.00",
                "2020-07-01",
                "2020-07-02",
            )],
            vec![],
        );
        let f = vec![on("RET-01", 0, "70"), on("REI-03", 0, "60")];
        assert_eq!(ineligible_by_entry(&l, &f), vec![m("100")]);
    }
}
