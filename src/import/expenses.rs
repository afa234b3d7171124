//! The expense ledger: one row per supporting-document line (PRODUCT.md, "Expense ledger").
//! A blank currency cell means the project's currency (`agreement.currency`).

use super::error::ImportError;
use super::fields::EXPENSE_FIELDS;
use super::sheet::cells::{money_scale, Bad};
use super::sheet::stream::{Row, Source};
use super::table::{currency_decimals, read_table, TableReader};
use crate::model::{Expense, Field, SourceTable};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::Path;

/// The bound on a ledger line's quantity (README "Security and data protection").
pub(crate) const MAX_QUANTITY: i64 = 1_000_000;

pub fn read_expenses(
    src: &mut Source,
    path: &Path,
    sheet: Option<&str>,
    extra: Option<&BTreeMap<String, Vec<String>>>,
    default_currency: &str,
) -> Result<(SourceTable, Vec<Expense>), ImportError> {
    let mut currencies = Currencies {
        default: default_currency,
        last: None,
    };
    read_table(
        src,
        path,
        "expense ledger",
        EXPENSE_FIELDS,
        sheet,
        extra,
        |t: &mut TableReader, r: &Row| expense(t, r, &mut currencies),
    )
}

/// One ledger row as an expense, when its required fields are there.
fn expense(t: &mut TableReader, r: &Row, currencies: &mut Currencies) -> Option<Expense> {
    let entry_id = t.text(r, Field::EntryId);
    let doc_no = t.text(r, Field::DocNo);
    let doc_date = t.date(r, Field::DocDate);
    let paid_date = t.date(r, Field::PaidDate);
    let supplier = t.text(r, Field::Supplier);
    let description = t.text(r, Field::Description).unwrap_or_default();
    let activity = t.text(r, Field::Activity);
    let heading = t.text(r, Field::Heading);
    let case_id = t.text(r, Field::CaseId);
    let (currency, decimals) = currencies.of(t, r);
    let (amount, vat) = amounts(t, r, decimals, &currency);
    let service_from = t.date(r, Field::ServiceFrom);
    let service_to = t.date(r, Field::ServiceTo);
    let quantity = quantity(t, r);
    Some(Expense {
        row: r.index,
        entry_id: entry_id?,
        doc_no: doc_no?,
        doc_date: doc_date?,
        paid_date,
        supplier: supplier?,
        description,
        activity: activity?,
        heading: heading?,
        case_id,
        amount: amount?,
        vat: vat.unwrap_or_else(|| Decimal::new(0, decimals.unwrap_or(2))),
        currency,
        service_from,
        service_to,
        quantity,
    })
}

/// A row's currency: its cell, or the project's when blank.
struct Currencies<'a> {
    default: &'a str,
    /// The row before's currency and its decimals: most rows repeat it.
    last: Option<(String, Option<u32>)>,
}

impl Currencies<'_> {
    /// The row's currency and its decimals (`None`, and a problem, for an unknown code).
    fn of(&mut self, t: &mut TableReader, r: &Row) -> (String, Option<u32>) {
        let default_currency = self.default;
        let currency = t
            .text(r, Field::Currency)
            .map(|c| c.to_ascii_uppercase())
            .unwrap_or_else(|| default_currency.to_string());
        // Most rows repeat the row before's currency: its decimals are looked up once.
        let known = match &self.last {
            Some((c, d)) if *c == currency => *d,
            _ => {
                let d = currency_decimals(&currency);
                self.last = Some((currency.clone(), d));
                d
            }
        };
        if known.is_none() {
            t.problem(
                r,
                Field::Currency,
                Bad {
                    expected: crate::i18n::Msg::new("err-exp-currency"),
                    hint: crate::i18n::Msg::new("err-hint-currency-default")
                        .arg("currency", default_currency),
                },
            );
        }
        (currency, known)
    }
}

/// The amount and the VAT, each with the currency's decimals and below the bound.
fn amounts(
    t: &mut TableReader,
    r: &Row,
    decimals: Option<u32>,
    currency: &str,
) -> (Option<Decimal>, Option<Decimal>) {
    // Above this an amount is a typing error, and sums of such amounts could overflow.
    let limit = Decimal::from(1_000_000_000_000i64);
    let mut amount = t.number(r, Field::Amount);
    let mut vat = t.number(r, Field::Vat);
    if let Some(dp) = decimals {
        for (field, v) in [(Field::Amount, &mut amount), (Field::Vat, &mut vat)] {
            if let Some(a) = *v {
                match money_scale(a, dp, currency) {
                    Ok(x) => *v = Some(x),
                    Err(b) => {
                        t.problem(r, field, b);
                        *v = None
                    }
                }
            }
        }
    }
    for (field, v) in [(Field::Amount, &mut amount), (Field::Vat, &mut vat)] {
        if v.is_some_and(|a| a.abs() >= limit) {
            t.problem(
                r,
                field,
                Bad {
                    expected: crate::i18n::Msg::new("err-exp-amount-limit"),
                    hint: crate::i18n::Msg::new("err-hint-amount-limit"),
                },
            );
            *v = None;
        }
    }
    (amount, vat)
}

/// Days, persons or units: bounded so that tariff × quantity cannot overflow.
fn quantity(t: &mut TableReader, r: &Row) -> Option<Decimal> {
    let quantity = t.number(r, Field::Quantity);
    if quantity.is_some_and(|q| q.abs() >= Decimal::from(MAX_QUANTITY)) {
        t.problem(
            r,
            Field::Quantity,
            Bad {
                expected: crate::i18n::Msg::new("err-exp-quantity"),
                hint: crate::i18n::Msg::new("err-hint-quantity"),
            },
        );
        return None;
    }
    quantity
}
