//! `rules::notebook`: `notebook_block`, `heading_line`,
//! `not_for_publication_line`, `asterism_line`, and the `notebook` parser.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::notebook::{
    asterism_line, heading_line, not_for_publication_line, notebook, notebook_block,
};

fuzz_target!(|s: &str| {
    let lex = wirecopy::ArticleParser::builtin().lexicon();
    let opens = notebook_block(s, lex);
    let _ = (
        heading_line(s, lex),
        not_for_publication_line(s),
        asterism_line(s),
    );
    if let Ok((rest, n)) = notebook::<nom::error::Error<&str>>(s) {
        assert!(rest.is_empty() && opens.is_some());
        assert!(n.lines().iter().all(|l| !l.trim().is_empty()));
    }
});
