//! For any input that parses: render → parse → equal (the canonical text
//! is the copy: an envelope the input came in is not written); and JSON →
//! article → JSON is the identity, the envelope read back with it. (The
//! article read back from JSON may differ in what JSON does not keep: the
//! white space between sign-off slugs, a list in JSON.)
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(a) = wirecopy::parse_bytes(data) else { return };
    let rendered = a.to_string();
    let b = wirecopy::parse(&rendered).expect("a rendering parses");
    assert_eq!(a.clone().with_envelope(None), b, "rendered: {rendered:?}");
    let json = serde_json::to_string(&a).expect("serialises");
    let back: wirecopy::Article<'_> = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(serde_json::to_string(&back).expect("serialises"), json);
    assert_eq!(back.envelope(), a.envelope(), "json: {json}");
});
