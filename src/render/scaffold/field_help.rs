//! What each input column means, in Latvian and English, with an example: the text of the
//! instructions sheet in `grantbook template`. The columns themselves (ids, headers, required,
//! types) come from `import::sheet::header`, the importer's own table; this file only explains them.

use crate::import::sheet::header::Kind;
use crate::model::project::Lang;

/// Which input table a field belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Expenses,
    Cases,
    Rates,
}

/// The meaning (lv, en) and an example value of a field.
pub struct FieldHelp {
    pub lv: &'static str,
    pub en: &'static str,
    pub example: &'static str,
}

const fn h(lv: &'static str, en: &'static str, example: &'static str) -> FieldHelp {
    FieldHelp { lv, en, example }
}

/// The help for `id` in `table`; `None` for a field nobody has explained yet (a test fails).
pub fn field_help(table: Table, id: &str) -> Option<FieldHelp> {
    use Table::*;
    Some(match (table, id) {
        (Expenses, "entry_id") => h("Unikāls grāmatojuma ieraksta numurs.", "Unique ledger entry id.", "2020-0153"),
        (Expenses, "doc_no") => h("Rēķina, čeka, algu saraksta vai biļetes numurs.", "Invoice, receipt, payroll sheet or ticket number.", "INV-2020/118"),
        (Expenses, "doc_date") => h("Datums, kad izmaksas radušās (dokumenta datums).", "The date the cost was incurred (document date).", "2020-07-15"),
        (Expenses, "paid_date") => h("Apmaksas datums; tukšs = vēl nav apmaksāts (netiek deklarēts).", "Payment date; blank = not yet paid (not claimed yet).", "2020-07-20"),
        (Expenses, "supplier") => h("Saņēmējs; naudas pabalstam — lietas numurs, nekad vārds.", "Payee; for a returnee's cash: the case id, never a name.", "airBaltic"),
        (Expenses, "description") => h("Brīvs apraksts.", "Free text.", "Ticket RIX–IST–EBL"),
        (Expenses, "activity") => h("Aktivitātes kods vai kopīgo izmaksu kods (izvēlieties sarakstā).", "Activity line code, or the shared-cost code (pick from the list).", "A1"),
        (Expenses, "heading") => h("Budžeta pozīcijas kods (izvēlieties sarakstā).", "Budget heading code (pick from the list).", "4.2"),
        (Expenses, "case_id") => h("Lieta (persona), kurai izmaksas paredzētas; obligāts pozīcijām par katru lietu.", "The case (person) the cost is for; required for per-case headings.", "AVR-2020-0042"),
        (Expenses, "amount") => h("Summa dokumenta valūtā ar PVN; negatīva kredītrēķiniem un atmaksām.", "Amount in the document currency, VAT included; negative for credit notes and refunds.", "410.50"),
        (Expenses, "currency") => h("ISO 4217 valūtas kods; tukšs = EUR.", "ISO 4217 currency code; blank = EUR.", "IQD"),
        (Expenses, "vat") => h("Summā iekļautais PVN; tukšs = 0.", "VAT included in the amount; blank = 0.", "71.24"),
        (Expenses, "service_from") => h("Pirmā nakts vai diena, ko izmaksas sedz (izmitināšana, pārtika).", "First night or day the cost covers (accommodation, food).", "2020-05-01"),
        (Expenses, "service_to") => h("Pēdējā nakts vai diena, ko izmaksas sedz.", "Last night or day the cost covers.", "2020-05-09"),
        (Expenses, "quantity") => h("Nakšu, dienu vai personu skaits, ko summa sedz.", "Nights, days or persons the amount covers.", "9"),
        (Cases, "case_id") => h("Pseidonīms lietas numurs (bez vārdiem un dokumentu numuriem).", "Pseudonymous case id (no names, no document numbers).", "AVR-2020-0042"),
        (Cases, "household_id") => h("Ģimenes (mājsaimniecības) numurs, ja ir.", "Family group, if any.", "HH-0017"),
        (Cases, "sex") => h("F / M / X.", "F / M / X.", "F"),
        (Cases, "birth_year") => h("Tikai dzimšanas gads (datu minimizēšana).", "Year only (data minimisation).", "1987"),
        (Cases, "nationality") => h("Pilsonība, ISO 3166 divu vai trīs burtu kods; bezvalstnieks skaitās trešās valsts pilsonis.", "Nationality, ISO 3166 alpha-2 or alpha-3; stateless counts as a third-country national.", "IQ"),
        (Cases, "return_country") => h("Atgriešanās valsts, ISO 3166.", "Country of return, ISO 3166.", "IQ"),
        (Cases, "vulnerable") => h("Vai persona ir ievainojama.", "Whether the person is vulnerable.", ""),
        (Cases, "departure_order_date") => h("Izbraukšanas rīkojuma datums.", "Date of the departure order.", "2020-04-01"),
        (Cases, "departure_date") => h("Izceļošanas datums; tukšs = vēl nav izceļojis.", "Departure date; blank = not yet departed.", "2020-05-10"),
        (Cases, "without_means") => h("Bez līdzekļiem: tiesības uz īslaicīgu izmitināšanu.", "Without means: eligible for short-term accommodation.", ""),
        (Cases, "detained") => h("Vai persona ir aizturēta.", "Whether the person is detained.", ""),
        (Cases, "reintegration") => h("Izvēlēta reintegrācijas palīdzībai.", "Selected for reintegration assistance.", ""),
        (Rates, "month") => h("Mēnesis kā teksts GGGG-MM; izmaksas konvertē pēc dokumenta datuma mēneša kursa.", "Month as text YYYY-MM; a cost converts with the rate of its document date's month.", "2020-07"),
        (Rates, "currency") => h("Valūta, ko kurss konvertē (ISO 4217).", "The currency the rate converts (ISO 4217).", "IQD"),
        (Rates, "rate") => h("Vienības par 1 projekta valūtas vienību (piem., IQD par 1 EUR), jebkurš decimāldaļu skaits.", "Units per 1 unit of the project currency (e.g. IQD per 1 EUR), any number of decimals.", "1350.5"),
        (Rates, "source") => h("Kursa avots.", "Where the rate comes from.", "InforEuro"),
        _ => return None,
    })
}

/// The accepted format of a column's cells, in words.
pub fn kind_help(kind: Kind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (Kind::Text, Lang::Lv) => "teksts",
        (Kind::Text, Lang::En) => "text",
        (Kind::Code, Lang::Lv) => "kods (teksts; 4.1 paliek 4.1)",
        (Kind::Code, Lang::En) => "code (text; 4.1 stays 4.1)",
        (Kind::Date, Lang::Lv) => "datums: datuma šūna, GGGG-MM-DD vai DD.MM.GGGG",
        (Kind::Date, Lang::En) => "date: a date cell, YYYY-MM-DD or DD.MM.YYYY",
        (Kind::Amount, Lang::Lv) => "summa: skaitlis vai teksts ar punktu vai komatu; ne vairāk decimālzīmju kā valūtai (EUR 2)",
        (Kind::Amount, Lang::En) => "amount: a number, or text with a decimal point or comma; no more decimals than the currency has (EUR 2)",
        (Kind::Number, Lang::Lv) => "skaitlis",
        (Kind::Number, Lang::En) => "number",
        (Kind::Bool, Lang::Lv) => "jā / nē",
        (Kind::Bool, Lang::En) => "yes / no",
        (Kind::Year, Lang::Lv) => "gads, četri cipari",
        (Kind::Year, Lang::En) => "year, four digits",
        (Kind::Month, Lang::Lv) => "mēnesis, teksts GGGG-MM",
        (Kind::Month, Lang::En) => "month, text YYYY-MM",
    }
}

/// yes and no in the report language, as the template's drop-downs offer them.
pub fn yes_no(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::Lv => ["jā", "nē"],
        Lang::En => ["yes", "no"],
    }
}
