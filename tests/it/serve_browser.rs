//! `grantbook serve` in a real browser: the installed Chromium, headless, driven over the
//! DevTools protocol (headless_chrome) against the served sample — the overview, the findings
//! with the sample's planted mistakes and a filter, a claim previewed and downloaded, the burn
//! page with its charts, a review (stratified MUS) of a hand-edited claim workbook with two
//! checklist rows filled, and the language switch. Skipped, saying so, only where no Chromium
//! is installed and not in CI (`.ci/run` installs it).

use super::serve::serve;
use super::support::{fixture, root, run_bin};
use headless_chrome::{Browser, LaunchOptions, Tab};
use std::path::PathBuf;
use std::time::Duration;

fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

fn js(tab: &Tab, expr: &str) -> serde_json::Value {
    tab.evaluate(expr, true)
        .unwrap_or_else(|e| panic!("{expr}: {e}"))
        .value
        .unwrap_or(serde_json::Value::Null)
}

fn text(tab: &Tab, selector: &str) -> String {
    tab.wait_for_element(selector)
        .unwrap_or_else(|e| panic!("{selector}: {e}"))
        .get_inner_text()
        .unwrap()
}

/// With GRANTBOOK_SCREENSHOTS=DIR (`scripts/screenshots.sh` sets it to docs/), the page as
/// it looks now, saved as DIR/NAME: the README's pictures come from this run.
fn screenshot(tab: &Tab, name: &str) {
    let Some(dir) = std::env::var_os("GRANTBOOK_SCREENSHOTS") else {
        return;
    };
    let png = tab
        .capture_screenshot(
            headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption::Png,
            None,
            None,
            true,
        )
        .expect("a screenshot");
    std::fs::write(PathBuf::from(dir).join(name), png).expect("write the screenshot");
}

/// Clicks and waits for the page the click leads to.
fn click(tab: &Tab, selector: &str) {
    tab.wait_for_element(selector)
        .unwrap_or_else(|e| panic!("{selector}: {e}"))
        .click()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    tab.wait_until_navigated().unwrap();
}

#[test]
fn the_workspace_in_chromium() {
    let Some(path) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have Chromium: .ci/run installs it"
        );
        eprintln!(
            "SKIPPED the_workspace_in_chromium: no Chromium installed (apt-get install chromium)"
        );
        return;
    };
    let s = serve(&[]);
    let browser = Browser::new(
        LaunchOptions::default_builder()
            .path(Some(path))
            .sandbox(false)
            .window_size(Some((1280, 1000)))
            .idle_browser_timeout(Duration::from_secs(120))
            .build()
            .unwrap(),
    )
    .expect("start Chromium");
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));
    let base = format!("http://127.0.0.1:{}", s.port);

    // The printed address: the token becomes a cookie and leaves the address bar.
    tab.navigate_to(&format!("{base}/?token={}", s.token))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    assert_eq!(tab.get_url(), format!("{base}/"));
    let headline = text(&tab, "#headline");
    assert!(headline.contains("Deklarēts"), "{headline}");
    assert_eq!(
        js(&tab, "document.querySelectorAll('#inputs tbody tr').length"),
        5
    );

    // Findings: the sample's planted mistakes, then the rule filter through the picker (the
    // page's script submits it on change).
    let check = run_bin(&root(), &["check", "--format", "json"]);
    let check: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let planted = check["findings"].as_array().unwrap().len();
    click(&tab, "nav a[href='/findings']");
    assert_eq!(
        js(&tab, "document.querySelectorAll('article.finding').length"),
        planted
    );
    assert!(text(&tab, "main").contains("Izdevumi!C4"));
    js(
        &tab,
        "(() => { const s = document.querySelector('select[name=rule]'); s.value = 'TG-02'; s.dispatchEvent(new Event('change')); return 1; })()",
    );
    std::thread::sleep(Duration::from_millis(500));
    tab.wait_until_navigated().unwrap();
    assert!(tab.get_url().contains("rule=TG-02"), "{}", tab.get_url());
    assert_eq!(
        js(&tab, "document.querySelectorAll('article.finding').length"),
        2
    );

    // Claim: the preview shows the quarter's claim; the xlsx downloads.
    tab.navigate_to(&format!("{base}/claim?period=2020-Q3"))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let preview = js(
        &tab,
        "new Promise(r => { const f = document.querySelector('#preview'); const t = () => f.contentDocument && f.contentDocument.body && f.contentDocument.body.innerText.length > 100 ? r(f.contentDocument.body.innerText) : setTimeout(t, 100); t(); })",
    );
    assert!(preview.as_str().unwrap().contains("2020-Q3"));
    let download = js(
        &tab,
        "fetch(document.querySelector('#dl-xlsx').href).then(r => r.arrayBuffer().then(b => r.status + ' ' + r.headers.get('content-disposition') + ' ' + b.byteLength))",
    );
    let d = download.as_str().unwrap();
    assert!(
        d.starts_with("200 attachment; filename=\"claim-2020-Q3.xlsx\""),
        "{d}"
    );

    // Burn: the dashboard with its charts, at a date picked.
    tab.navigate_to(&format!("{base}/burn?as_of=2021-06-30"))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    let charts = js(
        &tab,
        "new Promise(r => { const f = document.querySelector('#burn-report'); const t = () => f.contentDocument && f.contentDocument.querySelectorAll('svg').length > 0 ? r(f.contentDocument.querySelectorAll('svg').length) : setTimeout(t, 100); t(); })",
    );
    assert!(charts.as_u64().unwrap() >= 1);
    assert_eq!(
        js(&tab, "document.querySelector('#as-of').value"),
        "2021-06-30"
    );

    // Review: upload a hand-edited claim workbook; the edited amount shows as a difference;
    // two checklist rows filled in the browser are saved into the review workbook.
    click(&tab, "nav a[href='/review']");
    let edited = fixture("serve/claim-2020-Q3-edited.xlsx");
    tab.wait_for_element("input[name=claim]")
        .unwrap()
        .set_input_files(&[edited.to_str().unwrap()])
        .unwrap();
    // Stratified MUS with an expected error, chosen in the form as on the command line.
    js(
        &tab,
        "(() => { document.querySelector('#method').value = 'stratified'; document.querySelector('input[name=expected_error]').value = '0,5'; return 1; })()",
    );
    click(&tab, "#review-form button[type=submit]");
    text(&tab, "#plan [data-figure=method]");
    assert_eq!(
        js(
            &tab,
            "document.querySelector('[data-figure=method]').dataset.code"
        ),
        "stratified"
    );
    assert!(js(&tab, "document.querySelectorAll('#groups tbody tr').length").as_u64() > Some(1));
    let diff = text(&tab, "#differences tr[data-key='E-00562']");
    assert!(diff.contains("47.92") && diff.contains("37.92"), "{diff}");
    let first_two = js(
        &tab,
        "Array.from(document.querySelectorAll('#sample tbody tr')).slice(0, 2).map(r => r.dataset.entry).join(' ')",
    );
    let ids: Vec<String> = first_two
        .as_str()
        .unwrap()
        .split(' ')
        .map(String::from)
        .collect();
    js(
        &tab,
        &format!(
            "(() => {{ document.querySelector(\"select[name='result-{a}']\").selectedIndex = 1; document.querySelector(\"select[name='result-{b}']\").selectedIndex = 2; document.querySelector(\"select[name='error_type-{b}']\").selectedIndex = 3; document.querySelector(\"input[name='deducted-{b}']\").value = '10,50'; return 1; }})()",
            a = ids[0],
            b = ids[1]
        ),
    );
    click(&tab, "#save-checklist");
    let projected = text(&tab, "#conclusion [data-figure=projected]");
    js(
        &tab,
        "(() => { document.querySelector('#groups').scrollIntoView(); window.scrollBy(0, -12); return 1; })()",
    );
    screenshot(&tab, "serve-review.png");
    // The workbook written under --out is a checklist the command line reads back, and it
    // evaluates it to the figure the page shows.
    // Named by the period and this browser's review id, so two reviewers never share it.
    let name = js(
        &tab,
        "Array.from(document.querySelectorAll('a[href^=\"/out/\"]')).map(a => a.textContent).find(n => n.endsWith('.xlsx'))",
    );
    let name = name.as_str().expect("the review workbook's link");
    assert!(name.starts_with("review-2020-Q3-"), "{name}");
    let out = s.out.path().join(name);
    let dir = tempfile::tempdir().unwrap();
    let cli = run_bin(
        &root(),
        &[
            "review",
            "--claim",
            edited.to_str().unwrap(),
            "--checklist",
            out.to_str().unwrap(),
            "--method",
            "stratified",
            "--expected-error",
            "0.5",
            "--format",
            "json",
            "--out",
            dir.path().to_str().unwrap(),
            "-q",
        ],
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("review-2020-Q3.json")).unwrap())
            .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&cli.stderr)));
    let filled: Vec<&serde_json::Value> = json["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["result"].as_str().is_some_and(|r| !r.is_empty()))
        .collect();
    assert_eq!(filled.len(), 2);
    assert_eq!(filled[1]["deducted"], "10.50");
    assert_eq!(
        projected.replace([' ', '\u{a0}'], "").replace(',', "."),
        json["projection"]["projected"].as_str().unwrap()
    );

    // The language switch: every page, and it comes back to the same page.
    click(&tab, "#lang-switch");
    assert!(tab.get_url().ends_with("/review"));
    assert!(text(&tab, "header nav").contains("Findings"));
    assert!(text(&tab, "main").contains("Sample"));
    // With the page's picks: the claim's period stays chosen.
    tab.navigate_to(&format!("{base}/claim?period=2020-Q2"))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    click(&tab, "#lang-switch");
    assert!(
        tab.get_url().ends_with("/claim?period=2020-Q2"),
        "{}",
        tab.get_url()
    );
    assert!(text(&tab, "header nav").contains("Noteikumi"));
    click(&tab, "#lang-switch");
    click(&tab, "nav a[href='/rules']");
    click(&tab, "#lang-switch");
    assert!(tab.get_url().ends_with("/rules"));
    assert!(text(&tab, "header nav").contains("Noteikumi"));
}
