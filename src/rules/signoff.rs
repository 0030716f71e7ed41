//! The agency's sign-off at the end of the story.
//!
//! On a line of its own: `(AP) NPK NPK`, `-- PTI`, `--IANS`, `PTI ABC DEF`,
//! `dpa grj rmo`, ` Reuter`, `REUTER...`. At the end of the last paragraph,
//! after a sentence: `… last sentence. (AP) NPK NPK`, `… it said. -- PTI`,
//! `… he said. (ANI)`.
//!
//! ```
//! use wirecopy::rules::signoff::{signoff_line, signoff_tail};
//! let agencies = wirecopy::Lexicon::builtin().agencies();
//! let s = signoff_line("dpa grj rmo", agencies).unwrap();
//! assert_eq!((s.agency(), s.slugs().collect::<Vec<_>>()), ("dpa", vec!["grj", "rmo"]));
//! let (body, s) = signoff_tail("It rained. (AP) NPK NPK", agencies).unwrap();
//! assert_eq!((body, s.text().raw()), ("It rained.", "(AP) NPK NPK"));
//! assert!(signoff_tail("Shares of the company (NYSE) rose", agencies).is_none());
//! ```

use std::borrow::Cow;

use nom::IResult;
use nom::error::{ContextError, ParseError};

use super::agency::is_agency_code;

use crate::lexicon::Agencies;
use crate::model::{Placement, Signoff, Text};

/// The nom form of [`signoff_line`] with the built-in agencies: the first
/// line of the input is a sign-off; returns it and the text after the line.
///
/// ```
/// let (rest, s) = wirecopy::rules::signoff::signoff::<nom::error::Error<&str>>("-- PTI\nmore").unwrap();
/// assert_eq!((s.agency(), rest), ("PTI", "more"));
/// ```
pub fn signoff<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, Signoff<'a>, E> {
    super::on_line(i, "a sign-off", |l| {
        signoff_line(l, crate::lexicon::Lexicon::builtin().agencies())
    })
}

/// The longest sign-off line, in bytes.
pub(crate) const MAX_LINE: usize = 80;

/// The longest line of IANS initials, in bytes.
pub(crate) const MAX_SLUG_LINE: usize = 24;

/// A whole line that is a sign-off.
pub fn signoff_line<'a>(line: &'a str, agencies: &Agencies) -> Option<Signoff<'a>> {
    let t = crate::text::trim(line);
    if t.is_empty() || t.len() > MAX_LINE {
        return None;
    }
    parse(t, agencies, true).map(|mut s| {
        s.placement = Placement::Block;
        s
    })
}

/// A line that closes the story, where it ends (its last block or the
/// last line of its last paragraph): a [`signoff_line`], or the marks a desk
/// closes copy with, which read as a sign-off only there:
///
/// - the agency, its desk code and the operator's initials (AAP's `AAP RTV
///   ar`): capitals, then lower case;
/// - desk initials joined by slashes, with no agency (AFP's `hh/ph/ts/hd`,
///   `bur-ach/dl`): two to four lower-case letters each (a pair may be
///   joined by `-`), at least two;
/// - PA's end mark `ends` (`ENDS`).
///
/// ```
/// use wirecopy::rules::signoff::closing_line;
/// let agencies = wirecopy::Lexicon::builtin().agencies();
/// let s = closing_line("AAP RTV ar", agencies).unwrap();
/// assert_eq!((s.agency(), s.slugs().collect::<Vec<_>>()), ("AAP", vec!["RTV", "ar"]));
/// let s = closing_line("hh/ph/ts/hd", agencies).unwrap();
/// assert_eq!((s.agency(), s.slugs().collect::<Vec<_>>()), ("", vec!["hh/ph/ts/hd"]));
/// assert_eq!(closing_line("ends", agencies).unwrap().text().raw(), "ends");
/// assert!(closing_line("PTI said", agencies).is_none());
/// ```
pub fn closing_line<'a>(line: &'a str, agencies: &Agencies) -> Option<Signoff<'a>> {
    if let Some(s) = signoff_line(line, agencies) {
        return Some(s);
    }
    let t = crate::text::trim(line);
    if t.is_empty() || t.len() > MAX_LINE {
        return None;
    }
    let closing = if matches!(t, "ends" | "ENDS") {
        make(t, &t[..0], &t[t.len()..])
    } else if let Some(initials) = slashed_initials(t) {
        make(t, &t[..0], initials)
    } else {
        let (code, rest) = agency_word(t);
        agencies.find(code)?;
        let slugs = slugs(rest).filter(|s| desk_and_operator(s))?;
        make(t, code, slugs)
    };
    Some(Signoff {
        placement: Placement::Block,
        ..closing
    })
}

/// `hh/ph/ts/hd`, `bur-ach/dl`: at least two groups of two to four
/// lower-case letters (a group may be two such runs joined by `-`),
/// joined by `/`.
fn slashed_initials(t: &str) -> Option<&str> {
    if !t.as_bytes().first()?.is_ascii_lowercase() || t.len() > 32 {
        return None;
    }
    let run = |r: &str| (2..=4).contains(&r.len()) && r.bytes().all(|c| c.is_ascii_lowercase());
    let group = |g: &str| match g.split_once('-') {
        Some((a, b)) => run(a) && run(b),
        None => run(g),
    };
    let mut n = 0;
    for g in t.split('/') {
        n += 1;
        if !group(g) {
            return None;
        }
    }
    (n >= 2).then_some(t)
}

/// Slugs of a desk and its operator: one to three in capitals (the desk),
/// then one or two of two or three lower-case letters (the operator's
/// initials), as AAP closes copy (`RTV ar`).
fn desk_and_operator(slugs: &str) -> bool {
    let words: Vec<&str> = slugs.split_whitespace().collect();
    let desk = words
        .iter()
        .take_while(|w| w.bytes().all(|b| b.is_ascii_uppercase()))
        .count();
    let operator = &words[desk..];
    (1..=3).contains(&desk)
        && (1..=2).contains(&operator.len())
        && operator
            .iter()
            .all(|w| (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A sign-off that ends a paragraph after a sentence. Returns the paragraph
/// without it and the sign-off.
pub fn signoff_tail<'a>(paragraph: &'a str, agencies: &Agencies) -> Option<(&'a str, Signoff<'a>)> {
    let p = paragraph.trim_end();
    // A sign-off after a sentence ends with its `)`, a slug or the
    // agency's code: a paragraph that ends otherwise (most end with a full
    // stop) has none, and its tail is not read.
    if !p.chars().next_back().is_some_and(may_end_tail) {
        return None;
    }
    scan_tail(p, agencies)
}

/// Whether a sign-off after a sentence can end with `c`: slugs are letters
/// and `/`, agency codes letters, digits, `-` and `&`, a code in
/// parentheses ends with `)`.
fn may_end_tail(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, ')' | '/' | '-' | '&')
}

/// `signoff_tail` without its look at the last character: `p` is trimmed.
fn scan_tail<'a>(p: &'a str, agencies: &Agencies) -> Option<(&'a str, Signoff<'a>)> {
    // Agency and up to six slugs fit in 48 bytes.
    let mut from = p.len().saturating_sub(48);
    while !p.is_char_boundary(from) {
        from += 1;
    }
    let bytes = p.as_bytes();
    for at in from..p.len() {
        // A candidate starts after white space that follows the end of a
        // sentence: `.`, `!`, `?`, `)`, a quote (also `”` and `’`).
        if !matches!(bytes[at], b' ' | b'\t' | b'\n' | b'\r') || at == 0 {
            continue;
        }
        let next = bytes.get(at + 1).copied().unwrap_or(b' ');
        if matches!(next, b' ' | b'\t' | b'\n' | b'\r') {
            continue;
        }
        // (Most candidates follow a word, not a sentence's end: the ASCII
        // fast path of `trim_end` settles them.)
        let before = crate::text::trim_end(&p[..at]);
        let ends_sentence = match before.as_bytes().last() {
            Some(b'.' | b'!' | b'?' | b'"' | b'\'' | b')') => true,
            Some(0x9D | 0x99) => before.ends_with(['\u{201d}', '\u{2019}']),
            _ => false,
        };
        if !ends_sentence {
            continue;
        }
        if let Some(s) = parse(&p[at + 1..], agencies, false) {
            return Some((before, s));
        }
    }
    None
}

/// Initials after an IANS sign-off: `ms/vd`.
pub fn slug_line(line: &str) -> Option<&str> {
    let t = crate::text::trim(line);
    let ok = (2..=MAX_SLUG_LINE).contains(&t.len())
        && t.contains('/')
        && t.bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'/' || b == b' ');
    ok.then_some(t)
}

fn parse<'a>(t: &'a str, agencies: &Agencies, alone: bool) -> Option<Signoff<'a>> {
    // AP Worldstream's desk initials alone: `(parf-eg)`, `jl-jc`.
    if alone && let Some(initials) = worldstream(t) {
        return Some(make(t, &t[..0], initials));
    }
    // `(AGENCY) SLUGS`
    if let Some(inner) = t.strip_prefix('(') {
        let close = inner.find(')')?;
        let code = &inner[..close];
        if !is_agency_code(code, agencies) {
            return None;
        }
        let slugs = slugs(&inner[close + 1..])?;
        return Some(make(t, code, slugs));
    }
    // `-- PTI`, `--IANS`, `—IANS`
    // (Each dash opens with `-` or, for `—` and `–`, the byte 0xE2.)
    let dashed = matches!(t.as_bytes().first(), Some(b'-' | 0xE2));
    for dash in ["--", "—", "–", "-"].into_iter().filter(|_| dashed) {
        if let Some(r) = t.strip_prefix(dash) {
            let r = r.trim_start();
            let (code, rest) = agency_word(r);
            if !is_agency_code(code, agencies) {
                return None;
            }
            let slugs = slugs(rest)?;
            return Some(make(t, code, slugs));
        }
    }
    // `PTI ABC DEF`, `dpa grj rmo`, `Reuter`, `REUTER...`: the shape is
    // read first and the agency looked up last (the dearest test; most
    // short paragraphs fail on the shape).
    let (code, rest) = agency_word(t);
    if matches!(rest, "" | "..." | "...^M" | "^M") {
        return (alone && agencies.find(code).is_some())
            .then(|| make(t, code, &rest[rest.len()..]));
    }
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    // A code with a capital takes slugs in capitals (below): a lower-case
    // letter after it settles the line at once (`The dry period …`,
    // `Oper shr loss …`), before the slugs are read.
    let lower_code = code.bytes().all(|b| !b.is_ascii_uppercase());
    if !lower_code && rest.bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let slugs = slugs(rest)?;
    if slugs.is_empty() {
        return None;
    }
    // A lower-case code (`dpa`) takes slugs in capitals, or, alone on its
    // line, in lower case.
    if lower_code {
        let upper = slugs.bytes().all(|b| !b.is_ascii_lowercase());
        let lower = slugs.bytes().all(|b| !b.is_ascii_uppercase());
        if !(upper || (lower && alone)) {
            return None;
        }
    }
    agencies.find(code)?;
    Some(make(t, code, slugs))
}

/// `parf-eg`, `(parf-eg)`: two runs of 2–6 lower-case letters joined by `-`.
fn worldstream(t: &str) -> Option<&str> {
    let inner = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or(t);
    // Initials open with a lower-case letter: one look settles most lines.
    if !inner.as_bytes().first()?.is_ascii_lowercase() {
        return None;
    }
    let (a, b) = inner.split_once('-')?;
    let part = |p: &str| (2..=6).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_lowercase());
    (part(a) && part(b)).then_some(inner)
}

fn agency_word(t: &str) -> (&str, &str) {
    const WORD: [bool; 256] = crate::text::ascii_word_bytes(true, b"-&");
    let len = crate::text::run_len(
        t,
        |c| WORD[usize::from(c)],
        |c| c.is_alphanumeric() || c == '-' || c == '&',
    );
    t.split_at(len)
}

/// Desk slugs: up to six short tokens, each all upper or all lower case
/// ASCII letters (`/` allowed). Returns their span (empty if none).
fn slugs(rest: &str) -> Option<&str> {
    // Slugs are ASCII letters and `/` between white space: any other ASCII
    // byte (a digit, a full stop) settles it at one look.
    if rest.bytes().any(|b| b.is_ascii() && !is_slug_or_space(b)) {
        return None;
    }
    read_slugs(rest)
}

/// [`slugs`] past its gate: the tokens read one by one.
fn read_slugs(rest: &str) -> Option<&str> {
    let t = rest.trim_start();
    if t.is_empty() {
        return Some(t);
    }
    if t.len() == rest.len() {
        return None;
    }
    let mut n = 0;
    for w in t.split_whitespace() {
        n += 1;
        let ok = n <= 6
            && w.len() <= 8
            && w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'/')
            && (w.bytes().all(|b| !b.is_ascii_lowercase())
                || w.bytes().all(|b| !b.is_ascii_uppercase()));
        if !ok {
            return None;
        }
    }
    Some(t.trim_end())
}

/// An ASCII byte a slug line may have: a letter, `/`, or what
/// `char::is_whitespace` takes for white space (`\x0B` included).
fn is_slug_or_space(b: u8) -> bool {
    b.is_ascii_alphabetic() || matches!(b, b'/' | b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

fn make<'a>(text: &'a str, agency: &'a str, slugs: &'a str) -> Signoff<'a> {
    Signoff {
        text: Text::new(text),
        agency: Cow::Borrowed(agency),
        slugs: Text::new(slugs),
        placement: Placement::Inline,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_bytes_are_letters_slash_and_white_space() {
        for b in 0u8..128 {
            assert_eq!(
                is_slug_or_space(b),
                b.is_ascii_alphabetic() || b == b'/' || char::from(b).is_whitespace(),
                "{b:#x}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn slugs_agree_with_their_plain_definition(
            rest in "[ \t\u{b}\u{a0}]{0,2}([A-Za-z/]{1,9}|[.0-9é]|\u{a0}|\u{b}| ){0,8}",
        ) {
            proptest::prop_assert_eq!(slugs(&rest), read_slugs(&rest));
        }
    }
    use crate::lexicon::Lexicon;

    fn ag() -> &'static Agencies {
        Lexicon::builtin().agencies()
    }

    #[test]
    fn lines() {
        for (line, agency, slugs) in [
            ("(AP) NPK NPK", "AP", "NPK NPK"),
            ("-- PTI", "PTI", ""),
            ("--IANS", "IANS", ""),
            ("—IANS", "IANS", ""),
            ("PTI ABC DEF", "PTI", "ABC DEF"),
            ("dpa grj rmo", "dpa", "grj rmo"),
            (" Reuter", "Reuter", ""),
            ("REUTER...", "REUTER", ""),
            ("REUTERS", "REUTERS", ""),
            ("(ANI)", "ANI", ""),
            ("(parf-eg)", "", "parf-eg"),
            ("jl-jc", "", "jl-jc"),
        ] {
            let s = signoff_line(line, ag()).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((s.agency(), s.slugs.raw()), (agency, slugs), "{line}");
            assert_eq!(s.placement, Placement::Block);
        }
    }

    #[test]
    fn not_signoffs() {
        for line in [
            "More",
            "Reuters said on Monday.",
            "(in Hindi)",
            "PTI said",
            "the end",
            // A code with a capital takes slugs in capitals only; a
            // lower-case code, mixed slugs neither.
            "Reuter grj rmo",
            "PTI ABC def",
            "dpa ABC def",
        ] {
            assert!(signoff_line(line, ag()).is_none(), "{line}");
        }
        assert!(signoff_line("dpa ABC", ag()).is_some());
        assert!(signoff_tail("the rate (USD", ag()).is_none());
        assert!(signoff_tail("shares (NYSE)", ag()).is_none());
    }

    proptest::proptest! {
        /// The look at the last character turns away no tail that the scan
        /// would find.
        #[test]
        fn tail_gate_keeps_every_tail(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "said.", " ", "(AP)", " (PTI)", " -- AP1", "(", ")", "AP", " -- PTI", "—", " KJR", " ab",
                    "/", "-", "&", ".", "...", " Reuter", " dpa", "é", "1", "\u{201d}", "\n",
                ]),
                0..6,
            )
        ) {
            let text: String = parts.concat();
            let p = text.trim_end();
            if scan_tail(p, ag()).is_some() {
                proptest::prop_assert!(p.chars().next_back().is_some_and(may_end_tail), "{:?}", p);
            }
        }
    }

    #[test]
    fn closing_lines() {
        for (line, agency, slugs) in [
            ("AAP RTV ar", "AAP", "RTV ar"),
            ("AAP SPT jm", "AAP", "SPT jm"),
            ("hh/ph/ts/hd", "", "hh/ph/ts/hd"),
            ("bur-ach/dl", "", "bur-ach/dl"),
            ("ends", "", ""),
            ("ENDS", "", ""),
            // Every sign-off line is one.
            ("dpa grj rmo", "dpa", "grj rmo"),
            ("(AP) NPK NPK", "AP", "NPK NPK"),
        ] {
            let s = closing_line(line, ag()).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((s.agency(), s.slugs.raw()), (agency, slugs), "{line}");
            assert_eq!(s.placement, Placement::Block);
        }
        for line in [
            // A known agency, then words of a sentence.
            "PTI said",
            "AAP RTV reports",
            "AAP rtv ar",
            "AAP RTV ar jm xy",
            // Initials need a partner and two letters at least.
            "hh",
            "h/p",
            "hhhhh/ph",
            "hh/PH",
            "hh/ph.",
            "It ends",
            "Ends",
            "the end",
        ] {
            assert!(closing_line(line, ag()).is_none(), "{line}");
        }
        // Where they stand in a body they are no sign-off line.
        for line in ["AAP RTV ar", "hh/ph/ts/hd", "ends"] {
            assert!(signoff_line(line, ag()).is_none(), "{line}");
        }
    }

    #[test]
    fn tails() {
        let (b, s) = signoff_tail("it said. -- PTI", ag()).unwrap();
        assert_eq!((b, s.agency()), ("it said.", "PTI"));
        let (b, s) = signoff_tail("rates. (ANI)", ag()).unwrap();
        assert_eq!((b, s.text().raw()), ("rates.", "(ANI)"));
        assert_eq!(s.placement, Placement::Inline);
    }
}
