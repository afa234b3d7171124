//! `grantbook completions SHELL` and `grantbook man`: shell completions (clap_complete) and the
//! man pages (clap_mangen), generated from the same clap definitions the parser uses, printed
//! on stdout or written under `--out DIR`. The copies committed under docs/ are checked by a test.

use super::{Cli, Global};
use crate::i18n::{Msg, MsgContext};
use clap::{Args, CommandFactory, ValueEnum};
use clap_complete::Shell;
use std::path::{Path, PathBuf};

pub(crate) const COMPLETIONS_HELP: &str = "Examples:\n  grantbook completions bash > ~/.local/share/bash-completion/completions/grantbook\n  grantbook completions zsh > ~/.zfunc/_grantbook\n  grantbook completions fish > ~/.config/fish/completions/grantbook.fish\n  grantbook completions powershell >> $PROFILE\n  grantbook completions bash --out docs/completions";

pub(crate) const MAN_HELP: &str = "Examples:\n  grantbook man | man -l -\n  grantbook man --out docs/man    # grantbook.1 and grantbook-<command>.1";

#[derive(Args, Debug)]
pub(crate) struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: ShellArg,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ShellArg {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

impl ShellArg {
    fn shell(self) -> Shell {
        match self {
            ShellArg::Bash => Shell::Bash,
            ShellArg::Zsh => Shell::Zsh,
            ShellArg::Fish => Shell::Fish,
            ShellArg::Powershell => Shell::PowerShell,
        }
    }
    /// The file name each shell looks for.
    fn file_name(self) -> &'static str {
        match self {
            ShellArg::Bash => "grantbook.bash",
            ShellArg::Zsh => "_grantbook",
            ShellArg::Fish => "grantbook.fish",
            ShellArg::Powershell => "_grantbook.ps1",
        }
    }
}

/// The completion script for `shell`.
fn completions(shell: ShellArg) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell.shell(), &mut cmd, "grantbook", &mut buf);
    buf
}

/// The man pages: `grantbook.1` and one `grantbook-<command>.1` per command, by file name.
fn man_pages() -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    // Built, subcommands carry display names such as `grantbook-check`.
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut buf)?;
    pages.push(("grantbook.1".to_string(), buf));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let man = clap_mangen::Man::new(sub.clone());
        let mut buf = Vec::new();
        man.render(&mut buf)?;
        pages.push((man.get_filename(), buf));
    }
    Ok(pages)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> anyhow::Result<PathBuf> {
    let path = dir.join(name);
    crate::render::write_atomic(&path, bytes, &[])
        .msg_context(|| Msg::new("err-cli-write").arg("path", path.display().to_string()))?;
    Ok(path)
}

pub(crate) fn run_completions(g: &Global, a: &CompletionsArgs) -> anyhow::Result<u8> {
    let bytes = completions(a.shell);
    if g.out_given {
        let p = write(&g.out, a.shell.file_name(), &bytes)?;
        if !g.quiet {
            println!("wrote {}", p.display());
        }
    } else {
        use std::io::Write;
        std::io::stdout().lock().write_all(&bytes)?;
    }
    Ok(0)
}

pub(crate) fn run_man(g: &Global) -> anyhow::Result<u8> {
    let pages = man_pages()?;
    if g.out_given {
        for (name, bytes) in &pages {
            let p = write(&g.out, name, bytes)?;
            if !g.quiet {
                println!("wrote {}", p.display());
            }
        }
    } else {
        use std::io::Write;
        // On stdout, the main page only: `grantbook man | man -l -`.
        if let Some((_, bytes)) = pages.first() {
            std::io::stdout().lock().write_all(bytes)?;
        }
    }
    Ok(0)
}
