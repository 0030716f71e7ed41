#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(rust_2018_idioms)]

mod article;
pub mod builtin;
mod error;
pub mod grammar;
mod parser;
mod profile;
mod render;
#[cfg(feature = "serde")]
mod serde_impl;

pub use article::{
    Article, DateTime, Dateline, DatelineDate, Disclaimer, Placement, RelatedLink, Signoff, Text,
    Timestamp,
};
pub use error::{Error, ErrorKind};
pub use parser::{ArticleParser, DEFAULT_MAX_SIZE};
pub use profile::{Agencies, Agency, Portal, RelatedList, RelatedShape};
pub use render::{RELATED_HEADING, RELATED_TITLES_HEADING};

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
