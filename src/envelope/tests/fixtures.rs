//! Small envelopes written for these tests: each shape and its edge cases.

use std::borrow::Cow;

use super::super::{
    Encoding, Envelope, EnvelopeError, Format, XmlFormat, decode, decode_8bit, detect, open,
};
use super::assert_no_controls;

/// An AP-style ANPA-1312 story, with `nl` as line ending.
fn anpa_story(nl: &str) -> Vec<u8> {
    let lines = [
        "\u{16}\u{16}\u{1}a0123\u{1f}asian",
        "u a\u{13}\u{11} BC-Rain-Kochi 2ndLd-Writethru   03-14 0120",
        "\u{2}^BC-Rain-Kochi, 2nd Ld-Writethru,120<",
        "^Rain lashes Kochi<",
        "^AP Photo XYZ101<",
        "^Eds: Updates with toll.<",
        "^By ANN LEE=",
        "^AP Science Writer=",
        "\t   KOCHI, India (AP) _ Heavy rain hit the city on Friday.",
        "\t   Schools were closed.",
        "",
        "\t   \u{3}AP-WF-03-14-24 1200GMT<",
        "",
        "\u{c}",
        "\u{4}",
    ];
    lines.join(nl).into_bytes()
}

/// A dpa-style IPTC 7901 story (CRLF lines, bare-LF blank lines).
const IPTC: &[u8] = b"\x01eca062 4 i 211 ccccb   dpa 061\r\n\nGermany-politics/\r\n\
\x02Talks could fail =\r\n\n   Berlin (dpa) - Talks between the parties\r\ncould fail.\r\n\n   \
More text.\r\n\n# dpa NOTEBOOK\r\n\n* * * *\r\nThe following information is not for publication\r\n\n\
- Reporting by: A B\r\n\ndpa wsz jln\r\n\r\n\x03131137 GMT Nov 13 \r\n\x7f\n\x7f\x04";

fn opened(bytes: &[u8]) -> super::super::Opened<'_> {
    let o = open(bytes).expect("no error").expect("an envelope");
    assert_no_controls(&o, "fixture");
    let mut out = Vec::new();
    o.write_to(&mut out).expect("write");
    assert_eq!(out, bytes, "write_to gives the input back");
    o
}

#[test]
fn anpa_story_lf() {
    let bytes = anpa_story("\n");
    let o = opened(&bytes);
    let (env, story) = o.read();
    assert_eq!(env.format(), Format::Anpa1312);
    assert_eq!(
        (env.service(), env.sequence(), env.selector()),
        (Some("a"), Some("0123"), Some("asian"))
    );
    assert_eq!((env.priority(), env.category()), (Some("u"), Some("a")));
    assert_eq!(env.slug(), Some("BC-Rain-Kochi"));
    assert_eq!(env.take_key(), Some("2ndLd-Writethru"));
    assert_eq!((env.date(), env.word_count()), (Some("03-14"), Some(120)));
    assert_eq!(
        env.keyword_line(),
        Some("BC-Rain-Kochi, 2nd Ld-Writethru,120")
    );
    assert_eq!(env.notes(), ["Eds: Updates with toll."]);
    assert_eq!(env.filing_time(), Some("AP-WF-03-14-24 1200GMT"));
    assert_eq!(story.headline(), Some("Rain lashes Kochi"));
    assert_eq!(story.bylines(), ["By ANN LEE", "AP Science Writer"]);
    assert_eq!(
        story.body(),
        "\t   KOCHI, India (AP) _ Heavy rain hit the city on Friday.\n\t   Schools were closed."
    );
    assert_eq!(story.trailer(), None);
    assert_eq!(
        story.paragraphs(),
        [
            "KOCHI, India (AP) _ Heavy rain hit the city on Friday.",
            "Schools were closed."
        ]
    );
    assert!(matches!(o.text(), t if t.len() == bytes.len()));
    assert!(o.is_borrowed());
}

#[test]
fn anpa_crlf_reads_like_lf() {
    let lf = anpa_story("\n");
    let crlf = anpa_story("\r\n");
    let (a, b) = (opened(&lf), opened(&crlf));
    let (ea, sa) = a.read();
    let (eb, sb) = b.read();
    assert_eq!(ea.slug(), eb.slug());
    assert_eq!(ea.word_count(), eb.word_count());
    assert_eq!(ea.filing_time(), eb.filing_time());
    assert_eq!(sa.headline(), sb.headline());
    assert_eq!(sa.bylines(), sb.bylines());
    assert_eq!(
        sa.body().replace("\r\n", "\n"),
        sb.body().replace("\r\n", "\n")
    );
}

#[test]
fn anpa_truncated_without_etx() {
    let full = anpa_story("\n");
    let cut = full.iter().position(|&b| b == 0x03).unwrap();
    let o = opened(&full[..cut]);
    let (env, story) = o.read();
    assert_eq!(env.filing_time(), None);
    assert_eq!(story.headline(), Some("Rain lashes Kochi"));
    assert!(story.body().ends_with("Schools were closed."));
    // Cut inside the header lines.
    let o = opened(&full[..40]);
    assert_eq!(o.envelope().sequence(), Some("0123"));
    assert_eq!(o.story().body(), "");
}

#[test]
fn anpa_without_stx() {
    let bytes: Vec<u8> = anpa_story("\n")
        .into_iter()
        .filter(|&b| b != 0x02)
        .collect();
    let o = opened(&bytes);
    let (env, story) = o.read();
    assert_eq!(env.slug(), Some("BC-Rain-Kochi"));
    assert_eq!(story.headline(), Some("Rain lashes Kochi"));
    assert!(story.body().starts_with("\t   KOCHI"));
}

#[test]
fn empty_and_bare_openers() {
    assert!(open(b"").unwrap().is_none());
    assert!(open(b"\x16\x16").unwrap().is_none());
    let o = opened(b"\x16\x16\x01");
    let (env, story) = o.read();
    assert_eq!(env.format(), Format::Anpa1312);
    assert_eq!(
        (env.service(), env.sequence(), env.slug(), env.filing_time()),
        (None, None, None, None)
    );
    assert_eq!(
        (story.headline(), story.body(), story.trailer()),
        (None, "", None)
    );
    let o = opened(b"\x01");
    assert_eq!(o.format(), Format::Iptc7901);
    assert_eq!(o.story().body(), "");
    let o = opened(b"\x01\x02\x03\x04");
    assert_eq!(o.story().headline(), None);
}

#[test]
fn latin1_bytes_decode_and_write_back() {
    let mut bytes = anpa_story("\r\n");
    let at = bytes.windows(5).position(|w| w == b"Kochi").unwrap();
    bytes.splice(at..at + 5, b"K\xF6chi \x93Q\x94".iter().copied());
    let o = opened(&bytes);
    assert_eq!(o.encoding(), Encoding::Windows1252);
    assert!(!o.is_borrowed());
    let (env, _) = o.read();
    assert_eq!(env.slug(), Some("BC-Rain-K\u{f6}chi"));
    let bytes =
        b"\x01eca1 4 i 10\r\nKey/\r\n\x02Caf\xE9 \x96 Bar =\r\n\r\nZ\xFCrich (dpa) - Text.\r\n\x03";
    let o = opened(bytes);
    let story = o.story();
    assert_eq!(story.headline(), Some("Café – Bar"));
    assert_eq!(story.body(), "Zürich (dpa) - Text.");
}

#[test]
fn iptc_story() {
    let o = opened(IPTC);
    let (env, story) = o.read();
    assert_eq!(env.format(), Format::Iptc7901);
    assert_eq!(
        (env.service(), env.sequence(), env.sequence_number()),
        (Some("eca"), Some("062"), Some(62))
    );
    assert_eq!(
        (env.priority(), env.category(), env.word_count()),
        (Some("4"), Some("i"), Some(211))
    );
    assert_eq!(env.extra(), Some("ccccb   dpa 061"));
    assert_eq!(env.slug(), Some("Germany-politics/"));
    assert_eq!(env.filing_time(), Some("131137 GMT Nov 13"));
    assert_eq!(story.headline(), Some("Talks could fail"));
    assert!(story.bylines().is_empty());
    assert_eq!(
        story.body(),
        "   Berlin (dpa) - Talks between the parties\r\ncould fail.\r\n\n   More text."
    );
    assert_eq!(
        story.paragraphs(),
        [
            "Berlin (dpa) - Talks between the parties could fail.",
            "More text."
        ]
    );
    let trailer = story.trailer().unwrap();
    assert!(trailer.starts_with("# dpa NOTEBOOK"));
    assert!(trailer.ends_with("- Reporting by: A B"));
    assert_eq!(story.signoff(), Some("dpa wsz jln"));
    assert!(story.to_page().ends_with("More text.\n\ndpa wsz jln\n"));
}

#[test]
fn iptc_bylines_and_flags() {
    // Flag line, headline without "=", byline ending the block.
    let o = opened(b"\x01ecp7 4 s 850  dpa-tns 0908\r\n\nSport/\r\n\x02EXTRA\nBig game tonight\nBy Tom Kras, The Tribune =\r\n\r\nSan Diego (tca/dpa) - Text.\r\n\x03211259 Nov 18\r\n\x04");
    let story = o.story();
    assert_eq!(story.headline(), Some("Big game tonight"));
    assert_eq!(story.bylines(), ["By Tom Kras, The Tribune"]);
    assert_eq!(
        story.header(),
        ["EXTRA", "Big game tonight", "By Tom Kras, The Tribune"]
    );
    // Byline lines after the headline line, each ended by " =", with a title.
    let o = opened(b"\x01eca1 4 i 10\r\n\x02Headline =\r\nBy Ann Lee =\r\ndpa Correspondent =\r\n\r\n   Rome (dpa) - Text.\r\n\x03");
    let story = o.story();
    assert_eq!(story.headline(), Some("Headline"));
    assert_eq!(story.bylines(), ["By Ann Lee", "dpa Correspondent"]);
    assert_eq!(story.body(), "   Rome (dpa) - Text.");
    // An all-caps headline alone is still the headline.
    let o = opened(b"\x01eca1 4 i 10\r\n\x02MERKEL WINS =\r\n\r\nText.\r\n\x03");
    assert_eq!(o.story().headline(), Some("MERKEL WINS"));
}

#[test]
fn iptc_kna_style_header() {
    let o = opened("\u{1}bkn014 4 pl 171 vvvvb KNA 170123-89-00065#2\nBundestag/Kinder\n\u{2}Kinderkommission: Bund bleibt zuständig=\nBerlin (KNA) Die Kommission hat sich gewandt.\n\nDie folgenden Informationen sind nicht zur Veröffentlichung bestimmt\nKontakt\n\u{3}171200 Jan 17\n\u{4}".as_bytes());
    let (env, story) = o.read();
    assert_eq!(
        (env.service(), env.sequence(), env.category()),
        (Some("bkn"), Some("014"), Some("pl"))
    );
    assert_eq!(env.extra(), Some("vvvvb KNA 170123-89-00065#2"));
    assert_eq!(env.slug(), Some("Bundestag/Kinder"));
    assert_eq!(
        story.headline(),
        Some("Kinderkommission: Bund bleibt zuständig")
    );
    assert_eq!(
        story.body(),
        "Berlin (KNA) Die Kommission hat sich gewandt."
    );
    assert!(story.trailer().unwrap().ends_with("Kontakt"));
}

#[test]
fn iptc_truncated_and_without_stx() {
    let cut = IPTC.iter().position(|&b| b == 0x03).unwrap();
    let o = opened(&IPTC[..cut]);
    assert_eq!(o.envelope().filing_time(), None);
    assert_eq!(o.story().signoff(), Some("dpa wsz jln"));
    let o = opened(b"\x01eca1 4 i 10\r\nKey/word/\r\nHeadline =\r\n\r\nText.\r\n");
    let (env, story) = o.read();
    assert_eq!(env.slug(), Some("Key/word/"));
    assert_eq!(story.headline(), Some("Headline"));
    assert_eq!(story.body(), "Text.");
}

#[test]
fn controls_never_reach_the_story() {
    let o = opened(
        b"\x01eca1 4 i 10\r\n\x02He\x07ad\x00line =\r\n\r\nA\x10B\x1fC\x1eD\x1b\x0bE\x0c\r\n\x03",
    );
    let story = o.story();
    assert_eq!(story.headline(), Some("Headline"));
    assert_eq!(story.body(), "AB\tC DE");
    // C1 controls (undefined Windows-1252 bytes, and in UTF-8).
    let o = opened(b"\x01eca1 4 i 10\r\n\x02Caf\xE9\x81 =\r\n\x03");
    assert_eq!(o.story().headline(), Some("Café"));
    let o = opened("\u{1}eca1 4 i 10\r\n\u{2}Head\u{85}line =\r\n\u{3}".as_bytes());
    assert_eq!(o.story().headline(), Some("Headline"));
}

#[test]
fn anpa_table_codes() {
    let bytes = b"\x16\x16\x01s0284\x1f-----\r\nr s\x14\x12 BC-BBO--Glance     08-18 \r\n\
\x02^BC-BBO--Glance<\r\n^Wild Card Glance=\r\n^By The Associated Press=\r\n^AMERICAN LEAGUE=\r\n\
\x08^\x1f\x1e W\x1e L\r\n\x08Tampa\x10 Bay\x1f\x1e 73\x1e 52\x1e 16{\r\n^Saturday's Games=\r\n\t   ___=\r\n\x03AP-WF-08-18-19 2017GMT<\r\n\x04";
    let o = opened(bytes);
    let (env, story) = o.read();
    assert!(env.tabular());
    assert_eq!((env.date(), env.word_count()), (Some("08-18"), None));
    assert_eq!(story.headline(), Some("Wild Card Glance"));
    assert_eq!(story.bylines(), ["By The Associated Press"]);
    assert_eq!(
        story.body(),
        "AMERICAN LEAGUE\r\n\t  W  L\r\nTampa Bay\t  73  52  16½\r\nSaturday's Games\r\n\t   ___"
    );
}

#[test]
fn anpa_subhead_without_byline_starts_body() {
    let o = opened(b"\x16\x16\x01s1\x1f-----\nr s\x14\x12 BC-BBO--Glance 08-18\n\x02^BC-BBO--Glance<\n^Standings=\n^All Times EDT=\n^EAST DIVISION=\n\t   Boston 3\n\x03");
    let story = o.story();
    assert_eq!(story.headline(), Some("Standings"));
    assert_eq!(
        story.header(),
        ["BC-BBO--Glance", "Standings", "All Times EDT"]
    );
    assert_eq!(story.body(), "EAST DIVISION\n\t   Boston 3");
}

#[test]
fn xml_is_refused_by_name() {
    let cases: [(&[u8], XmlFormat); 7] = [
        (
            b"\xEF\xBB\xBF \n<?xml version='1.0'?>\n<!DOCTYPE nitf SYSTEM \"nitf.dtd\">\n<nitf>",
            XmlFormat::Nitf,
        ),
        (
            b"<?xml version=\"1.0\"?><!-- a <comment> --><NewsML Version=\"1.2\">",
            XmlFormat::NewsMl,
        ),
        (
            b"<?xml version=\"1.0\"?><!DOCTYPE x [ <!ENTITY a \"b\"> ]><newsMessage>",
            XmlFormat::NewsMlG2,
        ),
        (
            b"<nar:newsItem xmlns:nar='http://iptc.org/std/nar/2006-10-01/'>",
            XmlFormat::NewsMlG2,
        ),
        (
            b"<nitf version=\"-//IPTC//DTD NITF 3.3//EN\">",
            XmlFormat::Nitf,
        ),
        (
            b"\xFF\xFE<\x00?\x00x\x00m\x00l\x00?\x00>\x00<\x00n\x00i\x00t\x00f\x00>\x00",
            XmlFormat::Nitf,
        ),
        (
            b"<?xml version=\"1.0\"?><rss version=\"2.0\">",
            XmlFormat::Other,
        ),
    ];
    for (bytes, kind) in cases {
        let err = open(bytes).expect_err("XML is an error");
        assert_eq!(err, EnvelopeError::Xml(kind));
    }
    assert_eq!(
        open(b"<?xml version=\"1.0\"?><NewsML>")
            .unwrap_err()
            .to_string(),
        "an XML document (NewsML); wirecopy reads text copy"
    );
    assert_eq!(
        open(b"<?xml version=\"1.0\"?><newsItem>")
            .unwrap_err()
            .to_string(),
        "an XML document (NewsML-G2); wirecopy reads text copy"
    );
    assert_eq!(
        open(b"<?xml version=\"1.0\"?><rss>")
            .unwrap_err()
            .to_string(),
        "an XML document; wirecopy reads text copy"
    );
    // Text that merely starts with a tag is plain text.
    assert!(open(b"<b>Bold</b> headline\n\nBody.").unwrap().is_none());
}

#[test]
fn plain_text_is_not_an_envelope() {
    assert!(
        open(b"Rain lashes Kochi\n\nKochi, Mar 14 (PTI) Heavy rain.")
            .unwrap()
            .is_none()
    );
    assert!(open(b"Text with a \x01 later on").unwrap().is_none());
    assert!(open(b"Caf\xE9 text").unwrap().is_none());
    assert_eq!(
        detect(b"\xEF\xBB\xBF\r\n\x16\x16\x01W1\x1fa\n"),
        Some(Format::Anpa1312)
    );
    assert_eq!(detect(b"\x01W1\x1fa\n"), Some(Format::Anpa1312));
    assert_eq!(detect(b"\x7f\n\x01eca1 4 i 1\r\n"), Some(Format::Iptc7901));
    // The 8-bit fallback for plain text.
    assert_eq!(decode_8bit(b"Caf\xE9"), "Café");
    assert!(matches!(
        decode(b"Cafe"),
        (Cow::Borrowed("Cafe"), Encoding::Utf8)
    ));
}

#[test]
fn new_envelopes_write_and_read_back() {
    let env = Envelope::new(Format::Anpa1312)
        .with_service("W")
        .with_sequence("2870")
        .with_selector("asian")
        .with_priority("f")
        .with_category("l")
        .with_slug("BC-LT--Argentina-CancerB")
        .with_take_key("1stLd-Writethru")
        .with_date("11-13")
        .with_word_count(1049)
        .with_filing_time("AP-WF-11-13-13 1509GMT");
    let mut out = Vec::new();
    env.write("^BC-X,1<\n^Head<\n\t   Text.\n", &mut out)
        .unwrap();
    let o = opened(&out);
    let (back, story) = o.read();
    assert_eq!(back.service(), Some("W"));
    assert_eq!(back.sequence(), Some("2870"));
    assert_eq!(back.selector(), Some("asian"));
    assert_eq!(back.priority(), Some("f"));
    assert_eq!(back.category(), Some("l"));
    assert!(!back.tabular());
    assert_eq!(back.slug(), Some("BC-LT--Argentina-CancerB"));
    assert_eq!(back.take_key(), Some("1stLd-Writethru"));
    assert_eq!(back.date(), Some("11-13"));
    assert_eq!(back.word_count(), Some(1049));
    assert_eq!(back.filing_time(), Some("AP-WF-11-13-13 1509GMT"));
    assert_eq!(story.headline(), Some("Head"));
    assert_eq!(story.body(), "\t   Text.");
}
