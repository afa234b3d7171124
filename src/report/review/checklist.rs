//! The reviewer's checklist: one row per sampled cost with the documents to see for its cost
//! type (by heading kind), and the claim-level checks of a management verification (brief
//! §4.3) — what grantbook verified automatically and its result, or "manual". Words from the
//! catalogue (`review-evidence-…`, `review-check-…`).

use crate::i18n::{tr, Msg};
use crate::model::project::{HeadingKind, Lang};
use crate::model::Money;
use crate::rules::FindingText;
use serde::Serialize;

/// The supporting documents a reviewer asks to see for a cost of this kind (catalogue
/// `review-evidence-<kind>`).
pub(crate) fn evidence(kind: HeadingKind, lang: Lang) -> String {
    use HeadingKind::*;
    let key = match kind {
        Ticket => "review-evidence-ticket",
        CashAllowance => "review-evidence-cash-allowance",
        Reintegration => "review-evidence-reintegration",
        Accommodation | Food => "review-evidence-accommodation",
        Staff => "review-evidence-staff",
        TravelDocument => "review-evidence-travel-document",
        Transit => "review-evidence-transit",
        Ordinary | Indirect => "review-evidence-ordinary",
    };
    tr(lang, key)
}

/// One claim-level check.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimCheck {
    pub id: &'static str,
    pub title: String,
    /// What grantbook verified automatically (empty: nothing, the check is manual).
    pub verified: String,
    /// `ok`, `finding` or `manual`.
    pub result: &'static str,
}

/// What the automatic checks found, as counts the claim-level checks report.
pub(crate) struct Facts<'a> {
    pub lang: Lang,
    pub is_claim: bool,
    pub hashes_match: bool,
    pub differences: usize,
    pub split_holds: bool,
    pub carry_forward_breaks: Option<usize>,
    pub findings: &'a [FindingText],
    pub indirect_difference: Money,
    pub rates_used: usize,
}

fn count(findings: &[FindingText], prefixes: &[&str]) -> usize {
    findings
        .iter()
        .filter(|f| prefixes.iter().any(|p| f.rule.starts_with(p)))
        .count()
}

/// The thirteen checks of brief §4.3.
pub(crate) fn claim_checks(f: &Facts) -> Vec<ClaimCheck> {
    let lang = f.lang;
    let yes_no = |b: bool| tr(lang, if b { "review-yes" } else { "review-no" });
    let by_rules = |prefixes: &[&str], what: &'static str| -> (String, &'static str) {
        let n = count(f.findings, prefixes);
        let text = Msg::new("review-check-by-rules")
            .arg("what", Msg::new(what))
            .arg("rules", prefixes.join(", "))
            .arg("n", n)
            .text(lang);
        (text, if n == 0 { "ok" } else { "finding" })
    };
    let mut v = Vec::new();
    let mut push = |id: &'static str, (verified, result): (String, &'static str)| {
        v.push(ClaimCheck {
            id,
            title: tr(lang, &format!("review-check-{}", id.replace('_', "-"))),
            verified,
            result,
        })
    };
    let formal_ok = f.is_claim && f.hashes_match && f.carry_forward_breaks.unwrap_or(0) == 0;
    let formal = match f.carry_forward_breaks {
        Some(n) => Msg::new("review-check-formal-with-previous")
            .arg("hashes", yes_no(f.hashes_match))
            .arg("n", n),
        None => Msg::new("review-check-formal-no-previous").arg("hashes", yes_no(f.hashes_match)),
    };
    push(
        "formal",
        (formal.text(lang), if formal_ok { "ok" } else { "finding" }),
    );
    push(
        "arithmetic",
        (
            Msg::new("review-check-arithmetic-verified")
                .arg("n", f.differences)
                .arg("split", yes_no(f.split_holds))
                .text(lang),
            if f.differences == 0 && f.split_holds {
                "ok"
            } else {
                "finding"
            },
        ),
    );
    let (mut text, mut result) = by_rules(&["BUD-"], "review-check-what-budget");
    if !f.indirect_difference.is_zero() {
        result = "finding";
    }
    text.push_str(
        &Msg::new("review-check-indirect-difference")
            .money("amount", f.indirect_difference)
            .text(lang),
    );
    push("budget", (text, result));
    push("period", by_rules(&["PER-"], "review-check-what-period"));
    push(
        "evidence",
        (tr(lang, "review-check-evidence-verified"), "manual"),
    );
    push(
        "target_group",
        by_rules(&["TG-"], "review-check-what-target-group"),
    );
    push(
        "caps",
        by_rules(&["RET-", "ACC-", "REI-"], "review-check-what-caps"),
    );
    let (mut text, result) = by_rules(&["FX-"], "review-check-what-fx");
    text.push_str(
        &Msg::new("review-check-rates-used")
            .arg("n", f.rates_used)
            .text(lang),
    );
    push("fx", (text, result));
    push("vat", by_rules(&["VAT-"], "review-check-what-vat"));
    push("procurement", (String::new(), "manual"));
    let (mut text, result) = by_rules(&["DOC-"], "review-check-what-duplicates");
    text.push_str(&tr(lang, "review-check-other-sources"));
    push("double_funding", (text, result));
    push(
        "indicators",
        by_rules(&["IND-"], "review-check-what-indicators"),
    );
    push("publicity", (String::new(), "manual"));
    v
}
