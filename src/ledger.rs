//! `Ledger::build` — the gate where invariants start to hold: entry ids and case ids are
//! unique, every cost is joined to its line, heading, case and exchange rate where they exist,
//! and converted to EUR by the rule of PRODUCT.md (`round_half_up(amount ÷ rate, 2)` with the
//! rate of the document date's month, per cost line). A row that reads cleanly but cannot be
//! joined (unknown case, code or rate) is kept for the rules to report as a finding.

use crate::import::{ImportError, InputDigest, Inputs};
use crate::model::money::cents;
use crate::model::{Case, CellRef, Expense, Money, Month, Project, Rate, SourceTable};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// What a cost's activity code points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// An activity line (index into `Project::lines`).
    Line(usize),
    /// Shared costs, apportioned to the lines by the key.
    Shared,
    /// A code the project does not know (a finding, BUD-01).
    Unknown,
}

/// One cost line, joined and converted.
#[derive(Debug, Clone)]
pub struct Entry {
    pub expense: Expense,
    pub target: Target,
    pub heading: Option<usize>,
    /// Index into `Ledger::cases`.
    pub case: Option<usize>,
    /// The exchange rate used (units per EUR), for non-EUR costs that have one.
    pub rate: Option<usize>,
    /// The amount in EUR, VAT included; `None` for a non-EUR cost without a rate.
    pub eur: Option<Money>,
    /// The VAT in EUR.
    pub vat_eur: Money,
    /// The amount eligible before any rule: EUR less recoverable VAT; `None` without a rate.
    pub base: Option<Money>,
}

impl Entry {
    pub fn id(&self) -> &str {
        &self.expense.entry_id
    }
}

#[derive(Debug, Clone)]
pub struct Ledger {
    pub entries: Vec<Entry>,
    pub cases: Vec<Case>,
    pub rates: Vec<Rate>,
    pub expenses_source: SourceTable,
    pub cases_source: SourceTable,
    pub rates_source: Option<SourceTable>,
    pub digests: Vec<InputDigest>,
    case_index: HashMap<String, usize>,
    /// Entry indices by payment (see `payment_order`), sorted once for every rule that needs it.
    payment_order: std::sync::OnceLock<Vec<usize>>,
}

impl Ledger {
    /// Joins and converts the inputs; refuses duplicate entry or case ids (exit 2).
    pub fn build(project: &Project, inputs: Inputs) -> Result<Ledger, ImportError> {
        let Inputs {
            expenses,
            expenses_source,
            cases,
            cases_source,
            rates,
            rates_source,
            digests,
        } = inputs;

        let mut seen: HashMap<&str, u32> = HashMap::with_capacity(expenses.len());
        let mut dups = Vec::new();
        for e in &expenses {
            if let Some(first) = seen.insert(&e.entry_id, e.row) {
                dups.push(crate::import::Problem {
                    at: expenses_source.cell(e.row, "entry_id"),
                    field: "Ieraksta Nr. / Entry no.".into(),
                    expected: "an entry id used once".into(),
                    found: format!(
                        "{:?}, also in {}",
                        e.entry_id,
                        expenses_source.cell(first, "entry_id").a1()
                    ),
                    hint: "give every ledger line its own entry number".into(),
                });
            }
        }
        refuse(&expenses_source, dups)?;

        let mut case_index = HashMap::with_capacity(cases.len());
        let mut dups = Vec::new();
        for (i, c) in cases.iter().enumerate() {
            if let Some(first) = case_index.insert(c.case_id.clone(), i) {
                dups.push(crate::import::Problem {
                    at: cases_source.cell(c.row, "case_id"),
                    field: "Lietas Nr. / Case no.".into(),
                    expected: "a case id used once".into(),
                    found: format!(
                        "{:?}, also in {}",
                        c.case_id,
                        cases_source.cell(cases[first].row, "case_id").a1()
                    ),
                    hint: "one row per person: merge the two rows".into(),
                });
            }
        }
        refuse(&cases_source, dups)?;

        let mut rate_index: HashMap<(Month, &str), usize> = HashMap::with_capacity(rates.len());
        if let Some(src) = &rates_source {
            let mut dups = Vec::new();
            for (i, r) in rates.iter().enumerate() {
                if let Some(first) = rate_index.insert((r.month, r.currency.as_str()), i) {
                    if rates[first].rate != r.rate {
                        dups.push(crate::import::Problem {
                            at: src.cell(r.row, "rate"),
                            field: "Kurss / Rate".into(),
                            expected: "one rate per month and currency".into(),
                            found: format!(
                                "{} {} twice ({} and {})",
                                r.month, r.currency, rates[first].rate, r.rate
                            ),
                            hint: "keep the rate of the configured source and delete the other row"
                                .into(),
                        });
                    }
                }
            }
            refuse(src, dups)?;
        }

        let vat_recoverable = |e: &Expense| {
            let on = e.paid_date.unwrap_or(e.doc_date);
            project.version_on(on).params.vat_recoverable
        };
        let entries = expenses
            .into_iter()
            .map(|e| {
                let target = if project.is_shared(&e.activity) {
                    Target::Shared
                } else {
                    project
                        .line_index(&e.activity)
                        .map(Target::Line)
                        .unwrap_or(Target::Unknown)
                };
                let heading = project.heading_index(&e.heading);
                let case = e.case_id.as_ref().and_then(|c| case_index.get(c).copied());
                let (rate, eur, vat_eur) = if e.currency == project.currency {
                    (None, Some(e.amount), e.vat)
                } else {
                    match rate_index.get(&(Month::of(e.doc_date), e.currency.as_str())) {
                        Some(&ri) => (
                            Some(ri),
                            Some(convert(e.amount, rates[ri].rate)),
                            convert(e.vat, rates[ri].rate),
                        ),
                        None => (None, None, Decimal::ZERO),
                    }
                };
                let eur = eur.map(cents);
                let vat_eur = cents(vat_eur);
                let base = eur.map(|x| if vat_recoverable(&e) { x - vat_eur } else { x });
                Entry {
                    expense: e,
                    target,
                    heading,
                    case,
                    rate,
                    eur,
                    vat_eur,
                    base,
                }
            })
            .collect();
        Ok(Ledger {
            entries,
            cases,
            rates,
            expenses_source,
            cases_source,
            rates_source,
            digests,
            case_index,
            payment_order: std::sync::OnceLock::new(),
        })
    }

    /// Entry indices in payment order: paid entries by payment date, then unpaid ones, each by
    /// document date and source row. Computed on first use.
    pub fn payment_order(&self) -> &[usize] {
        self.payment_order.get_or_init(|| {
            let mut v: Vec<usize> = (0..self.entries.len()).collect();
            v.sort_by_key(|&i| {
                let x = &self.entries[i].expense;
                (x.paid_date.is_none(), x.paid_date, x.doc_date, x.row)
            });
            v
        })
    }

    pub fn case_by_id(&self, id: &str) -> Option<&Case> {
        self.case_index.get(id).map(|&i| &self.cases[i])
    }

    /// The cell of an entry's field.
    pub fn cell(&self, entry: &Entry, field: &str) -> CellRef {
        self.expenses_source.cell(entry.expense.row, field)
    }

    /// The cell of a case's field.
    pub fn case_cell(&self, case: &Case, field: &str) -> CellRef {
        self.cases_source.cell(case.row, field)
    }
}

/// EUR = round_half_up(amount ÷ rate, 2): the conversion rule, per cost line.
pub fn convert(amount: Money, units_per_eur: Decimal) -> Money {
    cents(amount / units_per_eur)
}

fn refuse(src: &SourceTable, problems: Vec<crate::import::Problem>) -> Result<(), ImportError> {
    if problems.is_empty() {
        return Ok(());
    }
    let place = match &src.sheet {
        Some(s) => format!("{} › {}", src.file, s),
        None => src.file.to_string(),
    };
    let more = problems
        .len()
        .saturating_sub(crate::import::error::MAX_PROBLEMS);
    let rejected = problems.len();
    Err(ImportError::Cells {
        place,
        problems: problems
            .into_iter()
            .take(crate::import::error::MAX_PROBLEMS)
            .collect(),
        more,
        rows_read: src.rows_read,
        rows_rejected: rejected,
    })
}
