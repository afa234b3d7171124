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

/// The printed claim: A4 landscape with the agreement and "page n of m" in the margins, table
/// headers repeated on every page, dates and amounts that never break; the Latvian claim
/// carries no code identifiers or English method text.
#[test]
fn claim_html_prints_on_a4_and_speaks_latvian() {
    let (_dir, out) =
        super::claim_xlsx::sample(&["claim", "--period", "2020-Q3", "--format", "html"]);
    let html = std::fs::read_to_string(out.join("claim-2020-Q3.html")).expect("html");
    assert!(html.contains("@page { size: A4 landscape;"), "A4 landscape");
    assert!(
        html.contains("thead { display: table-header-group; }"),
        "headers repeat"
    );
    assert!(html.contains("td.n, td.d, td.id { white-space: nowrap; }"));
    assert!(
        html.contains("@bottom-right { content: \"Lapa \" counter(page) \" no \" counter(pages)")
    );
    assert!(html.contains("@bottom-left { content: \"AK/IOM/PMIF/2018/1\""));
    // Every date of the document lists is a cell that does not break.
    let dates = regex::Regex::new(r"<td[^>]*>\d\d\.\d\d\.\d{4}\.</td>").unwrap();
    let nowrap = regex::Regex::new(r#"<td class="d">\d\d\.\d\d\.\d{4}\.</td>"#).unwrap();
    let in_lists = |s: &str| {
        s.split("<section class=\"docs\">")
            .skip(1)
            .collect::<String>()
    };
    let lists = in_lists(&html);
    assert!(dates.find_iter(&lists).count() > 100);
    assert_eq!(
        dates.find_iter(&lists).count(),
        nowrap.find_iter(&lists).count()
    );
    for code in [
        "round_half_up",
        ">shared<",
        "rules::ALL",
        ">STATE<",
        "— final",
    ] {
        assert!(!html.contains(code), "{code} in the Latvian claim");
    }
    assert!(
        html.contains(">Kopīgās izmaksas<"),
        "the shared line by its name"
    );

    let (_dir, out) = super::claim_xlsx::sample(&["claim", "--final", "--format", "html"]);
    let html = std::fs::read_to_string(out.join("claim-final.html")).expect("html");
    assert!(html.contains("<h1>Noslēguma pārskats — viss attiecināmības periods</h1>"));
}

/// The burn report prints on A4 too: the html's page rule, and every sheet of the workbook A4,
/// one page wide, the charts sheet portrait with a break before every third chart.
#[test]
fn burn_prints_on_a4() {
    let (_dir, out) = super::claim_xlsx::sample(&["burn", "--as-of", "2021-06-30"]);
    let html = std::fs::read_to_string(out.join("burn-2021-06-30.html")).expect("html");
    assert!(html.contains("@page { size: A4 landscape;"));
    assert!(html.contains("thead { display: table-header-group; }"));
    let xlsx = out.join("burn-2021-06-30.xlsx");
    let names = super::claim_support::Book::open(&xlsx).names();
    for (i, name) in names.iter().enumerate().filter(|(_, n)| *n != "_grantbook") {
        let x = super::claim_xlsx::part(&xlsx, &format!("xl/worksheets/sheet{}.xml", i + 1));
        assert!(x.contains("<pageSetUpPr fitToPage=\"1\"/>"), "{name}");
        assert!(x.contains("paperSize=\"9\""), "{name}: A4");
        if name == "Grafiki" {
            assert!(x.contains("orientation=\"portrait\""), "{name}");
            assert!(
                x.contains("<brk id=\"48\""),
                "{name}: a break after three charts"
            );
        } else {
            assert!(x.contains("orientation=\"landscape\""), "{name}");
        }
    }
}
