//! The page grammar: headline, header, body, trailers.
//!
//! The text is split into blocks once, front to back
//! ([`Blocks`](crate::text::Blocks)); each block
//! is classified as it comes:
//!
//! 1. before the first paragraph: header lines (time, `|`, byline, desk);
//! 2. after a related-list heading: list entries (a disclaimer still counts);
//! 3. otherwise: related heading, disclaimer, credit, boilerplate, a sign-off
//!    line, or a paragraph — the first paragraph gets the dateline grammar at
//!    its head, the last gets the disclaimer and sign-off grammars at its tail.
//!
//! Custom rules ([`Rule`]) are tried before the built-in ones at each of
//! these points.

use std::borrow::Cow;
use std::sync::Arc;

use crate::error::{Error, ErrorKind};
use crate::lexicon::{Agencies, Lexicon, Portal, RelatedShape};
use crate::model::{
    Article, Deck, Disclaimer, Notebook, Placement, RelatedLink, Text, canonical_related_heading,
};
use crate::rules::Gate;
use crate::rules::credit::{
    BOILERPLATE_GATE, CREDIT_GATE, boilerplate_block, credit_agencies, credit_block,
};
use crate::rules::custom::{BlockKind, Rule};
use crate::rules::dateline::{parse as dateline_parse, skip_markup, split_byline};
use crate::rules::deck::deck_head;
use crate::rules::disclaimer::{self, disclaimer_block, disclaimer_tail};
use crate::rules::header::{
    byline_agencies, byline_line_in, byline_title_line, desk_like_line, desk_line, first_line,
    pipe_line,
};
use crate::rules::lead_credit::lead_credit_head;
use crate::rules::notebook::{asterism_line, not_for_publication_line, notebook_block, push_lines};
use crate::rules::related::{MAX_HEADING, heading_line, pair_line};
use crate::rules::signoff::{self, closing_line, signoff_line, signoff_tail, slug_line};
use crate::rules::timestamp::timestamp_line;
use crate::text::{Layout, Lines, head4, is_blank, layout, split_last_line, strip_hashes};

/// What the page grammar works with: the lexicon, the gates derived from
/// it, and the custom rules.
#[derive(Clone, Copy)]
pub(crate) struct Context<'g> {
    pub(crate) lexicon: &'g Lexicon,
    pub(crate) gates: &'g Gates,
    pub(crate) rules: &'g [Arc<dyn Rule>],
}

/// The page's first-byte table: for each byte, which block rules a block
/// that opens with it may match. Built in one place from the rules' own
/// [`Gate`] declarations and the lexicon's disclaimer wordings.
#[derive(Debug, Clone)]
pub(crate) struct Gates {
    opens: [u8; 256],
}

impl Gates {
    const DISCLAIMER: u8 = 1;
    const CREDIT: u8 = 2;
    const BOILERPLATE: u8 = 4;

    pub(crate) fn new(lexicon: &Lexicon) -> Gates {
        let rules: [(u8, Gate); 3] = [
            (Gates::DISCLAIMER, disclaimer::GATE),
            (Gates::CREDIT, CREDIT_GATE),
            (Gates::BOILERPLATE, BOILERPLATE_GATE),
        ];
        let mut opens = [0u8; 256];
        for (b, bits) in (0u8..=255).zip(opens.iter_mut()) {
            for (bit, gate) in rules {
                if (gate.opens)(b) {
                    *bits |= bit;
                }
            }
        }
        for &head in lexicon.disclaimer_heads() {
            opens[usize::from(head as u8)] |= Gates::DISCLAIMER;
        }
        Gates { opens }
    }

    /// Whether `block` (trimmed) opens with a byte that the rules of `bits` accept.
    #[inline]
    fn may_open(&self, block: &str, bits: u8) -> bool {
        block
            .as_bytes()
            .first()
            .is_some_and(|&b| self.opens[usize::from(b)] & bits != 0)
    }

    /// Whether `block` (trimmed) can be a disclaimer at all: it opens like a
    /// portal's wording, or like the generic sentence, and is not too long.
    #[inline]
    fn might_be_disclaimer(&self, block: &str, lexicon: &Lexicon) -> bool {
        if block.len() > disclaimer::GATE.max_len || !self.may_open(block, Gates::DISCLAIMER) {
            return false;
        }
        disclaimer::GENERIC_OPENINGS
            .iter()
            .any(|o| block.starts_with(o))
            || lexicon.disclaimer_heads().contains(&head4(block))
    }

    /// Whether `block` (trimmed) has the length and the first byte of some
    /// related heading.
    fn might_be_heading(&self, block: &str, lexicon: &Lexicon) -> bool {
        // A trimmed block that does not open with `#` has nothing to strip.
        let t = if block.starts_with('#') {
            strip_hashes(block)
        } else {
            block
        };
        t.len() <= MAX_HEADING
            && lexicon.has_heading_len(t.len())
            && t.as_bytes()
                .first()
                .is_some_and(|&b| lexicon.may_open_heading(b))
    }
}

pub(crate) fn article<'a>(input: &'a str, g: Context<'a>) -> Result<Article<'a>, Error> {
    article_with(input, EnvelopeTail::default(), g)
}

/// What an envelope sets apart after its story's body: IPTC's notebook
/// and the sign-off after it.
#[derive(Clone, Copy, Default)]
pub(crate) struct EnvelopeTail<'a> {
    pub(crate) trailer: Option<&'a str>,
    pub(crate) signoff: Option<&'a str>,
}

/// [`article`], with an envelope's tail read after the body (see
/// [`Page::envelope_tail`]).
fn article_with<'a>(
    input: &'a str,
    tail: EnvelopeTail<'a>,
    g: Context<'a>,
) -> Result<Article<'a>, Error> {
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
    // A blank line under the headline: blocks (the canonical layout, so that
    // a rendering reads back as it was written).
    let rest = lines.rest();
    let layout = match Lines::new(rest).next() {
        Some(next) if is_blank(next) => Layout::Blocks,
        _ => layout(rest),
    };
    read_body(&mut article, text, lines, layout, tail, g);
    // A text whose only story is its first line, and that line opens with
    // an agency's dateline: an alert.
    if let Some(a) = bare_alert(&article, headline, g) {
        return Ok(a);
    }
    Ok(article)
}

/// The alert that `article` is, when it holds nothing but its headline
/// (and a byline): its headline line read as an alert (see [`alert`]).
/// What reads as nothing more renders as that one line, which reads back
/// as the alert.
fn bare_alert<'a>(article: &Article<'a>, line: &'a str, g: Context<'a>) -> Option<Article<'a>> {
    let a = article;
    let bare = a.timestamp.is_none()
        && a.dateline.is_none()
        && a.paragraphs.is_empty()
        && a.signoff.is_none()
        && a.disclaimer.is_none()
        && a.related.is_empty()
        && a.credits.is_empty()
        && a.boilerplate.is_empty()
        && a.deck.is_none()
        && a.lead_credit.is_none()
        && a.notebook.is_none();
    if !bare {
        return None;
    }
    let borrowed = |c: &Option<Cow<'a, str>>| match c {
        Some(Cow::Borrowed(s)) => Some(Some(*s)),
        Some(Cow::Owned(_)) => None,
        None => Some(None),
    };
    let byline = match (borrowed(&a.byline)?, borrowed(&a.byline_title)?) {
        (Some(by), title) => Some((by, title)),
        (None, _) => None,
    };
    alert(line, byline, g)
}

/// An alert: a text of one line, `HONOLULU (AP) _ Hawaii files suit …`,
/// with no headline line of its own. Its sentence is the headline and the
/// body, after the dateline, when the dateline credits an agency the
/// lexicon knows (a headline that opens with a place and a colon is a
/// headline still); `None` otherwise.
fn alert<'a>(
    line: &'a str,
    byline: Option<(&'a str, Option<&'a str>)>,
    g: Context<'a>,
) -> Option<Article<'a>> {
    let lex = g.lexicon;
    let (d, rest) = dateline_parse(line, lex, byline.is_some())?;
    let credited = d.agencies.iter().any(|a| lex.agencies().find(a).is_some());
    if !credited || crate::text::trim(rest).is_empty() {
        return None;
    }
    // The line read as the body's block, as the rendering will be read.
    let mut article = Article::new("");
    if let Some((by, title)) = byline {
        article.byline = Some(Cow::Borrowed(by));
        article.byline_title = title.map(Cow::Borrowed);
    }
    let mut page = Page::new(line, g, &mut article);
    page.block(line);
    page.finish();
    let [p] = &article.paragraphs[..] else {
        return None;
    };
    let sentence = p.as_borrowed()?;
    // The sentence must read back as a headline line as it is.
    let reads_as_headline = first_line(&mut Lines::new(sentence)) == Some(sentence);
    if article.dateline.is_none() || !reads_as_headline {
        return None;
    }
    article.headline = Cow::Borrowed(sentence);
    Some(article)
}

/// The story of an envelope: its header's headline (and byline) apart from
/// its body, as [`article_apart`] reads them; but a story of one line that
/// the envelope gave as the headline, with no body (an IPTC story whose
/// only line lacks its ` =`), is an alert when it reads as one, as the same
/// line in plain text is.
///
/// What the envelope sets apart after the body (IPTC's notebook and the
/// sign-off after it) is read after the body as the same text after the
/// body would be (see [`Page::envelope_tail`]).
pub(crate) fn envelope_article<'a>(
    headline: Option<&'a str>,
    byline: Option<(&'a str, Option<&'a str>)>,
    body: &'a str,
    tail: EnvelopeTail<'a>,
    g: Context<'a>,
) -> Result<Article<'a>, Error> {
    let article = apart_with(headline, byline, body, tail, g)?;
    if let Some(line) = headline.and_then(|h| first_line(&mut Lines::new(h)))
        && let Some(a) = bare_alert(&article, line, g)
    {
        return Ok(a);
    }
    Ok(article)
}

/// An article whose headline (and byline) came apart from its body, as an
/// envelope's header lines give them: the body is read from its first block
/// on, none of it taken for the headline. Without a headline the first
/// line of the body is one, as in [`article`].
pub(crate) fn article_apart<'a>(
    headline: Option<&'a str>,
    byline: Option<(&'a str, Option<&'a str>)>,
    body: &'a str,
    g: Context<'a>,
) -> Result<Article<'a>, Error> {
    apart_with(headline, byline, body, EnvelopeTail::default(), g)
}

/// [`article_apart`], with an envelope's tail read after the body.
fn apart_with<'a>(
    headline: Option<&'a str>,
    byline: Option<(&'a str, Option<&'a str>)>,
    body: &'a str,
    tail: EnvelopeTail<'a>,
    g: Context<'a>,
) -> Result<Article<'a>, Error> {
    // The headline reads as a headline line would (trimmed of invisible
    // characters, a Markdown heading's marks read away).
    let Some(headline) = headline.and_then(|h| first_line(&mut Lines::new(h))) else {
        return article_with(body, tail, g);
    };
    let mut article = Article::new(headline);
    if let Some((by, title)) = byline {
        article.byline = Some(Cow::Borrowed(by));
        article.byline_title = title.map(Cow::Borrowed);
    }
    read_body(&mut article, body, Lines::new(body), layout(body), tail, g);
    Ok(article)
}

/// Reads the blocks of `lines` (the body of `text`, in `layout`) into
/// `article`, then an envelope's tail, then the body's edges.
fn read_body<'a>(
    article: &mut Article<'a>,
    text: &'a str,
    lines: Lines<'a>,
    layout: Layout,
    tail: EnvelopeTail<'a>,
    g: Context<'a>,
) {
    let mut page = Page::new(text, g, article);
    page.lines_layout = layout == Layout::Lines;
    for block in lines.into_blocks().with_layout(layout) {
        page.block(block);
    }
    page.envelope_tail(tail);
    page.finish();
}

struct Page<'a, 'p> {
    g: Context<'a>,
    article: &'p mut Article<'a>,
    in_related: Option<RelatedShape>,
    pending_pair: Option<(&'a str, &'a str)>,
    paragraph_cap: usize,
    /// The body has one block per line ([`Layout::Lines`]).
    lines_layout: bool,
    /// In one-line blocks, the block before was a `|` line.
    after_pipe: bool,
    /// The header line before was the byline: its title line may follow
    /// (in its block, or in the next one when blocks are lines).
    byline_open: bool,
    /// A notebook has opened: the blocks after it are its lines.
    in_notebook: bool,
    /// A block that is a rule of asterisks, waiting for the next one: with
    /// the notice that what follows is not for publication, the two open a
    /// notebook.
    pending_rule: Option<&'a str>,
}

impl<'a, 'p> Page<'a, 'p> {
    fn new(text: &'a str, g: Context<'a>, article: &'p mut Article<'a>) -> Self {
        Page {
            g,
            article,
            in_related: None,
            pending_pair: None,
            // Portal paragraphs run about 150 bytes: enough room for them
            // without growing, at 24 bytes a slot.
            paragraph_cap: text.len() / 128 + 4,
            lines_layout: false,
            after_pipe: false,
            byline_open: false,
            in_notebook: false,
            pending_rule: None,
        }
    }

    fn portals(&self) -> &'a [Portal] {
        self.g.lexicon.portals()
    }

    fn agencies(&self) -> &'a Agencies {
        self.g.lexicon.agencies()
    }

    fn block(&mut self, block: &'a str) {
        if let Some(rule) = self.pending_rule.take() {
            let first = Lines::new(block).next().unwrap_or("");
            if not_for_publication_line(first).is_some() {
                self.open_notebook(rule);
                self.notebook_lines(block);
                return;
            }
            self.read_block(rule, false);
        }
        if block.starts_with('*') && self.may_open_notebook() && asterism_line(block).is_some() {
            self.pending_rule = Some(block);
            return;
        }
        self.read_block(block, false);
    }

    /// What an envelope sets apart after the body, read as the same text
    /// after the body would be: the sign-off line (after the notebook in
    /// IPTC copy), when it reads as one, then the trailer (IPTC's notebook),
    /// when it opens a notebook there (or one is open; otherwise it is left
    /// out).
    fn envelope_tail(&mut self, tail: EnvelopeTail<'a>) {
        // The sign-off first: rendering writes it before the notebook, and
        // a desk's closing marks close the body there.
        // (A line the rules read as no sign-off is left out, as the
        // envelope set it apart from the body.)
        if let Some(s) = tail
            .signoff
            .map(crate::text::trim)
            .filter(|s| closing_line(s, self.agencies()).is_some())
        {
            self.block(s);
        }
        if let Some(t) = tail.trailer {
            let lex = self.g.lexicon;
            let opens = crate::text::Blocks::new(t)
                .next()
                .is_some_and(|first| notebook_block(first, lex).is_some());
            if self.in_notebook || opens && self.may_open_notebook() {
                for block in crate::text::Blocks::new(t) {
                    self.block(block);
                }
            }
        }
    }

    /// Whether a notebook may open here: after the body has begun, once.
    fn may_open_notebook(&self) -> bool {
        self.article.notebook.is_none()
            && self.in_related.is_none()
            && !self.article.paragraphs.is_empty()
    }

    /// Opens the notebook with the lines of `block`.
    fn open_notebook(&mut self, block: &'a str) {
        self.in_notebook = true;
        let mut n = Notebook::new(Vec::with_capacity(8));
        push_lines(&mut n, block);
        self.article.notebook = Some(n);
    }

    /// Opens the notebook at `block`, whose first line `opener` opens it.
    /// A rule of asterisks that the notice follows with only trailers
    /// between them (a sign-off, a credit: they are not body) is the
    /// notebook's, as it is right above the notice, where rendering puts
    /// it; it leaves the body when a paragraph stays before it.
    fn open_notebook_at(&mut self, block: &'a str, opener: &'a str) {
        let paragraphs = &self.article.paragraphs;
        let rule = (not_for_publication_line(opener).is_some() && paragraphs.len() >= 2)
            .then(|| paragraphs.last().and_then(|p| p.as_borrowed()))
            .flatten()
            .filter(|p| asterism_line(p).is_some());
        match rule {
            Some(rule) => {
                self.article.paragraphs.pop();
                self.open_notebook(rule);
                self.notebook_lines(block);
            }
            None => self.open_notebook(block),
        }
    }

    /// Adds the lines of `block` to the open notebook.
    fn notebook_lines(&mut self, block: &'a str) {
        if let Some(n) = self.article.notebook.as_mut() {
            push_lines(n, block);
        }
    }

    /// A block in the notebook: a portal's trailers and a sign-off line
    /// after the notebook read as they do after the body; anything else is
    /// the notebook's (a desk's closing marks close the body, where they
    /// are its last block, not a notebook).
    fn in_notebook_block(&mut self, block: &'a str) {
        if self.trailer(block) {
            return;
        }
        self.notebook_lines(block);
    }

    /// `header_read`: the block's first line was read as a header line
    /// already (and is none); the header grammar would read it the same way
    /// again, since what it depends on has only grown since.
    fn read_block(&mut self, block: &'a str, header_read: bool) {
        // A byline's title line follows it in its block, or (one-line
        // blocks) in the next block read as header.
        let byline_open = std::mem::take(&mut self.byline_open) && self.lines_layout;
        if let Some(shape) = self.in_related {
            if let Some(d) = self.disclaimer(block) {
                self.article.disclaimer.get_or_insert(d);
                return;
            }
            self.related_entry(block, shape);
            return;
        }
        if self.in_notebook {
            return self.in_notebook_block(block);
        }
        // Custom rules first: they may claim any block.
        match self.custom_block(block) {
            Some(false) => return self.paragraph(block),
            Some(true) => return,
            None => {}
        }
        // The notebook after the body.
        if self.may_open_notebook()
            && let Some(opener) = notebook_block(block, self.g.lexicon)
        {
            return self.open_notebook_at(block, opener);
        }
        // A line under a lone `|` line (one-line blocks) is header, as it
        // would be in the header's block (a desk, a byline such as `ANI`).
        if self.after_pipe && !header_read {
            self.byline_open = byline_open;
            match self.header(block) {
                None => return,
                Some(rest) if rest.len() < block.len() => return self.read_block(rest, true),
                Some(_) => {}
            }
        }
        // A block that is a trailer (disclaimer, credit, ...) is one wherever
        // it stands: rendering moves trailers after the body, where they must
        // read the same.
        if self.trailer(block) {
            return;
        }
        if !header_read && self.article.paragraphs.is_empty() && self.article.dateline.is_none() {
            self.byline_open = byline_open;
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
        // In one-line blocks, the header's lines are blocks of their own: a
        // desk line right under a `|` line reads as it would in one block.
        let mut in_header_block = std::mem::take(&mut self.after_pipe);
        let mut lines = Lines::new(block);
        loop {
            let before = lines.rest();
            let line = lines.next()?;
            let t = crate::text::trim(line);
            let after_byline = std::mem::take(&mut self.byline_open);
            if pipe_line(t) {
                in_header_block = true;
                self.after_pipe = self.lines_layout && lines.rest().is_empty();
                continue;
            }
            // A header time has a `:` (labels, clock times) or is short.
            let may_be_time = t.len() <= 40 || memchr::memchr(b':', t.as_bytes()).is_some();
            if may_be_time && let Some(ts) = timestamp_line(t, self.g.lexicon) {
                if self.article.timestamp.is_none() {
                    self.article.timestamp = Some(ts);
                }
                // Devdiscourse: `ANI | Place | Updated: …` credits the agency.
                let first = t.split('|').next().unwrap_or("").trim();
                if self.article.byline.is_none()
                    && t.contains('|')
                    && self.agencies().find(first).is_some()
                {
                    self.article.byline = Some(Cow::Borrowed(first));
                }
                in_header_block = true;
                continue;
            }
            // A byline run into the dateline: the byline is header, the
            // rest of the block is the body.
            let by_line = byline_line_in(t, self.g.lexicon);
            if self.article.byline.is_none()
                && by_line.is_none()
                && let Some((by, start)) = split_byline(before, self.g.lexicon)
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
                    .is_some_and(|next| timestamp_line(next, self.g.lexicon).is_some())
            {
                in_header_block = true;
                continue;
            }
            // The title or affiliation line under the byline.
            if after_byline && let Some(title) = byline_title_line(t, self.g.lexicon) {
                self.article.byline_title = Some(Cow::Borrowed(title));
                continue;
            }
            let by = by_line
                .or_else(|| desk_line(t, portals))
                .or_else(|| in_header_block.then(|| desk_like_line(t)).flatten());
            if let Some(b) = by {
                if self.article.byline.is_none() {
                    self.article.byline = Some(Cow::Borrowed(b));
                    self.byline_open = true;
                }
                continue;
            }
            return Some(crate::text::trim_start(before));
        }
    }

    /// The disclaimer `block` (trimmed) is, if any: the cheap gates first
    /// (they settle nearly every block), the grammar behind them.
    #[inline]
    fn disclaimer(&self, block: &'a str) -> Option<Disclaimer<'a>> {
        if self.g.gates.might_be_disclaimer(block, self.g.lexicon) {
            disclaimer_block(block, self.portals())
        } else {
            None
        }
    }

    /// What the custom rules make of `block`, the first that knows:
    /// `Some(true)` when one took it (a credit, boilerplate, or a sign-off
    /// that is the whole block), `Some(false)` when one says it is body.
    fn custom_block(&mut self, block: &'a str) -> Option<bool> {
        let lex = self.g.lexicon;
        for rule in self.g.rules {
            if let Some(kind) = rule.block(block, lex) {
                match kind {
                    BlockKind::Credit => self.article.credits.push(Text::new(block)),
                    BlockKind::Boilerplate => self.article.boilerplate.push(Text::new(block)),
                    BlockKind::Paragraph => return Some(false),
                }
                return Some(true);
            }
            if let Some(("", mut s)) = rule.signoff(block, lex) {
                s.placement = Placement::Block;
                self.article.signoff.get_or_insert(s);
                return Some(true);
            }
        }
        None
    }

    /// Classifies a block that is not body text; false when it is body.
    fn trailer(&mut self, block: &'a str) -> bool {
        let portals = self.portals();
        // Blocks are trimmed; each test below is first gated by what its
        // grammar needs (a length, a first byte), so a long paragraph costs
        // a few comparisons.
        let len = block.len();
        if self.g.gates.might_be_heading(block, self.g.lexicon)
            && let Some(shape) = heading_line(block, portals)
        {
            self.in_related = Some(shape);
            self.article
                .related_heading
                .get_or_insert(Cow::Borrowed(block));
            return true;
        }
        if let Some(d) = self.disclaimer(block) {
            self.article.disclaimer.get_or_insert(d);
            return true;
        }
        if self.g.gates.may_open(block, Gates::CREDIT)
            && let Some(c) = credit_block(block)
        {
            self.article.credits.push(Text::new(c));
            return true;
        }
        if self.g.gates.may_open(block, Gates::BOILERPLATE) && boilerplate_block(block) {
            self.article.boilerplate.push(Text::new(block));
            return true;
        }
        if len <= signoff::MAX_LINE
            && let Some(s) = signoff_line(block, self.agencies())
        {
            if self.article.signoff.is_none() {
                self.article.signoff = Some(s);
            }
            return true;
        }
        if len <= signoff::MAX_SLUG_LINE
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
            let lex = self.g.lexicon;
            // Paragraph markup a feed left before the credit or dateline
            // (`&lt;p&gt;`) is layout, like white space.
            // It is kept as the deck, so that the rendering reads the same.
            let unmarked = skip_markup(text);
            if unmarked.len() < text.len()
                && (lead_credit_head(unmarked, lex).is_some()
                    || dateline_parse(unmarked, lex, self.article.byline.is_some()).is_some())
            {
                let markup = crate::text::trim_end(&text[..text.len() - unmarked.len()]);
                self.article.deck = Some(Deck {
                    text: Text::new(markup),
                    gap: Cow::Borrowed(&text[markup.len()..text.len() - unmarked.len()]),
                });
                text = unmarked;
            }
            // A lead credit (`AP - `, `Canadian Press - `) comes first.
            if self.article.lead_credit.is_none()
                && let Some((c, rest)) = lead_credit_head(text, lex)
                && !rest.is_empty()
            {
                self.article.lead_credit = Some(c);
                text = rest;
            }
            let custom = self.g.rules.iter().find_map(|r| r.dateline(text, lex));
            if let Some((d, rest)) =
                custom.or_else(|| dateline_parse(text, lex, self.article.byline.is_some()))
            {
                self.article.dateline = Some(d);
                // Blocks come trimmed; what follows a dateline may not be.
                text = crate::text::trim(rest);
            }
            // Neither at the head: a deck may stand before them (feeds that
            // joined the standfirst to the story).
            if self.article.dateline.is_none()
                && self.article.lead_credit.is_none()
                && let Some((d, gap, rest)) = deck_head(text, lex)
            {
                self.article.deck = Some(Deck {
                    text: Text::new(d),
                    gap: Cow::Borrowed(gap),
                });
                text = rest;
                if let Some((c, rest)) = lead_credit_head(text, lex) {
                    self.article.lead_credit = Some(c);
                    text = rest;
                }
                if let Some((d, rest)) = dateline_parse(text, lex, self.article.byline.is_some()) {
                    self.article.dateline = Some(d);
                    text = crate::text::trim(rest);
                }
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
        // A `source | Section` line alone waits for its title: the next
        // block is that title, whatever it looks like.
        if shape == RelatedShape::SourceSection && self.pending_pair.is_none() {
            let mut lines = Lines::new(block);
            let first = lines.next().unwrap_or("");
            if let Some(pair) = pair_line(first) {
                let rest = crate::text::trim(lines.rest());
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

    fn finish(mut self) {
        if let Some(rule) = self.pending_rule.take() {
            self.read_block(rule, false);
        }
        let portals = self.portals();
        let agencies = self.agencies();
        if let Some(last) = self.article.paragraphs.pop() {
            let Some(mut p) = last.as_borrowed() else {
                self.article.paragraphs.push(last);
                return;
            };
            let last_len = p.len();
            // Only one disclaimer is kept; a second one at the tail stays in
            // the paragraph so that the paragraph reads the same when rendered.
            if self.article.disclaimer.is_none()
                && let Some((before, d)) = disclaimer_tail(p, portals)
            {
                self.article.disclaimer = Some(d);
                p = before;
            }
            let lex = self.g.lexicon;
            let custom = self.g.rules.iter().find_map(|r| r.signoff(p, lex));
            if self.article.signoff.is_none()
                && let Some((before, s)) = custom
            {
                self.article.signoff = Some(s);
                p = crate::text::trim_end(before);
            }
            if self.article.signoff.is_none() {
                // The story's last block or line may be a desk's closing
                // marks (`AAP RTV ar`, `hh/ph/ts/hd`, `ends`), which close
                // copy only there, after a paragraph. (A block that a
                // sign-off line is, and one that held the disclaimer too,
                // stay as they were read.)
                if p.len() == last_len
                    && p.len() <= signoff::MAX_LINE
                    && !self.article.paragraphs.is_empty()
                    && !p.contains(['\n', '\r'])
                    && signoff_line(p, agencies).is_none()
                    && let Some(s) = closing_line(p, agencies)
                {
                    self.article.signoff = Some(s);
                    p = "";
                } else if let Some((before, last_line)) = split_last_line(p)
                    && !before
                        .ends_with(|c: char| c.is_lowercase() || matches!(c, ',' | ';' | ':' | '-'))
                    && let Some(mut s) = closing_line(last_line, agencies)
                {
                    s.placement = Placement::Line;
                    self.article.signoff = Some(s);
                    p = before;
                } else if let Some((before, s)) = signoff_tail(p, agencies) {
                    self.article.signoff = Some(s);
                    p = before;
                }
            }
            if !crate::text::trim(p).is_empty() {
                self.article.paragraphs.push(Text::new(p));
            }
        }
        // A heading with no entry under it is not rendered, and the one the
        // canonical form writes anyway need not be kept.
        let canonical = canonical_related_heading(&self.article.related);
        if self.article.related.is_empty()
            || self.article.related_heading.as_deref() == Some(canonical)
        {
            self.article.related_heading = None;
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
/// order byline, lead credit, dateline, sign-off, credits, disclaimer. Only
/// agencies the lexicon knows count: a code it does not know stays in the
/// dateline or sign-off as written.
pub(crate) fn collect_agencies<'a>(
    article: &Article<'_>,
    agencies: &'a Agencies,
) -> Vec<Cow<'a, str>> {
    let mut out: Vec<Cow<'a, str>> = Vec::new();
    // Past a few names a set keeps deduplication linear (a page of
    // thousands of distinct credits must not go quadratic).
    let mut seen: Option<std::collections::HashSet<Cow<'a, str>>> = None;
    let mut add = |written: &str| {
        let Some(agency) = agencies.find(written) else {
            return;
        };
        let name = agency.name();
        let new = match &mut seen {
            Some(set) => set.insert(Cow::Borrowed(name)),
            None => !out.iter().any(|o| o == name),
        };
        if new {
            if out.is_empty() {
                out.reserve_exact(4);
            }
            out.push(Cow::Borrowed(name));
            if seen.is_none() && out.len() > 16 {
                seen = Some(out.iter().cloned().collect());
            }
        }
    };
    if let Some(b) = &article.byline {
        byline_agencies(b, agencies).for_each(&mut add);
    }
    if let Some(t) = article
        .byline_title
        .as_ref()
        .filter(|_| article.byline.is_some())
    {
        byline_agencies(t, agencies).for_each(&mut add);
    }
    if let Some(a) = article
        .lead_credit
        .as_ref()
        .and_then(|c| c.agency.as_deref())
    {
        add(a);
    }
    if let Some(d) = &article.dateline {
        for a in &d.agencies {
            add(a);
        }
    }
    if let Some(s) = article.signoff.as_ref().filter(|s| !s.agency.is_empty()) {
        add(&s.agency);
    }
    for c in &article.credits {
        credit_agencies(&c.joined(), agencies).for_each(&mut add);
    }
    if let Some(d) = &article.disclaimer {
        // A disclaimer names an agency as its source: `… from PTI news service`.
        let raw = d.text.raw();
        let source = crate::text::find_str(raw, "from ").map_or("", |at| &raw[at..]);
        capitalised_words(source, |w| {
            if w.len() >= 2 {
                add(w);
            }
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every related heading the built-in portals know passes the heading
    /// gate, in any ASCII case and after a `#` run.
    #[test]
    fn the_heading_gate_lets_every_heading_through() {
        let lex = Lexicon::builtin();
        let gates = Gates::new(lex);
        let mut seen = 0;
        for portal in lex.portals() {
            for list in portal.related_lists() {
                let h = strip_hashes(list.heading());
                for form in [
                    h.to_string(),
                    h.to_ascii_uppercase(),
                    h.to_ascii_lowercase(),
                    format!("## {h}"),
                ] {
                    assert!(gates.might_be_heading(&form, lex), "{form:?}");
                    assert!(heading_line(&form, lex.portals()).is_some(), "{form:?}");
                }
                seen += 1;
            }
        }
        assert!(seen > 0, "no heading to check");
    }

    proptest::proptest! {
        /// The gate turns away only what `heading_line` does not take.
        #[test]
        fn the_heading_gate_is_a_necessary_condition(
            pick in 0usize..64,
            edit in 0usize..4,
            junk in "[#a-zA-Z ]{0,20}",
        ) {
            let lex = Lexicon::builtin();
            let gates = Gates::new(lex);
            let headings: Vec<&str> = lex
                .portals()
                .iter()
                .flat_map(|p| p.related_lists())
                .map(|l| l.heading())
                .collect();
            let h = headings[pick % headings.len()];
            let block = match edit {
                0 => h.to_ascii_uppercase(),
                1 => format!("{junk}{h}"),
                2 => format!("{h}{junk}"),
                _ => junk.clone(),
            };
            let block = crate::text::trim(&block);
            if heading_line(block, lex.portals()).is_some() {
                proptest::prop_assert!(gates.might_be_heading(block, lex), "{:?}", block);
            }
        }
    }
}
