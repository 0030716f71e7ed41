//! The lead credit: a feed's source credit before the story or its
//! dateline, `SOURCE - ` (`AP - `, `Reuters - `, `Canadian Press - `,
//! `SPACE.com - `, `PC World - `). It names who supplied the item, never
//! where it was filed.
//!
//! A credit is taken only on evidence that it names a source: an agency the
//! lexicon knows, a web address (`FT.com`), a name written in one word with
//! inner capitals (`NewsFactor`), or a name that ends in a word of the
//! press (`PC World`, `Investor's Business Daily`). Anything else before a
//! dash is left to the dateline rule (`WASHINGTON - `, `Athens -- `).
//!
//! ```
//! use wirecopy::rules::lead_credit::lead_credit_head;
//! let lex = wirecopy::Lexicon::builtin();
//! let (c, rest) = lead_credit_head("AFP - France said on Monday ...", lex).unwrap();
//! assert_eq!((c.text(), c.agency(), rest), ("AFP", Some("AFP"), "France said on Monday ..."));
//! let (c, _) = lead_credit_head("SPACE.com - The probe ...", lex).unwrap();
//! assert_eq!((c.text(), c.agency()), ("SPACE.com", None));
//! assert!(lead_credit_head("WASHINGTON - The Senate ...", lex).is_none());
//! ```

use std::borrow::Cow;

use nom::IResult;
use nom::error::{ContextError, ParseError};

use crate::lexicon::Lexicon;
use crate::model::LeadCredit;
use crate::text::{floor, offset_in, trim_start};

/// The nom form of [`lead_credit_head`] with the built-in lexicon.
///
/// ```
/// let (rest, c) = wirecopy::rules::lead_credit::lead_credit::<nom::error::Error<&str>>("Reuters - Oil rose.").unwrap();
/// assert_eq!((c.agency(), rest), (Some("Reuters"), "Oil rose."));
/// ```
pub fn lead_credit<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, LeadCredit<'a>, E> {
    match lead_credit_head(i, Lexicon::builtin()) {
        Some((c, rest)) => Ok((rest, c)),
        None => super::fail(i, "a lead credit"),
    }
}

/// Words that end the names of papers, magazines and sites, and of the
/// institutions whose press releases feeds carry.
const PRESS_WORDS: &[&str] = &[
    "Daily",
    "Digest",
    "Gazette",
    "Herald",
    "Journal",
    "Magazine",
    "Monitor",
    "News",
    "Newswire",
    "Online",
    "Post",
    "Report",
    "Review",
    "Star",
    "Telegraph",
    "Times",
    "Today",
    "Tribune",
    "Week",
    "Weekly",
    "Wire",
    "World",
    // Press-release sources: institutions that issue their own copy.
    "Institute",
    "Lab",
    "Laboratory",
    "Observatory",
    "University",
];

/// The lead credit at the start of `text` and the story after it. The
/// normalised agency borrows from `lexicon`.
pub fn lead_credit_head<'a>(
    text: &'a str,
    lexicon: &'a Lexicon,
) -> Option<(LeadCredit<'a>, &'a str)> {
    let t = trim_start(text);
    let window = &t[..floor(t, 48)];
    // Every credit ends at a dash: most texts have none this near.
    // (`—` and `–` open with the byte 0xE2.)
    memchr::memchr2(b'-', 0xE2, window.as_bytes())?;
    // The credit ends at the first dash after a space (` - `, ` -- `,
    // ` — `) or at `:-` glued to it.
    let (end, sep_len) = credit_end(window)?;
    let name = &t[..end];
    let after_sep = &t[end + sep_len..];
    // The story follows after white space (or the block ends).
    if !(after_sep.is_empty() || after_sep.starts_with(char::is_whitespace)) {
        return None;
    }
    let rest = trim_start(after_sep);
    if !plausible_name(name) {
        return None;
    }
    let agency = lexicon
        .agencies()
        .find(name)
        .map(|a| Cow::Borrowed(a.name()));
    // A name no agency has must look like a source, and the story after it
    // open as a sentence does (`McDonald's - the chain - said` is prose).
    if agency.is_none() && !(names_a_source(name) && rest.starts_with(|c: char| c.is_uppercase())) {
        return None;
    }
    let gap = &t[end..offset_in(t, rest).max(end)];
    let credit = LeadCredit {
        text: Cow::Borrowed(name),
        agency,
        gap: Cow::Borrowed(gap),
    };
    Some((credit, rest))
}

/// Where the name ends and how long the dash after it is.
fn credit_end(window: &str) -> Option<(usize, usize)> {
    let b = window.as_bytes();
    for i in 1..b.len() {
        // A name has no comma or parenthesis (`SALVADOR, Feb 26 - ` is a
        // dateline's).
        if matches!(b[i], b',' | b'(') {
            return None;
        }
        let dash_len = match &b[i..] {
            [b'-', b'-', ..] => 2,
            [0xE2, 0x80, 0x94 | 0x93, ..] => 3,
            [b'-', ..] => 1,
            _ => continue,
        };
        return match b[i - 1] {
            b' ' => Some((
                window[..i].trim_end().len(),
                i - window[..i].trim_end().len() + dash_len,
            )),
            b':' if dash_len == 1 => Some((i - 1, 2)),
            _ => continue,
        };
    }
    None
}

/// One to five words, each opening with a capital, a digit or a lower-case
/// letter of a web name (`p2pnet.net`), no sentence punctuation.
fn plausible_name(name: &str) -> bool {
    let words = name.split(' ');
    !name.is_empty()
        && name.split(' ').count() <= 5
        && name.starts_with(|c: char| c.is_alphanumeric())
        && words.into_iter().all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '&' | '-'))
        })
}

/// Evidence that `name`, which no agency has, names a source.
fn names_a_source(name: &str) -> bool {
    let web = name.split(' ').any(|w| {
        let w = w.trim_end_matches('.');
        w.split_once('.').is_some_and(|(host, tld)| {
            !host.is_empty()
                && (2..=6).contains(&tld.len())
                && tld.bytes().all(|b| b.is_ascii_lowercase() || b == b'.')
        })
    });
    let inner_capital = !name.contains(' ')
        && name
            .as_bytes()
            .windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase());
    let press = name.contains(' ')
        && name
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|w| PRESS_WORDS.contains(&w));
    web || inner_capital || press
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credit_of(s: &str) -> Option<(&str, Option<&str>)> {
        let lex = Lexicon::builtin();
        lead_credit_head(s, lex).map(|(c, _)| {
            let text: &str = match c.text {
                Cow::Borrowed(t) => t,
                Cow::Owned(_) => unreachable!(),
            };
            (
                text,
                c.agency.map(|a| match a {
                    Cow::Borrowed(a) => a,
                    Cow::Owned(_) => unreachable!(),
                }),
            )
        })
    }

    #[test]
    fn credits_that_name_a_source() {
        assert_eq!(credit_of("AP - A company"), Some(("AP", Some("AP"))));
        assert_eq!(
            credit_of("Reuters - Oil"),
            Some(("Reuters", Some("Reuters")))
        );
        assert_eq!(
            credit_of("Canadian Press - OTTAWA (CP) - "),
            Some(("Canadian Press", Some("CP")))
        );
        assert_eq!(credit_of("FT.com - Shares"), Some(("FT.com", None)));
        assert_eq!(credit_of("NewsFactor - Sun"), Some(("NewsFactor", None)));
        assert_eq!(credit_of("PC World - Intel"), Some(("PC World", None)));
        assert_eq!(
            credit_of("p2pnet.net News:- Defects"),
            Some(("p2pnet.net News", None))
        );
    }

    #[test]
    fn places_and_sentences_are_no_credit() {
        for s in [
            "WASHINGTON - The Senate",
            "Athens -- Greece",
            "BAGHDAD, Iraq - ",
            "The company - a maker of chips - said",
            "In 2004 - the year",
            "AP-style",
            "AFP said - ",
        ] {
            assert_eq!(credit_of(s), None, "{s}");
        }
    }
}
