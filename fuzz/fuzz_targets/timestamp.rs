//! `rules::timestamp`: `datetime`, `timestamp_line`, `zone_offset`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirecopy::rules::timestamp::{datetime, timestamp_line, zone_offset};

fuzz_target!(|s: &str| {
    if let Ok((_, (_, dt))) = datetime::<nom::error::Error<&str>>(s) {
        assert_eq!(wirecopy::DateTime::parse_iso(&dt.to_string()), Some(dt));
    }
    let _ = timestamp_line(s, wirecopy::Lexicon::builtin());
    let _ = zone_offset(s);
});
