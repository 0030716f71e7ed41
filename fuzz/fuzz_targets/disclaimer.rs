//! `rules::disclaimer`: `disclaimer_block`, `disclaimer_tail`, `publisher_in`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::disclaimer::{disclaimer_block, disclaimer_tail, publisher_in};

fuzz_target!(|s: &str| {
    let portals = wirecopy::ArticleParser::builtin().portals();
    let _ = disclaimer_block(s, portals);
    if let Some((before, _)) = disclaimer_tail(s, portals) {
        assert!(before.len() < s.len());
    }
    let _ = publisher_in(s);
});
