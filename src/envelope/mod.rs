//! Wire envelopes: ANPA-1312 and IPTC 7901 framing around news copy.
//!
//! Agencies deliver copy inside a transmission envelope: control characters
//! (SYN, SOH, STX, ETX, EOT) around header lines that carry the service,
//! sequence number, priority, category, keyword and word count, and a
//! trailer with the filing time. [`open`] recognises such bytes, decodes
//! them (UTF-8, or Windows-1252 when they are not UTF-8), and reads the
//! envelope's fields ([`Envelope`]) and the story inside ([`Story`]):
//! headline, bylines, body and the "not for publication" trailer, with no
//! control character left in the story text.
//!
//! XML news formats (NITF, NewsML, NewsML-G2) are refused with an error
//! naming the format; any other bytes are not an envelope (`Ok(None)`), and
//! the caller reads them as plain text.
//!
//! ```
//! use wirecopy::envelope::{open, Format};
//!
//! let bytes = b"\x16\x16\x01a0123\x1fasian\nr a\x13\x11 BC-Rain 2ndLd   03-14 0120\n\
//! \x02^BC-Rain,120<\n^Rain lashes Kochi<\n^By ANN LEE=\n^Associated Press=\n\
//! \t   KOCHI, India (AP) _ Heavy rain hit the city.\n\x03AP-WF-03-14-24 1200GMT<\n\x04";
//! let opened = open(bytes)?.expect("an ANPA envelope");
//! let (env, story) = opened.read();
//! assert_eq!(env.format(), Format::Anpa1312);
//! assert_eq!(env.sequence(), Some("0123"));
//! assert_eq!(env.slug(), Some("BC-Rain"));
//! assert_eq!(env.take_key(), Some("2ndLd"));
//! assert_eq!(env.word_count(), Some(120));
//! assert_eq!(env.filing_time(), Some("AP-WF-03-14-24 1200GMT"));
//! assert_eq!(story.headline(), Some("Rain lashes Kochi"));
//! assert_eq!(story.bylines(), ["By ANN LEE", "Associated Press"]);
//! assert_eq!(story.body(), "\t   KOCHI, India (AP) _ Heavy rain hit the city.");
//! # Ok::<(), wirecopy::envelope::EnvelopeError>(())
//! ```

#![forbid(unsafe_code)]

mod anpa;
pub mod encoding;
mod iptc;
mod text;
mod write;
mod xml;

#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::io;

pub use encoding::{Encoding, decode, decode_8bit};
pub use xml::{XmlFormat, sniff_xml};

use text::{Cleaner, Span};

/// Start of heading: opens every envelope.
pub const SOH: u8 = 0x01;
/// Start of text: ends the envelope header, the story follows.
pub const STX: u8 = 0x02;
/// End of text: ends the story, the trailer (filing time) follows.
pub const ETX: u8 = 0x03;
/// End of transmission: closes the envelope.
pub const EOT: u8 = 0x04;
/// Synchronous idle: ANPA-1312 sends two before SOH.
pub const SYN: u8 = 0x16;
/// Unit separator: in ANPA-1312 between the sequence number and the
/// selector code; in tables, a column break.
pub const US: u8 = 0x1F;

/// Which envelope framed the copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// ANPA-1312 (NAA "wire service transmission guidelines"), as sent by
    /// AP and other North American services: `SYN SYN SOH`, two header
    /// lines, `STX`, `^`-prefixed header lines, paragraphs, `ETX`.
    Anpa1312,
    /// IPTC 7901 ("IPTC Recommended Message Format"), as sent by dpa, KNA
    /// and other agencies: `SOH`, a header line, a keyword line, `STX`,
    /// a headline ended by `=`, paragraphs, `ETX`.
    Iptc7901,
}

#[cfg(feature = "serde")]
impl serde::Serialize for Format {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Format {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = <Cow<'de, str>>::deserialize(d)?;
        Format::from_name(&name).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "not an envelope format: {name:?} (expected \"ANPA-1312\" or \"IPTC 7901\")"
            ))
        })
    }
}

impl Format {
    /// The format of a [name](Self::name).
    ///
    /// ```
    /// use wirecopy::envelope::Format;
    /// assert_eq!(Format::from_name("ANPA-1312"), Some(Format::Anpa1312));
    /// assert_eq!(Format::from_name("NITF"), None);
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        [Self::Anpa1312, Self::Iptc7901]
            .into_iter()
            .find(|f| f.name() == name)
    }

    /// The format's name.
    ///
    /// ```
    /// assert_eq!(wirecopy::envelope::Format::Iptc7901.name(), "IPTC 7901");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Anpa1312 => "ANPA-1312",
            Self::Iptc7901 => "IPTC 7901",
        }
    }
}

/// Why bytes cannot be read as copy.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EnvelopeError {
    /// The bytes are an XML document (NITF, NewsML, NewsML-G2, ...), not
    /// text copy.
    ///
    /// ```
    /// let err = wirecopy::envelope::open(b"<?xml version=\"1.0\"?><nitf/>").unwrap_err();
    /// assert_eq!(err.to_string(), "an XML document (NITF); wirecopy reads text copy");
    /// ```
    #[error("{}", xml_message(*.0))]
    Xml(XmlFormat),
}

fn xml_message(kind: XmlFormat) -> String {
    match kind {
        XmlFormat::Other => "an XML document; wirecopy reads text copy".to_owned(),
        known => format!("an XML document ({known}); wirecopy reads text copy"),
    }
}

/// Where each part of an opened envelope lies (spans of the decoded text or
/// of the cleaned copy).
#[derive(Debug, Clone, Default)]
pub(crate) struct Layout {
    pub(crate) service: Option<Span>,
    pub(crate) sequence: Option<Span>,
    pub(crate) selector: Option<Span>,
    pub(crate) priority: Option<Span>,
    pub(crate) category: Option<Span>,
    pub(crate) tabular: bool,
    pub(crate) slug: Option<Span>,
    pub(crate) take_key: Option<Span>,
    pub(crate) date: Option<Span>,
    pub(crate) word_count: Option<u32>,
    pub(crate) extra: Option<Span>,
    pub(crate) keyword_line: Option<Span>,
    pub(crate) notes: Vec<Span>,
    pub(crate) filing_time: Option<Span>,
    /// Everything before the story (through STX when there is one).
    pub(crate) lead: Span,
    /// The story as transmitted, between STX and ETX.
    pub(crate) story: Span,
    /// Everything from ETX on (empty when the envelope is truncated).
    pub(crate) tail: Span,
    pub(crate) headline: Option<Span>,
    pub(crate) bylines: Vec<Span>,
    pub(crate) header: Vec<Span>,
    pub(crate) body: Span,
    pub(crate) trailer: Option<Span>,
    pub(crate) signoff: Option<Span>,
    pub(crate) signoff_in_body: bool,
}

/// Bytes opened as an envelope: the decoded text, owned or borrowed, and
/// where its parts lie. [`Opened::read`] gives the fields, borrowing from it.
#[derive(Debug)]
pub struct Opened<'a> {
    format: Format,
    encoding: Encoding,
    text: Cow<'a, str>,
    clean: String,
    layout: Layout,
}

/// Opens `bytes` as a wire envelope.
///
/// - `Ok(Some(opened))` for an ANPA-1312 or IPTC 7901 envelope (starting
///   with `SYN SYN SOH` or `SOH`, after an optional BOM and idle bytes);
///   the text is borrowed when the bytes are UTF-8 and decoded from
///   Windows-1252 otherwise.
/// - `Ok(None)` for anything else: plain text, which the caller reads as
///   usual (see [`decode`] for 8-bit plain text).
/// - `Err` for an XML document, naming its format.
///
/// Never panics, and runs in time linear in the input.
///
/// ```
/// use wirecopy::envelope::{open, Format};
/// let opened = open(b"\x01eca062 4 i 211 ccccb   dpa 061\r\n\nGermany-politics/\r\n\
/// \x02Coalition talks could fail =\r\n\n   Berlin (dpa) - Talks may fail.\r\n\r\n\
/// dpa wsz\r\n\x03131137 GMT Nov 13\r\n\x04")?.expect("an IPTC envelope");
/// let (env, story) = opened.read();
/// assert_eq!(env.format(), Format::Iptc7901);
/// assert_eq!((env.service(), env.sequence(), env.priority()), (Some("eca"), Some("062"), Some("4")));
/// assert_eq!(env.slug(), Some("Germany-politics/"));
/// assert_eq!(story.headline(), Some("Coalition talks could fail"));
/// assert!(story.body().starts_with("   Berlin (dpa) - "));
/// assert_eq!(story.signoff(), Some("dpa wsz"));
///
/// assert!(open(b"Just a headline\n\nAnd a body.")?.is_none());
/// assert!(open(b"<?xml version='1.0'?><NewsML/>").is_err());
/// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
/// ```
pub fn open(bytes: &[u8]) -> Result<Option<Opened<'_>>, EnvelopeError> {
    if let Some(kind) = sniff_xml(bytes) {
        return Err(EnvelopeError::Xml(kind));
    }
    let Some(format) = detect(bytes) else {
        return Ok(None);
    };
    let (text, encoding) = decode(bytes);
    let mut cleaner = Cleaner::default();
    let soh = text.find('\u{1}').unwrap_or(0);
    let layout = match format {
        Format::Anpa1312 => anpa::read(&text, soh, &mut cleaner),
        Format::Iptc7901 => iptc::read(&text, soh, &mut cleaner),
    };
    Ok(Some(Opened {
        format,
        encoding,
        text,
        clean: cleaner.buf,
        layout,
    }))
}

/// Says which envelope `bytes` are in, by their first bytes; `None` when
/// they are not an envelope.
///
/// Before `SOH` a UTF-8 BOM and idle bytes (SYN, NUL, DEL, CR, LF) may come.
/// The envelope is ANPA-1312 when SYN comes before `SOH` or the first header
/// line holds a unit separator (US, between the sequence number and the
/// selector code); IPTC 7901 otherwise.
///
/// ```
/// use wirecopy::envelope::{detect, Format};
/// assert_eq!(detect(b"\x16\x16\x01W2870\x1fasian\n"), Some(Format::Anpa1312));
/// assert_eq!(detect(b"\x01eca062 4 i 211\r\n"), Some(Format::Iptc7901));
/// assert_eq!(detect(b"Plain text"), None);
/// ```
#[must_use]
pub fn detect(bytes: &[u8]) -> Option<Format> {
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let idle = body
        .iter()
        .take_while(|&&b| matches!(b, SYN | 0x00 | 0x7F | b'\r' | b'\n'))
        .count();
    let rest = body.get(idle..)?;
    if rest.first() != Some(&SOH) {
        return None;
    }
    let saw_syn = body.get(..idle).is_some_and(|p| p.contains(&SYN));
    let line_end = memchr::memchr2(b'\r', b'\n', rest).unwrap_or(rest.len());
    let has_us = rest.get(..line_end).is_some_and(|l| l.contains(&US));
    Some(if saw_syn || has_us {
        Format::Anpa1312
    } else {
        Format::Iptc7901
    })
}

impl<'a> Opened<'a> {
    /// Which envelope framed the copy.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01abc001 4 i 10\r\n\x02Head =\r\n\x03")?.unwrap();
    /// assert_eq!(o.format(), wirecopy::envelope::Format::Iptc7901);
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn format(&self) -> Format {
        self.format
    }

    /// How the bytes were decoded.
    ///
    /// ```
    /// use wirecopy::envelope::{open, Encoding};
    /// let o = open(b"\x01abc001 4 i 10\r\n\x02Caf\xE9 =\r\n\x03")?.unwrap();
    /// assert_eq!(o.encoding(), Encoding::Windows1252);
    /// assert_eq!(o.read().1.headline(), Some("Café"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// The whole decoded file, control characters and all.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01abc001 4 i 10\r\n\x02Head =\r\n\x03")?.unwrap();
    /// assert!(o.text().starts_with('\u{1}'));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the decoded text borrows the input bytes (they were UTF-8).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01abc001 4 i 10\r\n\x02Head =\r\n\x03")?.unwrap();
    /// assert!(o.is_borrowed());
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn is_borrowed(&self) -> bool {
        matches!(self.text, Cow::Borrowed(_))
    }

    fn get(&self, span: Span) -> &str {
        let src: &str = if span.clean { &self.clean } else { &self.text };
        text::slice(src, span.start, span.end)
    }

    fn opt(&self, span: Option<Span>) -> Option<&str> {
        span.map(|s| self.get(s))
    }

    /// The envelope's fields.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01abc001 4 i 10\r\nKey/\r\n\x02Head =\r\n\x03")?.unwrap();
    /// assert_eq!(o.envelope().slug(), Some("Key/"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn envelope(&self) -> Envelope<'_> {
        let l = &self.layout;
        let opt = |span: Option<Span>| span.map(|s| Cow::Borrowed(self.get(s)));
        Envelope {
            format: self.format,
            service: opt(l.service),
            sequence: opt(l.sequence),
            selector: opt(l.selector),
            priority: opt(l.priority),
            category: opt(l.category),
            tabular: l.tabular,
            slug: opt(l.slug),
            take_key: opt(l.take_key),
            date: opt(l.date),
            word_count: l.word_count,
            extra: opt(l.extra),
            keyword_line: opt(l.keyword_line),
            notes: l
                .notes
                .iter()
                .map(|&s| Cow::Borrowed(self.get(s)))
                .collect(),
            filing_time: opt(l.filing_time),
            raw: Some(Raw {
                lead: Cow::Borrowed(self.get(l.lead)),
                story: Cow::Borrowed(self.get(l.story)),
                tail: Cow::Borrowed(self.get(l.tail)),
            }),
        }
    }

    /// The story inside the envelope.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01abc001 4 i 10\r\n\x02Head =\r\n\r\nText.\r\n\x03")?.unwrap();
    /// assert_eq!(o.story().body(), "Text.");
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn story(&self) -> Story<'_> {
        let l = &self.layout;
        Story {
            headline: self.opt(l.headline),
            bylines: l.bylines.iter().map(|&s| self.get(s)).collect(),
            header: l.header.iter().map(|&s| self.get(s)).collect(),
            body: self.get(l.body),
            trailer: self.opt(l.trailer),
            signoff: self.opt(l.signoff),
            signoff_in_body: l.signoff_in_body,
        }
    }

    /// The envelope and the story, both borrowing from `self`.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01abc001 4 i 10\r\n\x02Head =\r\n\x03")?.unwrap();
    /// let (env, story) = o.read();
    /// assert_eq!((env.word_count(), story.headline()), (Some(10), Some("Head")));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn read(&self) -> (Envelope<'_>, Story<'_>) {
        (self.envelope(), self.story())
    }

    /// Writes the envelope back as it came: byte for byte the input (in
    /// Windows-1252 again when it was decoded from it).
    ///
    /// ```
    /// let bytes = b"\x01abc001 4 i 10\r\n\x02Caf\xE9 =\r\n\x03";
    /// let mut out = Vec::new();
    /// wirecopy::envelope::open(bytes)?.unwrap().write_to(&mut out).unwrap();
    /// assert_eq!(out, bytes);
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Any error of `out`.
    pub fn write_to<W: io::Write>(&self, out: &mut W) -> io::Result<()> {
        match self.encoding {
            Encoding::Utf8 => out.write_all(self.text.as_bytes()),
            Encoding::Windows1252 => match encoding::encode_8bit(&self.text) {
                Some(bytes) => out.write_all(&bytes),
                None => out.write_all(self.text.as_bytes()),
            },
        }
    }
}

/// The raw parts of an opened envelope, kept so that it can be written back
/// byte for byte.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Raw<'a> {
    lead: Cow<'a, str>,
    story: Cow<'a, str>,
    tail: Cow<'a, str>,
}

/// What an envelope says about its story. Fields absent in the file are
/// `None` (or empty); every string is the decoded text as written (trimmed
/// of white space and control codes), borrowed from it.
///
/// An article read from an envelope carries one ([`Article::envelope`](crate::Article::envelope)):
/// its fields, without the transmitted story (the article has the story).
/// [`into_owned`](Self::into_owned) detaches it from the text.
///
/// Build one from scratch with [`Envelope::new`] and the `with_*` methods to
/// write a new envelope with [`Envelope::write`].
///
/// With the `serde` feature it serialises to the object of the JSON key
/// `envelope` (every field, `format` by its [name](Format::name)); the
/// transmitted story is not part of it.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Envelope<'a> {
    format: Format,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    service: Option<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    sequence: Option<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    selector: Option<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    priority: Option<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    category: Option<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(default))]
    tabular: bool,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    slug: Option<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    take_key: Option<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    date: Option<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(default))]
    word_count: Option<u32>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    extra: Option<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    keyword_line: Option<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    notes: Vec<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    filing_time: Option<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(skip))]
    raw: Option<Raw<'a>>,
}

impl<'a> Envelope<'a> {
    /// An empty envelope of the given format, to fill with the `with_*`
    /// methods and [`write`](Self::write).
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// let env = Envelope::new(Format::Anpa1312).with_slug("BC-Rain");
    /// assert_eq!(env.slug(), Some("BC-Rain"));
    /// assert_eq!(env.sequence(), None);
    /// ```
    #[must_use]
    pub fn new(format: Format) -> Self {
        Self {
            format,
            service: None,
            sequence: None,
            selector: None,
            priority: None,
            category: None,
            tabular: false,
            slug: None,
            take_key: None,
            date: None,
            word_count: None,
            extra: None,
            keyword_line: None,
            notes: Vec::new(),
            filing_time: None,
            raw: None,
        }
    }

    /// Which envelope this is.
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// assert_eq!(Envelope::new(Format::Iptc7901).format(), Format::Iptc7901);
    /// ```
    #[must_use]
    pub fn format(&self) -> Format {
        self.format
    }

    /// The service: ANPA's service-level letter (`W` of `W2870`); IPTC's
    /// source/service identification (`eca` of `eca062`).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x16\x16\x01W2870\x1fasian\n")?.unwrap();
    /// assert_eq!(o.envelope().service(), Some("W"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn service(&self) -> Option<&str> {
        self.service.as_deref()
    }

    /// The message's sequence number, as written (`2870`, `062`).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x16\x16\x01W2870\x1fasian\n")?.unwrap();
    /// assert_eq!(o.envelope().sequence(), Some("2870"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn sequence(&self) -> Option<&str> {
        self.sequence.as_deref()
    }

    /// The sequence number as a number, when it is one that fits a `u32`.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01eca062 4 i 211\r\n")?.unwrap();
    /// assert_eq!(o.envelope().sequence_number(), Some(62));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn sequence_number(&self) -> Option<u32> {
        self.sequence.as_deref().and_then(|s| s.parse().ok())
    }

    /// ANPA's selector code, after the unit separator (`asian`, `-----`);
    /// `None` for IPTC.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x16\x16\x01W2870\x1fasian\n")?.unwrap();
    /// assert_eq!(o.envelope().selector(), Some("asian"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn selector(&self) -> Option<&str> {
        self.selector.as_deref()
    }

    /// The priority code as written: ANPA's letter (`f` flash, `b`
    /// bulletin, `u` urgent, `r` regular, `d` deferred, ...); IPTC's digit
    /// (1 most urgent).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01eca062 4 i 211\r\n")?.unwrap();
    /// assert_eq!(o.envelope().priority(), Some("4"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn priority(&self) -> Option<&str> {
        self.priority.as_deref()
    }

    /// The category code as written (ANPA `a`, `s`, `l`, ...; IPTC `i`,
    /// `pl`, `s`, ...).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01eca062 4 pl 211\r\n")?.unwrap();
    /// assert_eq!(o.envelope().category(), Some("pl"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn category(&self) -> Option<&str> {
        self.category.as_deref()
    }

    /// Whether ANPA's format identifier marks the copy as tabular (DC2:
    /// tables and agate, to keep as laid out); `false` for IPTC.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x16\x16\x01z9631\x1f-----\nr z\x14\x12 BC-BBO 05-17 0820\n")?.unwrap();
    /// assert!(o.envelope().tabular());
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn tabular(&self) -> bool {
        self.tabular
    }

    /// The slug or keyword: ANPA's keyword from the second header line
    /// (`BC-LT--Argentina-CancerB`); IPTC's keyword line (`Germany-politics/`).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01eca062 4 i 211\r\n\nGermany-politics/\r\n\x02")?.unwrap();
    /// assert_eq!(o.envelope().slug(), Some("Germany-politics/"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn slug(&self) -> Option<&str> {
        self.slug.as_deref()
    }

    /// ANPA's take key or version (`1stLd-Writethru`).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x16\x16\x01W1\x1fa\nr a\x13\x11 BC-Heat 1stLd-Writethru   02-20 0500\n")?.unwrap();
    /// assert_eq!(o.envelope().take_key(), Some("1stLd-Writethru"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn take_key(&self) -> Option<&str> {
        self.take_key.as_deref()
    }

    /// ANPA's month and day on the second header line (`02-20`).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x16\x16\x01W1\x1fa\nr a\x13\x11 BC-Heat   02-20 0500\n")?.unwrap();
    /// assert_eq!(o.envelope().date(), Some("02-20"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn date(&self) -> Option<&str> {
        self.date.as_deref()
    }

    /// The word count of the header line.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x16\x16\x01W1\x1fa\nr a\x13\x11 BC-Heat   02-20 0500\n")?.unwrap();
    /// assert_eq!(o.envelope().word_count(), Some(500));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn word_count(&self) -> Option<u32> {
        self.word_count
    }

    /// IPTC's optional information after the word count, as written
    /// (`ccccb   dpa 061`).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01eca062 4 i 211 ccccb   dpa 061\r\n")?.unwrap();
    /// assert_eq!(o.envelope().extra(), Some("ccccb   dpa 061"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn extra(&self) -> Option<&str> {
        self.extra.as_deref()
    }

    /// ANPA's keyword line at the top of the story, without `^` and the quad
    /// code (`BC-LT--Argentina-Cancer Beauty,466`).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x16\x16\x01W1\x1fa\nr a\x13\x11 BC-X 01-01\n\x02^BC-X Y,466<\n^Head<\n")?.unwrap();
    /// assert_eq!(o.envelope().keyword_line(), Some("BC-X Y,466"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn keyword_line(&self) -> Option<&str> {
        self.keyword_line.as_deref()
    }

    /// Notes to editors from the story header (`Eds: With AP Photos.`,
    /// `EDITOR'S NOTE _ ...`).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x16\x16\x01W1\x1fa\nr a\x13\x11 BC-X 01-01\n\x02^BC-X,1<\n^Head<\n^Eds: With photos.<\n")?.unwrap();
    /// assert_eq!(o.envelope().notes(), ["Eds: With photos."]);
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn notes(&self) -> &[Cow<'a, str>] {
        &self.notes
    }

    /// The filing time after ETX, as written (`AP-WF-02-20-16 0337GMT`,
    /// `131137 GMT Nov 13`).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01eca062 4 i 211\r\n\x02H =\r\n\x03131137 GMT Nov 13 \r\n\x04")?.unwrap();
    /// assert_eq!(o.envelope().filing_time(), Some("131137 GMT Nov 13"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn filing_time(&self) -> Option<&str> {
        self.filing_time.as_deref()
    }

    /// The story text between STX and ETX as transmitted (control codes and
    /// all) when the envelope was opened from bytes: what
    /// [`write`](Self::write) needs to give the same bytes back.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01eca062 4 i 211\r\n\x02H =\r\n\x03")?.unwrap();
    /// assert_eq!(o.envelope().story_raw(), Some("H =\r\n"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn story_raw(&self) -> Option<&str> {
        self.raw.as_ref().map(|r| &*r.story)
    }

    /// Detaches the envelope from the text it was read from.
    ///
    /// ```
    /// let bytes = b"\x01eca062 4 i 211\r\nKey/\r\n\x02H =\r\n\x03";
    /// let env = wirecopy::envelope::open(bytes)?.unwrap().envelope().into_owned();
    /// assert_eq!((env.slug(), env.word_count()), (Some("Key/"), Some(211)));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Envelope<'static> {
        fn own(c: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
            c.map(|c| Cow::Owned(c.into_owned()))
        }
        Envelope {
            format: self.format,
            service: own(self.service),
            sequence: own(self.sequence),
            selector: own(self.selector),
            priority: own(self.priority),
            category: own(self.category),
            tabular: self.tabular,
            slug: own(self.slug),
            take_key: own(self.take_key),
            date: own(self.date),
            word_count: self.word_count,
            extra: own(self.extra),
            keyword_line: own(self.keyword_line),
            notes: self
                .notes
                .into_iter()
                .map(|n| Cow::Owned(n.into_owned()))
                .collect(),
            filing_time: own(self.filing_time),
            raw: self.raw.map(|r| Raw {
                lead: Cow::Owned(r.lead.into_owned()),
                story: Cow::Owned(r.story.into_owned()),
                tail: Cow::Owned(r.tail.into_owned()),
            }),
        }
    }

    /// The fields alone, without the transmitted story kept for writing
    /// the envelope back: what an article carries.
    #[must_use]
    pub(crate) fn fields_only(mut self) -> Self {
        self.raw = None;
        self
    }
}

/// The story inside an envelope, as the page grammar should read it: no
/// control character is left in any of its strings (tabs and line endings
/// apart).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story<'a> {
    headline: Option<&'a str>,
    bylines: Vec<&'a str>,
    header: Vec<&'a str>,
    body: &'a str,
    trailer: Option<&'a str>,
    signoff: Option<&'a str>,
    signoff_in_body: bool,
}

impl<'a> Story<'a> {
    /// The headline: ANPA's `^` headline line, IPTC's line ended by ` =`,
    /// without the terminator.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01e1 4 i 1\r\n\x02EXTRA\nPeace talks next month =\r\n")?.unwrap();
    /// assert_eq!(o.story().headline(), Some("Peace talks next month"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn headline(&self) -> Option<&'a str> {
        self.headline
    }

    /// The byline lines without terminators (`By PAUL BYRNE`), each followed
    /// by its title or agency line when the header has one (`AP Sports
    /// Writer`, `Associated Press`).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01e1 4 i 1\r\n\x02Head\nBy Tom Kras, The Tribune =\r\n")?.unwrap();
    /// assert_eq!(o.story().bylines(), ["By Tom Kras, The Tribune"]);
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn bylines(&self) -> &[&'a str] {
        &self.bylines
    }

    /// Every header line of the story in order, without markers: keyword
    /// line, headline, photo and note lines, summary, bylines, flags such
    /// as `EXTRA`.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01e1 4 i 1\r\n\x02EXTRA\nHead =\r\n")?.unwrap();
    /// assert_eq!(o.story().header(), ["EXTRA", "Head"]);
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn header(&self) -> &[&'a str] {
        &self.header
    }

    /// The text of the story after the header lines, up to ETX or the
    /// notebook: tab- or space-indented paragraphs as in the file, from the
    /// first non-blank line (indentation kept) to the last non-blank
    /// character.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01e1 4 i 1\r\n\x02Head =\r\n\r\n   Berlin (dpa) - Text.\r\n\x03")?.unwrap();
    /// assert_eq!(o.story().body(), "   Berlin (dpa) - Text.");
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn body(&self) -> &'a str {
        self.body
    }

    /// What comes after the body inside the envelope: IPTC's notebook and
    /// "not for publication" block.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01e1 4 i 1\r\n\x02Head =\r\n\r\nText.\r\n\r\n# Notebook\r\n- a link\r\n\x03")?.unwrap();
    /// assert_eq!(o.story().trailer(), Some("# Notebook\r\n- a link"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn trailer(&self) -> Option<&'a str> {
        self.trailer
    }

    /// The sign-off line of IPTC copy (`dpa wsz jln npr`): agency and
    /// editors' initials on the last line before ETX. It may be in the body
    /// or after the notebook.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01e1 4 i 1\r\n\x02Head =\r\n\r\nText.\r\n\r\ndpa grj rmo\r\n\x03")?.unwrap();
    /// assert_eq!(o.story().signoff(), Some("dpa grj rmo"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn signoff(&self) -> Option<&'a str> {
        self.signoff
    }

    /// The sign-off when it stands apart from the body (after the
    /// notebook).
    pub(crate) fn signoff_apart(&self) -> Option<&'a str> {
        self.signoff.filter(|_| !self.signoff_in_body)
    }

    /// The body's paragraphs, with hard-wrapped lines joined.
    ///
    /// A paragraph starts at an indented line (tab or two spaces) or after a
    /// blank line; other lines continue it, as IPTC copy wraps its lines
    /// at about 70 columns. Each paragraph is trimmed; one that was a single
    /// line is borrowed.
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01e1 4 i 1\r\n\x02Head =\r\n\r\n   Berlin (dpa) - One\r\ntwo.\r\n\n   Three.\r\n\x03")?.unwrap();
    /// assert_eq!(o.story().paragraphs(), ["Berlin (dpa) - One two.", "Three."]);
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn paragraphs(&self) -> Vec<Cow<'a, str>> {
        let mut out: Vec<Cow<'a, str>> = Vec::new();
        let mut open_par = false;
        for line in self.body.lines() {
            let t = line.trim();
            if t.is_empty() {
                open_par = false;
                continue;
            }
            let indented = line.starts_with('\t') || line.starts_with("  ");
            match out.last_mut() {
                Some(last) if open_par && !indented => {
                    let joined = last.to_mut();
                    joined.push(' ');
                    joined.push_str(t);
                }
                _ => out.push(Cow::Borrowed(t)),
            }
            open_par = true;
        }
        out
    }

    /// The story as one page of plain text for the page grammar: headline,
    /// a blank line, the bylines, a blank line, the body, and the sign-off
    /// when it is not in the body (after the notebook).
    ///
    /// ```
    /// let o = wirecopy::envelope::open(b"\x01e1 4 i 1\r\n\x02Head =\r\n\r\nBerlin (dpa) - Text.\r\n\r\n# Notebook\r\n\r\ndpa grj\r\n\x03")?.unwrap();
    /// assert_eq!(o.story().to_page(), "Head\n\nBerlin (dpa) - Text.\n\ndpa grj\n");
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    #[must_use]
    pub fn to_page(&self) -> String {
        let mut page = String::with_capacity(self.body.len() + 256);
        if let Some(h) = self.headline {
            page.push_str(h);
            page.push_str("\n\n");
        }
        if !self.bylines.is_empty() {
            for b in &self.bylines {
                page.push_str(b);
                page.push('\n');
            }
            page.push('\n');
        }
        page.push_str(self.body);
        page.push('\n');
        if let Some(s) = self.signoff.filter(|_| !self.signoff_in_body) {
            page.push('\n');
            page.push_str(s);
            page.push('\n');
        }
        page
    }
}
