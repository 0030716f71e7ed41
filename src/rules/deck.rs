//! A deck (a standfirst) that a feed put before the story's credit or
//! dateline: `Tertiary index comes in at almost double expectations. LONDON
//! (Reuters) - The yen …`, `Single mothers, poverty were big factors    
//! HealthDayNews -- American teenagers …`.
//!
//! It is taken only when what follows it is a credit or a dateline on
//! strong evidence: a lead credit, or a dateline that credits an agency
//! the lexicon knows before a dash. The deck ends at a sentence's end or at
//! a run of spaces, within its first 300 bytes.
//!
//! ```
//! use wirecopy::rules::deck::deck;
//! let lex = wirecopy::Lexicon::builtin();
//! let (d, gap, rest) = deck("Yen rallies on data. LONDON (Reuters) - The yen rose.", lex).unwrap();
//! assert_eq!((d, gap, rest), ("Yen rallies on data.", " ", "LONDON (Reuters) - The yen rose."));
//! assert!(deck("Yen rallies on data. LONDON is calm.", lex).is_none());
//! ```

use crate::lexicon::Lexicon;
use crate::text::floor;

/// The longest deck, in bytes.
const MAX_LEN: usize = 300;

/// The deck at the head of `text`, the white space after it and the text
/// from the credit or dateline on.
pub fn deck<'a>(text: &'a str, lexicon: &Lexicon) -> Option<(&'a str, &'a str, &'a str)> {
    let window = &text[..floor(text, MAX_LEN)];
    let b = window.as_bytes();
    let mut i = 1;
    while i < b.len() {
        let sentence_end = matches!(b[i - 1], b'.' | b'?' | b'!') && b[i] == b' ';
        let spaces = b[i..].iter().take_while(|&&c| c == b' ').count();
        if sentence_end || spaces >= 3 {
            let deck = text[..i].trim_end();
            let rest = text[i..].trim_start_matches(' ');
            if !deck.is_empty() && strong_opening(rest, lexicon) {
                return Some((deck, &text[deck.len()..text.len() - rest.len()], rest));
            }
        }
        i += spaces.max(1);
    }
    None
}

/// A lead credit, or a dateline that credits a known agency before a dash.
fn strong_opening(rest: &str, lexicon: &Lexicon) -> bool {
    if !rest.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    if super::lead_credit::lead_credit(rest, lexicon).is_some_and(|(_, story)| !story.is_empty()) {
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
        let (d, _, rest) = deck("Poverty matters    HealthDayNews -- Teens who live", lex).unwrap();
        assert_eq!(
            (d, rest),
            ("Poverty matters", "HealthDayNews -- Teens who live")
        );
        for s in [
            "He said so. WASHINGTON is calm.",
            "He said so. Athens -- The city",
            "He said so.    And then",
            "No end here LONDON (Reuters) - The yen",
            "He said so. LONDON (Reuters) - ",
        ] {
            assert_eq!(deck(s, lex), None, "{s}");
        }
    }
}
