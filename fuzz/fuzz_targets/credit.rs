//! `rules::credit`: `credit_block`, `credit_agencies`, `boilerplate_block`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::credit::{boilerplate_block, credit_block, credit_agencies};

fuzz_target!(|s: &str| {
    let agencies = wirecopy::ArticleParser::builtin().agencies();
    if let Some(c) = credit_block(s) {
        let _ = credit_agencies(c, agencies).count();
    }
    let _ = credit_agencies(s, agencies).count();
    let _ = boilerplate_block(s);
});
