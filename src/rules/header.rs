//! Header lines between the headline and the body: bylines (`By Park
//! Ji-won`, `By LINDSAY WHITEHURST and ASHRAF KHALIL`, `By PTI`), the `|` line
//! and desk lines (`Editorji News Desk`) of portals.
//!
//! A byline may name its writers' agency in lower case as the agency writes
//! itself (`By Manuel Schwarz, dpa`, `By dpa correspondents`), and the line
//! under it in its block may give the writer's title or affiliation
//! ([`byline_title_line`]: `AP Sports Writer`, `Associated Press`).
//!
//! ```
//! use wirecopy::rules::header::byline_line;
//! assert_eq!(byline_line("By Kim Soo-yeon"), Some("By Kim Soo-yeon"));
//! assert_eq!(byline_line("By Manuel Schwarz, dpa"), Some("By Manuel Schwarz, dpa"));
//! assert_eq!(byline_line("By destination, exports to the US grew 9.6 percent."), None);
//! ```

use nom::IResult;
use nom::error::{ContextError, ParseError};

use crate::lexicon::{Agencies, Lexicon, Portal};
use crate::text::{Lines, is_blank};

const NAME_JOINERS: &[&str] = &[
    "and", "&", "of", "de", "van", "von", "bin", "al", "in", "for", "da",
];

/// Words for the writers a byline may name in lower case after an agency
/// (`By dpa correspondents`, `By AFP staff`).
const STAFF_WORDS: &[&str] = &[
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "writer",
    "writers",
    "staff",
    "bureau",
];

/// The last word of a byline title: what a writer is (`AP Sports
/// Writer`, `Chief Correspondent`) or the press they write for (`Detroit
/// Free Press`). Compared ignoring ASCII case.
const TITLE_WORDS: &[&str] = &[
    "writer",
    "writers",
    "correspondent",
    "correspondents",
    "editor",
    "editors",
    "reporter",
    "reporters",
    "columnist",
    "critic",
    "photographer",
    "contributor",
    "analyst",
    "producer",
    "staff",
    "chief",
    "press",
];

/// Whether `word` is an agency written exactly as the lexicon writes it
/// (`dpa`): lower-case agency words count only so.
fn is_agency_as_written(word: &str, agencies: &Agencies) -> bool {
    agencies
        .find(word)
        .is_some_and(|a| a.name() == word || a.aliases().any(|x| x == word))
}

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

/// A byline line with the built-in agencies: `By` and up to ten name
/// words; see [`byline_line_in`].
pub fn byline_line(line: &str) -> Option<&str> {
    byline_line_in(line, Lexicon::builtin())
}

/// A byline line: `By` and up to ten words, each a name (capitalised), a
/// joiner (`and`, `de`, …), an agency of `lexicon` written as it writes
/// itself (`dpa`), or a word for its writers after a name
/// (`correspondents`, `staff`).
///
/// ```
/// use wirecopy::rules::header::byline_line_in;
/// let lex = wirecopy::Lexicon::builtin();
/// assert_eq!(byline_line_in("By dpa correspondents", lex), Some("By dpa correspondents"));
/// assert_eq!(byline_line_in("By PAUL BYRNE and ALMUDENA CALATRAVA", lex), Some("By PAUL BYRNE and ALMUDENA CALATRAVA"));
/// assert_eq!(byline_line_in("By then, most had left", lex), None);
/// assert_eq!(byline_line_in("By staff", lex), None);
/// ```
pub fn byline_line_in<'a>(line: &'a str, lexicon: &Lexicon) -> Option<&'a str> {
    let t = crate::text::trim(line);
    let rest = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY "))?;
    // No colon: `By IANS, Kolkata : The …` is a byline run into a dateline.
    if t.len() > 100 || t.contains(['\n', '\r', ':']) || t.ends_with('.') && !t.ends_with(" Jr.") {
        return None;
    }
    let mut n = 0;
    // A word that names someone (a capitalised word or an agency) came.
    let mut named = false;
    for w in rest.split([' ', ',']).filter(|w| !w.is_empty()) {
        n += 1;
        if n > 10 {
            return None;
        }
        let name = w.starts_with(|c: char| c.is_uppercase())
            || w.starts_with(|c: char| c.is_ascii_lowercase())
                && is_agency_as_written(w, lexicon.agencies());
        if name {
            named = true;
        } else if !(NAME_JOINERS.contains(&w) || named && STAFF_WORDS.contains(&w)) {
            return None;
        }
    }
    (n > 0).then_some(t)
}

/// The line under a byline in its block that gives the writer's title or
/// affiliation (NITF's `byttl`): an agency of `lexicon` named in words
/// (`Associated Press`, `The Associated Press`, `For The Associated
/// Press`; a code alone, `dpa`, is a sign-off's shape), or
/// capitalised words that end with what a writer is (`AP Sports Writer`,
/// `Chief Foreign Correspondent`, `Staff Writer`). At most 60 bytes, with
/// no sentence or dateline punctuation.
///
/// ```
/// use wirecopy::rules::header::byline_title_line;
/// let lex = wirecopy::Lexicon::builtin();
/// assert_eq!(byline_title_line("AP Sports Writer", lex), Some("AP Sports Writer"));
/// assert_eq!(byline_title_line("Associated Press", lex), Some("Associated Press"));
/// assert_eq!(byline_title_line("ATLANTA (AP) _ Luol Deng scored.", lex), None);
/// assert_eq!(byline_title_line("Hawks fans cheered the writer", lex), None);
/// ```
pub fn byline_title_line<'a>(line: &'a str, lexicon: &Lexicon) -> Option<&'a str> {
    let t = crate::text::trim(line);
    if t.is_empty() || t.len() > 60 || t.starts_with("By ") || t.starts_with("BY ") {
        return None;
    }
    // A sentence, a dateline, a time or a list is no title.
    let stop = |c: char| {
        c.is_ascii_digit()
            || matches!(
                c,
                '.' | ','
                    | ':'
                    | ';'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '_'
                    | '|'
                    | '!'
                    | '?'
                    | '"'
                    | '—'
                    | '–'
            )
    };
    if t.contains(stop) || t.contains(" - ") {
        return None;
    }
    let agencies = lexicon.agencies();
    let credited = t
        .strip_prefix("For ")
        .or_else(|| t.strip_prefix("for "))
        .unwrap_or(t);
    // An agency's name of several words (one word alone, `dpa`, reads as
    // a sign-off as well).
    if credited.contains(' ') && agencies.find(credited).is_some() {
        return Some(t);
    }
    let mut words = t.split(' ').filter(|w| !w.is_empty()).peekable();
    let mut n = 0;
    while let Some(w) = words.next() {
        n += 1;
        let last = words.peek().is_none();
        let ok = n <= 8
            && (w.starts_with(|c: char| c.is_uppercase())
                || matches!(w, "and" | "&" | "of" | "for" | "at" | "the")
                || is_agency_as_written(w, agencies)
                || last);
        if !ok {
            return None;
        }
        if last && !TITLE_WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)) {
            return None;
        }
    }
    (n > 0).then_some(t)
}

/// The agencies a byline or its title line names, as written: names of
/// two to five words that the lexicon knows (`The Associated Press`,
/// `Press Association` in `Press Association Sport Staff`), the longest
/// first, and words it knows: capitalised ones (`PTI`, `Reuters`), lower-case
/// ones only as the agency writes itself (`dpa`). Names do not run across
/// commas or `and`.
///
/// ```
/// use wirecopy::rules::header::byline_agencies;
/// let ag = wirecopy::Lexicon::builtin().agencies();
/// assert_eq!(byline_agencies("By The Associated Press", ag).collect::<Vec<_>>(), ["The Associated Press"]);
/// assert_eq!(byline_agencies("By Manuel Schwarz, dpa", ag).collect::<Vec<_>>(), ["dpa"]);
/// assert_eq!(byline_agencies("AP Sports Writer", ag).collect::<Vec<_>>(), ["AP"]);
/// assert_eq!(byline_agencies("By Kim Soo-yeon", ag).count(), 0);
/// ```
pub fn byline_agencies<'a>(
    byline: &'a str,
    agencies: &'a Agencies,
) -> impl Iterator<Item = &'a str> + 'a {
    let t = crate::text::trim(byline);
    let t = t
        .strip_prefix("By ")
        .or_else(|| t.strip_prefix("BY "))
        .unwrap_or(t);
    t.split(',')
        .flat_map(|p| p.split(" and "))
        .flat_map(move |part| name_segments(part, agencies))
        .flat_map(move |(seg, name)| {
            let words = ascii_words(seg).filter(move |w| {
                !name
                    && if w.starts_with(|c: char| c.is_ascii_uppercase()) {
                        agencies.find(w).is_some()
                    } else {
                        is_agency_as_written(w, agencies)
                    }
            });
            std::iter::once(seg).filter(move |_| name).chain(words)
        })
}

/// The words of `part` (separated by single spaces), each with whether it
/// is a name of the lexicon of two to five words (then the segment holds
/// them all) or one word.
fn name_segments<'a>(
    part: &'a str,
    agencies: &'a Agencies,
) -> impl Iterator<Item = (&'a str, bool)> + 'a {
    const MAX_WORDS: usize = 5;
    let mut rest = part;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(' ');
        if rest.is_empty() {
            return None;
        }
        // Where each of the next words ends (a double space ends a name).
        let mut ends = [0usize; MAX_WORDS];
        let mut n = 0;
        let mut at = 0;
        while n < MAX_WORDS {
            let end = rest[at..].find(' ').map_or(rest.len(), |i| at + i);
            ends[n] = end;
            n += 1;
            at = end + 1;
            if end == rest.len() || rest[at..].starts_with(' ') {
                break;
            }
        }
        let name = (1..n)
            .rev()
            .map(|k| &rest[..ends[k]])
            .find(|cand| agencies.find(cand).is_some());
        let seg = name.unwrap_or(&rest[..ends[0]]);
        rest = &rest[seg.len()..];
        Some((seg, name.is_some()))
    })
}

/// The ASCII words of `text` (runs of letters, digits and `-`), but a word
/// that runs on into a non-ASCII letter.
fn ascii_words(text: &str) -> impl Iterator<Item = &str> {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'-';
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            if !word(b[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && word(b[i]) {
                i += 1;
            }
            if i == b.len() || b[i].is_ascii() {
                return text.get(start..i);
            }
        }
        None
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> &'static Lexicon {
        Lexicon::builtin()
    }

    #[test]
    fn bylines_with_agencies_in_lower_case() {
        for line in [
            "By Manuel Schwarz, dpa",
            "By dpa correspondents",
            "By Anna Ringle and Jan Peters, dpa",
            "By AFP staff",
            "By Kim Soo-yeon",
            "By PTI",
        ] {
            assert_eq!(byline_line_in(line, lex()), Some(line), "{line}");
        }
        for line in [
            // Lower-case words that are no agency, or staff words with no
            // one named before them.
            "By then, most had left",
            "By staff",
            "By correspondents of dpa",
            "By the way",
            "By destination, exports to the US grew 9.6 percent.",
            // `dpa` only as dpa writes itself: a word the registry knows
            // in capitals is no name in lower case.
            "By reuters staff",
        ] {
            assert_eq!(byline_line_in(line, lex()), None, "{line}");
        }
        // Without the agency in the lexicon, `dpa` is a lower-case word.
        assert_eq!(
            byline_line_in("By Manuel Schwarz, dpa", &Lexicon::empty()),
            None
        );
    }

    #[test]
    fn byline_titles() {
        for line in [
            "AP Sports Writer",
            "Associated Press",
            "The Associated Press",
            "For The Associated Press",
            "Associated Press Writer",
            "Chief Foreign Correspondent",
            "Staff writer",
            "Detroit Free Press",
        ] {
            assert_eq!(byline_title_line(line, lex()), Some(line), "{line}");
        }
        for line in [
            "ATLANTA (AP) _ Luol Deng scored 30 points.",
            "WASHINGTON — The Senate voted",
            "The Senate passed the bill on Monday.",
            "Monday's games were postponed by the writer",
            "AMERICAN LEAGUE",
            "By CHARLES ODUM",
            "Updated : Aug 13, 2025 14:23",
            "Hawks 115, Heat 111 writer",
            "dpa",
            "Reuter",
            "",
        ] {
            assert_eq!(byline_title_line(line, lex()), None, "{line}");
        }
    }

    #[test]
    fn agencies_named_in_bylines() {
        let ag = lex().agencies();
        let got = |s| byline_agencies(s, ag).collect::<Vec<_>>();
        assert_eq!(got("By The Associated Press"), ["The Associated Press"]);
        assert_eq!(got("By Manuel Schwarz, dpa"), ["dpa"]);
        assert_eq!(got("By dpa correspondents"), ["dpa"]);
        assert_eq!(got("By Ann Lee, Press Association"), ["Press Association"]);
        assert_eq!(got("For The Associated Press"), ["The Associated Press"]);
        assert_eq!(
            got("By Press Association Sport Staff"),
            ["Press Association"]
        );
        assert_eq!(
            got("By Ann Lee, Associated Press Writer"),
            ["Associated Press"]
        );
        assert_eq!(got("By Ann Lee (Reuters/AFP)"), ["Reuters", "AFP"]);
        assert_eq!(got("By Manish Chand, IANS"), ["IANS"]);
        assert_eq!(got("AP Sports Writer"), ["AP"]);
        // Words run into other letters, and capitals of no agency, are none.
        assert!(got("By KIM AP’s correspondent").is_empty());
        assert!(got("By PAUL BYRNE and ALMUDENA CALATRAVA").is_empty());
        assert!(got("By Tom Krasovic, The San Diego Union-Tribune").is_empty());
    }
}
