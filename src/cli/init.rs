//! `grantbook init`: scaffolds a new project file from flags, prompting on a terminal for what
//! is missing; the text is parsed back with the real project-file reader before it is written.

use super::{Global, LangArg};
use crate::i18n::{Msg, MsgContext};
use crate::import::project::parse_project;
use crate::render::scaffold::project_file::{project_file_text, Scaffold};
use chrono::NaiveDate;
use clap::Args;
use rust_decimal::Decimal;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::str::FromStr;

pub(crate) const AFTER_HELP: &str = "Values not given as flags are asked for when standard input is a terminal. The file explains\nevery key; the budget is an even placeholder split marked REPLACE, as are names and targets.\n\nExamples:\n  grantbook init\n  grantbook init --number ISF/2021/3 --title \"Border surveillance\" --fund ISF \\\n      --start 2021-01-01 --end 2023-12-31 --total 250000 --eu-share 80 --lines B1,B2 \\\n      --to examples/border/project.toml\n  grantbook init --number X/1 --title T --start 2020-01-01 --end 2020-12-31 --total 1000 \\\n      --lines A1 --headings 1,2 --indirect-pct 0";

#[derive(Args, Debug)]
pub(crate) struct InitArgs {
    /// Where to write the project file [default: budgets/<agreement number>.toml]
    #[arg(long, value_name = "FILE")]
    pub to: Option<PathBuf>,
    /// The grant agreement number, e.g. AK/IOM/PMIF/2018/1
    #[arg(long)]
    pub number: Option<String>,
    /// The project title (Latvian, and English unless --title-en is given)
    #[arg(long)]
    pub title: Option<String>,
    /// The project title in English
    #[arg(long)]
    pub title_en: Option<String>,
    /// The beneficiary
    #[arg(long, default_value = "REPLACE: beneficiary")]
    pub beneficiary: String,
    /// The responsible authority that receives the claims
    #[arg(long, default_value = "REPLACE: responsible authority")]
    pub authority: String,
    /// The EU fund's code: AMIF, ISF, BMVI …
    #[arg(long, default_value = "AMIF")]
    pub fund: String,
    /// First day of the eligibility period, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// Last day of the eligibility period, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub end: Option<String>,
    /// The total eligible budget, e.g. 532651.00
    #[arg(long, value_name = "AMOUNT")]
    pub total: Option<String>,
    /// The EU fund's share in percent; the state budget takes the rest
    #[arg(long, value_name = "PCT", default_value = "75")]
    pub eu_share: String,
    /// Activity line codes, a comma list
    #[arg(long, value_name = "CODES")]
    pub lines: Option<String>,
    /// Direct-cost budget heading codes, a comma list
    #[arg(long, value_name = "CODES", default_value = "1,2,3,4,5,6")]
    pub headings: String,
    /// Indirect costs as a flat rate of direct costs, percent (0: no indirect heading)
    #[arg(long, value_name = "PCT", default_value = "7")]
    pub indirect_pct: String,
    /// The indirect-cost heading's code
    #[arg(long, value_name = "CODE", default_value = "7")]
    pub indirect_heading: String,
}

/// A value from its flag, or from a prompt on a terminal, or an error naming the flag.
fn value(given: &Option<String>, flag: &str, question: &str) -> anyhow::Result<String> {
    if let Some(v) = given {
        return Ok(v.trim().to_string());
    }
    if !std::io::stdin().is_terminal() {
        crate::bail_msg!(Msg::new("err-cli-init-missing").arg("flag", flag));
    }
    let mut err = std::io::stderr().lock();
    let mut line = String::new();
    loop {
        write!(err, "{question}: ")?;
        err.flush()?;
        line.clear();
        if std::io::stdin().lock().read_line(&mut line)? == 0 {
            crate::bail_msg!(Msg::new("err-cli-init-eof").arg("flag", flag));
        }
        if !line.trim().is_empty() {
            return Ok(line.trim().to_string());
        }
    }
}

fn date(s: &str, flag: &str) -> anyhow::Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").msg_context(|| {
        Msg::new("err-cli-init-date")
            .arg("flag", flag)
            .arg("value", s)
    })
}

fn decimal(s: &str, flag: &str) -> anyhow::Result<Decimal> {
    Decimal::from_str(&s.replace([' ', '\u{a0}'], "").replace(',', ".")).msg_context(|| {
        Msg::new("err-cli-init-number")
            .arg("flag", flag)
            .arg("value", s)
    })
}

fn codes(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect()
}

/// `AK/IOM/PMIF/2018/1` → `ak-iom-pmif-2018-1`.
fn slug(number: &str) -> String {
    let mut s = String::new();
    for c in number.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        "project".into()
    } else {
        s
    }
}

pub(crate) fn run(g: &Global, a: &InitArgs) -> anyhow::Result<u8> {
    let number = value(
        &a.number,
        "number",
        "Grant agreement number (e.g. AK/IOM/PMIF/2018/1)",
    )?;
    let title = value(&a.title, "title", "Project title")?;
    let start = date(
        &value(&a.start, "start", "Eligibility period start (YYYY-MM-DD)")?,
        "start",
    )?;
    let end = date(
        &value(&a.end, "end", "Eligibility period end (YYYY-MM-DD)")?,
        "end",
    )?;
    let total = decimal(
        &value(&a.total, "total", "Total eligible budget (e.g. 532651.00)")?,
        "total",
    )?;
    let lines = codes(&value(
        &a.lines,
        "lines",
        "Activity line codes, comma-separated (e.g. A1,A2,A3)",
    )?);
    let eu_share = decimal(&a.eu_share, "eu-share")?;
    let indirect_pct = decimal(&a.indirect_pct, "indirect-pct")?;
    if eu_share <= Decimal::ZERO || eu_share > Decimal::ONE_HUNDRED {
        crate::bail_msg!(Msg::new("err-cli-init-share").arg("value", eu_share.to_string()));
    }
    if total <= Decimal::ZERO || total.normalize().scale() > 2 {
        crate::bail_msg!(Msg::new("err-cli-init-total").arg("value", total.to_string()));
    }
    if lines.is_empty() {
        crate::bail_msg!(Msg::new("err-cli-init-lines"));
    }
    let scaffold = Scaffold {
        title_en: a.title_en.clone().unwrap_or_else(|| title.clone()),
        title_lv: title,
        beneficiary: a.beneficiary.clone(),
        authority: a.authority.clone(),
        fund: a.fund.trim().to_string(),
        lang: match g.lang {
            Some(LangArg::En) => "en".into(),
            _ => "lv".into(),
        },
        start,
        end,
        total,
        eu_share,
        lines,
        headings: codes(&a.headings),
        indirect_heading: a.indirect_heading.trim().to_string(),
        indirect_pct,
        number,
    };
    let to = a.to.clone().unwrap_or_else(|| {
        PathBuf::from("budgets").join(format!("{}.toml", slug(&scaffold.number)))
    });
    if to.exists() {
        crate::bail_msg!(Msg::new("err-cli-init-exists").arg("path", to.display().to_string()));
    }
    let text = project_file_text(&scaffold);
    // The real reader is the judge: a file init writes always loads.
    parse_project(&text, &to).msg_context(|| Msg::new("err-cli-init-inconsistent"))?;
    crate::render::write_atomic(&to, text.as_bytes(), &[])?;
    if !g.quiet {
        println!("wrote {}", to.display());
        println!("  next: replace every REPLACE (names, targets, the placeholder budget) with the agreement's values,");
        println!(
            "  then `grantbook template expenses --project {}` for an input workbook to fill in.",
            to.display()
        );
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn agreement_numbers_become_file_names() {
        assert_eq!(super::slug("AK/IOM/PMIF/2018/1"), "ak-iom-pmif-2018-1");
        assert_eq!(super::slug(" ISF 2021 / 3 "), "isf-2021-3");
        assert_eq!(super::slug("//"), "project");
    }
}
