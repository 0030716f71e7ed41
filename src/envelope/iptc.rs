//! IPTC 7901 envelopes ("IPTC Recommended Message Format": dpa, KNA and
//! other agencies).
//!
//! Anatomy, as the recommendation lays it out and dpa sends it:
//!
//! ```text
//! SOH eca062 4 i 211 ccccb   dpa 061     service id + sequence, priority,
//!                                         category, word count, optional info
//! Germany-politics/                       keyword line
//! STX Germany Social Democrats: ... =     headline, ended by "=" (flags such
//!                                         as EXTRA and By lines may share it)
//!    Berlin (dpa) - Negotiations ...      paragraphs
//! # dpa NOTEBOOK / * * * * / The following information is not for publication
//! dpa wsz jln npr                         sign-off
//! ETX 131137 GMT Nov 13                   filing time (day, hour, minute, month, year)
//! DEL EOT
//! ```

use memchr::memchr;

use super::anpa::{frame, tokens};
use super::text::{
    Clean, Cleaner, Line, Lines, Span, field, is_all_caps, is_byline, is_byline_title, slice, trim,
};
use super::{Layout, STX};

/// How many lines after STX may hold the headline block.
const MAX_HEADER_LINES: usize = 8;

/// Reads an IPTC 7901 envelope whose SOH is at `soh`.
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
    let mut story_start = len;
    if let Some(l1) = line1 {
        read_line1(text, soh + 1, l1.end, &mut l);
        story_start = l1.next;
    }
    // The keyword line: the first non-blank line before STX.
    let keyword = head.find(|k| !slice(text, k.start, k.end).trim().is_empty());
    match (stx, keyword) {
        (Some(s), k) => {
            if let Some(k) = k {
                l.slug = keyword_span(text, k);
            }
            story_start = s + 1;
        }
        (None, Some(k)) if slice(text, k.start, k.end).trim_end().ends_with('/') => {
            l.slug = keyword_span(text, k);
            story_start = k.next;
        }
        (None, _) => {}
    }
    let story_end = frame(text, story_start, &mut l);
    read_story(text, story_start, story_end, cl, &mut l);
    l
}

fn keyword_span(text: &str, k: Line) -> Option<Span> {
    field(text, k.start, k.end)
}

fn read_line1(text: &str, start: usize, end: usize, l: &mut Layout) {
    let toks = tokens(text, start, end);
    let tok = |i: usize| toks.get(i).map_or("", |&(s, e)| slice(text, s, e));
    let mut next = 0;
    if let Some(&(s, e)) = toks.first() {
        let t = tok(0);
        // Stop at a control character: the header line holds none.
        if !t.chars().any(super::text::is_story_control) {
            let letters = t.bytes().take_while(u8::is_ascii_alphabetic).count();
            if letters > 0 {
                l.service = Some(Span::raw(s, s + letters));
            }
            if e > s + letters {
                l.sequence = Some(Span::raw(s + letters, e));
            }
            next = 1;
        }
    }
    if next == 1 && tok(1).chars().count() == 1 && tok(1).bytes().all(|c| c.is_ascii_graphic()) {
        l.priority = toks.get(1).map(|&(s, e)| Span::raw(s, e));
        next = 2;
    }
    let t2 = tok(2);
    if next == 2 && (1..=3).contains(&t2.len()) && t2.bytes().all(|c| c.is_ascii_alphabetic()) {
        l.category = toks.get(2).map(|&(s, e)| Span::raw(s, e));
        next = 3;
    }
    let t3 = tok(3);
    if next == 3 && !t3.is_empty() && t3.bytes().all(|c| c.is_ascii_digit()) {
        l.word_count = t3.parse().ok();
        next = 4;
    }
    if let Some(&(s, _)) = toks.get(next) {
        l.extra = field(text, s, end);
    }
}

/// A flag line before the headline (`EXTRA`, `URGENT`, `EILT`).
fn is_flag(c: &str) -> bool {
    is_all_caps(c) && c.split_whitespace().count() <= 3 && c.len() <= 30
}

/// Where the notebook or "not for publication" block starts.
fn is_trailer_start(text: &str, lines: &[Line], m: usize) -> bool {
    const NOT_FOR_PUBLICATION: [&str; 3] = [
        "The following information is not",
        "Die folgenden Informationen sind nicht",
        "Folgende Informationen sind nicht",
    ];
    let line = |i: usize| {
        lines
            .get(i)
            .map_or("", |x| slice(text, x.start, x.end).trim())
    };
    let t = line(m);
    if t.starts_with('#') {
        let lower = t.to_lowercase();
        if lower.contains("notebook") || lower.contains("notizblock") {
            return true;
        }
    }
    if NOT_FOR_PUBLICATION.iter().any(|p| t.starts_with(p)) {
        return true;
    }
    t.starts_with("* * *")
        && (m + 1..lines.len().min(m + 4))
            .map(line)
            .any(|n| NOT_FOR_PUBLICATION.iter().any(|p| n.starts_with(p)))
}

/// A sign-off: an agency and editors' initials (`dpa wsz jln npr`), or
/// initials joined by slashes (`hh/ph/ts`).
fn is_signoff(c: &str) -> bool {
    let c = c.trim();
    if c.len() < 3 || c.len() > 60 {
        return false;
    }
    let words: Vec<&str> = c.split_whitespace().collect();
    let initials =
        |w: &&str| (1..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase());
    match words.as_slice() {
        [one] => one.contains('/') && one.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'/'),
        [agency, rest @ ..] if rest.len() <= 7 => {
            (2..=12).contains(&agency.len())
                && agency
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'/')
                && rest.iter().all(initials)
        }
        _ => false,
    }
}

fn is_blank(text: &str, x: &Line) -> bool {
    slice(text, x.start, x.end).trim().is_empty()
}

fn read_story(text: &str, start: usize, end: usize, cl: &mut Cleaner, l: &mut Layout) {
    let lines: Vec<Line> = Lines::new(text, start, end).collect();
    let n = lines.len();
    let content = |x: &Line| trim(text, x.start, x.end);
    let mut i = 0;
    while i < n && lines.get(i).is_some_and(|x| is_blank(text, x)) {
        i += 1;
    }
    // The headline block: up to the first line ended by "=".
    let mut k = None;
    for j in i..n.min(i + MAX_HEADER_LINES) {
        let Some(x) = lines.get(j) else { break };
        let t = slice(text, x.start, x.end).trim_end();
        if t.trim().is_empty() {
            break;
        }
        if t.ends_with('=') {
            k = Some(j);
            break;
        }
    }
    let block_end = match k {
        Some(k) => k + 1,
        None if i < n => i + 1,
        None => n,
    };
    let mut by_seen = false;
    for j in i..block_end {
        let Some(x) = lines.get(j) else { break };
        let (mut s, mut e) = content(x);
        if Some(j) == k
            && let Some(rest) = slice(text, s, e).strip_suffix('=')
        {
            (s, e) = trim(text, s, s + rest.len());
        }
        let c = slice(text, s, e);
        if c.is_empty() {
            continue;
        }
        let span = cl.span(text, s, e, Clean::Plain);
        l.header.push(span);
        if is_byline(c) {
            l.bylines.push(span);
            by_seen = true;
        } else if by_seen && is_byline_title(c) {
            l.bylines.push(span);
        } else if l.headline.is_none() && !(is_flag(c) && j + 1 < block_end) {
            l.headline = Some(span);
        }
    }
    // More `By ... =` lines after the headline, each maybe with a title.
    let mut next = block_end;
    if k.is_some() {
        loop {
            let mut p = next;
            while p < n && lines.get(p).is_some_and(|x| is_blank(text, x)) {
                p += 1;
            }
            let Some(x) = lines.get(p) else { break };
            let (s, e) = content(x);
            let Some(c) = slice(text, s, e).strip_suffix('=') else {
                break;
            };
            let c = c.trim_end();
            if !(is_byline(c) || (by_seen && is_byline_title(c))) {
                break;
            }
            let span = cl.span(text, s, s + c.len(), Clean::Plain);
            l.header.push(span);
            l.bylines.push(span);
            by_seen = true;
            next = p + 1;
        }
    }
    let mut b = next;
    while b < n && lines.get(b).is_some_and(|x| is_blank(text, x)) {
        b += 1;
    }
    let trailer_at = (b..n).find(|&m| is_trailer_start(text, &lines, m));
    let body_end_idx = trailer_at.unwrap_or(n);
    let last = (b..n)
        .rev()
        .find(|&z| lines.get(z).is_some_and(|x| !is_blank(text, x)));
    let signoff = last.filter(|&z| {
        lines.get(z).is_some_and(|x| {
            let (s, e) = content(x);
            is_signoff(slice(text, s, e))
        })
    });
    let line_start = |idx: usize| lines.get(idx).map_or(end, |x| x.start);
    if let Some(z) = signoff
        && let Some(x) = lines.get(z)
    {
        let (s, e) = content(x);
        l.signoff = Some(cl.span(text, s, e, Clean::Plain));
        l.signoff_in_body = z < body_end_idx;
    }
    let from = line_start(b);
    let to_max = line_start(body_end_idx).max(from);
    let to = from + slice(text, from, to_max).trim_end().len();
    l.body = if to > from {
        cl.span(text, from, to, Clean::Plain)
    } else {
        Span::raw(from.min(end), from.min(end))
    };
    if let Some(t) = trailer_at {
        let ts = line_start(t);
        let te_max = match signoff {
            Some(z) if z >= t => line_start(z),
            _ => end,
        }
        .max(ts);
        let te = ts + slice(text, ts, te_max).trim_end().len();
        if te > ts {
            l.trailer = Some(cl.span(text, ts, te, Clean::Plain));
        }
    }
}
