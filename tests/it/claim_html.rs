//! The claim html: golden files per language, Latvian and English number and date formats,
//! self-contained (no script, no external reference).

use super::claim_support::*;

#[test]
fn claim_html_golden_and_formats() {
    for lang in ["en", "lv"] {
        let dir = mini_copy();
        let (code, out) = run(
            dir.path(),
            "out",
            &[
                "claim", "--period", "2020-Q3", "--lang", lang, "--format", "html",
            ],
        );
        assert_eq!(code, 0);
        let html = std::fs::read_to_string(out.join("claim-2020-Q3.html")).expect("html");
        assert!(!html.contains("<script"), "no script");
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "no network reference"
        );
        match lang {
            // 10 700.00 budget total; 2020-07-01 period start.
            "lv" => {
                assert!(html.contains("10\u{a0}700,00"));
                assert!(html.contains("01.07.2020."));
                assert!(html.contains("Maksājuma pieprasījums"));
            }
            _ => {
                assert!(html.contains("10,700.00"));
                assert!(html.contains("2020-07-01"));
            }
        }
        golden(&format!("claim-mini-2020-Q3.{lang}.html"), &html);
    }
}
