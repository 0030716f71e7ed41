//! `rules::dateline`: `dateline`, `dateline_in`, `byline_dateline_head`, `lead_credit_head`, `month_number`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::date::month_number;
use wirecopy::rules::dateline::{byline_dateline_head, dateline, dateline_in};

type E<'a> = nom::error::Error<&'a str>;

fuzz_target!(|s: &str| {
    let lexicon = wirecopy::Lexicon::builtin();
    if let Ok((rest, d)) = dateline::<E<'_>>(s) {
        assert!(s.len() >= rest.len());
        assert!(d.text().len() <= s.len());
    }
    let _ = dateline_in::<E<'_>>(lexicon, true)(s);
    if let Some((c, rest)) = wirecopy::rules::lead_credit::lead_credit_head(s, lexicon) {
        assert!(!c.text().is_empty() && rest.len() < s.len());
    }
    if let Some((by, _, rest)) = byline_dateline_head(s, lexicon) {
        assert!(by.starts_with("By") && rest.len() < s.len());
    }
    if let Some(m) = month_number(s) {
        assert!((1..=12).contains(&m));
    }
});
