//! Real copy: every sample page of shared/corpus/portals (subset compare)
//! and every Reuters-21578 story of shared/corpus/reuters21578/train.jsonl,
//! with accuracy per field. Idempotence (parse → render → parse) must hold
//! on every input.

mod common;

use std::fs;

use serde_json::Value;

#[test]
fn portal_samples_all_pass() {
    let Some(shared) = common::shared("portal_samples_all_pass") else {
        return;
    };
    let dir = shared.join("corpus/portals");
    let mut cases = 0;
    let mut failures = Vec::new();
    let mut names: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for txt in names
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let json = txt.with_extension("json");
        let Ok(expected) = fs::read_to_string(&json) else {
            continue;
        };
        let expected: Value = serde_json::from_str(&expected).unwrap();
        let text = fs::read_to_string(txt).unwrap();
        cases += 1;
        let article = match wirecopy::parse(&text) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{}: {e}", txt.display()));
                continue;
            }
        };
        let got = serde_json::to_value(&article).unwrap();
        let mut diffs = Vec::new();
        common::subset_diff(&expected, &got, "", &mut diffs);
        if !diffs.is_empty() {
            let failed = txt.with_extension("failed.json");
            let _ = fs::write(&failed, serde_json::to_string_pretty(&got).unwrap());
            failures.push(format!("{}:\n  {}", txt.display(), diffs.join("\n  ")));
        }
        let rendered = article.to_string();
        if wirecopy::parse(&rendered).ok().as_ref() != Some(&article) {
            failures.push(format!("{}: not idempotent", txt.display()));
        }
    }
    println!("portal samples: {} of {cases} pass", cases - failures.len());
    let expectations = names
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .count();
    assert!(
        cases > 0 && cases == expectations,
        "{cases} cases run, {expectations} expectations in {}",
        dir.display()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The label says `Reuter` only when the last body line is exactly that
/// word; FORMATS.md also lists `REUTER...` and `REUTERS` as the sign-off.
fn last_line_is_a_reuter_form(text: &str) -> bool {
    let last = text
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    last.len() >= 6 && last[..6].eq_ignore_ascii_case("reuter")
}

#[test]
fn reuters_21578_targets() {
    let Some(shared) = common::shared("reuters_21578_targets") else {
        return;
    };
    let data = fs::read_to_string(shared.join("corpus/reuters21578/train.jsonl")).unwrap();
    let (mut n, mut headline, mut place, mut month_day) = (0usize, 0usize, 0usize, 0usize);
    let (mut labelled, mut found, mut invented, mut other_form) = (0usize, 0usize, 0usize, 0usize);
    let mut not_idempotent = Vec::new();
    let mut misses = Vec::new();
    for line in data.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let e = &v["expect"];
        n += 1;
        let a = wirecopy::parse(text).unwrap_or_else(|err| panic!("story {}: {err}", v["id"]));
        headline += usize::from(a.headline() == e["headline"].as_str().unwrap());
        let d = a.dateline();
        if d.map(|d| d.place()) == e["place"].as_str() {
            place += 1;
        } else if misses.len() < 20 {
            misses.push(format!(
                "{}: place {:?}, label {}",
                v["id"],
                d.map(|d| d.place()),
                e["place"]
            ));
        }
        let md = d
            .and_then(|d| d.date())
            .map(|d| (u64::from(d.month()), u64::from(d.day())));
        month_day +=
            usize::from(md == Some((e["month"].as_u64().unwrap(), e["day"].as_u64().unwrap())));
        let signoff = a.signoff();
        match (e["signoff"].as_str(), signoff) {
            (Some(_), s) => {
                labelled += 1;
                if s.is_some_and(|s| s.text().raw().eq_ignore_ascii_case("reuter")) {
                    found += 1;
                }
            }
            (None, Some(_)) if last_line_is_a_reuter_form(text) => other_form += 1,
            (None, Some(s)) => {
                invented += 1;
                misses.push(format!(
                    "{}: invented sign-off {:?}",
                    v["id"],
                    s.text().raw()
                ));
            }
            (None, None) => {}
        }
        if wirecopy::parse(&a.to_string()).ok().as_ref() != Some(&a) {
            not_idempotent.push(v["id"].to_string());
        }
    }
    let pct = |k: usize, of: usize| 100.0 * k as f64 / of.max(1) as f64;
    println!("Reuters-21578 train: {n} stories");
    println!(
        "  headline exact     {headline:>6} ({:.3}%)",
        pct(headline, n)
    );
    println!("  dateline place     {place:>6} ({:.3}%)", pct(place, n));
    println!(
        "  dateline month-day {month_day:>6} ({:.3}%)",
        pct(month_day, n)
    );
    println!(
        "  sign-off found     {found:>6} of {labelled} labelled ({:.3}%)",
        pct(found, labelled)
    );
    println!("  sign-off invented  {invented:>6}");
    println!("  REUTER.../REUTERS sign-offs the label does not count: {other_form}");
    println!("  misses (first 20): {misses:#?}");
    assert!(n > 15_000, "only {n} stories");
    assert!(pct(headline, n) >= 99.9);
    assert!(pct(place, n) >= 99.9);
    assert!(pct(month_day, n) >= 99.9);
    assert!(pct(found, labelled) >= 99.9);
    assert_eq!(invented, 0, "{misses:#?}");
    assert!(
        not_idempotent.is_empty(),
        "not idempotent: {not_idempotent:?}"
    );
}

/// Targets for a set of labelled AG News items.
struct Targets {
    precision: f64,
    recall: f64,
    agencies_exact: f64,
    credits_found: f64,
}

/// The AG News dev items labelled by hand (`tests/data/agnews-labels.jsonl`,
/// read by the rules of shared/corpus/agnews/README.md), scored as
/// shared/tools/score_openings.py scores them: a dateline is right when its
/// place (spaces collapsed) and its agencies (case ignored) match. The
/// targets of the real-copy issue.
#[test]
fn agnews_labelled_openings() {
    score_agnews(
        "agnews_labelled_openings",
        include_str!("data/agnews-labels.jsonl"),
        400,
        Targets {
            precision: 0.995,
            recall: 0.99,
            agencies_exact: 0.99,
            credits_found: 0.99,
        },
    );
}

/// A second set, labelled apart (dev items 1001 to 1250) and first scored
/// after the rules were written: held to the targets expected on held-out
/// copy (dateline precision 99%, recall 98%).
#[test]
fn agnews_validation_openings() {
    score_agnews(
        "agnews_validation_openings",
        include_str!("data/agnews-validation.jsonl"),
        250,
        Targets {
            precision: 0.99,
            recall: 0.98,
            agencies_exact: 0.98,
            credits_found: 0.95,
        },
    );
}

fn score_agnews(test: &str, labels: &str, at_least: usize, targets: Targets) {
    let Some(shared) = common::shared(test) else {
        return;
    };
    let dev = fs::read_to_string(shared.join("corpus/agnews/dev.jsonl")).unwrap();
    let texts: std::collections::HashMap<String, String> = dev
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (
                v["id"].as_str().unwrap().to_owned(),
                v["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let norm = |a: &str| match a.to_lowercase().as_str() {
        "canadian press" => "cp".to_owned(),
        "associated press" => "ap".to_owned(),
        other => other.to_owned(),
    };
    let set = |v: &Value| -> std::collections::BTreeSet<String> {
        v.as_array()
            .map(|a| a.iter().filter_map(Value::as_str).map(norm).collect())
            .unwrap_or_default()
    };
    let spaces = |v: &Value| {
        v.as_str()
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (mut right, mut wrong, mut invented, mut missed) = (0, 0, 0, 0);
    let (mut exact, mut agency_invented, mut credit_gold, mut credit_right, mut credit_invented) =
        (0, 0, 0, 0, 0);
    let mut n = 0;
    let mut misses = Vec::new();
    for line in labels.lines() {
        let gold: Value = serde_json::from_str(line).unwrap();
        let id = gold["id"].as_str().unwrap();
        let text = &texts[id];
        let article = wirecopy::parse(text).unwrap();
        let rendered = article.to_string();
        assert_eq!(
            wirecopy::parse(&rendered).unwrap(),
            article,
            "{id}: not idempotent"
        );
        let got = serde_json::to_value(&article).unwrap();
        n += 1;
        match (&gold["dateline"], &got["dateline"]) {
            (Value::Null, Value::Null) => {}
            (Value::Null, d) => {
                invented += 1;
                misses.push(format!("{id}: invented {}", d["text"]));
            }
            (g, Value::Null) => {
                missed += 1;
                misses.push(format!("{id}: missed {}", g["text"]));
            }
            (g, d) => {
                if spaces(&g["place"]) == spaces(&d["place"])
                    && set(&g["agencies"]) == set(&d["agencies"])
                {
                    right += 1;
                } else {
                    wrong += 1;
                    misses.push(format!("{id}: {} read as {}", g["text"], d["text"]));
                }
            }
        }
        let (ga, oa) = (set(&gold["agencies"]), set(&got["agencies"]));
        exact += usize::from(ga == oa);
        agency_invented += usize::from(!oa.is_subset(&ga));
        let got_credit = got["lead_credit"]["text"].as_str().unwrap_or("");
        match gold["credit"].as_str() {
            Some(c) => {
                credit_gold += 1;
                credit_right += usize::from(c.eq_ignore_ascii_case(got_credit));
            }
            None => credit_invented += usize::from(!got_credit.is_empty()),
        }
    }
    let precision = right as f64 / (right + wrong + invented).max(1) as f64;
    let recall = right as f64 / (right + wrong + missed).max(1) as f64;
    println!(
        "{test}: {n} AG News items; datelines right {right}, wrong {wrong}, invented {invented}, missed {missed}: \
         precision {:.1}%, recall {:.1}%; article agencies exact {:.1}%, invented on {agency_invented}; \
         lead credits {credit_right} of {credit_gold}, invented {credit_invented}",
        precision * 100.0,
        recall * 100.0,
        exact as f64 * 100.0 / n as f64,
    );
    println!("  misses: {misses:#?}");
    assert!(n >= at_least, "labels for at least {at_least} items");
    assert!(
        precision >= targets.precision,
        "dateline precision {precision}"
    );
    assert!(recall >= targets.recall, "dateline recall {recall}");
    assert!(
        exact as f64 >= targets.agencies_exact * n as f64,
        "article agencies exact"
    );
    assert_eq!(
        agency_invented, 0,
        "an agency reported that the item does not credit"
    );
    assert!(
        credit_right as f64 >= targets.credits_found * credit_gold as f64,
        "lead credits found"
    );
    assert_eq!(credit_invented, 0, "a lead credit invented");
}

/// Every AG News dev item, labelled or not: it parses, and its rendering
/// reads back to the same article (round trip), which renders the same again.
#[test]
fn agnews_dev_round_trips() {
    let Some(shared) = common::shared("agnews_dev_round_trips") else {
        return;
    };
    let dev = fs::read_to_string(shared.join("corpus/agnews/dev.jsonl")).unwrap();
    let mut n = 0;
    for line in dev.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let (id, text) = (v["id"].as_str().unwrap(), v["text"].as_str().unwrap());
        let a = wirecopy::parse(text).unwrap_or_else(|e| panic!("{id}: {e}"));
        let rendered = a.to_string();
        let b = wirecopy::parse(&rendered).unwrap();
        assert_eq!(b, a, "{id}: not idempotent");
        assert_eq!(b.to_string(), rendered, "{id}: rendering not stable");
        n += 1;
    }
    println!("AG News dev: {n} items round-trip");
    assert_eq!(n, 3800);
}
