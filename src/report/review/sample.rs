//! The reviewer's sampling plan and the seeded selection of a claim's eligible cost lines for
//! document checks, by one of four methods: conservative monetary-unit sampling (MUS) with
//! expected error, standard MUS (σ of error rates from an earlier review), stratified MUS (a
//! 100 % stratum above a cut-off, strata by heading kind) and non-statistical risk-based
//! sampling for small populations. The same seed and population always select the same costs.

use super::factors::{expansion_factor, reliability_factor, z_two_sided};
use super::risk::{self, Risk};
use crate::i18n::Msg;
use crate::model::money::{cents, from_cents, round_half_up, ser_decimal, ser_money, to_cents};
use crate::model::project::{HeadingKind, Lang};
use crate::model::Money;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

/// Statistical methods take at least this many items (the guidance's floor for a sample whose
/// standard deviation is estimated).
const MIN_STATISTICAL: u32 = 30;

/// A cost line of the population: its entry id, book value (eligible EUR), heading kind (the
/// stratum of a stratified sample) and the risk factors the ledger shows for it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    pub entry_id: String,
    pub book_value: Money,
    pub kind: HeadingKind,
    pub risks: Vec<Risk>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Conservative MUS: n = ⌈BV·RF ÷ (TE − AE·EF)⌉; Stringer bound at evaluation.
    Conservative,
    /// Standard MUS: n = ⌈(z·BV·σr ÷ (TE − AE))²⌉, σr from an earlier review.
    Standard,
    /// Stratified MUS: 100 % stratum at or above the cut-off, strata by heading kind.
    Stratified,
    /// Risk-based selection for small populations; no statistical projection.
    Nonstatistical,
}

impl Method {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Method::Conservative => "conservative",
            Method::Standard => "standard",
            Method::Stratified => "stratified",
            Method::Nonstatistical => "nonstatistical",
        }
    }
    pub(crate) fn parse(s: &str) -> Option<Method> {
        [
            Method::Conservative,
            Method::Standard,
            Method::Stratified,
            Method::Nonstatistical,
        ]
        .into_iter()
        .find(|m| m.code() == s)
    }
}

/// Why an item is in the sample.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stratum {
    /// Every item of the population (or of its stratum) is checked.
    All,
    /// Book value at or above the interval or cut-off: checked in full.
    HighValue,
    /// Hit by a selection point of the systematic selection.
    Systematic,
    /// Chosen for its risk factors (non-statistical).
    Risk,
    /// Drawn at random to complete the coverage (non-statistical).
    Random,
}

impl Stratum {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Stratum::All => "all",
            Stratum::HighValue => "high-value",
            Stratum::Systematic => "systematic",
            Stratum::Risk => "risk",
            Stratum::Random => "random",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Selected {
    pub entry_id: String,
    #[serde(serialize_with = "ser_money")]
    pub book_value: Money,
    pub stratum: Stratum,
    /// The sampling group the item was drawn in (`rest`, or a heading kind when stratified).
    pub group: String,
    /// The selection point (monetary unit) that hit the item, systematic items only.
    #[serde(serialize_with = "crate::model::money::ser_money_opt")]
    pub point: Option<Money>,
    /// The risk factors the ledger shows for the item (for a risk-based sample: why chosen).
    pub risks: Vec<Risk>,
}

/// A part of the population sampled systematically on its own (the rest below the interval,
/// or one heading kind of a stratified sample), with its allocation.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub key: String,
    pub label: String,
    pub items: usize,
    #[serde(serialize_with = "ser_money")]
    pub value: Money,
    /// Items allocated to the group.
    pub allocated: u32,
    /// Items actually selected (a census of the group when allocated ≥ its items).
    pub selected: usize,
    #[serde(serialize_with = "ser_money")]
    pub interval: Money,
    #[serde(serialize_with = "ser_money")]
    pub random_start: Money,
    pub census: bool,
    /// Items of the group at or above its interval, checked in full, and their value.
    pub high_items: usize,
    #[serde(serialize_with = "ser_money")]
    pub high_value: Money,
}

/// The reviewer's choices for the sample.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    pub method: Method,
    /// A fraction in (0, 1).
    pub confidence: Decimal,
    pub tolerable_error_pct: Decimal,
    pub expected_error_pct: Decimal,
    /// σ of the error rates (standard MUS) and where it comes from.
    pub sigma_r: Option<(Decimal, String)>,
    pub seed: u64,
}

/// Why a plan's figures give no sample: each front end (`review`'s options, the workspace's
/// form) words it for the place the figures came from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum PlanProblem {
    /// No expansion factor for the confidence (`pct`, in per cent): `confidences` lists those
    /// the table has.
    NoExpansionFactor {
        ae: Decimal,
        pct: Decimal,
        confidences: String,
    },
    /// The expected error times the expansion factor (`product`) leaves no room under the
    /// tolerable error.
    NoRoom {
        ae: Decimal,
        product: Decimal,
        te: Decimal,
    },
    /// Standard MUS needs the expected error below the tolerable error.
    StandardAe { ae: Decimal, te: Decimal },
}

impl Plan {
    /// Whether the figures allow a sample: the expected error leaves room under the tolerable
    /// error.
    pub(crate) fn problem(&self) -> Option<PlanProblem> {
        let (ae, te) = (self.expected_error_pct, self.tolerable_error_pct);
        let pct = (self.confidence * Decimal::ONE_HUNDRED).normalize();
        match self.method {
            Method::Conservative | Method::Stratified if !ae.is_zero() => {
                let Some(ef) = expansion_factor(pct) else {
                    let listed: Vec<String> = super::factors::EXPANSION_FACTORS
                        .iter()
                        .map(|(c, _)| format!("{c} %"))
                        .collect();
                    return Some(PlanProblem::NoExpansionFactor {
                        ae,
                        pct,
                        confidences: listed.join(", "),
                    });
                };
                conservative_size(self.confidence, te, ae)
                    .is_none()
                    .then(|| PlanProblem::NoRoom {
                        ae,
                        product: (ae * ef).normalize(),
                        te,
                    })
            }
            Method::Standard if ae >= te => Some(PlanProblem::StandardAe { ae, te }),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Sample {
    pub method: Method,
    pub method_name: String,
    /// The size formula with this sample's figures.
    pub formula: String,
    pub generator: String,
    pub seed: u64,
    #[serde(serialize_with = "ser_decimal")]
    pub confidence_pct: Decimal,
    /// RF = −ln(1 − confidence), six decimals.
    #[serde(serialize_with = "ser_decimal")]
    pub reliability_factor: Decimal,
    #[serde(serialize_with = "ser_decimal_opt")]
    pub expansion_factor: Option<Decimal>,
    #[serde(serialize_with = "ser_decimal_opt")]
    pub z: Option<Decimal>,
    #[serde(serialize_with = "ser_decimal_opt")]
    pub sigma_r: Option<Decimal>,
    pub sigma_source: Option<String>,
    #[serde(serialize_with = "ser_decimal")]
    pub tolerable_error_pct: Decimal,
    #[serde(serialize_with = "ser_money")]
    pub tolerable_error: Money,
    #[serde(serialize_with = "ser_decimal")]
    pub expected_error_pct: Decimal,
    #[serde(serialize_with = "ser_money")]
    pub expected_error: Money,
    pub population_items: usize,
    #[serde(serialize_with = "ser_money")]
    pub population_value: Money,
    /// SHA-256 of the population (`entry id TAB book value` lines in entry-id order).
    pub population_sha256: String,
    pub sample_size: u32,
    /// Population value ÷ n (conservative and standard MUS; the cut-off when stratified).
    #[serde(serialize_with = "ser_money")]
    pub interval: Money,
    pub all_items: bool,
    pub high_value_items: usize,
    #[serde(serialize_with = "ser_money")]
    pub high_value_value: Money,
    pub groups: Vec<Group>,
    /// The coverage rule of a non-statistical sample.
    pub coverage: Option<String>,
    pub selected: Vec<Selected>,
}

/// serde: an optional factor as a normalised decimal string, or null.
fn ser_decimal_opt<S: serde::Serializer>(x: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match x {
        Some(x) => ser_decimal(x, s),
        None => s.serialize_none(),
    }
}

/// n for conservative MUS in the BV-free form n = ⌈RF ÷ (te − ae·EF)⌉ (te, ae fractions of
/// BV). `None` when the expected error leaves no room (te ≤ ae·EF).
pub(crate) fn conservative_size(
    confidence: Decimal,
    tolerable_error_pct: Decimal,
    expected_error_pct: Decimal,
) -> Option<u32> {
    let ef = expansion_factor(confidence * Decimal::ONE_HUNDRED).unwrap_or(Decimal::ONE);
    let room = (tolerable_error_pct - expected_error_pct * ef) / Decimal::ONE_HUNDRED;
    (room > Decimal::ZERO)
        .then(|| (reliability_factor(confidence) / room).ceil())
        .map(|n| n.to_u32().unwrap_or(u32::MAX).max(1))
}

/// n for standard MUS: ⌈(z·σr ÷ (te − ae))²⌉, at least [`MIN_STATISTICAL`].
fn standard_size(
    confidence: Decimal,
    tolerable_error_pct: Decimal,
    expected_error_pct: Decimal,
    sigma_r: Decimal,
) -> Option<u32> {
    let room = (tolerable_error_pct - expected_error_pct) / Decimal::ONE_HUNDRED;
    (room > Decimal::ZERO).then(|| {
        let x = z_two_sided(confidence) * sigma_r / room;
        (x * x)
            .ceil()
            .to_u32()
            .unwrap_or(u32::MAX)
            .max(MIN_STATISTICAL)
    })
}

/// The SHA-256 of the population: one `entry id TAB book value` line per item, entry-id order.
fn population_sha256(items: &[&Item]) -> String {
    let text: String = items
        .iter()
        .map(|i| {
            format!(
                "{}\t{}\n",
                i.entry_id,
                crate::model::money::fmt2(&i.book_value)
            )
        })
        .collect();
    crate::util::hash::sha256_hex(text.as_bytes())
}

fn selected(i: &Item, stratum: Stratum, group: &str, point: Option<Money>) -> Selected {
    Selected {
        entry_id: i.entry_id.clone(),
        book_value: i.book_value,
        stratum,
        group: group.to_string(),
        point,
        risks: i.risks.clone(),
    }
}

/// Systematic selection over `items` (entry-id order): points start, start + interval, … on the
/// cumulative euros; the item whose range [from, to) holds a point is selected. Every item is
/// below the interval, so at most one point hits it. The start is drawn from `rng`.
fn systematic(
    items: &[&Item],
    interval: Money,
    group: &str,
    rng: &mut ChaCha8Rng,
) -> (Money, Vec<Selected>) {
    let start = from_cents(rng.random_range(0..to_cents(interval).max(1)));
    let mut point = start;
    let mut from = Money::ZERO;
    let mut out = Vec::new();
    for i in items {
        let to = from + i.book_value;
        if point >= from && point < to {
            out.push(selected(i, Stratum::Systematic, group, Some(point)));
            point += interval;
        }
        from = to;
    }
    (start, out)
}

fn group(key: &str, label: String, items: &[&Item], allocated: u32) -> Group {
    let value: Money = items.iter().map(|i| i.book_value).sum();
    let census = allocated as usize >= items.len() || value.is_zero();
    Group {
        key: key.to_string(),
        label,
        items: items.len(),
        value,
        allocated,
        selected: 0,
        interval: if census || allocated == 0 {
            Money::ZERO
        } else {
            cents(value / Decimal::from(allocated))
        },
        random_start: Money::ZERO,
        census,
        high_items: 0,
        high_value: Money::ZERO,
    }
}

/// Draws one group: a census, or a systematic selection at its interval. Items at or above
/// the group's interval are checked in full (each would take a point or more), the interval
/// recomputed over the rest with the items left, until every remaining item is below it.
/// `fixed`: the interval is given (MUS over the rest below the population's interval).
fn draw(
    g: &mut Group,
    items: &[&Item],
    fixed: bool,
    rng: &mut ChaCha8Rng,
    out: &mut Vec<Selected>,
) {
    let mut rest: Vec<&Item> = items.to_vec();
    let mut n = g.allocated as usize;
    let mut picked: Vec<Selected> = Vec::new();
    while !g.census && !fixed {
        if n >= rest.len() {
            g.census = true;
            break;
        }
        let value: Money = rest.iter().map(|i| i.book_value).sum();
        g.interval = cents(value / Decimal::from(n as u64));
        let (big, small): (Vec<&Item>, Vec<&Item>) =
            rest.iter().partition(|i| i.book_value >= g.interval);
        if big.is_empty() {
            break;
        }
        n -= big.len().min(n);
        picked.extend(
            big.iter()
                .map(|i| selected(i, Stratum::HighValue, &g.key, None)),
        );
        rest = small;
        if n == 0 {
            rest.clear();
            break;
        }
    }
    g.high_items = picked.len();
    g.high_value = picked.iter().map(|x| x.book_value).sum();
    if g.census {
        g.interval = Money::ZERO;
        picked.extend(rest.iter().map(|i| selected(i, Stratum::All, &g.key, None)));
    } else if !rest.is_empty() {
        let (start, sys) = systematic(&rest, g.interval, &g.key, rng);
        g.random_start = start;
        picked.extend(sys);
    }
    g.selected = picked.len();
    out.extend(picked);
}

/// The seeded selection. `items` in any order; they are taken in entry-id order. The plan's
/// figures are checked by the caller (`cli::review`): the expected error leaves room, a
/// standard sample has its σr.
pub(crate) fn select(items: &[Item], plan: &Plan, lang: Lang) -> Sample {
    let mut items: Vec<&Item> = items
        .iter()
        .filter(|i| i.book_value > Money::ZERO)
        .collect();
    items.sort_by(|a, b| a.entry_id.cmp(&b.entry_id));
    let bv: Money = items.iter().map(|i| i.book_value).sum();
    let conf_pct = (plan.confidence * Decimal::ONE_HUNDRED).normalize();
    let rf = round_half_up(reliability_factor(plan.confidence), 6);
    let ef = expansion_factor(conf_pct);
    let te = cents(bv * plan.tolerable_error_pct / Decimal::ONE_HUNDRED);
    let ae = cents(bv * plan.expected_error_pct / Decimal::ONE_HUNDRED);
    let mut s = Sample {
        method: plan.method,
        method_name: crate::i18n::tr(lang, &format!("review-method-{}", plan.method.code())),
        formula: String::new(),
        generator: Msg::new("review-generator")
            .arg("seed", plan.seed.to_string())
            .text(lang),
        seed: plan.seed,
        confidence_pct: conf_pct,
        reliability_factor: rf,
        expansion_factor: None,
        z: None,
        sigma_r: None,
        sigma_source: None,
        tolerable_error_pct: plan.tolerable_error_pct.normalize(),
        tolerable_error: te,
        expected_error_pct: plan.expected_error_pct.normalize(),
        expected_error: ae,
        population_items: items.len(),
        population_value: bv,
        population_sha256: population_sha256(&items),
        sample_size: 0,
        interval: Money::ZERO,
        all_items: false,
        high_value_items: 0,
        high_value_value: Money::ZERO,
        groups: Vec::new(),
        coverage: None,
        selected: Vec::new(),
    };
    let mut rng = ChaCha8Rng::seed_from_u64(plan.seed);
    match plan.method {
        Method::Conservative | Method::Standard => {
            mus(&mut s, &items, plan, ef, &mut rng, lang);
        }
        Method::Stratified => stratified(&mut s, &items, plan, ef, &mut rng, lang),
        Method::Nonstatistical => risk::select(&mut s, &items, &mut rng, lang),
    }
    s.selected.sort_by(|a, b| a.entry_id.cmp(&b.entry_id));
    s
}

/// Conservative or standard MUS: one interval BV ÷ n, a 100 % stratum at or above it, a
/// systematic selection over the rest.
fn mus(
    s: &mut Sample,
    items: &[&Item],
    plan: &Plan,
    ef: Option<Decimal>,
    rng: &mut ChaCha8Rng,
    lang: Lang,
) {
    let bv = s.population_value;
    let n = match plan.method {
        Method::Standard => {
            let (sigma, from) = plan.sigma_r.clone().unwrap_or_default();
            let z = round_half_up(z_two_sided(plan.confidence), 4);
            s.z = Some(z);
            s.sigma_r = Some(sigma);
            s.sigma_source = Some(from);
            let n = standard_size(
                plan.confidence,
                plan.tolerable_error_pct,
                plan.expected_error_pct,
                sigma,
            )
            .unwrap_or(1);
            s.formula = Msg::new("review-formula-standard")
                .num("z", z)
                .money("bv", bv)
                .num("sigma", round_half_up(sigma, 6))
                .money("te", s.tolerable_error)
                .money("ae", s.expected_error)
                .arg("n", n)
                .arg("min", MIN_STATISTICAL)
                .text(lang);
            n
        }
        _ => {
            s.expansion_factor = ef;
            let n = conservative_size(
                plan.confidence,
                plan.tolerable_error_pct,
                plan.expected_error_pct,
            )
            .unwrap_or(1);
            s.formula = conservative_formula(s, ef, n, lang);
            n
        }
    };
    s.sample_size = n;
    s.interval = if bv.is_zero() {
        Money::ZERO
    } else {
        cents(bv / Decimal::from(n))
    };
    if n as usize >= items.len() || s.interval.is_zero() {
        s.all_items = true;
        s.selected = items
            .iter()
            .map(|i| selected(i, Stratum::All, "all", None))
            .collect();
        return;
    }
    let (high, rest): (Vec<&Item>, Vec<&Item>) =
        items.iter().partition(|i| i.book_value >= s.interval);
    s.high_value_items = high.len();
    s.high_value_value = high.iter().map(|i| i.book_value).sum();
    s.selected = high
        .iter()
        .map(|i| selected(i, Stratum::HighValue, "high-value", None))
        .collect();
    let mut g = group("rest", crate::i18n::tr(lang, "review-group-rest"), &rest, n);
    g.interval = s.interval;
    g.census = false;
    draw(&mut g, &rest, true, rng, &mut s.selected);
    s.groups.push(g);
}

fn conservative_formula(s: &Sample, ef: Option<Decimal>, n: u32, lang: Lang) -> String {
    Msg::new("review-formula-conservative")
        .money("bv", s.population_value)
        .num("rf", s.reliability_factor)
        .money("te", s.tolerable_error)
        .money("ae", s.expected_error)
        .num("ef", ef.unwrap_or(Decimal::ONE))
        .arg("n", n)
        .text(lang)
}

/// Stratified MUS: the cut-off is the conservative interval BV ÷ n; items at or above it are
/// checked in full; the rest is split by heading kind and n_rest = ⌈RF·BV_rest ÷ (TE − AE·EF)⌉
/// is allocated to the strata in proportion to their value (largest remainder, ties to the
/// first stratum; at least one item each), each drawn systematically at its own interval.
fn stratified(
    s: &mut Sample,
    items: &[&Item],
    plan: &Plan,
    ef: Option<Decimal>,
    rng: &mut ChaCha8Rng,
    lang: Lang,
) {
    s.expansion_factor = ef;
    s.z = Some(round_half_up(z_two_sided(plan.confidence), 4));
    let bv = s.population_value;
    let n = conservative_size(
        plan.confidence,
        plan.tolerable_error_pct,
        plan.expected_error_pct,
    )
    .unwrap_or(1);
    s.interval = if bv.is_zero() {
        Money::ZERO
    } else {
        cents(bv / Decimal::from(n))
    };
    let (high, rest): (Vec<&Item>, Vec<&Item>) =
        items.iter().partition(|i| i.book_value >= s.interval);
    s.high_value_items = high.len();
    s.high_value_value = high.iter().map(|i| i.book_value).sum();
    s.selected = high
        .iter()
        .map(|i| selected(i, Stratum::HighValue, "high-value", None))
        .collect();
    let rest_value: Money = rest.iter().map(|i| i.book_value).sum();
    let room = s.tolerable_error - s.expected_error * ef.unwrap_or(Decimal::ONE);
    let n_rest = if room > Decimal::ZERO {
        (s.reliability_factor * rest_value / room)
            .ceil()
            .to_u32()
            .unwrap_or(u32::MAX)
    } else {
        1
    };
    // Strata by heading kind, in the kinds' declared order.
    let mut kinds: Vec<HeadingKind> = rest.iter().map(|i| i.kind).collect();
    kinds.sort_by_key(|k| *k as u8);
    kinds.dedup();
    let strata: Vec<Vec<&Item>> = kinds
        .iter()
        .map(|k| rest.iter().copied().filter(|i| i.kind == *k).collect())
        .collect();
    let values: Vec<Money> = strata
        .iter()
        .map(|x| x.iter().map(|i| i.book_value).sum())
        .collect();
    let alloc = allocate(
        n_rest,
        &values,
        &strata.iter().map(Vec::len).collect::<Vec<_>>(),
    );
    for ((k, items), a) in kinds.iter().zip(&strata).zip(alloc) {
        let key = kind_code(*k);
        let mut g = group(
            &key,
            crate::i18n::tr(lang, &format!("review-kind-{key}")),
            items,
            a,
        );
        draw(&mut g, items, false, rng, &mut s.selected);
        s.groups.push(g);
    }
    s.sample_size =
        s.high_value_items as u32 + s.groups.iter().map(|g| g.selected as u32).sum::<u32>();
    s.all_items = s.selected.len() == items.len();
    s.formula = Msg::new("review-formula-stratified")
        .arg("conservative", conservative_formula(s, ef, n, lang))
        .money("cutoff", s.interval)
        .money("bvrest", rest_value)
        .num("rf", s.reliability_factor)
        .money("te", s.tolerable_error)
        .money("ae", s.expected_error)
        .num("ef", ef.unwrap_or(Decimal::ONE))
        .arg("n", n_rest)
        .text(lang);
}

/// `n` items to strata in proportion to `values`: floors, then the remaining items to the
/// largest remainders (ties to the first); each stratum at least one item and at most its
/// items.
fn allocate(n: u32, values: &[Money], sizes: &[usize]) -> Vec<u32> {
    let total: Money = values.iter().copied().sum();
    if total.is_zero() {
        return vec![0; values.len()];
    }
    let exact: Vec<Decimal> = values
        .iter()
        .map(|v| Decimal::from(n) * *v / total)
        .collect();
    let mut out: Vec<u32> = exact
        .iter()
        .map(|x| x.floor().to_u32().unwrap_or(0))
        .collect();
    let mut left = n.saturating_sub(out.iter().sum());
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|a, b| (exact[*b] - exact[*b].floor()).cmp(&(exact[*a] - exact[*a].floor())));
    for i in order {
        if left == 0 {
            break;
        }
        out[i] += 1;
        left -= 1;
    }
    for (o, size) in out.iter_mut().zip(sizes) {
        *o = (*o).max(1).min(*size as u32);
    }
    out
}

fn kind_code(k: HeadingKind) -> String {
    serde_json::to_value(k)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', "-")))
        .unwrap_or_default()
}

/// The default seed: the first four bytes of SHA-256 over the claim's input hashes
/// (`role:sha256` lines), so a claim always gets the same sample unless `--seed` is given.
pub(crate) fn default_seed(inputs: &[crate::model::InputDigest]) -> u64 {
    let text: String = inputs
        .iter()
        .map(|d| format!("{}:{}\n", d.role, d.sha256))
        .collect();
    let h = crate::util::hash::sha256_hex(text.as_bytes());
    u64::from_str_radix(&h[..8], 16).unwrap_or(0)
}

#[cfg(test)]
mod tests;
