//! The one header every report carries, in every format: its title, the agreement, the
//! beneficiary, the period as the reader names it, and the language. Built once from the report
//! model; each format lays it out (a workbook's title row and document properties, a page's
//! `<title>` and `<h1>`).

use crate::i18n::tr;
use crate::model::project::Lang;
use crate::render::labels::label;
use crate::report::burn::BurnReport;
use crate::report::check::CheckReport;
use crate::report::claim::ClaimReport;
use crate::report::review::ReviewReport;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Header {
    /// The report's title in its language ("Starpposma maksājuma pieprasījums" …).
    pub title: String,
    /// The grant agreement's number.
    pub agreement: String,
    /// The beneficiary, where the report's model names it (the check and review models don't).
    pub beneficiary: Option<String>,
    /// The period as a heading names it: a claim's quarter, year or whole project, the
    /// reviewed claim's period, the burn report's as-of date; none for `check` (all inputs).
    pub period: String,
    pub lang: Lang,
}

impl Header {
    /// A report's first line: "Title — period", or for a report without one (`check`)
    /// "Title — agreement".
    pub fn heading(&self) -> String {
        let after = if self.period.is_empty() {
            &self.agreement
        } else {
            &self.period
        };
        format!("{} — {after}", self.title)
    }

    /// The document's own title (a workbook's properties, a page's `<title>`): title,
    /// agreement and period.
    pub fn document_title(&self) -> String {
        [&self.title, &self.agreement, &self.period]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn claim(r: &ClaimReport) -> Header {
        let title = if r.claim_type == "final" {
            "title_final"
        } else {
            "title_interim"
        };
        Header {
            title: label(r.lang, title).to_string(),
            agreement: r.agreement.number.clone(),
            beneficiary: Some(r.agreement.beneficiary.clone()),
            period: crate::render::words::claim::period_label(r),
            lang: r.lang,
        }
    }

    pub fn burn(r: &BurnReport) -> Header {
        Header {
            title: tr(r.lang, "burn-title"),
            agreement: r.agreement.number.clone(),
            beneficiary: Some(r.agreement.beneficiary.clone()),
            period: crate::i18n::fmt::date_str(r.lang, &r.as_of.to_string()),
            lang: r.lang,
        }
    }

    pub fn review(r: &ReviewReport) -> Header {
        Header {
            title: tr(r.lang, "review-title"),
            agreement: r.claim.agreement.clone(),
            beneficiary: None,
            period: r.claim.period.clone(),
            lang: r.lang,
        }
    }

    pub fn check(r: &CheckReport) -> Header {
        Header {
            title: label(r.lang, "findings_report").to_string(),
            agreement: r.agreement.clone(),
            beneficiary: None,
            period: String::new(),
            lang: r.lang,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(period: &str) -> Header {
        Header {
            title: "Findings".into(),
            agreement: "AK/IOM/PMIF/2018/1".into(),
            beneficiary: None,
            period: period.into(),
            lang: Lang::En,
        }
    }

    #[test]
    fn a_report_without_a_period_is_headed_by_its_agreement() {
        let h = header("2020-Q3");
        assert_eq!(h.heading(), "Findings — 2020-Q3");
        assert_eq!(h.document_title(), "Findings AK/IOM/PMIF/2018/1 2020-Q3");
        let h = header("");
        assert_eq!(h.heading(), "Findings — AK/IOM/PMIF/2018/1");
        // No trailing space where the period would stand.
        assert_eq!(h.document_title(), "Findings AK/IOM/PMIF/2018/1");
    }
}
