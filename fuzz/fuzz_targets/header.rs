//! `rules::header`: `byline`, `pipe_line`, `desk`, `desk_like`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::header::{byline, desk, desk_like, pipe_line};

fuzz_target!(|s: &str| {
    let portals = wirecopy::ArticleParser::builtin().portals();
    let _ = byline(s);
    let _ = pipe_line(s);
    let _ = desk(s, portals);
    let _ = desk_like(s);
});
