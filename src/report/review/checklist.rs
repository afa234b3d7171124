//! The reviewer's checklist: one row per sampled cost with the documents to see for its cost
//! type (by heading kind), and the claim-level checks of a management verification (brief
//! §4.3) — what grantbook verified automatically and its result, or "manual".

use crate::model::project::{HeadingKind, Lang};
use crate::model::Money;
use crate::rules::FindingText;
use serde::Serialize;

/// The supporting documents a reviewer asks to see for a cost of this kind.
pub fn evidence(kind: HeadingKind, lang: Lang) -> Vec<&'static str> {
    use HeadingKind::*;
    let v: &[(&str, &str)] = match kind {
        Ticket => &[
            ("e-biļete", "e-ticket"),
            ("iekāpšanas karte", "boarding pass"),
            ("rēķins", "invoice"),
            ("maksājuma apliecinājums", "proof of payment"),
        ],
        CashAllowance => &[
            (
                "atgriezušās personas parakstīta pabalsta saņemšanas kvīts",
                "allowance receipt signed by the returnee",
            ),
            ("kases grāmata", "cash book"),
        ],
        Reintegration => &[
            ("reintegrācijas plāns", "reintegration plan"),
            (
                "SMO misijas piegādes un pieņemšanas akts",
                "delivery/acceptance note from the IOM mission",
            ),
            ("rēķins", "invoice"),
            ("valūtas kursa avots", "FX rate source"),
        ],
        Accommodation | Food => &[
            ("naktsmītnes rēķins", "hostel invoice"),
            ("nakšņošanas uzskaites žurnāls", "nights log"),
            ("pārtikas naudas saņemšanas kvītis", "food-money receipts"),
        ],
        Staff => &[
            ("algu saraksts", "payroll"),
            ("darba laika uzskaites tabula", "timesheet"),
            ("darba līgums", "contract"),
        ],
        TravelDocument => &[
            ("rēķins vai nodevas kvīts", "invoice or fee receipt"),
            (
                "izsniegtā ceļošanas dokumenta kopija",
                "copy of the travel document issued",
            ),
            ("maksājuma apliecinājums", "proof of payment"),
        ],
        Transit => &[
            ("rēķins", "invoice"),
            (
                "tranzīta/sagaidīšanas pakalpojuma apliecinājums",
                "transit or reception service confirmation",
            ),
            ("maksājuma apliecinājums", "proof of payment"),
        ],
        Ordinary | Indirect => &[
            ("rēķins", "invoice"),
            ("maksājuma apliecinājums", "proof of payment"),
            (
                "līgums vai iepirkuma dokumenti",
                "contract or procurement file",
            ),
        ],
    };
    v.iter()
        .map(|(lv, en)| match lang {
            Lang::Lv => *lv,
            Lang::En => *en,
        })
        .collect()
}

/// One claim-level check.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimCheck {
    pub id: &'static str,
    pub title: &'static str,
    /// What grantbook verified automatically (empty: nothing, the check is manual).
    pub verified: String,
    /// `ok`, `finding` or `manual`.
    pub result: &'static str,
}

/// What the automatic checks found, as counts the claim-level checks report.
pub struct Facts<'a> {
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
pub fn claim_checks(f: &Facts) -> Vec<ClaimCheck> {
    let en = f.lang == Lang::En;
    let t = |lv: &'static str, e: &'static str| if en { e } else { lv };
    let by_rules = |prefixes: &[&str], what_lv: &str, what_en: &str| -> (String, &'static str) {
        let n = count(f.findings, prefixes);
        let rules = prefixes.join(", ");
        let text = if en {
            format!("{what_en} (rules {rules}): {n} finding(s) in the recomputed claim")
        } else {
            format!(
                "{what_lv} (noteikumi {rules}): {n} konstatējums(-i) pārrēķinātajā pieprasījumā"
            )
        };
        (text, if n == 0 { "ok" } else { "finding" })
    };
    let mut v = Vec::new();
    let mut push = |id, title, (verified, result): (String, &'static str)| {
        v.push(ClaimCheck {
            id,
            title,
            verified,
            result,
        })
    };
    let formal_ok = f.is_claim && f.hashes_match && f.carry_forward_breaks.unwrap_or(0) == 0;
    push(
        "formal",
        t("Formālā atbilstība", "Formal"),
        (
            match (en, f.carry_forward_breaks) {
                (true, Some(n)) => format!("grantbook claim workbook, period and input hashes read from _grantbook; hashes match the ledger: {}; cumulative figures carried forward from the previous claim: {n} break(s). Signatures: manual.", f.hashes_match),
                (true, None) => format!("grantbook claim workbook, period and input hashes read from _grantbook; hashes match the ledger: {}. No previous claim given (--previous). Signatures: manual.", f.hashes_match),
                (false, Some(n)) => format!("grantbook pieprasījuma darbgrāmata, periods un ievaddatu jaucējkodi nolasīti no _grantbook; jaucējkodi sakrīt ar virsgrāmatu: {}; kumulatīvo summu pārnese no iepriekšējā pieprasījuma: {n} neatbilstība(-s). Paraksti: manuāli.", if f.hashes_match { "jā" } else { "nē" }),
                (false, None) => format!("grantbook pieprasījuma darbgrāmata, periods un ievaddatu jaucējkodi nolasīti no _grantbook; jaucējkodi sakrīt ar virsgrāmatu: {}. Iepriekšējais pieprasījums nav norādīts (--previous). Paraksti: manuāli.", if f.hashes_match { "jā" } else { "nē" }),
            },
            if formal_ok { "ok" } else { "finding" },
        ),
    );
    push(
        "arithmetic",
        t("Aritmētika", "Arithmetic"),
        (
            if en {
                format!("claim recomputed from the ledger: {} difference(s); AMIF + state = eligible in every row: {}", f.differences, f.split_holds)
            } else {
                format!("pieprasījums pārrēķināts no virsgrāmatas: {} atšķirība(-s); AMIF + valsts budžets = attiecināmās izmaksas katrā rindā: {}", f.differences, if f.split_holds { "jā" } else { "nē" })
            },
            if f.differences == 0 && f.split_holds {
                "ok"
            } else {
                "finding"
            },
        ),
    );
    let (mut text, mut result) = by_rules(
        &["BUD-"],
        "budžeta pozīcijas, elastība, netiešās izmaksas",
        "budget headings, flexibility, indirect costs",
    );
    if !f.indirect_difference.is_zero() {
        result = "finding";
    }
    text.push_str(&if en {
        format!(
            "; indirect claimed − rate × base: {}",
            crate::model::money::fmt2(&f.indirect_difference)
        )
    } else {
        format!(
            "; netiešās izmaksas: pieprasītās − likme × bāze = {}",
            crate::model::money::fmt2(&f.indirect_difference)
        )
    });
    push("budget", t("Budžets", "Budget"), (text, result));
    push(
        "period",
        t("Attiecināmības periods", "Period"),
        by_rules(
            &["PER-"],
            "izmaksu un maksājumu datumi attiecināmības periodā",
            "cost and payment dates within the eligibility period",
        ),
    );
    push(
        "evidence",
        t("Pamatojošie dokumenti", "Evidence"),
        (
            t(
                "izlases izmaksu dokumentus pārbauda recenzents (pārbaudes lapa)",
                "the sampled costs' documents are checked by the reviewer (checklist sheet)",
            )
            .to_string(),
            "manual",
        ),
    );
    push(
        "target_group",
        t("Mērķa grupa", "Target group"),
        by_rules(
            &["TG-"],
            "lieta, trešās valsts pilsonis, rīkojuma un biļetes datumi",
            "case, third-country national, order and ticket dates",
        ),
    );
    push(
        "caps",
        t("Tarifi un ierobežojumi", "Caps"),
        by_rules(
            &["RET-", "ACC-", "REI-"],
            "pabalsta tarifs, naktis līdz izbraukšanai, reintegrācijas limits un termiņš",
            "allowance tariff, nights to departure, reintegration cap and deadline",
        ),
    );
    let (mut text, result) = by_rules(&["FX-"], "valūtas kursi", "exchange rates");
    text.push_str(&if en {
        format!(
            "; {} rate(s) used, each conversion recomputed",
            f.rates_used
        )
    } else {
        format!(
            "; izmantoti {} kursi, katrs pārrēķins pārbaudīts",
            f.rates_used
        )
    });
    push("fx", t("Valūtas kursi", "FX"), (text, result));
    push(
        "vat",
        t("PVN", "VAT"),
        by_rules(
            &["VAT-"],
            "atgūstamais PVN izslēgts",
            "recoverable VAT excluded",
        ),
    );
    push(
        "procurement",
        t("Iepirkumi", "Procurement"),
        (String::new(), "manual"),
    );
    let (mut text, result) = by_rules(&["DOC-"], "dokumentu dublikāti", "duplicate documents");
    text.push_str(t(
        "; finansējums no citiem avotiem: manuāli",
        "; funding from other sources: manual",
    ));
    push(
        "double_funding",
        t("Dubultā finansēšana", "Double funding"),
        (text, result),
    );
    push(
        "indicators",
        t("Rādītāji", "Indicators"),
        by_rules(
            &["IND-"],
            "rādītāji no lietu reģistra",
            "indicators recounted from the case register",
        ),
    );
    push(
        "publicity",
        t("Publicitāte", "Publicity"),
        (String::new(), "manual"),
    );
    v
}
