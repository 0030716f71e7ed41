//! `text` and `rules::block`: `Lines`, `Blocks`, `block`, `is_blank`,
//! `is_indented`, `parse_with`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::block;
use wirecopy::text::{Blocks, Lines, is_blank, is_indented};

fuzz_target!(|s: &str| {
    let lines = Lines::new(s).count();
    let mut n = 0;
    for b in Blocks::new(s) {
        assert!(!b.is_empty() && !is_blank(b));
        n += 1;
    }
    assert!(n <= lines);
    if let Ok((rest, b)) = block::<nom::error::Error<&str>>(s) {
        assert!(rest.len() + b.len() <= s.len());
    }
    let _ = is_indented(s);
    let _ = wirecopy::parse(s);
});
