//! `rules::notebook`: `notebook_block`, `heading_line`,
//! `not_for_publication_line`, `asterism_line`, and the `notebook` parser.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::notebook::{
    asterism_line, heading_line, not_for_publication_line, notebook, notebook_block,
};

fuzz_target!(|s: &str| {
    let lex = wirecopy::ArticleParser::builtin().lexicon();
    let _ = (
        notebook_block(s, lex),
        heading_line(s, lex),
        not_for_publication_line(s),
        asterism_line(s),
    );
    if let Ok((rest, n)) = notebook::<nom::error::Error<&str>>(s) {
        // The parser reads the input's first block as the page gives it
        // (blank lines, invisible ones too, skipped).
        let first = wirecopy::text::Blocks::new(s).next();
        assert!(rest.is_empty() && first.is_some_and(|b| notebook_block(b, lex).is_some()));
        assert!(n.lines().iter().all(|l| !l.trim().is_empty()));
    }
});
