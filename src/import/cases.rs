//! The case register: one row per assisted person, pseudonymous (PRODUCT.md, "Case register").

use super::error::ImportError;
use super::fields::CASE_FIELDS;
use super::sheet::cells::Bad;
use super::sheet::stream::{Row, Source};
use super::table::{read_table, TableReader};
use crate::model::records::Sex;
use crate::model::{Case, Field, SourceTable};
use std::collections::BTreeMap;
use std::path::Path;

pub fn read_cases(
    src: &mut Source,
    path: &Path,
    sheet: Option<&str>,
    extra: Option<&BTreeMap<String, Vec<String>>>,
) -> Result<(SourceTable, Vec<Case>), ImportError> {
    read_table(
        src,
        path,
        "case register",
        CASE_FIELDS,
        sheet,
        extra,
        |t: &mut TableReader, r: &Row| {
            let case_id = t.text(r, Field::CaseId);
            let household_id = t.text(r, Field::HouseholdId);
            let sex = match t.text(r, Field::Sex).map(|s| s.to_uppercase()) {
                None => None,
                Some(s) => match s.as_str() {
                    "F" | "S" | "SIEVIETE" | "FEMALE" => Some(Sex::F),
                    "M" | "V" | "VĪRIETIS" | "VIRIETIS" | "MALE" => Some(Sex::M),
                    "X" => Some(Sex::X),
                    _ => {
                        t.problem(
                            r,
                            Field::Sex,
                            Bad {
                                expected: crate::i18n::Msg::new("err-exp-sex"),
                                hint: crate::i18n::Msg::new("err-hint-sex"),
                            },
                        );
                        None
                    }
                },
            };
            let birth_year = t.year(r, Field::BirthYear);
            let nationality = t
                .text(r, Field::Nationality)
                .map(|s| s.to_ascii_uppercase());
            if let Some(n) = &nationality {
                if !(n.len() == 2 || n.len() == 3) || !n.chars().all(|c| c.is_ascii_alphabetic()) {
                    t.problem(
                        r,
                        Field::Nationality,
                        Bad {
                            expected: crate::i18n::Msg::new("err-exp-country"),
                            hint: crate::i18n::Msg::new("err-hint-country"),
                        },
                    );
                }
            }
            let return_country = t
                .text(r, Field::ReturnCountry)
                .map(|s| s.to_ascii_uppercase());
            let vulnerable = t.yes_no(r, Field::Vulnerable).unwrap_or(false);
            let departure_order_date = t.date(r, Field::DepartureOrderDate);
            let departure_date = t.date(r, Field::DepartureDate);
            // Blank is "not known", not "no": ACC-03 removes money only on a "no" it can see.
            let without_means = t.yes_no(r, Field::WithoutMeans);
            let detained = t.yes_no(r, Field::Detained);
            let reintegration = t.yes_no(r, Field::Reintegration).unwrap_or(false);
            Some(Case {
                row: r.index,
                case_id: case_id?,
                household_id,
                sex,
                birth_year,
                nationality: nationality?,
                return_country,
                vulnerable,
                departure_order_date,
                departure_date,
                without_means,
                detained,
                reintegration,
            })
        },
    )
}
