//! `rules::credit`: `credit`, `credit_agencies`, `boilerplate`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::credit::{boilerplate, credit, credit_agencies};

fuzz_target!(|s: &str| {
    let agencies = wirecopy::ArticleParser::builtin().agencies();
    if let Some(c) = credit(s) {
        let _ = credit_agencies(c, agencies).count();
    }
    let _ = credit_agencies(s, agencies).count();
    let _ = boilerplate(s);
});
