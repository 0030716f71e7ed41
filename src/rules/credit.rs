//! Credit lines and in-body boilerplate.
//!
//! Credits — `(With inputs from PTI)`, `(Reporting by A in X; Editing by B)`,
//! `Copyright © 2013 Reuters` — are neither body nor sign-off; the agencies
//! they name count in the article's agencies. Boilerplate — `Also Read | …`,
//! `ALSO READ | …`, `Also Read: …`, `Image Credit: ANI` — is kept out of the body.
//!
//! ```
//! use wirecopy::rules::credit::{credit_block, credit_agencies, boilerplate_block};
//! let agencies = wirecopy::Lexicon::builtin().agencies();
//! let c = credit_block("(With inputs from Press Trust of India and MENA)").unwrap();
//! assert_eq!(credit_agencies(c, agencies).collect::<Vec<_>>(), ["PTI", "MENA"]);
//! assert!(boilerplate_block("Also Read | Delhi Metro Extends Timings"));
//! assert!(credit_block("(He was speaking at a rally)").is_none());
//! ```

use nom::IResult;
use nom::error::{ContextError, ParseError};

use crate::lexicon::Agencies;

const CREDIT_OPENERS: &[&str] = &[
    "with inputs from",
    "with input from",
    "inputs from",
    "reporting by",
    "additional reporting by",
    "writing by",
    "editing by",
    "compiled by",
    "written by",
];

/// The nom form of [`credit_block`]: the first block of the input is a credit line.
///
/// ```
/// let (_, c) = wirecopy::rules::credit::credit::<nom::error::Error<&str>>("(With inputs from PTI)\n").unwrap();
/// assert_eq!(c, "(With inputs from PTI)");
/// ```
pub fn credit<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, &'a str, E> {
    super::on_block(i, "a credit line", credit_block)
}

/// A whole block that is a credit line; returns it trimmed.
pub fn credit_block(block: &str) -> Option<&str> {
    let t = crate::text::trim(block);
    if t.len() > 400 {
        return None;
    }
    if let Some(inner) = t.strip_prefix('(') {
        if !t.ends_with(')') {
            return None;
        }
        return CREDIT_OPENERS
            .iter()
            .any(|o| starts_with_ignore_case(inner, o))
            .then_some(t);
    }
    use crate::text::opens_with_words as opens;
    (opens(t, &["Copyright", "©"]) || opens(t, &["Copyright", "(c)"]) || opens(t, &["©"]))
        .then_some(t)
}

/// The credit-line rule's gate.
pub(crate) const CREDIT_GATE: super::Gate = super::Gate {
    opens: may_open_credit,
    max_len: usize::MAX,
};

/// The boilerplate rule's gate.
pub(crate) const BOILERPLATE_GATE: super::Gate = super::Gate {
    opens: may_open_boilerplate,
    max_len: usize::MAX,
};

/// Whether a text that starts with byte `b` may be a credit: `(`, `C`
/// (`Copyright`) or the first byte of `©`.
#[inline]
pub(crate) fn may_open_credit(b: u8) -> bool {
    matches!(b, b'(' | b'C') || b == "©".as_bytes()[0]
}

/// The agencies a credit names, normalised: the list after `inputs from`
/// (known agencies, and unknown short codes), or else the known agencies
/// named anywhere in it.
pub fn credit_agencies<'a>(
    credit: &'a str,
    agencies: &'a Agencies,
) -> impl Iterator<Item = &'a str> + 'a {
    let list = find_ignore_case(credit, "inputs from ").map(|at| {
        let r = &credit[at + "inputs from ".len()..];
        r.trim_end_matches([')', '.'])
    });
    let listed = list.into_iter().flat_map(move |l| {
        l.split([',', '/', '&'])
            .flat_map(|p| p.split(" and "))
            .map(|n| n.trim().trim_end_matches('.'))
            .filter(|n| !n.is_empty())
            .filter_map(move |n| match agencies.find(n) {
                Some(a) => Some(a.name()),
                None => super::agency::is_agency_code(n, agencies).then_some(n),
            })
    });
    let named = if list.is_some() { "" } else { credit };
    let words = named
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .filter_map(move |w| agencies.find(w).map(|a| a.name()));
    listed.chain(words)
}

const BOILERPLATE_OPENERS: [&str; 6] = [
    "also read",
    "read also",
    "read more",
    "image credit",
    "image source",
    "photo credit",
];

/// The first four bytes of each opener, as `head4` reads them.
const OPENER_HEADS: [u32; BOILERPLATE_OPENERS.len()] = {
    let mut heads = [0; BOILERPLATE_OPENERS.len()];
    let mut i = 0;
    while i < heads.len() {
        heads[i] = crate::text::head4(BOILERPLATE_OPENERS[i]);
        i += 1;
    }
    heads
};

/// Whether a text that starts with byte `b` may start with an opener: every
/// opener starts with `a`, `r`, `i` or `p`, in either case (a unit test
/// keeps this in step with `BOILERPLATE_OPENERS`).
#[inline]
pub(crate) fn may_open_boilerplate(b: u8) -> bool {
    matches!(b | 0x20, b'a' | b'r' | b'i' | b'p')
}

/// Whether `label` (`Image Credit`) opens boilerplate lines.
pub(crate) fn is_boilerplate_opener(label: &str) -> bool {
    let label = crate::text::trim(label);
    label
        .as_bytes()
        .first()
        .is_some_and(|&b| may_open_boilerplate(b))
        && BOILERPLATE_OPENERS
            .iter()
            .any(|o| o.eq_ignore_ascii_case(label))
}

/// Whether a block is boilerplate that is not part of the body: an opener
/// (`Also Read`, `Image Credit`, …, any case) then `|`, `:` or a dash, with or
/// without spaces between.
pub fn boilerplate_block(block: &str) -> bool {
    let t = crate::text::trim_start(block);
    if !t
        .as_bytes()
        .first()
        .is_some_and(|&b| may_open_boilerplate(b))
    {
        return false;
    }
    // The first four bytes, folded to lower case, against each opener's
    // (all letters) before a whole comparison.
    let head = crate::text::head4(t) | 0x2020_2020;
    for (opener, &opener_head) in BOILERPLATE_OPENERS.iter().zip(&OPENER_HEADS) {
        if opener_head == head && starts_with_ignore_case(t, opener) {
            let r = t[opener.len()..].trim_start();
            return r.starts_with(['|', ':', '-', '–', '—']);
        }
    }
    false
}

pub(crate) fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Where the ASCII `needle` (lower case) first occurs in `s`, ignoring ASCII
/// case: candidates are found with `memchr` on the needle's first letter.
fn find_ignore_case(s: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    let first = needle.as_bytes()[0];
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), s.as_bytes()).find(|&i| {
        s.as_bytes()
            .get(i..i + n)
            .is_some_and(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    #[test]
    fn the_credit_gate_lets_every_credit_through() {
        // Each shape `credit` accepts opens with a byte the gate lets through.
        for c in [
            "(With inputs from PTI)",
            "(Reporting by Anna Keller; Editing by Tom Hughes)",
            "Copyright © 2024 The Associated Press",
            "Copyright (c) 2024 AFP",
            "© Reuters 2024",
        ] {
            assert!(credit_block(c).is_some(), "{c}");
            assert!(may_open_credit(c.as_bytes()[0]), "{c}");
        }
        assert!(!may_open_credit(b'T') && !may_open_credit(b'c'));
    }

    #[test]
    fn the_opener_gate_lets_every_opener_through() {
        for o in BOILERPLATE_OPENERS {
            let b = o.as_bytes()[0];
            assert!(
                may_open_boilerplate(b) && may_open_boilerplate(b.to_ascii_uppercase()),
                "{o}"
            );
        }
        assert!(
            !may_open_boilerplate(b'T')
                && !may_open_boilerplate(b'(')
                && !may_open_boilerplate(0xE2)
        );
    }

    #[test]
    fn credits_and_their_agencies() {
        let ag = Lexicon::builtin().agencies();
        for (text, names) in [
            ("(With inputs from PTI)", vec!["PTI"]),
            ("(with inputs from PTI)", vec!["PTI"]),
            ("(With inputs from Reuters)", vec!["Reuters"]),
            ("(With inputs from agencies.)", vec![]),
            (
                "(Reporting by Henrik Aasen; Editing by Clare Whitfield)",
                vec![],
            ),
            ("Copyright © 2013 Reuters", vec!["Reuters"]),
        ] {
            let c = credit_block(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(credit_agencies(c, ag).collect::<Vec<_>>(), names, "{text}");
        }
    }

    #[test]
    fn boilerplate_lines() {
        assert!(boilerplate_block("ALSO READ | x"));
        assert!(boilerplate_block("Also Read: x"));
        assert!(boilerplate_block("Image Credit: ANI"));
        assert!(boilerplate_block("Image Credit :ANI"));
        assert!(!boilerplate_block("Image Credits are due"));
        assert!(!boilerplate_block("Also, read the report"));
    }
}
