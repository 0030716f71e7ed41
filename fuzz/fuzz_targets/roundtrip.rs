//! For any input that parses: render → parse → equal (the canonical text
//! is the copy: an envelope the input came in is not written); and the
//! JSON of the article, envelope and all, reads back to it.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(a) = wirecopy::parse_bytes(data) else { return };
    let rendered = a.to_string();
    let b = wirecopy::parse(&rendered).expect("a rendering parses");
    assert_eq!(a.clone().with_envelope(None), b, "rendered: {rendered:?}");
    let json = serde_json::to_string(&a).expect("serialises");
    let back: wirecopy::Article<'_> = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, a, "json: {json}");
});
