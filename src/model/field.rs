//! The input columns (PRODUCT.md, "Input columns"): one `Field` per column of the expense
//! ledger, the case register and the exchange rates, with its id (the name the project file's
//! `[columns]`, the json and the messages use) and its Latvian and English headers. The import
//! finds a column by them, a finding points at a field's cell, a rule names the fields it reads
//! as evidence. Which table has which field, and how its cells are typed, is the import's
//! (`import::fields`).

use serde::{Serialize, Serializer};
use std::fmt;

/// An input column. Declared in the order of the ids, so that a map keyed by fields lists them
/// as a map keyed by ids would (the json's `columns`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Activity,
    Amount,
    BirthYear,
    CaseId,
    Currency,
    DepartureDate,
    DepartureOrderDate,
    Description,
    Detained,
    DocDate,
    DocNo,
    EntryId,
    Heading,
    HouseholdId,
    Month,
    Nationality,
    PaidDate,
    Quantity,
    Rate,
    Reintegration,
    ReturnCountry,
    ServiceFrom,
    ServiceTo,
    Sex,
    Source,
    Supplier,
    Vat,
    Vulnerable,
    WithoutMeans,
}

impl Field {
    /// Every field, in id order.
    pub const ALL: [Field; 29] = [
        Field::Activity,
        Field::Amount,
        Field::BirthYear,
        Field::CaseId,
        Field::Currency,
        Field::DepartureDate,
        Field::DepartureOrderDate,
        Field::Description,
        Field::Detained,
        Field::DocDate,
        Field::DocNo,
        Field::EntryId,
        Field::Heading,
        Field::HouseholdId,
        Field::Month,
        Field::Nationality,
        Field::PaidDate,
        Field::Quantity,
        Field::Rate,
        Field::Reintegration,
        Field::ReturnCountry,
        Field::ServiceFrom,
        Field::ServiceTo,
        Field::Sex,
        Field::Source,
        Field::Supplier,
        Field::Vat,
        Field::Vulnerable,
        Field::WithoutMeans,
    ];

    /// The id: `doc_date`.
    pub const fn id(self) -> &'static str {
        match self {
            Field::Activity => "activity",
            Field::Amount => "amount",
            Field::BirthYear => "birth_year",
            Field::CaseId => "case_id",
            Field::Currency => "currency",
            Field::DepartureDate => "departure_date",
            Field::DepartureOrderDate => "departure_order_date",
            Field::Description => "description",
            Field::Detained => "detained",
            Field::DocDate => "doc_date",
            Field::DocNo => "doc_no",
            Field::EntryId => "entry_id",
            Field::Heading => "heading",
            Field::HouseholdId => "household_id",
            Field::Month => "month",
            Field::Nationality => "nationality",
            Field::PaidDate => "paid_date",
            Field::Quantity => "quantity",
            Field::Rate => "rate",
            Field::Reintegration => "reintegration",
            Field::ReturnCountry => "return_country",
            Field::ServiceFrom => "service_from",
            Field::ServiceTo => "service_to",
            Field::Sex => "sex",
            Field::Source => "source",
            Field::Supplier => "supplier",
            Field::Vat => "vat",
            Field::Vulnerable => "vulnerable",
            Field::WithoutMeans => "without_means",
        }
    }

    /// The English header: `Document date`.
    pub const fn en(self) -> &'static str {
        match self {
            Field::Activity => "Activity",
            Field::Amount => "Amount",
            Field::BirthYear => "Year of birth",
            Field::CaseId => "Case no.",
            Field::Currency => "Currency",
            Field::DepartureDate => "Departure date",
            Field::DepartureOrderDate => "Departure order date",
            Field::Description => "Description",
            Field::Detained => "Detained",
            Field::DocDate => "Document date",
            Field::DocNo => "Document no.",
            Field::EntryId => "Entry no.",
            Field::Heading => "Budget heading",
            Field::HouseholdId => "Household no.",
            Field::Month => "Month",
            Field::Nationality => "Nationality",
            Field::PaidDate => "Payment date",
            Field::Quantity => "Quantity",
            Field::Rate => "Rate",
            Field::Reintegration => "Reintegration",
            Field::ReturnCountry => "Country of return",
            Field::ServiceFrom => "Service from",
            Field::ServiceTo => "Service to",
            Field::Sex => "Sex",
            Field::Source => "Source",
            Field::Supplier => "Supplier",
            Field::Vat => "VAT",
            Field::Vulnerable => "Vulnerable",
            Field::WithoutMeans => "Without means",
        }
    }

    /// The Latvian header: `Dokumenta datums`.
    pub const fn lv(self) -> &'static str {
        match self {
            Field::Activity => "Aktivitāte",
            Field::Amount => "Summa",
            Field::BirthYear => "Dzimšanas gads",
            Field::CaseId => "Lietas Nr.",
            Field::Currency => "Valūta",
            Field::DepartureDate => "Izceļošanas datums",
            Field::DepartureOrderDate => "Izbraukšanas rīkojuma datums",
            Field::Description => "Apraksts",
            Field::Detained => "Aizturēts",
            Field::DocDate => "Dokumenta datums",
            Field::DocNo => "Dokumenta Nr.",
            Field::EntryId => "Ieraksta Nr.",
            Field::Heading => "Budžeta pozīcija",
            Field::HouseholdId => "Ģimenes Nr.",
            Field::Month => "Mēnesis",
            Field::Nationality => "Pilsonība",
            Field::PaidDate => "Apmaksas datums",
            Field::Quantity => "Daudzums",
            Field::Rate => "Kurss",
            Field::Reintegration => "Reintegrācija",
            Field::ReturnCountry => "Atgriešanās valsts",
            Field::ServiceFrom => "Pakalpojuma sākums",
            Field::ServiceTo => "Pakalpojuma beigas",
            Field::Sex => "Dzimums",
            Field::Source => "Avots",
            Field::Supplier => "Piegādātājs",
            Field::Vat => "PVN",
            Field::Vulnerable => "Ievainojams",
            Field::WithoutMeans => "Bez līdzekļiem",
        }
    }

    /// The field of an id, if it is one.
    pub fn from_id(id: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id() == id)
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Field {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// A field's position in `Field::ALL`, for tables indexed by field.
impl From<Field> for usize {
    fn from(f: Field) -> usize {
        f as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_ordered_as_their_ids() {
        // A map keyed by fields serialises in the order a map keyed by ids did.
        for w in Field::ALL.windows(2) {
            assert!(w[0] < w[1] && w[0].id() < w[1].id(), "{} {}", w[0], w[1]);
        }
        for (i, f) in Field::ALL.into_iter().enumerate() {
            assert_eq!(usize::from(f), i);
            assert_eq!(Field::from_id(f.id()), Some(f));
        }
    }
}
