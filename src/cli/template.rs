//! `grantbook template expenses|cases|rates`: writes an empty input workbook to `--out`
//! (`out/expenses-template.xlsx`), refusing to overwrite an existing file without `--force`.

use super::{Global, LangArg};
use crate::i18n::{Msg, MsgContext, UserError};
use crate::import;
use crate::model::project::Lang;
use crate::render::scaffold::field_help::Table;
use crate::render::scaffold::template::template_as_xlsx;
use clap::{Args, ValueEnum};

pub(crate) const AFTER_HELP: &str = "The workbook has the importer's own headers (Latvian with --lang lv, English with --lang en),\ndrop-downs for the project file's activity and heading codes and for yes/no, date and money\nformats, a frozen header row and an instructions sheet. A filled template imports as it is.\n\nExamples:\n  grantbook template expenses                  # out/expenses-template.xlsx\n  grantbook template cases --lang en --out forms/\n  grantbook template rates --force             # overwrite an earlier template";

#[derive(Args, Debug)]
pub(crate) struct TemplateArgs {
    /// Which input: the expense ledger, the case register or the exchange rates
    #[arg(value_enum)]
    pub input: InputArg,
    /// Overwrite an existing file
    #[arg(long)]
    pub force: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum InputArg {
    Expenses,
    Cases,
    Rates,
}

pub(crate) fn run(g: &Global, a: &TemplateArgs) -> anyhow::Result<u8> {
    let table = match a.input {
        InputArg::Expenses => Table::Expenses,
        InputArg::Cases => Table::Cases,
        InputArg::Rates => Table::Rates,
    };
    // The expense template needs the project's codes; the others use the project file when
    // there is one (for its language), and work without.
    let project = match import::find_project(g.project.as_deref()) {
        Ok(path) => Some(import::project::read_project(&path)?),
        Err(_) if table != Table::Expenses => None,
        Err(e) => return Err(UserError::because(Msg::new("err-cli-template-codes"), e).into()),
    };
    let lang = match g.lang {
        Some(LangArg::Lv) => Lang::Lv,
        Some(LangArg::En) => Lang::En,
        None => project.as_ref().map(|p| p.default_lang).unwrap_or_default(),
    };
    let path = g.out.join(format!("{}-template.xlsx", table.stem()));
    if path.exists() && !a.force {
        crate::bail_msg!(Msg::new("err-cli-exists-force").arg("path", path.display().to_string()));
    }
    let bytes = template_as_xlsx(table, project.as_ref(), lang)
        .msg_context(|| Msg::new("err-cli-build-template").arg("table", table.stem()))?;
    let mut inputs = Vec::new();
    if let Some(p) = &project {
        inputs.extend(
            [&p.inputs.expenses, &p.inputs.cases, &p.inputs.rates]
                .into_iter()
                .flatten()
                .cloned(),
        );
        inputs.push(p.path.clone());
    }
    crate::render::write_atomic(&path, &bytes, &inputs)?;
    if !g.quiet {
        println!(
            "{}",
            crate::render::text::wrote(lang, &path.display().to_string())
        );
    }
    Ok(0)
}
