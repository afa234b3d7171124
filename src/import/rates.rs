//! Monthly exchange rates: units of a currency per 1 EUR (PRODUCT.md, "Exchange rates").

use super::error::ImportError;
use super::fields::RATE_FIELDS;
use super::sheet::cells::Bad;
use super::sheet::stream::{Row, Source};
use super::table::{currency_decimals, read_table, TableReader};
use crate::model::{Field, Rate, SourceTable};
use std::collections::BTreeMap;
use std::path::Path;

pub fn read_rates(
    src: &mut Source,
    path: &Path,
    sheet: Option<&str>,
    extra: Option<&BTreeMap<String, Vec<String>>>,
) -> Result<(SourceTable, Vec<Rate>), ImportError> {
    read_table(
        src,
        path,
        "exchange rate",
        RATE_FIELDS,
        sheet,
        extra,
        |t: &mut TableReader, r: &Row| {
            let month = t.month(r, Field::Month);
            let currency = t.text(r, Field::Currency).map(|c| c.to_ascii_uppercase());
            if let Some(c) = &currency {
                if currency_decimals(c).is_none() {
                    t.problem(
                        r,
                        Field::Currency,
                        Bad {
                            expected: crate::i18n::Msg::new("err-exp-currency-rate"),
                            hint: crate::i18n::Msg::new("err-hint-three-letter"),
                        },
                    );
                }
            }
            let rate = t.number(r, Field::Rate);
            if let Some(x) = rate {
                // Below a millionth an amount ÷ rate could overflow the decimal type, and above
                // a billion units per euro the products of the rules could; no real currency
                // trades at either.
                let expected = if x < rust_decimal::Decimal::new(1, 6) {
                    Some("err-exp-rate-min")
                } else if x > rust_decimal::Decimal::from(1_000_000_000) {
                    Some("err-exp-rate-max")
                } else {
                    None
                };
                if let Some(expected) = expected {
                    t.problem(
                        r,
                        Field::Rate,
                        Bad {
                            expected: crate::i18n::Msg::new(expected),
                            hint: crate::i18n::Msg::new("err-hint-rate"),
                        },
                    );
                }
            }
            let source = t.text(r, Field::Source).unwrap_or_default();
            Some(Rate {
                row: r.index,
                month: month?,
                currency: currency?,
                rate: rate?,
                source,
            })
        },
    )
}
