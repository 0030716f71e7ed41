//! `rules::signoff`: `signoff_line`, `signoff_tail`, `slug_line`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::signoff::{signoff_line, signoff_tail, slug_line};

fuzz_target!(|s: &str| {
    let agencies = wirecopy::ArticleParser::builtin().agencies();
    let _ = signoff_line(s, agencies);
    if let Some((before, so)) = signoff_tail(s, agencies) {
        assert!(before.len() + so.text().raw().len() < s.len() + 1);
    }
    let _ = slug_line(s);
});
