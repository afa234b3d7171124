//! Which input table has which field (PRODUCT.md, "Input columns"): each column's field, whether
//! the table needs it and how its cells are typed, in the order the templates write them. The
//! headers are the field's own (`model::Field`); `sheet::header::locate` finds them.

use super::sheet::header::{Column, Kind};
use crate::model::Field;

/// One input column of a table.
pub type FieldSpec = Column<Field>;

const fn f(field: Field, required: bool, kind: Kind) -> FieldSpec {
    Column {
        key: field,
        id: field.id(),
        en: field.en(),
        lv: field.lv(),
        required,
        kind,
    }
}

/// The expense ledger.
pub(crate) const EXPENSE_FIELDS: &[FieldSpec] = &[
    f(Field::EntryId, true, Kind::Code),
    f(Field::DocNo, true, Kind::Code),
    f(Field::DocDate, true, Kind::Date),
    f(Field::PaidDate, false, Kind::Date),
    f(Field::Supplier, true, Kind::Text),
    f(Field::Description, false, Kind::Text),
    f(Field::Activity, true, Kind::Code),
    f(Field::Heading, true, Kind::Code),
    f(Field::CaseId, false, Kind::Code),
    f(Field::Amount, true, Kind::Amount),
    f(Field::Currency, false, Kind::Code),
    f(Field::Vat, false, Kind::Amount),
    f(Field::ServiceFrom, false, Kind::Date),
    f(Field::ServiceTo, false, Kind::Date),
    f(Field::Quantity, false, Kind::Number),
];

/// The case register.
pub(crate) const CASE_FIELDS: &[FieldSpec] = &[
    f(Field::CaseId, true, Kind::Code),
    f(Field::HouseholdId, false, Kind::Code),
    f(Field::Sex, false, Kind::Code),
    f(Field::BirthYear, false, Kind::Year),
    f(Field::Nationality, true, Kind::Code),
    f(Field::ReturnCountry, false, Kind::Code),
    f(Field::Vulnerable, false, Kind::Bool),
    f(Field::DepartureOrderDate, false, Kind::Date),
    f(Field::DepartureDate, false, Kind::Date),
    f(Field::WithoutMeans, false, Kind::Bool),
    f(Field::Detained, false, Kind::Bool),
    f(Field::Reintegration, false, Kind::Bool),
];

/// The exchange rates.
pub(crate) const RATE_FIELDS: &[FieldSpec] = &[
    f(Field::Month, true, Kind::Month),
    f(Field::Currency, true, Kind::Code),
    f(Field::Rate, true, Kind::Number),
    f(Field::Source, false, Kind::Text),
];
