//! IND-01: indicator counts recomputed from the ledger and the case register, each person
//! counted once per activity line, in the quarter of the event (PRODUCT.md, "Indicators"):
//! the first accommodation night (a line with accommodation or food costs), else the first
//! reintegration delivery, else the departure (returns). A person counts on a line when at
//! least one of their per-case costs on it is not wholly ineligible. `persons` is the reusable
//! count the claim and burn reports call; the rule reports, for information, departed cases
//! without a ticket or an allowance, reintegration for cases the register does not select, and
//! lines whose persons exceed the target by more than `indicator_alert_pct`.
//!
//! Evidence: the register's sex, year of birth, vulnerable and country-of-return columns for
//! the breakdowns, the departure date for the event, the reintegration column for the
//! selection. A register without one of the breakdown columns gives one "cannot verify"
//! warning naming it (the breakdown shows those persons as unknown — and, for the yes/no
//! column, as not vulnerable); without the departure-date column a person with neither a stay
//! nor a delivery has no event and is not counted — one warning says how many; without the
//! reintegration column the selection is not checked.

use super::{kind_of, left, Finding, Input, Removes, Rule, Severity, Stage};
use crate::i18n::Msg;
use crate::ledger::{Ledger, Target};
use crate::model::project::HeadingKind;
use crate::model::records::Sex;
use crate::model::Field;
use crate::model::{Money, Project, Quarter};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

pub(crate) static RULE: Rule = Rule {
    id: "IND-01",
    severity: Severity::Info,
    params: &["versions[].targets", "params.indicator_alert_pct"],
    evidence: &[
        super::ev(super::Input::Cases, Field::Sex),
        super::ev(super::Input::Cases, Field::BirthYear),
        super::ev(super::Input::Cases, Field::Vulnerable),
        super::ev(super::Input::Cases, Field::ReturnCountry),
        super::ev(super::Input::Cases, Field::DepartureDate),
        super::ev(super::Input::Cases, Field::Reintegration),
    ],
    removes: Removes::Nothing,
    stage: Stage::Total,
    check,
};

/// Age band of a person in the year of the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeBand {
    /// 0–17 (event year − birth year < 18).
    Minor,
    /// 18 and over.
    Adult,
    /// No year of birth.
    Unknown,
}

/// One person counted on one activity line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// Index into `Project::lines`.
    pub line: usize,
    /// Index into `Ledger::cases`.
    #[serde(skip)]
    pub case: usize,
    pub case_id: String,
    /// The event: first accommodation night, first reintegration delivery, or departure.
    pub date: NaiveDate,
    #[serde(serialize_with = "ser_display")]
    pub quarter: Quarter,
    pub sex: Option<Sex>,
    pub age_band: AgeBand,
    pub vulnerable: bool,
    pub return_country: Option<String>,
}

fn ser_display<S: serde::Serializer>(q: &Quarter, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(q)
}

/// Every person counted, per line, once, sorted by line, date and case id. `excluded` is each
/// entry's ineligible amount (`rules::ineligible_by_entry` of the findings).
pub fn persons(ledger: &Ledger, project: &Project, excluded: &[Money]) -> Vec<Person> {
    let nc = ledger.cases.len();
    let seen = seen_and_kinds(ledger, project, excluded).0;
    let mut out: Vec<Person> = seen
        .into_iter()
        .enumerate()
        .filter_map(|(k, s)| {
            let (l, ci) = (k / nc, k % nc);
            let c = &ledger.cases[ci];
            let date = s.event(c)?;
            Some(Person {
                line: l,
                case: ci,
                case_id: c.case_id.clone(),
                date,
                quarter: Quarter::of(date),
                sex: c.sex,
                age_band: match c.birth_year {
                    Some(y) if date.year() - y < 18 => AgeBand::Minor,
                    Some(_) => AgeBand::Adult,
                    None => AgeBand::Unknown,
                },
                vulnerable: c.vulnerable,
                return_country: c.return_country.clone(),
            })
        })
        .collect();
    // The case index last makes every key distinct: the same order as a stable sort.
    out.sort_unstable_by(|a, b| {
        (a.line, a.date, &a.case_id, a.case).cmp(&(b.line, b.date, &b.case_id, b.case))
    });
    out
}

/// What one person's costs on one line show: whether they count (a cost not wholly
/// ineligible), the first accommodation night and the first reintegration delivery.
#[derive(Default, Clone, Copy)]
struct Seen {
    counted: bool,
    first_stay: Option<NaiveDate>,
    first_delivery: Option<NaiveDate>,
}

impl Seen {
    /// The date the person counts on, if they count: the first accommodation night, else the
    /// first reintegration delivery, else the departure.
    fn event(&self, c: &crate::model::Case) -> Option<NaiveDate> {
        if !self.counted {
            return None;
        }
        self.first_stay.or(self.first_delivery).or(c.departure_date)
    }
}

/// Per line and case (index `line × cases + case`) what `persons` counts, and per case a bit
/// per heading kind (`1 << kind as u16`) it has a cost above zero under, whatever is
/// excluded: one pass over the entries for both.
fn seen_and_kinds(ledger: &Ledger, project: &Project, excluded: &[Money]) -> (Vec<Seen>, Vec<u16>) {
    // One slot per line and case, line by line: read in order, as a map by (line, case) would be.
    let nc = ledger.cases.len();
    let mut seen = vec![Seen::default(); project.lines.len() * nc];
    let mut kinds = vec![0u16; nc];
    for (i, e) in ledger.entries.iter().enumerate() {
        let (Some(ci), Some(kind)) = (e.case, kind_of(project, e)) else {
            continue;
        };
        let positive = e.expense.amount > Money::ZERO;
        if positive {
            kinds[ci] |= 1 << kind as u16;
        }
        let Target::Line(l) = e.target else {
            continue;
        };
        if e.base.is_none() || !positive || left(ledger, excluded, i) <= Money::ZERO {
            continue;
        }
        let s = &mut seen[l * nc + ci];
        s.counted = true;
        let min = |a: Option<NaiveDate>, b: NaiveDate| Some(a.map_or(b, |a| a.min(b)));
        match kind {
            HeadingKind::Accommodation | HeadingKind::Food => {
                s.first_stay = min(
                    s.first_stay,
                    e.expense
                        .service_from
                        .or(e.expense.service_to)
                        .unwrap_or(e.expense.doc_date),
                )
            }
            HeadingKind::Reintegration => {
                s.first_delivery = min(s.first_delivery, e.expense.doc_date)
            }
            _ => {}
        }
    }
    (seen, kinds)
}

fn info(ledger: &Ledger, c: &crate::model::Case, field: Field, message: Msg) -> Finding {
    Finding::on_case(&RULE, ledger, c, field, message)
}

fn check(ledger: &Ledger, project: &Project, done: &[Money]) -> Vec<Finding> {
    let (seen, kinds) = seen_and_kinds(ledger, project, done);
    let mut out = without_costs(ledger, project, &kinds);
    out.extend(missing_breakdown(ledger, &seen));
    out.extend(undated(ledger, &seen));
    out.extend(above_target(ledger, project, &seen));
    out
}

/// Departed cases without a ticket or an allowance line (where the project has such headings),
/// and reintegration costs of a case not selected for it. `kinds` is each case's heading kinds.
fn without_costs(ledger: &Ledger, project: &Project, kinds: &[u16]) -> Vec<Finding> {
    let mut out = Vec::new();
    let has_kind = |k: HeadingKind| project.headings.iter().any(|h| h.kind == k);
    let has_selection = Input::Cases.has_column(ledger, Field::Reintegration);
    let with = |ci: usize, k: HeadingKind| kinds[ci] & (1 << k as u16) != 0;
    for (ci, c) in ledger.cases.iter().enumerate() {
        let Some(dep) = c.departure_date else {
            continue;
        };
        for (k, key) in [
            (HeadingKind::Ticket, "ind01-no-ticket"),
            (HeadingKind::CashAllowance, "ind01-no-allowance"),
        ] {
            if has_kind(k) && !with(ci, k) {
                out.push(info(
                    ledger,
                    c,
                    Field::DepartureDate,
                    Msg::new(key).arg("case", &c.case_id).arg("dep", dep),
                ));
            }
        }
        if has_selection && !c.reintegration && with(ci, HeadingKind::Reintegration) {
            out.push(info(
                ledger,
                c,
                Field::Reintegration,
                Msg::new("ind01-not-selected").arg("case", &c.case_id),
            ));
        }
    }
    out
}

/// Breakdown columns the register lacks, for the persons counted.
fn missing_breakdown(ledger: &Ledger, seen: &[Seen]) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut counted: Vec<bool> = vec![false; ledger.cases.len()];
    for (k, s) in seen.iter().enumerate() {
        let ci = k % ledger.cases.len().max(1);
        counted[ci] |= s.event(&ledger.cases[ci]).is_some();
    }
    let counted = counted.iter().filter(|x| **x).count();
    for field in [
        Field::Sex,
        Field::BirthYear,
        Field::Vulnerable,
        Field::ReturnCountry,
    ] {
        if counted > 0 && !Input::Cases.has_column(ledger, field) {
            let (lv, en) = Input::Cases.headers(field);
            let mut f = Finding::missing_column(
                &RULE,
                ledger,
                Input::Cases,
                field,
                counted,
                Msg::new("rules-what-breakdown"),
            );
            f.message = Msg::new("ind01-missing-column")
                .arg("n", counted)
                .arg("lv", lv)
                .arg("en", en);
            out.push(f);
        }
    }
    out
}

/// Without a departure-date column a person with costs but no stay or delivery has no event:
/// not counted, and said so.
fn undated(ledger: &Ledger, seen: &[Seen]) -> Option<Finding> {
    if Input::Cases.has_column(ledger, Field::DepartureDate) {
        return None;
    }
    let nc = ledger.cases.len().max(1);
    let mut undated = vec![false; ledger.cases.len()];
    for (k, s) in seen.iter().enumerate() {
        undated[k % nc] |= s.counted && s.event(&ledger.cases[k % nc]).is_none();
    }
    let n = undated.iter().filter(|x| **x).count();
    if n == 0 {
        return None;
    }
    let (lv, en) = Input::Cases.headers(Field::DepartureDate);
    let mut f = Finding::missing_column(
        &RULE,
        ledger,
        Input::Cases,
        Field::DepartureDate,
        n,
        Msg::new("rules-what-breakdown"),
    );
    f.message = Msg::new("ind01-no-departures")
        .arg("n", n)
        .arg("lv", lv)
        .arg("en", en);
    Some(f)
}

/// Persons per line against the target of the latest version.
fn above_target(ledger: &Ledger, project: &Project, seen: &[Seen]) -> Vec<Finding> {
    let mut out = Vec::new();
    let v = project.latest_version();
    for (l, line) in project.lines.iter().enumerate() {
        // The persons `persons` lists on the line, without building them.
        let nc = ledger.cases.len();
        let n = seen[l * nc..(l + 1) * nc]
            .iter()
            .zip(&ledger.cases)
            .filter(|(s, c)| s.event(c).is_some())
            .count();
        let target = v.targets[l];
        let alert = crate::model::money::pct_of(target.into(), v.params.indicator_alert_pct);
        if target > 0 && Money::from(n) > alert {
            out.push(Finding {
                rule: RULE.id,
                severity: RULE.severity,
                entry: None,
                entry_id: None,
                case_id: None,
                at: None,
                ineligible: Money::ZERO,
                message: Msg::new("ind01-above-target")
                    .arg("line", &line.code)
                    .arg("n", n)
                    .num("pct", v.params.indicator_alert_pct)
                    .arg("target", target)
                    .arg("version", v.number),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testkit::*;

    fn fixture(p: &Project) -> Ledger {
        let mut child = case("C-2", Some("2020-01-01"), Some("2020-03-10"));
        child.birth_year = Some(2003); // 17 in 2020
        child.sex = Some(Sex::F);
        let mut stay = cost(
            "E5",
            "A3",
            "4.6",
            Some("C-2"),
            "50.00",
            "2020-03-09",
            "2020-03-12",
        );
        stay.service_from = Some(d("2020-03-05"));
        stay.service_to = Some(d("2020-03-09"));
        let mut eu = case("C-3", Some("2020-01-01"), Some("2020-03-10"));
        eu.nationality = "PL".into();
        ledger(
            p,
            vec![
                cost(
                    "E1",
                    "A1",
                    "4.2",
                    Some("C-1"),
                    "300.00",
                    "2020-02-01",
                    "2020-02-01",
                ),
                cost(
                    "E2",
                    "A1",
                    "4.3",
                    Some("C-1"),
                    "100.00",
                    "2020-02-29",
                    "2020-02-29",
                ),
                cost(
                    "E3",
                    "A1",
                    "4.2",
                    Some("C-2"),
                    "300.00",
                    "2020-02-01",
                    "2020-02-01",
                ),
                cost(
                    "E4",
                    "A2",
                    "4.5",
                    Some("C-1"),
                    "500.00",
                    "2020-06-30",
                    "2020-07-02",
                ),
                stay,
                cost(
                    "E6",
                    "A1",
                    "4.2",
                    Some("C-3"),
                    "300.00",
                    "2020-02-01",
                    "2020-02-01",
                ),
                cost(
                    "E7",
                    "A2",
                    "4.5",
                    Some("C-1"),
                    "500.00",
                    "2020-08-30",
                    "2020-09-02",
                ),
            ],
            vec![
                case("C-1", Some("2020-01-01"), Some("2020-02-29")),
                child,
                eu,
            ],
        )
    }

    #[test]
    fn each_person_counts_once_per_line_in_the_quarter_of_the_event() {
        let p = project();
        let l = fixture(&p);
        let excluded = crate::rules::ineligible_by_entry(&l, &crate::rules::check_all(&l, &p));
        let people = persons(&l, &p, &excluded);
        let got: Vec<(usize, &str, String, AgeBand)> = people
            .iter()
            .map(|x| {
                (
                    x.line,
                    x.case_id.as_str(),
                    x.quarter.to_string(),
                    x.age_band,
                )
            })
            .collect();
        // C-3 (PL) is excluded by TG-02; C-1 counts once on A2 (first delivery 30 June).
        assert_eq!(
            got.iter()
                .map(|(a, b, c, _)| (*a, *b, c.as_str()))
                .collect::<Vec<_>>(),
            vec![
                (0, "C-1", "2020-Q1"),
                (0, "C-2", "2020-Q1"),
                (1, "C-1", "2020-Q2"),
                (2, "C-2", "2020-Q1")
            ]
        );
        assert_eq!(got[1].3, AgeBand::Minor);
        assert_eq!(got[0].3, AgeBand::Adult);
    }

    #[test]
    fn information_on_missing_costs_and_targets() {
        let p = project();
        let l = fixture(&p);
        let f = run(&RULE, &p, &l);
        let msgs: Vec<String> = f.iter().map(|x| x.message.text(Lang::En)).collect();
        // C-2 and C-3 have no allowance; every finding is information.
        assert_eq!(
            f.iter()
                .filter(|x| x.message.text(Lang::En).contains("no cash allowance"))
                .count(),
            2,
            "{msgs:?}"
        );
        assert!(f
            .iter()
            .all(|x| x.severity == Severity::Info && x.ineligible.is_zero()));
        // Persons A1 2, A2 1, A3 1 against targets 5, 3, 2: none above 120 %; at 40 % only
        // A3 (1 > 0.8; A1 2 > 2.0 and A2 1 > 1.2 are not).
        assert!(!msgs.iter().any(|m| m.contains("target")));
        let p = project_with("indicator_alert_pct", "\"40\"");
        let l = fixture(&p);
        let f = run(&RULE, &p, &l);
        let lines: Vec<String> = f
            .iter()
            .filter(|x| x.message.text(Lang::En).contains("target"))
            .map(|x| x.message.text(Lang::En)[..7].to_string())
            .collect();
        assert_eq!(lines, vec!["line A3"]);
    }

    #[test]
    fn without_a_breakdown_column_a_warning_names_it() {
        let p = project();
        let l = without_columns(fixture(&p), &["vulnerable", "sex", "reintegration"]);
        let f = run(&RULE, &p, &l);
        let warned: Vec<String> = f
            .iter()
            .filter(|x| x.severity == Severity::Warning)
            .map(|x| x.message.text(Lang::En))
            .collect();
        assert_eq!(warned.len(), 2, "{warned:?}");
        assert!(warned[0].contains("Dzimums"), "{warned:?}");
        assert!(warned[1].contains("Ievainojams"), "{warned:?}");
        assert!(f.iter().all(|x| x.ineligible.is_zero()));
    }

    #[test]
    fn without_the_departure_date_column_returns_are_not_counted_and_it_is_said() {
        let p = project();
        let mut l = fixture(&p);
        for c in &mut l.cases {
            c.departure_date = None;
        }
        let l = without_columns(l, &["departure_date"]);
        let f = run(&RULE, &p, &l);
        let warned: Vec<String> = f
            .iter()
            .filter(|x| x.severity == Severity::Warning)
            .map(|x| x.message.text(Lang::En))
            .collect();
        assert_eq!(warned.len(), 1, "{warned:?}");
        assert!(warned[0].contains("Izceļošanas datums"), "{warned:?}");
        assert!(f.iter().all(|x| x.ineligible.is_zero()));
    }
}
