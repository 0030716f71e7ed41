//! A deck_head (a standfirst) that a feed put before the story's credit or
//! dateline: `Tertiary index comes in at almost double expectations. LONDON
//! (Reuters) - The yen …`, `Single mothers, poverty were big factors    
//! HealthDayNews -- American teenagers …`.
//!
//! It is taken only when what follows it is a credit or a dateline on
//! strong evidence: a lead credit, or a dateline that credits an agency
//! the lexicon knows before a dash. The deck ends at a sentence's end or at
//! a run of spaces, within its first 300 bytes, and has three words at least.
//!
//! ```
//! use wirecopy::rules::deck::deck_head;
//! let lex = wirecopy::Lexicon::builtin();
//! let (d, gap, rest) = deck_head("Yen rallies on data. LONDON (Reuters) - The yen rose.", lex).unwrap();
//! assert_eq!((d, gap, rest), ("Yen rallies on data.", " ", "LONDON (Reuters) - The yen rose."));
//! assert!(deck_head("Yen rallies on data. LONDON is calm.", lex).is_none());
//! ```

use crate::lexicon::Lexicon;
use crate::text::floor;

/// The longest deck, in bytes.
const MAX_LEN: usize = 300;

/// The deck at the head of `text`, the white space after it and the text
/// from the credit or dateline on.
pub fn deck_head<'a>(text: &'a str, lexicon: &Lexicon) -> Option<(&'a str, &'a str, &'a str)> {
    // What follows a deck opens with a dash near its start (see
    // `strong_opening`): text with no dash at all has no deck.
    memchr::memchr2(b'-', 0xE2, text.as_bytes())?;
    let window = &text[..floor(text, MAX_LEN)];
    let b = window.as_bytes();
    // Each run of spaces is a candidate end: after a sentence's end, or
    // three spaces long.
    let mut next = 1;
    for i in memchr::memchr_iter(b' ', b) {
        if i < next {
            continue;
        }
        let sentence_end = matches!(b[i - 1], b'.' | b'?' | b'!');
        let spaces = b[i..].iter().take_while(|&&c| c == b' ').count();
        next = i + spaces;
        if sentence_end || spaces >= 3 {
            let deck = text[..i].trim_end();
            let rest = text[i..].trim_start_matches(' ');
            // A deck is a phrase of three words at least, not a place
            // (`MOSCOW. Oct 5 (Interfax) - `).
            if deck.split_whitespace().nth(2).is_some() && strong_opening(rest, lexicon) {
                return Some((deck, &text[deck.len()..text.len() - rest.len()], rest));
            }
        }
    }
    None
}

/// A lead credit, or a dateline that credits a known agency before a dash.
fn strong_opening(rest: &str, lexicon: &Lexicon) -> bool {
    if !rest.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // Both openings have a dash near the start (a credit within its 48
    // bytes, a dateline after its parentheses): a look for one settles most
    // sentence ends.
    // (`—` and `–` open with the byte 0xE2.)
    let head = &rest.as_bytes()[..rest.len().min(96)];
    if memchr::memchr2(b'-', 0xE2, head).is_none() {
        return false;
    }
    if super::lead_credit::lead_credit_head(rest, lexicon)
        .is_some_and(|(_, story)| !story.is_empty())
    {
        return true;
    }
    super::dateline::parse(rest, lexicon, false).is_some_and(|(d, story)| {
        !story.is_empty()
            && matches!(d.separator(), "-" | "--" | "—" | "–" | "_")
            && !d.agencies().is_empty()
            && d.agencies()
                .iter()
                .all(|a| lexicon.agencies().find(a).is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decks_need_a_strong_opening_after_them() {
        let lex = Lexicon::builtin();
        let (d, _, rest) = deck_head(
            "Poverty matters in school    HealthDayNews -- Teens who live",
            lex,
        )
        .unwrap();
        assert_eq!(
            (d, rest),
            (
                "Poverty matters in school",
                "HealthDayNews -- Teens who live"
            )
        );
        for s in [
            "He said so. WASHINGTON is calm.",
            "He said so. Athens -- The city",
            "He said so.    And then",
            "No end here LONDON (Reuters) - The yen",
            "He said so. LONDON (Reuters) - ",
            "MOSCOW. Oct 5 (Interfax) - Russia said",
        ] {
            assert_eq!(deck_head(s, lex), None, "{s}");
        }
    }
}
