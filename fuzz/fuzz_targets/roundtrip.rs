//! For any input that parses: render → parse → equal.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(a) = wirecopy::parse_bytes(data) else { return };
    let rendered = a.to_string();
    let b = wirecopy::parse(&rendered).expect("a rendering parses");
    assert_eq!(a, b, "rendered: {rendered:?}");
});
