//! What the server holds: the loaded project (the command line's pipeline, run once and again
//! when an input file changes on disk), the token, the sessions and the CSRF token.

use super::ServeArgs;
use crate::allocate::Allocation;
use crate::cli::{input_paths, load, Global};
use crate::ledger::Ledger;
use crate::model::InputDigest;
use crate::model::{Money, Project};
use crate::rules::Finding;
use rand::RngCore;
use std::collections::HashSet;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::SystemTime;

/// The pipeline's results for one state of the inputs, shared by every page.
pub(crate) struct Loaded {
    pub project: Project,
    pub ledger: Ledger,
    pub findings: Vec<Finding>,
    pub ineligible: Vec<Money>,
    pub alloc: Allocation,
    /// Each input file with its modification time and size when it was read.
    pub stamps: Vec<(PathBuf, Option<SystemTime>, u64)>,
}

fn stamp(p: &PathBuf) -> (PathBuf, Option<SystemTime>, u64) {
    match std::fs::metadata(p) {
        Ok(m) => (p.clone(), m.modified().ok(), m.len()),
        Err(_) => (p.clone(), None, 0),
    }
}

impl Loaded {
    pub fn load(g: &Global) -> anyhow::Result<Loaded> {
        let run = load(g)?;
        let stamps = input_paths(&run).iter().map(stamp).collect();
        Ok(Loaded {
            project: run.project,
            ledger: run.ledger,
            findings: run.findings,
            ineligible: run.ineligible,
            alloc: run.alloc,
            stamps,
        })
    }

    /// The input files changed on disk since they were read (time or size differ).
    pub fn changed_files(&self) -> Vec<String> {
        self.stamps
            .iter()
            .filter(|s| stamp(&s.0) != **s)
            .map(|s| file_name(&s.0))
            .collect()
    }

    pub fn digests(&self) -> &[InputDigest] {
        &self.ledger.digests
    }
}

pub(crate) fn file_name(p: &std::path::Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub(crate) struct AppState {
    pub g: Global,
    /// Given once in the printed address; exchanged for a session cookie.
    pub token: String,
    /// Carried by every state-changing request (query `csrf` or header `x-csrf-token`).
    pub csrf: String,
    pub sessions: Mutex<HashSet<String>>,
    /// The Host header values this server answers to (DNS rebinding).
    pub hosts: Vec<String>,
    /// With `--listen` beyond loopback, also any IP literal with this port: other machines
    /// name the server by its address, and a rebound DNS name is never an IP literal.
    pub any_ip_port: Option<u16>,
    pub upload_limit: usize,
    pub loaded: RwLock<Arc<Loaded>>,
    /// The reviews in progress, one per browser: uploads, options, filled rows, last report.
    pub reviews: Mutex<super::sessions::Reviews>,
    /// What the last reload changed, shown once on the next page.
    pub last_change: Mutex<Option<Vec<Change>>>,
}

/// One thing a reload changed: a file's SHA-256, the number of findings, the EUR excluded.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Change {
    /// The label's catalogue key.
    pub what: &'static str,
    pub name: String,
    pub from: String,
    pub to: String,
}

pub(crate) fn random_hex(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut b);
    hex::encode(b)
}

impl AppState {
    pub fn new(g: Global, loaded: Loaded, a: &ServeArgs, shown: IpAddr, port: u16) -> AppState {
        let mut hosts = vec![
            super::host_port(shown, port),
            format!("localhost:{port}"),
            format!("127.0.0.1:{port}"),
        ];
        if !a.listen.is_unspecified() {
            hosts.push(super::host_port(a.listen, port));
        }
        hosts.dedup();
        AppState {
            g,
            token: random_hex(24),
            csrf: random_hex(24),
            sessions: Mutex::new(HashSet::new()),
            hosts,
            any_ip_port: (!a.listen.is_loopback()).then_some(port),
            upload_limit: usize::try_from(a.max_upload_mb.saturating_mul(1 << 20))
                .unwrap_or(usize::MAX),
            loaded: RwLock::new(Arc::new(loaded)),
            last_change: Mutex::new(None),
            reviews: Mutex::new(super::sessions::Reviews::default()),
        }
    }

    pub fn current(&self) -> Arc<Loaded> {
        self.loaded.read().expect("state lock").clone()
    }

    /// Reads the inputs again; on success the pages show the new figures and what changed.
    pub fn reload(&self) -> anyhow::Result<()> {
        let new = Loaded::load(&self.g)?;
        let old = self.current();
        let mut changes = Vec::new();
        for d in new.digests() {
            match old.digests().iter().find(|o| o.role == d.role) {
                Some(o) if o.sha256 == d.sha256 => {}
                o => changes.push(Change {
                    what: "serve-change-file",
                    name: d.file.clone(),
                    from: o.map(|o| o.sha256[..12].to_string()).unwrap_or_default(),
                    to: d.sha256[..12].to_string(),
                }),
            }
        }
        let (a, b) = (old.findings.len(), new.findings.len());
        if a != b {
            changes.push(Change {
                what: "serve-change-findings",
                name: String::new(),
                from: a.to_string(),
                to: b.to_string(),
            });
        }
        let sum = |l: &Loaded| l.ineligible.iter().copied().sum::<Money>();
        if sum(&old) != sum(&new) {
            changes.push(Change {
                what: "serve-change-excluded",
                name: String::new(),
                from: crate::model::money::fmt2(&sum(&old)),
                to: crate::model::money::fmt2(&sum(&new)),
            });
        }
        *self.loaded.write().expect("state lock") = Arc::new(new);
        *self.last_change.lock().expect("state lock") = Some(changes);
        Ok(())
    }
}

/// The report models the commands build, from the loaded pipeline.
impl Loaded {
    pub fn check(&self, lang: crate::model::project::Lang) -> crate::report::check::CheckReport {
        crate::report::check::build(
            &self.project,
            &self.ledger,
            &self.findings,
            &self.ineligible,
            &self.alloc.eligible,
            lang,
        )
    }

    /// The burn report at `as_of` (default: the latest payment date, as `grantbook burn`).
    pub fn burn(
        &self,
        lang: crate::model::project::Lang,
        as_of: Option<chrono::NaiveDate>,
    ) -> anyhow::Result<crate::report::burn::BurnReport> {
        use crate::report::burn::{build, default_as_of, BurnInput};
        let Some(as_of) = as_of.or_else(|| default_as_of(&self.ledger)) else {
            return Err(super::pages::said(crate::i18n::Msg::new("serve-no-as-of")));
        };
        Ok(build(
            &BurnInput {
                project: &self.project,
                ledger: &self.ledger,
                alloc: &self.alloc,
                ineligible: &self.ineligible,
                lang,
            },
            as_of,
        ))
    }

    /// The claim for `period`, refused outside the project's quarters as `grantbook claim`
    /// refuses it.
    pub fn claim<'a>(
        &'a self,
        lang: crate::model::project::Lang,
        period: crate::model::ClaimPeriod,
        frozen: &'a [crate::model::register::FrozenClaim],
    ) -> anyhow::Result<crate::report::claim::ClaimReport<'a>> {
        use crate::model::ClaimPeriod;
        let (first, last) = (self.alloc.first, self.alloc.last);
        match period {
            ClaimPeriod::Quarter { quarter } if quarter < first || quarter > last => {
                return Err(super::pages::said(
                    crate::i18n::Msg::new("serve-period-outside")
                        .arg("period", quarter.to_string())
                        .arg("first", first.to_string())
                        .arg("last", last.to_string()),
                ))
            }
            ClaimPeriod::Year { year } if year < first.year || year > last.year => {
                return Err(super::pages::said(
                    crate::i18n::Msg::new("serve-period-outside")
                        .arg("period", year.to_string())
                        .arg("first", first.year.to_string())
                        .arg("last", last.year.to_string()),
                ))
            }
            _ => {}
        }
        Ok(crate::report::claim::build(
            &crate::report::claim::ClaimInput {
                project: &self.project,
                ledger: &self.ledger,
                findings: &self.findings,
                ineligible: &self.ineligible,
                alloc: &self.alloc,
                lang,
                frozen,
            },
            period,
        ))
    }

    /// The periods a claim can be built for: every quarter, every year, the final report.
    pub fn periods(&self) -> Vec<String> {
        use crate::model::period::Quarter;
        let (first, last) = (self.alloc.first, self.alloc.last);
        let mut v: Vec<String> = Quarter::range(first, last)
            .iter()
            .map(|q| q.to_string())
            .collect();
        v.extend((first.year..=last.year).map(|y| y.to_string()));
        v.push("final".to_string());
        v
    }
}
