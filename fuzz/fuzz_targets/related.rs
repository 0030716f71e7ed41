//! `rules::related`: `heading_line`, `pair_line`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::related::{heading_line, pair_line};

fuzz_target!(|s: &str| {
    let portals = wirecopy::ArticleParser::builtin().portals();
    let _ = heading_line(s, portals);
    if let Some((a, b)) = pair_line(s) {
        assert!(!a.is_empty() && !b.is_empty());
    }
});
