//! The dateline at the head of a story: place, date, agencies, separator.
//!
//! Recognised: `Seoul, Aug 13 (AP) `, `WASHINGTON (AP) — `, `ATLANTA, Ga., March 2 - `,
//! `New Delhi [India], August 13 (ANI): `, `Bengaluru (Karnataka) [India], June 1: `,
//! `SEOUL/WASHINGTON (Reuters) - `, `MELAKA, 13 Jan (Bernama) -- `,
//! `Strasbourg, 10 juil 2024 (AFP) `, `STOCKHOLM, Aug 29, 2014 (AFP) - `,
//! `Jan. 10 (Xinhua) -- `, `AUCKLAND, May 5 AAP - `, `NEW YORK _ `, `KOLKATA, 23 JAN: `,
//! `NEW YORK Sept. 15, 2004 - ` (a known place in capitals, the comma lost),
//! `Gwalior (Madhya Pradesh): `, `WASHINGTON, JAN 18US…` and more.
//!
//! A sentence that merely starts with a place and a comma is not a dateline:
//! without a date there must be an agency, or an all-caps place before a
//! dash, or a qualified or all-caps place before a colon.
//!
//! ```
//! use wirecopy::rules::dateline::dateline;
//! let (story, d) = dateline::<nom::error::Error<&str>>("LONDON, Sept 28 (Reuters) – Shares fell.").unwrap();
//! assert_eq!(story, "Shares fell.");
//! assert_eq!((d.place(), d.date().unwrap().month(), d.date().unwrap().day()), ("LONDON", 9, 28));
//! assert!(dateline::<nom::error::Error<&str>>("New Delhi, Taking a dig at rivals").is_err());
//! ```

use std::borrow::Cow;

use nom::IResult;
use nom::error::{ContextError, ParseError};

use self::evidence::Evidence;
use self::place::{is_all_caps, place, plausible_lower_place};
use crate::lexicon::places;
use crate::rules::agency::{agency_parens, bare_agency};
use crate::rules::date::date;
use crate::rules::fail;
// White space is skipped with `trim_start`, line ends included: a
// dateline reads the same whether its parts are on one line or wrapped.
use crate::text::{floor, offset_in, trim_start};

mod evidence;
mod place;
use crate::lexicon::Agencies;
use crate::lexicon::Lexicon;
use crate::model::{Dateline, DatelineDate, Placement};

/// Parses a dateline and its separator with the built-in agencies; returns
/// the story text that follows.
pub fn dateline<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, Dateline<'a>, E> {
    dateline_in(Lexicon::builtin(), false)(i)
}

/// A dateline parser that knows `lexicon`'s agencies and places.
/// `after_byline` says a byline came just before, which makes a bare
/// `Place :` a dateline (IANS, PTI).
pub fn dateline_in<'a, 'r, E: ParseError<&'a str> + ContextError<&'a str>>(
    lexicon: &'r Lexicon,
    after_byline: bool,
) -> impl Fn(&'a str) -> IResult<&'a str, Dateline<'a>, E> + 'r {
    move |i| match parse(i, lexicon, after_byline) {
        Some((d, rest)) => Ok((rest, d)),
        None => fail(i, "a dateline"),
    }
}

/// A byline run into the dateline (`By IANS, Kolkata : …`,
/// `By Shirish B Pradhan Kathmandu, Oct 17 (PTI) …`): returns the byline, the
/// dateline and the story text.
///
/// ```
/// use wirecopy::rules::dateline::byline_dateline_head;
/// let lex = wirecopy::Lexicon::builtin();
/// let (by, d, rest) = byline_dateline_head("By Shirish B Pradhan Kathmandu, Oct 17 (PTI) Nepal said.", lex).unwrap();
/// assert_eq!((by, d.place(), rest), ("By Shirish B Pradhan", "Kathmandu", "Nepal said."));
/// ```
pub fn byline_dateline_head<'a>(
    i: &'a str,
    lexicon: &Lexicon,
) -> Option<(&'a str, Dateline<'a>, &'a str)> {
    let (by, start) = split_byline(i, lexicon)?;
    let (d, rest) = parse(start, lexicon, true)?;
    Some((by, d, rest))
}

/// Where a byline run into a dateline ends: returns the byline and the text
/// from the dateline on.
pub(crate) fn split_byline<'a>(i: &'a str, lex: &Lexicon) -> Option<(&'a str, &'a str)> {
    let agencies = lex.agencies();
    let t = skip_markup(i);
    let after_by = t.strip_prefix("By ")?;
    let window = &after_by[..floor(after_by, 160)];
    // `By PAUL GEITNER    BRUSSELS, Belgium (AP) -- `: a run of spaces, or
    // paragraph markup, ends the name (feeds that lost the byline's line
    // end, or kept its HTML).
    if let Some(at) = window.find("  ").or_else(|| window.find("&lt;/p&gt;")) {
        let cand = skip_markup(&after_by[at..]);
        let by = t[..offset_in(t, after_by) + at].trim_end();
        if crate::rules::header::byline_line_in(by, lex).is_some()
            && parse(cand, lex, true).is_some()
        {
            return Some((by, cand));
        }
    }
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
        if crate::rules::header::byline_line_in(by, lex).is_some()
            && parse(cand, lex, true).is_some_and(|(d, _)| d.date.is_some())
        {
            return Some((by, cand));
        }
    }
    // `By NAME[, AGENCY], Place …`
    for (at, _) in window.match_indices(',') {
        let cand = trim_start(&after_by[at + 1..]);
        let by = t[..offset_in(t, after_by) + at].trim_end();
        if crate::rules::header::byline_line_in(by, lex).is_none() {
            continue;
        }
        if let Some((d, _)) = parse(cand, lex, true) {
            let first = d.place.split([',', ' ']).next().unwrap_or("");
            if d.place.is_empty() || agencies.find(first).is_some() {
                continue;
            }
            return Some((by, cand));
        }
    }
    None
}

/// Paragraph markup, raw or escaped as feeds keep it.
const MARKUP_TAGS: [&str; 6] = [
    "<p>",
    "</p>",
    "<br>",
    "&lt;p&gt;",
    "&lt;/p&gt;",
    "&lt;br&gt;",
];

/// Skips white space and paragraph markup, raw or escaped as feeds keep it
/// (`<p>`, `</p>`, `&lt;p&gt;`, `&lt;/p&gt;`, `&lt;br&gt;`).
pub(crate) fn skip_markup(i: &str) -> &str {
    let mut t = trim_start(i);
    loop {
        // Every tag opens with `<` or `&`: one look settles most texts.
        if !matches!(t.as_bytes().first(), Some(b'<' | b'&')) {
            return t;
        }
        match MARKUP_TAGS.into_iter().find(|tag| t.starts_with(tag)) {
            Some(tag) => t = trim_start(&t[tag.len()..]),
            None => return t,
        }
    }
}

const PLACE_PREFIXES: &[&str] = &[
    "New", "San", "Santa", "Los", "Las", "Kuala", "Hong", "Abu", "Buenos", "Tel", "Rio", "Sao",
    "São", "St.", "Saint", "Port", "Cape", "Kota", "Ho", "Phnom", "Addis", "Dar", "El", "La",
    "NEW", "SAN", "LOS", "KUALA", "HONG", "ABU", "TEL", "RIO", "SAO",
];

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

/// The whole dateline grammar. Returns the dateline and the story text.
///
/// Most blocks it is asked about open a sentence, not a dateline, so each
/// reading is tried only when the block's first bytes allow it
/// ([`opens_a_sentence`], [`may_credit_in_parens`],
/// [`may_be_a_lower_case_place`]); each gate is a necessary condition of
/// its reading, and the tests check that `parse` gives what the readings
/// give without them ([`tests::parse_plain`]).
pub(crate) fn parse<'a>(
    i: &'a str,
    lex: &Lexicon,
    after_byline: bool,
) -> Option<(Dateline<'a>, &'a str)> {
    let start = trim_start(i);
    let strict = || {
        if opens_a_sentence(start) {
            return None;
        }
        with_place(start, lex, after_byline, false)
    };
    strict()
        .or_else(|| {
            if !may_credit_in_parens(start) {
                return None;
            }
            without_place(start, lex.agencies())
        })
        .or_else(|| {
            if !may_be_a_lower_case_place(start) {
                return None;
            }
            with_place(start, lex, after_byline, true)
        })
        .or_else(|| run_on(start))
}

/// Whether `start` opens the commonest sentence shape: one to six
/// capitalised ASCII words one space apart, one space, a lower-case word
/// that joins no place name (not a connector such as `de`), spaces, and a
/// lower-case letter or a digit (`The company said …`, `Unions representing
/// workers …`, `U.S. officials said …`, `Michael Phelps won the …`, `The
/// United Nations launched …`). Then the strict reading cannot make a
/// dateline of it: its place is the capitalised words (six at most, so the
/// place grammar reads them all, and the lower-case word ends them); no
/// comma, parenthesis, bracket, slash, date or separator follows (a date
/// with no comma before it opens with a capital or a digit), and whether or
/// not the lower-case word is a bare agency, the story runs on in lower
/// case, so the evidence has no dash, colon, date, year, qualifier, agency
/// in parentheses, source, capital next or end of block; no row of
/// [`evidence::ACCEPTED`] holds without one of those (the test
/// `sentence_evidence_accepts_nothing` checks the rows).
fn opens_a_sentence(start: &str) -> bool {
    let b = start.as_bytes();
    // The capitalised words: a capital, then letters, dots, apostrophes
    // (all of them place-word bytes, so the place grammar reads the same
    // words), each followed by one space.
    let mut at = 0;
    let mut words = 0;
    while b.get(at).is_some_and(u8::is_ascii_uppercase) {
        let len = 1 + b[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic() || matches!(c, b'.' | b'\''))
            .count();
        words += 1;
        if words > 6 || b.get(at + len) != Some(&b' ') {
            return false;
        }
        at += len + 1;
    }
    if words == 0 {
        return false;
    }
    // The lower-case word: ASCII letters and digits, no connector; it ends
    // at a space.
    let lower = &b[at..];
    if !lower.first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let len = lower
        .iter()
        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        .count();
    if lower.get(len) != Some(&b' ') || place::is_connector(&start[at..at + len]) {
        return false;
    }
    // Then the story, in lower case.
    lower[len..]
        .iter()
        .find(|&&c| c != b' ')
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// Whether a dateline without a place (`Jan. 10 (Xinhua) -- `) may open
/// `start`: it credits an agency in parentheses, so the block has an
/// opening parenthesis (one `memchr` over the block instead of reading a
/// date).
fn may_credit_in_parens(start: &str) -> bool {
    memchr::memchr(b'(', start.as_bytes()).is_some()
}

/// Whether the lenient reading (lower-case places, `omaha, april 7 - `)
/// may make a dateline of `start`. It is taken only with a date, which
/// follows a comma right after the place, and a plausible place, of at
/// most four words (three spaces): so the text before the first comma, up
/// to the white space before it, lies within the place whose shape is
/// checked, and more than three spaces in it settle the reading.
fn may_be_a_lower_case_place(start: &str) -> bool {
    let head = &start.as_bytes()[..start.len().min(80)];
    let Some(comma) = memchr::memchr(b',', head) else {
        return false;
    };
    let place = start[..comma].trim_end_matches(char::is_whitespace);
    place.bytes().filter(|&b| b == b' ').count() <= 3
}

/// A dateline that lost its separator, the story running on after it
/// (`NEW YORK In a striking shift …`, `KATMANDU, Nepal The Nepali …`): a
/// place in capitals, then maybe a region, then a capital letter. The place
/// words stop where the capitals do, and the region at the longest run of
/// words the gazetteer knows.
fn run_on(start: &str) -> Option<(Dateline<'_>, &str)> {
    let b = start.as_bytes();
    // Words in capitals, one space apart.
    let mut end = 0;
    let mut words = 0;
    let mut at = 0;
    while words < 5 {
        let len = b[at..]
            .iter()
            .position(|c| !(c.is_ascii_uppercase() || matches!(c, b'.' | b'-' | b'\'')))
            .unwrap_or(b.len() - at);
        // A word of two capitals at least, that ends at a space (or at the
        // comma before the region).
        if len < 2 || !matches!(b.get(at + len), Some(b' ' | b',')) {
            break;
        }
        end = at + len;
        words += 1;
        if b[end] == b',' {
            break;
        }
        at = end + 1;
    }
    // The longest run of those words that the gazetteer knows, when the
    // sentence goes on in lower case after them (`BAGHDAD US warplanes
    // fired …`: `BAGHDAD`); not before a dash (`TACOMA RAINIERS - `).
    let sentence_on =
        b.get(end) == Some(&b' ') && b.get(end + 1).is_some_and(u8::is_ascii_lowercase);
    while sentence_on && words > 1 && !is_known_place(&start[..end]) {
        end = start[..end].rfind(' ').unwrap_or(0);
        words -= 1;
    }
    let main = &start[..end];
    let mut seen = Evidence::ALL_CAPS_PLACE.and(Evidence::NO_SEPARATOR);
    // A word of three letters or fewer (`UK Foreign Secretary …`, `ATI
    // Technologies …`) reads as a name's first word more often than as a
    // dateline: not without a separator.
    seen.add_if(words > 1 || main.len() > 3, Evidence::LONG_ENOUGH);
    seen.add_if(words > 0 && is_known_place(main), Evidence::KNOWN_PLACE);
    let mut place_end = end;
    if let Some(region) = start[end..].strip_prefix(", ") {
        // The longest run of one to three words that names a region.
        let mut cut = 0;
        let mut at = 0;
        for _ in 0..3 {
            let w = region[at..].find(' ').map_or(region.len(), |n| at + n);
            let cand = &region[..w];
            if is_known_place(cand) || places::is_region_abbreviation(cand) {
                cut = w;
            }
            if w >= region.len() {
                break;
            }
            at = w + 1;
        }
        if cut == 0 {
            return None;
        }
        seen = seen.and(Evidence::QUALIFIER);
        place_end = offset_in(start, region) + cut;
    }
    let after = &start[place_end..];
    let rest = after.trim_start_matches(' ');
    if after.len() - rest.len() == 0 || after.len() - rest.len() > 3 {
        return None;
    }
    seen.add_if(
        rest.starts_with(|c: char| c.is_uppercase()),
        Evidence::CAPITAL_NEXT,
    );
    seen.add_if(is_label_word(main), Evidence::LABEL_WORD);
    seen.accepted()?;
    let place = &start[..place_end];
    Some(assemble(
        start,
        place,
        place,
        None,
        Vec::new(),
        &after[..0],
        rest,
    ))
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
        source: None,
        separator: Cow::Borrowed(separator),
        gap: Cow::Borrowed(gap),
        placement,
    };
    (d, rest)
}

/// `lenient` accepts lower-case place words (`omaha, april 7 - `, seen in
/// wire copy), which the evidence then asks a date and a dash of.
///
/// The grammar reads the candidate and notes what it saw as [`Evidence`];
/// whether that makes a dateline is decided in one place,
/// [`Evidence::accepted`], from the rows of [`evidence::ACCEPTED`].
///
/// A date right after the place, no comma between (`NEW YORK Sept. 15,
/// 2004 - `), is one reading of the words after the place; when the
/// evidence turns it away, the candidate is read again without it, as the
/// words were read before that reading was added.
fn with_place<'a>(
    start: &'a str,
    lex: &Lexicon,
    after_byline: bool,
    lenient: bool,
) -> Option<(Dateline<'a>, &'a str)> {
    let mut date_onto_place = false;
    read_with_place(
        start,
        lex,
        after_byline,
        lenient,
        Some(&mut date_onto_place),
    )
    .or_else(|| {
        if date_onto_place {
            read_with_place(start, lex, after_byline, lenient, None)
        } else {
            None
        }
    })
}

/// [`with_place`]'s reading. `onto_place`: whether a date may follow the
/// place with no comma, and where to note that one did.
fn read_with_place<'a>(
    start: &'a str,
    lex: &Lexicon,
    after_byline: bool,
    lenient: bool,
    mut onto_place: Option<&mut bool>,
) -> Option<(Dateline<'a>, &'a str)> {
    let agencies = lex.agencies();
    // `By …` opens a byline, never a place.
    if crate::text::opens_with_words(start, &["By"])
        || crate::text::opens_with_words(start, &["BY"])
    {
        return None;
    }
    let mut seen = Evidence::NONE;
    let (main_end, qualified, mut cur) = place(start, agencies, lenient)?;
    let main = &start[..main_end];
    let mut place_end = main_end;
    let mut date_v = None;
    // The regions after the place, for the gazetteer (asked last: it is
    // the dearest evidence, and most candidates are settled without it).
    let mut regions: [&str; 3] = [""; 3];
    seen.add_if(qualified, Evidence::QUALIFIER);
    for (round, region) in regions.iter_mut().enumerate() {
        let t = trim_start(cur);
        let Some(t2) = t.strip_prefix(',') else {
            // `KABUL, Afghanistan Aug. 23, 2004 - `: a date after the
            // region, without its comma.
            if round > 0
                && t.len() < cur.len()
                && let Some((d, after, fuzzy)) = date(t)
            {
                seen.add_if(fuzzy, Evidence::FUZZY_MONTH);
                date_v = Some(d);
                cur = after;
            }
            // `NEW YORK Sept. 15, 2004 - `: after the place itself (not a
            // lenient, lower-case one), a date that opens as copy writes
            // one (a capital or a digit), its month spelt right (`SEATTLE
            // Mariners 5 - ` is a score); the evidence takes it only after
            // a known place in capitals, before a dash or a known agency.
            if round == 0
                && !lenient
                && t.len() < cur.len()
                && t.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
                && let Some(used) = onto_place.as_deref_mut()
                && let Some((d, after, false)) = date(t)
            {
                *used = true;
                seen = seen.and(Evidence::DATE_WITHOUT_COMMA);
                date_v = Some(d);
                cur = after;
            }
            break;
        };
        let t3 = trim_start(t2);
        if let Some((d, after, fuzzy)) = date(t3) {
            seen.add_if(fuzzy, Evidence::FUZZY_MONTH);
            date_v = Some(d);
            // `MADRID, Dec. 5. - `: a period after the day, before a dash.
            cur = match after.strip_prefix('.') {
                Some(r) if trim_start(r).starts_with(['-', '—', '–']) => r,
                _ => after,
            };
            break;
        }
        // `NEW YORK, (Aug. 30, 2004) - `: the date in parentheses.
        if let Some((d, after, fuzzy)) = t3.strip_prefix('(').and_then(date)
            && let Some(after) = after.strip_prefix(')')
        {
            seen.add_if(fuzzy, Evidence::FUZZY_MONTH);
            date_v = Some(d);
            cur = after;
            break;
        }
        let (seg_end, _, after) = place(t3, agencies, lenient)?;
        *region = &t3[..seg_end];
        seen = seen.and(Evidence::QUALIFIER);
        place_end = offset_in(start, t3) + seg_end;
        cur = after;
    }
    let mut names = Vec::new();
    let mut source = None;
    let mut after = cur;
    if let Some((n, a)) = agency_parens(cur, agencies) {
        let all_known = n.iter().all(|c| agencies.find(c).is_some());
        seen = seen.and(if all_known {
            Evidence::KNOWN_AGENCY
        } else {
            Evidence::AGENCY_CODE
        });
        (names, after) = (n, a);
    } else if let Some((name, a)) = bare_agency(cur, agencies) {
        seen = seen.and(Evidence::BARE_AGENCY);
        names.push(Cow::Borrowed(name));
        after = a;
    } else if let Some((s, a)) = source_parens(cur) {
        seen = seen.and(Evidence::SOURCE);
        source = Some(Cow::Borrowed(s));
        after = a;
    }
    let glued_ok = date_v.is_some() && names.is_empty();
    let (sep, rest) = separator(after, glued_ok)?;
    seen.add_if(date_v.is_some(), Evidence::DATE);
    seen.add_if(
        date_v.as_ref().is_some_and(|d| d.year.is_some()),
        Evidence::YEAR,
    );
    seen = seen.and(match sep {
        "" => Evidence::NO_SEPARATOR,
        ":" => Evidence::COLON,
        _ => Evidence::DASH,
    });
    seen.add_if(is_all_caps(main), Evidence::ALL_CAPS_PLACE);
    seen.add_if(after_byline, Evidence::AFTER_BYLINE);
    seen.add_if(rest.is_empty(), Evidence::END_OF_BLOCK);
    seen.add_if(
        rest.starts_with(|c: char| c.is_uppercase()),
        Evidence::CAPITAL_NEXT,
    );
    seen.add_if(main.len() > 3 || main.contains(' '), Evidence::LONG_ENOUGH);
    // The evidence that can only turn a candidate away, and the gazetteer
    // (the dearest), are looked at only when the rest could make a
    // dateline of it: most candidates (a sentence's first words) end here.
    if !seen.and(Evidence::KNOWN_PLACE).may_be_accepted() {
        return None;
    }
    seen.add_if(is_mixed_case(main), Evidence::MIXED_CASE_PLACE);
    seen.add_if(is_label_word(main), Evidence::LABEL_WORD);
    seen.add_if(lenient, Evidence::LOWER_CASE_PLACE);
    seen.add_if(
        lenient && plausible_lower_place(main),
        Evidence::PLAUSIBLE_LOWER_PLACE,
    );
    if seen.accepted().is_none() {
        // The gazetteer is asked only when its answer could make a
        // dateline of the candidate.
        seen.and(Evidence::KNOWN_PLACE).accepted()?;
        let known = is_known_place(main)
            || regions
                .iter()
                .any(|r| !r.is_empty() && (is_known_place(r) || places::is_region_abbreviation(r)));
        seen.add_if(known, Evidence::KNOWN_PLACE);
        seen.accepted()?;
    }
    let text_end = offset_in(start, after);
    let text = crate::text::trim_end(&start[..text_end]);
    let place = crate::text::trim_end(&start[..place_end]);
    let (mut d, rest) = assemble(start, text, place, date_v, names, sep, rest);
    d.source = source;
    Some((d, rest))
}

/// A word that opens notes and labels (`UPDATE`, `Watch`), or a weekday
/// (`Monday, March 2 - `): no place, in any case.
fn is_label_word(place: &str) -> bool {
    const WEEKDAYS: [&str; 7] = [
        "MONDAY",
        "TUESDAY",
        "WEDNESDAY",
        "THURSDAY",
        "FRIDAY",
        "SATURDAY",
        "SUNDAY",
    ];
    NOT_PLACES
        .iter()
        .chain(&WEEKDAYS)
        .any(|w| w.eq_ignore_ascii_case(place))
}

/// Whether the gazetteer knows `place`, or the first of the places it joins
/// with `/` (`BRUSSELS/SAO PAULO`).
fn is_known_place(place: &str) -> bool {
    places::is_place(crate::text::trim(place.split('/').next().unwrap_or(place)))
}

/// A place that mixes a word in capitals with a title-case one
/// (`BASEBALL Atlanta`): a section label over a list. Two-letter acronyms
/// (`Washington DC`) do not count.
fn is_mixed_case(place: &str) -> bool {
    let mut caps = false;
    let mut title = false;
    for w in place.split([' ', '/']) {
        let letters = w.bytes().filter(u8::is_ascii_alphabetic).count();
        if w.bytes().any(|b| b.is_ascii_lowercase()) {
            title = true;
        } else if letters >= 3 {
            caps = true;
        }
    }
    caps && title
}

/// A source in parentheses that is no agency: a web site (`(CBS.MW)`,
/// `(Xinhuanet)`), a paper or a service (`(New Ratings)`); at most four
/// words that open with a capital or a digit. Returns it and the rest.
fn source_parens(i: &str) -> Option<(&str, &str)> {
    let t = trim_start(i);
    let inner_start = t.strip_prefix('(')?;
    let close = inner_start.as_bytes()[..floor(inner_start, 40)]
        .iter()
        .position(|&b| b == b')')?;
    let inner = &inner_start[..close];
    let ok = inner.bytes().any(|b| b.is_ascii_alphabetic())
        && inner.split(' ').count() <= 4
        && inner.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '&' | '\''))
        });
    ok.then(|| (inner, &inner_start[close + 1..]))
}

/// The separator after the dateline. Returns it (no spaces) and the story.
fn separator(i: &str, glued_ok: bool) -> Option<(&str, &str)> {
    let t = trim_start(i);
    let had_space = t.len() < i.len();
    if t.is_empty() {
        return Some((&t[..0], t));
    }
    // `--`, `.-`, `—`, `–`, `_` (before white space or the end), `-` (not
    // before a digit), `:`, read byte by byte.
    let len = match t.as_bytes() {
        [b'-', b'-', ..] => 2,
        // EFE's `.-`.
        [b'.', b'-', ..] => 2,
        // `—` (U+2014) and `–` (U+2013).
        [0xE2, 0x80, 0x94 | 0x93, ..] => 3,
        [b'_'] => 1,
        [b'_', ..] if t[1..].starts_with(char::is_whitespace) => 1,
        [b'-', next, ..] if next.is_ascii_digit() => 0,
        [b'-' | b':', ..] => 1,
        _ => 0,
    };
    if len > 0 {
        return Some((&t[..len], trim_start(&t[len..])));
    }
    if had_space || (glued_ok && t.starts_with(|c: char| c.is_uppercase())) {
        return Some((&t[..0], t));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::place::{is_connector, is_word_char, place_word};
    use super::*;
    use crate::rules::date::{MONTHS, month_number, small_number};

    fn p(s: &str) -> Option<(Dateline<'_>, &str)> {
        parse(s, Lexicon::builtin(), false)
    }

    /// The readings without their gates: the plain definition `parse`
    /// must agree with.
    pub(super) fn parse_plain<'a>(
        i: &'a str,
        lex: &Lexicon,
        after_byline: bool,
    ) -> Option<(Dateline<'a>, &'a str)> {
        let start = trim_start(i);
        with_place(start, lex, after_byline, false)
            .or_else(|| without_place(start, lex.agencies()))
            .or_else(|| with_place(start, lex, after_byline, true))
            .or_else(|| run_on(start))
    }

    /// Words and marks datelines and sentence openings are made of.
    const PIECES: &[&str] = &[
        "The",
        "company",
        "said",
        "Unions",
        "representing",
        "de",
        "Rio",
        "Janeiro",
        "PARIS",
        "Paris",
        "afp",
        "dpa",
        "AP",
        "AFP",
        "(AP)",
        "(Reuters)",
        "Reuters",
        "omaha",
        "des",
        "moines",
        "april",
        "7",
        "Aug.",
        "23",
        "2004",
        "Jan.",
        "10",
        "(Xinhua)",
        "U.S.",
        "officials",
        "NEW",
        "YORK",
        "Body",
        "text",
        "here.",
        "Jordan",
        "the",
        "kingdom",
        "-",
        "--",
        "\u{2014}",
        ":",
        ",",
        "_",
        "(",
        ")",
        "[India]",
        "/",
        "Berlin",
        "BAGHDAD",
        "US",
        "warplanes",
        "by",
        "3",
        "x",
        "Mar",
        "(MENA)",
        "(CBS.MW)",
        "\u{a0}",
        "\n",
        "O'Neil",
        "St.",
        "la",
        "upon",
        "del",
        "Plata",
        "Avon",
        "of",
        "on",
        "New",
        "Delhi",
        "UPDATE",
        "Monday",
        "mln",
        "dlrs",
        "Shr",
    ];

    /// The gates only spare readings that could not make a dateline: for
    /// an evidence set that a sentence opening can give (see
    /// `opens_a_sentence`), no row accepts, whatever else is added.
    #[test]
    fn sentence_evidence_accepts_nothing() {
        let possible = [
            Evidence::NO_SEPARATOR,
            Evidence::ALL_CAPS_PLACE,
            Evidence::LONG_ENOUGH,
            Evidence::AFTER_BYLINE,
            Evidence::BARE_AGENCY,
            Evidence::KNOWN_PLACE,
            Evidence::MIXED_CASE_PLACE,
            Evidence::LABEL_WORD,
        ];
        for bits in 0u32..(1 << possible.len()) {
            let mut e = Evidence::NONE;
            for (k, &p) in possible.iter().enumerate() {
                e.add_if(bits >> k & 1 == 1, p);
            }
            assert_eq!(e.accepted(), None, "{e:?}");
            assert!(!e.may_be_accepted(), "{e:?}");
        }
    }

    #[test]
    fn gates_spare_sentences() {
        for s in [
            "The company said on Monday it would",
            "Unions representing workers at Turner Newall say",
            "U.S. officials said 3 more",
            "Body text here.",
            "Michael Phelps won the gold medal",
            "The United Nations launched an appeal",
        ] {
            assert!(opens_a_sentence(s), "{s}");
            assert!(!may_credit_in_parens(s), "{s}");
            assert!(!may_be_a_lower_case_place(s), "{s}");
        }
        // Not the sentence shape: a connector, a capital after the agency
        // word (`PARIS afp The …`), a separator.
        for s in [
            "Rio de Janeiro - The",
            "PARIS afp The president said",
            "Berlin dpa - Police said",
            "AP - A company",
            "Paris afp: the",
            // Seven capitalised words: more than the place grammar reads.
            "One Two Three Four Five Six Seven said the",
            "Tata Iron and Steel Company took",
        ] {
            assert!(!opens_a_sentence(s), "{s}");
        }
        // A connector after the first word continues the place, so the
        // strict reading must still be tried (the place is `Rio de la
        // Plata`, not `Rio`).
        let lex = Lexicon::builtin();
        for s in [
            "Rio de la Plata (AP) - x",
            "Rio de la Plata, Uruguay - The",
            "Stratford upon on Avon (AP) x",
        ] {
            assert!(!opens_a_sentence(s), "{s}");
            assert!(parse(s, lex, false).is_some(), "{s}");
            assert_eq!(parse(s, lex, false), parse_plain(s, lex, false), "{s}");
        }
        assert!(may_be_a_lower_case_place("des moines, april 7 - "));
        assert!(!may_be_a_lower_case_place(
            "the man who came to dinner, april 7 - "
        ));
        // A date run onto the place opens with a capital or a digit, so a
        // sentence opening (whose second word is in lower case) never
        // starts one, and the gate stays sound; nor does the lenient
        // reading, which needs a comma, take one.
        for s in [
            "LONDON sept 15, 2004 - The",
            "LONDON sept 15 2004 - The",
            "london Sept 15 2004 - The",
        ] {
            assert_eq!(parse(s, lex, false), parse_plain(s, lex, false), "{s}");
        }
        assert!(parse("LONDON Sept 15, 2004 - The", lex, false).is_some());
    }

    #[test]
    fn a_date_run_onto_the_place() {
        let date_of = |s: &str| p(s).and_then(|(d, _)| d.date.map(|d| (d.month, d.day)));
        let place_of = |s: &str| p(s).map(|(d, _)| d.place.into_owned());
        // Before a dash or a known agency, after a known place in capitals.
        assert_eq!(
            date_of("NEW YORK Sept. 15, 2004 - Millionaire"),
            Some((9, 15))
        );
        assert_eq!(
            date_of("NEW YORK JAN 18 (Reuters) The company said"),
            Some((1, 18))
        );
        assert_eq!(date_of("WASHINGTON 15 Sept. 2004 - The"), Some((9, 15)));
        // Otherwise the place is read as it was without the date: a
        // run-on dateline before the capital of the month, or nothing.
        for s in [
            "NEW YORK Sept. 15, 2004 The company said",
            "NEW YORK JAN 18 The company said",
        ] {
            assert_eq!(date_of(s), None, "{s}");
            assert_eq!(place_of(s).as_deref(), Some("NEW YORK"), "{s}");
        }
        assert_eq!(date_of("SEATTLE Mariners 5 - Oakland Athletics 3"), None);
        assert_eq!(p("ATI 15 Sept. 2004 - x"), None);
        assert_eq!(p("IBM Sept. 15, 2004 - IBM said"), None);
        assert_eq!(p("Moscow Sept. 17, 2004 - Chechen rebels"), None);
        // Not in the lenient reading, whose gate needs a comma.
        let lex = Lexicon::builtin();
        assert_eq!(
            with_place("LONDON  March 31 -- 3 more", lex, false, true),
            None
        );
    }

    /// The property the gates' tests share: `parse` of `s` is what the
    /// ungated readings give.
    fn gated_agrees(
        s: &str,
        after_byline: bool,
    ) -> Result<(), proptest::test_runner::TestCaseError> {
        let lex = Lexicon::builtin();
        proptest::prop_assert_eq!(
            parse(s, lex, after_byline),
            parse_plain(s, lex, after_byline),
            "{:?}",
            s
        );
        Ok(())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]
        /// `parse` with its gates gives what the readings give without them.
        #[test]
        fn gated_parse_agrees_with_the_plain_readings(
            picks in proptest::collection::vec((0..PIECES.len(), 0usize..5), 1..9),
            after_byline: bool,
        ) {
            let mut s = String::new();
            for (w, gap) in picks {
                s.push_str(PIECES[w]);
                s.push_str(["  ", " ", " ", ", ", ""][gap]);
            }
            gated_agrees(&s, after_byline)?;
        }

        /// The same for runs of capitalised words before a lower-case one,
        /// the shape the sentence gate takes up to six words of.
        #[test]
        fn gated_parse_agrees_on_capitalised_runs(
            caps in proptest::collection::vec((0usize..16, 0usize..8), 0..9),
            lower in 0usize..12,
            tail in 0usize..10,
            after_byline: bool,
        ) {
            const CAPS: [&str; 16] = [
                "Paris", "NEW", "YORK", "New", "York", "Rio", "La", "Reuters", "AP",
                "UPDATE", "Monday", "May", "Aug.", "The", "U.S.", "O'Neil",
            ];
            const LOWER: [&str; 12] = [
                "said", "won", "de", "la", "and", "dpa", "afp", "sept", "may", "ap",
                "officials", "upon",
            ];
            // Mostly one space; the gate takes no other gap.
            const GAPS: [&str; 8] = [" ", " ", " ", " ", " ", "\t", "  ", "\u{a0}"];
            const TAIL: [&str; 10] = [
                "the", "3 more", "The", "- x", ": x", "(AP) x", "", "  the", "15, 2004 - x", "/x",
            ];
            let mut s = String::new();
            for &(c, gap) in &caps {
                s.push_str(CAPS[c]);
                s.push_str(GAPS[gap]);
            }
            s.push_str(LOWER[lower]);
            s.push(' ');
            s.push_str(TAIL[tail]);
            gated_agrees(&s, after_byline)?;
        }

        /// The same for lower-case places of one to six words before a
        /// date, where the lenient reading's gate counts words.
        #[test]
        fn gated_lenient_reading_agrees_with_the_plain_one(
            words in proptest::collection::vec(0usize..8, 1..7),
            gap in 0usize..3,
            tail in 0usize..3,
        ) {
            const LOWER: [&str; 8] = ["omaha", "des", "moines", "the", "new", "york", "de", "city"];
            let place: Vec<&str> = words.iter().map(|&w| LOWER[w]).collect();
            let s = format!(
                "{}{}, april 7{}",
                place.join(" "),
                ["", " ", "\u{a0}"][gap],
                [" - Police said", " -", ": the"][tail]
            );
            gated_agrees(&s, false)?;
        }
    }

    /// The separator as a list of prefixes tried in order: the model the
    /// byte-level `separator` must agree with.
    fn separator_model(i: &str, glued_ok: bool) -> Option<(&str, &str)> {
        let t = trim_start(i);
        let had_space = t.len() < i.len();
        if t.is_empty() {
            return Some((&t[..0], t));
        }
        for s in ["--", ".-", "—", "–", "_", "-", ":"] {
            if let Some(after) = t.strip_prefix(s) {
                if s == "_" && !after.is_empty() && !after.starts_with(char::is_whitespace) {
                    continue;
                }
                if s == "-" && after.starts_with(|c: char| c.is_ascii_digit()) {
                    continue;
                }
                return Some((&t[..s.len()], trim_start(after)));
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
                let len = i[..len].find("--").unwrap_or(len);
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
                "NEW YORK Sept. 15, 2004 - Millionaire",
                "NEW YORK Sept. 15, 2004",
                "NEW YORK",
                Some((9, 15)),
                &[],
                "-",
            ),
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
    fn markup_tags_open_as_the_gate_expects() {
        for tag in MARKUP_TAGS {
            assert!(matches!(tag.as_bytes()[0], b'<' | b'&'), "{tag}");
        }
    }

    proptest::proptest! {
        #[test]
        fn skip_markup_is_its_plain_loop(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "<p>", "</p>", "<br>", "&lt;p&gt;", "&lt;/p&gt;", "&lt;br&gt;", " ", "\n",
                    "<b>", "&amp;", "AP", "- ", "Seoul", "<", "&",
                ]),
                0..6,
            )
        ) {
            // The loop without its first-byte look.
            fn plain(i: &str) -> &str {
                let mut t = trim_start(i);
                while let Some(tag) = MARKUP_TAGS.into_iter().find(|tag| t.starts_with(tag)) {
                    t = trim_start(&t[tag.len()..]);
                }
                t
            }
            let text = pieces.concat();
            proptest::prop_assert_eq!(skip_markup(&text), plain(&text));
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
            // A date run onto a place without a comma: only a known place
            // in capitals, before a dash.
            "IBM Sept. 15, 2004 - IBM said",
            "Moscow Sept. 17, 2004 - Chechen rebels",
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
