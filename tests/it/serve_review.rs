//! The workspace's review page over plain HTTP: every sampling method with the command line's
//! parameters gives the command line's sample and figures (standard MUS with σr from a review
//! filled in the page), a checklist filled elsewhere goes on in the page, an invalid parameter
//! shows the command line's message in the page's language, and two browsers (two session
//! cookies) review apart — their uploads, parameters, checklists and files never mix.

use super::serve::{csrf, figure, multipart, serve, written, Answer, Served};
use super::support::{claims, root, run_bin};
use std::path::Path;

/// Posts the review form: `files` as (field, path), `fields` as (name, value).
fn review(s: &Served, cookie: &str, files: &[(&str, &Path)], fields: &[(&str, &str)]) -> Answer {
    let token = csrf(&s.get(cookie, "/review").body);
    let bytes: Vec<(String, String, Vec<u8>)> = files
        .iter()
        .map(|(f, p)| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (f.to_string(), name, std::fs::read(p).unwrap())
        })
        .collect();
    let mut parts: Vec<(&str, &str, &[u8])> = bytes
        .iter()
        .map(|(f, n, b)| (f.as_str(), n.as_str(), b.as_slice()))
        .collect();
    parts.extend(fields.iter().map(|(k, v)| (*k, "", v.as_bytes())));
    s.raw(
        "POST",
        &format!("/review?csrf={token}"),
        &s.host(),
        &[
            cookie.to_string(),
            "Content-Type: multipart/form-data; boundary=x".into(),
        ],
        &multipart(&parts),
    )
}

/// Posts the checklist form (`field-entry=value` pairs).
fn save(s: &Served, cookie: &str, pairs: &[(String, &str)]) -> Answer {
    let token = csrf(&s.get(cookie, "/review").body);
    let body: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", v.replace(' ', "+")))
        .collect();
    s.raw(
        "POST",
        &format!("/review/checklist?csrf={token}"),
        &s.host(),
        &[
            cookie.to_string(),
            "Content-Type: application/x-www-form-urlencoded".into(),
        ],
        body.join("&").as_bytes(),
    )
}

/// The sample's entries in the page's order.
fn entries(page: &str) -> Vec<String> {
    page.split("<tr data-entry=\"")
        .skip(1)
        .map(|r| r.split('"').next().unwrap().to_string())
        .collect()
}

/// The files the page links under `--out`.
fn links(page: &str) -> Vec<String> {
    page.split("href=\"/out/")
        .skip(1)
        .map(|r| r.split('"').next().unwrap().to_string())
        .collect()
}

/// The text of the error page, unescaped.
fn error_text(page: &str) -> String {
    let at = page.find("id=\"error\">").expect("the error page") + 11;
    page[at..page[at..].find("</pre>").unwrap() + at]
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The page's sample and figures against `grantbook review … --format json` for the same
/// inputs and options.
fn same_as_json(page: &str, json: &serde_json::Value) {
    let sample = &json["sample"];
    assert_eq!(
        page.split("data-code=\"").nth(1).unwrap().split('"').next(),
        sample["method"].as_str()
    );
    for k in [
        "confidence_pct",
        "reliability_factor",
        "tolerable_error",
        "expected_error_pct",
        "expected_error",
        "population_value",
    ] {
        assert_eq!(figure(page, k), sample[k].as_str().unwrap(), "{k}");
    }
    for k in ["population_items", "sample_size", "seed"] {
        assert_eq!(figure(page, k), sample[k].to_string(), "{k}");
    }
    for k in ["expansion_factor", "sigma_r", "interval"] {
        if let Some(v) = sample[k].as_str() {
            assert_eq!(figure(page, k), v, "{k}");
        }
    }
    assert!(page.contains(sample["population_sha256"].as_str().unwrap()));
    let selected: Vec<String> = sample["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["selected"].to_string())
        .collect();
    let shown: Vec<String> = page
        .split("<tr data-group=")
        .skip(1)
        .map(|g| figure(g, "selected"))
        .collect();
    assert_eq!(shown, selected);
    let rows: Vec<String> = json["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["entry_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(entries(page), rows, "the same sample, in the same order");
}

#[test]
fn every_method_samples_as_the_command_line_does() {
    let s = serve(&[]);
    let cookie = s.session();
    let (dir, _, q3) = claims();
    let claim = q3.to_str().unwrap();
    for (method, extra) in [
        (
            "stratified",
            &[("expected_error", "0.5"), ("confidence", "0.95")][..],
        ),
        ("nonstatistical", &[("seed", "42")][..]),
        ("conservative", &[("expected_error", "0,25")][..]),
    ] {
        let mut fields = vec![("method", method)];
        fields.extend_from_slice(extra);
        let r = review(&s, &cookie, &[("claim", &q3)], &fields);
        assert_eq!(r.status, 303, "{method}: {}", r.body);
        let page = s.get(&cookie, "/review").body;
        let mut args = vec!["review", "--claim", claim, "--method", method];
        for (k, v) in extra {
            args.push(match *k {
                "expected_error" => "--expected-error",
                "confidence" => "--confidence",
                _ => "--seed",
            });
            args.push(v);
        }
        let v = extra
            .iter()
            .find(|(k, _)| *k == "expected_error")
            .map(|(_, v)| v.replace(',', "."));
        if let Some(v) = &v {
            let at = args.iter().position(|a| *a == "--expected-error").unwrap();
            args[at + 1] = v;
        }
        same_as_json(&page, &written(&args, "review-2020-Q3.json"));
    }

    // Standard MUS takes σr from an earlier review: a nonstatistical review of this claim
    // filled in the page (two rows), then given back as the earlier review.
    let r = review(
        &s,
        &cookie,
        &[("claim", &q3)],
        &[("method", "nonstatistical")],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let page = s.get(&cookie, "/review").body;
    let ids = entries(&page);
    let r = save(
        &s,
        &cookie,
        &[
            (format!("result-{}", ids[0]), "ok"),
            (format!("result-{}", ids[1]), "error"),
            (format!("error_type-{}", ids[1]), "wrong_amount"),
            (format!("deducted-{}", ids[1]), "1,00"),
            (format!("parking-{}", ids[1]), "deferred"),
        ],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let page = s.get(&cookie, "/review").body;
    let xlsx = links(&page)
        .into_iter()
        .find(|f| f.ends_with(".xlsx"))
        .expect("the review workbook");
    let pilot = dir.path().join("pilot-review.xlsx");
    std::fs::copy(s.out.path().join(&xlsx), &pilot).unwrap();
    let r = review(
        &s,
        &cookie,
        &[("claim", &q3), ("previous_review", &pilot)],
        &[("method", "standard")],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let page = s.get(&cookie, "/review").body;
    let json = written(
        &[
            "review",
            "--claim",
            claim,
            "--method",
            "standard",
            "--previous-review",
            pilot.to_str().unwrap(),
        ],
        "review-2020-Q3.json",
    );
    assert!(json["sample"]["sigma_r"].is_string());
    same_as_json(&page, &json);
    // The item the pilot deferred is listed as parked, as the command line lists it.
    let parked = json["parked"].as_array().unwrap();
    assert!(
        parked.iter().any(|p| p["entry_id"] == ids[1].as_str()),
        "{parked:?}"
    );
    assert_eq!(page.matches("<tr data-parked=").count(), parked.len());
    for p in parked {
        let id = p["entry_id"].as_str().unwrap();
        assert!(page.contains(&format!("data-parked=\"{id}\"")), "{id}");
    }

    // The parameters alone change: the workbooks uploaded stay, the sample is drawn again.
    let r = review(
        &s,
        &cookie,
        &[],
        &[("method", "conservative"), ("seed", "9")],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let page = s.get(&cookie, "/review").body;
    same_as_json(
        &page,
        &written(
            &[
                "review",
                "--claim",
                claim,
                "--seed",
                "9",
                "--previous-review",
                pilot.to_str().unwrap(),
            ],
            "review-2020-Q3.json",
        ),
    );
}

#[test]
fn an_invalid_parameter_shows_the_command_lines_message_in_the_pages_language() {
    let s = serve(&[]);
    let en = s.session();
    let lv = en.replace("grantbook_lang=en", "grantbook_lang=lv");
    let (_dir, _, q3) = claims();
    for (fields, cli) in [
        (&[("confidence", "abc")][..], &["--confidence", "abc"][..]),
        (&[("confidence", "1.5")][..], &["--confidence", "1.5"][..]),
        (
            &[("expected_error", "x")][..],
            &["--expected-error", "x"][..],
        ),
        (&[("method", "standard")][..], &["--method", "standard"][..]),
        (
            &[("method", "stratified"), ("expected_error", "1.9")][..],
            &["--method", "stratified", "--expected-error", "1.9"][..],
        ),
        (
            &[("confidence", "0.97"), ("expected_error", "0.5")][..],
            &["--confidence", "0.97", "--expected-error", "0.5"][..],
        ),
    ] {
        // The command line in English (the sample project's language is Latvian).
        let mut args = vec!["--lang", "en", "review", "--claim", q3.to_str().unwrap()];
        args.extend_from_slice(cli);
        let out = run_bin(&root(), &args);
        assert_eq!(out.status.code(), Some(2));
        let message = String::from_utf8_lossy(&out.stderr);
        let message = message.trim_end().trim_start_matches("error: ");
        let r = review(&s, &en, &[("claim", &q3)], fields);
        assert_eq!(r.status, 422, "{cli:?}");
        assert_eq!(error_text(&r.body), message, "{cli:?}");
        // The same refusal in Latvian: its hint is a padoms, not a hint.
        let r = review(&s, &lv, &[("claim", &q3)], fields);
        assert_eq!(r.status, 422);
        let text = error_text(&r.body);
        assert!(
            text.contains("\n  padoms: ") && !text.contains("hint"),
            "{text}"
        );
    }
    // A file that is not a workbook: refused by content, in the page's language.
    let fake = std::env::temp_dir().join(format!("not-a-workbook-{}.xlsx", std::process::id()));
    std::fs::write(&fake, "Datums;Summa\n").unwrap();
    let r = review(&s, &lv, &[("claim", &fake)], &[]);
    std::fs::remove_file(&fake).unwrap();
    assert_eq!(r.status, 415);
    assert!(
        error_text(&r.body).contains("nav xlsx darbgrāmata"),
        "{}",
        r.body
    );
    // A refused parameter leaves no review behind, and a checklist without one is refused.
    assert!(!s.get(&en, "/review").body.contains("id=\"sample\""));
    let r = save(&s, &en, &[]);
    assert_eq!(r.status, 422);
    assert!(error_text(&r.body).starts_with("no review in progress"));
}

#[test]
fn two_browsers_review_apart() {
    let s = serve(&[]);
    let (a, b) = (s.session(), s.session());
    assert_ne!(a, b);
    let (_dir, q2, q3) = claims();
    assert_eq!(
        review(&s, &a, &[("claim", &q3)], &[("seed", "7")]).status,
        303
    );
    assert_eq!(
        review(&s, &b, &[("claim", &q2)], &[("method", "nonstatistical")]).status,
        303
    );
    let (pa, pb) = (s.get(&a, "/review").body, s.get(&b, "/review").body);
    assert!(pa.contains("claim-2020-Q3.xlsx · 2020-Q3") && !pa.contains("2020-Q2"));
    assert!(pb.contains("claim-2020-Q2.xlsx · 2020-Q2") && !pb.contains("claim-2020-Q3"));
    assert!(
        pa.contains("value=\"7\"") && !pb.contains("value=\"7\""),
        "each its seed"
    );
    // A fills a row; B's checklist is untouched, and B's save never writes A's rows.
    let ea = entries(&pa);
    assert_eq!(
        save(&s, &a, &[(format!("result-{}", ea[0]), "ok")]).status,
        303
    );
    let pb2 = s.get(&b, "/review").body;
    assert_eq!(pb2, pb, "B's page is as it was");
    assert_eq!(
        save(&s, &b, &[(format!("result-{}", ea[0]), "ok")]).status,
        303
    );
    assert!(!s.get(&b, "/review").body.contains("value=\"ok\" selected"));
    assert!(s.get(&a, "/review").body.contains("value=\"ok\" selected"));
    // Each writes its own files, named by period and its own id, even for the same period.
    let (fa, fb) = (links(&s.get(&a, "/review").body), links(&pb2));
    assert_eq!(fa.len(), 3);
    assert!(
        fa.iter().all(|f| f.starts_with("review-2020-Q3-")),
        "{fa:?}"
    );
    assert!(
        fb.iter().all(|f| f.starts_with("review-2020-Q2-")),
        "{fb:?}"
    );
    assert_eq!(review(&s, &b, &[("claim", &q3)], &[]).status, 303);
    let fb = links(&s.get(&b, "/review").body);
    assert!(fb.iter().all(|f| !fa.contains(f)), "{fa:?} {fb:?}");
    for f in fa.iter().chain(&fb) {
        assert!(s.out.path().join(f).is_file(), "{f}");
    }
    // A's review workbook still holds A's filled row.
    let file = fa.iter().find(|f| f.ends_with(".json")).unwrap();
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(s.out.path().join(file)).unwrap()).unwrap();
    assert_eq!(json["checklist"][0]["result"], "ok");
    // The new endpoints refuse a POST without the CSRF token, and a browser without a session.
    for path in ["/review", "/review/checklist"] {
        let r = s.raw("POST", path, &s.host(), std::slice::from_ref(&a), b"");
        assert_eq!(r.status, 403, "{path}");
        let r = s.raw("POST", path, &s.host(), &[], b"");
        assert_eq!(r.status, 401, "{path}");
    }
}

#[test]
fn a_checklist_filled_elsewhere_goes_on_in_the_page() {
    let s = serve(&[]);
    let (a, b) = (s.session(), s.session());
    let (dir, q2, q3) = claims();
    let r = review(
        &s,
        &a,
        &[("claim", &q3)],
        &[("method", "stratified"), ("expected_error", "0.5")],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let ids = entries(&s.get(&a, "/review").body);
    let r = save(
        &s,
        &a,
        &[
            (format!("result-{}", ids[0]), "ok"),
            (format!("result-{}", ids[1]), "error"),
            (format!("error_type-{}", ids[1]), "missing_document"),
            (format!("deducted-{}", ids[1]), "2.00"),
        ],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let pa = s.get(&a, "/review").body;
    let xlsx = links(&pa)
        .into_iter()
        .find(|f| f.ends_with(".xlsx"))
        .unwrap();
    let filled = dir.path().join("filled-review.xlsx");
    std::fs::copy(s.out.path().join(&xlsx), &filled).unwrap();
    // Another browser gives the claim and the filled checklist only: the method, expected
    // error and seed come from the checklist, and the rows filled stay filled.
    let r = review(&s, &b, &[("claim", &q3), ("checklist", &filled)], &[]);
    assert_eq!(r.status, 303, "{}", r.body);
    let pb = s.get(&b, "/review").body;
    assert_eq!(entries(&pb), ids);
    assert_eq!(pb.matches("value=\"ok\" selected").count(), 1);
    assert!(pb.contains("value=\"missing_document\" selected"));
    for k in ["projected", "upper_limit", "items_checked"] {
        assert_eq!(figure(&pb, k), figure(&pa, k), "{k}");
    }
    // The command line evaluates the same checklist to the same projection (exit 1: the
    // checklist is not complete yet).
    let cli = tempfile::tempdir().unwrap();
    let out = run_bin(
        &root(),
        &[
            "review",
            "--claim",
            q3.to_str().unwrap(),
            "--checklist",
            filled.to_str().unwrap(),
            "--method",
            "stratified",
            "--expected-error",
            "0.5",
            "--format",
            "json",
            "--out",
            cli.path().to_str().unwrap(),
            "-q",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(cli.path().join("review-2020-Q3.json")).unwrap())
            .unwrap();
    assert_eq!(
        figure(&pb, "projected"),
        json["projection"]["projected"].as_str().unwrap()
    );
    // A checklist of another claim's sample is refused, as the command line refuses it.
    let r = review(&s, &b, &[("claim", &q2), ("checklist", &filled)], &[]);
    assert_eq!(r.status, 422);
    assert!(
        error_text(&r.body).contains("made for another sample"),
        "{}",
        r.body
    );
}
