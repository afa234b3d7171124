//! `grantbook serve` over plain HTTP against the shipped sample: the guard (no token, a foreign
//! Host, a POST without the CSRF token, a path outside `--out`, an oversized upload, an upload
//! that is not a workbook — each refused with its status) and every page's figures equal to the
//! command line's json for the same inputs.
//!
//! The client is a few lines over `TcpStream` on purpose: it must send what a browser would
//! never send (a foreign Host header, a forged Content-Length) to show the server refuses it.

use super::support::{claims, mini_copy, root, run_bin};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

/// A served sample; the server is stopped when this is dropped.
pub(super) struct Served {
    child: Child,
    pub port: u16,
    pub token: String,
    pub out: tempfile::TempDir,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(super) fn serve(extra: &[&str]) -> Served {
    serve_in(&root(), extra)
}

fn serve_in(dir: &std::path::Path, extra: &[&str]) -> Served {
    let out = tempfile::tempdir().expect("tempdir");
    let mut child = Command::new(env!("CARGO_BIN_EXE_grantbook"))
        .args(["serve", "--out"])
        .arg(out.path())
        .args(extra)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start grantbook serve");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("first line");
    // grantbook: serving http://127.0.0.1:PORT/?token=TOKEN
    let rest = first
        .trim()
        .strip_prefix("grantbook: serving http://127.0.0.1:")
        .unwrap_or_else(|| panic!("unexpected first line {first:?}"));
    let (port, token) = rest.split_once("/?token=").expect("token in the address");
    Served {
        child,
        port: port.parse().expect("port"),
        token: token.to_string(),
        out,
    }
}

pub(super) struct Answer {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Served {
    pub(super) fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// One HTTP/1.1 request; `extra` are whole header lines.
    pub(super) fn raw(
        &self,
        method: &str,
        path: &str,
        host: &str,
        extra: &[String],
        body: &[u8],
    ) -> Answer {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
        for h in extra {
            req.push_str(h);
            req.push_str("\r\n");
        }
        if !extra.iter().any(|h| h.starts_with("Content-Length")) {
            req.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        req.push_str("\r\n");
        s.write_all(req.as_bytes()).expect("send");
        let _ = s.write_all(body);
        let mut bytes = Vec::new();
        let _ = s.read_to_end(&mut bytes);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .unwrap_or_else(|| panic!("no status in {head:?}"));
        Answer {
            status,
            head: head.to_string(),
            body: dechunk(head, body),
        }
    }

    /// A session cookie, as a browser gets it from the printed address.
    pub(super) fn session(&self) -> String {
        let a = self.raw(
            "GET",
            &format!("/?token={}", self.token),
            &self.host(),
            &[],
            b"",
        );
        assert_eq!(a.status, 303, "{}", a.head);
        let line = a
            .head
            .lines()
            .find(|l| {
                l.to_ascii_lowercase()
                    .starts_with("set-cookie: grantbook_session=")
            })
            .expect("a session cookie");
        assert!(
            line.contains("HttpOnly") && line.contains("SameSite=Strict"),
            "{line}"
        );
        let kv = line.split_once(": ").unwrap().1.split(';').next().unwrap();
        format!("Cookie: {kv}; grantbook_lang=en")
    }

    pub(super) fn get(&self, cookie: &str, path: &str) -> Answer {
        self.raw("GET", path, &self.host(), &[cookie.to_string()], b"")
    }
}

fn dechunk(head: &str, body: &str) -> String {
    if !head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        return body.to_string();
    }
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, tail)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || tail.len() < n {
            break;
        }
        out.push_str(&tail[..n]);
        rest = tail[n..].trim_start_matches("\r\n");
    }
    out
}

/// The CSRF token the pages put in their forms.
pub(super) fn csrf(page: &str) -> String {
    let at = page.find("csrf=").expect("a form with the CSRF token") + 5;
    page[at..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect()
}

#[test]
fn the_guard_refuses_what_it_must() {
    let s = serve(&["--max-upload-mb", "1"]);
    // No token, a wrong token: 401.
    assert_eq!(s.raw("GET", "/", &s.host(), &[], b"").status, 401);
    assert_eq!(s.raw("GET", "/?token=00", &s.host(), &[], b"").status, 401);
    // The right token from a foreign Host (DNS rebinding): 403, and no session.
    let foreign = s.raw(
        "GET",
        &format!("/?token={}", s.token),
        "evil.example:80",
        &[],
        b"",
    );
    assert_eq!(foreign.status, 403);
    assert!(!foreign.head.to_ascii_lowercase().contains("set-cookie"));
    let cookie = s.session();
    let page = s.get(&cookie, "/review");
    assert_eq!(page.status, 200);
    assert!(
        page.head
            .contains("content-security-policy: default-src 'none'"),
        "{}",
        page.head
    );
    assert!(!page.body.contains("https://"), "no external asset");
    // The session cookie does not open the door from a foreign Host either.
    let other = s.raw(
        "GET",
        "/",
        "localhost.evil:1",
        std::slice::from_ref(&cookie),
        b"",
    );
    assert_eq!(other.status, 403);
    // A state-changing request without the CSRF token, and with a wrong one: 403.
    assert_eq!(
        s.raw(
            "POST",
            "/reload",
            &s.host(),
            std::slice::from_ref(&cookie),
            b""
        )
        .status,
        403
    );
    assert_eq!(
        s.raw(
            "POST",
            "/reload?csrf=abc",
            &s.host(),
            std::slice::from_ref(&cookie),
            b""
        )
        .status,
        403
    );
    let token = csrf(&page.body);
    let ok = s.raw(
        "POST",
        &format!("/reload?csrf={token}"),
        &s.host(),
        std::slice::from_ref(&cookie),
        b"",
    );
    assert_eq!(ok.status, 303, "{}", ok.head);
    // A path outside --out: 403, however it is spelled.
    for p in [
        "/out/..%2Fbudgets%2Fak-iom-pmif-2018-1.toml",
        "/out/%2Fetc%2Fpasswd",
        "/out/..%5C..%5Cx",
    ] {
        assert_eq!(s.get(&cookie, p).status, 403, "{p}");
    }
    // An upload over the limit (1 MB here) is refused before it is read: 413.
    let big = s.raw(
        "POST",
        &format!("/review?csrf={token}"),
        &s.host(),
        &[
            cookie.clone(),
            "Content-Type: multipart/form-data; boundary=x".into(),
            format!("Content-Length: {}", 2 << 20),
        ],
        b"",
    );
    assert_eq!(big.status, 413, "{}", big.head);
    assert!(
        big.body
            .contains("larger than the limit of 1 MB (--max-upload-mb)"),
        "{}",
        big.body
    );
    // An upload that is not a workbook: 415 (checked by content, not by name).
    let body = b"--x\r\nContent-Disposition: form-data; name=\"claim\"; filename=\"claim.xlsx\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\nnot a zip\r\n--x--\r\n";
    let fake = s.raw(
        "POST",
        &format!("/review?csrf={token}"),
        &s.host(),
        &[
            cookie,
            "Content-Type: multipart/form-data; boundary=x".into(),
        ],
        body,
    );
    assert_eq!(fake.status, 415, "{}", fake.head);
}

/// `1,234.56` as the English pages print an amount → `1234.56` as the json writes it.
pub(super) fn figure(page: &str, name: &str) -> String {
    let key = format!("data-figure=\"{name}\">");
    let at = page
        .find(&key)
        .unwrap_or_else(|| panic!("no figure {name}"))
        + key.len();
    page[at..].split('<').next().unwrap().replace(',', "")
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = run_bin(&root(), args);
    serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        // claim and burn write files; read the json they wrote.
        panic!("{}", String::from_utf8_lossy(&out.stderr))
    })
}

pub(super) fn written(args: &[&str], file: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let mut a: Vec<&str> = args.to_vec();
    let d = dir.path().to_str().unwrap().to_string();
    a.extend(["--format", "json", "--out", &d, "-q"]);
    let out = run_bin(&root(), &a);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&std::fs::read(dir.path().join(file)).unwrap()).unwrap()
}

#[test]
fn every_page_shows_the_command_lines_figures() {
    let s = serve(&[]);
    let cookie = s.session();
    let check = json(&["check", "--format", "json", "--lang", "en"]);
    let burn = written(
        &["burn", "--lang", "en"],
        &format!("burn-{}.json", "2022-12-31"),
    );
    let claim = written(
        &["claim", "--period", "2020-Q3", "--lang", "en"],
        "claim-2020-Q3.json",
    );
    let num = |v: &serde_json::Value| v.as_str().unwrap().to_string();
    let dec = |v: &serde_json::Value| num(v).parse::<rust_decimal::Decimal>().unwrap();

    let overview = s.get(&cookie, "/").body;
    assert_eq!(
        figure(&overview, "claimed"),
        num(&check["reconciliation"]["claimed"]["eur"])
    );
    assert_eq!(
        figure(&overview, "excluded"),
        num(&check["reconciliation"]["excluded"]["eur"])
    );
    assert_eq!(figure(&overview, "eu_at_risk"), num(&burn["eu_at_risk"]));
    let remaining = dec(&burn["total"]["budget"]) - dec(&burn["total"]["cumulative"]["eligible"]);
    assert_eq!(figure(&overview, "remaining"), format!("{remaining:.2}"));
    for row in check["rows"].as_array().unwrap() {
        let at = overview
            .find(&format!("data-role=\"{}\"", row["input"].as_str().unwrap()))
            .expect("the input's row");
        let tr = &overview[at..];
        for k in ["read", "accepted", "rejected"] {
            assert_eq!(figure(tr, k), row[k].to_string(), "{k}");
        }
    }
    for d in check["inputs"].as_array().unwrap() {
        assert!(overview.contains(d["sha256"].as_str().unwrap()));
    }

    let findings = s.get(&cookie, "/findings").body;
    for r in check["by_rule"].as_array().unwrap() {
        let at = findings
            .find(&format!(
                "<tr data-rule=\"{}\">",
                r["rule"].as_str().unwrap()
            ))
            .expect("the rule's row");
        assert_eq!(figure(&findings[at..], "count"), r["count"].to_string());
        assert_eq!(figure(&findings[at..], "ineligible"), num(&r["ineligible"]));
    }
    // The sample's planted mistakes are there, each at its cell.
    for f in check["findings"].as_array().unwrap() {
        if let Some(cell) = f["at"].as_str() {
            assert!(
                findings.contains(&cell.replace('›', "&#8250;")) || findings.contains(cell),
                "{cell}"
            );
        }
    }
    let filtered = s.get(&cookie, "/findings?rule=PER-01").body;
    assert_eq!(filtered.matches("<article").count(), 1);

    let page = s.get(&cookie, "/claim?period=2020-Q3").body;
    assert_eq!(
        figure(&page, "eligible"),
        num(&claim["cover"]["period"]["eligible"])
    );
    assert_eq!(
        figure(&page, "cumulative"),
        num(&claim["cover"]["cumulative"]["eligible"])
    );
    assert_eq!(
        figure(&page, "requested_eu"),
        num(&claim["cover"]["requested_eu"])
    );
    // The downloaded json is the command's json, byte for byte but the time-free fields.
    let dl = s.get(&cookie, "/claim/download?period=2020-Q3&format=json");
    assert_eq!(dl.status, 200);
    let served: serde_json::Value = serde_json::from_str(&dl.body).unwrap();
    assert_eq!(served, claim);

    let page = s.get(&cookie, "/burn").body;
    assert_eq!(figure(&page, "budget"), num(&burn["total"]["budget"]));
    assert_eq!(
        figure(&page, "cumulative"),
        num(&burn["total"]["cumulative"]["eligible"])
    );
    assert_eq!(figure(&page, "eu_at_risk"), num(&burn["eu_at_risk"]));

    let rules = s.get(&cookie, "/rules").body;
    assert!(rules.contains("id=\"PER-01\"") && rules.contains("id=\"FIN-02\""));
}

#[test]
fn the_language_switch_keeps_the_page() {
    let s = serve(&[]);
    let cookie = s.session();
    let to_lv = s.get(&cookie, "/lang/lv?back=/findings");
    assert_eq!(to_lv.status, 303);
    assert!(to_lv.head.contains("location: /findings"), "{}", to_lv.head);
    assert!(to_lv.head.contains("grantbook_lang=lv"));
    let lv_cookie = cookie.replace("grantbook_lang=en", "grantbook_lang=lv");
    assert!(s.get(&lv_cookie, "/findings").body.contains("Konstatējumi"));
    assert!(s.get(&cookie, "/findings").body.contains("Findings"));
    // Never another host.
    let away = s.get(&cookie, "/lang/en?back=//evil.example/");
    assert!(
        away.head.contains("location: /\r") || away.head.ends_with("location: /"),
        "{}",
        away.head
    );
}

#[test]
fn a_changed_input_is_offered_for_reading_again_and_what_changed_is_shown() {
    let dir = mini_copy();
    let s = serve_in(dir.path(), &["--project", "project.toml"]);
    let cookie = s.session();
    let before = s.get(&cookie, "/findings").body;
    assert!(!before.contains("id=\"changed\""));
    // The officer corrects the ledger in another program: one amount changes.
    let path = dir.path().join("expenses.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text.lines().nth(1).unwrap().to_string();
    let amount = line.split(',').nth(9).unwrap().to_string();
    let edited = line.replacen(&format!(",{amount},"), ",1.00,", 1);
    assert_ne!(line, edited, "the amount column of {line}");
    std::fs::write(&path, text.replacen(&line, &edited, 1)).unwrap();
    let page = s.get(&cookie, "/findings").body;
    let banner = &page[page.find("id=\"changed\"").expect("the reload banner")..];
    assert!(banner[..banner.find("</div>").unwrap()].contains("expenses.csv"));
    // Reading again: the pages show the new figures, and once what changed.
    let token = csrf(&page);
    let r = s.raw(
        "POST",
        &format!("/reload?csrf={token}&back=/findings"),
        &s.host(),
        std::slice::from_ref(&cookie),
        b"",
    );
    assert_eq!(r.status, 303);
    let after = s.get(&cookie, "/findings").body;
    assert!(!after.contains("id=\"changed\""));
    let change = &after[after.find("id=\"last-change\"").expect("what changed")..];
    let change = &change[..change.find("</div>").unwrap()];
    assert!(change.contains("expenses.csv"), "{change}");
    assert!(
        !s.get(&cookie, "/findings")
            .body
            .contains("id=\"last-change\""),
        "shown once"
    );
}

/// The shipped sample copied to a temporary folder as laid out in the repository, so a
/// submission writes the claim register in the copy.
fn sample_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (folder, file) in [
        ("budgets", "ak-iom-pmif-2018-1.toml"),
        ("sample-data", "expenses.xlsx"),
        ("sample-data", "cases.xlsx"),
        ("sample-data", "rates.xlsx"),
    ] {
        std::fs::create_dir_all(dir.path().join(folder)).expect("mkdir");
        std::fs::copy(
            root().join(folder).join(file),
            dir.path().join(folder).join(file),
        )
        .expect("copy sample");
    }
    dir
}

#[test]
fn a_quarter_is_frozen_only_after_its_confirmation() {
    let dir = sample_copy();
    let s = serve_in(dir.path(), &[]);
    let cookie = s.session();
    let claim = written(
        &["claim", "--period", "2020-Q3", "--lang", "en"],
        "claim-2020-Q3.json",
    );
    let confirm = s.get(&cookie, "/claim/submit?period=2020-Q3");
    assert_eq!(confirm.status, 200);
    // What will be frozen is the claim's eligible total, shown before anything is written.
    assert_eq!(
        figure(&confirm.body, "eligible"),
        claim["cover"]["period"]["eligible"].as_str().unwrap()
    );
    let register = dir.path().join("budgets");
    let frozen = |d: &std::path::Path| {
        walk(d)
            .into_iter()
            .filter(|p| p.file_name().is_some_and(|n| n == "claim-2020-Q3.json"))
            .count()
    };
    assert_eq!(frozen(&register), 0);
    let token = csrf(&confirm.body);
    // Figures other than those confirmed: refused, nothing written.
    let stale = s.raw(
        "POST",
        &format!("/claim/submit?csrf={token}&period=2020-Q3&expect=1.00"),
        &s.host(),
        std::slice::from_ref(&cookie),
        b"",
    );
    assert_eq!(stale.status, 422);
    assert!(
        stale.body.contains("changed since the confirmation"),
        "{}",
        stale.body
    );
    assert_eq!(frozen(&register), 0);
    // The confirmation's own form: frozen, and the claim page says so.
    let action = &confirm.body[confirm.body.find("action=\"/claim/submit?").unwrap() + 8..];
    let action = action[..action.find('"').unwrap()].replace("&amp;", "&");
    // Another grantbook (the command line's `claim --submit`) holding the register's lock: the
    // page's submission is refused with the command line's message, nothing written.
    let claims = register
        .join("claims")
        .join(grantbook::model::register::sanitise("AK/IOM/PMIF/2018/1"));
    std::fs::create_dir_all(&claims).unwrap();
    let held = std::fs::File::create(claims.join(".lock")).unwrap();
    held.lock().unwrap();
    let busy = s.raw(
        "POST",
        &action,
        &s.host(),
        std::slice::from_ref(&cookie),
        b"",
    );
    assert_eq!(busy.status, 422, "{}", busy.body);
    assert!(
        busy.body.contains("another grantbook is submitting"),
        "{}",
        busy.body
    );
    assert_eq!(frozen(&register), 0);
    held.unlock().unwrap();
    let ok = s.raw(
        "POST",
        &action,
        &s.host(),
        std::slice::from_ref(&cookie),
        b"",
    );
    assert_eq!(ok.status, 303, "{}", ok.body);
    assert_eq!(frozen(&register), 1);
    let page = s.get(&cookie, "/claim?period=2020-Q3").body;
    assert!(page.contains("This quarter is submitted"));
    // A year cannot be submitted: the command line's message, no stack trace.
    let year = s.get(&cookie, "/claim/submit?period=2020");
    assert_eq!(year.status, 422);
    assert!(year.body.contains("only a quarter can be submitted"));
    assert!(!year.body.contains("panicked") && !year.body.contains("backtrace"));
}

fn walk(d: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(d).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            v.extend(walk(&p));
        } else {
            v.push(p);
        }
    }
    v
}

#[test]
fn bad_input_shows_the_located_message() {
    let dir = mini_copy();
    let s = serve_in(dir.path(), &["--project", "project.toml"]);
    let cookie = s.session();
    let path = dir.path().join("expenses.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("2020-02-10", "2020-02-31", 1)).unwrap();
    let token = csrf(&s.get(&cookie, "/findings").body);
    let r = s.raw(
        "POST",
        &format!("/reload?csrf={token}"),
        &s.host(),
        std::slice::from_ref(&cookie),
        b"",
    );
    assert_eq!(r.status, 422);
    let cli = run_bin(dir.path(), &["check", "--project", "project.toml"]);
    let message = String::from_utf8_lossy(&cli.stderr);
    let first = message
        .lines()
        .next()
        .unwrap()
        .trim_start_matches("error: ");
    assert!(first.contains("expenses.csv"), "{first}");
    assert!(r.body.contains(first), "{first}\n{}", r.body);
    // The last good figures stay on the pages until the file is fixed.
    assert_eq!(s.get(&cookie, "/").status, 200);
}

#[test]
fn beyond_loopback_with_a_warning_and_ctrl_c_stops_cleanly() {
    let out = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_grantbook"))
        .args(["serve", "--listen", "0.0.0.0", "--out"])
        .arg(out.path())
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let port: u16 = first
        .trim()
        .strip_prefix("grantbook: serving http://127.0.0.1:")
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("{first}"));
    let ask = |host: &str| {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            s,
            "GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut a = String::new();
        let _ = s.read_to_string(&mut a);
        a.split_whitespace().nth(1).unwrap().to_string()
    };
    // Another machine names the server by its address (asked for the token: 401); a DNS name
    // is still refused (403).
    assert_eq!(ask(&format!("192.168.1.20:{port}")), "401");
    assert_eq!(ask(&format!("rebind.example:{port}")), "403");
    // Ctrl-C (SIGINT): the server stops, says so, exits 0.
    let int = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(int.success());
    let status = child.wait().unwrap();
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(status.success(), "{status:?} {err}");
    assert!(rest.contains("grantbook: stopped"), "{rest}");
    assert!(err.contains("warning: listening on 0.0.0.0"), "{err}");
}

/// One multipart body: `(field, file name or "", bytes)` parts.
pub(super) fn multipart(parts: &[(&str, &str, &[u8])]) -> Vec<u8> {
    let mut b = Vec::new();
    for (name, file, bytes) in parts {
        b.extend_from_slice(b"--x\r\n");
        if file.is_empty() {
            b.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
            );
        } else {
            b.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .as_bytes(),
            );
        }
        b.extend_from_slice(bytes);
        b.extend_from_slice(b"\r\n");
    }
    b.extend_from_slice(b"--x--\r\n");
    b
}

#[test]
fn a_review_against_the_previous_claim_shows_what_the_command_line_finds() {
    let s = serve(&[]);
    let cookie = s.session();
    let (_claims, q2, q3) = claims();
    let token = csrf(&s.get(&cookie, "/review").body);
    let body = multipart(&[
        ("claim", "claim-2020-Q3.xlsx", &std::fs::read(&q3).unwrap()),
        (
            "previous",
            "claim-2020-Q2.xlsx",
            &std::fs::read(&q2).unwrap(),
        ),
        ("confidence", "", b"0.95"),
        ("seed", "", b"7"),
    ]);
    let r = s.raw(
        "POST",
        &format!("/review?csrf={token}"),
        &s.host(),
        &[
            cookie.clone(),
            "Content-Type: multipart/form-data; boundary=x".into(),
        ],
        &body,
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let page = s.get(&cookie, "/review").body;
    let json = written(
        &[
            "review",
            "--claim",
            q3.to_str().unwrap(),
            "--previous",
            q2.to_str().unwrap(),
            "--confidence",
            "0.95",
            "--seed",
            "7",
        ],
        "review-2020-Q3.json",
    );
    assert!(
        page.contains("claim-2020-Q2.xlsx · 2020-Q2"),
        "the previous claim"
    );
    assert_eq!(
        figure(&page, "carry_forward_breaks"),
        json["previous"]["carry_forward_breaks"].to_string()
    );
    assert_eq!(
        figure(&page, "changes"),
        json["previous"]["changes"]
            .as_array()
            .unwrap()
            .len()
            .to_string()
    );
    assert_eq!(
        figure(&page, "differences"),
        json["conclusion"]["differences"].to_string()
    );
    // The same sample, row for row.
    for c in json["checklist"].as_array().unwrap() {
        assert!(page.contains(&format!(
            "data-entry=\"{}\"",
            c["entry_id"].as_str().unwrap()
        )));
    }
    assert_eq!(
        page.matches("<tr data-entry=").count(),
        json["checklist"].as_array().unwrap().len()
    );
}

/// The options of a `<select name=...>` on a page, without the empty "all".
fn options(page: &str, name: &str) -> Vec<String> {
    let at = page
        .find(&format!("<select name=\"{name}\">"))
        .expect("the picker");
    let sel = &page[at..at + page[at..].find("</select>").unwrap()];
    sel.split("<option")
        .skip(1)
        .filter_map(|o| o.split('>').nth(1))
        .map(|t| t.split('<').next().unwrap().trim().to_string())
        .filter(|t| !t.is_empty() && !t.contains(' ') && t != "all")
        .collect()
}

#[test]
fn the_line_and_quarter_filters_split_the_findings() {
    let s = serve(&[]);
    let cookie = s.session();
    let all = s.get(&cookie, "/findings").body;
    let total = all.matches("<article").count();
    for picker in ["line", "quarter"] {
        let values = options(&all, picker);
        assert!(values.len() > 1, "{picker}: {values:?}");
        // Each finding on a cost line falls in exactly one line and one quarter.
        let with_entry = all.matches("<dl class=\"entry\">").count();
        let split: usize = values
            .iter()
            .map(|v| {
                s.get(&cookie, &format!("/findings?{picker}={v}"))
                    .body
                    .matches("<article")
                    .count()
            })
            .sum();
        assert_eq!(split, with_entry, "{picker}");
        assert!(with_entry <= total);
    }
}
