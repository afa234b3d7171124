//! FIN-02: a submitted claim is frozen: its figures stay as submitted, later claims carry them
//! forward, and a ledger change to a submitted quarter is a finding to correct in the next
//! claim. Evidence: the claim register (`Ledger::register`, the quarters `claim --submit`
//! froze). Each frozen cost line is compared with the ledger as it is now and with what every
//! other rule leaves eligible (the last stage): an entry added to the quarter, removed from it
//! (deleted, or its payment date moved) or changed (any frozen field, or its eligible amount).
//! Each finding names the entry, its cell, the amount claimed then and the amount eligible
//! now; its amount is the difference to correct in the next claim (now − then), which removes
//! nothing from this run's figures (the reports show it as "to correct", not as ineligible). Without a register (nothing submitted yet) there is nothing to compare.

use super::{doc_amount, Finding, Removes, Rule, Severity, Stage};
use crate::i18n::{Arg, Msg};
use crate::ledger::Ledger;
use crate::model::register::{FrozenClaim, FrozenEntry};
use crate::model::Field;
use crate::model::{Money, Project, Quarter};
use crate::util::hash::FxBuild;
use std::collections::HashMap;

pub(crate) static RULE: Rule = Rule {
    id: "FIN-02",
    severity: Severity::Error,
    params: &["the claim register (claims/ next to the project file)"],
    evidence: &[],
    removes: Removes::Nothing,
    stage: Stage::Register,
    check,
};

fn check(ledger: &Ledger, project: &Project, done: &[Money]) -> Vec<Finding> {
    if ledger.register.is_empty() {
        return Vec::new();
    }
    let ids = entry_ids(ledger);
    ledger
        .register
        .iter()
        .flat_map(|f| changes(ledger, project, done, &ids, f))
        .collect()
}

/// Entry indices by entry id (unique: `Ledger::build` refuses repeats).
pub(crate) fn entry_ids(ledger: &Ledger) -> EntryIds<'_> {
    let mut ids = EntryIds::with_capacity_and_hasher(ledger.entries.len(), FxBuild::default());
    ids.extend(ledger.entries.iter().enumerate().map(|(i, e)| (e.id(), i)));
    ids
}

/// Entry indices by entry id.
pub(crate) type EntryIds<'a> = HashMap<&'a str, usize, FxBuild>;

/// The ledger changes to one frozen quarter, as FIN-02 findings. `excluded` is each entry's
/// ineligible amount (`rules::ineligible_by_entry` of every other finding); `ids` is
/// `entry_ids(ledger)`.
pub(crate) fn changes(
    ledger: &Ledger,
    project: &Project,
    excluded: &[Money],
    ids: &EntryIds,
    frozen: &FrozenClaim,
) -> Vec<Finding> {
    let Some(q) = frozen.quarter() else {
        return Vec::new();
    };
    let now = |i: usize| {
        FrozenEntry::of(
            &ledger.entries[i].expense,
            ledger.claimed(project, i, excluded[i]),
        )
    };
    let in_quarter = |i: usize| {
        ledger.entries[i]
            .expense
            .paid_date
            .is_some_and(|d| Quarter::of(d) == q)
    };
    let mut out = Vec::new();
    let frozen_ids: std::collections::HashSet<&str> =
        frozen.entries.iter().map(|f| f.entry_id.as_str()).collect();
    for f in &frozen.entries {
        match ids.get(f.entry_id.as_str()).copied() {
            // Deleted from the ledger: no cell to point at.
            None => out.push(finding(
                ledger,
                None,
                f,
                None,
                Msg::new("fin02-deleted")
                    .arg("doc", &f.doc_no)
                    .arg("amount", doc_amount(f.amount))
                    .arg("currency", &f.currency)
                    .money("claimed", f.eligible),
            )),
            Some(i) if !in_quarter(i) => {
                let paid = opt(ledger.entries[i].expense.paid_date);
                let from = opt(f.paid_date);
                out.push(finding(
                    ledger,
                    Some(i),
                    f,
                    Some((Money::ZERO, Field::PaidDate)),
                    Msg::new("fin02-moved")
                        .arg("from", from)
                        .arg("to", paid)
                        .money("claimed", f.eligible),
                ));
            }
            Some(i) => {
                let n = now(i);
                if n == *f {
                    continue;
                }
                let (what, field) = differences(f, &n);
                out.push(finding(
                    ledger,
                    Some(i),
                    f,
                    Some((n.eligible, field)),
                    Msg::new("fin02-changed")
                        .arg("changes", what)
                        .money("claimed", f.eligible)
                        .money("now", n.eligible),
                ));
            }
        }
    }
    // Entries paid in the quarter now that it did not hold when it was frozen.
    for (i, e) in ledger.entries.iter().enumerate() {
        if !in_quarter(i) || frozen_ids.contains(e.id()) {
            continue;
        }
        let n = now(i);
        out.push(Finding::on_entry(
            &RULE,
            ledger,
            i,
            Field::PaidDate,
            n.eligible,
            Msg::new("fin02-added")
                .arg("entry", &n.entry_id)
                .arg("quarter", q.to_string())
                .arg("doc", &n.doc_no)
                .arg("amount", doc_amount(n.amount))
                .arg("currency", &n.currency)
                .arg("paid", opt(n.paid_date))
                .money("now", n.eligible),
        ));
    }
    out
}

/// One finding about a frozen entry: at entry `i`'s `field` cell when it is still in the
/// ledger (with its eligible amount now), the difference to correct as its amount.
fn finding(
    ledger: &Ledger,
    i: Option<usize>,
    f: &FrozenEntry,
    now: Option<(Money, Field)>,
    message: Msg,
) -> Finding {
    let q = f
        .paid_date
        .map(|d| Quarter::of(d).to_string())
        .unwrap_or_default();
    let message = message.arg("entry", &f.entry_id).arg("quarter", q);
    match (i, now) {
        (Some(i), Some((eligible, field))) => {
            Finding::on_entry(&RULE, ledger, i, field, eligible - f.eligible, message)
        }
        _ => Finding {
            rule: RULE.id,
            severity: RULE.severity,
            entry: None,
            entry_id: Some(f.entry_id.clone()),
            case_id: f.case_id.clone(),
            at: None,
            ineligible: -f.eligible,
            message,
        },
    }
}

/// What changed between the frozen and the current entry (one message, `field from → to`
/// items joined), and the cell to point at (the first changed field in ledger order; the
/// amount when only the eligible amount moved).
fn differences(f: &FrozenEntry, n: &FrozenEntry) -> (Msg, Field) {
    let mut what: Option<Msg> = None;
    let mut field = None;
    let mut diff = |name: &'static str, id: Field, a: Arg, b: Arg| {
        if a != b {
            let item = Msg::new("fin02-change")
                .arg("field", Msg::new(name))
                .arg("from", a)
                .arg("to", b);
            what = Some(match what.take() {
                None => item,
                Some(head) => Msg::new("fin02-changes")
                    .arg("head", head)
                    .arg("next", item),
            });
            field.get_or_insert(id);
        }
    };
    let text = |s: &str| Arg::from(s);
    let case = |c: &Option<String>| Arg::from(c.clone().unwrap_or_default());
    diff(
        "fin02-field-doc-no",
        Field::DocNo,
        text(&f.doc_no),
        text(&n.doc_no),
    );
    diff(
        "fin02-field-doc-date",
        Field::DocDate,
        f.doc_date.into(),
        n.doc_date.into(),
    );
    diff(
        "fin02-field-paid-date",
        Field::PaidDate,
        opt(f.paid_date),
        opt(n.paid_date),
    );
    diff(
        "fin02-field-activity",
        Field::Activity,
        text(&f.activity),
        text(&n.activity),
    );
    diff(
        "fin02-field-heading",
        Field::Heading,
        text(&f.heading),
        text(&n.heading),
    );
    diff(
        "fin02-field-case",
        Field::CaseId,
        case(&f.case_id),
        case(&n.case_id),
    );
    diff(
        "fin02-field-amount",
        Field::Amount,
        doc_amount(f.amount),
        doc_amount(n.amount),
    );
    diff(
        "fin02-field-currency",
        Field::Currency,
        text(&f.currency),
        text(&n.currency),
    );
    // Only the eligible amount moved: another rule now removes more or less of it.
    let what = what.unwrap_or_else(|| Msg::new("fin02-eligible-only"));
    (what, field.unwrap_or(Field::Amount))
}

fn opt(d: Option<chrono::NaiveDate>) -> Arg {
    d.map_or_else(|| Arg::from(Msg::new("fin02-none")), Arg::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::register::{FrozenSplit, FORMAT};
    use crate::rules::testkit::*;

    fn frozen(q: &str, entries: Vec<FrozenEntry>) -> FrozenClaim {
        FrozenClaim {
            format: FORMAT.into(),
            agreement: "KIT/1".into(),
            quarter: q.into(),
            agreement_version: 1,
            tool_version: "test".into(),
            inputs: Vec::new(),
            sources: vec!["EU".into(), "STATE".into()],
            total: FrozenSplit {
                eligible: Money::ZERO,
                by_source: vec![],
            },
            cells: Vec::new(),
            entries,
        }
    }

    #[test]
    fn without_a_register_there_is_nothing_to_compare() {
        let p = project();
        let l = ledger(
            &p,
            vec![cost(
                "E1",
                "A1",
                "1",
                None,
                "100.00",
                "2020-07-01",
                "2020-07-02",
            )],
            vec![],
        );
        assert!(run(&RULE, &p, &l).is_empty());
    }

    #[test]
    fn changed_added_moved_and_deleted_entries_of_a_frozen_quarter() {
        let p = project();
        let costs = vec![
            cost("E1", "A1", "1", None, "100.00", "2020-07-01", "2020-07-02"),
            cost("E2", "A1", "1", None, "50.00", "2020-07-01", "2020-07-03"),
            cost("E3", "A1", "1", None, "20.00", "2020-07-01", "2020-10-05"),
            cost("E5", "A1", "1", None, "7.00", "2020-08-01", "2020-08-02"),
        ];
        let before = ledger(&p, costs.clone(), vec![]);
        let mut register = frozen(
            "2020-Q3",
            (0..3)
                .map(|i| FrozenEntry::of(&before.entries[i].expense, m(["100", "50", "20"][i])))
                .collect(),
        );
        // E3 was paid in Q3 when frozen; E4 was in the ledger then and is deleted since.
        register.entries[2].paid_date = Some(d("2020-09-30"));
        let mut e4 = FrozenEntry::of(&before.entries[1].expense, m("30"));
        e4.entry_id = "E4".into();
        register.entries.push(e4);
        // E1's amount is corrected from 100.00 to 90.00 after the submission; E5 is new.
        let mut now = costs;
        now[0].amount = m("90.00");
        let l = ledger(&p, now, vec![]).with_register(vec![register]);
        let f = run(&RULE, &p, &l);
        let got: Vec<(String, Option<String>, Money)> = f
            .iter()
            .map(|x| {
                (
                    x.entry_id.clone().unwrap_or_default(),
                    x.at.as_ref().map(|a| a.a1()),
                    x.ineligible,
                )
            })
            .collect();
        // Row r of the ledger is sheet row r + 1 (the header row is 1); amount is column J,
        // the payment date column D (testkit's columns).
        assert_eq!(
            got,
            vec![
                ("E1".to_string(), Some("J2".to_string()), m("-10.00")),
                ("E3".to_string(), Some("D4".to_string()), m("-20")),
                ("E4".to_string(), None, m("-30")),
                ("E5".to_string(), Some("D5".to_string()), m("7.00")),
            ]
        );
        let text = f[0].message.text(crate::model::project::Lang::En);
        assert!(text.contains("amount 100.00 → 90.00"), "{text}");
        let both = "claimed 100.00 EUR, eligible now 90.00 EUR";
        assert!(text.contains(both), "{text}");
        // FIN-02 removes nothing: this run's figures stay as the ledger has them.
        assert!(crate::rules::ineligible_by_entry(&l, &f)
            .iter()
            .all(|x| x.is_zero()));
    }
}
