//! No panic on any bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(a) = wirecopy::parse_bytes(data) {
        let _ = a.to_string();
    }
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = wirecopy::parse(s);
        // The title given apart: the first line, and the rest as the body.
        if let Some((title, body)) = s.split_once('\n') {
            let _ = wirecopy::parse_titled(title, body);
        }
    }
});
