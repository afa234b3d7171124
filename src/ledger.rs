//! `Ledger::build` — the gate where invariants start to hold: entry ids and case ids are
//! unique, every cost is joined to its line, heading, case and exchange rate where they exist,
//! and converted to EUR by the rule of PRODUCT.md (`round_half_up(amount ÷ rate, 2)` with the
//! rate of the document date's month, per cost line). A row that reads cleanly but cannot be
//! joined (unknown case, code or rate) is kept for the rules to report as a finding.

use crate::import::{ImportError, Inputs};
use crate::model::money::cents;
use crate::model::register::FrozenClaim;
use crate::model::InputDigest;
use crate::model::{
    Case, CellRef, Expense, Field, Money, Month, Project, Quarter, Rate, SourceTable,
};
use crate::util::hash::FxBuild;
use chrono::Datelike;
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

/// The fields of one entry that the rules working in payment order read (BUD-02, BUD-03,
/// REI-03, RET-02), kept in that order: at a million lines, reading a compact array in sequence
/// instead of jumping from entry to entry is most of those rules' time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paid {
    /// Index into `Ledger::entries`.
    pub entry: u32,
    pub paid_date: Option<chrono::NaiveDate>,
    pub doc_date: chrono::NaiveDate,
    /// `Entry::heading`.
    pub heading: Option<u32>,
    /// `Entry::case`.
    pub case: Option<u32>,
    /// The target is a line or the shared costs (not `Target::Unknown`).
    pub booked: bool,
    /// The amount is above zero (not a credit note or a zero line).
    pub positive: bool,
    /// `Entry::base`.
    pub base: Option<Money>,
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
    /// The claim register: the quarters submitted and frozen (`claim --submit`), which FIN-02
    /// compares with the ledger. Empty until the caller adds it (`with_register`).
    pub register: Vec<FrozenClaim>,
    /// Case indices by case id, built on first use.
    case_index: std::sync::OnceLock<HashMap<String, usize, FxBuild>>,
    /// Entry indices by payment (see `payment_order`) and the entries' fields in that order
    /// (`paid_in_order`), sorted once for every rule that needs them.
    payment_order: std::sync::OnceLock<(Vec<usize>, Vec<Paid>)>,
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
        refuse_repeated_entries(&expenses, &expenses_source)?;
        require_case_column(project, &expenses, &expenses_source)?;
        let case_ids = CaseIds::new(&cases, &cases_source)?;
        let rate_index = rate_index(&rates, rates_source.as_ref())?;
        let join = Join {
            project,
            cases: &case_ids,
            rate_index: &rate_index,
            rates: &rates,
        };
        let entries = expenses.into_iter().map(|e| join.entry(e)).collect();
        Ok(Ledger {
            entries,
            cases,
            rates,
            expenses_source,
            cases_source,
            rates_source,
            digests,
            register: Vec::new(),
            case_index: std::sync::OnceLock::new(),
            payment_order: std::sync::OnceLock::new(),
        })
    }

    /// The same ledger with the claim register's frozen quarters.
    pub(crate) fn with_register(mut self, register: Vec<FrozenClaim>) -> Ledger {
        self.register = register;
        self
    }

    /// What a claim takes of entry `i` once `excluded` (its ineligible amount) is removed: the
    /// rest of its eligible base when it is paid within the project's quarters, converted, booked
    /// to a line (or the shared costs) and a direct-cost heading; otherwise nothing. The same
    /// conditions as `allocate::allocate` (indirect costs are a flat rate, never booked).
    pub fn claimed(&self, project: &Project, i: usize, excluded: Money) -> Money {
        let e = &self.entries[i];
        let (Some(paid), Some(base), Some(h)) = (e.expense.paid_date, e.base, e.heading) else {
            return Money::ZERO;
        };
        // The project's quarters: from the first version's start to the latest version's end.
        let first = project.versions.iter().map(|v| v.period_start).min();
        let last = project.versions.iter().map(|v| v.period_end).max();
        let q = Some(Quarter::of(paid));
        if Some(h) == project.indirect_heading()
            || q < first.map(Quarter::of)
            || q > last.map(Quarter::of)
            || e.target == Target::Unknown
        {
            return Money::ZERO;
        }
        base - excluded
    }

    /// Entry indices in payment order: paid entries by payment date, then unpaid ones, each by
    /// document date and source row. Computed on first use.
    pub(crate) fn payment_order(&self) -> &[usize] {
        &self.payment().0
    }

    /// What the payment-order rules read of each entry, in payment order (see `Paid`).
    pub(crate) fn paid_in_order(&self) -> &[Paid] {
        &self.payment().1
    }

    fn payment(&self) -> &(Vec<usize>, Vec<Paid>) {
        self.payment_order.get_or_init(|| {
            // The key (unpaid last, payment date, document date) packed into one integer read
            // once per entry, then the row and the entry index: an unstable sort of distinct
            // keys gives exactly the stable sort by (unpaid, paid, doc, row). A date is its day
            // number from chrono's first date: under 2^28 for every date chrono can hold.
            let first = chrono::NaiveDate::MIN.num_days_from_ce();
            let day = |d: chrono::NaiveDate| (d.num_days_from_ce() - first) as u64;
            let mut keyed: Vec<(u64, u32, u32)> = Vec::with_capacity(self.entries.len());
            let fields: Vec<Paid> = self
                .entries
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let x = &e.expense;
                    let paid = match x.paid_date {
                        Some(p) => day(p),
                        None => 1 << 28,
                    };
                    keyed.push((paid << 28 | day(x.doc_date), x.row, i as u32));
                    Paid {
                        entry: i as u32,
                        paid_date: x.paid_date,
                        doc_date: x.doc_date,
                        heading: e.heading.map(|h| h as u32),
                        case: e.case.map(|c| c as u32),
                        booked: e.target != Target::Unknown,
                        positive: x.amount > Decimal::ZERO,
                        base: e.base,
                    }
                })
                .collect();
            keyed.sort_unstable();
            let paid: Vec<Paid> = keyed.iter().map(|&(_, _, i)| fields[i as usize]).collect();
            (paid.iter().map(|p| p.entry as usize).collect(), paid)
        })
    }

    pub fn case_by_id(&self, id: &str) -> Option<&Case> {
        self.case_index
            .get_or_init(|| {
                let mut m = HashMap::with_capacity_and_hasher(self.cases.len(), FxBuild::default());
                for (i, c) in self.cases.iter().enumerate() {
                    m.insert(c.case_id.clone(), i);
                }
                m
            })
            .get(id)
            .map(|&i| &self.cases[i])
    }

    /// The cell of an entry's field.
    pub fn cell(&self, entry: &Entry, field: Field) -> CellRef {
        self.expenses_source.cell(entry.expense.row, field)
    }

    /// The cell of a case's field.
    pub(crate) fn case_cell(&self, case: &Case, field: Field) -> CellRef {
        self.cases_source.cell(case.row, field)
    }
}

/// Refuses a repeated entry id, at each later row, naming the row before it, in row order.
fn refuse_repeated_entries(expenses: &[Expense], source: &SourceTable) -> Result<(), ImportError> {
    // Each id's hash with its row index, sorted: only ids of equal hash are compared.
    let mut hashed: Vec<(u64, u32)> = expenses
        .iter()
        .enumerate()
        .map(|(i, e)| (fx_hash(&e.entry_id), i as u32))
        .collect();
    hashed.sort_unstable();
    let mut repeated: Vec<(usize, usize)> = Vec::new();
    for group in hashed.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        for (k, &(_, i)) in group.iter().enumerate() {
            let id = &expenses[i as usize].entry_id;
            if let Some(&(_, j)) = group[..k]
                .iter()
                .rev()
                .find(|(_, j)| expenses[*j as usize].entry_id == *id)
            {
                repeated.push((i as usize, j as usize));
            }
        }
    }
    repeated.sort_unstable();
    let dups: Vec<_> = repeated
        .into_iter()
        .map(|(i, j)| {
            let (e, first) = (&expenses[i], expenses[j].row);
            crate::import::Problem {
                at: source.cell(e.row, Field::EntryId),
                field: Field::EntryId,
                expected: crate::i18n::Msg::new("err-exp-entry-once"),
                found: crate::i18n::Msg::new("err-found-also-in")
                    .arg("value", &e.entry_id)
                    .arg("cell", source.cell(first, Field::EntryId).a1()),
                hint: crate::i18n::Msg::new("err-hint-entry-once"),
            }
        })
        .collect();
    refuse(source, dups)
}

/// Per-case headings (4.x) need the case number: without the column no such cost could name
/// its case, so the file is refused rather than every per-case cost excluded.
fn require_case_column(
    project: &Project,
    expenses: &[Expense],
    source: &SourceTable,
) -> Result<(), ImportError> {
    if source.columns.contains_key(&Field::CaseId) {
        return Ok(());
    }
    let per_case: Vec<&Expense> = expenses
        .iter()
        .filter(|e| {
            project
                .heading_index(&e.heading)
                .is_some_and(|h| project.headings[h].per_case)
        })
        .collect();
    let Some(first) = per_case.first() else {
        return Ok(());
    };
    let sheet = source
        .sheet
        .as_ref()
        .map(|s| {
            crate::i18n::Msg::new("err-sheet-prefix-plain")
                .arg("sheet", s.to_string())
                .into()
        })
        .unwrap_or_else(|| crate::i18n::Arg::from(""));
    Err(ImportError::Header {
        file: source.file.to_string(),
        what: crate::i18n::Msg::new("err-no-case-column")
            .arg("prefix", sheet)
            .arg("row", source.header_row + 1)
            .arg("n", per_case.len())
            .arg("entry", &first.entry_id)
            .arg("heading", &first.heading),
        hint: crate::i18n::Msg::new("err-hint-no-case-column"),
    })
}

/// The case ids for the join: packed, or — when two ids share a hash (a repeated id, or by
/// chance) — a plain map, which checks for repeats and serves the join instead.
enum CaseIds<'a> {
    Packed(PackedIds),
    Map(HashMap<&'a str, usize, FxBuild>),
}

impl<'a> CaseIds<'a> {
    /// Refuses a repeated case id.
    fn new(cases: &'a [Case], source: &SourceTable) -> Result<CaseIds<'a>, ImportError> {
        if let Some(p) = PackedIds::new(cases.iter().map(|c| c.case_id.as_str())) {
            return Ok(CaseIds::Packed(p));
        }
        let mut index: HashMap<&str, usize, FxBuild> = HashMap::default();
        index.reserve(cases.len());
        let mut dups = Vec::new();
        for (i, c) in cases.iter().enumerate() {
            if let Some(first) = index.insert(&c.case_id, i) {
                dups.push(crate::import::Problem {
                    at: source.cell(c.row, Field::CaseId),
                    field: Field::CaseId,
                    expected: crate::i18n::Msg::new("err-exp-case-once"),
                    found: crate::i18n::Msg::new("err-found-also-in")
                        .arg("value", &c.case_id)
                        .arg("cell", source.cell(cases[first].row, Field::CaseId).a1()),
                    hint: crate::i18n::Msg::new("err-hint-case-once"),
                });
            }
        }
        refuse(source, dups)?;
        Ok(CaseIds::Map(index))
    }

    fn get(&self, id: &str) -> Option<usize> {
        match self {
            CaseIds::Packed(p) => p.get(id),
            CaseIds::Map(m) => m.get(id).copied(),
        }
    }
}

/// Rates by month and currency; refuses two different rates for the same month and currency.
fn rate_index<'a>(
    rates: &'a [Rate],
    source: Option<&SourceTable>,
) -> Result<HashMap<(Month, &'a str), usize, FxBuild>, ImportError> {
    let mut rate_index: HashMap<(Month, &str), usize, FxBuild> =
        HashMap::with_capacity_and_hasher(rates.len(), FxBuild::default());
    let Some(src) = source else {
        return Ok(rate_index);
    };
    let mut dups = Vec::new();
    for (i, r) in rates.iter().enumerate() {
        if let Some(first) = rate_index.insert((r.month, r.currency.as_str()), i) {
            if rates[first].rate != r.rate {
                dups.push(crate::import::Problem {
                    at: src.cell(r.row, Field::Rate),
                    field: Field::Rate,
                    expected: crate::i18n::Msg::new("err-exp-rate-once"),
                    found: crate::i18n::Msg::new("err-found-rate-twice")
                        .arg("month", r.month.to_string())
                        .arg("currency", &r.currency)
                        .num("first", rates[first].rate)
                        .num("second", r.rate),
                    hint: crate::i18n::Msg::new("err-hint-rate-once"),
                });
            }
        }
    }
    refuse(src, dups)?;
    Ok(rate_index)
}

/// What a cost line is joined to.
struct Join<'a> {
    project: &'a Project,
    cases: &'a CaseIds<'a>,
    rate_index: &'a HashMap<(Month, &'a str), usize, FxBuild>,
    rates: &'a [Rate],
}

impl Join<'_> {
    /// The cost joined to its line, heading, case and rate, and converted.
    fn entry(&self, e: Expense) -> Entry {
        let project = self.project;
        let target = if project.is_shared(&e.activity) {
            Target::Shared
        } else {
            project
                .line_index(&e.activity)
                .map(Target::Line)
                .unwrap_or(Target::Unknown)
        };
        let heading = project.heading_index(&e.heading);
        let case = e.case_id.as_deref().and_then(|id| self.cases.get(id));
        let (rate, eur, vat_eur) = if e.currency == project.currency {
            (None, Some(e.amount), e.vat)
        } else {
            match self
                .rate_index
                .get(&(Month::of(e.doc_date), e.currency.as_str()))
            {
                Some(&ri) => (
                    Some(ri),
                    Some(convert(e.amount, self.rates[ri].rate)),
                    convert(e.vat, self.rates[ri].rate),
                ),
                None => (None, None, Decimal::ZERO),
            }
        };
        let eur = eur.map(cents);
        let vat_eur = cents(vat_eur);
        // A VAT that does not fit the amount is not deducted: VAT-01 excludes the whole line,
        // so the line's whole amount is what it removes.
        let on = e.paid_date.unwrap_or(e.doc_date);
        let deduct = project.version_on(on).params.vat_recoverable && e.vat_fits();
        let base = eur.map(|x| if deduct { x - vat_eur } else { x });
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
    }
}

/// Distinct ids laid end to end, found by their hash: the join of a million cost lines to
/// their cases reads a few compact arrays instead of a map of strings spread over the heap.
struct PackedIds {
    by_hash: HashMap<u64, u32, FxBuild>,
    bytes: Vec<u8>,
    /// Where each id ends in `bytes` (it starts where the one before ends).
    ends: Vec<usize>,
}

impl PackedIds {
    /// `None` when two ids have the same hash (equal ids, or a rare collision).
    fn new<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Option<PackedIds> {
        let n = ids.len();
        let mut p = PackedIds {
            by_hash: HashMap::with_capacity_and_hasher(n, FxBuild::default()),
            bytes: Vec::new(),
            ends: Vec::with_capacity(n),
        };
        for (i, id) in ids.enumerate() {
            p.bytes.extend_from_slice(id.as_bytes());
            p.ends.push(p.bytes.len());
            if p.by_hash.insert(fx_hash(id), i as u32).is_some() {
                return None;
            }
        }
        Some(p)
    }

    /// The index of `id`, if it is one of the ids.
    fn get(&self, id: &str) -> Option<usize> {
        let i = *self.by_hash.get(&fx_hash(id))? as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        (&self.bytes[start..self.ends[i]] == id.as_bytes()).then_some(i)
    }
}

/// The fast hash of a string (see `util::hash`).
fn fx_hash(s: &str) -> u64 {
    use std::hash::BuildHasher;
    FxBuild::default().hash_one(s)
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

#[cfg(test)]
mod tests {
    use crate::rules::testkit::*;
    use chrono::Datelike;

    #[test]
    fn every_date_fits_the_packed_payment_key() {
        let span =
            chrono::NaiveDate::MAX.num_days_from_ce() - chrono::NaiveDate::MIN.num_days_from_ce();
        assert!(span < 1 << 28, "{span}");
    }

    #[test]
    fn payment_order_is_paid_date_then_document_date_then_row_unpaid_last() {
        let p = project();
        let mut costs = vec![
            cost("E1", "A1", "1", None, "1.00", "2020-05-03", "2020-06-01"),
            cost("E2", "A1", "1", None, "1.00", "2020-05-02", "2020-06-01"),
            cost("E3", "A1", "1", None, "1.00", "2020-05-01", "2020-05-20"),
            cost("E4", "A1", "1", None, "1.00", "2020-04-01", "2020-06-01"),
            cost("E5", "A1", "1", None, "1.00", "2020-01-01", "2020-01-01"),
            cost("E6", "A1", "1", None, "1.00", "2020-05-02", "2020-06-01"),
        ];
        costs[4].paid_date = None; // unpaid: last, though its document is the oldest
        costs[5].paid_date = None;
        costs[5].doc_date = d("2019-12-31");
        let l = ledger(&p, costs, vec![]);
        let ids: Vec<&str> = l
            .payment_order()
            .iter()
            .map(|&i| l.entries[i].id())
            .collect();
        // Paid 20 May: E3; paid 1 June: E4 (doc 1 April), E2 and E1 (doc 2 and 3 May); then
        // the unpaid E6 (doc 31 Dec 2019) and E5 (doc 1 Jan 2020).
        assert_eq!(ids, vec!["E3", "E4", "E2", "E1", "E6", "E5"]);
        let fields: Vec<usize> = l.paid_in_order().iter().map(|x| x.entry as usize).collect();
        assert_eq!(fields, l.payment_order());
    }

    #[test]
    fn claimed_is_what_the_allocation_claims() {
        // FIN-02 compares the register with `claimed`; the claims take `Allocation::eligible`:
        // the two must agree line by line, whatever a line's fault.
        let p = project();
        let mut costs = vec![
            cost("E1", "A1", "1", None, "100.00", "2020-05-03", "2020-06-01"),
            cost("E2", "ZZ", "1", None, "50.00", "2020-05-03", "2020-06-01"),
            cost("E3", "A1", "7", None, "40.00", "2020-05-03", "2020-06-01"),
            cost("E4", "A1", "1", None, "30.00", "2020-05-03", "2023-02-01"),
            cost("E5", "A1", "1", None, "20.00", "2020-05-03", "2020-06-01"),
            cost(
                "E6",
                "shared",
                "3",
                None,
                "-10.00",
                "2020-05-03",
                "2020-06-01",
            ),
            cost(
                "E7",
                "A2",
                "4.5",
                Some("C-1"),
                "2500.00",
                "2020-05-03",
                "2020-06-01",
            ),
        ];
        costs[4].paid_date = None;
        costs[5].currency = "GEL".into();
        let l = ledger(
            &p,
            costs,
            vec![case("C-1", Some("2020-01-01"), Some("2020-02-01"))],
        );
        let findings = crate::rules::check_all(&l, &p);
        let excluded = crate::rules::ineligible_by_entry(&l, &findings);
        let alloc = crate::allocate::allocate(&p, &l, &excluded);
        let claimed: Vec<_> = (0..l.entries.len())
            .map(|i| l.claimed(&p, i, excluded[i]))
            .collect();
        assert_eq!(claimed, alloc.eligible);
        // E1 claimed whole, E7 down to the 2 000.00 cap; nothing else.
        assert_eq!(claimed[0], m("100.00"));
        assert_eq!(claimed[6], m("2000.00"));
    }
}
