//! `rules::signoff`: `signoff_line`, `closing_line`, `signoff_tail`, `slug_line`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::signoff::{closing_line, signoff_line, signoff_tail, slug_line};

fuzz_target!(|s: &str| {
    let agencies = wirecopy::ArticleParser::builtin().agencies();
    let line = signoff_line(s, agencies);
    // Every sign-off line closes a story.
    if line.is_some() {
        assert_eq!(
            closing_line(s, agencies).map(|c| c.text().raw().to_owned()),
            line.map(|l| l.text().raw().to_owned())
        );
    }
    if let Some((before, so)) = signoff_tail(s, agencies) {
        assert!(before.len() + so.text().raw().len() < s.len() + 1);
    }
    let _ = slug_line(s);
});
