//! Header lines between the headline and the body: bylines (`By Park
//! Ji-won`, `By LINDSAY WHITEHURST and ASHRAF KHALIL`, `By PTI`), the `|` line
//! and desk lines (`Editorji News Desk`) of portals.
//!
//! ```
//! use wirecopy::rules::header::byline_line;
//! assert_eq!(byline_line("By Kim Soo-yeon"), Some("By Kim Soo-yeon"));
//! assert_eq!(byline_line("By destination, exports to the US grew 9.6 percent."), None);
//! ```

use nom::IResult;
use nom::error::{ContextError, ParseError};

use crate::lexicon::Portal;
use crate::text::{Lines, is_blank};

const NAME_JOINERS: &[&str] = &[
    "and", "&", "of", "de", "van", "von", "bin", "al", "in", "for", "da",
];

/// The nom form of [`byline_line`]: the first line is a byline.
///
/// ```
/// let (rest, b) = wirecopy::rules::header::byline::<nom::error::Error<&str>>("By Kim Soo-yeon\nSEOUL").unwrap();
/// assert_eq!((b, rest), ("By Kim Soo-yeon", "SEOUL"));
/// ```
pub fn byline<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, &'a str, E> {
    super::on_line(i, "a byline", byline_line)
}

/// A byline line: `By` and up to ten name words.
pub fn byline_line(line: &str) -> Option<&str> {
    let t = crate::text::trim(line);
    let rest = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY "))?;
    // No colon: `By IANS, Kolkata : The …` is a byline run into a dateline.
    if t.len() > 100 || t.contains(['\n', '\r', ':']) || t.ends_with('.') && !t.ends_with(" Jr.") {
        return None;
    }
    let mut n = 0;
    for w in rest.split([' ', ',']).filter(|w| !w.is_empty()) {
        n += 1;
        let ok =
            n <= 10 && (w.starts_with(|c: char| c.is_uppercase()) || NAME_JOINERS.contains(&w));
        if !ok {
            return None;
        }
    }
    (n > 0).then_some(t)
}

/// A line holding only `|`.
pub fn pipe_line(line: &str) -> bool {
    matches!(crate::text::trim(line), "|" | "||")
}

/// A desk line of a known portal.
pub fn desk_line<'a>(line: &'a str, portals: &[Portal]) -> Option<&'a str> {
    let t = crate::text::trim(line);
    // (Plain loops: the length settles nearly every comparison.)
    for portal in portals {
        for d in portal.desks() {
            if d.len() == t.len() && d.eq_ignore_ascii_case(t) {
                return Some(t);
            }
        }
    }
    None
}

/// A short line that may stand as the desk or byline inside a header block
/// (after a time or a `|` line).
pub fn desk_like_line(line: &str) -> Option<&str> {
    let t = crate::text::trim(line);
    let ok = !t.is_empty()
        && t.chars().count() <= 60
        && !t.ends_with(['.', '?', '!', ':'])
        && t.starts_with(|c: char| c.is_alphanumeric())
        && !t.contains('|');
    ok.then_some(t)
}
/// The headline: the first line that is not blank, trimmed. Returns it and
/// the text after its line.
///
/// ```
/// let (rest, h) = wirecopy::rules::header::headline::<nom::error::Error<&str>>("# Title\n\nBody").unwrap();
/// assert_eq!((h, rest), ("Title", "\nBody"));
/// let (rest, h) = wirecopy::rules::header::headline::<nom::error::Error<&str>>("\n  Title  \n\nBody").unwrap();
/// assert_eq!((h, rest), ("Title", "\nBody"));
/// ```
pub fn headline<'a, E: nom::error::ParseError<&'a str> + nom::error::ContextError<&'a str>>(
    i: &'a str,
) -> nom::IResult<&'a str, &'a str, E> {
    let mut lines = Lines::new(i);
    match first_line(&mut lines) {
        Some(h) => Ok((lines.rest(), h)),
        None => super::fail(i, "a headline"),
    }
}

/// The first line that is not blank, trimmed; `lines` goes on after it. A
/// Markdown heading's marks (`# Title`, as extractors' Markdown output
/// writes the title) are no part of the headline.
pub(crate) fn first_line<'a>(lines: &mut Lines<'a>) -> Option<&'a str> {
    lines.find(|l| !is_blank(l)).map(|l| {
        // A line that opens and ends with visible ASCII has nothing to trim.
        let visible =
            |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !crate::text::is_ascii_space(b));
        let l = if visible(l.as_bytes().first()) && visible(l.as_bytes().last()) {
            l
        } else {
            l.trim_matches(crate::text::is_invisible)
        };
        markdown_heading(l).unwrap_or(l)
    })
}

/// The title of a Markdown heading line: one to six `#`, a space, text.
fn markdown_heading(l: &str) -> Option<&str> {
    let mut title = l;
    let mut found = false;
    // `# ## Title` reads as `Title`, as its rendering would read again.
    loop {
        let hashes = title.bytes().take_while(|&b| b == b'#').count();
        let Some(rest) = (1..=6)
            .contains(&hashes)
            .then(|| title[hashes..].strip_prefix(' '))
            .flatten()
        else {
            break;
        };
        title = rest.trim_start_matches(crate::text::is_invisible);
        found = true;
    }
    (found && !title.is_empty()).then_some(title)
}
