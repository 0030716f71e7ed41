//! Golden files: each `tests/fixtures/NAME.txt` parses to `NAME.json`
//! exactly (every key). On a mismatch the test writes `NAME.failed.json`.

use std::fs;
use std::path::PathBuf;

#[test]
fn fixtures_match_their_golden_json() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut cases = 0;
    let mut failed = Vec::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let txt = entry.unwrap().path();
        if txt.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        cases += 1;
        let text = fs::read_to_string(&txt).unwrap();
        let expected: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(txt.with_extension("json")).unwrap()).unwrap();
        let got = serde_json::to_value(wirecopy::parse(&text).unwrap()).unwrap();
        if got != expected {
            fs::write(
                txt.with_extension("failed.json"),
                serde_json::to_string_pretty(&got).unwrap(),
            )
            .unwrap();
            failed.push(txt.display().to_string());
        }
    }
    assert!(cases >= 8, "only {cases} fixtures");
    assert!(
        failed.is_empty(),
        "mismatches (see *.failed.json): {failed:?}"
    );
}

#[test]
fn fixtures_are_idempotent_and_zero_copy() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in fs::read_dir(&dir).unwrap() {
        let txt = entry.unwrap().path();
        if txt.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = fs::read_to_string(&txt).unwrap();
        let a = wirecopy::parse(&text).unwrap();
        let rendered = a.to_string();
        assert_eq!(wirecopy::parse(&rendered).unwrap(), a, "{}", txt.display());
        for p in a.paragraphs() {
            let raw = p.raw();
            let inside = text.as_ptr() as usize <= raw.as_ptr() as usize
                && raw.as_ptr() as usize + raw.len() <= text.as_ptr() as usize + text.len();
            assert!(
                inside,
                "{}: paragraph not borrowed from the input",
                txt.display()
            );
        }
    }
}
