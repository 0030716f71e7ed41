//! The dateline at the head of a story: place, date, agencies, separator.
//!
//! Recognised: `Seoul, Aug 13 (AP) `, `WASHINGTON (AP) — `, `ATLANTA, Ga., March 2 - `,
//! `New Delhi [India], August 13 (ANI): `, `Bengaluru (Karnataka) [India], June 1: `,
//! `SEOUL/WASHINGTON (Reuters) - `, `MELAKA, 13 Jan (Bernama) -- `,
//! `Strasbourg, 10 juil 2024 (AFP) `, `STOCKHOLM, Aug 29, 2014 (AFP) - `,
//! `Jan. 10 (Xinhua) -- `, `AUCKLAND, May 5 AAP - `, `NEW YORK _ `, `KOLKATA, 23 JAN: `,
//! `Gwalior (Madhya Pradesh): `, `WASHINGTON, JAN 18US…` and more.
//!
//! A sentence that merely starts with a place and a comma is not a dateline:
//! without a date there must be an agency, or an all-caps place before a
//! dash, or a qualified or all-caps place before a colon.
//!
//! ```
//! use wirecopy::grammar::dateline::dateline;
//! let (story, d) = dateline::<nom::error::Error<&str>>("LONDON, Sept 28 (Reuters) – Shares fell.").unwrap();
//! assert_eq!(story, "Shares fell.");
//! assert_eq!((d.place(), d.date().unwrap().month, d.date().unwrap().day), ("LONDON", 9, 28));
//! assert!(dateline::<nom::error::Error<&str>>("New Delhi, Taking a dig at rivals").is_err());
//! ```

use std::borrow::Cow;

use nom::IResult;
use nom::error::{ContextError, ParseError};

use super::{fail, floor, offset_in};
use crate::article::{Dateline, DatelineDate, Placement};
use crate::parser::ArticleParser;
use crate::profile::Agencies;

/// Parses a dateline and its separator with the built-in agencies; returns
/// the story text that follows.
pub fn dateline<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, Dateline<'a>, E> {
    dateline_in(ArticleParser::builtin().agencies(), false)(i)
}

/// A dateline parser that knows `agencies`. `after_byline` says a byline
/// came just before, which makes a bare `Place :` a dateline (IANS, PTI).
pub fn dateline_in<'a, 'r, E: ParseError<&'a str> + ContextError<&'a str>>(
    agencies: &'r Agencies,
    after_byline: bool,
) -> impl Fn(&'a str) -> IResult<&'a str, Dateline<'a>, E> + 'r {
    move |i| match parse(i, agencies, after_byline) {
        Some((d, rest)) => Ok((rest, d)),
        None => fail(i, "a dateline"),
    }
}

/// A byline run into the dateline (`By IANS, Kolkata : …`,
/// `By Shirish B Pradhan Kathmandu, Oct 17 (PTI) …`): returns the byline, the
/// dateline and the story text.
///
/// ```
/// use wirecopy::grammar::dateline::byline_dateline;
/// let p = wirecopy::ArticleParser::builtin();
/// let (by, d, rest) = byline_dateline("By Shirish B Pradhan Kathmandu, Oct 17 (PTI) Nepal said.", p.agencies()).unwrap();
/// assert_eq!((by, d.place(), rest), ("By Shirish B Pradhan", "Kathmandu", "Nepal said."));
/// ```
pub fn byline_dateline<'a>(
    i: &'a str,
    agencies: &Agencies,
) -> Option<(&'a str, Dateline<'a>, &'a str)> {
    let (by, start) = split_byline(i, agencies)?;
    let (d, rest) = parse(start, agencies, true)?;
    Some((by, d, rest))
}

/// Where a byline run into a dateline ends: returns the byline and the text
/// from the dateline on.
pub(crate) fn split_byline<'a>(i: &'a str, agencies: &Agencies) -> Option<(&'a str, &'a str)> {
    let t = skip_spaces(i);
    let after_by = t.strip_prefix("By ")?;
    let window = &after_by[..floor(after_by, 160)];
    // A name run into the place, no comma between them: the place is the
    // last word before the comma (two words after `New`, `San`, …).
    let head = &after_by[..window.find(',').unwrap_or(window.len())];
    if let Some(last) = head.rfind(' ') {
        let mut start = last + 1;
        let before = &head[..last];
        if let Some(prev) = before.rfind(' ')
            && PLACE_PREFIXES.contains(&&before[prev + 1..])
        {
            start = prev + 1;
        }
        let cand = &after_by[start..];
        let by = t[..offset_in(t, cand)].trim_end();
        if crate::grammar::header::byline(by).is_some()
            && parse(cand, agencies, true).is_some_and(|(d, _)| d.date.is_some())
        {
            return Some((by, cand));
        }
    }
    // `By NAME[, AGENCY], Place …`
    for (at, _) in window.match_indices(',') {
        let cand = skip_spaces(&after_by[at + 1..]);
        let by = t[..offset_in(t, after_by) + at].trim_end();
        if crate::grammar::header::byline(by).is_none() {
            continue;
        }
        if let Some((d, _)) = parse(cand, agencies, true) {
            let first = d.place.split([',', ' ']).next().unwrap_or("");
            if d.place.is_empty() || agencies.find(first).is_some() {
                continue;
            }
            return Some((by, cand));
        }
    }
    None
}

const PLACE_PREFIXES: &[&str] = &[
    "New", "San", "Santa", "Los", "Las", "Kuala", "Hong", "Abu", "Buenos", "Tel", "Rio", "Sao",
    "São", "St.", "Saint", "Port", "Cape", "Kota", "Ho", "Phnom", "Addis", "Dar", "El", "La",
    "NEW", "SAN", "LOS", "KUALA", "HONG", "ABU", "TEL", "RIO", "SAO",
];

/// Lower-case words that join the words of a place (`Rio de Janeiro`,
/// `Stratford-upon-Avon`, `Bandar Seri Begawan`): a `match`, which compiles
/// to a switch on length and bytes, where a list would compare one by one.
fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "do"
            | "dos"
            | "das"
            | "del"
            | "la"
            | "le"
            | "el"
            | "al"
            | "es"
            | "of"
            | "on"
            | "upon"
            | "sur"
            | "am"
            | "an"
            | "der"
            | "du"
            | "di"
            | "y"
            | "en"
            | "au"
            | "aux"
            | "bin"
            | "van"
            | "von"
            | "and"
    )
}

const NOT_PLACES: &[&str] = &[
    "RPT",
    "REPEAT",
    "CORRECTED",
    "NOTE",
    "UPDATE",
    "UPDATED",
    "EDITOR",
    "EDITORS",
    "CORRECTION",
    "BREAKING",
    "WARNING",
    "ADVISORY",
    "EXCLUSIVE",
    "WATCH",
    "VIDEO",
    "PHOTO",
    "PHOTOS",
    "LIVE",
    "OPINION",
    "ANALYSIS",
    "ALERT",
    "FLASH",
    "URGENT",
    "ADDS",
    "RECASTS",
    "REFILE",
    "BY",
];

/// Skips white space, line ends included: a dateline reads the same
/// whether its parts are on one line or wrapped.
#[inline(always)]
fn skip_spaces(i: &str) -> &str {
    super::trim_start(i)
}

/// The whole dateline grammar. Returns the dateline and the story text.
pub(crate) fn parse<'a>(
    i: &'a str,
    agencies: &Agencies,
    after_byline: bool,
) -> Option<(Dateline<'a>, &'a str)> {
    let start = skip_spaces(i);
    with_place(start, agencies, after_byline, false)
        .or_else(|| without_place(start, agencies))
        .or_else(|| {
            // Lower-case places need a date, so a comma, near the start.
            let head = &start.as_bytes()[..start.len().min(80)];
            memchr::memchr(b',', head)?;
            with_place(start, agencies, after_byline, true)
        })
}

fn without_place<'a>(start: &'a str, agencies: &Agencies) -> Option<(Dateline<'a>, &'a str)> {
    let (date, after, _) = date(start)?;
    let (names, after_ag) = agency_parens(after, agencies)?;
    let (sep, rest) = separator(after_ag, false)?;
    let text = &start[..offset_in(start, after_ag)];
    Some(assemble(
        start,
        text,
        &start[..0],
        Some(date),
        names,
        sep,
        rest,
    ))
}

/// The dateline value and the story after it.
/// `start` is the text the dateline opens (`text` is a prefix of it, `rest`
/// a suffix).
fn assemble<'a>(
    start: &'a str,
    text: &'a str,
    place: &'a str,
    date: Option<DatelineDate<'a>>,
    agencies: Vec<Cow<'a, str>>,
    separator: &'a str,
    rest: &'a str,
) -> (Dateline<'a>, &'a str) {
    let placement = if rest.is_empty() {
        Placement::Block
    } else {
        Placement::Inline
    };
    let gap = &start[text.len()..offset_in(start, rest).max(text.len())];
    let d = Dateline {
        text: Cow::Borrowed(text),
        place: Cow::Borrowed(place),
        date,
        agencies,
        separator: Cow::Borrowed(separator),
        gap: Cow::Borrowed(gap),
        placement,
    };
    (d, rest)
}

/// `lenient` accepts lower-case place words (`omaha, april 7 - `, seen in
/// wire copy), but then asks for a date and a dash separator.
fn with_place<'a>(
    start: &'a str,
    agencies: &Agencies,
    after_byline: bool,
    lenient: bool,
) -> Option<(Dateline<'a>, &'a str)> {
    // `By …` opens a byline, never a place.
    if super::opens_with_words(start, &["By"]) || super::opens_with_words(start, &["BY"]) {
        return None;
    }
    let (main_end, qualified, mut cur) = place(start, agencies, lenient)?;
    let main = &start[..main_end];
    let mut place_end = main_end;
    let mut date_v = None;
    let mut fuzzy = false;
    for _ in 0..3 {
        let t = skip_spaces(cur);
        let Some(t2) = t.strip_prefix(',') else { break };
        let t3 = skip_spaces(t2);
        if let Some((d, after, f)) = date(t3) {
            date_v = Some(d);
            fuzzy = f;
            cur = after;
            break;
        }
        let (seg_end, _, after) = place(t3, agencies, lenient)?;
        place_end = offset_in(start, t3) + seg_end;
        cur = after;
    }
    let (mut names, mut after) = match agency_parens(cur, agencies) {
        Some((n, a)) => (n, a),
        None => (Vec::new(), cur),
    };
    let mut bare = false;
    if names.is_empty()
        && let Some((name, a)) = bare_agency(cur, agencies)
    {
        names.push(Cow::Borrowed(name));
        after = a;
        bare = true;
    }
    let glued_ok = date_v.is_some() && names.is_empty();
    let (sep, rest) = separator(after, glued_ok)?;
    if bare && !matches!(sep, "-" | "--" | "—" | "–" | ":" | "_") {
        return None;
    }
    let all_caps = is_all_caps(main);
    let strong = matches!(sep, "-" | "--" | "—" | "–" | "_");
    if fuzzy && !strong && names.is_empty() {
        return None;
    }
    if lenient && !(date_v.is_some() && strong && plausible_lower_place(main)) {
        return None;
    }
    let ok = match (&date_v, names.is_empty()) {
        (Some(d), true) => !sep.is_empty() || all_caps || d.year.is_some() || rest.is_empty(),
        (Some(_), false) => true,
        (None, false) => true,
        (None, true) => {
            let caps_ok = all_caps && !NOT_PLACES.contains(&main);
            (strong && caps_ok) || (sep == ":" && (caps_ok || qualified || after_byline))
        }
    };
    if !ok {
        return None;
    }
    let text_end = offset_in(start, after);
    let text = super::trim_end(&start[..text_end]);
    let place = super::trim_end(&start[..place_end]);
    Some(assemble(start, text, place, date_v, names, sep, rest))
}

/// A lower-case place (`omaha`, `des moines`, `Mexico city`): at most four
/// words, none of them an English function word.
fn plausible_lower_place(place: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "the",
        "to", "with", "he", "she", "it", "they", "we", "this", "that",
    ];
    let mut n = 0;
    for w in place.split(' ') {
        n += 1;
        if n > 4 || FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)) {
            return false;
        }
    }
    true
}

fn is_all_caps(s: &str) -> bool {
    if s.is_ascii() {
        let b = s.as_bytes();
        return !b.iter().any(u8::is_ascii_lowercase)
            && b.iter().filter(|c| c.is_ascii_uppercase()).nth(1).is_some();
    }
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-' | '*' | '&')
}

/// One word of a place name; returns its length.
fn place_word(i: &str, first: bool, lenient: bool) -> Option<usize> {
    let capital = match *i.as_bytes().first()? {
        b'*' => true,
        c if c.is_ascii() => c.is_ascii_alphabetic() && (lenient || !c.is_ascii_lowercase()),
        _ => {
            let c = i.chars().next()?;
            c.is_alphabetic() && (lenient || !c.is_lowercase())
        }
    };
    const WORD: [bool; 256] = super::ascii_word_bytes(false, b".'-*&");
    let len = super::run_len(i, |c| WORD[usize::from(c)], is_word_char);
    if len == 0 || len > 40 {
        return None;
    }
    let w = &i[..len];
    if !w.bytes().any(|c| c.is_ascii_alphabetic()) && !w.chars().any(char::is_alphabetic) {
        return None;
    }
    let connector = || is_connector(w);
    if capital || ((!first || w == "the") && connector()) {
        Some(len)
    } else {
        None
    }
}

/// A place segment: up to six words; returns the end of the last word that
/// is not a connector.
fn segment(i: &str, lenient: bool) -> Option<usize> {
    let mut end = 0;
    let mut good_end = 0;
    let mut words = 0;
    let mut peeked = None;
    loop {
        let len = match peeked.take() {
            Some(len) => len,
            None => place_word(&i[end..], words == 0, lenient)?,
        };
        let w = &i[end..end + len];
        end += len;
        words += 1;
        if !is_connector(w) {
            good_end = end;
        }
        // Words are one space apart (a no-break space counts).
        let gap = if i[end..].starts_with(' ') {
            1
        } else if i[end..].starts_with('\u{a0}') {
            2
        } else {
            0
        };
        if words == 6 || gap == 0 {
            break;
        }
        // Peek: the next word must be a place word too (kept for the next
        // round, which reads the same word).
        peeked = place_word(&i[end + gap..], false, lenient);
        if peeked.is_none() {
            break;
        }
        end += gap;
    }
    (good_end > 0).then_some(good_end)
}

/// A place: segments joined by `/`, then `[Country]` / `(State)` qualifiers.
/// Returns the end of the place, whether it had a qualifier, and the rest.
fn place<'a>(i: &'a str, agencies: &Agencies, lenient: bool) -> Option<(usize, bool, &'a str)> {
    let mut end = segment(i, lenient)?;
    while let Some(r) = i[end..].strip_prefix('/') {
        if end > 80 {
            return None;
        }
        let r = skip_spaces(r);
        let len = segment(r, lenient)?;
        end = offset_in(i, r) + len;
    }
    if end > 80 {
        return None;
    }
    let mut qualified = false;
    for _ in 0..2 {
        let t = skip_spaces(&i[end..]);
        let (open, close) = match t.as_bytes().first() {
            Some(b'[') => (b'[', b']'),
            Some(b'(') => (b'(', b')'),
            _ => break,
        };
        // (A short window: a byte loop, no searcher.)
        let Some(close_at) = t.as_bytes()[..floor(t, 48)]
            .iter()
            .position(|&b| b == close)
        else {
            break;
        };
        let inner = &t[1..close_at];
        if open == b'('
            && (is_agency_list(inner, agencies) || segment(inner, false) != Some(inner.len()))
        {
            break;
        }
        if inner.is_empty() {
            break;
        }
        end = offset_in(i, t) + close_at + 1;
        qualified = true;
    }
    Some((end, qualified, &i[end..]))
}

/// Whether `code` can stand for an agency: a known one, or a short all-caps code.
pub(crate) fn is_agency_code(code: &str, agencies: &Agencies) -> bool {
    if agencies.find(code).is_some() {
        return true;
    }
    let len = code.len();
    (2..=8).contains(&len)
        && code.starts_with(|c: char| c.is_ascii_uppercase())
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'&')
}

fn is_agency_list(inner: &str, agencies: &Agencies) -> bool {
    !inner.is_empty()
        && inner
            .split(['/', ','])
            .all(|c| is_agency_code(super::trim(c), agencies))
}

/// `(AP)`, `(Reuters)`, `(AP/PTI)` after optional spaces.
fn agency_parens<'a>(i: &'a str, agencies: &Agencies) -> Option<(Vec<Cow<'a, str>>, &'a str)> {
    let t = skip_spaces(i);
    let inner_start = t.strip_prefix('(')?;
    let close = inner_start.as_bytes()[..floor(inner_start, 40)]
        .iter()
        .position(|&b| b == b')')?;
    let inner = &inner_start[..close];
    let rest = &inner_start[close + 1..];
    // One agency (the usual case): no splitting.
    // (At most 40 bytes: a byte loop, no searcher.)
    if !inner.bytes().any(|b| b == b'/' || b == b',') {
        let code = super::trim(inner);
        return is_agency_code(code, agencies).then(|| (vec![Cow::Borrowed(code)], rest));
    }
    if !is_agency_list(inner, agencies) {
        return None;
    }
    let n = inner.split(['/', ',']).count();
    let mut names = Vec::with_capacity(n);
    names.extend(
        inner
            .split(['/', ','])
            .map(|c| Cow::Borrowed(super::trim(c))),
    );
    Some((names, rest))
}

/// A known agency without parentheses (`AUCKLAND, May 5 AAP - `).
fn bare_agency<'a>(i: &'a str, agencies: &Agencies) -> Option<(&'a str, &'a str)> {
    if !i.starts_with(char::is_whitespace) {
        return None;
    }
    let t = skip_spaces(i);
    let len = t.find(|c: char| !c.is_alphanumeric()).unwrap_or(t.len());
    let w = &t[..len];
    (len >= 2 && agencies.find(w).is_some()).then(|| (w, &t[len..]))
}

/// The separator after the dateline. Returns it (no spaces) and the story.
fn separator(i: &str, glued_ok: bool) -> Option<(&str, &str)> {
    let t = skip_spaces(i);
    let had_space = t.len() < i.len();
    if t.is_empty() {
        return Some((&t[..0], t));
    }
    // `--`, `—`, `–`, `_` (before white space or the end), `-` (not before a
    // digit), `:`, read byte by byte.
    let len = match t.as_bytes() {
        [b'-', b'-', ..] => 2,
        // `—` (U+2014) and `–` (U+2013).
        [0xE2, 0x80, 0x94 | 0x93, ..] => 3,
        [b'_'] => 1,
        [b'_', ..] if t[1..].starts_with(char::is_whitespace) => 1,
        [b'-', next, ..] if next.is_ascii_digit() => 0,
        [b'-' | b':', ..] => 1,
        _ => 0,
    };
    if len > 0 {
        return Some((&t[..len], skip_spaces(&t[len..])));
    }
    if had_space || (glued_ok && t.starts_with(|c: char| c.is_uppercase())) {
        return Some((&t[..0], t));
    }
    None
}

/// Month number of a month name or abbreviation in English, French,
/// Spanish or Malay, any case.
pub fn month_number(word: &str) -> Option<u8> {
    // Every name starts with one of these letters, in either case.
    if word.len() < 3
        || word.len() > 12
        || !matches!(
            word.as_bytes()[0] | 0x20,
            b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd' | b'e'
        )
    {
        return None;
    }
    // Lower-case into a buffer on the stack: no allocation, one pass.
    let mut buf = [0u8; 16];
    let mut n = 0;
    if word.is_ascii() {
        for (d, c) in buf.iter_mut().zip(word.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        // The ASCII names of `MONTHS`, as a match the compiler turns into
        // a switch on length and bytes.
        return match &buf[..word.len()] {
            b"jan" | b"january" | b"janv" | b"janvier" | b"ene" | b"enero" | b"januari" => Some(1),
            b"feb" | b"february" | b"fevr" | b"fevrier" | b"febrero" | b"februari" => Some(2),
            b"mar" | b"march" | b"mars" | b"marzo" | b"mac" => Some(3),
            b"apr" | b"april" | b"avr" | b"avril" | b"abr" | b"abril" => Some(4),
            b"may" | b"mai" | b"mayo" | b"mei" => Some(5),
            b"jun" | b"june" | b"juin" | b"junio" => Some(6),
            b"jul" | b"july" | b"juil" | b"juillet" | b"julio" | b"julai" => Some(7),
            b"aug" | b"august" | b"aout" | b"ago" | b"agosto" | b"ogos" => Some(8),
            b"sep" | b"sept" | b"september" | b"septembre" | b"septiembre" | b"set"
            | b"setiembre" => Some(9),
            b"oct" | b"october" | b"octobre" | b"octubre" | b"okt" | b"oktober" => Some(10),
            b"nov" | b"november" | b"novembre" | b"noviembre" => Some(11),
            b"dec" | b"december" | b"decembre" | b"dic" | b"diciembre" | b"dis" | b"disember" => {
                Some(12)
            }
            _ => None,
        };
    }
    for c in word.chars() {
        let mut lower = c.to_lowercase();
        let (Some(l), None) = (lower.next(), lower.next()) else {
            return None;
        };
        if n + l.len_utf8() > buf.len() {
            return None;
        }
        n += l.encode_utf8(&mut buf[n..]).len();
    }
    let lower = &buf[..n];
    MONTHS
        .iter()
        .find(|(name, _)| {
            name.len() == n && name.as_bytes()[0] == lower[0] && name.as_bytes() == lower
        })
        .map(|(_, m)| *m)
}

const MONTHS: &[(&str, u8)] = &[
    ("jan", 1),
    ("january", 1),
    ("janv", 1),
    ("janvier", 1),
    ("ene", 1),
    ("enero", 1),
    ("januari", 1),
    ("feb", 2),
    ("february", 2),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("février", 2),
    ("fevrier", 2),
    ("febrero", 2),
    ("februari", 2),
    ("mar", 3),
    ("march", 3),
    ("mars", 3),
    ("marzo", 3),
    ("mac", 3),
    ("apr", 4),
    ("april", 4),
    ("avr", 4),
    ("avril", 4),
    ("abr", 4),
    ("abril", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("mei", 5),
    ("jun", 6),
    ("june", 6),
    ("juin", 6),
    ("junio", 6),
    ("jul", 7),
    ("july", 7),
    ("juil", 7),
    ("juillet", 7),
    ("julio", 7),
    ("julai", 7),
    ("aug", 8),
    ("august", 8),
    ("août", 8),
    ("aout", 8),
    ("ago", 8),
    ("agosto", 8),
    ("ogos", 8),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("set", 9),
    ("setiembre", 9),
    ("oct", 10),
    ("october", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("okt", 10),
    ("oktober", 10),
    ("nov", 11),
    ("november", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("dec", 12),
    ("december", 12),
    ("déc", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("dic", 12),
    ("diciembre", 12),
    ("dis", 12),
    ("disember", 12),
];

/// A month word with its optional period: returns the month and the rest.
pub(crate) fn month_word(i: &str) -> Option<(u8, &str)> {
    // Every month name starts with one of these letters.
    let first = *i.as_bytes().first()?;
    if !matches!(
        first | 0x20,
        b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd' | b'e'
    ) {
        return None;
    }
    let len = letters_len(i);
    let m = month_number(&i[..len])?;
    let rest = &i[len..];
    Some((m, rest.strip_prefix('.').unwrap_or(rest)))
}

/// Length of the run of letters at the start of `i` (ASCII fast path).
pub(crate) fn letters_len(i: &str) -> usize {
    // A non-ASCII letter (`févr`, `août`) continues the word.
    super::run_len(i, |c| c.is_ascii_alphabetic(), char::is_alphabetic)
}

/// A misspelt English month (`Marc`, `Apri`, `Marchg`): three to nine
/// ASCII letters whose first three name a month.
fn fuzzy_month(i: &str) -> Option<(u8, &str)> {
    let len = i
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(i.len());
    if !(3..=9).contains(&len) {
        return None;
    }
    let english = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let m = english
        .iter()
        .position(|e| e.eq_ignore_ascii_case(&i[..3]))? as u8
        + 1;
    let rest = &i[len..];
    Some((m, rest.strip_prefix('.').unwrap_or(rest)))
}

/// One to `max_digits` digits (nine at most) not followed by another digit;
/// returns the value and the rest.
pub(crate) fn small_number(i: &str, max_digits: usize) -> Option<(u32, &str)> {
    // At most nine digits: the value fits a `u32`. One pass: a digit past
    // the limit fails the number.
    let max = max_digits.min(9);
    let b = i.as_bytes();
    let mut value = 0;
    let mut len = 0;
    while let Some(&d) = b.get(len).filter(|d| d.is_ascii_digit()) {
        if len == max {
            return None;
        }
        value = value * 10 + u32::from(d - b'0');
        len += 1;
    }
    (len > 0).then(|| (value, &i[len..]))
}

fn day(i: &str) -> Option<(u8, &str)> {
    let (d, rest) = small_number(i, 2)?;
    (1..=31).contains(&d).then_some((d as u8, rest))
}

/// The date of a dateline: `Aug 13`, `Sept. 2`, `13 Jan`, `Aug 29, 2014`.
/// The third value says the month was a misspelling (`Marc`, `Apri`).
fn date(i: &str) -> Option<(DatelineDate<'_>, &str, bool)> {
    let mut fuzzy = false;
    let exact = month_word(i);
    let month_first = exact.or_else(|| {
        fuzzy = true;
        fuzzy_month(i)
    });
    let (month, dayv, after) = if let Some((m, r)) = month_first {
        let r2 = skip_spaces(r);
        if r2.len() == r.len() {
            return None;
        }
        let (d, r3) = day(r2)?;
        (m, d, r3)
    } else {
        fuzzy = false;
        let (d, r) = day(i)?;
        let r2 = skip_spaces(r);
        if r2.len() == r.len() {
            return None;
        }
        let (m, r3) = month_word(r2)?;
        if r3.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        (m, d, r3)
    };
    let mut end = after;
    let mut year = None;
    let y = after.strip_prefix(',').unwrap_or(after);
    if y.starts_with(char::is_whitespace) {
        let y = skip_spaces(y);
        if let Some((v, r)) = small_number(y, 4)
            && (1900..=2099).contains(&v)
            && y.len() - r.len() == 4
            && !r.starts_with(|c: char| c.is_alphanumeric())
        {
            year = Some(v as u16);
            end = r;
        }
    }
    let text = &i[..offset_in(i, end)];
    Some((DatelineDate::new(text, month, dayv, year), end, fuzzy))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<(Dateline<'_>, &str)> {
        parse(s, ArticleParser::builtin().agencies(), false)
    }

    /// The separator as a list of prefixes tried in order: the model the
    /// byte-level `separator` must agree with.
    fn separator_model(i: &str, glued_ok: bool) -> Option<(&str, &str)> {
        let t = skip_spaces(i);
        let had_space = t.len() < i.len();
        if t.is_empty() {
            return Some((&t[..0], t));
        }
        for s in ["--", "—", "–", "_", "-", ":"] {
            if let Some(after) = t.strip_prefix(s) {
                if s == "_" && !after.is_empty() && !after.starts_with(char::is_whitespace) {
                    continue;
                }
                if s == "-" && after.starts_with(|c: char| c.is_ascii_digit()) {
                    continue;
                }
                return Some((&t[..s.len()], skip_spaces(after)));
            }
        }
        (had_space || (glued_ok && t.starts_with(|c: char| c.is_uppercase()))).then(|| (&t[..0], t))
    }

    proptest::proptest! {
        #[test]
        fn separator_agrees_with_its_model(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "-", "--", "—", "–", "_", ":", " ", "\t", "\u{a0}", "1", "A", "a", "é", "\n",
                ]),
                0..8,
            ),
            glued in proptest::bool::ANY,
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(separator(&text, glued), separator_model(&text, glued));
        }

        #[test]
        fn place_words_agree_with_their_model(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "*", "A", "a", "é", "É", ".", "'", "-", "&", " ", "1", "de", "the", "NEW", "x",
                ]),
                0..6,
            ),
            first in proptest::bool::ANY,
            lenient in proptest::bool::ANY,
        ) {
            // The former definitions, read as characters throughout.
            fn place_word_model(i: &str, first: bool, lenient: bool) -> Option<usize> {
                let c = i.chars().next()?;
                let capital = c == '*' || (c.is_alphabetic() && (lenient || !c.is_lowercase()));
                let len = i.find(|c: char| !is_word_char(c)).unwrap_or(i.len());
                if len == 0 || len > 40 {
                    return None;
                }
                let w = &i[..len];
                if !w.chars().any(char::is_alphabetic) {
                    return None;
                }
                (capital || ((!first || w == "the") && is_connector(w))).then_some(len)
            }
            fn all_caps_model(s: &str) -> bool {
                !s.chars().any(char::is_lowercase) && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
            }
            let text: String = parts.concat();
            proptest::prop_assert_eq!(place_word(&text, first, lenient), place_word_model(&text, first, lenient));
            proptest::prop_assert_eq!(is_all_caps(&text), all_caps_model(&text));
        }

        #[test]
        fn small_number_agrees_with_its_model(text in "[0-9]{0,12}[ a:.é]?[0-9]{0,2}", max in 0usize..12) {
            // The model: count the leading digits, then check the count.
            let len = text.bytes().take_while(u8::is_ascii_digit).count();
            let model = (len > 0 && len <= max.min(9))
                .then(|| (text[..len].parse::<u32>().unwrap(), &text[len..]));
            proptest::prop_assert_eq!(small_number(&text, max), model);
        }
    }

    /// Every listed name, in several cases, shortened and lengthened, reads
    /// as the list says (the model: the list itself, ignoring ASCII case).
    #[test]
    fn month_numbers_agree_with_the_list() {
        for (name, _) in MONTHS {
            let cases = [
                name.to_string(),
                name.to_ascii_uppercase(),
                name[..1].to_ascii_uppercase() + &name[1..],
            ];
            for case in cases {
                for cut in 0..3 {
                    for extra in ["", "s", "e", "@", "1", "é"] {
                        let mut word = case.clone();
                        for _ in 0..cut {
                            word.pop();
                        }
                        word.push_str(extra);
                        let model = if word.is_ascii() && (3..=12).contains(&word.len()) {
                            MONTHS
                                .iter()
                                .find(|(name, _)| name.eq_ignore_ascii_case(&word))
                                .map(|&(_, m)| m)
                        } else {
                            month_number(&word)
                        };
                        assert_eq!(month_number(&word), model, "{word}");
                    }
                }
            }
        }
    }

    #[test]
    fn formats_catalogue() {
        type Case<'c> = (
            &'c str,
            &'c str,
            &'c str,
            Option<(u8, u8)>,
            &'c [&'c str],
            &'c str,
        );
        let cases: &[Case<'_>] = &[
            (
                "Seoul, Aug 13 (AP) South",
                "Seoul, Aug 13 (AP)",
                "Seoul",
                Some((8, 13)),
                &["AP"],
                "",
            ),
            (
                "WASHINGTON (AP) — The",
                "WASHINGTON (AP)",
                "WASHINGTON",
                None,
                &["AP"],
                "—",
            ),
            (
                "TRENTON, N.J. (AP) — The",
                "TRENTON, N.J. (AP)",
                "TRENTON, N.J.",
                None,
                &["AP"],
                "—",
            ),
            (
                "RICHMOND, Va. (AP) _ The",
                "RICHMOND, Va. (AP)",
                "RICHMOND, Va.",
                None,
                &["AP"],
                "_",
            ),
            ("NEW YORK _ The", "NEW YORK", "NEW YORK", None, &[], "_"),
            (
                "LITTLETON, Colo. (AP) -- The",
                "LITTLETON, Colo. (AP)",
                "LITTLETON, Colo.",
                None,
                &["AP"],
                "--",
            ),
            (
                "Ahmedabad/New Delhi, Jan 22 (PTI) The",
                "Ahmedabad/New Delhi, Jan 22 (PTI)",
                "Ahmedabad/New Delhi",
                Some((1, 22)),
                &["PTI"],
                "",
            ),
            (
                "New Delhi [India], Sept 20 (ANI): The",
                "New Delhi [India], Sept 20 (ANI)",
                "New Delhi [India]",
                Some((9, 20)),
                &["ANI"],
                ":",
            ),
            (
                "Bengaluru (Karnataka) [India], June 1: The",
                "Bengaluru (Karnataka) [India], June 1",
                "Bengaluru (Karnataka) [India]",
                Some((6, 1)),
                &[],
                ":",
            ),
            (
                "STOCKHOLM (Reuters) -The",
                "STOCKHOLM (Reuters)",
                "STOCKHOLM",
                None,
                &["Reuters"],
                "-",
            ),
            (
                "LONDON, March 11 Britain's",
                "LONDON, March 11",
                "LONDON",
                Some((3, 11)),
                &[],
                "",
            ),
            (
                "ATLANTA, Ga., March 2 - The",
                "ATLANTA, Ga., March 2",
                "ATLANTA, Ga.",
                Some((3, 2)),
                &[],
                "-",
            ),
            (
                "STOCKHOLM, Aug 29, 2014 (AFP) - The",
                "STOCKHOLM, Aug 29, 2014 (AFP)",
                "STOCKHOLM",
                Some((8, 29)),
                &["AFP"],
                "-",
            ),
            (
                "Strasbourg, 10 juil 2024 (AFP) Le",
                "Strasbourg, 10 juil 2024 (AFP)",
                "Strasbourg",
                Some((7, 10)),
                &["AFP"],
                "",
            ),
            (
                "LISBOA, 18 jun (Xinhua) -- O",
                "LISBOA, 18 jun (Xinhua)",
                "LISBOA",
                Some((6, 18)),
                &["Xinhua"],
                "--",
            ),
            (
                "BEIJING, Sept. 2 (Xinhua) -- The",
                "BEIJING, Sept. 2 (Xinhua)",
                "BEIJING",
                Some((9, 2)),
                &["Xinhua"],
                "--",
            ),
            ("SEOUL -- The", "SEOUL", "SEOUL", None, &[], "--"),
            (
                "YILAN, Taiwan (Kyodo) -- The",
                "YILAN, Taiwan (Kyodo)",
                "YILAN, Taiwan",
                None,
                &["Kyodo"],
                "--",
            ),
            (
                "MELAKA, 13 Jan (Bernama) -- The",
                "MELAKA, 13 Jan (Bernama)",
                "MELAKA",
                Some((1, 13)),
                &["Bernama"],
                "--",
            ),
            (
                "Berlin (dpa) - The",
                "Berlin (dpa)",
                "Berlin",
                None,
                &["dpa"],
                "-",
            ),
            (
                "AUCKLAND, May 5 AAP - The",
                "AUCKLAND, May 5 AAP",
                "AUCKLAND",
                Some((5, 5)),
                &["AAP"],
                "-",
            ),
            (
                "DOHA, Nov 29: The",
                "DOHA, Nov 29",
                "DOHA",
                Some((11, 29)),
                &[],
                ":",
            ),
            (
                "KOLKATA, 23 JAN: The",
                "KOLKATA, 23 JAN",
                "KOLKATA",
                Some((1, 23)),
                &[],
                ":",
            ),
            (
                "Gwalior (Madhya Pradesh): The",
                "Gwalior (Madhya Pradesh)",
                "Gwalior (Madhya Pradesh)",
                None,
                &[],
                ":",
            ),
            (
                "Jan. 10 (Xinhua) -- The",
                "Jan. 10 (Xinhua)",
                "",
                Some((1, 10)),
                &["Xinhua"],
                "--",
            ),
            (
                "WASHINGTON, JAN 18US President",
                "WASHINGTON, JAN 18",
                "WASHINGTON",
                Some((1, 18)),
                &[],
                "",
            ),
            (
                "    SALVADOR, Feb 26 - Showers",
                "SALVADOR, Feb 26",
                "SALVADOR",
                Some((2, 26)),
                &[],
                "-",
            ),
            (
                "São Paulo, May 3 (Reuters) - A",
                "São Paulo, May 3 (Reuters)",
                "São Paulo",
                Some((5, 3)),
                &["Reuters"],
                "-",
            ),
            (
                "ATLANTA , March 3 - National",
                "ATLANTA , March 3",
                "ATLANTA",
                Some((3, 3)),
                &[],
                "-",
            ),
        ];
        for (input, text, place, date, ags, sep) in cases {
            let (d, _) = p(input).unwrap_or_else(|| panic!("no dateline in {input:?}"));
            assert_eq!(d.text(), *text, "{input}");
            assert_eq!(d.place(), *place, "{input}");
            assert_eq!(d.date().map(|d| (d.month, d.day)), *date, "{input}");
            assert_eq!(d.agencies(), *ags, "{input}");
            assert_eq!(d.separator(), *sep, "{input}");
        }
    }

    #[test]
    fn month_table_and_fast_path_agree() {
        for (name, m) in MONTHS {
            assert_eq!(month_number(name), Some(*m), "{name}");
            assert_eq!(month_number(&name.to_uppercase()), Some(*m), "{name}");
        }
        assert_eq!(month_number("Mayo"), Some(5));
        assert_eq!(month_number("Monday"), None);
    }

    #[test]
    fn sentences_are_not_datelines() {
        for s in [
            "New Delhi, Taking a dig at the opposition, he said",
            "The Cochin Port Authority on Friday said it will",
            "Tuesday, March 11 marks the day",
            "NOTE: this is not a dateline",
            "Officials said (in Hindi) that",
            "He said, May 5 was fine",
        ] {
            assert!(p(s).is_none(), "{s}");
        }
    }

    #[test]
    fn dateline_alone_on_its_line() {
        let (d, rest) = p("    NEW YORK, March 26 -\n    The company").unwrap();
        assert_eq!(
            (d.place(), d.separator(), rest),
            ("NEW YORK", "-", "The company")
        );
        let (d, rest) = p("MONTREAL, Feb 26-").unwrap();
        assert_eq!((d.text(), rest), ("MONTREAL, Feb 26", ""));
    }
}
