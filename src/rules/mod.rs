//! The grammar, as public nom parsers over `&str`, one module per concern.
//!
//! Each parser is generic over the nom error type, so downstream crates pick
//! their own (`nom::error::Error`, `nom_language::error::VerboseError`, or a
//! custom one) and compose these pieces into grammars of their own:
//!
//! ```
//! use nom::{Parser, bytes::complete::tag, sequence::separated_pair};
//! use wirecopy::rules::dateline::dateline;
//!
//! // A one-line digest: `HEADLINE | CITY, Mon DD (AGENCY)`.
//! let line = "Rain lashes Kochi | Kochi, Mar 14 (PTI)";
//! let (head, rest) = line.split_once(" | ").unwrap();
//! let (_, d) = dateline::<nom::error::Error<&str>>(rest).unwrap();
//! assert_eq!((head, d.place()), ("Rain lashes Kochi", "Kochi"));
//! assert_eq!(d.agencies(), ["PTI"]);
//! # let _ = separated_pair(tag::<_, _, nom::error::Error<&str>>("a"), tag("|"), tag("b")).parse("a|b");
//! ```
//!
//! One module per part of a page. The page grammar splits the text into
//! blocks ([`text`](crate::text)) and runs these rules only at block edges:
//! the [`dateline`] at the head of the body, the [`signoff`] at its tail, the
//! [`timestamp`] and [`header`] lines before it, [`disclaimer`], [`credit`]
//! and [`related`] blocks around it, the [`notebook`] after it. [`date`]
//! reads the dates that datelines and timestamps share.
//!
//! **Names.** A function named for a part (`dateline`, `signoff`,
//! `timestamp`, `datetime`, `headline`, `byline`, `credit`, `disclaimer`,
//! `notebook`, `lead_credit`, `related_heading`, `related_pair`, `block`)
//! is a nom parser
//! over the head of its input, generic over the error type. A helper that
//! returns an `Option` (or a `bool`) has a suffix that says what it reads:
//! `_line` one line (`signoff_line`, `byline_line`, `heading_line`),
//! `_block` one block (`credit_block`, `disclaimer_block`), `_tail` the end
//! of a paragraph (`signoff_tail`, `disclaimer_tail`), `_head` the start of
//! a text (`lead_credit_head`, `deck_head`, `byline_dateline_head`).
//!
//! Every rule reads names (agencies, portal wordings, zones) from a
//! [`Lexicon`](crate::lexicon::Lexicon) it is given; the nom parsers without a
//! lexicon argument use [`Lexicon::builtin`](crate::lexicon::Lexicon::builtin).

pub(crate) mod agency;
pub mod credit;
pub mod custom;
pub mod date;
pub mod dateline;
pub mod deck;
pub mod disclaimer;
pub mod header;
pub mod lead_credit;
pub mod notebook;
pub mod related;
pub mod signoff;
pub mod timestamp;

use nom::IResult;
use nom::error::{ContextError, ErrorKind, ParseError};

/// What a block rule declares about the blocks it can match, so that the
/// page can turn a block away with a look-up: which first bytes the block
/// may open with and how long it may be. The page's first-byte table is
/// built from these declarations (and the lexicon's wordings) in one place.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Gate {
    /// Whether a block may open with this byte.
    pub(crate) opens: fn(u8) -> bool,
    /// The longest block the rule accepts, in bytes.
    pub(crate) max_len: usize,
}

/// Fails with `kind` at `i`, naming `ctx`.
pub(crate) fn fail<'a, T, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
    ctx: &'static str,
) -> IResult<&'a str, T, E> {
    Err(nom::Err::Error(E::add_context(
        i,
        ctx,
        E::from_error_kind(i, ErrorKind::Verify),
    )))
}

/// Runs `f` on the first line of `i` (without its line end) as a nom parser:
/// on success returns the value and the text after the line.
pub(crate) fn on_line<'a, T, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
    ctx: &'static str,
    f: impl FnOnce(&'a str) -> Option<T>,
) -> IResult<&'a str, T, E> {
    let mut lines = crate::text::Lines::new(i);
    let line = lines.next().unwrap_or("");
    match f(line) {
        Some(v) => Ok((lines.rest(), v)),
        None => fail(i, ctx),
    }
}

/// Runs `f` on the first block of `i` (see [`block`]) as a nom parser.
pub(crate) fn on_block<'a, T, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
    ctx: &'static str,
    f: impl FnOnce(&'a str) -> Option<T>,
) -> IResult<&'a str, T, E> {
    let (rest, b) = block::<E>(i)?;
    match f(b) {
        Some(v) => Ok((rest, v)),
        None => fail(i, ctx),
    }
}

/// The first block of `i` as a nom parser: skips blank lines, returns the
/// block and the text after it.
pub fn block<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, &'a str, E> {
    let mut blocks = crate::text::Blocks::new(i);
    match blocks.next() {
        Some(b) => Ok((blocks.rest(), b)),
        None => fail(i, "a block of text"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn block_parser_returns_the_rest() {
        let (rest, b) = super::block::<nom::error::Error<&str>>("\nA\nb\n\nC").unwrap();
        assert_eq!((b, rest), ("A\nb", "C"));
    }
}

/// The rules' nom parsers with a lexicon of your own: one handle that
/// carries it, for every part of a page. Each parser is generic over the
/// error type and adds a context string when it fails:
///
/// | parser | reads | context on failure |
/// |---|---|---|
/// | [`Grammar::lead_credit`] | `AP - ` at the head of the text | `a lead credit` |
/// | [`Grammar::dateline`] | a dateline and its separator | `a dateline` |
/// | [`Grammar::timestamp`] | the first line, a header time | `a header time` |
/// | [`Grammar::signoff`] | the first line, a sign-off | `a sign-off` |
/// | [`Grammar::disclaimer`] | the first block, a disclaimer | `a disclaimer` |
/// | [`Grammar::related_heading`] | the first line, a related-list heading | `a related-list heading` |
///
/// ```
/// use nom::{Parser, sequence::pair};
/// use nom_language::error::VerboseError;
/// use wirecopy::{Agency, Lexicon, rules::Grammar};
///
/// let lex = Lexicon::builtin().clone().with_agency(Agency::new("ZNA"));
/// let g = Grammar::new(&lex);
/// let (rest, (credit, dateline)) = pair(g.lead_credit::<VerboseError<&str>>(), g.dateline(false))
///     .parse("Reuters - ZEMBLA CITY, May 2 (ZNA) - Rain fell.")
///     .unwrap();
/// assert_eq!((credit.agency(), rest), (Some("Reuters"), "Rain fell."));
/// assert_eq!(dateline.agencies(), ["ZNA"]);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Grammar<'l> {
    lexicon: &'l crate::lexicon::Lexicon,
}

impl<'l> Grammar<'l> {
    /// The rules with `lexicon`'s agencies, portals, zones and places.
    pub fn new(lexicon: &'l crate::lexicon::Lexicon) -> Self {
        Grammar { lexicon }
    }

    /// A lead credit and the story after it (see [`lead_credit`]).
    pub fn lead_credit<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
        self,
    ) -> impl Fn(&'a str) -> IResult<&'a str, crate::model::LeadCredit<'a>, E> + 'l
    where
        'l: 'a,
    {
        move |i| match lead_credit::lead_credit_head(i, self.lexicon) {
            Some((c, rest)) => Ok((rest, c)),
            None => fail(i, "a lead credit"),
        }
    }

    /// A dateline and the story after it; `after_byline` as in
    /// [`dateline::dateline_in`].
    pub fn dateline<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
        self,
        after_byline: bool,
    ) -> impl Fn(&'a str) -> IResult<&'a str, crate::model::Dateline<'a>, E> + 'l {
        dateline::dateline_in(self.lexicon, after_byline)
    }

    /// The first line as a header time (see [`timestamp::timestamp_line`]).
    pub fn timestamp<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
        self,
    ) -> impl Fn(&'a str) -> IResult<&'a str, crate::model::Timestamp<'a>, E> + 'l {
        move |i| {
            on_line(i, "a header time", |l| {
                timestamp::timestamp_line(l, self.lexicon)
            })
        }
    }

    /// The first line as a sign-off (see [`signoff::signoff_line`]).
    pub fn signoff<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
        self,
    ) -> impl Fn(&'a str) -> IResult<&'a str, crate::model::Signoff<'a>, E> + 'l {
        move |i| {
            on_line(i, "a sign-off", |l| {
                signoff::signoff_line(l, self.lexicon.agencies())
            })
        }
    }

    /// The first block as a disclaimer (see [`disclaimer::disclaimer_block`]).
    pub fn disclaimer<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
        self,
    ) -> impl Fn(&'a str) -> IResult<&'a str, crate::model::Disclaimer<'a>, E> + 'l
    where
        'l: 'a,
    {
        move |i| {
            on_block(i, "a disclaimer", |b| {
                disclaimer::disclaimer_block(b, self.lexicon.portals())
            })
        }
    }

    /// The first line as a related-list heading (see [`related::heading_line`]).
    pub fn related_heading<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
        self,
    ) -> impl Fn(&'a str) -> IResult<&'a str, crate::lexicon::RelatedShape, E> + 'l {
        move |i| {
            on_line(i, "a related-list heading", |l| {
                related::heading_line(l, self.lexicon.portals())
            })
        }
    }
}
