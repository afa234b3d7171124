//! Calendar months and quarters, and the claim period a report covers. A cost belongs to the
//! quarter that contains its payment date; a year and the final report are sums of quarters.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::fmt;

/// A calendar month, e.g. `2020-07`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn of(d: NaiveDate) -> Month {
        Month {
            year: d.year(),
            month: d.month(),
        }
    }
    /// Months since year 0, for arithmetic and as a compact key.
    pub fn index(self) -> i32 {
        self.year * 12 + self.month as i32 - 1
    }
    pub(crate) fn from_index(i: i32) -> Month {
        Month {
            year: i.div_euclid(12),
            month: (i.rem_euclid(12) + 1) as u32,
        }
    }
    pub fn quarter(self) -> Quarter {
        Quarter {
            year: self.year,
            q: (self.month - 1) / 3 + 1,
        }
    }
    pub(crate) fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("valid month")
    }
    pub fn last_day(self) -> NaiveDate {
        Month::from_index(self.index() + 1)
            .first_day()
            .pred_opt()
            .expect("valid date")
    }
    /// Parses `YYYY-MM`.
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.trim().split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        let month: u32 = m.parse().ok()?;
        (1..=12).contains(&month).then_some(Month { year, month })
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A calendar quarter, e.g. `2020-Q3`: the unit every claim is computed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub year: i32,
    pub q: u32,
}

impl Quarter {
    pub fn of(d: NaiveDate) -> Quarter {
        Month::of(d).quarter()
    }
    pub(crate) fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, (self.q - 1) * 3 + 1, 1).expect("valid quarter")
    }
    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().expect("valid date")
    }
    pub fn next(self) -> Quarter {
        if self.q == 4 {
            Quarter {
                year: self.year + 1,
                q: 1,
            }
        } else {
            Quarter {
                year: self.year,
                q: self.q + 1,
            }
        }
    }
    /// Every quarter from `from` to `to`, both included.
    pub fn range(from: Quarter, to: Quarter) -> Vec<Quarter> {
        let mut v = Vec::new();
        let mut q = from;
        while q <= to {
            v.push(q);
            q = q.next();
        }
        v
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.q)
    }
}

/// What a claim covers: one quarter, a calendar year, or the whole project (final report).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum ClaimPeriod {
    Quarter {
        #[serde(serialize_with = "ser_display")]
        quarter: Quarter,
    },
    Year {
        year: i32,
    },
    Final,
}

fn ser_display<T: fmt::Display, S: serde::Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

impl ClaimPeriod {
    /// Parses `2020-Q3` or `2020` (the `--period` argument).
    pub fn parse(s: &str) -> Result<ClaimPeriod, String> {
        let t = s.trim();
        if let Some((y, q)) = t.split_once(['-', ' ']) {
            let year: i32 = y.parse().map_err(|_| bad(s))?;
            let q = q.trim_start_matches(['Q', 'q']);
            let q: u32 = q.parse().map_err(|_| bad(s))?;
            if !(1..=4).contains(&q) || !(1900..=2100).contains(&year) {
                return Err(bad(s));
            }
            return Ok(ClaimPeriod::Quarter {
                quarter: Quarter { year, q },
            });
        }
        let year: i32 = t.parse().map_err(|_| bad(s))?;
        if !(1900..=2100).contains(&year) {
            return Err(bad(s));
        }
        Ok(ClaimPeriod::Year { year })
    }

    /// The file-name label: `2020-Q3`, `2020`, `final`.
    pub fn label(&self) -> String {
        match self {
            ClaimPeriod::Quarter { quarter } => quarter.to_string(),
            ClaimPeriod::Year { year } => year.to_string(),
            ClaimPeriod::Final => "final".to_string(),
        }
    }

    /// The quarters the period covers, given the project's quarters (first..last).
    pub fn quarters(&self, project_first: Quarter, project_last: Quarter) -> Vec<Quarter> {
        match self {
            ClaimPeriod::Quarter { quarter } => vec![*quarter],
            ClaimPeriod::Year { year } => (1..=4).map(|q| Quarter { year: *year, q }).collect(),
            ClaimPeriod::Final => Quarter::range(project_first, project_last),
        }
    }
}

fn bad(s: &str) -> String {
    format!("expected a period like 2020-Q3 or 2020, found {s:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_quarters_and_years() {
        assert_eq!(ClaimPeriod::parse("2020-Q3").unwrap().label(), "2020-Q3");
        assert_eq!(ClaimPeriod::parse("2020").unwrap().label(), "2020");
        assert!(ClaimPeriod::parse("2020-Q5").is_err());
        assert!(ClaimPeriod::parse("Q3").is_err());
    }

    #[test]
    fn quarter_bounds() {
        let q = Quarter { year: 2020, q: 1 };
        assert_eq!(q.last_day().to_string(), "2020-03-31");
        assert_eq!(Quarter::range(q, Quarter { year: 2021, q: 1 }).len(), 5);
        assert_eq!(
            Month::parse("2019-02").unwrap().last_day().to_string(),
            "2019-02-28"
        );
    }
}
