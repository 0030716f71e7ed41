//! What a dateline candidate is accepted on: named evidence, and the
//! combinations of it that a copy editor would take for a dateline.
//!
//! The grammar reads a candidate (a place, maybe a date, maybe an agency or
//! a source in parentheses, a separator) and notes what it saw as
//! [`Evidence`]. [`ACCEPTED`] lists, one row each, the combinations that
//! make a dateline; [`REJECTED`] lists what turns a candidate away unless
//! it has the evidence the row names. A candidate is a dateline when it has
//! every piece of evidence of some row of `ACCEPTED` and no row of
//! `REJECTED` applies. Where the evidence is weak there is
//! no row: an invented place is worse than a missed one.
//!
//! A new shape goes in as a row here (and, if the grammar must see
//! something new, as a new kind of evidence), not as a flag in the grammar.

use std::fmt;

/// Pieces of evidence, as bits of one set.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Evidence(u32);

macro_rules! evidence {
    ($($(#[$doc:meta])* $name:ident = $bit:expr;)*) => {
        impl Evidence {
            $($(#[$doc])* pub(crate) const $name: Evidence = Evidence(1 << $bit);)*
            /// Every kind, with its name (for `Debug` and the tests).
            pub(crate) const ALL: &'static [(&'static str, Evidence)] = &[$((stringify!($name), Evidence::$name)),*];
        }
    };
}

evidence! {
    /// A dash or underscore separator (` - `, ` -- `, ` — `, ` _ `).
    DASH = 0;
    /// A colon separator (`: `, ` : `).
    COLON = 1;
    /// No separator: the story runs on after a space.
    NO_SEPARATOR = 2;
    /// A date (`Aug 13`, `13 Jan`).
    DATE = 3;
    /// The date names a year.
    YEAR = 4;
    /// An agency the lexicon knows, in parentheses or bare (`(AP)`, `AAP`).
    KNOWN_AGENCY = 5;
    /// A short all-caps code in parentheses the lexicon does not know (`(MENA)`).
    AGENCY_CODE = 6;
    /// A source in parentheses that is no agency: a web site, a paper (`(CBS.MW)`).
    SOURCE = 7;
    /// The place is written in capitals (`WASHINGTON`).
    ALL_CAPS_PLACE = 8;
    /// The place has a region or country after it (`, Iraq`, `, Neb.`, `[India]`, `(Karnataka)`).
    QUALIFIER = 9;
    /// The place, or its region, is in the gazetteer.
    KNOWN_PLACE = 10;
    /// A byline came just before (`By IANS, Kolkata : `).
    AFTER_BYLINE = 11;
    /// The dateline stands alone in its block.
    END_OF_BLOCK = 12;
    /// The story after it opens with a capital letter.
    CAPITAL_NEXT = 13;
    /// The place mixes an all-caps word with a title-case one (`BASEBALL Atlanta`): a label over a list.
    MIXED_CASE_PLACE = 14;
    /// The place is a word that opens notes and labels, not stories (`UPDATE`, `RPT`).
    LABEL_WORD = 15;
    /// The month was a misspelling (`Marc`, `Apri`).
    FUZZY_MONTH = 16;
    /// The place is in lower case (`omaha`), as the lenient reading allows.
    LOWER_CASE_PLACE = 17;
    /// A lower-case place that reads like a place (few words, no function word).
    PLAUSIBLE_LOWER_PLACE = 18;
    /// An agency the lexicon knows, written without parentheses (`AUCKLAND, May 5 AAP - `).
    BARE_AGENCY = 19;
    /// The place is more than one short word (`UK`, `ATI` are not).
    LONG_ENOUGH = 20;
    /// The date follows the place with no comma between them (`NEW YORK
    /// Sept. 15, 2004 - `).
    DATE_WITHOUT_COMMA = 21;
}

impl Evidence {
    /// The empty set.
    pub(crate) const NONE: Evidence = Evidence(0);

    /// Both sets.
    pub(crate) const fn and(self, other: Evidence) -> Evidence {
        Evidence(self.0 | other.0)
    }

    /// Whether every piece of `other` is here.
    pub(crate) const fn has(self, other: Evidence) -> bool {
        self.0 & other.0 == other.0
    }

    /// Adds `other` when `cond` holds.
    pub(crate) fn add_if(&mut self, cond: bool, other: Evidence) {
        if cond {
            *self = self.and(other);
        }
    }

    /// Whether some row of [`ACCEPTED`] holds, rejections aside: a
    /// necessary condition for [`accepted`](Evidence::accepted), which
    /// more evidence can only turn into a rejection (evidence that turns
    /// a candidate away never makes one).
    pub(crate) fn may_be_accepted(self) -> bool {
        ACCEPTED.iter().any(|&(_, row)| self.has(row))
    }

    /// The row of [`ACCEPTED`] this evidence satisfies, if it is a dateline.
    pub(crate) fn accepted(self) -> Option<&'static str> {
        let rejected = REJECTED
            .iter()
            .any(|&(_, when, unless)| self.has(when) && !unless.iter().any(|&u| self.has(u)));
        if rejected {
            return None;
        }
        ACCEPTED
            .iter()
            .find(|&&(_, row)| self.has(row))
            .map(|&(why, _)| why)
    }
}

impl fmt::Debug for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set()
            .entries(
                Evidence::ALL
                    .iter()
                    .filter(|(_, e)| self.has(*e))
                    .map(|(n, _)| n),
            )
            .finish()
    }
}

const fn all(parts: &[Evidence]) -> Evidence {
    let mut e = Evidence::NONE;
    let mut i = 0;
    while i < parts.len() {
        e = e.and(parts[i]);
        i += 1;
    }
    e
}

use Evidence as E;

/// The combinations that make a dateline, each with the reason a copy
/// editor would give. Upper-case places need a qualifier or the gazetteer
/// before a bare dash: AP style writes a region after every city but the
/// well-known ones, and a team or a section label (`TACOMA RAINIERS - `) is
/// neither.
pub(crate) const ACCEPTED: &[(&str, Evidence)] = &[
    ("an agency the lexicon knows", E::KNOWN_AGENCY),
    ("a date and an agency code", all(&[E::DATE, E::AGENCY_CODE])),
    (
        "a bare agency before a dash",
        all(&[E::BARE_AGENCY, E::DASH]),
    ),
    (
        "a bare agency before a colon",
        all(&[E::BARE_AGENCY, E::COLON]),
    ),
    (
        "an agency code before a dash",
        all(&[E::AGENCY_CODE, E::DASH]),
    ),
    (
        "an agency code before a colon",
        all(&[E::AGENCY_CODE, E::COLON]),
    ),
    ("a source before a dash", all(&[E::SOURCE, E::DASH])),
    ("a date before a dash", all(&[E::DATE, E::DASH])),
    ("a date before a colon", all(&[E::DATE, E::COLON])),
    (
        "a date after an all-caps place",
        all(&[E::DATE, E::ALL_CAPS_PLACE]),
    ),
    ("a date with a year", all(&[E::DATE, E::YEAR])),
    (
        "a date alone in its block",
        all(&[E::DATE, E::END_OF_BLOCK]),
    ),
    (
        "an all-caps place with a region, before a dash",
        all(&[E::ALL_CAPS_PLACE, E::QUALIFIER, E::DASH]),
    ),
    (
        "a known place before a dash and a capital",
        all(&[E::KNOWN_PLACE, E::DASH, E::CAPITAL_NEXT]),
    ),
    (
        "a known place before a dash, alone in its block",
        all(&[E::KNOWN_PLACE, E::DASH, E::END_OF_BLOCK]),
    ),
    (
        "a place with a region, before a colon",
        all(&[E::QUALIFIER, E::COLON]),
    ),
    (
        "a known place before a colon and a capital",
        all(&[E::KNOWN_PLACE, E::COLON, E::CAPITAL_NEXT]),
    ),
    (
        "a known place before a colon, alone in its block",
        all(&[E::KNOWN_PLACE, E::COLON, E::END_OF_BLOCK]),
    ),
    (
        "an all-caps place after a byline, before a colon",
        all(&[E::AFTER_BYLINE, E::ALL_CAPS_PLACE, E::COLON]),
    ),
    (
        "a known place after a byline, before a colon",
        all(&[E::AFTER_BYLINE, E::KNOWN_PLACE, E::COLON]),
    ),
    (
        "a known all-caps place alone in its block",
        all(&[E::ALL_CAPS_PLACE, E::KNOWN_PLACE, E::END_OF_BLOCK]),
    ),
    (
        "a known all-caps place, the story running on with a capital",
        all(&[
            E::ALL_CAPS_PLACE,
            E::KNOWN_PLACE,
            E::LONG_ENOUGH,
            E::NO_SEPARATOR,
            E::CAPITAL_NEXT,
        ]),
    ),
];

/// What turns a candidate away, unless it has all the evidence of one of
/// the sets after it.
pub(crate) const REJECTED: &[(&str, Evidence, &[Evidence])] = &[
    (
        "a place in mixed case, a label over a list, without a date",
        E::MIXED_CASE_PLACE,
        &[E::DATE],
    ),
    (
        "a word of notes and labels, not a place",
        E::LABEL_WORD,
        &[],
    ),
    (
        "a misspelt month, without a dash or an agency",
        E::FUZZY_MONTH,
        &[E::DASH, E::KNOWN_AGENCY, E::AGENCY_CODE],
    ),
    (
        "a lower-case place, without a date, a dash and a plausible shape",
        E::LOWER_CASE_PLACE,
        &[all(&[E::DATE, E::DASH, E::PLAUSIBLE_LOWER_PLACE])],
    ),
    (
        "a date run onto the place, unless the place is a known one in capitals, \
         before a dash or a known agency",
        E::DATE_WITHOUT_COMMA,
        &[
            all(&[E::ALL_CAPS_PLACE, E::KNOWN_PLACE, E::LONG_ENOUGH, E::DASH]),
            all(&[
                E::ALL_CAPS_PLACE,
                E::KNOWN_PLACE,
                E::LONG_ENOUGH,
                E::KNOWN_AGENCY,
            ]),
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_its_own_bit() {
        let mut seen = Evidence::NONE;
        for &(name, e) in Evidence::ALL {
            assert_eq!(e.0.count_ones(), 1, "{name}");
            assert_eq!(seen.0 & e.0, 0, "{name} shares a bit");
            seen = seen.and(e);
        }
    }

    /// The gate in `with_place`: evidence read after it (what only turns
    /// candidates away, the shape of a lower-case place, the gazetteer)
    /// never makes a dateline of a candidate the gate turned away. Checked
    /// over every set of the kinds.
    #[test]
    fn the_gate_before_dear_evidence_is_sound() {
        let later = all(&[
            E::MIXED_CASE_PLACE,
            E::LABEL_WORD,
            E::LOWER_CASE_PLACE,
            E::PLAUSIBLE_LOWER_PLACE,
            E::KNOWN_PLACE,
        ]);
        for bits in 0u32..(1 << Evidence::ALL.len()) {
            let e = Evidence(bits);
            if e.accepted().is_some() {
                let before_gate = Evidence(bits & !later.0);
                assert!(
                    before_gate.and(E::KNOWN_PLACE).may_be_accepted(),
                    "{e:?} is a dateline but the gate turns {before_gate:?} away"
                );
            }
        }
    }

    #[test]
    fn weak_evidence_is_no_dateline() {
        // `AP - A company …`: a short all-caps word before a dash.
        assert_eq!(all(&[E::ALL_CAPS_PLACE, E::DASH]).accepted(), None);
        // `Advanced Micro Devices (AMD) plans …`: a code, then the verb.
        assert_eq!(all(&[E::AGENCY_CODE, E::NO_SEPARATOR]).accepted(), None);
        // `MARK COLVIN: …`, `Tuesday: …`.
        assert_eq!(all(&[E::ALL_CAPS_PLACE, E::COLON]).accepted(), None);
        assert_eq!(E::COLON.accepted(), None);
        // `BASEBALL Atlanta (NL): Recalled …`.
        assert_eq!(
            all(&[E::MIXED_CASE_PLACE, E::QUALIFIER, E::COLON]).accepted(),
            None
        );
    }

    #[test]
    fn strong_evidence_is_a_dateline() {
        assert!(
            all(&[E::KNOWN_AGENCY, E::NO_SEPARATOR])
                .accepted()
                .is_some()
        );
        assert!(
            all(&[E::ALL_CAPS_PLACE, E::QUALIFIER, E::DASH])
                .accepted()
                .is_some()
        );
        assert!(
            all(&[E::KNOWN_PLACE, E::COLON, E::CAPITAL_NEXT])
                .accepted()
                .is_some()
        );
        // `Jordan - the kingdom has …`: a known place before prose.
        assert_eq!(all(&[E::KNOWN_PLACE, E::DASH]).accepted(), None);
        assert!(all(&[E::DATE, E::DASH]).accepted().is_some());
        // `NEW YORK Sept. 15, 2004 - `: a date with no comma before it
        // counts only after a known place in capitals, before a dash.
        let run_onto = all(&[E::DATE, E::YEAR, E::DATE_WITHOUT_COMMA, E::LONG_ENOUGH]);
        let known_caps = all(&[E::ALL_CAPS_PLACE, E::KNOWN_PLACE]);
        assert!(run_onto.and(known_caps).and(E::DASH).accepted().is_some());
        assert!(
            run_onto
                .and(known_caps)
                .and(E::KNOWN_AGENCY)
                .accepted()
                .is_some()
        );
        // Not without the dash or agency, the capitals, the gazetteer or
        // the length (`ATI 15 Sept. 2004 - `).
        assert_eq!(run_onto.and(known_caps).accepted(), None);
        assert_eq!(
            run_onto.and(E::ALL_CAPS_PLACE).and(E::DASH).accepted(),
            None
        );
        assert_eq!(run_onto.and(E::KNOWN_PLACE).and(E::DASH).accepted(), None);
        let short = all(&[E::DATE, E::DATE_WITHOUT_COMMA, E::DASH]).and(known_caps);
        assert_eq!(short.accepted(), None);
        // A lower-case place is taken only with a date, a dash and a
        // plausible shape.
        assert_eq!(
            all(&[E::LOWER_CASE_PLACE, E::DATE, E::DASH]).accepted(),
            None
        );
        assert!(
            all(&[
                E::LOWER_CASE_PLACE,
                E::PLAUSIBLE_LOWER_PLACE,
                E::DATE,
                E::DASH
            ])
            .accepted()
            .is_some()
        );
        // A misspelt month needs a dash or an agency.
        assert_eq!(all(&[E::FUZZY_MONTH, E::DATE, E::COLON]).accepted(), None);
        assert!(
            all(&[E::FUZZY_MONTH, E::DATE, E::DASH])
                .accepted()
                .is_some()
        );
    }
}
