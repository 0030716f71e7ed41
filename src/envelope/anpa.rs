//! ANPA-1312 envelopes (AP and other North American wire services).
//!
//! Anatomy, as the NAA guidelines lay it out and AP sends it:
//!
//! ```text
//! SYN SYN SOH  W 2870 US asian                       service level, sequence, selector
//! f SP l DC3 DC1 SP BC-LT--Argentina-CancerB  11-13 1049
//!   priority, category, format identifier (DC2 = tabular), keyword,
//!   take key/version, month-day, word count
//! STX ^BC-LT--Argentina-Cancer Beauty,466<           keyword line
//! ^For Argentine chemo patients, mirrors can hurt <  headline
//! ^AP Photo XNP101<  ^Eds: ...<                      photo and note lines
//! ^By PAUL BYRNE and ALMUDENA CALATRAVA=             byline
//! ^Associated Press=                                 byline title / agency
//! TAB   BUENOS AIRES, Argentina (AP) _ ...           paragraphs
//! TAB   ETX AP-WF-11-13-13 1509GMT<                  filing time
//! FF EOT
//! ```
//!
//! `^` starts a header (bold) line and `<` / `=` end lines (quad left /
//! quad centre). In tabular copy BS starts a table line (tab line
//! indicator), DLE is a space band, US and RS are column breaks and padding.

use memchr::memchr;

use super::text::{
    Clean, Cleaner, Lines, Span, field, is_all_caps, is_byline, is_byline_title, slice, trim,
};
use super::{ETX, Layout, STX, US};

/// Reads an ANPA-1312 envelope whose SOH is at `soh`.
pub(crate) fn read(text: &str, soh: usize, cl: &mut Cleaner) -> Layout {
    let bytes = text.as_bytes();
    let len = text.len();
    let mut l = Layout::default();

    let stx = bytes
        .get(soh..)
        .and_then(|b| memchr(STX, b))
        .map(|i| soh + i);
    let mut head = Lines::new(text, soh, stx.unwrap_or(len));
    let line1 = head.next();
    let line2 = head.next();
    if let Some(l1) = line1 {
        read_line1(text, soh + 1, l1.end, &mut l);
    }
    let line2 = line2.filter(|l2| {
        slice(text, l2.start, l2.end)
            .bytes()
            .any(|b| (0x11..=0x14).contains(&b))
    });
    if let Some(l2) = line2 {
        read_line2(text, l2.start, l2.end, &mut l);
    }
    let story_start = match (stx, line2, line1) {
        (Some(s), _, _) => s + 1,
        (None, Some(l2), _) => l2.next,
        (None, None, Some(l1)) => l1.next,
        (None, None, None) => len,
    };
    let story_end = frame(text, story_start, &mut l);
    read_story(text, story_start, story_end, cl, &mut l);
    l
}

/// Frames the story that starts at `story_start`: it runs to ETX (or the
/// end of the text); what stands before it is the lead, what follows the
/// tail, and the line after ETX gives the filing time. Returns the story's
/// end. Both formats frame their story so.
pub(crate) fn frame(text: &str, story_start: usize, l: &mut Layout) -> usize {
    let len = text.len();
    let etx = text
        .as_bytes()
        .get(story_start..)
        .and_then(|b| memchr(ETX, b))
        .map(|i| story_start + i);
    let story_end = etx.unwrap_or(len);
    l.lead = Span::raw(0, story_start);
    l.story = Span::raw(story_start, story_end);
    l.tail = Span::raw(story_end, len);
    if let Some(e) = etx {
        l.filing_time = filing_time(text, e + 1);
    }
    story_end
}

/// The filing time on the line after ETX, without the quad code.
pub(crate) fn filing_time(text: &str, from: usize) -> Option<Span> {
    let line = Lines::new(text, from, text.len()).next()?;
    let span = field(text, line.start, line.end)?;
    let t = slice(text, span.start, span.end).trim_end_matches('<');
    field(text, span.start, span.start + t.len())
}

/// Tokens separated by white space or control characters of `text[start..end]`, as offsets.
pub(crate) fn tokens(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let end = end.min(b.len());
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        let sep = |c: &u8| c.is_ascii_whitespace() || c.is_ascii_control();
        while i < end && b.get(i).is_some_and(sep) {
            i += 1;
        }
        let s = i;
        while i < end && !b.get(i).is_some_and(sep) {
            i += 1;
        }
        if i > s {
            out.push((s, i));
        }
    }
    out
}

fn read_line1(text: &str, mut p: usize, end: usize, l: &mut Layout) {
    let b = text.as_bytes();
    let at = |i: usize| if i < end { b.get(i).copied() } else { None };
    if at(p).is_some_and(|c| c.is_ascii_alphabetic()) {
        l.service = Some(Span::raw(p, p + 1));
        p += 1;
    }
    let s = p;
    while at(p).is_some_and(|c| c.is_ascii_digit()) {
        p += 1;
    }
    if p > s {
        l.sequence = Some(Span::raw(s, p));
    }
    if at(p) == Some(US) {
        p += 1;
    }
    let s = p;
    while at(p).is_some_and(|c| c.is_ascii_graphic()) {
        p += 1;
    }
    if p > s {
        l.selector = Some(Span::raw(s, p));
    }
}

fn is_date(t: &str) -> bool {
    let mut parts = t.split('-');
    let ok = |x: Option<&str>| {
        x.is_some_and(|d| (1..=2).contains(&d.len()) && d.bytes().all(|c| c.is_ascii_digit()))
    };
    ok(parts.next()) && ok(parts.next()) && parts.next().is_none()
}

fn read_line2(text: &str, start: usize, end: usize, l: &mut Layout) {
    let b = text.as_bytes();
    let is_code = |c: &u8| (0x11..=0x14).contains(c);
    let Some(code) = b.get(start..end).and_then(|x| x.iter().position(is_code)) else {
        return;
    };
    let code = start + code;
    let codes = b
        .get(code..end)
        .map_or(0, |x| x.iter().take_while(|c| is_code(c)).count());
    l.tabular = b.get(code..code + codes).is_some_and(|x| x.contains(&0x12));
    if b.get(start).is_some_and(u8::is_ascii_alphanumeric) && start < code {
        l.priority = Some(Span::raw(start, start + 1));
    }
    if let Some(i) = (start + 1..code).find(|&i| b.get(i).is_some_and(u8::is_ascii_alphanumeric)) {
        l.category = Some(Span::raw(i, i + 1));
    }
    let toks = tokens(text, code + codes, end);
    let Some(&(ss, se)) = toks.first() else {
        return;
    };
    l.slug = field(text, ss, se);
    let tok = |i: usize| toks.get(i).map_or("", |&(s, e)| slice(text, s, e));
    let n = toks.len();
    let mut mid_end = end;
    if n >= 3 && is_date(tok(n - 2)) && tok(n - 1).bytes().all(|c| c.is_ascii_digit()) {
        l.word_count = tok(n - 1).parse().ok();
        if let Some(&(s, e)) = toks.get(n - 2) {
            l.date = Some(Span::raw(s, e));
            mid_end = s;
        }
    } else if n >= 2
        && is_date(tok(n - 1))
        && let Some(&(s, e)) = toks.get(n - 1)
    {
        l.date = Some(Span::raw(s, e));
        mid_end = s;
    }
    l.take_key = field(text, se, mid_end);
}

fn is_keyword_line(c: &str) -> bool {
    let letters = c.bytes().take_while(u8::is_ascii_alphabetic).count();
    (2..=3).contains(&letters)
        && c.as_bytes().get(letters) == Some(&b'-')
        && (c.contains("--")
            || c.rsplit(',')
                .next()
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|d| d.is_ascii_digit())))
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

/// Whether a header line is a note to editors.
pub(crate) fn is_note(c: &str) -> bool {
    [
        "eds:",
        "eds.",
        "editor's note",
        "editors note",
        "editors:",
        "editor's:",
    ]
    .iter()
    .any(|p| starts_with_ci(c, p))
}

fn is_media(c: &str) -> bool {
    [
        "AP Photo",
        "AP Video",
        "AP Graphic",
        "AP Audio",
        "With AP Photo",
    ]
    .iter()
    .any(|p| c.starts_with(p))
}

/// The content of a `^` header line: without `^`, the quad code and white
/// space.
fn header_content(text: &str, start: usize, end: usize) -> (usize, usize) {
    let (s, e) = trim(text, start + 1, end);
    let t = slice(text, s, e);
    match t.strip_suffix(['<', '=', '>']) {
        Some(rest) => trim(text, s, s + rest.len()),
        None => (s, e),
    }
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum By {
    NotYet,
    Seen,
    Done,
}

fn read_story(text: &str, start: usize, end: usize, cl: &mut Cleaner, l: &mut Layout) {
    let mut body_from = end;
    let mut seen = false;
    let mut by = By::NotYet;
    let mut index = 0usize;
    for line in Lines::new(text, start, end) {
        let t = slice(text, line.start, line.end);
        if !seen && t.trim().is_empty() {
            continue;
        }
        if !t.starts_with('^') || by == By::Done {
            body_from = line.start;
            break;
        }
        let (cs, ce) = header_content(text, line.start, line.end);
        let c = slice(text, cs, ce);
        if by == By::Seen {
            if is_byline(c) || is_byline_title(c) {
                let span = cl.span(text, cs, ce, Clean::Plain);
                l.bylines.push(span);
                l.header.push(span);
                by = if is_byline(c) { By::Seen } else { By::Done };
                continue;
            }
            body_from = line.start;
            break;
        }
        seen = true;
        if c.is_empty() {
            continue;
        }
        let span = cl.span(text, cs, ce, Clean::Plain);
        let first = index == 0;
        index += 1;
        if first && is_keyword_line(c) {
            l.keyword_line = Some(span);
        } else if is_byline(c) {
            l.bylines.push(span);
            by = By::Seen;
        } else if is_note(c) {
            l.notes.push(span);
        } else if is_media(c) {
        } else if l.headline.is_none() {
            l.headline = Some(span);
        } else if is_all_caps(c) {
            // A subhead such as `AMERICAN LEAGUE`: the body begins.
            body_from = line.start;
            break;
        }
        l.header.push(span);
    }
    // Skip blank lines before the body.
    let mut from = end;
    for line in Lines::new(text, body_from, end) {
        if !slice(text, line.start, line.end).trim().is_empty() {
            from = line.start;
            break;
        }
    }
    let to = from + slice(text, from, end).trim_end().len();
    l.body = if to > from {
        cl.span(text, from, to, Clean::AnpaBody)
    } else {
        Span::raw(end, end)
    };
}
