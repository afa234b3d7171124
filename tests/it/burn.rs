//! The burn report: months reconcile with the claims to the cent, forecasts and the EU funding
//! at risk match hand-computed answers, and the xlsx charts point at the right cells.

use chrono::{Datelike, NaiveDate};
use grantbook::cli::{load, Global, Run};
use grantbook::model::{ClaimPeriod, Quarter};
use grantbook::report::burn::{build, BurnInput, BurnReport};
use grantbook::report::claim::{self, ClaimInput};
use rust_decimal::Decimal;
use std::path::PathBuf;
use std::str::FromStr;

fn run_of(fixture: &str) -> Run {
    let g = Global {
        project: Some(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join(format!("tests/fixtures/{fixture}/project.toml")),
        ),
        expenses: None,
        cases: None,
        rates: None,
        out: PathBuf::from("out"),
        lang: None,
        format: vec![],
        quiet: false,
        verbose: false,
        out_given: false,
    };
    load(&g).expect("fixture loads")
}

fn burn(run: &Run, as_of: &str) -> BurnReport {
    build(
        &BurnInput {
            project: &run.project,
            ledger: &run.ledger,
            alloc: &run.alloc,
            ineligible: &run.ineligible,
            lang: run.lang,
        },
        date(as_of),
    )
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// At every closed quarter's last month, the burn report's cumulative figures (total, per line
/// and per source) equal that quarter's claim's cumulative columns to the cent.
fn assert_reconciles(run: &Run, as_of: &str) -> usize {
    let r = burn(run, as_of);
    let mut checked = 0;
    for q in Quarter::range(run.alloc.first, run.alloc.last) {
        if q.last_day() > date(as_of) {
            continue;
        }
        let c = claim::build(
            &ClaimInput {
                project: &run.project,
                ledger: &run.ledger,
                findings: &run.findings,
                ineligible: &run.ineligible,
                alloc: &run.alloc,
                lang: run.lang,
                frozen: &[],
            },
            ClaimPeriod::Quarter { quarter: q },
        );
        let label = grantbook::model::Month::of(q.last_day()).to_string();
        let m = r
            .months
            .iter()
            .find(|m| m.month == label)
            .expect("month row");
        assert!(m.closes_quarter, "{label} closes {q}");
        assert_eq!(
            m.total.cumulative,
            Some(c.total.cumulative.eligible),
            "{q} total"
        );
        for (l, line) in c.lines.iter().enumerate() {
            assert_eq!(
                m.lines[l].cumulative,
                Some(line.cumulative.eligible),
                "{q} {}",
                line.line
            );
        }
        for (s, (code, amount)) in c.total.cumulative.by_source.iter().enumerate() {
            let got = m.by_source[s].as_ref().expect("actual month").cumulative;
            assert_eq!(got, *amount, "{q} {code}");
        }
        checked += 1;
    }
    checked
}

#[test]
fn burn_months_reconcile_with_claims_mini() {
    let run = run_of("mini");
    // All four quarters of 2020 closed; mid-quarter as-of: the two closed ones still match.
    assert_eq!(assert_reconciles(&run, "2020-12-31"), 4);
    assert_eq!(assert_reconciles(&run, "2020-08-01"), 2);
}

#[test]
fn burn_months_reconcile_with_claims_on_the_sample() {
    let run = load(&crate::sample::sample_global()).expect("the sample loads");
    // Every one of the sixteen quarters, at the project's end and at the default as-of date.
    assert_eq!(assert_reconciles(&run, "2022-12-31"), 16);
    let as_of = grantbook::report::burn::default_as_of(&run.ledger)
        .unwrap()
        .to_string();
    assert!(assert_reconciles(&run, &as_of) >= 15);
    // Mid-quarter: the closed quarters still match.
    assert_eq!(assert_reconciles(&run, "2021-05-15"), 9);
}

#[test]
fn burn_months_reconcile_with_claims_burn_fixture() {
    let run = run_of("burn");
    assert_eq!(assert_reconciles(&run, "2021-06-30"), 6);
}

#[test]
fn burn_forecast_and_risk_by_hand_before_the_amendment() {
    // As of 2020-06-30 version 1 governs: period 2020-01-01 … 2020-12-31 (366 days), 182 days
    // elapsed (31+29+31+30+31+30), 6 months left (Jul–Dec). Indirect costs are 10 %.
    let r = burn(&run_of("burn"), "2020-06-30");
    assert_eq!(r.agreement.version, 1);
    assert_eq!(
        (r.time.days_elapsed, r.time.days_total, r.time.months_left),
        (182, 366, d("6"))
    );
    let [a1, a2, a3] = [&r.lines[0], &r.lines[1], &r.lines[2]];
    // A1, over budget: 400 + 300 + 350 = 1050 direct + 105 indirect = 1155 against 1100.
    // Nothing spent in Apr–Jun, so the run rate is 0 and the forecast stays 1155: +55, and
    // nothing unspent. Linear: 1155 × 366 ÷ 182 = 2322.692… → 2322.69.
    assert_eq!(a1.cumulative.eligible, d("1155.00"));
    assert_eq!(a1.used_pct, Some(d("105.00")));
    assert_eq!(a1.forecast_run_rate, Some(d("1155.00")));
    assert_eq!(a1.over_under, Some(d("55.00")));
    assert_eq!(a1.forecast_linear, Some(d("2322.69")));
    assert_eq!(a1.unspent, d("0.00"));
    // A1's plan: 50 % at 2020-03-31, then linear to 100 % at 2020-12-31 (275 days); 91 days
    // later: 50 + 50 × 91 ÷ 275 = 66.545… % → theoretical 1100 × 66.545… % = 732.00;
    // deviation 105 − 66.545… = 38.45 pp (an alert above 15 pp).
    assert_eq!(a1.plan_pct, d("66.55"));
    assert_eq!(a1.theoretical, d("732.00"));
    assert_eq!(a1.difference_from_plan, d("423.00"));
    assert_eq!(a1.deviation_pp, Some(d("38.45")));
    // A2: 200 a month Apr–Jun + 10 % = 220 a month, cumulative 660; forecast 660 + 220 × 6 =
    // 1980 against 3300: 1320 unspent. Linear plan: 3300 × 182 ÷ 366 = 1640.98.
    assert_eq!(a2.cumulative.eligible, d("660.00"));
    assert_eq!(a2.run_rate_monthly, Some(d("220.00")));
    assert_eq!(a2.forecast_run_rate, Some(d("1980.00")));
    assert_eq!(a2.over_under, Some(d("-1320.00")));
    assert_eq!(a2.unspent, d("1320.00"));
    assert_eq!(a2.theoretical, d("1640.98"));
    // A3, no spend yet: forecast 0, linear 0, the whole 660 unspent.
    assert_eq!(a3.cumulative.eligible, d("0.00"));
    assert_eq!(a3.forecast_run_rate, Some(d("0.00")));
    assert_eq!(a3.forecast_linear, Some(d("0.00")));
    assert_eq!(a3.unspent, d("660.00"));
    assert_eq!(a3.used_pct, Some(d("0.00")));
    // EU at risk: 75 % × (0 + 1320 + 660) = 1485.00.
    assert_eq!(r.eu_at_risk, d("1485.00"));
    assert_eq!(a2.eu_at_risk + a3.eu_at_risk, d("1485.00"));
    let alerted: Vec<&str> = r
        .alerts
        .iter()
        .filter(|a| a.kind == "line_deviation")
        .map(|a| a.code.as_str())
        .collect();
    assert_eq!(alerted, ["A1", "A2", "A3"]);
    // Indicators come from the one count of persons the claim and IND-01 use: a person counts
    // on a line only with a co-financed (not wholly ineligible) per-case cost on it. C-1, C-2
    // and C-3 departed, but this fixture books no A1 cost for them, so A1 counts nobody (and has
    // no cost per returnee); C-3's reintegration delivered in April counts for A2.
    assert_eq!(r.indicators[0].achieved, 0);
    assert_eq!(r.indicators[1].achieved, 1);
    assert_eq!(r.indicators[2].achieved, 0);
    assert_eq!(r.indicators[0].cost_per_person, None);
    assert_eq!(r.indicators[0].planned_cost_per_person, Some(d("110.00")));
    let apr = r
        .indicator_months
        .iter()
        .find(|m| m.month == "2020-04")
        .unwrap();
    assert_eq!(apr.persons[1], Some(1));
}

#[test]
fn burn_forecast_and_risk_by_hand_after_the_amendment_extends_the_period() {
    // As of 2020-10-31 version 2 governs: period to 2021-06-30 (366 + 181 = 547 days), 305
    // days elapsed, 8 months left (Nov 2020 – Jun 2021); A3's budget is 880 now.
    let r = burn(&run_of("burn"), "2020-10-31");
    assert_eq!(r.agreement.version, 2);
    assert_eq!(
        (r.time.days_elapsed, r.time.days_total, r.time.months_left),
        (305, 547, d("8"))
    );
    // A2: 660 + October's 300 + 30 = 990; last three months Aug 0, Sep 0, Oct 330 → 110 a
    // month; forecast 990 + 110 × 8 = 1870, unspent 3300 − 1870 = 1430.
    assert_eq!(r.lines[1].cumulative.eligible, d("990.00"));
    assert_eq!(r.lines[1].forecast_run_rate, Some(d("1870.00")));
    assert_eq!(r.lines[1].unspent, d("1430.00"));
    // A3 no spend: the amended budget 880 unspent. A1 over budget: 0.
    assert_eq!(r.lines[2].budget, d("880.00"));
    assert_eq!(r.lines[2].unspent, d("880.00"));
    assert_eq!(r.lines[0].unspent, d("0.00"));
    // EU at risk: 75 % × (1430 + 880) = 1732.50.
    assert_eq!(r.eu_at_risk, d("1732.50"));
    // The plan runs to the new end date: the months go up to 2021-06 and the total plan
    // reaches the amended budget there.
    let last = r.months.last().unwrap();
    assert_eq!(last.month, "2021-06");
    assert_eq!(last.total.plan_cumulative, d("5280.00"));
    assert_eq!(last.total.actual, None);
}

#[test]
fn burn_reintegration_deadlines_in_the_next_90_days() {
    // As of 2020-12-01: C-1 departed 2020-02-10 → deadline 2021-02-10, 71 days; C-2 departed
    // 2020-02-29 → 2021-02-28 (no 29 February), 89 days; C-3 already has a reintegration cost.
    let r = burn(&run_of("burn"), "2020-12-01");
    let got: Vec<(String, String, i64)> = r
        .deadlines
        .iter()
        .map(|x| (x.case_id.clone(), x.deadline.to_string(), x.days_left))
        .collect();
    assert_eq!(
        got,
        [
            ("C-1".to_string(), "2021-02-10".to_string(), 71),
            ("C-2".to_string(), "2021-02-28".to_string(), 89)
        ]
    );
    // A day earlier C-2's deadline is 90 days away, still listed; on 2020-11-29 it is 91.
    assert_eq!(burn(&run_of("burn"), "2020-11-30").deadlines.len(), 2);
    assert_eq!(burn(&run_of("burn"), "2020-11-29").deadlines.len(), 1);
}

/// The `<c:f>` references of one chart part of an xlsx, in order.
fn chart_refs(xlsx: &[u8], n: usize) -> Vec<String> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut xml = String::new();
    zip.by_name(&format!("xl/charts/chart{n}.xml"))
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml.split("<c:f>")
        .skip(1)
        .map(|s| s.split("</c:f>").next().unwrap().to_string())
        .collect()
}

#[test]
fn burn_xlsx_chart_series_point_at_the_monthly_columns() {
    use calamine::{Reader, Xlsx};
    let run = run_of("burn");
    let mut r = burn(&run, "2020-10-31");
    r.lang = grantbook::model::project::Lang::Lv;
    let bytes = grantbook::render::xlsx::burn::burn_as_xlsx(&r).unwrap();
    // Version 2 runs to 2021-06: 18 months, rows 2..19 under the header.
    assert_eq!(r.months.len(), 18);
    let m = |c: &str| format!("Mēneši!${c}$2:${c}$19");
    let p = |c: &str| format!("'Personas pa mēnešiem'!${c}$2:${c}$19");
    // Months sheet: A month, then per line (actual, cumulative, plan cumulative): A1 B C D,
    // A2 E F G, A3 H I J; the total K L M N; EU and STATE (actual, cumulative) O P Q R; the
    // quarter-end mark S; the forecast cumulative per line T U V and the total's W.
    let cum_plan_forecast = [
        ("C", "D", "T"),
        ("F", "G", "U"),
        ("I", "J", "V"),
        ("L", "N", "W"),
    ];
    for (i, (act, plan, fc)) in cum_plan_forecast.iter().enumerate() {
        assert_eq!(
            chart_refs(&bytes, i + 1),
            [m("A"), m(act), m("A"), m(plan), m("A"), m(fc)],
            "chart {}",
            i + 1
        );
    }
    assert_eq!(
        chart_refs(&bytes, 5),
        [m("A"), m("B"), m("A"), m("E"), m("A"), m("H")]
    );
    // Persons sheet: per line (in month, cumulative, target): A1 B C D, A2 E F G, A3 H I J.
    for (i, (cum, target)) in [("C", "D"), ("F", "G"), ("I", "J")].iter().enumerate() {
        assert_eq!(
            chart_refs(&bytes, 6 + i),
            [p("A"), p(cum), p("A"), p(target)]
        );
    }
    // And those columns hold what their headers say, with the report's numbers.
    let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let months = wb.worksheet_range("Mēneši").unwrap();
    let head = |c: u32| months.get_value((0, c)).unwrap().to_string();
    assert_eq!(head(2), "A1 kumulatīvi");
    assert_eq!(head(3), "A1 plāns kumulatīvi");
    assert_eq!(head(11), "Kopā kumulatīvi");
    assert_eq!(head(13), "Kopā plāns kumulatīvi");
    // October 2020 (row 11): total cumulative 2145.00 (1155 + 990 + 0).
    assert_eq!(months.get_value((10, 0)).unwrap().to_string(), "2020-10");
    assert_eq!(
        months.get_value((10, 11)),
        Some(&calamine::Data::Float(2145.0))
    );
    // The forecast columns: from the as-of month (October, the cumulative itself) to the end
    // date's month (June 2021, the forecast at completion); empty before October.
    assert_eq!(head(19), "A1 prognoze kumulatīvi");
    assert_eq!(head(22), "Kopā prognoze kumulatīvi");
    assert_eq!(months.get_value((9, 22)), Some(&calamine::Data::Empty));
    assert_eq!(
        months.get_value((10, 22)),
        Some(&calamine::Data::Float(2145.0))
    );
    let at_end: f64 = r
        .total
        .forecast_run_rate
        .unwrap()
        .to_string()
        .parse()
        .unwrap();
    assert_eq!(
        months.get_value((18, 22)),
        Some(&calamine::Data::Float(at_end))
    );
    let persons = wb.worksheet_range("Personas pa mēnešiem").unwrap();
    assert_eq!(
        persons.get_value((0, 2)).unwrap().to_string(),
        "A1 kumulatīvi"
    );
    assert_eq!(
        persons.get_value((0, 3)).unwrap().to_string(),
        "A1 mērķis kumulatīvi"
    );
}

#[test]
fn burn_deadline_window_comes_from_the_project_file() {
    // The same fixture as above, as of 2020-12-01: C-1's deadline is 71 days away, C-2's 89.
    let mut run = run_of("burn");
    for v in &mut run.project.versions {
        v.params.burn_deadline_window_days = 71;
    }
    let r = burn(&run, "2020-12-01");
    let ids: Vec<&str> = r.deadlines.iter().map(|x| x.case_id.as_str()).collect();
    assert_eq!(ids, ["C-1"]);
    assert_eq!(r.params.deadline_window_days, 71);
    for v in &mut run.project.versions {
        v.params.burn_deadline_window_days = 70;
    }
    assert!(burn(&run, "2020-12-01").deadlines.is_empty());

    // The key is read from [params]; without it the window is 90 days, as before.
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/burn/project.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let base = grantbook::import::project::parse_project(&text, &path).unwrap();
    assert_eq!(base.versions[0].params.burn_deadline_window_days, 90);
    assert_eq!(base.versions[0].params.burn_heading_near_pct, 90);
    let with = text.replacen(
        "burn_alert_pp = \"15\"",
        "burn_alert_pp = \"15\"\nburn_deadline_window_days = 30\nburn_heading_near_pct = 80",
        1,
    );
    assert_ne!(with, text);
    let p = grantbook::import::project::parse_project(&with, &path).unwrap();
    assert_eq!(p.versions[0].params.burn_deadline_window_days, 30);
    assert_eq!(p.versions[0].params.burn_heading_near_pct, 80);
}

#[test]
fn burn_eu_at_risk_moves_smoothly_day_by_day_through_2021() {
    // The run-rate takes complete months only, so within a month the forecast moves by one
    // day's payments and one day less to forecast, never by a month's worth: between any two
    // consecutive days of 2021 the EU funding at risk changes by less than 15 %, except on a
    // month's last day, when that month joins the run-rate window.
    let run = load(&crate::sample::sample_global()).expect("the sample loads");
    let mut day = date("2020-12-31");
    let mut prev = burn(&run, &day.to_string()).eu_at_risk;
    let mut worst = (Decimal::ZERO, day);
    let mut worst_month_end = (Decimal::ZERO, day);
    while day < date("2021-12-31") {
        day = day.succ_opt().unwrap();
        let now = burn(&run, &day.to_string()).eu_at_risk;
        let month_end = day.succ_opt().unwrap().day0() == 0;
        assert!(
            prev > Decimal::ZERO,
            "{day}: something at risk the day before"
        );
        let change = ((now - prev) / prev).abs();
        if !month_end && change > worst.0 {
            worst = (change, day);
        }
        if month_end && change > worst_month_end.0 {
            worst_month_end = (change, day);
        }
        prev = now;
    }
    eprintln!(
        "EU funding at risk, largest day-to-day change in 2021: {:.4} on {} ({:.4} on {}, a \
         month's last day)",
        worst.0, worst.1, worst_month_end.0, worst_month_end.1
    );
    assert!(worst.0 < d("0.15"), "{} on {}", worst.0, worst.1);
}

#[test]
fn burn_as_of_outside_the_period_exits_2_naming_the_option_date_and_range() {
    // The mini project runs 2020-01-01 … 2020-12-31; with 5 days of payment grace the last
    // date a burn report can be made at is 2021-01-05.
    let dir = crate::support::mini_copy();
    let text = crate::support::mini_project_text().replacen(
        "payment_grace_days = 0",
        "payment_grace_days = 5",
        1,
    );
    std::fs::write(dir.path().join("project.toml"), text).unwrap();
    let burn_at = |as_of: &str, out: &str| {
        crate::support::run_bin(
            dir.path(),
            &[
                "burn",
                "--project",
                "project.toml",
                "--lang",
                "en",
                "--out",
                out,
                "--as-of",
                as_of,
            ],
        )
    };
    for (as_of, out) in [("2019-12-31", "before"), ("2021-01-06", "after")] {
        let o = burn_at(as_of, out);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{as_of}: {err}");
        for want in [
            "--as-of",
            as_of,
            "2020-01-01 … 2021-01-05",
            "5 days of payment grace",
        ] {
            assert!(err.contains(want), "{as_of}: {want:?} in {err}");
        }
        assert!(!dir.path().join(out).exists(), "{as_of}: nothing written");
    }
    // The range's ends are accepted.
    for (as_of, out) in [("2020-01-01", "first"), ("2021-01-05", "last")] {
        let o = burn_at(as_of, out);
        assert_eq!(o.status.code(), Some(0), "{as_of}: {:?}", o);
        assert!(dir
            .path()
            .join(out)
            .join(format!("burn-{as_of}.json"))
            .exists());
    }
}

#[test]
fn burn_no_forecast_in_the_first_three_months() {
    // The burn fixture starts 2020-01-01: on 2020-03-30 only January and February are complete
    // months, so there is no run-rate, no forecast and nothing at risk, though A1 has spent.
    let run = run_of("burn");
    let r = burn(&run, "2020-03-30");
    assert!(r.time.run_rate_window.is_empty());
    assert_eq!(r.eu_at_risk, d("0.00"));
    assert!(r.lines[0].cumulative.eligible > Decimal::ZERO);
    for x in r.lines.iter().chain(std::iter::once(&r.total)) {
        assert_eq!(x.forecast_run_rate, None, "{}", x.line);
        assert_eq!(x.forecast_linear, None, "{}", x.line);
        assert_eq!(x.unspent, d("0.00"), "{}", x.line);
        assert_eq!(x.eu_at_risk, d("0.00"), "{}", x.line);
    }
    assert!(r.indicators.iter().all(|x| x.forecast_at_end.is_none()));
    assert!(r
        .months
        .iter()
        .all(|m| m.total.forecast_cumulative.is_none()));
    // The next day March is complete: Jan–Mar is the window and the forecast is back.
    let r = burn(&run, "2020-03-31");
    assert_eq!(r.time.run_rate_window, ["2020-01", "2020-02", "2020-03"]);
    assert!(r.total.forecast_run_rate.is_some());
    assert!(r.eu_at_risk > Decimal::ZERO);
}

#[test]
fn burn_forecast_line_runs_from_the_as_of_month_to_the_end_date() {
    // As of 2020-06-30 (the burn fixture, version 1 to 2020-12-31) A2 spends 220 a month:
    // the forecast line starts at June's cumulative 660 and adds 220 each month to 1980 in
    // December; A1 spent nothing in the window, so its line stays flat at 1155. Months before
    // June have none.
    let r = burn(&run_of("burn"), "2020-06-30");
    let line = |l: usize| -> Vec<Option<Decimal>> {
        r.months
            .iter()
            .map(|m| m.lines[l].forecast_cumulative)
            .collect()
    };
    let a2: Vec<Option<Decimal>> = line(1);
    let months: Vec<&str> = r.months.iter().map(|m| m.month.as_str()).collect();
    let june = months.iter().position(|m| *m == "2020-06").unwrap();
    assert!(a2[..june].iter().all(Option::is_none));
    let want: Vec<Option<Decimal>> = ["660", "880", "1100", "1320", "1540", "1760", "1980"]
        .iter()
        .map(|x| Some(d(x)))
        .collect();
    assert_eq!(a2[june..], want[..]);
    assert_eq!(line(0)[june..], vec![Some(d("1155.00")); 7][..]);
    // The total's line ends at the total forecast at completion.
    let last = r.months.last().unwrap();
    assert_eq!(last.month, "2020-12");
    assert_eq!(last.total.forecast_cumulative, r.total.forecast_run_rate);
    // Persons: A2 counted 1 person (April) in Apr–Jun → 1/3 a month × 6 months = 2 more: 3.
    assert_eq!(r.indicators[1].achieved, 1);
    assert_eq!(r.indicators[1].forecast_at_end, Some(3));
}

#[test]
fn burn_default_as_of_stays_within_the_period() {
    // A payment after the end date (and its grace) is a finding, not a reason to refuse the
    // default: the report is made at the last date allowed, 2020-12-31 for the mini project.
    let dir = crate::support::mini_copy();
    let path = dir.path().join("expenses.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let late = text.replacen(
        "E-3,TKT-02,2020-05-03,2020-05-04",
        "E-3,TKT-02,2020-05-03,2021-02-04",
        1,
    );
    assert_ne!(late, text);
    std::fs::write(&path, late).unwrap();
    let o = crate::support::run_bin(
        dir.path(),
        &[
            "burn",
            "--project",
            "project.toml",
            "--format",
            "json",
            "--out",
            "o",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert!(dir.path().join("o/burn-2020-12-31.json").exists());
}

#[test]
fn burn_reports_speak_the_report_language_when_too_early() {
    // In the first months the html, the workbook and the terminal summary say it is too early
    // in the report's language, and no catalogue key is missing (a missing one shows as
    // `[key]`).
    let mut r = burn(&run_of("burn"), "2020-02-15");
    for (lang, early) in [
        (grantbook::model::project::Lang::En, "too early"),
        (grantbook::model::project::Lang::Lv, "par agru"),
    ] {
        r.lang = lang;
        let html = grantbook::render::html::burn::burn_as_html(&r).unwrap();
        let text = grantbook::render::text::burn::burn_summary(&r, &["x".to_string()]);
        for (what, s) in [("html", &html), ("text", &text)] {
            assert!(s.contains(early), "{lang:?} {what}: {early:?}");
            assert!(!s.contains("[burn-"), "{lang:?} {what}: a missing key");
        }
        let xlsx = grantbook::render::xlsx::burn::burn_as_xlsx(&r).unwrap();
        use calamine::{Reader, Xlsx};
        let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(xlsx)).unwrap();
        let mut all = String::new();
        for name in wb.sheet_names() {
            let range = wb.worksheet_range(&name).unwrap();
            for (_, _, v) in range.used_cells() {
                all.push_str(&v.to_string());
                all.push('\n');
            }
        }
        assert!(all.contains(early), "{lang:?} xlsx: {early:?}");
        assert!(!all.contains("[burn-"), "{lang:?} xlsx: a missing key");
    }
}
