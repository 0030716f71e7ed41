//! `examples/corpus.rs --group`, run as a program on JSON Lines written
//! here: copies of one story in one group whose representative is the wire
//! original, template stories apart, the earliest copy standing for a
//! group without an original, the same output on one thread and on two.

mod common;

use std::process::{Command, Output};

use serde_json::{Value, json};

const TIN: &str = "Peru's tin output is expected to fall by about 15 pct this year after flooding closed the lower levels of the country's largest underground tin mine last month, mining ministry officials said.\nThe officials said production would probably total around 4,300 tonnes in 1987, against 5,050 tonnes last year, and that repairs at the San Rafael mine would take until the end of the year.";

const GOLD: &str = "Gold closed at 405.50 dlrs an ounce in Zurich, up from 401.25 dlrs on Friday, as the dollar weakened against the Swiss franc and the mark, dealers said.\nTrading was thin ahead of the holiday, with most dealers waiting for the United States trade figures due later in the week.";

/// The pages, in input order, and what each is.
fn pages() -> Vec<Value> {
    vec![
        // 1: a portal copy of the tin story, reworded headline, timestamp.
        json!({"text": format!("Peru Tin Output Seen Lower\n\nUpdated : Mar 04, 1987 16:20\n|\nEditorji News Desk\n\nLima, Mar 4 (Reuters) {TIN}\n\n(Only the headline of this report may have been reworked by Editorji; the rest of the content is auto-generated from a syndicated feed.)\n")}),
        // 2: the gold story, a portal copy.
        json!({"text": format!("Gold firms in Zurich\n\nLast Updated : Mar 02 1987 | 6:48 PM IST\n\nZURICH, March 2 (Reuters) - {GOLD}\n\n(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)\n")}),
        // 3: no article at all.
        json!({"text": "   "}),
        // 4: the tin story as it came off the wire.
        json!({"text": format!("PERU TIN OUTPUT SEEN FALLING 15 PCT\n\nLIMA, March 4 (Reuters) - {TIN}\n Reuter\n")}),
        // 5, 6: dividend notices of one template, other figures.
        json!({"text": "COMERICA SETS QUARTERLY\n\nDETROIT, March 4 (Reuters) - Qtly div 10 cts vs 10 cts prior\nPay April 15\nRecord March 30\n Reuter\n"}),
        json!({"text": "MERIDIAN SETS QUARTERLY\n\nREADING, Pa., March 4 (Reuters) - Qtly div 12 cts vs 11 cts prior\nPay May 1\nRecord April 10\n Reuter\n"}),
        // 7: another portal copy of the tin story, the last paragraph dropped.
        json!({"text": format!("Peru's tin output to fall\n\n{}\n\n(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)\n", TIN.split('\n').next().unwrap_or_default())}),
        // 8: an earlier portal copy of the gold story.
        json!({"text": format!("Zurich gold closes higher\n\nLast Updated : Mar 02 1987 | 4:15 PM IST\n\nZurich, Mar 2 (Reuters) {GOLD}\n\n(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)\n")}),
    ]
}

/// Runs the example on the pages (as `pages.jsonl`, so that the sources
/// do not depend on where); the output lines as written and read, and
/// stderr. `None` when the example is not built.
fn run(pages: &[Value], args: &[&str]) -> Option<(Vec<String>, Vec<Value>, String)> {
    let Some(exe) = common::example("corpus") else {
        println!("SKIPPED: the corpus example is not built next to this test");
        return None;
    };
    // One folder a run: tests run in parallel, some with the same flags.
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir =
        std::env::temp_dir().join(format!("wirecopy-corpus-test-{}-{run}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("pages.jsonl");
    let lines: Vec<String> = pages.iter().map(Value::to_string).collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let out: Output = Command::new(exe)
        .arg("pages.jsonl")
        .args(args)
        .current_dir(&dir)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let raw: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let lines = raw
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    Some((raw, lines, String::from_utf8(out.stderr).unwrap()))
}

#[test]
fn copies_of_one_story_share_a_group_led_by_the_wire_original() {
    let Some((raw, lines, stderr)) = run(&pages(), &["--group", "--threads", "1"]) else {
        return;
    };
    let headlines: Vec<&str> = lines
        .iter()
        .map(|l| l["headline"].as_str().unwrap())
        .collect();
    // Page 3 is no article: seven output lines.
    assert_eq!(lines.len(), 7, "{headlines:?}");
    let group = |line: usize| lines[line - 1]["group"].as_u64().unwrap();
    let representative = |line: usize| lines[line - 1].get("representative") == Some(&json!(true));

    // The tin story: lines 1, 3 (the wire original) and 6.
    assert_eq!(headlines[2], "PERU TIN OUTPUT SEEN FALLING 15 PCT");
    assert_eq!([group(1), group(3), group(6)], [3, 3, 3]);
    assert!(representative(3) && !representative(1) && !representative(6));
    // The gold story has no original: the earlier copy (line 7) leads.
    assert_eq!([group(2), group(7)], [7, 7]);
    assert!(representative(7) && !representative(2));
    // Template notices with other figures stand alone.
    assert_eq!([group(4), group(5)], [4, 5]);
    assert!(representative(4) && representative(5));
    // `group` comes right after `source`.
    assert!(raw[0].starts_with(r#"{"source":"pages.jsonl:1","group":3,"headline""#));
    assert!(raw[2].starts_with(r#"{"source":"pages.jsonl:4","group":3,"representative":true,"#));

    assert!(
        stderr.contains("groups: 4 (2 of two articles or more, holding 5 articles)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("3 × \"PERU TIN OUTPUT SEEN FALLING 15 PCT\" (group 3: "),
        "{stderr}"
    );
    assert!(stderr.contains("1 failures"), "{stderr}");
}

#[test]
fn two_threads_write_what_one_writes() {
    // Enough pages for several batches on the pool.
    let pages: Vec<Value> = pages().into_iter().cycle().take(5_000).collect();
    let Some((one_raw, one, _)) = run(&pages, &["--group", "--threads", "1"]) else {
        return;
    };
    let Some((two_raw, ..)) = run(&pages, &["--group", "--threads", "2"]) else {
        return;
    };
    assert_eq!(one.len(), 5_000 / 8 * 7);
    assert!(one_raw == two_raw, "the outputs differ");
    // Every copy of the tin story, in every cycle, in one group.
    assert!(
        one.iter()
            .skip(7)
            .step_by(7)
            .all(|l| l["group"] == json!(3))
    );
}

#[test]
fn without_the_flag_there_are_no_group_keys() {
    let Some((_, lines, stderr)) = run(&pages(), &["--threads", "1"]) else {
        return;
    };
    assert_eq!(lines.len(), 7);
    assert!(lines.iter().all(|l| l.get("group").is_none()));
    assert!(lines.iter().all(|l| l.get("representative").is_none()));
    assert!(!stderr.contains("groups:"), "{stderr}");
}
