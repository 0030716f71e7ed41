//! The seed page: JSON equal to its expectation, rendering byte for byte.

mod common;

use std::fs;

#[test]
fn seed_parses_to_its_expected_json() {
    let Some(shared) = common::shared("seed_parses_to_its_expected_json") else {
        return;
    };
    let text = fs::read_to_string(shared.join("seeds/editorji-ap-seoul-tokyo.txt")).unwrap();
    let expected: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(shared.join("seeds/editorji-ap-seoul-tokyo.json")).unwrap(),
    )
    .unwrap();
    let article = wirecopy::parse(&text).unwrap();
    let got = serde_json::to_value(&article).unwrap();
    let mut diffs = Vec::new();
    common::subset_diff(&expected, &got, "", &mut diffs);
    assert!(diffs.is_empty(), "{diffs:#?}");
    // Every key of the expectation is there, so the subset is the whole contract.
    assert_eq!(expected.as_object().unwrap().len(), 9);
}

#[test]
fn seed_renders_back_byte_for_byte() {
    let Some(shared) = common::shared("seed_renders_back_byte_for_byte") else {
        return;
    };
    let text = fs::read_to_string(shared.join("seeds/editorji-ap-seoul-tokyo.txt")).unwrap();
    let article = wirecopy::parse(&text).unwrap();
    assert_eq!(article.to_string(), text);
}
