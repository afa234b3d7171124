//! Indicators: persons assisted per activity line in a period and cumulatively, against the
//! targets, by sex, age band, vulnerability and country of return. A person counts once per line,
//! in the quarter of the line's event (PRODUCT.md, "Indicators"); pure, over project and ledger.

pub(crate) use crate::rules::ind01_indicators::{persons, AgeBand, Person};

use crate::ledger::Ledger;
use crate::model::project::{HeadingKind, Lang, Project};
use crate::model::records::Sex;
use crate::model::{Money, Quarter};
use serde::Serialize;
use std::collections::BTreeMap;

/// The event that makes a person count for a line, read from the kinds of heading the line is
/// budgeted for: a ticket, travel document, transit or cash allowance means returns (counted on
/// the departure date); reintegration means the first reintegration delivery payment;
/// accommodation or food means the first accommodation night.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    Departure,
    Reintegration,
    Accommodation,
}

/// Counts of persons, with the breakdowns the indicator table shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Breakdown {
    pub persons: u32,
    pub women: u32,
    pub men: u32,
    /// Sex X or not recorded.
    pub sex_other: u32,
    /// Age band 0–17 in the event year (event year − birth year).
    pub children: u32,
    /// Age band 18+.
    pub adults: u32,
    /// Year of birth not recorded.
    pub age_unknown: u32,
    pub vulnerable: u32,
}

impl Breakdown {
    fn add(&mut self, p: &Person) {
        self.persons += 1;
        match p.sex {
            Some(Sex::F) => self.women += 1,
            Some(Sex::M) => self.men += 1,
            _ => self.sex_other += 1,
        }
        match p.age_band {
            AgeBand::Minor => self.children += 1,
            AgeBand::Adult => self.adults += 1,
            AgeBand::Unknown => self.age_unknown += 1,
        }
        if p.vulnerable {
            self.vulnerable += 1;
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorLine {
    pub line: String,
    pub indicator: String,
    pub event: Option<Event>,
    pub target: u32,
    pub period: Breakdown,
    pub cumulative: Breakdown,
    /// Cumulative persons as a percentage of the target, one decimal (none without a target).
    pub pct_of_target: Option<String>,
}

/// Persons by country of return; counts below the threshold are suppressed (`None`).
#[derive(Debug, Clone, Serialize)]
pub struct CountryRow {
    pub line: String,
    pub country: String,
    pub period: Option<u32>,
    pub cumulative: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Indicators {
    pub lines: Vec<IndicatorLine>,
    pub by_country: Vec<CountryRow>,
    /// Counts from 1 to below this number are not published in the by-country breakdown.
    pub small_cell_threshold: u32,
}

/// The event a line's indicator counts, from the heading kinds it has a budget for (in any
/// version): reintegration or accommodation when the line budgets them, else a return when it
/// budgets tickets, travel documents, transit or cash allowance. Only a label: who counts and
/// when comes from [`persons`].
pub(crate) fn line_event(project: &Project, line: usize) -> Option<Event> {
    let has = |kinds: &[HeadingKind]| {
        project.headings.iter().enumerate().any(|(h, hd)| {
            kinds.contains(&hd.kind)
                && project
                    .versions
                    .iter()
                    .any(|v| !v.budget[line][h].is_zero())
        })
    };
    use HeadingKind::*;
    if has(&[Reintegration]) {
        Some(Event::Reintegration)
    } else if has(&[Accommodation, Food]) {
        Some(Event::Accommodation)
    } else if has(&[Ticket, TravelDocument, Transit, CashAllowance]) {
        Some(Event::Departure)
    } else {
        None
    }
}

/// Counts persons per line in `quarters` (the period) and cumulatively up to its last quarter,
/// from [`persons`] (the one count the IND-01 rule and the burn report use too). `ineligible`
/// is each entry's ineligible amount: a person counts on a line when one of their costs on it
/// is not wholly ineligible.
pub(crate) fn count(
    project: &Project,
    ledger: &Ledger,
    ineligible: &[Money],
    quarters: &[Quarter],
    lang: Lang,
) -> Indicators {
    let (Some(&first), Some(&last)) = (quarters.first(), quarters.last()) else {
        return Indicators {
            lines: Vec::new(),
            by_country: Vec::new(),
            small_cell_threshold: 0,
        };
    };
    let version = project.version_on(last.last_day());
    let threshold = version.params.small_cell_threshold;
    let suppress = |n: u32| (n == 0 || n >= threshold).then_some(n);
    let people = persons(ledger, project, ineligible);
    let mut lines = Vec::new();
    let mut by_country = Vec::new();
    for (l, line) in project.lines.iter().enumerate() {
        let event = line_event(project, l);
        let mut period = Breakdown::default();
        let mut cumulative = Breakdown::default();
        let mut countries: BTreeMap<String, (u32, u32)> = BTreeMap::new();
        for p in people.iter().filter(|p| p.line == l && p.quarter <= last) {
            cumulative.add(p);
            let country = p.return_country.clone().unwrap_or_else(|| "—".into());
            let cc = countries.entry(country).or_default();
            cc.1 += 1;
            if p.quarter >= first {
                period.add(p);
                cc.0 += 1;
            }
        }
        let target = version.targets.get(l).copied().unwrap_or(0);
        let pct_of_target = (target > 0).then(|| {
            let pct = rust_decimal::Decimal::from(cumulative.persons)
                * rust_decimal::Decimal::ONE_HUNDRED
                / rust_decimal::Decimal::from(target);
            crate::model::money::round_half_up(pct, 1).to_string()
        });
        for (country, (p, c)) in countries {
            by_country.push(CountryRow {
                line: line.code.clone(),
                country,
                period: suppress(p),
                cumulative: suppress(c),
            });
        }
        lines.push(IndicatorLine {
            line: line.code.clone(),
            indicator: line.indicator.get(lang).to_string(),
            event,
            target,
            period,
            cumulative,
            pct_of_target,
        });
    }
    Indicators {
        lines,
        by_country,
        small_cell_threshold: threshold,
    }
}
