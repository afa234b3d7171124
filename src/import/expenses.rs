//! The expense ledger: one row per supporting-document line (PRODUCT.md, "Expense ledger").
//! A blank currency cell means the project's currency (`agreement.currency`).

use super::error::ImportError;
use super::sheet::cells::{money_scale, Bad};
use super::sheet::header::EXPENSE_FIELDS;
use super::sheet::stream::{Row, Source};
use super::table::{currency_decimals, read_table, TableReader};
use crate::model::{Expense, SourceTable};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::Path;

/// The bound on a ledger line's quantity (README "Security and data protection").
pub const MAX_QUANTITY: i64 = 1_000_000;

pub fn read_expenses(
    src: &mut Source,
    path: &Path,
    sheet: Option<&str>,
    extra: Option<&BTreeMap<String, Vec<String>>>,
    default_currency: &str,
) -> Result<(SourceTable, Vec<Expense>), ImportError> {
    // Above this an amount is a typing error, and sums of such amounts could overflow.
    let limit = Decimal::from(1_000_000_000_000i64);
    let mut last_currency: Option<(String, Option<u32>)> = None;
    read_table(
        src,
        path,
        "expense ledger",
        EXPENSE_FIELDS,
        sheet,
        extra,
        |t: &mut TableReader, r: &Row| {
            let entry_id = t.text(r, "entry_id");
            let doc_no = t.text(r, "doc_no");
            let doc_date = t.date(r, "doc_date");
            let paid_date = t.date(r, "paid_date");
            let supplier = t.text(r, "supplier");
            let description = t.text(r, "description").unwrap_or_default();
            let activity = t.text(r, "activity");
            let heading = t.text(r, "heading");
            let case_id = t.text(r, "case_id");
            let currency = t
                .text(r, "currency")
                .map(|c| c.to_ascii_uppercase())
                .unwrap_or_else(|| default_currency.to_string());
            // Most rows repeat the row before's currency: its decimals are looked up once.
            let known = match &last_currency {
                Some((c, d)) if *c == currency => *d,
                _ => {
                    let d = currency_decimals(&currency);
                    last_currency = Some((currency.clone(), d));
                    d
                }
            };
            let decimals = match known {
                Some(d) => Some(d),
                None => {
                    t.problem(
                    r,
                    "currency",
                    Bad {
                        expected: "an ISO 4217 currency code such as EUR, USD or IQD".to_string(),
                        hint: format!(
                            "leave the cell empty for {default_currency}, or type the three-letter code"
                        ),
                    },
                );
                    None
                }
            };
            let mut amount = t.number(r, "amount");
            let mut vat = t.number(r, "vat");
            if let Some(dp) = decimals {
                if let Some(a) = amount {
                    match money_scale(a, dp, &currency) {
                        Ok(v) => amount = Some(v),
                        Err(b) => {
                            t.problem(r, "amount", b);
                            amount = None
                        }
                    }
                }
                if let Some(v) = vat {
                    match money_scale(v, dp, &currency) {
                        Ok(v) => vat = Some(v),
                        Err(b) => {
                            t.problem(r, "vat", b);
                            vat = None
                        }
                    }
                }
            }
            for (id, v) in [("amount", &mut amount), ("vat", &mut vat)] {
                if v.is_some_and(|a| a.abs() >= limit) {
                    t.problem(
                        r,
                        id,
                        Bad {
                            expected: "an amount below 1 000 000 000 000".to_string(),
                            hint: "check the cell: it is larger than any grant".to_string(),
                        },
                    );
                    *v = None;
                }
            }
            let service_from = t.date(r, "service_from");
            let service_to = t.date(r, "service_to");
            let mut quantity = t.number(r, "quantity");
            // Days, persons or units: bounded so that tariff × quantity cannot overflow.
            if quantity.is_some_and(|q| q.abs() >= Decimal::from(MAX_QUANTITY)) {
                t.problem(
                    r,
                    "quantity",
                    Bad {
                        expected: "a quantity below 1 000 000".to_string(),
                        hint: "type the number of days, persons or units".to_string(),
                    },
                );
                quantity = None;
            }
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
        },
    )
}
