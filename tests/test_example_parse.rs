//! The command-line face: `examples/parse.rs`, run as a program (cargo
//! builds examples before it runs integration tests).

mod common;

use std::process::{Command, Output};

fn run(args: &[&str]) -> Option<Output> {
    let Some(exe) = common::example("parse") else {
        println!("SKIPPED: the parse example is not built next to this test");
        return None;
    };
    Some(
        Command::new(exe)
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap(),
    )
}

#[test]
fn no_argument_parses_the_built_in_sample() {
    let Some(out) = run(&[]) else { return };
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["byline"], "Editorji News Desk");
    assert_eq!(v["dateline"]["agencies"], serde_json::json!(["PTI"]));
}

#[test]
fn seed_json_and_render() {
    let Some(shared) = common::shared("seed_json_and_render") else {
        return;
    };
    let seed = shared.join("seeds/editorji-ap-seoul-tokyo.txt");
    let seed = seed.to_str().unwrap();
    let Some(out) = run(&[seed]) else { return };
    assert!(out.status.success());
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(shared.join("seeds/editorji-ap-seoul-tokyo.json")).unwrap(),
    )
    .unwrap();
    let mut diffs = Vec::new();
    common::subset_diff(&expected, &got, "", &mut diffs);
    assert!(diffs.is_empty(), "{diffs:#?}");
    let out = run(&["--render", seed]).unwrap();
    assert_eq!(out.stdout, std::fs::read(seed).unwrap());
}

#[test]
fn a_bad_file_is_reported_and_the_others_still_processed() {
    let Some(out) = run(&["no/such/file.txt", "tests/fixtures/ndtv-pti-pune.txt"]) else {
        return;
    };
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with("no/such/file.txt: "), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1);
    assert!(stdout.contains("Pune Metro"));
}

#[test]
fn a_file_that_is_not_an_article_names_line_and_column() {
    let dir = std::env::temp_dir().join(format!("wirecopy-example-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"Headline\n\nBad \xFF byte").unwrap();
    let Some(out) = run(&[bad.to_str().unwrap()]) else {
        return;
    };
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr.trim_end(),
        format!(
            "{}: line 3, column 5: expected UTF-8 text, found the invalid byte 0xFF",
            bad.display()
        )
    );
    std::fs::remove_dir_all(dir).ok();
}
