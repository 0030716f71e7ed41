//! The configurable parser: which agencies and portals it knows, and how
//! large an input it accepts.

use std::sync::LazyLock;

use crate::article::Article;
use crate::error::{Error, ErrorKind};
use crate::profile::{Agencies, Agency, Portal};

/// The default size limit: 16 MiB.
pub const DEFAULT_MAX_SIZE: usize = 16 * 1024 * 1024;

static BUILTIN: LazyLock<ArticleParser> = LazyLock::new(|| {
    let mut p = ArticleParser::empty();
    for a in crate::builtin::agencies() {
        p = p.with_agency(a);
    }
    for portal in crate::builtin::portals().into_iter().rev() {
        p = p.with_portal(portal);
    }
    p
});

/// A parser with its own agencies, portals and size limit.
///
/// [`ArticleParser::builtin`] is what [`crate::parse`] uses; `new()` starts
/// from a copy of it to add to.
///
/// ```
/// use wirecopy::{Agency, ArticleParser};
/// let parser = ArticleParser::new().with_agency(Agency::new("MENA"));
/// let a = parser.parse("Headline\n\nCAIRO, March 3 (MENA) - Egypt said.\n").unwrap();
/// assert_eq!(a.agencies(), ["MENA"]);
/// ```
///
/// It is also a [`nom::Parser`] that consumes all of its input, so it
/// composes with other nom parsers:
///
/// ```
/// use nom::{Parser, bytes::complete::tag, sequence::preceded};
/// let parser = wirecopy::ArticleParser::builtin();
/// let (_, a) = preceded(tag("---\n"), parser).parse("---\nHeadline\n\nBody.\n").unwrap();
/// assert_eq!(a.headline(), "Headline");
/// ```
#[derive(Debug, Clone)]
pub struct ArticleParser {
    agencies: Agencies,
    portals: Vec<Portal>,
    max_size: usize,
    /// The first four bytes of every portal disclaimer (inside its
    /// parentheses): a block that starts otherwise, and has not the generic
    /// opening, is no disclaimer.
    disclaimer_heads: Vec<u32>,
    /// A bit per length (0..=63) of the related-list headings (without a
    /// leading `#` run): a block of another length is no heading.
    heading_lens: u64,
    /// Per first byte, the block grammars a block may match ([`Opens`]
    /// bits): one look-up settles most paragraphs.
    opens: [u8; 256],
}

/// Bits of [`ArticleParser`]'s first-byte table: which block grammars a
/// block that starts with a given byte may match.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Opens;

impl Opens {
    pub(crate) const DISCLAIMER: u8 = 1;
    pub(crate) const CREDIT: u8 = 2;
    pub(crate) const BOILERPLATE: u8 = 4;

    /// The table for the grammar alone (no portal wordings yet).
    fn table() -> [u8; 256] {
        let mut t = [0u8; 256];
        for (b, bits) in (0u8..=255).zip(t.iter_mut()) {
            if crate::grammar::disclaimer::GENERIC_OPENINGS
                .iter()
                .any(|o| o.as_bytes()[0] == b)
            {
                *bits |= Opens::DISCLAIMER;
            }
            if crate::grammar::credit::may_open_credit(b) {
                *bits |= Opens::CREDIT;
            }
            if crate::grammar::credit::may_open_boilerplate(b) {
                *bits |= Opens::BOILERPLATE;
            }
        }
        t
    }
}

impl Default for ArticleParser {
    fn default() -> Self {
        ArticleParser::new()
    }
}

impl ArticleParser {
    /// The shared parser with the built-in agencies and portals.
    pub fn builtin() -> &'static ArticleParser {
        &BUILTIN
    }

    /// A parser with the built-in agencies and portals, to add to.
    pub fn new() -> Self {
        BUILTIN.clone()
    }

    /// A parser that knows no agency and no portal: only the shapes of the
    /// grammar are recognised.
    pub fn empty() -> Self {
        ArticleParser {
            agencies: Agencies::new(),
            portals: Vec::new(),
            max_size: DEFAULT_MAX_SIZE,
            disclaimer_heads: Vec::new(),
            heading_lens: 0,
            opens: Opens::table(),
        }
    }

    /// Adds an agency.
    pub fn with_agency(mut self, agency: Agency) -> Self {
        self.agencies.push(agency);
        self
    }

    /// Adds a portal profile; it is consulted before the ones already there.
    pub fn with_portal(mut self, portal: Portal) -> Self {
        for (wording, _) in portal.disclaimers() {
            let head = crate::grammar::head4(crate::grammar::disclaimer::strip_parens(wording));
            if !self.disclaimer_heads.contains(&head) {
                self.disclaimer_heads.push(head);
            }
            self.opens[usize::from(head as u8)] |= Opens::DISCLAIMER;
        }
        for list in portal.related_lists() {
            let len = crate::grammar::related::strip_hashes(list.heading()).len();
            self.heading_lens |= 1u64.checked_shl(len as u32).unwrap_or(0);
        }
        self.portals.insert(0, portal);
        self
    }

    /// Whether `block` (trimmed) has the length of some related heading.
    pub(crate) fn might_be_heading(&self, block: &str) -> bool {
        // A trimmed block that does not open with `#` has nothing to strip.
        let len = if block.starts_with('#') {
            crate::grammar::related::strip_hashes(block).len()
        } else {
            block.len()
        };
        len < 64 && self.heading_lens & (1 << len) != 0
    }

    /// Whether `block` (trimmed) can be a disclaimer at all: it opens like a
    /// portal's wording, or like the generic sentence.
    #[inline]
    pub(crate) fn might_be_disclaimer(&self, block: &str) -> bool {
        // One look-up settles most paragraphs: a first byte that no
        // wording and no generic opening has.
        if !self.may_open(block, Opens::DISCLAIMER) {
            return false;
        }
        crate::grammar::disclaimer::GENERIC_OPENINGS
            .iter()
            .any(|o| block.starts_with(o))
            || self
                .disclaimer_heads
                .contains(&crate::grammar::head4(block))
    }

    /// Whether `block` (trimmed) starts with a byte that the grammars of
    /// `bits` ([`Opens`]) accept.
    #[inline]
    pub(crate) fn may_open(&self, block: &str, bits: u8) -> bool {
        block
            .as_bytes()
            .first()
            .is_some_and(|&b| self.opens[usize::from(b)] & bits != 0)
    }

    /// Sets the largest input accepted, in bytes.
    pub fn with_max_size(mut self, bytes: usize) -> Self {
        self.max_size = bytes;
        self
    }

    /// The agencies this parser knows.
    pub fn agencies(&self) -> &Agencies {
        &self.agencies
    }

    /// The portals this parser knows, the latest added first.
    pub fn portals(&self) -> &[Portal] {
        &self.portals
    }

    /// The size limit in bytes.
    pub fn max_size(&self) -> usize {
        self.max_size
    }

    /// Parses one article. See [`crate::parse`].
    pub fn parse<'a>(&'a self, input: &'a str) -> Result<Article<'a>, Error> {
        if input.len() > self.max_size {
            return Err(too_large(input, self.max_size));
        }
        crate::grammar::page::article(input, self)
    }

    /// Parses one article from bytes. See [`crate::parse_bytes`].
    pub fn parse_bytes<'a>(&'a self, input: &'a [u8]) -> Result<Article<'a>, Error> {
        if input.len() > self.max_size {
            let valid = valid_prefix(&input[..self.max_size.min(input.len())]);
            return Err(Error::at(
                ErrorKind::TooLarge {
                    size: input.len(),
                    limit: self.max_size,
                },
                valid,
                self.max_size,
            ));
        }
        let (bom, text) = match input.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (3, rest),
            None => (0, input),
        };
        match std::str::from_utf8(text) {
            Ok(text) => self.parse(text).map_err(|e| e.shifted(bom)),
            Err(e) => {
                let at = e.valid_up_to();
                let valid = valid_prefix(&text[..at]);
                Err(Error::at(ErrorKind::InvalidUtf8 { byte: text[at] }, valid, at).shifted(bom))
            }
        }
    }
}

fn valid_prefix(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
    }
}

fn too_large(input: &str, limit: usize) -> Error {
    Error::at(
        ErrorKind::TooLarge {
            size: input.len(),
            limit,
        },
        input,
        limit,
    )
}

impl<'a> nom::Parser<&'a str> for &'a ArticleParser {
    type Output = Article<'a>;
    type Error = nom::error::Error<&'a str>;

    fn process<OM: nom::OutputMode>(
        &mut self,
        input: &'a str,
    ) -> nom::PResult<OM, &'a str, Self::Output, Self::Error> {
        use nom::Mode;
        match ArticleParser::parse(self, input) {
            Ok(article) => Ok((&input[input.len()..], OM::Output::bind(|| article))),
            Err(e) => {
                let mut off = e.offset().min(input.len());
                while !input.is_char_boundary(off) {
                    off -= 1;
                }
                let at = &input[off..];
                Err(nom::Err::Error(OM::Error::bind(|| {
                    nom::error::Error::new(at, nom::error::ErrorKind::Verify)
                })))
            }
        }
    }
}
