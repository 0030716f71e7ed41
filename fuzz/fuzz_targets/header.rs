//! `rules::header`: `byline_line`, `byline_line_in`, `byline_title_line`,
//! `byline_agencies`, `pipe_line`, `desk_line`, `desk_like_line`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::header::{
    byline_agencies, byline_line, byline_line_in, byline_title_line, desk_like_line, desk_line,
    pipe_line,
};

fuzz_target!(|s: &str| {
    let parser = wirecopy::ArticleParser::builtin();
    let portals = parser.portals();
    let _ = byline_line(s);
    let _ = byline_line_in(s, parser.lexicon());
    let _ = byline_title_line(s, parser.lexicon());
    for a in byline_agencies(s, parser.agencies()) {
        assert!(parser.agencies().find(a).is_some(), "{a:?}");
    }
    let _ = pipe_line(s);
    let _ = desk_line(s, portals);
    let _ = desk_like_line(s);
});
