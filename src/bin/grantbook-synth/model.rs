//! Records, reference tables (countries, budget, exchange rates) and small helpers.

use chrono::{Datelike, NaiveDate, TimeDelta};
use rust_decimal::{Decimal, RoundingStrategy};

pub const PROJECT: &str = "AK/IOM/PMIF/2018/1";

pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid calendar date")
}

pub fn start() -> NaiveDate {
    ymd(2019, 1, 3)
}

pub fn end() -> NaiveDate {
    ymd(2022, 12, 31)
}

pub fn add_days(d: NaiveDate, n: i64) -> NaiveDate {
    d + TimeDelta::days(n)
}

pub fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

/// Round half away from zero ("half-up" for the positive amounts we convert).
pub fn round_half_up(d: Decimal, dp: u32) -> Decimal {
    d.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

pub fn money(d: Decimal) -> Decimal {
    let mut r = round_half_up(d, 2);
    r.rescale(2);
    r
}

/// ISO 4217 minor units of the currencies we write.
pub fn currency_decimals(cur: &str) -> u32 {
    match cur {
        "IQD" => 3,
        _ => 2,
    }
}

pub fn quarter_of(d: NaiveDate) -> (i32, u32) {
    (d.year(), (d.month() - 1) / 3 + 1)
}

/// A return country (or nationality) with the facts the generator needs.
pub struct Country {
    pub code: &'static str,
    /// Relative weight among nationalities (0 = never drawn).
    pub weight: u32,
    pub embassy: &'static str,
    pub city: &'static str,
    pub mission: &'static str,
    /// Currency reintegration deliveries are usually paid in.
    pub reint_currency: &'static str,
    /// Ticket price range (EUR cents) before fitting to the budget.
    pub ticket: (i64, i64),
    /// Typical embassy fee for a travel document (whole EUR).
    pub doc_fee: (i64, i64),
    /// Far destinations get transit/reception assistance more often.
    pub far: bool,
}

macro_rules! c {
    ($code:literal, $w:literal, $emb:literal, $city:literal, $mis:literal, $cur:literal, $tl:literal, $th:literal, $fl:literal, $fh:literal, $far:literal) => {
        Country {
            code: $code,
            weight: $w,
            embassy: $emb,
            city: $city,
            mission: $mis,
            reint_currency: $cur,
            ticket: ($tl * 100, $th * 100),
            doc_fee: ($fl, $fh),
            far: $far,
        }
    };
}

pub static COUNTRIES: &[Country] = &[
    c!(
        "IQ",
        22,
        "Irākas Republikas vēstniecība",
        "Bagdāde",
        "IOM misija Irākā",
        "IQD",
        380,
        650,
        60,
        120,
        true
    ),
    c!(
        "UZ",
        18,
        "Uzbekistānas Republikas vēstniecība",
        "Taškenta",
        "IOM misija Uzbekistānā",
        "UZS",
        260,
        480,
        40,
        80,
        false
    ),
    c!(
        "AZ",
        13,
        "Azerbaidžānas Republikas vēstniecība",
        "Baku",
        "IOM misija Azerbaidžānā",
        "AZN",
        220,
        420,
        40,
        90,
        false
    ),
    c!(
        "IN",
        11,
        "Indijas Republikas vēstniecība",
        "Deli",
        "IOM misija Indijā",
        "INR",
        420,
        720,
        50,
        110,
        true
    ),
    c!(
        "GE",
        5,
        "Gruzijas vēstniecība",
        "Tbilisi",
        "IOM misija Gruzijā",
        "EUR",
        180,
        350,
        30,
        70,
        false
    ),
    c!(
        "RU",
        4,
        "Krievijas Federācijas vēstniecība",
        "Maskava",
        "IOM misija Krievijā",
        "EUR",
        90,
        220,
        40,
        80,
        false
    ),
    c!(
        "TJ",
        4,
        "Tadžikistānas Republikas vēstniecība",
        "Dušanbe",
        "IOM misija Tadžikistānā",
        "USD",
        300,
        520,
        40,
        90,
        true
    ),
    c!(
        "VN",
        3,
        "Vjetnamas Sociālistiskās Republikas vēstniecība",
        "Hanoja",
        "IOM misija Vjetnamā",
        "USD",
        600,
        900,
        50,
        100,
        true
    ),
    c!(
        "BY",
        3,
        "Baltkrievijas Republikas vēstniecība",
        "Minska",
        "IOM misija Baltkrievijā",
        "EUR",
        40,
        90,
        30,
        60,
        false
    ),
    c!(
        "UA",
        3,
        "Ukrainas vēstniecība",
        "Kijiva",
        "IOM misija Ukrainā",
        "EUR",
        60,
        180,
        30,
        60,
        false
    ),
    c!(
        "PK",
        3,
        "Pakistānas Islāma Republikas vēstniecība",
        "Islamabada",
        "IOM misija Pakistānā",
        "USD",
        450,
        750,
        50,
        110,
        true
    ),
    c!(
        "AF",
        2,
        "Afganistānas Islāma Republikas vēstniecība",
        "Kabula",
        "IOM misija Afganistānā",
        "USD",
        550,
        850,
        50,
        100,
        true
    ),
    c!(
        "BD",
        2,
        "Bangladešas Tautas Republikas vēstniecība",
        "Daka",
        "IOM misija Bangladešā",
        "USD",
        500,
        800,
        50,
        100,
        true
    ),
    c!(
        "KG",
        1,
        "Kirgizstānas Republikas vēstniecība",
        "Biškeka",
        "IOM misija Kirgizstānā",
        "USD",
        280,
        480,
        40,
        80,
        false
    ),
    c!(
        "LK",
        1,
        "Šrilankas Demokrātiskās Sociālistiskās Republikas vēstniecība",
        "Kolombo",
        "IOM misija Šrilankā",
        "USD",
        550,
        850,
        50,
        100,
        true
    ),
    c!(
        "EG",
        1,
        "Ēģiptes Arābu Republikas vēstniecība",
        "Kaira",
        "IOM misija Ēģiptē",
        "EUR",
        250,
        450,
        40,
        90,
        false
    ),
    c!(
        "NG",
        1,
        "Nigērijas Federatīvās Republikas vēstniecība",
        "Lagosa",
        "IOM misija Nigērijā",
        "EUR",
        500,
        800,
        60,
        120,
        true
    ),
    c!(
        "TR",
        1,
        "Turcijas Republikas vēstniecība",
        "Stambula",
        "IOM misija Turcijā",
        "EUR",
        150,
        300,
        40,
        80,
        false
    ),
    c!(
        "AM",
        1,
        "Armēnijas Republikas vēstniecība",
        "Erevāna",
        "IOM misija Armēnijā",
        "EUR",
        200,
        380,
        30,
        70,
        false
    ),
    c!(
        "MD",
        1,
        "Moldovas Republikas vēstniecība",
        "Kišiņeva",
        "IOM misija Moldovā",
        "EUR",
        120,
        260,
        30,
        60,
        false
    ),
    // The planted EU national (TG-02): never drawn by weight.
    c!(
        "PL",
        0,
        "Polijas Republikas vēstniecība",
        "Varšava",
        "IOM misija Polijā",
        "EUR",
        60,
        150,
        0,
        0,
        false
    ),
];

pub fn country(code: &str) -> &'static Country {
    COUNTRIES
        .iter()
        .find(|c| c.code == code)
        .expect("country in the table")
}

/// One budget cell (activity line × heading), EUR.
pub struct BudgetCell {
    pub activity: &'static str,
    pub heading: &'static str,
    pub amount: Decimal,
}

macro_rules! b {
    ($a:literal, $h:literal, $cents:literal) => {
        BudgetCell {
            activity: $a,
            heading: $h,
            amount: Decimal::from_parts($cents, 0, 0, false, 2),
        }
    };
}

/// The shipped project's budget table (PRODUCT.md), heading 7 excluded.
pub static BUDGET: &[BudgetCell] = &[
    b!("A1", "1", 12_000_000),
    b!("A2", "1", 2_000_000),
    b!("A3", "1", 900_000),
    b!("A1", "2", 600_000),
    b!("A1", "3", 900_000),
    b!("A2", "3", 150_000),
    b!("A1", "4.1", 840_000),
    b!("A1", "4.2", 14_000_000),
    b!("A1", "4.3", 2_800_000),
    b!("A1", "4.4", 560_000),
    b!("A2", "4.5", 12_600_000),
    b!("A3", "4.6", 1_518_000),
    b!("A3", "4.7", 262_467),
    b!("A1", "5", 200_000),
    b!("A2", "5", 100_000),
    b!("A3", "5", 50_000),
    b!("A1", "6", 300_000),
];

pub fn budget(activity: &str, heading: &str) -> Decimal {
    BUDGET
        .iter()
        .find(|c| c.activity == activity && c.heading == heading)
        .map(|c| c.amount)
        .unwrap_or(Decimal::ZERO)
}

/// Shared-cost key: A1 60 %, A2 25 %, A3 15 %.
pub static SHARED_KEY: &[(&str, Decimal)] = &[
    ("A1", Decimal::from_parts(60, 0, 0, false, 2)),
    ("A2", Decimal::from_parts(25, 0, 0, false, 2)),
    ("A3", Decimal::from_parts(15, 0, 0, false, 2)),
];

pub fn yes_no(b: bool) -> &'static str {
    if b {
        "jā"
    } else {
        "nē"
    }
}

/// A person in the case register.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    pub id: String,
    pub household: Option<String>,
    pub sex: char,
    pub birth_year: i32,
    pub nationality: &'static str,
    pub return_country: &'static str,
    pub vulnerable: bool,
    pub order_date: NaiveDate,
    pub departure: Option<NaiveDate>,
    pub without_means: bool,
    pub detained: bool,
    pub reintegration: bool,
    /// Internal: first accommodation night (A3 cases only); not written.
    pub intake: Option<NaiveDate>,
}

impl Case {
    pub fn is_child(&self) -> bool {
        self.order_date.year() - self.birth_year < 18
    }
}

/// Who a cost is for.
#[derive(Clone, Debug, PartialEq)]
pub enum CaseRef {
    None,
    Idx(u32),
    /// A case id that is not in the register (planted TG-01).
    Foreign(Box<str>),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Supplier {
    Name(&'static str),
    /// Returnee cash: the payee is the case id, never a name.
    TheCase,
}

/// Description, rendered at write time (keeps a million-line ledger small in memory).
#[derive(Clone, Debug, PartialEq)]
pub enum Desc {
    Text(&'static str),
    Payroll {
        role: &'static str,
        ym: (i32, u32),
        n: u32,
    },
    Ticket {
        city: &'static str,
    },
    CreditNote,
    Allowance,
    TravelDoc,
    Transit {
        city: &'static str,
    },
    Reception {
        city: &'static str,
    },
    Reint {
        kind: &'static str,
        n: u8,
        of: u8,
    },
    Hostel {
        nights: i64,
    },
    Food {
        days: i64,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cost {
    /// Creation order; ties on the document date sort by it.
    pub uid: u32,
    /// Document-number series (`INV`, `TKT`, …); the number is assigned after sorting.
    pub doc_prefix: &'static str,
    /// Set in `finalize`: (year, number) of the document.
    pub doc_no: (i32, u32),
    /// DOC-02: this entry repeats the document of the entry with this uid.
    pub dup_of: Option<u32>,
    pub doc_date: NaiveDate,
    pub paid_date: Option<NaiveDate>,
    pub supplier: Supplier,
    pub desc: Desc,
    pub activity: &'static str,
    pub heading: &'static str,
    pub case: CaseRef,
    pub amount: Decimal,
    pub currency: &'static str,
    pub vat: Decimal,
    pub service_from: Option<NaiveDate>,
    pub service_to: Option<NaiveDate>,
    pub quantity: Option<i64>,
    /// Internal: the EUR value (amount ÷ rate, half-up to cents) used for budget checks.
    pub eur: Decimal,
    /// Internal: rule id of a planted mistake on this line.
    pub planted: Option<&'static str>,
}

impl Cost {
    pub fn doc_no_string(&self) -> String {
        format!("{}-{}-{:04}", self.doc_prefix, self.doc_no.0, self.doc_no.1)
    }
}

/// One exchange-rate row: units of `currency` per 1 EUR.
#[derive(Clone, Debug, PartialEq)]
pub struct Rate {
    pub year: i32,
    pub month: u32,
    pub currency: &'static str,
    pub rate: Decimal,
}

pub const RATE_CURRENCIES: &[&str] = &["USD", "IQD", "UZS", "AZN", "INR"];

fn dec(s: &str) -> Decimal {
    s.parse().expect("decimal literal")
}

/// Linear interpolation over (month index, value) anchors; month index 0 = 2019-01.
fn interpolate(anchors: &[(i64, &str)], i: i64) -> Decimal {
    let pts: Vec<(i64, Decimal)> = anchors.iter().map(|(k, v)| (*k, dec(v))).collect();
    for w in pts.windows(2) {
        let ((a, va), (b, vb)) = (w[0], w[1]);
        if i >= a && i <= b {
            return va + (vb - va) * Decimal::from(i - a) / Decimal::from(b - a);
        }
    }
    pts.last().expect("anchors").1
}

/// Monthly InforEuro-style rates 2019-01 … 2023-06 (synthetic, close to the real path).
pub fn monthly_rate(currency: &str, year: i32, month: u32) -> Option<Decimal> {
    let i = (year as i64 - 2019) * 12 + month as i64 - 1;
    if !(0..=53).contains(&i) {
        return None;
    }
    let usd = interpolate(
        &[
            (0, "1.1450"),
            (3, "1.1300"),
            (6, "1.1250"),
            (9, "1.0950"),
            (12, "1.1100"),
            (15, "1.0900"),
            (18, "1.1300"),
            (21, "1.1800"),
            (24, "1.2200"),
            (27, "1.1900"),
            (30, "1.1900"),
            (33, "1.1600"),
            (36, "1.1300"),
            (39, "1.0900"),
            (42, "1.0200"),
            (45, "0.9800"),
            (48, "1.0600"),
            (51, "1.0800"),
            (53, "1.0900"),
        ],
        i,
    );
    let per_usd = match currency {
        "USD" => Decimal::ONE,
        "AZN" => dec("1.70"),
        "IQD" => {
            if i <= 23 {
                dec("1190")
            } else if i <= 48 {
                dec("1450")
            } else {
                dec("1310")
            }
        }
        "UZS" => interpolate(
            &[
                (0, "8400"),
                (23, "10450"),
                (35, "10850"),
                (47, "11200"),
                (53, "11400"),
            ],
            i,
        ),
        "INR" => interpolate(
            &[
                (0, "70.5"),
                (17, "75.0"),
                (29, "74.0"),
                (45, "82.5"),
                (53, "82.2"),
            ],
            i,
        ),
        _ => return None,
    };
    Some(round_half_up(usd * per_usd, 4))
}

pub fn all_rates() -> Vec<Rate> {
    let mut out = Vec::new();
    for year in 2019..=2023 {
        for month in 1..=12u32 {
            if year == 2023 && month > 6 {
                break;
            }
            for cur in RATE_CURRENCIES {
                let rate = monthly_rate(cur, year, month).expect("rate in range");
                out.push(Rate {
                    year,
                    month,
                    currency: cur,
                    rate,
                });
            }
        }
    }
    out
}

/// EUR value of an amount: `round_half_up(amount ÷ rate, 2)` with the document month's rate.
pub fn to_eur(amount: Decimal, currency: &str, date: NaiveDate) -> Option<Decimal> {
    if currency == "EUR" {
        return Some(money(amount));
    }
    monthly_rate(currency, date.year(), date.month()).map(|r| money(amount / r))
}

/// Amount in `currency` worth about `eur` EUR on `date`, rounded to the currency's minor unit.
pub fn from_eur(eur: Decimal, currency: &str, date: NaiveDate) -> Option<Decimal> {
    if currency == "EUR" {
        return Some(money(eur));
    }
    let r = monthly_rate(currency, date.year(), date.month())?;
    let dp = currency_decimals(currency);
    let mut v = round_half_up(eur * r, dp);
    v.rescale(dp);
    Some(v)
}
