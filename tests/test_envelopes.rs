//! Agency files as delivered (`../shared/corpus/wire-envelopes`), read with
//! `parse_bytes` as a user would: every field of `expected.json` for the
//! text files (ANPA-1312, IPTC 7901), the XML error for the others.

mod common;

use std::fs;

use serde_json::Value;

#[test]
fn wire_envelopes_give_every_expected_field() {
    let Some(shared) = common::shared("wire_envelopes_give_every_expected_field") else {
        return;
    };
    let dir = shared.join("corpus/wire-envelopes");
    let expected: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let (mut fields, mut right, mut xml) = (0, 0, 0);
    let mut wrong = Vec::new();
    for (file, exp) in expected.as_object().unwrap() {
        let bytes = fs::read(dir.join(file)).unwrap();
        if file.ends_with(".xml") {
            let err = wirecopy::parse_bytes(&bytes).unwrap_err();
            assert!(
                err.to_string().contains("an XML document (")
                    && err.to_string().ends_with("wirecopy reads text copy"),
                "{file}: {err}"
            );
            xml += 1;
            continue;
        }
        let a = wirecopy::parse_bytes(&bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
        let d = a.dateline();
        let agency = d.map(|d| d.agencies().join(",")).filter(|s| !s.is_empty());
        let got = [
            ("headline", Some(a.headline().to_owned())),
            ("byline", a.byline().map(str::to_owned)),
            ("place", d.map(|d| d.place().to_owned())),
            ("agency", agency),
            (
                "lead",
                a.paragraphs().first().map(|p| p.joined().into_owned()),
            ),
            (
                "signoff",
                a.signoff().map(|s| s.text().joined().into_owned()),
            ),
        ];
        for (key, got) in got {
            let Some(want) = exp.get(key) else { continue };
            fields += 1;
            let ok = match (want.as_str(), &got) {
                (None, None) => want.is_null(),
                (Some(w), Some(g)) if key == "lead" => g.starts_with(w),
                (Some(w), Some(g)) => match w.strip_suffix('…') {
                    Some(prefix) => g.starts_with(prefix),
                    None => g == w,
                },
                _ => false,
            };
            if ok {
                right += 1;
            } else {
                wrong.push(format!("{file} {key}: expected {want}, got {got:?}"));
            }
        }
        // What parse_bytes read renders and reads back the same.
        let text = a.to_string();
        assert_eq!(
            wirecopy::parse(&text).unwrap().headline(),
            a.headline(),
            "{file}"
        );
    }
    println!("wire envelopes: {right} of {fields} fields right, {xml} XML files refused");
    assert!(xml >= 5, "the XML files");
    assert!(fields >= 50, "only {fields} fields");
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// What `parse_bytes` reads from an envelope renders to a page that reads
/// back the same (the round trip of every article).
#[test]
fn wire_envelope_articles_round_trip() {
    let Some(shared) = common::shared("wire_envelope_articles_round_trip") else {
        return;
    };
    let dir = shared.join("corpus/wire-envelopes");
    let mut n = 0;
    for e in fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let bytes = fs::read(&path).unwrap();
        let Ok(a) = wirecopy::parse_bytes(&bytes) else {
            continue;
        };
        // The canonical text is the copy: the envelope (transport) is not
        // written, so the text reads back as the article without it.
        let enveloped = matches!(wirecopy::envelope::open(&bytes), Ok(Some(_)));
        assert_eq!(a.envelope().is_some(), enveloped, "{}", path.display());
        let text = a.to_string();
        assert_eq!(
            wirecopy::parse(&text).unwrap(),
            a.clone().with_envelope(None),
            "{}:\n{text}",
            path.display()
        );
        n += 1;
    }
    assert!(n >= 9, "only {n} envelopes read");
}

/// The article carries the envelope's fields as `open` reads them, owned,
/// and its JSON (key `envelope`) reads back to the same article.
#[test]
fn wire_envelope_articles_carry_the_envelope() {
    let Some(shared) = common::shared("wire_envelope_articles_carry_the_envelope") else {
        return;
    };
    let dir = shared.join("corpus/wire-envelopes");
    let mut n = 0;
    for e in fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let bytes = fs::read(&path).unwrap();
        let Ok(Some(opened)) = wirecopy::envelope::open(&bytes) else {
            continue;
        };
        let want = opened.envelope();
        let a = wirecopy::parse_bytes(&bytes).unwrap();
        let got = a.envelope().unwrap_or_else(|| panic!("{}", path.display()));
        let fields = |e: &wirecopy::envelope::Envelope<'_>| {
            format!(
                "{:?} {:?}",
                (
                    e.format(),
                    e.service(),
                    e.sequence(),
                    e.selector(),
                    e.priority(),
                    e.category(),
                    e.tabular(),
                ),
                (
                    e.slug(),
                    e.take_key(),
                    e.date(),
                    e.word_count(),
                    e.extra(),
                    e.keyword_line(),
                    e.notes(),
                    e.filing_time(),
                )
            )
        };
        assert_eq!(fields(got), fields(&want), "{}", path.display());
        assert!(want.sequence().is_some(), "{}: no sequence", path.display());
        // The article holds the fields, not the transmitted story.
        assert_eq!(got.story_raw(), None);
        let json = serde_json::to_value(&a).unwrap();
        let env = &json["envelope"];
        assert_eq!(env["format"], want.format().name(), "{}", path.display());
        assert_eq!(env["sequence"], want.sequence().unwrap());
        assert_eq!(env["word_count"], serde_json::json!(want.word_count()));
        let back = wirecopy::Article::deserialize_owned(json).unwrap();
        assert_eq!(back, a, "{}", path.display());
        n += 1;
    }
    assert!(n >= 9, "only {n} envelopes read");
}

#[test]
fn plain_text_has_no_envelope() {
    let a = wirecopy::parse_bytes(b"Headline\n\nBerlin (dpa) - Text.").unwrap();
    assert!(a.envelope().is_none());
    assert_eq!(
        serde_json::to_value(&a).unwrap()["envelope"],
        serde_json::Value::Null
    );
}
