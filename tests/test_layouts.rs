//! Text as extractors and dumps deliver it: every fixture and every page of
//! `../shared/corpus/portals` and `../shared/seeds`, as written, with its
//! blank lines collapsed to single newlines, and with its title given apart
//! (`parse_titled`), parses to the same headline, byline, dateline,
//! paragraphs, sign-off, disclaimer, related links and agencies.

mod common;

use std::fs;
use std::path::PathBuf;

use wirecopy::Article;

/// The parts the three layouts must agree on.
fn parts(a: &Article<'_>) -> String {
    let d = a
        .dateline()
        .map(|d| (d.text(), d.place(), d.agencies().to_vec()));
    let s = a
        .signoff()
        .map(|s| (s.text().joined().into_owned(), s.agency().to_owned()));
    let disc = a.disclaimer().map(|d| {
        (
            d.text().joined().into_owned(),
            d.publisher().map(str::to_owned),
        )
    });
    let related: Vec<_> = a
        .related()
        .iter()
        .map(|l| (l.source(), l.section(), l.title().joined().into_owned()))
        .collect();
    let paragraphs: Vec<_> = a
        .paragraphs()
        .iter()
        .map(|p| p.joined().into_owned())
        .collect();
    format!(
        "headline {:?}\nbyline {:?}\ndateline {d:?}\nparagraphs {paragraphs:#?}\nsignoff {s:?}\ndisclaimer {disc:?}\nrelated {related:#?}\nagencies {:?}",
        a.headline(),
        a.byline(),
        a.agencies()
    )
}

/// Blank lines collapsed: every run of line ends becomes one `\n`.
fn collapsed(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut lines = page.lines().filter(|l| !l.trim().is_empty()).peekable();
    while let Some(l) = lines.next() {
        out.push_str(l);
        if lines.peek().is_some() {
            out.push('\n');
        }
    }
    out
}

fn pages() -> Vec<(String, String)> {
    let mut dirs = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")];
    if let Some(shared) = common::shared("layouts (shared pages)") {
        dirs.push(shared.join("corpus/portals"));
        dirs.push(shared.join("seeds"));
    }
    let mut pages = Vec::new();
    for dir in dirs {
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for f in files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        {
            pages.push((f.display().to_string(), fs::read_to_string(f).unwrap()));
        }
    }
    pages
}

#[test]
fn every_page_reads_the_same_in_every_layout() {
    let mut failures = Vec::new();
    let pages = pages();
    for (name, page) in &pages {
        let original = wirecopy::parse(page).unwrap();
        let want = parts(&original);
        let single = collapsed(page);
        let got = parts(&wirecopy::parse(&single).unwrap());
        if got != want {
            failures.push(format!(
                "{name} (single newlines):\n--- want\n{want}\n--- got\n{got}"
            ));
        }
        let (title, body) = page.split_once('\n').unwrap();
        let got = parts(&wirecopy::parse_titled(title, body).unwrap());
        if got != want {
            failures.push(format!(
                "{name} (title apart):\n--- want\n{want}\n--- got\n{got}"
            ));
        }
        let (title, body) = single.split_once('\n').unwrap();
        let got = parts(&wirecopy::parse_titled(title, body).unwrap());
        if got != want {
            failures.push(format!(
                "{name} (title apart, single newlines):\n--- want\n{want}\n--- got\n{got}"
            ));
        }
    }
    println!(
        "layouts: {} pages, {} mismatches",
        pages.len(),
        failures.len()
    );
    assert!(pages.len() >= 8);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_markdown_heading_is_the_headline() {
    let a = wirecopy::parse(
        "# Rain lashes Kochi\nKochi, Mar 14 (PTI) Heavy rain hit the city.\nSchools were shut.",
    )
    .unwrap();
    assert_eq!(a.headline(), "Rain lashes Kochi");
    assert_eq!(a.dateline().unwrap().place(), "Kochi");
    assert_eq!(a.paragraphs().len(), 2);
}
