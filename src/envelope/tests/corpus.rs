//! The agency files in `shared/corpus/wire-envelopes`, read at test time
//! (never copied into the crate), checked against `expected.json`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::super::{EnvelopeError, Format, XmlFormat, open};
use super::assert_no_controls;

/// The corpus folder: `$WIRE_ENVELOPES_DIR`, or `shared/corpus/wire-envelopes`
/// beside or above the crate.
fn corpus_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("WIRE_ENVELOPES_DIR") {
        let dir = PathBuf::from(dir);
        return dir.join("expected.json").is_file().then_some(dir);
    }
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .map(|a| a.join("shared/corpus/wire-envelopes"))
        .find(|p| p.join("expected.json").is_file())
}

type Expected = BTreeMap<String, BTreeMap<String, Option<String>>>;

/// A reader for `expected.json`: an object of objects of strings or nulls.
struct Json<'j> {
    s: &'j [u8],
    i: usize,
}

impl Json<'_> {
    fn ws(&mut self) {
        while self.s.get(self.i).is_some_and(u8::is_ascii_whitespace) {
            self.i += 1;
        }
    }
    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        if self.s.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn string(&mut self) -> String {
        assert!(self.eat(b'"'), "expected a string at {}", self.i);
        let mut out = Vec::new();
        loop {
            let c = *self.s.get(self.i).expect("unterminated string");
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let e = *self.s.get(self.i).expect("bad escape");
                    self.i += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b't' => out.push(b'\t'),
                        b'r' => out.push(b'\r'),
                        b'u' => {
                            let hex = std::str::from_utf8(&self.s[self.i..self.i + 4]).unwrap();
                            self.i += 4;
                            let c = char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap();
                            let mut buf = [0; 4];
                            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                        }
                        other => out.push(other),
                    }
                }
                other => out.push(other),
            }
        }
        String::from_utf8(out).unwrap()
    }
    fn value(&mut self) -> Option<String> {
        self.ws();
        if self.s[self.i..].starts_with(b"null") {
            self.i += 4;
            None
        } else {
            Some(self.string())
        }
    }
    fn object<T>(&mut self, mut item: impl FnMut(&mut Self) -> T) -> BTreeMap<String, T> {
        let mut map = BTreeMap::new();
        assert!(self.eat(b'{'));
        if self.eat(b'}') {
            return map;
        }
        loop {
            let k = self.string();
            assert!(self.eat(b':'));
            map.insert(k, item(self));
            if self.eat(b'}') {
                return map;
            }
            assert!(self.eat(b','));
        }
    }
}

fn expected(dir: &std::path::Path) -> Expected {
    let raw = std::fs::read(dir.join("expected.json")).expect("expected.json");
    let mut j = Json { s: &raw, i: 0 };
    j.object(|j| j.object(Json::value))
}

/// `got` matches `want`, where a trailing `…` in `want` means "starts with".
fn matches(got: &str, want: &str) -> bool {
    match want.strip_suffix('…') {
        Some(prefix) => got.starts_with(prefix),
        None => got == want,
    }
}

#[test]
fn corpus_files_read_as_expected() {
    let Some(dir) = corpus_dir() else {
        println!("skipped: shared/corpus/wire-envelopes not found (set WIRE_ENVELOPES_DIR)");
        return;
    };
    let expected = expected(&dir);
    let mut checked = 0;
    for (name, want) in &expected {
        let path = dir.join(name);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let get = |k: &str| want.get(k).cloned().flatten();
        if name.ends_with(".xml") {
            let err = open(&bytes).expect_err(name);
            let EnvelopeError::Xml(kind) = err.clone();
            let msg = err.to_string();
            assert!(msg.contains("XML document"), "{name}: {msg}");
            let want_kind = match name.as_str() {
                "afp.xml" => XmlFormat::NewsMl,
                "ap.xml" => XmlFormat::NewsMlG2,
                _ => XmlFormat::Nitf,
            };
            assert_eq!(kind, want_kind, "{name}");
            assert!(msg.contains(want_kind.name()), "{name}: {msg}");
            checked += 1;
            continue;
        }
        let opened = open(&bytes)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .unwrap_or_else(|| panic!("{name}: not an envelope"));
        let format = if name.ends_with(".tst") {
            Format::Anpa1312
        } else {
            Format::Iptc7901
        };
        assert_eq!(opened.format(), format, "{name}");
        let (env, story) = opened.read();
        assert_no_controls(&opened, name);

        let headline = story
            .headline()
            .unwrap_or_else(|| panic!("{name}: no headline"));
        if let Some(h) = get("headline") {
            assert!(
                matches(headline, &h),
                "{name}: headline {headline:?}, want {h:?}"
            );
        }
        if let Some(b) = get("byline") {
            assert!(
                story.bylines().contains(&b.as_str()),
                "{name}: bylines {:?}, want {b:?}",
                story.bylines()
            );
        }
        let body = story.body();
        if let Some(lead) = get("lead") {
            assert!(
                body.contains(&lead),
                "{name}: body does not contain lead {lead:?}"
            );
        }
        if let Some(place) = get("place") {
            let first = body
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("");
            assert!(
                first.starts_with(&place),
                "{name}: first paragraph {first:?}, want place {place:?}"
            );
        }
        if let Some(s) = get("signoff") {
            assert_eq!(story.signoff(), Some(s.as_str()), "{name}");
        }
        // Nothing of the notebook in the body.
        assert!(
            !body.contains("not for publication") && !body.contains("# "),
            "{name}: notebook in body"
        );
        assert!(env.filing_time().is_some(), "{name}: no filing time");

        // Byte-for-byte round trips.
        let mut out = Vec::new();
        opened.write_to(&mut out).unwrap();
        assert_eq!(out, bytes, "{name}: write_to");
        let mut out = Vec::new();
        env.write(env.story_raw().unwrap(), &mut out).unwrap();
        if opened.is_borrowed() {
            assert_eq!(out, bytes, "{name}: Envelope::write");
        }
        let again = open(&out).unwrap().unwrap();
        assert_eq!(again.envelope(), env, "{name}: fields after write");
        assert_eq!(again.story(), story, "{name}: story after write");
        checked += 1;
    }
    assert_eq!(checked, 14, "every corpus file checked");
}

#[test]
fn corpus_fields() {
    let Some(dir) = corpus_dir() else {
        println!("skipped: shared/corpus/wire-envelopes not found (set WIRE_ENVELOPES_DIR)");
        return;
    };
    let read = |name: &str| std::fs::read(dir.join(name)).unwrap();

    let b = read("anpa-1.tst");
    let o = open(&b).unwrap().unwrap();
    let (env, story) = o.read();
    assert_eq!(env.service(), Some("W"));
    assert_eq!(env.sequence(), Some("2870"));
    assert_eq!(env.selector(), Some("asian"));
    assert_eq!(env.priority(), Some("f"));
    assert_eq!(env.category(), Some("l"));
    assert!(!env.tabular());
    assert_eq!(env.slug(), Some("BC-LT--Argentina-CancerB"));
    assert_eq!(env.take_key(), None);
    assert_eq!(env.date(), Some("11-13"));
    assert_eq!(env.word_count(), Some(1049));
    assert_eq!(
        env.keyword_line(),
        Some("BC-LT--Argentina-Cancer Beauty,466")
    );
    assert_eq!(env.notes(), ["Eds: With AP Photos."]);
    assert_eq!(env.filing_time(), Some("AP-WF-11-13-13 1509GMT"));
    assert_eq!(
        story.bylines(),
        ["By PAUL BYRNE and ALMUDENA CALATRAVA", "Associated Press"]
    );
    assert!(
        story
            .body()
            .starts_with("\t   BUENOS AIRES, Argentina (AP) _ For cancer")
    );
    assert!(story.body().ends_with("helped with this story."));
    assert_eq!(story.trailer(), None);

    let b = read("ap_anpa-1.tst");
    let o = open(&b).unwrap().unwrap();
    let (env, story) = o.read();
    assert_eq!(env.take_key(), Some("1stLd-Writethru"));
    assert_eq!(env.filing_time(), Some("AP-WF-02-20-16 0337GMT"));
    assert_eq!(story.bylines(), ["By CHARLES ODUM", "AP Sports Writer"]);
    assert_eq!(
        env.notes(),
        ["Eds: Heat 115, Hawks 111. Updates. With AP Photos."]
    );

    let b = read("anpa-2.tst");
    let o = open(&b).unwrap().unwrap();
    assert_eq!(o.envelope().notes().len(), 2);

    let b = read("ap_anpa-6.tst");
    let o = open(&b).unwrap().unwrap();
    let (env, story) = o.read();
    assert!(env.tabular());
    assert_eq!(env.word_count(), None);
    assert_eq!(env.date(), Some("08-18"));
    assert!(!o.is_borrowed(), "Latin-1 file decodes to an owned text");
    assert!(story.body().contains("Kansas City (López 1-7)"));
    assert!(story.body().contains("Tampa Bay\t"));
    assert!(story.body().contains("16½"));

    let b = read("IPTC7901.txt");
    let o = open(&b).unwrap().unwrap();
    let (env, story) = o.read();
    assert_eq!(env.service(), Some("eca"));
    assert_eq!(env.sequence(), Some("062"));
    assert_eq!(env.priority(), Some("4"));
    assert_eq!(env.category(), Some("i"));
    assert_eq!(env.word_count(), Some(211));
    assert_eq!(env.extra(), Some("ccccb   dpa 061"));
    assert_eq!(env.slug(), Some("Germany-politics/"));
    assert_eq!(env.filing_time(), Some("131137 GMT Nov 13"));
    let trailer = story.trailer().unwrap();
    assert!(trailer.starts_with("# dpa NOTEBOOK"));
    assert!(trailer.ends_with("<englishservice@dpa.com>"));
    assert!(story.body().ends_with("Christmas."));
    assert!(story.to_page().ends_with("Christmas.\n\ndpa wsz jln npr\n"));

    let b = read("dpa_two_line.txt");
    let o = open(&b).unwrap().unwrap();
    let (env, story) = o.read();
    assert_eq!(
        story.header(),
        [
            "EXTRA",
            "Peace talks on Yemen to take place in Sweden next month, Mattis says"
        ]
    );
    assert_eq!(env.sequence(), Some("0124"));
    assert_eq!(env.extra(), Some("dpa 1888"));

    let b = read("dpa_two_by_line.txt");
    let o = open(&b).unwrap().unwrap();
    let (env, story) = o.read();
    assert_eq!(env.filing_time(), Some("211259 Nov 18"));
    assert_eq!(env.category(), Some("s"));
    assert_eq!(
        story.headline(),
        Some("Chiefs-Rams 2.0? Would be a fun Super Bowl, but don't count on it")
    );
    assert!(
        story
            .trailer()
            .unwrap()
            .contains("not intended for publication")
    );
}
