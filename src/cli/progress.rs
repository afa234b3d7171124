//! Stage progress for long runs: a spinner naming the current stage on a terminal (indicatif),
//! nothing when stderr is piped or in CI; with `--verbose`, each stage's wall time on stderr.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

pub struct Stages {
    bar: Option<ProgressBar>,
    verbose: bool,
    current: Option<(&'static str, Instant)>,
    started: Instant,
}

impl Stages {
    /// A spinner only on an interactive stderr, outside CI, and not with `--quiet`.
    pub(crate) fn new(verbose: bool, quiet: bool) -> Stages {
        let interactive = std::io::stderr().is_terminal()
            && std::env::var_os("CI").is_none_or(|v| v.is_empty() || v == "false");
        let bar = (interactive && !quiet && !verbose).then(|| {
            let b = ProgressBar::new_spinner();
            b.set_style(
                ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            b.enable_steady_tick(Duration::from_millis(120));
            b
        });
        Stages {
            bar,
            verbose,
            current: None,
            started: Instant::now(),
        }
    }

    /// Ends the current stage (timing it) and starts `name`.
    pub(crate) fn stage(&mut self, name: &'static str) {
        self.end_current();
        if let Some(b) = &self.bar {
            b.set_message(name);
        }
        self.current = Some((name, Instant::now()));
    }

    fn end_current(&mut self) {
        if let Some((name, t)) = self.current.take() {
            if self.verbose {
                eprintln!("  time: {name:<14} {:>8.3} s", t.elapsed().as_secs_f64());
            }
        }
    }

    /// Ends the last stage and clears the spinner.
    pub(crate) fn finish(&mut self) {
        self.end_current();
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
        if self.verbose {
            eprintln!(
                "  time: {:<14} {:>8.3} s",
                "total",
                self.started.elapsed().as_secs_f64()
            );
        }
    }
}

impl Drop for Stages {
    fn drop(&mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}
