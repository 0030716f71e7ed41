//! `rules::header`: `byline_line`, `pipe_line`, `desk_line`, `desk_like_line`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::header::{byline_line, desk_line, desk_like_line, pipe_line};

fuzz_target!(|s: &str| {
    let portals = wirecopy::ArticleParser::builtin().portals();
    let _ = byline_line(s);
    let _ = pipe_line(s);
    let _ = desk_line(s, portals);
    let _ = desk_like_line(s);
});
