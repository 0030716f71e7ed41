//! Related-link lists: a heading_line (`Recommended For You`,
//! `### More From This Section`, `Also Read`, `Related News`) and the entries
//! under it: `editorji | World` then a headline, or one headline per block.
//!
//! ```
//! use wirecopy::rules::related::{heading_line, pair_line};
//! let portals = wirecopy::Lexicon::builtin().portals();
//! assert!(heading_line("Recommended For You", portals).is_some());
//! assert!(heading_line("### More From This Section", portals).is_some());
//! assert_eq!(pair_line("editorji | World"), Some(("editorji", "World")));
//! assert_eq!(pair_line("India News | Railways to Run 96 Summer Special Trains"), None);
//! ```

use nom::IResult;
use nom::error::{ContextError, ParseError};

use crate::lexicon::{Portal, RelatedShape};
use crate::text::strip_hashes;

/// The nom form of [`heading_line`] with the built-in portals: the first line is a
/// related-list heading.
///
/// ```
/// let r = wirecopy::rules::related::related_heading::<nom::error::Error<&str>>("Recommended For You\n\neditorji | World");
/// assert_eq!(r.unwrap().0, "\neditorji | World");
/// ```
pub fn related_heading<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, RelatedShape, E> {
    super::on_line(i, "a related-list heading", |l| {
        heading_line(l, crate::lexicon::Lexicon::builtin().portals())
    })
}

/// The nom form of [`pair_line`]: the first line is `source | Section`.
pub fn related_pair<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, (&'a str, &'a str), E> {
    super::on_line(i, "a `source | Section` line", pair_line)
}

/// The longest related heading, in bytes (after any leading `#` run).
pub(crate) const MAX_HEADING: usize = 60;

// The lexicon keeps a 64-bit mask of heading lengths.
const _: () = assert!(MAX_HEADING < 64);

/// The shape of the list a heading opens, if the block is a known heading.
pub fn heading_line(block: &str, portals: &[Portal]) -> Option<RelatedShape> {
    let t = strip_hashes(crate::text::trim(block));
    if t.is_empty() || t.len() > MAX_HEADING || t.contains(['\n', '\r']) {
        return None;
    }
    portals
        .iter()
        .flat_map(|p| p.related_lists())
        .find(|l| strip_hashes(l.heading()).eq_ignore_ascii_case(t))
        .map(|l| l.shape())
}

/// A `source | Section` line.
pub fn pair_line(line: &str) -> Option<(&str, &str)> {
    let t = crate::text::trim(line);
    if t.len() > 60 {
        return None;
    }
    let bar = memchr::memchr(b'|', t.as_bytes())?;
    let (source, section) = (t[..bar].strip_suffix(' ')?, t[bar + 1..].strip_prefix(' ')?);
    let source = crate::text::trim(source);
    let section = crate::text::trim(section);
    let ok = !source.is_empty()
        && !source.contains(char::is_whitespace)
        && !section.is_empty()
        && !section.contains(['|', '\n', '\r'])
        && section.split_whitespace().count() <= 3;
    ok.then_some((source, section))
}
