//! The place of a dateline: words that open with a capital (or connectors
//! such as `de`, `upon`), segments joined by `/`, `[Country]` and
//! `(State)` qualifiers.

use crate::lexicon::Agencies;
use crate::text::{floor, offset_in, trim_start};

use crate::rules::agency::is_agency_list;
use crate::rules::date::date;

/// A name with a dot between letters (`CBS.MW`, `FT.com`): a web source,
/// not a region.
fn is_dotted(s: &str) -> bool {
    s.as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_alphanumeric() && w[1] == b'.' && w[2].is_ascii_alphabetic())
}

/// Lower-case words that join the words of a place (`Rio de Janeiro`,
/// `Stratford-upon-Avon`, `Bandar Seri Begawan`): a `match`, which compiles
/// to a switch on length and bytes, where a list would compare one by one.
pub(crate) fn is_connector(w: &str) -> bool {
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

/// A lower-case place (`omaha`, `des moines`, `Mexico city`): at most four
/// words, none of them an English function word.
pub(crate) fn plausible_lower_place(place: &str) -> bool {
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

pub(crate) fn is_all_caps(s: &str) -> bool {
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

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-' | '*' | '&')
}

/// One word of a place name; returns its length.
pub(crate) fn place_word(i: &str, first: bool, lenient: bool) -> Option<usize> {
    let capital = match *i.as_bytes().first()? {
        b'*' => true,
        c if c.is_ascii() => c.is_ascii_alphabetic() && (lenient || !c.is_ascii_lowercase()),
        _ => {
            let c = i.chars().next()?;
            c.is_alphabetic() && (lenient || !c.is_lowercase())
        }
    };
    const WORD: [bool; 256] = crate::text::ascii_word_bytes(false, b".'-*&");
    let len = crate::text::run_len(i, |c| WORD[usize::from(c)], is_word_char);
    // A word ends before a separator glued to it (`BEIJING--Having`).
    // (A word is short: a byte loop, no searcher.)
    let len = i.as_bytes()[..len]
        .windows(2)
        .position(|w| w == b"--")
        .unwrap_or(len);
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
pub(crate) fn segment(i: &str, lenient: bool) -> Option<usize> {
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
        // round, which reads the same word), and not open a date
        // (`Cuba Aug. 26`).
        peeked = place_word(&i[end + gap..], false, lenient);
        let Some(len) = peeked else { break };
        // (A date has a digit right after its month word: only then is the
        // date grammar asked.)
        let after = i[end + gap + len..].trim_start_matches('.');
        if after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()))
            && date(&i[end + gap..]).is_some()
        {
            break;
        }
        end += gap;
    }
    (good_end > 0).then_some(good_end)
}

/// A place: segments joined by `/`, then `[Country]` / `(State)` qualifiers.
/// Returns the end of the place, whether it had a qualifier, and the rest.
pub(crate) fn place<'a>(
    i: &'a str,
    agencies: &Agencies,
    lenient: bool,
) -> Option<(usize, bool, &'a str)> {
    let mut end = segment(i, lenient)?;
    while let Some(r) = i[end..].strip_prefix('/') {
        if end > 80 {
            return None;
        }
        let r = trim_start(r);
        let len = segment(r, lenient)?;
        end = offset_in(i, r) + len;
    }
    if end > 80 {
        return None;
    }
    let mut qualified = false;
    for _ in 0..2 {
        let t = trim_start(&i[end..]);
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
        // Parentheses that credit an agency or name a web source
        // (`(CBS.MW)`) end the place.
        if open == b'('
            && (is_agency_list(inner, agencies)
                || agencies.find(inner).is_some()
                || is_dotted(inner)
                || segment(inner, false) != Some(inner.len()))
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
