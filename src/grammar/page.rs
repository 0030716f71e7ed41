//! The page grammar: headline, header, body, trailers.
//!
//! The text is split into blocks once, front to back
//! ([`Blocks`](super::wire::Blocks)); each block
//! is classified as it comes:
//!
//! 1. before the first paragraph: header lines (time, `|`, byline, desk);
//! 2. after a related-list heading: list entries (a disclaimer still counts);
//! 3. otherwise: related heading, disclaimer, credit, boilerplate, a sign-off
//!    line, or a paragraph — the first paragraph gets the dateline grammar at
//!    its head, the last gets the disclaimer and sign-off grammars at its tail.
//!
//! ```
//! let a = wirecopy::grammar::page::parse_with(
//!     "Headline\n\nBy Park Ji-won\n\nSEOUL, Nov. 24 (Yonhap) -- Exports rose.\n",
//!     wirecopy::ArticleParser::builtin(),
//! ).unwrap();
//! assert_eq!(a.byline(), Some("By Park Ji-won"));
//! assert_eq!(a.dateline().unwrap().place(), "SEOUL");
//! ```

use std::borrow::Cow;

use super::credit::{boilerplate, credit, credit_agencies};
use super::dateline::{parse as dateline_parse, split_byline};
use super::disclaimer::{disclaimer, disclaimer_tail};
use super::header::{byline, desk, desk_like, pipe_line};
use super::related::{heading, pair_line};
use super::signoff::{signoff_line, signoff_tail, slug_line};
use super::timestamp::timestamp_line;
use super::wire::{Lines, is_blank, split_last_line};
use crate::article::{Article, Placement, RelatedLink, Text};
use crate::error::{Error, ErrorKind};
use crate::parser::{ArticleParser, Opens};
use crate::profile::{Agencies, RelatedShape};

/// The headline: the first line that is not blank, trimmed. Returns it and
/// the text after its line.
///
/// ```
/// let (rest, h) = wirecopy::grammar::page::headline::<nom::error::Error<&str>>("\n  Title  \n\nBody").unwrap();
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

/// The first line that is not blank, trimmed; `lines` goes on after it.
fn first_line<'a>(lines: &mut Lines<'a>) -> Option<&'a str> {
    lines.find(|l| !is_blank(l)).map(|l| {
        // A line that opens and ends with visible ASCII has nothing to trim.
        let visible =
            |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !super::is_ascii_space(b));
        if visible(l.as_bytes().first()) && visible(l.as_bytes().last()) {
            l
        } else {
            l.trim_matches(super::is_invisible)
        }
    })
}

/// Parses a page with `parser`'s agencies and portals (no size check; see
/// [`ArticleParser::parse`]).
pub fn parse_with<'a>(input: &'a str, parser: &'a ArticleParser) -> Result<Article<'a>, Error> {
    article(input, parser)
}

pub(crate) fn article<'a>(input: &'a str, parser: &'a ArticleParser) -> Result<Article<'a>, Error> {
    let text = input.strip_prefix('\u{feff}').unwrap_or(input);
    // One line iterator for the headline and the blocks after it.
    let mut lines = Lines::new(text);
    let Some(headline) = first_line(&mut lines) else {
        let kind = if text.is_empty() {
            ErrorKind::Empty
        } else {
            ErrorKind::Blank
        };
        return Err(Error::at(kind, input, 0));
    };
    // The article is built where it is returned from: the page grammar
    // fills it in place (it is some 600 bytes; moving it costs a copy).
    let mut article = Article::new(headline);
    let mut page = Page::new(text, parser, &mut article);
    for block in lines.into_blocks() {
        page.block(block);
    }
    page.finish();
    Ok(article)
}

struct Page<'a, 'p> {
    parser: &'a ArticleParser,
    article: &'p mut Article<'a>,
    in_related: Option<RelatedShape>,
    pending_pair: Option<(&'a str, &'a str)>,
    paragraph_cap: usize,
}

impl<'a, 'p> Page<'a, 'p> {
    fn new(text: &'a str, parser: &'a ArticleParser, article: &'p mut Article<'a>) -> Self {
        Page {
            parser,
            article,
            in_related: None,
            pending_pair: None,
            // Portal paragraphs run about 150 bytes: enough room for them
            // without growing, at 24 bytes a slot.
            paragraph_cap: text.len() / 128 + 4,
        }
    }

    fn portals(&self) -> &'a [crate::profile::Portal] {
        self.parser.portals()
    }

    fn block(&mut self, block: &'a str) {
        self.read_block(block, false);
    }

    /// `header_read`: the block's first line was read as a header line
    /// already (and is none); the header grammar would read it the same way
    /// again, since what it depends on has only grown since.
    fn read_block(&mut self, block: &'a str, header_read: bool) {
        if let Some(shape) = self.in_related {
            if let Some(d) = self.disclaimer(block) {
                self.article.disclaimer.get_or_insert(d);
                return;
            }
            self.related_entry(block, shape);
            return;
        }
        // A block that is a trailer (disclaimer, credit, ...) is one wherever
        // it stands: rendering moves trailers after the body, where they must
        // read the same.
        if self.trailer(block) {
            return;
        }
        if !header_read && self.article.paragraphs.is_empty() && self.article.dateline.is_none() {
            match self.header(block) {
                None => return,
                // What follows the header lines reads as a block of its own.
                Some(rest) if rest.len() < block.len() => return self.read_block(rest, true),
                Some(_) => {}
            }
        }
        self.paragraph(block);
    }

    /// Takes the header lines at the start of `block`; returns what is left
    /// (`None` when the whole block was header).
    fn header(&mut self, block: &'a str) -> Option<&'a str> {
        let portals = self.portals();
        let mut in_header_block = false;
        let mut lines = Lines::new(block);
        loop {
            let before = lines.rest();
            let line = lines.next()?;
            let t = super::trim(line);
            if pipe_line(t) {
                in_header_block = true;
                continue;
            }
            // A header time has a `:` (labels, clock times) or is short.
            let may_be_time = t.len() <= 40 || memchr::memchr(b':', t.as_bytes()).is_some();
            if may_be_time && let Some(ts) = timestamp_line(t, portals) {
                if self.article.timestamp.is_none() {
                    self.article.timestamp = Some(ts);
                }
                // Devdiscourse: `ANI | Place | Updated: …` credits the agency.
                let first = t.split('|').next().unwrap_or("").trim();
                if self.article.byline.is_none()
                    && t.contains('|')
                    && self.parser.agencies().find(first).is_some()
                {
                    self.article.byline = Some(Cow::Borrowed(first));
                }
                in_header_block = true;
                continue;
            }
            // A byline run into the dateline: the byline is header, the
            // rest of the block is the body.
            let by_line = byline(t);
            if self.article.byline.is_none()
                && by_line.is_none()
                && let Some((by, start)) = split_byline(before, self.parser.agencies())
            {
                self.article.byline = Some(Cow::Borrowed(by));
                // The rest reads as a block of its own would (rendering
                // puts the byline in the header and the rest after it).
                return self.header(start);
            }
            // A section line (Bernama's `GENERAL`) right above the time.
            if is_section(t)
                && lines
                    .clone()
                    .next()
                    .is_some_and(|next| timestamp_line(next, portals).is_some())
            {
                in_header_block = true;
                continue;
            }
            let by = by_line
                .or_else(|| desk(t, portals))
                .or_else(|| in_header_block.then(|| desk_like(t)).flatten());
            if let Some(b) = by {
                if self.article.byline.is_none() {
                    self.article.byline = Some(Cow::Borrowed(b));
                }
                continue;
            }
            return Some(super::trim_start(before));
        }
    }

    /// The disclaimer `block` (trimmed) is, if any: the cheap gates first
    /// (they settle nearly every block), the grammar behind them.
    #[inline]
    fn disclaimer(&self, block: &'a str) -> Option<crate::article::Disclaimer<'a>> {
        if block.len() <= super::disclaimer::MAX_LEN && self.parser.might_be_disclaimer(block) {
            disclaimer(block, self.portals())
        } else {
            None
        }
    }

    /// Classifies a block that is not body text; false when it is body.
    fn trailer(&mut self, block: &'a str) -> bool {
        let portals = self.portals();
        // Blocks are trimmed; each test below is first gated by what its
        // grammar needs (a length, a first byte), so a long paragraph costs
        // a few comparisons.
        let len = block.len();
        if self.parser.might_be_heading(block)
            && let Some(shape) = heading(block, portals)
        {
            self.in_related = Some(shape);
            return true;
        }
        if let Some(d) = self.disclaimer(block) {
            self.article.disclaimer.get_or_insert(d);
            return true;
        }
        if self.parser.may_open(block, Opens::CREDIT)
            && let Some(c) = credit(block)
        {
            self.article.credits.push(Text::new(c));
            return true;
        }
        if self.parser.may_open(block, Opens::BOILERPLATE) && boilerplate(block) {
            self.article.boilerplate.push(Text::new(block));
            return true;
        }
        if len <= super::signoff::MAX_LINE
            && let Some(s) = signoff_line(block, self.parser.agencies())
        {
            if self.article.signoff.is_none() {
                self.article.signoff = Some(s);
            }
            return true;
        }
        if len <= super::signoff::MAX_SLUG_LINE
            && let Some(slugs) = slug_line(block)
            && let Some(s) = self.article.signoff.as_mut()
            && s.placement == Placement::Block
            && s.slugs.is_empty()
        {
            s.slugs = Text::new(slugs);
            return true;
        }
        false
    }

    fn paragraph(&mut self, block: &'a str) {
        let mut text = block;
        if self.article.paragraphs.is_empty() && self.article.dateline.is_none() {
            let agencies = self.parser.agencies();
            if let Some((d, rest)) = dateline_parse(text, agencies, self.article.byline.is_some()) {
                self.article.dateline = Some(d);
                // Blocks come trimmed; what follows a dateline may not be.
                text = super::trim(rest);
            }
        }
        if text.is_empty() {
            return;
        }
        if self.article.paragraphs.is_empty() {
            self.article.paragraphs.reserve_exact(self.paragraph_cap);
        }
        self.article.paragraphs.push(Text::new(text));
    }

    fn related_entry(&mut self, block: &'a str, shape: RelatedShape) {
        if self.article.related.is_empty() {
            self.article.related.reserve_exact(8);
        }
        if shape == RelatedShape::SourceSection {
            let mut lines = Lines::new(block);
            let first = lines.next().unwrap_or("");
            if let Some(pair) = pair_line(first) {
                let rest = super::trim(lines.rest());
                // The rest of the block reads as a block of its own would:
                // a disclaimer there is the disclaimer, not a title.
                if rest.is_empty() {
                    self.pending_pair = Some(pair);
                } else if let Some(d) = self.disclaimer(rest) {
                    self.article.disclaimer.get_or_insert(d);
                    self.pending_pair = Some(pair);
                } else {
                    self.article.related.push(link(Some(pair), rest));
                    self.pending_pair = None;
                }
                return;
            }
        }
        let pair = self.pending_pair.take();
        self.article.related.push(link(pair, block));
    }

    fn finish(self) {
        let portals = self.portals();
        let agencies = self.parser.agencies();
        if let Some(last) = self.article.paragraphs.pop() {
            let Some(mut p) = last.as_borrowed() else {
                self.article.paragraphs.push(last);
                return;
            };
            // Only one disclaimer is kept; a second one at the tail stays in
            // the paragraph so that the paragraph reads the same when rendered.
            if self.article.disclaimer.is_none()
                && let Some((before, d)) = disclaimer_tail(p, portals)
            {
                self.article.disclaimer = Some(d);
                p = before;
            }
            if self.article.signoff.is_none() {
                if let Some((before, last_line)) = split_last_line(p)
                    && !before
                        .ends_with(|c: char| c.is_lowercase() || matches!(c, ',' | ';' | ':' | '-'))
                    && let Some(mut s) = signoff_line(last_line, agencies)
                {
                    s.placement = Placement::Line;
                    self.article.signoff = Some(s);
                    p = before;
                } else if let Some((before, s)) = signoff_tail(p, agencies) {
                    self.article.signoff = Some(s);
                    p = before;
                }
            }
            if !super::trim(p).is_empty() {
                self.article.paragraphs.push(Text::new(p));
            }
        }
        let names = collect_agencies(self.article, agencies);
        self.article.agencies = names;
    }
}

fn link<'a>(pair: Option<(&'a str, &'a str)>, title: &'a str) -> RelatedLink<'a> {
    RelatedLink {
        source: pair.map(|p| Cow::Borrowed(p.0)),
        section: pair.map(|p| Cow::Borrowed(p.1)),
        title: Text::new(title),
    }
}

/// One all-caps word, as a section line (`GENERAL`, `BUSINESS`).
fn is_section(t: &str) -> bool {
    (3..=24).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase())
}

/// Calls `f` on each ASCII word of `text` that starts with a capital letter
/// (agency codes and names are ASCII), found byte by byte. A word that runs
/// on into non-ASCII letters is not one.
fn capitalised_words<'t>(text: &'t str, mut f: impl FnMut(&'t str)) {
    let b = text.as_bytes();
    let word_byte = |c: u8| c.is_ascii_alphanumeric() || c == b'-';
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_uppercase() && (i == 0 || !word_byte(b[i - 1])) {
            let start = i;
            i += 1;
            while i < b.len() && word_byte(b[i]) {
                i += 1;
            }
            if i == b.len() || b[i].is_ascii() {
                f(&text[start..i]);
                // `b[i]` ends the word: no capital, no word start.
            }
        }
        i += 1;
    }
}

/// The agencies an article credits, normalised with `agencies`, in the
/// order byline, dateline, sign-off, credits, disclaimer.
pub fn collect_agencies<'a>(article: &Article<'a>, agencies: &'a Agencies) -> Vec<Cow<'a, str>> {
    let mut out: Vec<Cow<'a, str>> = Vec::new();
    // Past a few names a set keeps deduplication linear (a page of
    // thousands of distinct credits must not go quadratic).
    let mut seen: Option<std::collections::HashSet<Cow<'a, str>>> = None;
    let mut add = |name: Cow<'a, str>| {
        let new = match &mut seen {
            Some(set) => set.insert(name.clone()),
            None => !out.contains(&name),
        };
        if new {
            if out.is_empty() {
                out.reserve_exact(4);
            }
            out.push(name);
            if seen.is_none() && out.len() > 16 {
                seen = Some(out.iter().cloned().collect());
            }
        }
    };
    let normal = |written: &Cow<'a, str>| -> Cow<'a, str> {
        match agencies.find(written) {
            Some(a) => Cow::Borrowed(a.name()),
            None => written.clone(),
        }
    };
    if let Some(b) = &article.byline {
        capitalised_words(b, |w| {
            if let Some(a) = agencies.find(w) {
                add(Cow::Borrowed(a.name()));
            }
        });
    }
    if let Some(d) = &article.dateline {
        for a in &d.agencies {
            add(normal(a));
        }
    }
    if let Some(s) = article.signoff.as_ref().filter(|s| !s.agency.is_empty()) {
        add(normal(&s.agency));
    }
    for c in &article.credits {
        match c.as_borrowed() {
            Some(text) => credit_agencies(text, agencies).for_each(|n| add(Cow::Borrowed(n))),
            None => {
                credit_agencies(&c.joined(), agencies).for_each(|n| add(Cow::Owned(n.to_owned())))
            }
        }
    }
    if let Some(d) = &article.disclaimer {
        // A disclaimer names an agency as its source: `… from PTI news service`.
        let raw = d.text.raw();
        let source = super::find_str(raw, "from ").map_or("", |at| &raw[at..]);
        capitalised_words(source, |w| {
            if w.len() >= 2
                && let Some(a) = agencies.find(w)
            {
                add(Cow::Borrowed(a.name()));
            }
        });
    }
    out
}
