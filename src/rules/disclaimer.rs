//! Portal disclaimers: the note that a story came from a syndicated feed.
//!
//! A block is a disclaimer when it is one of the wordings of a known
//! [`Portal`], or when it has the usual sentence shape (it says the content
//! is *auto-generated*, from a *syndicated* or *wire agency feed*). The
//! publisher is taken from the sentence when it names one (`edited by NDTV
//! staff`, `reworked by Editorji;`, `FPJ's editorial team`, `LatestLY Staff`,
//! `ThePrint holds no responsibility`), else from the matching portal.
//!
//! ```
//! use wirecopy::rules::disclaimer::disclaimer_block;
//! let portals = wirecopy::Lexicon::builtin().portals();
//! let d = disclaimer_block("(This story has not been edited by Acme Daily staff and is auto-generated from a syndicated feed.)", portals).unwrap();
//! assert_eq!(d.publisher(), Some("Acme Daily"));
//! assert!(disclaimer_block("The feed was syndicated widely, officials said, in a long paragraph about media.", portals).is_none());
//! ```

use std::borrow::Cow;

use std::sync::LazyLock;

use memchr::memmem;
use nom::IResult;
use nom::error::{ContextError, ParseError};

use crate::lexicon::Portal;
use crate::model::{Disclaimer, Placement, Text};
use crate::text::strip_parens;

/// How a disclaimer that no portal words opens: in parentheses, or with
/// `This` or `Disclaimer`. (The parser's cheap gates read these too.)
pub(crate) const GENERIC_OPENINGS: [&str; 3] = ["(", "This", "Disclaimer"];

/// The longest block a disclaimer can be, in bytes.
pub(crate) const MAX_LEN: usize = 600;

/// The disclaimer rule's gate for its generic openings; a portal's own
/// wordings open the gate for their first bytes too (see the lexicon).
pub(crate) const GATE: super::Gate = super::Gate {
    opens: |b| GENERIC_OPENINGS.iter().any(|o| o.as_bytes()[0] == b),
    max_len: MAX_LEN,
};

/// The nom form of [`disclaimer_block`] with the built-in portals: the first block
/// of the input is a disclaimer; returns it and the text after the block.
///
/// ```
/// let text = "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)\n\nRest";
/// let (rest, d) = wirecopy::rules::disclaimer::disclaimer::<nom::error::Error<&str>>(text).unwrap();
/// assert_eq!((d.publisher(), rest), (Some("NDTV"), "Rest"));
/// ```
pub fn disclaimer<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, Disclaimer<'a>, E> {
    super::on_block(i, "a disclaimer", |b| {
        disclaimer_block(b, crate::lexicon::Lexicon::builtin().portals())
    })
}

/// A whole block that is a disclaimer.
pub fn disclaimer_block<'a>(block: &'a str, portals: &'a [Portal]) -> Option<Disclaimer<'a>> {
    let t = crate::text::trim(block);
    if t.is_empty() || t.len() > MAX_LEN {
        return None;
    }
    let text = Text::new(t);
    let bare = strip_parens(t);
    let first = bare.as_bytes().first();
    let mut multi_line = None;
    for portal in portals {
        for (wording, publisher) in portal.disclaimers() {
            let w = strip_parens(wording);
            // Cheap filters first: same first byte, a plausible length.
            if w.as_bytes().first() != first || bare.len() < w.len() || bare.len() > 2 * w.len() {
                continue;
            }
            let wrapped = *multi_line
                .get_or_insert_with(|| memchr::memchr2(b'\n', b'\r', t.as_bytes()).is_some());
            let same = if wrapped {
                Text::new(bare) == Text::new(w)
            } else {
                bare == w
            };
            if same {
                // The publisher the wording names, borrowed from the text
                // where it stands there (Hindustan Times's does not).
                let publisher = publisher.map(|p| match crate::text::find_str(t, p) {
                    Some(at) => Cow::Borrowed(&t[at..at + p.len()]),
                    None => Cow::Borrowed(p),
                });
                return Some(Disclaimer {
                    text,
                    publisher,
                    placement: Placement::Block,
                });
            }
        }
    }
    let [paren, this, word] = GENERIC_OPENINGS;
    let opening_ok = if t.starts_with(paren) {
        t.len() <= 400 && single_group(t)
    } else {
        crate::text::opens_with_words(t, &[this]) || t.starts_with(word)
    };
    if !opening_ok || !shaped(t) {
        return None;
    }
    Some(Disclaimer {
        text,
        publisher: publisher_in(t),
        placement: Placement::Block,
    })
}

/// A disclaimer that ends a paragraph (LatestLY puts it after the sign-off).
/// Returns the paragraph without it and the disclaimer.
pub fn disclaimer_tail<'a>(
    paragraph: &'a str,
    portals: &'a [Portal],
) -> Option<(&'a str, Disclaimer<'a>)> {
    let p = paragraph.trim_end();
    if !p.ends_with([')', '.']) {
        return None;
    }
    let mut from = p.len().saturating_sub(MAX_LEN);
    while !p.is_char_boundary(from) {
        from += 1;
    }
    let window = &p[from..];
    let bytes = window.as_bytes();
    for at in memchr::memchr_iter(b'(', bytes) {
        if at == 0 || bytes[at - 1] != b' ' {
            continue;
        }
        let at = at - 1;
        let cand = &window[at + 1..];
        let before = p[..from + at].trim_end();
        if before.is_empty() || !single_group(cand) {
            continue;
        }
        if let Some(mut d) = disclaimer_block(cand, portals) {
            d.placement = Placement::Inline;
            return Some((before, d));
        }
    }
    // `This` found by its capital: a handful of candidates in a paragraph,
    // and no substring searcher to run.
    for at in memchr::memchr_iter(b'T', bytes).filter(|&at| bytes[at..].starts_with(b"This")) {
        // `This` after white space (a space, or a line end in wrapped copy).
        if at == 0 || !crate::text::is_ascii_space(bytes[at - 1]) {
            continue;
        }
        let cand = &window[at..];
        let before = p[..from + at].trim_end();
        if before.is_empty() || !before.ends_with(['.', ')', '!', '?', '"', '\u{201d}']) {
            continue;
        }
        if let Some(mut d) = disclaimer_block(cand, portals) {
            d.placement = Placement::Inline;
            return Some((before, d));
        }
    }
    None
}

/// Whether `s` is one parenthesised group: its first `(` closes at its end.
fn single_group(s: &str) -> bool {
    let mut depth = 0usize;
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1 == s.len();
                }
            }
            _ => {}
        }
    }
    false
}

/// The phrases of the usual disclaimer sentence, as searchers built once.
static SHAPES: LazyLock<[memmem::Finder<'static>; 5]> = LazyLock::new(|| {
    [
        "uto-generated",
        "uto generated",
        "yndicated feed",
        "yndicated News feed",
        "gency feed",
    ]
    .map(memmem::Finder::new)
});

fn shaped(t: &str) -> bool {
    t.len() <= 400 && SHAPES.iter().any(|f| f.find(t.as_bytes()).is_some())
}

/// The publisher a disclaimer sentence names, if any.
pub fn publisher_in(t: &str) -> Option<Cow<'_, str>> {
    // `by [the] NAME staff`, `by NAME;`, `by NAME's editorial team`
    for (at, _) in t.match_indices("by ") {
        if at > 0 && t[..at].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let r = &t[at + 3..];
        let r = r.strip_prefix("the ").unwrap_or(r);
        let name = capitalised_run(r);
        if name.is_empty() {
            continue;
        }
        let after = &r[name.len()..];
        if [" staff", " Staff", "'s", "’s", ";", " editorial"]
            .iter()
            .any(|s| after.starts_with(s))
        {
            return Some(Cow::Borrowed(name));
        }
    }
    // `NAME Staff may …`, `NAME holds no responsibility`
    for marker in [" Staff may", " staff may", " holds no responsibility"] {
        if let Some(at) = t.find(marker) {
            let before = &t[..at];
            let start = before
                .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
                .map_or(0, |i| {
                    i + before[i..].chars().next().map_or(1, char::len_utf8)
                });
            let name = &before[start..];
            if name.starts_with(|c: char| c.is_uppercase()) {
                return Some(Cow::Borrowed(name));
            }
        }
    }
    None
}

/// Words that start with a capital letter (or digit), joined by single spaces.
fn capitalised_run(r: &str) -> &str {
    let mut end = 0;
    for (i, w) in r.split(' ').enumerate() {
        let word_len = w
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&' || c == '.'))
            .unwrap_or(w.len());
        let word = &w[..word_len];
        if word.is_empty()
            || !word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || i >= 5
        {
            break;
        }
        let start = if i == 0 { 0 } else { end + 1 };
        end = start + word_len;
        if word_len < w.len() {
            break;
        }
    }
    &r[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    #[test]
    fn tail_after_signoff() {
        let portals = Lexicon::builtin().portals();
        let p = "rates. (ANI) (This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may not have modified or edited the content body)";
        let (before, d) = disclaimer_tail(p, portals).unwrap();
        assert_eq!(before, "rates. (ANI)");
        assert_eq!(d.publisher(), Some("LatestLY"));
    }
}
