//! Zero-copy parser for syndicated news copy: headline, timestamp, byline,
//! dateline (place, date, agencies), body paragraphs, sign-off, a portal's
//! "syndicated feed" disclaimer, related links, and which agencies the story
//! came from.
//!
//! ```
//! let page = "Kochi port to add second berth\n\nKochi, Mar 14 (PTI) The port said it will build a berth. (PTI) TGB\n";
//! let a = wirecopy::parse(page)?;
//! assert_eq!(a.headline(), "Kochi port to add second berth");
//! assert_eq!(a.dateline().unwrap().place(), "Kochi");
//! assert_eq!(a.paragraphs()[0].joined(), "The port said it will build a berth.");
//! assert_eq!(a.signoff().unwrap().agency(), "PTI");
//! assert_eq!(a.agencies(), ["PTI"]);
//! # Ok::<(), wirecopy::Error>(())
//! ```
//!
//! # Layers
//!
//! Data flows one way, and no module imports a higher one:
//!
//! | layer | module | what it does |
//! |---|---|---|
//! | envelope | [`envelope`] | ANPA-1312 and IPTC 7901 framing and 8-bit text, read by [`parse_bytes`] |
//! | text | [`text`] | lines and blocks of copy, small string helpers |
//! | lexicon | [`Lexicon`] | agencies, portals, zones, and the gates derived from them |
//! | rules | [`rules`] | one module per part of a page, each a nom parser with its gate |
//! | page | (private) | which rule each block goes to |
//! | model | [`Article`] and friends | the values; they compute nothing |
//! | parser | [`ArticleParser`] | a lexicon, custom rules and limits |
//! | render | `Display for Article` | the canonical text |
//! | syndication | [`syndication`] | body fingerprints and groups of the same story (beside the parser, on its output) |
//!
//! # Agency copy as delivered
//!
//! [`parse_bytes`] opens agency envelopes (ANPA-1312, IPTC 7901) and the
//! article carries the envelope's fields ([`Article::envelope`]). Plain
//! text and envelopes are read by the same rules, agency shapes included:
//! byline blocks (the title line under a byline, [`Article::byline_title`]),
//! agency pairs in datelines (`(tca/dpa)`), notebooks after the story
//! ([`Article::notebook`]), desks' closing marks as sign-offs (`AAP RTV ar`,
//! `hh/ph/ts/hd`, `ends`), and one-line alerts.
//!
//! ```
//! let a = wirecopy::parse("Heat edge Hawks\n\nBy DANA MILLER\nAP Sports Writer\n\nATLANTA (AP) _ The Heat won.\n\nhh/ph")?;
//! assert_eq!(a.byline_title(), Some("AP Sports Writer"));
//! assert_eq!(a.dateline().unwrap().place(), "ATLANTA");
//! assert_eq!(a.signoff().unwrap().text().raw(), "hh/ph");
//! let alert = wirecopy::parse("HONOLULU (AP) _ Hawaii files suit.")?;
//! assert_eq!((alert.headline(), alert.paragraphs().len()), ("Hawaii files suit.", 1));
//! # Ok::<(), wirecopy::Error>(())
//! ```
//!
//! # Extending
//!
//! Add agencies, portals and zones to a [`Lexicon`] (through
//! [`ArticleParser::with_agency`], [`ArticleParser::with_portal`],
//! [`ArticleParser::with_zone`]), and rules of your own for a part of the
//! page with [`ArticleParser::with_rule`] (see [`Rule`] for the order in
//! which rules are tried). `examples/custom_profile.rs` shows each.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(rust_2018_idioms)]

pub mod envelope;
mod error;
pub mod lexicon;
mod model;
mod page;
mod parser;
mod render;
pub mod rules;
pub mod syndication;
pub mod text;

pub use error::{Error, ErrorKind};
pub use lexicon::{Agencies, Agency, Lexicon, Portal, RelatedList, RelatedShape, builtin};
pub use model::{
    Article, DateTime, Dateline, DatelineDate, Deck, Disclaimer, LeadCredit, Notebook, Placement,
    RelatedLink, Signoff, Text, Timestamp,
};
pub use parser::{ArticleParser, DEFAULT_MAX_SIZE};
pub use rules::custom::{BlockKind, Rule};

// The README's examples run as doc tests, without making the README the
// crate's documentation.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The nom this crate's grammar is written with, so that downstream crates
/// compose with the same major version.
pub use nom;

/// Parses one page of syndicated copy with the built-in agencies and portals.
///
/// Lenient: a missing part is `None` or empty. Errors only for input that is
/// not an article: empty or blank text, or text over the size limit
/// ([`DEFAULT_MAX_SIZE`]). A leading BOM is skipped; CRLF, LF and lone CR
/// line ends are all accepted. No text is copied: every string in the result
/// borrows from `input`.
///
/// ```
/// let a = wirecopy::parse("Rain lashes Kochi\n\nKochi, Mar 14 (PTI) Heavy rain hit the city. (PTI) TGB\n")?;
/// assert_eq!(a.dateline().unwrap().place(), "Kochi");
/// assert_eq!(a.signoff().unwrap().agency(), "PTI");
/// # Ok::<(), wirecopy::Error>(())
/// ```
pub fn parse(input: &str) -> Result<Article<'_>, Error> {
    ArticleParser::builtin().parse(input)
}

/// Parses a story whose headline comes apart from its body (a dump's
/// `title` and `text` fields) with the built-in agencies and portals; see
/// [`ArticleParser::parse_titled`].
///
/// ```
/// let a = wirecopy::parse_titled("Rain lashes Kochi", "Kochi, Mar 14 (PTI) Heavy rain hit the city.\nSchools were shut.")?;
/// assert_eq!((a.headline(), a.paragraphs().len()), ("Rain lashes Kochi", 2));
/// # Ok::<(), wirecopy::Error>(())
/// ```
pub fn parse_titled<'a>(title: &'a str, body: &'a str) -> Result<Article<'a>, Error> {
    ArticleParser::builtin().parse_titled(title, body)
}

/// Parses one page given as bytes: a UTF-8 BOM is skipped, and invalid
/// UTF-8 is an error naming the first bad byte's offset, line and column
/// (never a lossy conversion).
///
/// ```
/// let err = wirecopy::parse_bytes(b"Headline\n\nBad \xFF byte").unwrap_err();
/// assert_eq!(err.to_string(), "line 3, column 5: expected UTF-8 text, found the invalid byte 0xFF");
/// ```
pub fn parse_bytes(input: &[u8]) -> Result<Article<'_>, Error> {
    ArticleParser::builtin().parse_bytes(input)
}
