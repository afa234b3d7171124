//! `grantbook init`: renders a new project file from a few answers — the same keys, in the same
//! order and with the same comments as the shipped budgets/ak-iom-pmif-2018-1.toml — with an
//! even placeholder budget that the agreement's own budget table must replace.

use crate::model::money::{cents, fmt2, split_by_weights};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::fmt::Write;

/// The answers `init` collects (from flags or prompts).
#[derive(Debug, Clone)]
pub struct Scaffold {
    pub number: String,
    pub title_lv: String,
    pub title_en: String,
    pub beneficiary: String,
    pub authority: String,
    /// The EU fund's code (the first funding source), e.g. `AMIF`, `ISF`, `BMVI`.
    pub fund: String,
    pub lang: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub total: Decimal,
    pub eu_share: Decimal,
    pub lines: Vec<String>,
    pub headings: Vec<String>,
    /// The indirect-cost heading's code, and the flat rate; no such heading when the rate is 0.
    pub indirect_heading: String,
    pub indirect_pct: Decimal,
}

/// TOML basic string with escapes.
fn q(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04X}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn names(lv: &str, en: &str) -> String {
    format!("{{ lv = {}, en = {} }}", q(lv), q(en))
}

/// Percentages that sum to exactly 100 over `n` parts (33.34, 33.33, 33.33).
fn even_key(n: usize) -> Vec<Decimal> {
    split_by_weights(Decimal::ONE_HUNDRED, &vec![Decimal::ONE; n])
}

fn pct(d: Decimal) -> String {
    q(&d.normalize().to_string())
}

/// The placeholder budget: `[line][heading]` over `s.headings` then the indirect heading (if
/// any). The total splits evenly over the lines; each line's direct part is the smallest cent
/// amount D with D × (1 + rate) ≥ the line's total, so that the indirect rest never exceeds the
/// flat rate of D (the project-file check); D splits evenly over the direct headings.
pub fn placeholder_budget(s: &Scaffold) -> Vec<Vec<Decimal>> {
    let per_line = split_by_weights(cents(s.total), &vec![Decimal::ONE; s.lines.len()]);
    let rate = s.indirect_pct / Decimal::ONE_HUNDRED;
    per_line
        .into_iter()
        .map(|l| {
            let direct = if s.indirect_pct.is_zero() {
                l
            } else {
                (l / (Decimal::ONE + rate) * Decimal::ONE_HUNDRED).ceil() / Decimal::ONE_HUNDRED
            };
            let direct = cents(direct.min(l));
            let mut row = split_by_weights(direct, &vec![Decimal::ONE; s.headings.len()]);
            if !s.indirect_pct.is_zero() {
                row.push(cents(l - direct));
            }
            row
        })
        .collect()
}

/// The project file's text.
pub fn project_file_text(s: &Scaffold) -> String {
    let mut o = String::new();
    let w = &mut o;
    preamble(w, s);
    agreement(w, s);
    inputs(w);
    sources(w, s);
    lines(w, s);
    headings(w, s);
    params(w, s);
    versions(w, s);
    closing(w, s);
    o
}

/// The header comments: what the file is, who wrote it and how values are written.
fn preamble(w: &mut String, s: &Scaffold) {
    let _ = writeln!(w, "# grantbook project file — grant agreement {}", s.number);
    let _ = writeln!(w, "# {}", s.title_en);
    let _ = writeln!(w, "#");
    let _ = writeln!(
        w,
        "# Written by `grantbook init`. Every key is explained; replace each value marked REPLACE"
    );
    let _ = writeln!(
        w,
        "# with the agreement's own, then check the file with `grantbook check`."
    );
    let _ = writeln!(w, "# Everything project-specific lives here; grantbook has no constant of this grant in its code.");
    let _ = writeln!(w, "# Unknown keys are refused. Money and percentages are written as strings (\"1234.56\") so that");
    let _ = writeln!(
        w,
        "# they are read exactly; dates are TOML dates (2019-01-03)."
    );
    let _ = writeln!(w);
}

/// `[agreement]`: number, title, beneficiary, authority, fund, language, currency, signatory.
fn agreement(w: &mut String, s: &Scaffold) {
    let _ = writeln!(w, "[agreement]");
    let _ = writeln!(w, "# The grant agreement number, printed on every report.");
    let _ = writeln!(w, "number = {}", q(&s.number));
    let _ = writeln!(w, "# The project title in both report languages.");
    let _ = writeln!(w, "title = {}", names(&s.title_lv, &s.title_en));
    let _ = writeln!(w, "# The beneficiary (finansējuma saņēmējs).");
    let _ = writeln!(w, "beneficiary = {}", names(&s.beneficiary, &s.beneficiary));
    let _ = writeln!(
        w,
        "# The responsible authority (atbildīgā iestāde) that receives and verifies the claims."
    );
    let _ = writeln!(
        w,
        "responsible_authority = {}",
        names(&s.authority, &s.authority)
    );
    let _ = writeln!(w, "# The EU fund.");
    let _ = writeln!(w, "fund = {}", names(&s.fund, &s.fund));
    let _ = writeln!(
        w,
        "# Report language when --lang is not given: \"lv\" or \"en\"."
    );
    let _ = writeln!(w, "default_lang = {}", q(&s.lang));
    let _ = writeln!(
        w,
        "# The currency of the budget and of the claims (ISO 4217)."
    );
    let _ = writeln!(w, "currency = \"EUR\"");
    let _ = writeln!(
        w,
        "# Who signs the payment claim (printed in the signature field)."
    );
    let _ = writeln!(
        w,
        "signatory = {}",
        names("REPLACE: amats", "REPLACE: position")
    );
    let _ = writeln!(w);
}

/// `[inputs]`: the input files and their sheets.
fn inputs(w: &mut String) {
    let _ = writeln!(w, "[inputs]");
    let _ = writeln!(
        w,
        "# The input files, relative to this file; --expenses, --cases and --rates override them."
    );
    let _ = writeln!(w, "# `grantbook template expenses|cases|rates` writes empty workbooks with the right columns.");
    let _ = writeln!(w, "expenses = \"expenses.xlsx\"");
    let _ = writeln!(w, "cases = \"cases.xlsx\"");
    let _ = writeln!(w, "rates = \"rates.xlsx\"");
    let _ = writeln!(w, "# The sheet to read in each; when omitted, the first visible sheet with the right header row.");
    let _ = writeln!(w, "# expenses_sheet = \"Izdevumi\"");
    let _ = writeln!(w);
}

/// `[[sources]]`: the EU fund's share and the state budget's rest.
fn sources(w: &mut String, s: &Scaffold) {
    let _ = writeln!(w, "# Funding sources, EU fund first: each eligible euro is split by these shares (percent, sum 100).");
    let _ = writeln!(
        w,
        "# The EU share is rounded half up to the cent; the last source takes the remainder."
    );
    let _ = writeln!(w, "[[sources]]");
    let _ = writeln!(w, "code = {}", q(&s.fund));
    let _ = writeln!(
        w,
        "name = {}",
        names(&format!("{} finansējums", s.fund), &s.fund)
    );
    let _ = writeln!(w, "share = {}", pct(s.eu_share));
    let _ = writeln!(w);
    let _ = writeln!(w, "[[sources]]");
    let _ = writeln!(w, "code = \"STATE\"");
    let _ = writeln!(
        w,
        "name = {}",
        names("Valsts budžeta finansējums", "State budget")
    );
    let _ = writeln!(w, "share = {}", pct(Decimal::ONE_HUNDRED - s.eu_share));
    let _ = writeln!(w);
}

/// `[[lines]]` with placeholder names and indicators, and `[shared]` with an even key.
fn lines(w: &mut String, s: &Scaffold) {
    let _ = writeln!(
        w,
        "# Activity lines: the units of budget, targets and indicators. `indicator` names what a"
    );
    let _ = writeln!(w, "# line's target counts.");
    for l in &s.lines {
        let _ = writeln!(w, "[[lines]]");
        let _ = writeln!(w, "code = {}", q(l));
        let _ = writeln!(
            w,
            "name = {}",
            names(
                &format!("REPLACE: aktivitāte {l}"),
                &format!("REPLACE: activity {l}")
            )
        );
        let _ = writeln!(
            w,
            "indicator = {}",
            names("REPLACE: personas", "REPLACE: persons")
        );
        let _ = writeln!(w);
    }
    let _ = writeln!(w, "# Shared direct costs: booked under this activity code and apportioned to the lines by the key");
    let _ = writeln!(w, "# (percent per line, sum 100), heading by heading, largest remainder, ties to the lower code.");
    let _ = writeln!(
        w,
        "# The key below is an even placeholder: REPLACE it with the agreement's."
    );
    let _ = writeln!(w, "[shared]");
    let _ = writeln!(w, "code = \"shared\"");
    let _ = writeln!(
        w,
        "name = {}",
        names("Kopīgās izmaksas", "Shared direct costs")
    );
    let key: Vec<String> = s
        .lines
        .iter()
        .zip(even_key(s.lines.len()))
        .map(|(l, k)| format!("{} = {}", toml_key(l), pct(k)))
        .collect();
    let _ = writeln!(w, "key = {{ {} }}", key.join(", "));
    let _ = writeln!(w);
}

/// `[[headings]]`: the direct headings and the indirect one (when its rate is not 0).
fn headings(w: &mut String, s: &Scaffold) {
    let _ = writeln!(w, "# Budget headings. `kind` tells the rules what a heading pays for (ticket, cash_allowance,");
    let _ = writeln!(
        w,
        "# accommodation, food, reintegration, travel_document, transit, staff, indirect, ordinary);"
    );
    let _ = writeln!(
        w,
        "# `per_case = true` means every cost must name the case (person) it is for."
    );
    for h in &s.headings {
        let _ = writeln!(w, "[[headings]]");
        let _ = writeln!(w, "code = {}", q(h));
        let _ = writeln!(
            w,
            "name = {}",
            names(
                &format!("REPLACE: pozīcija {h}"),
                &format!("REPLACE: heading {h}")
            )
        );
        let _ = writeln!(w, "kind = \"ordinary\"");
        let _ = writeln!(w, "per_case = false");
        let _ = writeln!(w);
    }
    if !s.indirect_pct.is_zero() {
        let _ = writeln!(w, "[[headings]]");
        let _ = writeln!(w, "code = {}", q(&s.indirect_heading));
        let _ = writeln!(w, "name = {}", names("Netiešās izmaksas", "Indirect costs"));
        let _ = writeln!(w, "kind = \"indirect\"");
        let _ = writeln!(w);
    }
}

/// The rule parameters with the indirect rate.
fn params(w: &mut String, s: &Scaffold) {
    let _ = write!(
        w,
        "{}",
        PARAMS.replace("{indirect_pct}", &pct(s.indirect_pct))
    );
    let _ = writeln!(w);
}

/// `[[versions]]`: the original agreement with its period, targets and the placeholder budget.
fn versions(w: &mut String, s: &Scaffold) {
    let _ = writeln!(w, "# Versions of the agreement: the original and each amendment, oldest first. The version in");
    let _ = writeln!(
        w,
        "# force on a cost's payment date governs it (period, budget, targets, parameters)."
    );
    let _ = writeln!(w, "[[versions]]");
    let _ = writeln!(w, "number = 1");
    let _ = writeln!(w, "# The date the version takes effect.");
    let _ = writeln!(w, "effective_from = {}", s.start);
    let _ = writeln!(w, "note = \"Original grant agreement\"");
    let _ = writeln!(
        w,
        "# Eligibility period: costs incurred and paid between these dates."
    );
    let _ = writeln!(w, "period_start = {}", s.start);
    let _ = writeln!(w, "period_end = {}", s.end);
    let _ = writeln!(w, "# Total eligible budget = sum of every cell below.");
    let _ = writeln!(w, "total = {}", q(&fmt2(&s.total)));
    let _ = writeln!(
        w,
        "# Persons targeted per line. REPLACE with the agreement's targets."
    );
    let targets: Vec<String> = s
        .lines
        .iter()
        .map(|l| format!("{} = 0", toml_key(l)))
        .collect();
    let _ = writeln!(w, "targets = {{ {} }}", targets.join(", "));
    let _ = writeln!(w);
    let _ = writeln!(w, "# Budget per line and heading (EUR).");
    let _ = writeln!(
        w,
        "# PLACEHOLDER: an even split of the total — REPLACE with the agreement's budget table."
    );
    if !s.indirect_pct.is_zero() {
        let _ = writeln!(
            w,
            "# Heading {} is the {} % flat rate of the line's direct costs.",
            s.indirect_heading,
            s.indirect_pct.normalize()
        );
    }
    let mut codes: Vec<&String> = s.headings.iter().collect();
    if !s.indirect_pct.is_zero() {
        codes.push(&s.indirect_heading);
    }
    for (l, row) in s.lines.iter().zip(placeholder_budget(s)) {
        let _ = writeln!(w, "[versions.budget.{}]", toml_key(l));
        for (h, amount) in codes.iter().zip(row) {
            let _ = writeln!(w, "{} = {}", q(h), q(&fmt2(&amount)));
        }
        let _ = writeln!(w);
    }
}

/// Commented examples: a payment received and other column headers.
fn closing(w: &mut String, s: &Scaffold) {
    let _ = writeln!(
        w,
        "# Payments received, shown on the claim cover (advance, interim payments)."
    );
    let _ = writeln!(w, "# [[payments]]");
    let _ = writeln!(w, "# date = {}", s.start);
    let _ = writeln!(w, "# kind = \"advance\"");
    let _ = writeln!(w, "# amount = \"0.00\"");
    let _ = writeln!(w, "# note = \"advance\"");
    let _ = writeln!(w);
    let _ = writeln!(w, "# Other header names for the input columns (e.g. an accounting system's export), per field id.");
    let _ = writeln!(w, "# [columns.expenses]");
    let _ = writeln!(w, "# amount = [\"Summa EUR\", \"Debet\"]");
}

/// A bare TOML key when it can be one, else quoted.
fn toml_key(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        s.to_string()
    } else {
        q(s)
    }
}

/// The rule parameters with the shipped project's comments and values (AMIF return rules):
/// keys that a grant without such costs never uses are harmless.
const PARAMS: &str = r#"# Rule parameters. A version below may override any of them from its effective date.
# The values are the shipped AMIF project's: REPLACE those your agreement sets differently.
[params]
# Days after the end of the eligibility period within which a payment still counts.
payment_grace_days = 0
# Recoverable VAT is deducted from the eligible amount.
vat_recoverable = true
# Indirect costs: flat rate (percent) of each line's eligible direct costs.
indirect_rate_pct = {indirect_pct}
# Headings left out of the indirect-cost base (codes).
indirect_excluded_headings = []
# A heading may exceed its budget (all lines together) by this percent of that budget.
flexibility_pct = "10"
# Interim payments and the advance may reach at most this percent of the grant before the final report.
interim_cap_pct = "90"
# Cash allowance per returnee (EUR), paid once, on the departure day (headings of kind cash_allowance).
cash_allowance = "100.00"
# Days the allowance may be paid before or after the departure day.
cash_allowance_tolerance_days = 0
# Food money per day of stay before departure (EUR; headings of kind food).
food_per_day = "3.00"
# Whether the night of the departure day is eligible accommodation (it is not).
accommodation_includes_departure_day = false
# Reintegration must be delivered within this many months after departure
# (same calendar date; 29 February → 28 February).
reintegration_months = 12
# At most this much reintegration assistance per case (EUR); remove the key for no cap.
reintegration_cap = "2000.00"
# Without a cap, packages above this amount are flagged for review (EUR).
reintegration_warn_above = "3000.00"
# Pseudonymous case ids must match this pattern (a warning otherwise).
case_id_pattern = '^[A-Z0-9][A-Z0-9/-]{2,31}$'
# IND-01: a line whose persons assisted exceed this percent of its target is flagged (info),
# a hint that the targets may need an amendment.
indicator_alert_pct = "120"
# Counts below this are suppressed in published breakdowns.
small_cell_threshold = 3
# Burn rate: the run-rate is the average of the last N months.
burn_run_rate_months = 3
# Burn rate: alert when % of budget used deviates from % of time elapsed by more (points).
burn_alert_pp = "15"
# Burn rate: a heading nears its flexibility limit at this percent of budget × (1 + flexibility).
burn_heading_near_pct = 90
# Burn rate: reintegration deadlines falling due within this many days are listed.
burn_deadline_window_days = 90
# Reviewer's monetary-unit sample: confidence level and tolerable error (percent).
review_confidence_pct = "90"
review_tolerable_error_pct = "2"
# Nationals of these countries are not third-country nationals (EU, EEA, Switzerland),
# ISO 3166 alpha-2 and alpha-3.
non_third_countries = [
  "AT", "AUT", "BE", "BEL", "BG", "BGR", "HR", "HRV", "CY", "CYP", "CZ", "CZE", "DK", "DNK",
  "EE", "EST", "FI", "FIN", "FR", "FRA", "DE", "DEU", "GR", "GRC", "HU", "HUN", "IE", "IRL",
  "IT", "ITA", "LV", "LVA", "LT", "LTU", "LU", "LUX", "MT", "MLT", "NL", "NLD", "PL", "POL",
  "PT", "PRT", "RO", "ROU", "SK", "SVK", "SI", "SVN", "ES", "ESP", "SE", "SWE",
  "IS", "ISL", "LI", "LIE", "NO", "NOR", "CH", "CHE",
]
# Countries that were members only up to a date (the United Kingdom: EU law applied to 2020-12-31).
members_until = { GB = 2020-12-31, GBR = 2020-12-31 }
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::project::parse_project;
    use std::collections::BTreeSet;
    use std::path::Path;
    use std::str::FromStr;

    fn scaffold(lines: &[&str], total: &str, rate: &str) -> Scaffold {
        Scaffold {
            number: "ISF/2021/7".into(),
            title_lv: "Robežu \"drošība\"".into(),
            title_en: "Border security".into(),
            beneficiary: "Valsts robežsardze".into(),
            authority: "Iekšlietu ministrija".into(),
            fund: "ISF".into(),
            lang: "en".into(),
            start: NaiveDate::from_ymd_opt(2021, 1, 1).expect("date"),
            end: NaiveDate::from_ymd_opt(2023, 6, 30).expect("date"),
            total: Decimal::from_str(total).expect("dec"),
            eu_share: Decimal::from(80),
            lines: lines.iter().map(|s| s.to_string()).collect(),
            headings: vec!["1".into(), "2".into(), "3".into()],
            indirect_heading: "7".into(),
            indirect_pct: Decimal::from_str(rate).expect("dec"),
        }
    }

    #[test]
    fn scaffold_parses_back_with_the_budget_adding_up() {
        // Awkward totals: odd cents over three lines, a 7 % and a 15 % flat rate, no indirect.
        for (lines, total, rate) in [
            (&["A1", "A2", "A3"][..], "532651.00", "7"),
            (&["B1", "B2"][..], "100000.01", "15"),
            (&["X"][..], "0.05", "7"),
            (&["L-1", "L.2"][..], "999.99", "0"),
        ] {
            let s = scaffold(lines, total, rate);
            let text = project_file_text(&s);
            let p = parse_project(&text, Path::new("new.toml"))
                .unwrap_or_else(|e| panic!("{lines:?} {total} {rate}: {e}\n{text}"));
            assert_eq!(p.versions[0].total, Decimal::from_str(total).unwrap());
            assert_eq!(p.lines.len(), lines.len());
            assert_eq!(p.sources[0].share, Decimal::from(80));
            assert_eq!(p.agreement.title.lv, "Robežu \"drošība\"");
        }
    }

    /// Every key path of a TOML document (array elements merged), to compare two files' keys.
    fn keys(v: &toml::Value, prefix: &str, out: &mut BTreeSet<String>) {
        match v {
            toml::Value::Table(t) => {
                for (k, x) in t {
                    let p = format!("{prefix}.{k}");
                    out.insert(p.clone());
                    keys(x, &p, out);
                }
            }
            toml::Value::Array(a) => {
                for x in a {
                    keys(x, prefix, out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn scaffold_has_the_shipped_files_keys() {
        let shipped: toml::Value =
            toml::from_str(include_str!("../../../budgets/ak-iom-pmif-2018-1.toml"))
                .expect("shipped project file");
        let made: toml::Value = toml::from_str(&project_file_text(&scaffold(
            &["A1", "A2", "A3"],
            "532651.00",
            "7",
        )))
        .expect("scaffold");
        let (mut a, mut b) = (BTreeSet::new(), BTreeSet::new());
        keys(&shipped, "", &mut a);
        keys(&made, "", &mut b);
        // Heading codes under the budget are data, not keys: compare the structure above them.
        let strip = |s: &BTreeSet<String>| -> BTreeSet<String> {
            s.iter()
                .filter(|k| !k.starts_with(".versions.budget."))
                .cloned()
                .collect()
        };
        assert_eq!(strip(&a), strip(&b));
    }
}
