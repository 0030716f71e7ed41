//! Wire shapes of agency copy as delivered (issue #14), read the same in
//! plain text and inside envelopes: byline blocks, agencies in bylines and
//! datelines, notebooks, desk sign-offs, alerts. The copy is written for
//! these tests; the shells follow the agencies' conventions.

use wirecopy::{Article, parse};

/// Parses `text` and checks that its rendering reads back the same.
fn read(text: &str) -> Article<'_> {
    let a = parse(text).unwrap();
    let rendered = a.to_string();
    assert_eq!(parse(&rendered).unwrap(), a, "rendered:\n{rendered}");
    a
}

fn place<'a>(a: &'a Article<'_>) -> Option<&'a str> {
    a.dateline().map(|d| d.place())
}

// ---------- byline blocks ----------

#[test]
fn a_byline_block_gives_byline_title_and_then_the_dateline() {
    let text = "Heat edge Hawks in overtime\n\nBy DANA MILLER\nAP Sports Writer\n\nATLANTA (AP) _ The Heat won 101-99 in overtime on Friday night.\n\nMiami led by nine at the half.";
    let a = read(text);
    assert_eq!(a.byline(), Some("By DANA MILLER"));
    assert_eq!(a.byline_title(), Some("AP Sports Writer"));
    assert_eq!(place(&a), Some("ATLANTA"));
    assert_eq!(a.dateline().unwrap().agencies(), ["AP"]);
    assert_eq!(a.paragraphs().len(), 2);
    assert_eq!(
        a.paragraphs()[0].joined(),
        "The Heat won 101-99 in overtime on Friday night."
    );
    assert_eq!(a.agencies(), ["AP"]);
    // The canonical layout: it renders back byte for byte.
    assert_eq!(a.to_string(), text);
}

#[test]
fn a_byline_block_reads_alike_with_one_line_a_block() {
    let text = "Heat edge Hawks\nBy DANA MILLER\nAssociated Press\nATLANTA (AP) _ The Heat won in overtime.\nMiami led at the half.";
    let a = read(text);
    assert_eq!(
        (a.byline(), a.byline_title()),
        (Some("By DANA MILLER"), Some("Associated Press"))
    );
    assert_eq!(place(&a), Some("ATLANTA"));
    assert_eq!(a.paragraphs().len(), 2);
}

#[test]
fn a_title_line_is_no_sentence_and_no_dateline() {
    // The line under the byline is the story: no title, the dateline read.
    let a = read("Senate votes\n\nBy JO KIM\nWASHINGTON (AP) — The Senate voted on Monday.");
    assert_eq!(a.byline_title(), None);
    assert_eq!(place(&a), Some("WASHINGTON"));
    let a = read("Senate votes\n\nBy JO KIM\nThe Senate voted on Monday, its leader said.");
    assert_eq!(a.byline_title(), None);
    assert_eq!(
        a.paragraphs()[0].joined(),
        "The Senate voted on Monday, its leader said."
    );
    // A title stands under its byline, in its block: a block of its own
    // after a blank line stays body.
    let a = read("Heat win\n\nBy DANA MILLER\n\nAP Sports Writer\n\nATLANTA (AP) _ The Heat won.");
    assert_eq!(a.byline_title(), None);
    assert_eq!(a.paragraphs()[0].joined(), "AP Sports Writer");
}

#[test]
fn bylines_that_name_an_agency_in_lower_case() {
    let a = read(
        "Merkel warns of slowdown\n\nBy Manuel Schwarz, dpa\n\nBerlin (dpa) - Chancellor Merkel warned of a slowdown.",
    );
    assert_eq!(a.byline(), Some("By Manuel Schwarz, dpa"));
    assert_eq!(place(&a), Some("Berlin"));
    assert_eq!(a.agencies(), ["dpa"]);
    let a = read("Floods in Saxony\n\nBy dpa correspondents\n\nThe Elbe rose overnight.");
    assert_eq!(a.byline(), Some("By dpa correspondents"));
    // The byline alone credits the agency.
    assert_eq!(a.agencies(), ["dpa"]);
    assert_eq!(a.paragraphs()[0].joined(), "The Elbe rose overnight.");
}

#[test]
fn a_byline_that_names_an_agency_credits_it() {
    let a = read("Baseball Glance\n\nBy The Associated Press\n\nAMERICAN LEAGUE");
    assert_eq!(a.byline(), Some("By The Associated Press"));
    assert_eq!(a.agencies(), ["AP"]);
    assert_eq!(place(&a), None);
    let a =
        read("Rail strike ends\n\nBy Ann Lee, Press Association\n\nThe strike ended on Tuesday.");
    assert_eq!(a.agencies(), ["PA"]);
    // A title line that names it credits it too.
    let a = read(
        "Prairie lost to corn\n\nBy JO KIM and LEE PARK\nAssociated Press\n\nROSCOE, S.D. (AP) _ Farmers plowed the prairie.",
    );
    assert_eq!(a.agencies(), ["AP"]);
    // Names that are no agency credit none.
    let a = read("Chiefs win\n\nBy Tom Krasovic, The San Diego Union-Tribune\n\nThe Chiefs won.");
    assert!(a.agencies().is_empty());
}

// ---------- desks' closing marks ----------

#[test]
fn desk_initials_close_the_story() {
    // AAP: agency, desk, operator.
    let a = read(
        "Bushfire threat rises\n\nThe main stories on tonight's news:\n\n1. Crews are on alert in the Blue Mountains.\n\nAAP RTV ar",
    );
    let s = a.signoff().unwrap();
    assert_eq!(
        (s.agency(), s.slugs().collect::<Vec<_>>()),
        ("AAP", vec!["RTV", "ar"])
    );
    assert_eq!(a.paragraphs().len(), 2);
    assert_eq!(a.agencies(), ["AAP"]);
    // AFP: initials joined by slashes.
    let a = read(
        "Carmaker wins receivership\n\nThe company said on Friday it had won protection from creditors.\n\nhh/ph/ts/hd",
    );
    let s = a.signoff().unwrap();
    assert_eq!((s.agency(), s.text().raw()), ("", "hh/ph/ts/hd"));
    assert_eq!(a.paragraphs().len(), 1);
    // PA: the end mark.
    let a =
        read("Sport trivia\n\nON THIS DAY IN SPORT\n\n1966: England won the World Cup.\n\nends");
    assert_eq!(a.signoff().unwrap().text().raw(), "ends");
    assert_eq!(
        a.paragraphs().last().unwrap().joined(),
        "1966: England won the World Cup."
    );
    // On the last line of the last block too.
    let a = read("Sport trivia\n\n1966: England won the World Cup.\nends");
    assert_eq!(a.signoff().unwrap().placement(), wirecopy::Placement::Line);
    assert_eq!(a.paragraphs().len(), 1);
}

#[test]
fn desk_initials_close_the_story_only_at_its_end() {
    let a = read("Sport trivia\n\nends\n\nThe match went on.");
    assert!(a.signoff().is_none());
    assert_eq!(a.paragraphs().len(), 2);
    let a =
        read("Rates\n\nUse the form and/or the app.\n\nhh/ph\n\nThe bank said rates would rise.");
    assert!(a.signoff().is_none());
    // A sentence's end is no closing mark.
    let a = read("Strike\n\nThe strike finally ends");
    assert!(a.signoff().is_none());
    let a = read("Strike\n\nThe union said.\nIt ends");
    assert!(a.signoff().is_none());
    let a = read("Talks\n\nTalks went on.\n\nAAP RTV reports");
    assert!(a.signoff().is_none());
}

// ---------- notebooks ----------

#[test]
fn a_notebook_is_out_of_the_body() {
    let text = "Coalition talks could fail\n\nBerlin (dpa) - Talks on a coalition could fail, a senior party member warned on Wednesday.\n\nThe party's members will vote on any deal in December.\n\n# dpa NOTEBOOK\n\n* * * *\nThe following information is not for publication\n\n## dpa Contacts\n- Reporting by: Anna Weber\n- Editing by: Jonas Brandt\n\ndpa wsz jln";
    let a = read(text);
    assert_eq!(a.paragraphs().len(), 2);
    let n = a.notebook().unwrap();
    assert_eq!(n.lines().first().map(|l| &**l), Some("# dpa NOTEBOOK"));
    assert_eq!(n.lines().len(), 6);
    assert_eq!(n.lines()[5], "- Editing by: Jonas Brandt");
    let s = a.signoff().unwrap();
    assert_eq!((s.agency(), s.text().raw()), ("dpa", "dpa wsz jln"));
    assert_eq!(a.agencies(), ["dpa"]);
}

#[test]
fn the_notice_alone_or_under_a_rule_opens_a_notebook() {
    let a = read(
        "Storm warning\n\nHamburg (dpa) - A storm will reach the coast tonight.\n\nThe following information is not intended for publication\nContact: newsdesk\n\ndpa kre",
    );
    assert_eq!(a.paragraphs().len(), 1);
    assert_eq!(a.notebook().unwrap().lines().len(), 2);
    assert_eq!(a.signoff().unwrap().agency(), "dpa");
    // The rule and the notice in blocks of their own.
    let a = read(
        "Storm warning\n\nHamburg (dpa) - A storm will reach the coast.\n\n* * * *\n\nThe following information is not for publication\n\nContact: newsdesk",
    );
    assert_eq!(a.paragraphs().len(), 1);
    assert_eq!(
        a.notebook().unwrap().lines(),
        [
            "* * * *",
            "The following information is not for publication",
            "Contact: newsdesk"
        ]
    );
    // One line a block.
    let a = read(
        "Storm warning\nHamburg (dpa) - A storm will reach the coast.\n* * * *\nThe following information is not for publication\nContact: newsdesk\ndpa kre",
    );
    assert_eq!(a.paragraphs().len(), 1);
    assert_eq!(a.notebook().unwrap().lines().len(), 3);
    assert_eq!(a.signoff().unwrap().text().raw(), "dpa kre");
}

#[test]
fn a_rule_or_a_heading_alone_opens_no_notebook() {
    // A section break in a feature.
    let a = read(
        "A day on the farm\n\nThe cows came in at six.\n\n* * *\n\nBy noon the barn was quiet.",
    );
    assert!(a.notebook().is_none());
    assert_eq!(a.paragraphs().len(), 3);
    let a = read(
        "A day on the farm\n\nThe cows came in.\n\n* * * *\n\nThe following morning was cold.",
    );
    assert!(a.notebook().is_none());
    assert_eq!(a.paragraphs().len(), 3);
    // A feature's own notebook.
    let a = read("Camp notes\n\nThe camp opened.\n\n## Reporter's notebook\n\nRain fell.");
    assert!(a.notebook().is_none());
    // Nor before the story: a notebook follows a body.
    let a =
        read("Advisory\n\nThe following information is not for publication\n\nThe desk is closed.");
    assert!(a.notebook().is_none());
    assert_eq!(a.paragraphs().len(), 2);
}

#[test]
fn a_notebook_keeps_a_portals_trailers_apart() {
    let a = read(
        "Storm warning\n\nHamburg (dpa) - A storm will reach the coast.\n\n# Notebook\n\n- [Weather service](http://example.org)\n\ndpa kre\n\n(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)",
    );
    assert_eq!(a.notebook().unwrap().lines().len(), 2);
    assert_eq!(a.signoff().unwrap().text().raw(), "dpa kre");
    assert_eq!(a.disclaimer().unwrap().publisher(), Some("Devdiscourse"));
}

#[cfg(feature = "serde")]
#[test]
fn the_notebook_in_json() {
    let a = read("Storm warning\n\nHamburg (dpa) - A storm is coming.\n\n# Notebook\n- a link");
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(
        json["notebook"]["lines"],
        serde_json::json!(["# Notebook", "- a link"])
    );
    let back = wirecopy::Article::deserialize_owned(json).unwrap();
    assert_eq!(back, a);
    let plain = serde_json::to_value(read("H\n\nBody.")).unwrap();
    assert_eq!(plain["notebook"], serde_json::Value::Null);
}

// ---------- alerts ----------

#[test]
fn an_alert_line_is_headline_and_body() {
    let text = "BOISE, Idaho (AP) _ Idaho becomes the first state to ban the sale of lookout towers to private buyers.";
    let a = read(text);
    let sentence =
        "Idaho becomes the first state to ban the sale of lookout towers to private buyers.";
    assert_eq!(a.headline(), sentence);
    assert_eq!(place(&a), Some("BOISE, Idaho"));
    assert_eq!(a.paragraphs().len(), 1);
    assert_eq!(a.paragraphs()[0].joined(), sentence);
    assert_eq!(a.agencies(), ["AP"]);
    // Zero copy: the headline borrows the input.
    let inside = |s: &str| {
        text.as_ptr() as usize <= s.as_ptr() as usize
            && s.as_ptr() as usize + s.len() <= text.as_ptr() as usize + text.len()
    };
    assert!(inside(a.headline()));
    // Its rendering is a headline and the story.
    assert_eq!(a.to_string(), format!("{sentence}\n\n{text}"));
}

#[test]
fn only_an_agencys_dateline_makes_an_alert() {
    // A headline that opens with a place: a headline still.
    for text in [
        "Pakistan: Floods kill 30 in the north",
        "NEW YORK _ Stocks rally",
        "WASHINGTON (AP) —",
        "LONDON (CBS.MW) - Shares rose.",
    ] {
        let a = read(text);
        assert_eq!(a.headline(), text, "{text}");
        assert!(a.dateline().is_none(), "{text}");
        assert!(a.paragraphs().is_empty(), "{text}");
    }
    // A headline over a body is one, whatever it opens with.
    let a = read("HONOLULU (AP) _ Hawaii sues\n\nThe state filed suit on Tuesday.");
    assert_eq!(a.headline(), "HONOLULU (AP) _ Hawaii sues");
    assert_eq!(a.paragraphs().len(), 1);
}

// ---------- the same shapes inside envelopes ----------

/// An ANPA-1312 envelope around `story` (the text between STX and ETX).
fn anpa(story: &str) -> Vec<u8> {
    let mut b =
        b"\x16\x16\x01a0123\x1fasian\nr a\x13\x11 BC-Test 1stLd   03-14 0120\n\x02".to_vec();
    b.extend_from_slice(story.as_bytes());
    b.extend_from_slice(b"\x03AP-WF-03-14-24 1200GMT<\n\x04");
    b
}

/// An IPTC 7901 envelope around `story`.
fn iptc(story: &str) -> Vec<u8> {
    let mut b = b"\x01eca062 4 i 211\r\n\r\nTest/\r\n\x02".to_vec();
    b.extend_from_slice(story.as_bytes());
    b.extend_from_slice(b"\x03131137 GMT Nov 13\r\n\x04");
    b
}

/// What `parse_bytes` reads, checked to read back the same from its
/// rendering (without the envelope).
fn read_bytes(bytes: &[u8]) -> Article<'static> {
    let a = wirecopy::parse_bytes(bytes).unwrap().into_owned();
    assert!(a.envelope().is_some());
    let rendered = a.to_string();
    assert_eq!(
        parse(&rendered).unwrap(),
        a.clone().with_envelope(None),
        "rendered:\n{rendered}"
    );
    a
}

#[test]
fn an_anpa_byline_block_gives_byline_and_title() {
    let a = read_bytes(&anpa(
        "^BC-Test,120<\n^Heat edge Hawks<\n^By DANA MILLER=\n^AP Sports Writer=\n\t   ATLANTA (AP) _ The Heat won in overtime.\n\t   Miami led at the half.\n",
    ));
    assert_eq!(a.headline(), "Heat edge Hawks");
    assert_eq!(
        (a.byline(), a.byline_title()),
        (Some("By DANA MILLER"), Some("AP Sports Writer"))
    );
    assert_eq!(place(&a), Some("ATLANTA"));
    assert_eq!(a.agencies(), ["AP"]);
    let env = a.envelope().unwrap();
    assert_eq!(
        (env.sequence(), env.take_key(), env.word_count()),
        (Some("0123"), Some("1stLd"), Some(120))
    );
}

#[test]
fn an_iptc_notebook_and_signoff_after_it() {
    let a = read_bytes(&iptc(
        "Coalition talks could fail =\r\nBy Katrin Vogel, dpa =\r\n\r\n   Berlin (dpa) - Talks on a coalition could fail.\r\n\r\n# dpa NOTEBOOK\r\n\r\n* * * *\r\nThe following information is not for publication\r\n\r\ndpa kv ph\r\n",
    ));
    assert_eq!(a.byline(), Some("By Katrin Vogel, dpa"));
    assert_eq!(a.paragraphs().len(), 1);
    assert_eq!(a.notebook().unwrap().lines().len(), 3);
    assert_eq!(a.signoff().unwrap().text().raw(), "dpa kv ph");
    assert_eq!(a.agencies(), ["dpa"]);
}

#[test]
fn an_envelope_alert_and_the_headers_headline() {
    // No headline line in the ANPA header: the alert's sentence.
    let a = read_bytes(&anpa(
        "\t   HONOLULU (AP) _ Hawaii files suit against the new rules.\n",
    ));
    assert_eq!(a.headline(), "Hawaii files suit against the new rules.");
    assert_eq!(place(&a), Some("HONOLULU"));
    // IPTC's first line without its ` =`.
    let a = read_bytes(&iptc("Berlin (dpa) - The chancellor has resigned.\r\n"));
    assert_eq!(a.headline(), "The chancellor has resigned.");
    assert_eq!(place(&a), Some("Berlin"));
    // The header's headline wins where there is one.
    let a = read_bytes(&anpa(
        "^BC-Test,120<\n^Lobster dies<\n\t   CHATHAM, Mass. (AP) _ A lobster died.\n",
    ));
    assert_eq!(a.headline(), "Lobster dies");
    assert_eq!(a.paragraphs()[0].joined(), "A lobster died.");
}

#[test]
fn an_envelope_closes_with_desk_initials() {
    let a = read_bytes(&iptc(
        "Carmaker wins protection =\r\n\r\n   STOCKHOLM (AFP) - A court granted the carmaker protection.\r\n\r\nhh/ph/ts\r\n",
    ));
    let s = a.signoff().unwrap();
    assert_eq!((s.agency(), s.text().raw()), ("", "hh/ph/ts"));
    assert_eq!(a.paragraphs().len(), 1);
}

// ---------- agency pairs in the dateline ----------

#[test]
fn a_dateline_credits_an_agency_and_its_partner() {
    let a =
        read("Chiefs beat Rams\n\nKANSAS CITY (tca/dpa) - The Chiefs won 31-28 on Monday night.");
    let d = a.dateline().unwrap();
    assert_eq!(
        (d.place(), d.agencies()),
        ("KANSAS CITY", &["tca".into(), "dpa".into()][..])
    );
    // The partner (Tribune Content Agency) and dpa, normalised.
    assert_eq!(a.agencies(), ["Tribune News Service", "dpa"]);
    for (text, agencies) in [
        ("Berlin (dpa/AFP) - Talks resumed.", &["dpa", "AFP"][..]),
        ("Paris (AFP/dpa) - Talks resumed.", &["AFP", "dpa"][..]),
        // A partner dpa names in lower case that the lexicon does not know.
        (
            "Hamburg (dpa/lno) - The port reopened.",
            &["dpa", "lno"][..],
        ),
    ] {
        let a = read(Box::leak(format!("Headline\n\n{text}").into_boxed_str()));
        let got: Vec<&str> = a
            .dateline()
            .unwrap()
            .agencies()
            .iter()
            .map(|a| &**a)
            .collect();
        assert_eq!(got, agencies, "{text}");
    }
    // Lower-case words beside no known agency, or words that are no code,
    // make no pair.
    for text in [
        "Boston (abc/def) - Prices rose.",
        "Berlin (dpa/file) - Prices rose.",
        "The firm (tca/dpa) said it would grow.",
    ] {
        let a = read(Box::leak(format!("Headline\n\n{text}").into_boxed_str()));
        assert!(a.dateline().is_none(), "{text}");
    }
}

/// Golden files of pages of one line (alerts): `tests/fixtures/one-line/`
/// (apart from the other fixtures: a page of one line has no layouts to
/// read alike, and its title given apart is a headline, not an alert).
#[cfg(feature = "serde")]
#[test]
fn one_line_fixtures_match_their_golden_json() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/one-line");
    let mut cases = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let txt = entry.unwrap().path();
        if txt.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        cases += 1;
        let text = std::fs::read_to_string(&txt).unwrap();
        let want: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(txt.with_extension("json")).unwrap())
                .unwrap();
        let a = read(&text);
        assert_eq!(serde_json::to_value(&a).unwrap(), want, "{}", txt.display());
        assert!(text.contains(a.headline()));
    }
    assert!(cases >= 1);
}

#[test]
fn a_title_given_apart_is_the_headline_even_behind_a_dateline() {
    let a = wirecopy::parse_titled("HONOLULU (AP) _ Hawaii files suit.", "").unwrap();
    assert_eq!(a.headline(), "HONOLULU (AP) _ Hawaii files suit.");
    assert!(a.dateline().is_none());
}
