//! The public API's promises: zero copies, owned detach, serde borrowing,
//! `Send + Sync`, lenient absence of parts.

use wirecopy::*;

static PAGE: &str = "Headline here\n\nUpdated : Aug 13, 2025 14:23\n|\nEditorji News Desk\n\nSeoul, Aug 13 (AP) First paragraph.\n\nLast paragraph. (AP) NPK NPK\n\n(With inputs from PTI)\n\n(Only the headline of this report may have been reworked by Editorji; the rest of the content is auto-generated from a syndicated feed.)\n\nRecommended For You\n\neditorji | World\n\nA related headline";

fn inside(input: &str, part: &str) -> bool {
    let (s, p) = (input.as_ptr() as usize, part.as_ptr() as usize);
    p >= s && p + part.len() <= s + input.len()
}

#[test]
fn parsing_copies_no_text() {
    let a = parse(PAGE).unwrap();
    assert!(inside(PAGE, a.headline()));
    let t = a.timestamp().unwrap();
    assert!(inside(PAGE, t.text()) && inside(PAGE, t.label().unwrap()));
    assert!(inside(PAGE, a.byline().unwrap()));
    let d = a.dateline().unwrap();
    assert!(
        inside(PAGE, d.text()) && inside(PAGE, d.place()) && inside(PAGE, d.date().unwrap().text())
    );
    assert!(d.agencies().iter().all(|x| inside(PAGE, x)));
    assert!(
        a.paragraphs()
            .iter()
            .all(|p| p.as_borrowed().is_some_and(|r| inside(PAGE, r)))
    );
    let s = a.signoff().unwrap();
    assert!(
        inside(PAGE, s.text().raw())
            && inside(PAGE, s.agency())
            && inside(PAGE, s.slugs_text().raw())
    );
    assert!(inside(PAGE, a.disclaimer().unwrap().text().raw()));
    assert!(inside(PAGE, a.disclaimer().unwrap().publisher().unwrap()));
    for l in a.related() {
        assert!(inside(PAGE, l.source().unwrap()) && inside(PAGE, l.title().raw()));
    }
    assert!(a.credits().iter().all(|c| inside(PAGE, c.raw())));
    // Normalised agency names borrow from the input or from the parser.
    let parser = ArticleParser::builtin();
    let a2 = parser.parse(PAGE).unwrap();
    assert_eq!(a2.agencies(), ["AP", "PTI"]);
    assert!(
        a2.agencies()
            .iter()
            .all(|n| parser.agencies().find(n).is_some())
    );
}

#[test]
fn into_owned_outlives_the_input() {
    let owned: Article<'static> = {
        let text = PAGE.to_owned();
        parse(&text).unwrap().into_owned()
    };
    assert_eq!(owned, parse(PAGE).unwrap());
}

#[cfg(feature = "serde")]
#[test]
fn json_deserialising_borrows_and_round_trips() {
    let a = parse(PAGE).unwrap();
    let json = serde_json::to_string(&a).unwrap();
    let back: Article<'_> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
    assert!(
        inside(&json, back.headline()),
        "an unescaped string borrows from the JSON"
    );
}

#[test]
fn public_types_are_send_sync() {
    fn ok<T: Send + Sync>() {}
    ok::<Article<'_>>();
    ok::<Dateline<'_>>();
    ok::<DatelineDate<'_>>();
    ok::<Timestamp<'_>>();
    ok::<Signoff<'_>>();
    ok::<Disclaimer<'_>>();
    ok::<RelatedLink<'_>>();
    ok::<wirecopy::Notebook<'_>>();
    ok::<wirecopy::envelope::Envelope<'_>>();
    ok::<Text<'_>>();
    ok::<DateTime>();
    ok::<Error>();
    ok::<ArticleParser>();
    ok::<Agency>();
    ok::<Portal>();
}

#[test]
fn absent_parts_are_none_or_empty() {
    let a = parse("Only a headline").unwrap();
    assert_eq!(a.headline(), "Only a headline");
    assert!(a.timestamp().is_none() && a.byline().is_none() && a.dateline().is_none());
    assert!(a.signoff().is_none() && a.disclaimer().is_none());
    assert!(a.byline_title().is_none() && a.notebook().is_none() && a.envelope().is_none());
    assert!(a.paragraphs().is_empty() && a.related().is_empty() && a.agencies().is_empty());
    #[cfg(feature = "serde")]
    {
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["dateline"], serde_json::Value::Null);
        assert_eq!(json["related"], serde_json::json!([]));
    }
    assert_eq!(a.to_string(), "Only a headline");
}

#[test]
fn tricky_cases_from_formats_md() {
    // Missing date is not a dateline.
    let a = parse("H\n\nNew Delhi, Taking a dig at the opposition, he said.").unwrap();
    assert!(a.dateline().is_none());
    // Dateline glued to the first word in PDF-derived text.
    let a = parse("H\n\nWASHINGTON, JAN 18US President spoke.").unwrap();
    assert_eq!(a.paragraphs()[0].joined(), "US President spoke.");
    // No place.
    let a = parse("H\n\nJan. 10 (Xinhua) -- China said.").unwrap();
    assert_eq!(
        (a.dateline().unwrap().place(), a.agencies().to_vec()),
        ("", vec!["Xinhua".into()])
    );
    // Byline run into the dateline.
    let a = parse("H\n\nBy Shirish B Pradhan Kathmandu, Oct 17 (PTI) Nepal said.").unwrap();
    assert_eq!(
        (a.byline(), a.dateline().unwrap().place()),
        (Some("By Shirish B Pradhan"), "Kathmandu")
    );
    // Leading spaces, CRLF, no final newline, non-ASCII places, no-break space.
    let a = parse("H\r\n\r\n   Zürich, Aug\u{a0}13 (AP) Text.").unwrap();
    assert_eq!(a.dateline().unwrap().date().unwrap().day(), 13);
    let a = parse("H\n\nMalmö, March 3 (Reuters) - Text.").unwrap();
    assert_eq!(a.dateline().unwrap().place(), "Malmö");
    // Curly quotes in the body stay as written.
    let a = parse("H\n\nSEOUL (Yonhap) -- “Quoted,” he said.").unwrap();
    assert_eq!(a.paragraphs()[0].joined(), "“Quoted,” he said.");
    // Press Trust of India normalises to PTI.
    let a = parse("H\n\nText.\n\n(With inputs from Press Trust of India)").unwrap();
    assert_eq!(a.agencies(), ["PTI"]);
}

#[test]
fn every_kind_of_white_space_trims_alike() {
    // Vertical tab and form feed are white space to `char::is_whitespace`.
    for ws in ["\u{b}", "\u{c}", "\u{a0}", "\u{2003}", "\t"] {
        let page = format!("{ws}Headline{ws}\n{ws}\n{ws}Seoul, Aug 13 (AP) Text.{ws}\n");
        let a = parse(&page).unwrap();
        assert_eq!(a.headline(), "Headline", "{ws:?}");
        assert_eq!(a.paragraphs()[0].raw(), "Text.", "{ws:?}");
        assert_eq!(parse(&a.to_string()).unwrap(), a, "{ws:?}");
    }
}
