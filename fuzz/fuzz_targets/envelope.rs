//! `envelope`: `open`, the fields and story it reads, and writing it back.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(Some(opened)) = wirecopy::envelope::open(data) {
        let (_, story) = opened.read();
        assert!(!story.body().bytes().any(|b| b < 0x09));
        let mut out = Vec::new();
        opened.write_to(&mut out).expect("writes to a Vec");
        let again = wirecopy::envelope::open(&out).expect("reopens").expect("an envelope");
        assert_eq!(again.read().1.headline(), story.headline());
    }
    let _ = wirecopy::parse_bytes(data);
});
