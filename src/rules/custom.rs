//! Rules of your own for a part of the page.
//!
//! A [`Rule`] is added to a parser with
//! [`ArticleParser::with_rule`](crate::ArticleParser::with_rule). Each of
//! its methods answers for one part of the page and defaults to "not
//! mine"; a rule implements the ones it knows. The page tries the custom
//! rules **before** the built-in ones, in the order they were added, and
//! takes the first answer:
//!
//! 1. [`Rule::block`], for every block of the body and its trailers, before
//!    the built-in disclaimer, credit, boilerplate and sign-off rules (the
//!    blocks under a related-list heading and after a notebook opens
//!    excepted: they are the list's and the notebook's);
//! 2. [`Rule::dateline`], on the first block of the body, before the
//!    built-in dateline rule;
//! 3. [`Rule::signoff`], on the last paragraph (and on a block that stands
//!    alone), before the built-in sign-off rule.
//!
//! Each method sees the parser's [`Lexicon`], so a rule can ask whether a
//! word names an agency the parser knows. What a rule returns is rendered
//! like the built-in values, so that a page it read renders back and reads
//! the same again.
//!
//! ```
//! use wirecopy::{Agency, ArticleParser, Lexicon, Placement, Rule, Signoff};
//!
//! /// Anadolu's `-- AA/hk/ms`: the agency, then desk initials after slashes.
//! #[derive(Debug)]
//! struct SlashSignoff;
//!
//! impl Rule for SlashSignoff {
//!     fn signoff<'a>(&self, p: &'a str, lex: &Lexicon) -> Option<(&'a str, Signoff<'a>)> {
//!         let at = p.rfind(" -- ")?;
//!         let tail = &p[at + 1..];
//!         let (agency, desks) = tail[3..].split_once('/')?;
//!         lex.agencies().find(agency)?;
//!         Some((&p[..at], Signoff::new(tail, agency, desks, Placement::Inline)))
//!     }
//! }
//!
//! let parser = ArticleParser::new()
//!     .with_agency(Agency::new("Anadolu").alias("AA"))
//!     .with_rule(SlashSignoff);
//! let a = parser.parse("Headline\n\nANKARA (AA) - Talks ended. -- AA/hk/ms")?;
//! assert_eq!(a.signoff().unwrap().agency(), "AA");
//! assert_eq!(a.paragraphs()[0].joined(), "Talks ended.");
//! assert_eq!(a.agencies(), ["Anadolu"]);
//! assert_eq!(parser.parse(&a.to_string())?, a);
//! # Ok::<(), wirecopy::Error>(())
//! ```

use std::fmt::Debug;

use crate::lexicon::Lexicon;
use crate::model::{Dateline, Signoff};

/// What a [`Rule`] says a whole block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockKind {
    /// Body text: no built-in trailer rule is tried on it.
    Paragraph,
    /// A credit line (`(Reporting by …)`): kept in
    /// [`Article::credits`](crate::Article::credits), its agencies counted.
    Credit,
    /// In-body boilerplate (`Also Read | …`): kept in
    /// [`Article::boilerplate`](crate::Article::boilerplate).
    Boilerplate,
}

/// A rule for one or more parts of the page; see the [module docs](self)
/// for the order in which rules are tried. Every method defaults to `None`.
pub trait Rule: Debug + Send + Sync {
    /// A dateline at the head of `text` (the body's first block, trimmed):
    /// the dateline and the story after it.
    fn dateline<'a>(&self, text: &'a str, lexicon: &Lexicon) -> Option<(Dateline<'a>, &'a str)> {
        let _ = (text, lexicon);
        None
    }

    /// A sign-off at the end of `paragraph` (trimmed): the text before it
    /// (empty when the whole block is the sign-off) and the sign-off.
    fn signoff<'a>(&self, paragraph: &'a str, lexicon: &Lexicon) -> Option<(&'a str, Signoff<'a>)> {
        let _ = (paragraph, lexicon);
        None
    }

    /// What the whole `block` (trimmed) is, if this rule knows.
    fn block(&self, block: &str, lexicon: &Lexicon) -> Option<BlockKind> {
        let _ = (block, lexicon);
        None
    }
}
