//! The review page's sampling parameters — method, confidence, expected error, seed, and the
//! earlier review standard MUS takes σr from — read and checked as `grantbook review` checks
//! its options, each refusal the command line's message (naming the option the page's field
//! shows) in the page's language.

use super::pages::said;
use crate::i18n::Msg;
use crate::import::readback::review_checklist::FilledChecklist;
use crate::report::review::sample::{default_seed, Method, Plan, PlanProblem};
use crate::report::review::sigma_from;
use rust_decimal::Decimal;

/// The parameters as the form gave them (kept to show the form filled again).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub(crate) struct Params {
    pub method: String,
    pub confidence: String,
    pub expected_error: String,
    pub seed: String,
}

/// The methods the page offers, in the command line's order, with their names' keys.
pub(crate) const METHODS: &[(Method, &str)] = &[
    (Method::Conservative, "review-method-conservative"),
    (Method::Standard, "review-method-standard"),
    (Method::Stratified, "review-method-stratified"),
    (Method::Nonstatistical, "review-method-nonstatistical"),
];

/// A number as a reviewer may type it: `0.9`, `0,9`.
fn decimal(s: &str) -> Option<Decimal> {
    s.trim().replace(',', ".").parse().ok()
}

fn method(s: &str) -> anyhow::Result<Method> {
    match s.trim() {
        "" => Ok(Method::Conservative),
        s => Method::parse(s)
            .ok_or_else(|| said(Msg::new("serve-review-bad-method").arg("value", s))),
    }
}

fn confidence(s: &str, default_pct: Decimal) -> anyhow::Result<Decimal> {
    let c = match s.trim() {
        "" => default_pct / Decimal::ONE_HUNDRED,
        t => decimal(t)
            .ok_or_else(|| said(Msg::new("serve-review-bad-confidence").arg("value", t)))?,
    };
    if c <= Decimal::ZERO || c >= Decimal::ONE {
        return Err(said(
            Msg::new("serve-review-confidence-range").num("value", c),
        ));
    }
    Ok(c)
}

/// `0.5`, `0.5%`, `0,5`: percent of the population value; empty is 0 (the command line's
/// default).
fn expected_error(s: &str) -> anyhow::Result<Decimal> {
    let t = s.trim().trim_end_matches('%').trim();
    if t.is_empty() {
        return Ok(Decimal::ZERO);
    }
    match decimal(t) {
        Some(x) if x >= Decimal::ZERO => Ok(x),
        _ => Err(said(
            Msg::new("serve-review-bad-expected-error").arg("value", s.trim()),
        )),
    }
}

fn seed(s: &str, inputs: &[crate::model::InputDigest]) -> anyhow::Result<u64> {
    match s.trim() {
        "" => Ok(default_seed(inputs)),
        t => t
            .parse()
            .map_err(|_| said(Msg::new("serve-review-bad-seed").arg("value", t))),
    }
}

/// A plan the figures allow (`Plan::problem`), in the form's words.
fn check(plan: &Plan) -> anyhow::Result<()> {
    let msg = match plan.problem() {
        None => return Ok(()),
        Some(PlanProblem::NoExpansionFactor {
            ae,
            pct,
            confidences,
        }) => Msg::new("serve-review-no-expansion-factor")
            .num("ae", ae)
            .num("pct", pct)
            .arg("table", confidences),
        Some(PlanProblem::NoRoom { ae, product, te }) => Msg::new("serve-review-no-room")
            .num("ae", ae)
            .num("product", product)
            .num("te", te),
        Some(PlanProblem::StandardAe { ae, te }) => Msg::new("serve-review-standard-ae")
            .num("ae", ae)
            .num("te", te),
    };
    Err(said(msg))
}

/// What the plan is built from besides the form: the version's parameters (default
/// confidence, tolerable error), the submitted claim's input hashes (default seed) and the
/// earlier review, if one was uploaded.
pub(crate) struct Basis<'a> {
    pub default_confidence_pct: Decimal,
    pub tolerable_error_pct: Decimal,
    pub inputs: &'a [crate::model::InputDigest],
    pub earlier: Option<&'a FilledChecklist>,
}

/// The plan `grantbook review --method … --confidence … --expected-error … --seed …
/// [--previous-review …]` would sample with, or the message it would refuse the options with.
pub(crate) fn plan(p: &Params, b: &Basis) -> anyhow::Result<Plan> {
    let method = method(&p.method)?;
    let sigma_r = match (b.earlier, method) {
        (Some(e), Method::Standard) => match sigma_from(&e.rows) {
            Some(s) => Some((s, e.file.clone())),
            None => {
                return Err(said(
                    Msg::new("serve-review-sigma-rows").arg("file", &e.file),
                ))
            }
        },
        (None, Method::Standard) => {
            return Err(said(Msg::new("serve-review-standard-needs-sigma")))
        }
        _ => None,
    };
    let plan = Plan {
        method,
        confidence: confidence(&p.confidence, b.default_confidence_pct)?,
        tolerable_error_pct: b.tolerable_error_pct,
        expected_error_pct: expected_error(&p.expected_error)?,
        sigma_r,
        seed: seed(&p.seed, b.inputs)?,
    };
    check(&plan)?;
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::project::Lang;

    fn refusal(p: Params) -> String {
        let b = Basis {
            default_confidence_pct: Decimal::from(90),
            tolerable_error_pct: Decimal::from(2),
            inputs: &[],
            earlier: None,
        };
        let e = plan(&p, &b).expect_err("refused");
        assert!(
            e.downcast_ref::<crate::i18n::UserError>().is_some(),
            "a catalogue message"
        );
        crate::cli::error_text(&e, Lang::Lv)
    }

    #[test]
    fn refusals_are_latvian_in_latvian() {
        let p = |m: &str, c: &str, ae: &str, s: &str| Params {
            method: m.into(),
            confidence: c.into(),
            expected_error: ae.into(),
            seed: s.into(),
        };
        for (params, word) in [
            (p("", "abc", "", ""), "daļskaitli"),
            (p("", "1,5", "", ""), "1,5"),
            (p("", "", "x", ""), "procentiem"),
            (p("", "", "", "-1"), "veselam skaitlim"),
            (p("standard", "", "", ""), "σr"),
            (p("conservative", "0.97", "0.5", ""), "97 %"),
            (p("stratified", "", "1.9", ""), "1,9"),
            (p("bogus", "", "", ""), "bogus"),
        ] {
            let t = refusal(params);
            assert!(t.contains(word), "{t}");
            assert!(t.contains("\n  padoms: ") || !t.contains('\n'), "{t}");
        }
    }

    #[test]
    fn empty_fields_are_the_command_lines_defaults() {
        let b = Basis {
            default_confidence_pct: Decimal::from(95),
            tolerable_error_pct: Decimal::from(2),
            inputs: &[],
            earlier: None,
        };
        let plan = plan(&Params::default(), &b).unwrap();
        assert_eq!(plan.method, Method::Conservative);
        assert_eq!(plan.confidence, Decimal::new(95, 2));
        assert_eq!(plan.expected_error_pct, Decimal::ZERO);
        assert_eq!(plan.seed, default_seed(&[]));
    }
}
