//! Seeded generation of the case register, the expense ledger and the planted mistakes.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Months, NaiveDate};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_decimal::Decimal;

use crate::model::*;

/// Cases in the shipped sample; budgets and targets scale with `cases / BASE_CASES`.
pub const BASE_CASES: usize = 300;

#[derive(Clone, Debug)]
pub struct Options {
    pub seed: u64,
    /// Cases before scaling.
    pub cases: usize,
    /// Multiplies cases and the non-case ledger lines.
    pub scale: usize,
}

/// A planted mistake, for the README and the tests.
#[derive(Clone, Debug, PartialEq)]
pub struct Planted {
    pub rule: &'static str,
    pub case_id: String,
    /// Ledger entries (uids) carrying the mistake; empty for a register-only mistake.
    pub uids: Vec<u32>,
    /// Column letter of the offending cell in `Izdevumi` (or `Lietas` for register mistakes).
    pub column: &'static str,
    pub what: String,
}

pub struct Dataset {
    pub factor: Decimal,
    pub cases: Vec<Case>,
    /// Sorted by document date; entry id = index + 1.
    pub costs: Vec<Cost>,
    pub rates: Vec<Rate>,
    pub planted: Vec<Planted>,
}

impl Dataset {
    pub fn entry_width(&self) -> usize {
        self.costs.len().to_string().len().max(5)
    }

    pub fn entry_id(&self, index: usize) -> String {
        format!("E-{:0w$}", index + 1, w = self.entry_width())
    }

    pub fn case_id<'a>(&'a self, c: &'a CaseRef) -> Option<&'a str> {
        match c {
            CaseRef::None => None,
            CaseRef::Idx(i) => Some(self.cases[*i as usize].id.as_str()),
            CaseRef::Foreign(s) => Some(s),
        }
    }

    pub fn index_of_uid(&self, uid: u32) -> usize {
        self.costs
            .iter()
            .position(|c| c.uid == uid)
            .expect("uid present")
    }
}

struct Gen {
    rng: ChaCha8Rng,
    factor: Decimal,
    mult: usize,
    costs: Vec<Cost>,
    next_uid: u32,
}

fn pct(n: i64) -> Decimal {
    Decimal::new(n, 2)
}

fn pick_weighted<T: Copy>(rng: &mut ChaCha8Rng, items: &[(T, u32)]) -> T {
    let total: u32 = items.iter().map(|(_, w)| *w).sum();
    let mut r = rng.random_range(0..total);
    for (item, w) in items {
        if r < *w {
            return *item;
        }
        r -= w;
    }
    items[items.len() - 1].0
}

fn pick_country(rng: &mut ChaCha8Rng, except: Option<&str>) -> &'static Country {
    let items: Vec<(usize, u32)> = COUNTRIES
        .iter()
        .enumerate()
        .filter(|(_, c)| Some(c.code) != except)
        .map(|(i, c)| (i, c.weight))
        .collect();
    &COUNTRIES[pick_weighted(rng, &items)]
}

fn rand_date(rng: &mut ChaCha8Rng, lo: NaiveDate, hi: NaiveDate) -> NaiveDate {
    add_days(lo, rng.random_range(0..=days_between(lo, hi).max(0)))
}

/// Scale raw amounts so they add up to about `target`.
fn fit(raw: &[Decimal], target: Decimal) -> Vec<Decimal> {
    let sum: Decimal = raw.iter().sum();
    if sum.is_zero() {
        return raw.to_vec();
    }
    raw.iter().map(|r| money(*r * target / sum)).collect()
}

fn vat_included(amount: Decimal, rate_pct: i64) -> Decimal {
    if rate_pct == 0 {
        return Decimal::ZERO;
    }
    money(amount * Decimal::from(rate_pct) / Decimal::from(100 + rate_pct))
}

fn last_day_of_month(y: i32, m: u32) -> NaiveDate {
    let first_next = if m == 12 {
        ymd(y + 1, 1, 1)
    } else {
        ymd(y, m + 1, 1)
    };
    add_days(first_next, -1)
}

fn next_quarter_start(d: NaiveDate) -> NaiveDate {
    let (y, q) = quarter_of(d);
    if q == 4 {
        ymd(y + 1, 1, 1)
    } else {
        ymd(y, q * 3 + 1, 1)
    }
}

impl Gen {
    fn frac(&mut self) -> Decimal {
        pct(self.rng.random_range(88..=95))
    }

    fn target(&self, activity: &str, heading: &str, f: Decimal) -> Decimal {
        money(budget(activity, heading) * f * self.factor)
    }

    fn paid_after(&mut self, doc: NaiveDate, lo: i64, hi: i64) -> NaiveDate {
        add_days(doc, self.rng.random_range(lo..=hi))
            .min(end())
            .max(doc)
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        prefix: &'static str,
        doc: NaiveDate,
        paid: NaiveDate,
        supplier: Supplier,
        desc: Desc,
        activity: &'static str,
        heading: &'static str,
        case: CaseRef,
        amount: Decimal,
        currency: &'static str,
    ) -> usize {
        let mut amount = amount;
        amount.rescale(currency_decimals(currency));
        let eur = to_eur(amount, currency, doc).unwrap_or(amount);
        self.costs.push(Cost {
            uid: self.next_uid,
            doc_prefix: prefix,
            doc_no: (0, 0),
            dup_of: None,
            doc_date: doc,
            paid_date: Some(paid),
            supplier,
            desc,
            activity,
            heading,
            case,
            amount,
            currency,
            vat: Decimal::ZERO,
            service_from: None,
            service_to: None,
            quantity: None,
            eur,
            planted: None,
        });
        self.next_uid += 1;
        self.costs.len() - 1
    }

    /// Lines not tied to a case, spread over the project period, fitted to `target`.
    #[allow(clippy::too_many_arguments)]
    fn spread(
        &mut self,
        n: usize,
        activity: &'static str,
        heading: &'static str,
        target: Decimal,
        prefix: &'static str,
        suppliers: &[(&'static str, i64)],
        descs: &[&'static str],
        cents: (i64, i64),
    ) {
        let raw: Vec<Decimal> = (0..n)
            .map(|_| Decimal::new(self.rng.random_range(cents.0..=cents.1), 2))
            .collect();
        for amount in fit(&raw, target) {
            let doc = rand_date(&mut self.rng, start(), add_days(end(), -12));
            let paid = self.paid_after(doc, 0, 10);
            let (supplier, vat_pct) = suppliers[self.rng.random_range(0..suppliers.len())];
            let desc = descs[self.rng.random_range(0..descs.len())];
            let i = self.push(
                prefix,
                doc,
                paid,
                Supplier::Name(supplier),
                Desc::Text(desc),
                activity,
                heading,
                CaseRef::None,
                amount,
                "EUR",
            );
            self.costs[i].vat = vat_included(amount, vat_pct);
        }
    }

    /// Monthly payroll lines for one role, fitted to `target`; returns the total.
    fn payroll(
        &mut self,
        activity: &'static str,
        role: &'static str,
        base_cents: i64,
        target: Decimal,
    ) -> Decimal {
        let mut slots = Vec::new();
        for n in 1..=self.mult as u32 {
            for y in 2019..=2022 {
                for m in 1..=12u32 {
                    let raise = (y as i64 - 2019) * base_cents / 25;
                    let jitter = self.rng.random_range(0..=base_cents / 15);
                    slots.push((n, y, m, Decimal::new(base_cents + raise + jitter, 2)));
                }
            }
        }
        let raw: Vec<Decimal> = slots.iter().map(|s| s.3).collect();
        let amounts = fit(&raw, target);
        let mut total = Decimal::ZERO;
        for ((n, y, m, _), amount) in slots.into_iter().zip(amounts) {
            let d = last_day_of_month(y, m);
            self.push(
                "PAY",
                d,
                d,
                Supplier::Name("Algu saraksts (IOM Latvija)"),
                Desc::Payroll {
                    role,
                    ym: (y, m),
                    n,
                },
                activity,
                "1",
                CaseRef::None,
                amount,
                "EUR",
            );
            total += amount;
        }
        total
    }
}

// ---------------------------------------------------------------- cases

struct Household {
    members: Vec<usize>,
    order: NaiveDate,
    departure: Option<NaiveDate>,
    a3: Option<(i64, i64)>, // (nights, slack days between last night and order-based departure)
}

fn gen_cases(g: &mut Gen, n: usize) -> (Vec<Case>, usize) {
    let rng = &mut g.rng;
    let mut cases: Vec<Case> = Vec::with_capacity(n);
    let mut hhs: Vec<Household> = Vec::new();
    while cases.len() < n {
        let size = pick_weighted(rng, &[(1usize, 88), (2, 6), (3, 3), (4, 2), (5, 1)])
            .min(n - cases.len());
        let year = pick_weighted(rng, &[(2019, 27), (2020, 18), (2021, 24), (2022, 31)]);
        let lo = if year == 2019 {
            start()
        } else {
            ymd(year, 1, 1)
        };
        let hi = if year == 2022 {
            ymd(2022, 12, 28)
        } else {
            ymd(year, 12, 31)
        };
        let order = rand_date(rng, lo, hi);
        let nat = pick_country(rng, None);
        let ret = if rng.random_ratio(2, 100) {
            pick_country(rng, Some(nat.code))
        } else {
            nat
        };
        let departure = Some(add_days(order, rng.random_range(4..=30))).filter(|d| *d <= end());
        let mut members = Vec::new();
        let first_sex = if size == 1 {
            if rng.random_ratio(78, 100) {
                'M'
            } else {
                'F'
            }
        } else if rng.random_ratio(70, 100) {
            'M'
        } else {
            'F'
        };
        for k in 0..size {
            let adult = k == 0 || (k == 1 && rng.random_ratio(7, 10));
            let sex = match k {
                0 => first_sex,
                1 if adult => {
                    if first_sex == 'M' {
                        'F'
                    } else {
                        'M'
                    }
                }
                _ => {
                    if rng.random_bool(0.5) {
                        'M'
                    } else {
                        'F'
                    }
                }
            };
            let age = if adult {
                rng.random_range(19..=58)
            } else {
                rng.random_range(0..=17)
            };
            let vulnerable = if adult {
                rng.random_ratio(12, 100)
            } else {
                rng.random_ratio(30, 100)
            };
            members.push(cases.len());
            cases.push(Case {
                id: String::new(),
                household: None,
                sex,
                birth_year: year - age,
                nationality: nat.code,
                return_country: ret.code,
                vulnerable,
                order_date: order,
                departure,
                without_means: false,
                detained: false,
                reintegration: false,
                intake: None,
            });
        }
        hhs.push(Household {
            members,
            order,
            departure,
            a3: None,
        });
    }

    // Short-term accommodation (A3): whole households, not detained, ~56 persons.
    let a3_target = (Decimal::from(56) * g.factor)
        .round()
        .try_into()
        .unwrap_or(56usize);
    let a3_limit = ymd(2022, 12, 10);
    let mut order_idx: Vec<usize> = (0..hhs.len()).collect();
    order_idx.shuffle(rng);
    let mut a3_count = 0usize;
    let mut a3_hhs = Vec::new();
    for &h in &order_idx {
        let hh = &mut hhs[h];
        let size = hh.members.len();
        if hh.departure.is_none() || a3_count + size > a3_target {
            continue;
        }
        let nights = rng.random_range(6..=23);
        let slack = rng.random_range(1..=4);
        if add_days(hh.order, nights + slack) > a3_limit {
            continue;
        }
        hh.a3 = Some((nights, slack));
        a3_count += size;
        a3_hhs.push(h);
        if a3_count == a3_target {
            break;
        }
    }
    // Keep the person-days inside 90–95 % of the food budget (3 EUR a day).
    let food_days = budget("A3", "4.7") * g.factor / Decimal::from(3);
    let lo = (food_days * pct(90)).floor().try_into().unwrap_or(0i64);
    let hi = (food_days * pct(95)).floor().try_into().unwrap_or(0i64);
    let total = |hhs: &[Household], a3: &[usize]| -> i64 {
        a3.iter()
            .map(|&h| hhs[h].members.len() as i64 * hhs[h].a3.unwrap().0)
            .sum()
    };
    let mut t = total(&hhs, &a3_hhs);
    let mut guard = 0;
    while !a3_hhs.is_empty() && (t < lo || t > hi) && guard < 1_000 + 100 * a3_hhs.len() {
        guard += 1;
        let h = a3_hhs[rng.random_range(0..a3_hhs.len())];
        let (nights, slack) = hhs[h].a3.unwrap();
        let size = hhs[h].members.len() as i64;
        if t > hi && nights > 4 {
            hhs[h].a3 = Some((nights - 1, slack));
            t -= size;
        } else if t < lo && nights < 25 && add_days(hhs[h].order, nights + 1 + slack) <= a3_limit {
            hhs[h].a3 = Some((nights + 1, slack));
            t += size;
        }
    }

    for &h in &a3_hhs {
        let (nights, slack) = hhs[h].a3.unwrap();
        let dep = add_days(hhs[h].order, nights + slack);
        hhs[h].departure = Some(dep);
        for &m in &hhs[h].members {
            cases[m].departure = Some(dep);
            cases[m].intake = Some(add_days(dep, -nights));
            cases[m].without_means = true;
        }
    }

    // Some applications are withdrawn (no departure); a few orders are still pending at the end.
    let departed_target = (Decimal::from(n) * Decimal::new(907, 3))
        .round()
        .try_into()
        .unwrap_or(n);
    let mut departed = cases.iter().filter(|c| c.departure.is_some()).count();
    for &h in &order_idx {
        if departed <= departed_target {
            break;
        }
        let hh = &mut hhs[h];
        if hh.a3.is_none() && hh.departure.is_some() && hh.members.len() == 1 {
            hh.departure = None;
            cases[hh.members[0]].departure = None;
            departed -= 1;
        }
    }

    // A few detained returnees (no accommodation), and the planted EU national (TG-02).
    let detained_target = (n / 50).max(1);
    let mut singles: Vec<usize> = hhs
        .iter()
        .filter(|h| h.a3.is_none() && h.departure.is_some() && h.members.len() == 1)
        .map(|h| h.members[0])
        .collect();
    singles.shuffle(rng);
    let eu = singles.pop().expect("a departed single");
    cases[eu].nationality = "PL";
    cases[eu].return_country = "PL";
    for &m in singles.iter().take(detained_target) {
        cases[m].detained = true;
    }

    // Case ids follow the order date; households share a household id.
    hhs.sort_by_key(|h| (h.order, h.members[0]));
    let mut seq: BTreeMap<i32, usize> = BTreeMap::new();
    let mut out = Vec::with_capacity(n);
    let mut eu_new = 0;
    let mut hh_no = 0;
    for hh in &hhs {
        let hh_id = if hh.members.len() > 1 {
            hh_no += 1;
            Some(format!("HH-{hh_no:04}"))
        } else {
            None
        };
        for &m in &hh.members {
            let mut c = cases[m].clone();
            let s = seq.entry(c.order_date.year()).or_insert(0);
            *s += 1;
            c.id = format!("AVR-{}-{:04}", c.order_date.year(), s);
            c.household = hh_id.clone();
            if m == eu {
                eu_new = out.len();
            }
            out.push(c);
        }
    }
    (out, eu_new)
}

// ---------------------------------------------------------------- ledger

pub fn generate(opts: &Options) -> Dataset {
    let n = opts.cases * opts.scale;
    let factor = Decimal::from(n as u64) / Decimal::from(BASE_CASES as u64);
    let mult = (factor.round().try_into().unwrap_or(1usize)).max(1);
    let mut g = Gen {
        rng: ChaCha8Rng::seed_from_u64(opts.seed),
        factor,
        mult,
        costs: Vec::new(),
        next_uid: 1,
    };
    let (mut cases, eu) = gen_cases(&mut g, n);
    let mut planted: Vec<Planted> = Vec::new();
    let mut used = vec![false; cases.len()];
    used[eu] = true;

    // Reintegration (A2): ~140 departed persons, departed by mid-2022 so that delivery fits.
    let rei_target = (Decimal::from(140) * factor)
        .round()
        .try_into()
        .unwrap_or(140usize);
    let mut eligible: Vec<usize> = (0..cases.len())
        .filter(|&i| i != eu && cases[i].departure.is_some_and(|d| d <= ymd(2022, 6, 30)))
        .collect();
    eligible.shuffle(&mut g.rng);
    if let Some(p) = eligible
        .iter()
        .position(|&i| cases[i].return_country == "GE")
    {
        let ge = eligible.remove(p);
        eligible.insert(0, ge);
    }
    let fx_case = eligible[0];
    let rei: Vec<usize> = eligible.into_iter().take(rei_target).collect();
    for &i in &rei {
        cases[i].reintegration = true;
    }
    used[fx_case] = true;

    // --- shared and staff costs (heading 1)
    let f = g.frac();
    let shared1 = g.payroll(
        "shared",
        "projekta koordinators (daļa no darba laika)",
        60_000,
        money(Decimal::from(28_000) * factor * f / pct(92)),
    );
    for (act, share) in SHARED_KEY {
        let f = g.frac();
        let t = g.target(act, "1", f) - money(shared1 * share);
        match *act {
            "A1" => {
                let half = money(t * pct(58));
                g.payroll("A1", "AVR konsultants", 140_000, half);
                g.payroll("A1", "lietu vadītājs (AVR)", 100_000, t - half);
            }
            "A2" => {
                g.payroll(
                    "A2",
                    "reintegrācijas speciālists (daļa no darba laika)",
                    25_000,
                    t,
                );
            }
            _ => {
                g.payroll("A3", "sociālais darbinieks (daļa no darba laika)", 8_000, t);
            }
        }
    }

    // --- heading 5: shared supplies first, then each line's own
    let m = g.mult;
    let shared5 = money(Decimal::from(1_050) * factor);
    let office = [("SIA Biroja Serviss", 21), ("SIA Kancele Plus", 21)];
    g.spread(
        18 * m,
        "shared",
        "5",
        shared5,
        "INV",
        &office,
        &[
            "Projekta biroja kancelejas preces",
            "Papīrs un printera toneri",
            "Pasta un kurjera izdevumi",
        ],
        (1_500, 12_000),
    );
    for (act, share) in SHARED_KEY {
        let f = g.frac();
        let t = g.target(act, "5", f) - money(shared5 * share);
        let (n, descs): (usize, &[&'static str]) = match *act {
            "A1" => (
                12,
                &[
                    "Portatīvais dators konsultantam",
                    "Mobilais tālrunis konsultantam",
                    "Kancelejas preces konsultācijām",
                ],
            ),
            "A2" => (
                6,
                &[
                    "Reintegrācijas lietu mapes un kancelejas preces",
                    "Tīmekļa kamera attālinātām konsultācijām",
                ],
            ),
            _ => (
                5,
                &[
                    "Gultas veļa un dvieļi izmitinātajiem",
                    "Higiēnas preču komplekti",
                ],
            ),
        };
        g.spread(n * m, act, "5", t, "INV", &office, descs, (2_000, 25_000));
    }

    // --- A1 heading 2, 3, 6; A2 heading 3
    let f = g.frac();
    let t = g.target("A1", "2", f);
    g.spread(
        40 * m,
        "A1",
        "2",
        t,
        "TRV",
        &[
            ("Komandējuma avansa norēķins", 0),
            ("SIA Ceļa Punkts (degviela)", 21),
        ],
        &[
            "Komandējums uz Daugavpils izmitināšanas centru",
            "Brauciens uz patvēruma meklētāju centru Muceniekos",
            "Atgriešanās personas pavadīšana uz lidostu",
            "Dienas nauda un naktsmītne, komandējums uz Daugavpili",
        ],
        (2_000, 30_000),
    );
    let per01_amount = Decimal::new(12_100, 2);
    let f = g.frac();
    let t = g.target("A1", "3", f) - per01_amount;
    let interp = [
        ("SIA Valodu Tilts", 21),
        ("SIA Tulku Centrs Rīga", 21),
        ("IK Tulks Mucenieki", 0),
    ];
    g.spread(
        90 * m,
        "A1",
        "3",
        t,
        "INV",
        &interp,
        &[
            "Mutiskā tulkošana konsultācijās (arābu val.)",
            "Mutiskā tulkošana konsultācijās (uzbeku val.)",
            "Mutiskā tulkošana konsultācijās (krievu val.)",
            "Mutiskā tulkošana konsultācijās (hindi val.)",
            "Mutiskā tulkošana konsultācijās (azerbaidžāņu val.)",
            "Rakstiskā tulkošana: informatīvie materiāli",
        ],
        (4_000, 20_000),
    );
    let f = g.frac();
    let t = g.target("A2", "3", f);
    g.spread(
        16 * m,
        "A2",
        "3",
        t,
        "INV",
        &interp,
        &[
            "Reintegrācijas plānu tulkošana",
            "Tulkošana reintegrācijas konsultācijās",
        ],
        (4_000, 15_000),
    );
    let f = g.frac();
    let t = g.target("A1", "6", f);
    g.spread(
        14 * m,
        "A1",
        "6",
        t,
        "INV",
        &[("SIA Drukas Nams", 21), ("SIA Reklāmas Darbnīca", 21)],
        &[
            "Informatīvo bukletu druka (8 valodās)",
            "Plakāti patvēruma meklētāju centriem",
            "Projekta tīmekļa sadaļas uzturēšana",
            "Informatīvās kampaņas sludinājumi",
        ],
        (5_000, 40_000),
    );

    // --- 4.2 tickets: every departed person
    let departed: Vec<usize> = (0..cases.len())
        .filter(|&i| cases[i].departure.is_some())
        .collect();
    let raw: Vec<Decimal> = departed
        .iter()
        .map(|&i| {
            let c = country(cases[i].return_country);
            let cents = g.rng.random_range(c.ticket.0..=c.ticket.1);
            let cents = if cases[i].is_child() {
                cents * 3 / 4
            } else {
                cents
            };
            Decimal::new(cents, 2)
        })
        .collect();
    let f = g.frac();
    let t = g.target("A1", "4.2", f);
    let prices = fit(&raw, t);
    let mut ticket_of: BTreeMap<usize, usize> = BTreeMap::new();
    for (&i, eur) in departed.iter().zip(prices) {
        let c = &cases[i];
        let dep = c.departure.unwrap();
        let gap = days_between(c.order_date, dep);
        let doc = add_days(c.order_date, g.rng.random_range(1..=(gap - 1).max(1)));
        let paid = g.paid_after(doc, 0, 3);
        let city = country(c.return_country).city;
        let usd = g.rng.random_ratio(1, 5);
        let (supplier, cur) = if usd {
            ("IOM Mission Travel Unit", "USD")
        } else {
            ("SIA Tālie Ceļi", "EUR")
        };
        let amount = from_eur(eur, cur, doc).unwrap();
        let k = g.push(
            "TKT",
            doc,
            paid,
            Supplier::Name(supplier),
            Desc::Ticket { city },
            "A1",
            "4.2",
            CaseRef::Idx(i as u32),
            amount,
            cur,
        );
        g.costs[k].quantity = Some(1);
        ticket_of.insert(i, k);
    }
    // A couple of credit notes refunding part of an earlier ticket.
    let mut cn_done = 0;
    for (&i, &k) in &ticket_of {
        if cn_done >= 2 * m {
            break;
        }
        let t = &g.costs[k];
        if t.currency != "EUR"
            || used[i]
            || add_days(t.doc_date, 40) > end()
            || !g.rng.random_ratio(1, 40)
        {
            continue;
        }
        let (doc0, supplier) = (t.doc_date, t.supplier);
        let doc = add_days(doc0, g.rng.random_range(5..=25));
        let paid = g.paid_after(doc, 0, 5);
        let refund = -Decimal::new(g.rng.random_range(15..=60) * 100, 2);
        g.push(
            "CN",
            doc,
            paid,
            supplier,
            Desc::CreditNote,
            "A1",
            "4.2",
            CaseRef::Idx(i as u32),
            refund,
            "EUR",
        );
        cn_done += 1;
    }

    // --- 4.3 cash allowance: 100.00 EUR on the departure day
    let mut allowance_of: BTreeMap<usize, usize> = BTreeMap::new();
    for &i in &departed {
        let dep = cases[i].departure.unwrap();
        let k = g.push(
            "ALW",
            dep,
            dep,
            Supplier::TheCase,
            Desc::Allowance,
            "A1",
            "4.3",
            CaseRef::Idx(i as u32),
            Decimal::new(10_000, 2),
            "EUR",
        );
        g.costs[k].quantity = Some(1);
        allowance_of.insert(i, k);
    }

    // --- 4.1 travel documents: some cases, until ~the budget
    let f = pct(g.rng.random_range(86..=92));
    let t = g.target("A1", "4.1", f);
    let mut pool: Vec<usize> = departed.iter().copied().filter(|&i| i != eu).collect();
    pool.shuffle(&mut g.rng);
    let mut sum = Decimal::ZERO;
    for &i in &pool {
        let c = &cases[i];
        let nat = country(c.nationality);
        let fee = Decimal::from(g.rng.random_range(nat.doc_fee.0..=nat.doc_fee.1));
        if sum + fee > t {
            continue;
        }
        let dep = c.departure.unwrap();
        let doc = add_days(
            c.order_date,
            g.rng
                .random_range(0..=(days_between(c.order_date, dep) - 2).max(0)),
        );
        let paid = g.paid_after(doc, 0, 2);
        g.push(
            "EMB",
            doc,
            paid,
            Supplier::Name(nat.embassy),
            Desc::TravelDoc,
            "A1",
            "4.1",
            CaseRef::Idx(i as u32),
            fee,
            "EUR",
        );
        sum += fee;
        if sum > t - Decimal::from(30) {
            break;
        }
    }

    // --- 4.4 transit and reception assistance
    let tg01_amount = Decimal::new(8_500, 2);
    let f = pct(g.rng.random_range(88..=94));
    let t = g.target("A1", "4.4", f) - tg01_amount;
    pool.shuffle(&mut g.rng);
    let mut sum = Decimal::ZERO;
    for &i in &pool {
        let c = &cases[i];
        let rc = country(c.return_country);
        if !(rc.far || c.vulnerable) {
            continue;
        }
        let amount = Decimal::new(g.rng.random_range(3_500..=16_000), 2);
        if sum + amount > t {
            continue;
        }
        let dep = c.departure.unwrap();
        let paid = g.paid_after(dep, 5, 20);
        let (supplier, desc) = if rc.far && g.rng.random_bool(0.5) {
            (
                "IOM birojs Stambulā (tranzīta palīdzība)",
                Desc::Transit { city: "Stambula" },
            )
        } else {
            (rc.mission, Desc::Reception { city: rc.city })
        };
        g.push(
            "INV",
            dep,
            paid,
            Supplier::Name(supplier),
            desc,
            "A1",
            "4.4",
            CaseRef::Idx(i as u32),
            amount,
            "EUR",
        );
        sum += amount;
        if sum > t - Decimal::from(35) {
            break;
        }
    }

    // --- 4.5 reintegration packages: 1–3 deliveries within 12 months, ≤ 2 000 EUR a case
    let f = g.frac();
    let t = g.target("A2", "4.5", f);
    let weights: Vec<Decimal> = rei
        .iter()
        .map(|_| Decimal::from(g.rng.random_range(50..=150)))
        .collect();
    let values = fit(&weights, t);
    let kinds = [
        "mazā uzņēmuma aprīkojums",
        "profesionālā apmācība",
        "mājokļa īres atbalsts",
        "medicīniskā palīdzība",
        "izglītības atbalsts bērniem",
        "lauksaimniecības inventārs",
    ];
    let mut deliveries_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (&i, value) in rei.iter().zip(values) {
        let value = value.clamp(Decimal::from(300), Decimal::from(1_900));
        let c = &cases[i];
        let rc = country(c.return_country);
        let dep = c.departure.unwrap();
        let last = (dep.checked_add_months(Months::new(12)).unwrap() - chrono::TimeDelta::days(1))
            .min(add_days(end(), -15));
        let n_del = pick_weighted(&mut g.rng, &[(1u8, 40), (2, 40), (3, 20)]);
        let mut dates: Vec<NaiveDate> = (0..n_del)
            .map(|_| rand_date(&mut g.rng, add_days(dep, 20), last))
            .collect();
        dates.sort();
        let parts_w: Vec<Decimal> = (0..n_del)
            .map(|_| Decimal::from(g.rng.random_range(30..=100)))
            .collect();
        let mut parts = fit(&parts_w, value);
        let head: Decimal = parts[..parts.len() - 1].iter().sum();
        *parts.last_mut().unwrap() = value - head;
        let cur = match rc.reint_currency {
            "EUR" => "EUR",
            "USD" => {
                if g.rng.random_bool(0.5) {
                    "USD"
                } else {
                    "EUR"
                }
            }
            local => {
                if g.rng.random_ratio(7, 10) {
                    local
                } else {
                    "EUR"
                }
            }
        };
        let kind = kinds[g.rng.random_range(0..kinds.len())];
        for (j, (doc, part)) in dates.into_iter().zip(parts).enumerate() {
            let amount = from_eur(part, cur, doc).unwrap();
            let paid = g.paid_after(doc, 0, 5);
            let k = g.push(
                "REI",
                doc,
                paid,
                Supplier::Name(rc.mission),
                Desc::Reint {
                    kind,
                    n: j as u8 + 1,
                    of: n_del,
                },
                "A2",
                "4.5",
                CaseRef::Idx(i as u32),
                amount,
                cur,
            );
            deliveries_of.entry(i).or_default().push(k);
        }
    }

    // --- 4.6 hostel and 4.7 food money for the A3 persons
    let hostels = [
        ("Hostelis \"Daugavmala\"", 1_700),
        ("Viesu nams \"Purvciems\"", 1_750),
        ("Hostelis \"Vecrīga\"", 1_800),
    ];
    let mut hostel_of: BTreeMap<usize, usize> = BTreeMap::new();
    let mut food_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, case) in cases.iter().enumerate() {
        let (Some(intake), Some(dep)) = (case.intake, case.departure) else {
            continue;
        };
        let nights = days_between(intake, dep);
        let (name, rate) = hostels[g.rng.random_range(0..hostels.len())];
        let amount = Decimal::new(rate * nights, 2);
        let paid = g.paid_after(dep, 1, 10);
        let k = g.push(
            "HST",
            dep,
            paid,
            Supplier::Name(name),
            Desc::Hostel { nights },
            "A3",
            "4.6",
            CaseRef::Idx(i as u32),
            amount,
            "EUR",
        );
        let c = &mut g.costs[k];
        c.vat = vat_included(amount, 12);
        c.service_from = Some(intake);
        c.service_to = Some(add_days(dep, -1));
        c.quantity = Some(nights);
        hostel_of.insert(i, k);
        let mut from = intake;
        while from < dep {
            let to = add_days(from, 6).min(add_days(dep, -1));
            let days = days_between(from, to) + 1;
            let k = g.push(
                "PRT",
                from,
                from,
                Supplier::TheCase,
                Desc::Food { days },
                "A3",
                "4.7",
                CaseRef::Idx(i as u32),
                Decimal::new(300 * days, 2),
                "EUR",
            );
            let c = &mut g.costs[k];
            c.service_from = Some(from);
            c.service_to = Some(to);
            c.quantity = Some(days);
            food_of.entry(i).or_default().push(k);
            from = add_days(to, 1);
        }
    }

    // ------------------------------------------------------------ planted mistakes
    let mut candidates: Vec<usize> = (0..cases.len()).collect();
    candidates.shuffle(&mut g.rng);
    let take = |used: &mut Vec<bool>, pred: &dyn Fn(&Case) -> bool| -> usize {
        let i = *candidates
            .iter()
            .find(|&&i| !used[i] && pred(&cases[i]))
            .expect("a case for a planted mistake");
        used[i] = true;
        i
    };

    // (1) TG-04: ticket bought before the departure order.
    let i = take(&mut used, &|c| {
        c.departure.is_some()
            && c.intake.is_none()
            && !c.reintegration
            && c.order_date >= ymd(2019, 2, 1)
    });
    let k = ticket_of[&i];
    let doc = add_days(cases[i].order_date, -g.rng.random_range(2..=6));
    let tc = &mut g.costs[k];
    tc.doc_date = doc;
    tc.paid_date = Some(add_days(doc, 1));
    tc.eur = to_eur(tc.amount, tc.currency, doc).unwrap();
    tc.planted = Some("TG-04");
    planted.push(Planted {
        rule: "TG-04",
        case_id: cases[i].id.clone(),
        uids: vec![tc.uid],
        column: "C",
        what: format!(
            "ticket dated {} — before the departure order of {}",
            doc.format("%d.%m.%Y"),
            cases[i].order_date.format("%d.%m.%Y")
        ),
    });

    // (2) DOC-02: a travel-document receipt booked twice, paid again in a later quarter.
    let k = (0..g.costs.len())
        .find(|&k| {
            let c = &g.costs[k];
            c.heading == "4.1"
                && matches!(c.case, CaseRef::Idx(j) if !used[j as usize])
                && add_days(next_quarter_start(c.paid_date.unwrap()), 45) <= end()
                && c.doc_date.year() >= 2020
        })
        .expect("a travel document to duplicate");
    let mut dup = g.costs[k].clone();
    if let CaseRef::Idx(j) = dup.case {
        used[j as usize] = true;
    }
    dup.uid = g.next_uid;
    g.next_uid += 1;
    dup.dup_of = Some(g.costs[k].uid);
    dup.paid_date = Some(add_days(
        next_quarter_start(g.costs[k].paid_date.unwrap()),
        g.rng.random_range(3..=40),
    ));
    dup.planted = Some("DOC-02");
    let dup_case = dup.case.clone();
    planted.push(Planted {
        rule: "DOC-02",
        case_id: String::new(),
        uids: vec![dup.uid, g.costs[k].uid],
        column: "B",
        what: format!(
            "the same embassy receipt ({} EUR) booked again, paid {}",
            dup.amount,
            dup.paid_date.unwrap().format("%d.%m.%Y")
        ),
    });
    g.costs.push(dup);
    if let CaseRef::Idx(j) = dup_case {
        planted.last_mut().unwrap().case_id = cases[j as usize].id.clone();
    }

    // (3) ACC-01: a hostel line that includes the night after departure.
    let i = take(&mut used, &|c| c.intake.is_some());
    let k = hostel_of[&i];
    let dep = cases[i].departure.unwrap();
    let hc = &mut g.costs[k];
    let nights = hc.quantity.unwrap();
    let rate = hc.amount / Decimal::from(nights);
    hc.amount = money(rate * Decimal::from(nights + 1));
    hc.vat = vat_included(hc.amount, 12);
    hc.eur = hc.amount;
    hc.quantity = Some(nights + 1);
    hc.service_to = Some(dep);
    hc.desc = Desc::Hostel { nights: nights + 1 };
    hc.planted = Some("ACC-01");
    planted.push(Planted {
        rule: "ACC-01",
        case_id: cases[i].id.clone(),
        uids: vec![hc.uid],
        column: "N",
        what: format!(
            "hostel paid up to {} = the departure day ({} nights instead of {})",
            dep.format("%d.%m.%Y"),
            nights + 1,
            nights
        ),
    });

    // (4) TG-02: an EU national (PL) with a ticket and an allowance.
    let (kt, ka) = (ticket_of[&eu], allowance_of[&eu]);
    g.costs[kt].planted = Some("TG-02");
    g.costs[ka].planted = Some("TG-02");
    planted.push(Planted {
        rule: "TG-02",
        case_id: cases[eu].id.clone(),
        uids: vec![g.costs[kt].uid, g.costs[ka].uid],
        column: "I",
        what:
            "nationality PL (EU member): ticket and cash allowance booked (register cell Pilsonība)"
                .into(),
    });

    // (5) RET-01: a cash allowance of 150.00 instead of 100.00.
    let i = take(&mut used, &|c| c.departure.is_some() && c.intake.is_none());
    let k = allowance_of[&i];
    let ac = &mut g.costs[k];
    ac.amount = Decimal::new(15_000, 2);
    ac.eur = ac.amount;
    ac.planted = Some("RET-01");
    planted.push(Planted {
        rule: "RET-01",
        case_id: cases[i].id.clone(),
        uids: vec![ac.uid],
        column: "J",
        what: "cash allowance 150.00 EUR instead of 100.00".into(),
    });

    // (6) REI-02: a reintegration delivery more than 12 months after departure.
    let i = take(&mut used, &|c| {
        c.reintegration && c.departure.is_some_and(|d| d <= ymd(2021, 10, 31))
    });
    let k = *deliveries_of[&i].last().unwrap();
    let dep = cases[i].departure.unwrap();
    let deadline = dep.checked_add_months(Months::new(12)).unwrap();
    let doc = add_days(deadline, g.rng.random_range(8..=40));
    let paid = g.paid_after(doc, 0, 3);
    let rc = &mut g.costs[k];
    rc.doc_date = doc;
    rc.paid_date = Some(paid);
    rc.eur = to_eur(rc.amount, rc.currency, doc).unwrap();
    rc.planted = Some("REI-02");
    planted.push(Planted {
        rule: "REI-02",
        case_id: cases[i].id.clone(),
        uids: vec![rc.uid],
        column: "C",
        what: format!(
            "delivered {} — departure {}, deadline {}",
            doc.format("%d.%m.%Y"),
            dep.format("%d.%m.%Y"),
            deadline.format("%d.%m.%Y")
        ),
    });

    // (7) PER-01: interpretation invoiced before the project start, paid in January 2019.
    let k = g.push(
        "INV",
        ymd(2018, 12, 20),
        ymd(2019, 1, 8),
        Supplier::Name("SIA Valodu Tilts"),
        Desc::Text("Mutiskā tulkošana konsultācijās (arābu val.)"),
        "A1",
        "3",
        CaseRef::None,
        per01_amount,
        "EUR",
    );
    g.costs[k].vat = vat_included(per01_amount, 21);
    g.costs[k].planted = Some("PER-01");
    planted.push(Planted {
        rule: "PER-01",
        case_id: String::new(),
        uids: vec![g.costs[k].uid],
        column: "C",
        what: "interpretation invoice dated 20.12.2018 (before 03.01.2019), paid 08.01.2019".into(),
    });

    // (8) TG-01: a transit cost for a case id that is not in the register.
    let last_2021 = cases.iter().filter(|c| c.order_date.year() == 2021).count();
    let ghost = format!("AVR-2021-{:04}", last_2021 + 37);
    let doc = rand_date(&mut g.rng, ymd(2021, 3, 1), ymd(2021, 11, 30));
    let paid = g.paid_after(doc, 5, 15);
    let k = g.push(
        "INV",
        doc,
        paid,
        Supplier::Name("IOM birojs Stambulā (tranzīta palīdzība)"),
        Desc::Transit { city: "Stambula" },
        "A1",
        "4.4",
        CaseRef::Foreign(ghost.clone().into()),
        tg01_amount,
        "EUR",
    );
    g.costs[k].planted = Some("TG-01");
    planted.push(Planted {
        rule: "TG-01",
        case_id: ghost,
        uids: vec![g.costs[k].uid],
        column: "I",
        what: "case id not in the register".into(),
    });

    // (9) ACC-02: food money above 3 EUR × days.
    let i = take(&mut used, &|c| c.intake.is_some());
    let k = food_of[&i][0];
    let fc = &mut g.costs[k];
    let days = fc.quantity.unwrap();
    fc.amount += Decimal::new(900, 2);
    fc.eur = fc.amount;
    fc.planted = Some("ACC-02");
    planted.push(Planted {
        rule: "ACC-02",
        case_id: cases[i].id.clone(),
        uids: vec![fc.uid],
        column: "J",
        what: format!(
            "food money {} EUR for {} days (tariff {} EUR)",
            fc.amount,
            days,
            Decimal::new(300 * days, 2)
        ),
    });

    // (10) FX-01: a reintegration delivery in GEL, a currency with no rate row.
    let k = deliveries_of[&fx_case][0];
    let xc = &mut g.costs[k];
    let eur = xc.eur;
    xc.currency = "GEL";
    xc.amount = money(eur * Decimal::new(32, 1));
    xc.planted = Some("FX-01");
    planted.push(Planted {
        rule: "FX-01",
        case_id: cases[fx_case].id.clone(),
        uids: vec![xc.uid],
        column: "K",
        what: format!(
            "{} GEL — no GEL rate in Kursi (about {} EUR)",
            xc.amount, eur
        ),
    });

    let costs = finalize(g.costs);
    Dataset {
        factor,
        cases,
        costs,
        rates: all_rates(),
        planted,
    }
}

/// Sort by document date, then number the documents per series and year.
fn finalize(mut costs: Vec<Cost>) -> Vec<Cost> {
    costs.sort_unstable_by_key(|c| (c.doc_date, c.uid));
    let mut counters: BTreeMap<(&'static str, i32), u32> = BTreeMap::new();
    // Only the originals of duplicated documents need to be remembered.
    let originals: BTreeSet<u32> = costs.iter().filter_map(|c| c.dup_of).collect();
    let mut by_uid: BTreeMap<u32, (i32, u32)> = BTreeMap::new();
    for c in costs.iter_mut() {
        c.doc_no = match c.dup_of.and_then(|u| by_uid.get(&u).copied()) {
            Some(no) => no,
            None => {
                let year = c.doc_date.year();
                let n = counters.entry((c.doc_prefix, year)).or_insert(0);
                *n += 1;
                (year, *n)
            }
        };
        if originals.contains(&c.uid) {
            by_uid.insert(c.uid, c.doc_no);
        }
    }
    costs
}

/// One budget cell's outcome: direct lines plus its share of the shared lines.
pub struct CellTotal {
    pub activity: &'static str,
    pub heading: &'static str,
    pub budget: Decimal,
    pub direct: Decimal,
    pub shared: Decimal,
    pub lines: usize,
}

impl CellTotal {
    pub fn total(&self) -> Decimal {
        self.direct + self.shared
    }
}

pub fn budget_totals(ds: &Dataset) -> (Vec<CellTotal>, BTreeMap<&'static str, (Decimal, usize)>) {
    let mut shared: BTreeMap<&'static str, (Decimal, usize)> = BTreeMap::new();
    let mut cells: Vec<CellTotal> = BUDGET
        .iter()
        .map(|b| CellTotal {
            activity: b.activity,
            heading: b.heading,
            budget: money(b.amount * ds.factor),
            direct: Decimal::ZERO,
            shared: Decimal::ZERO,
            lines: 0,
        })
        .collect();
    for c in &ds.costs {
        if c.activity == "shared" {
            let e = shared.entry(c.heading).or_insert((Decimal::ZERO, 0));
            e.0 += c.eur;
            e.1 += 1;
        } else if let Some(cell) = cells
            .iter_mut()
            .find(|x| x.activity == c.activity && x.heading == c.heading)
        {
            cell.direct += c.eur;
            cell.lines += 1;
        }
    }
    for cell in cells.iter_mut() {
        if let Some((s, _)) = shared.get(cell.heading) {
            let key = SHARED_KEY
                .iter()
                .find(|(a, _)| *a == cell.activity)
                .unwrap()
                .1;
            cell.shared = money(*s * key);
        }
    }
    (cells, shared)
}
