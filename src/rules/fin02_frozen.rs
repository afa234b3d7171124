//! FIN-02: a submitted claim is frozen: its figures stay as submitted, later claims carry them
//! forward, and a ledger change to a submitted quarter is a finding to correct in the next
//! claim. The ledger alone cannot show it — the claim register can — so the check here finds
//! nothing; `report::register::changes` compares the register with the ledger and reports
//! under this rule's id and severity when a claim is built.

use super::{Finding, Removes, Rule, Severity, Stage};
use crate::ledger::Ledger;
use crate::model::{Money, Project};

pub static RULE: Rule = Rule {
    id: "FIN-02",
    severity: Severity::Error,
    basis: "Brief §6 FIN-02 (cumulative = previous cumulative + this claim); §4.3 (carry-forward checks)",
    params: &["the claim register (claims/ next to the project file)"],
    evidence: &[],
    removes: Removes::Nothing,
    stage: Stage::Total,
    check,
};

fn check(_ledger: &Ledger, _project: &Project, _done: &[Money]) -> Vec<Finding> {
    Vec::new()
}
