//! Line and span helpers shared by the envelope readers, and the cleaning of
//! story text (transmission and typesetting codes out, text in).

use memchr::memchr2;

/// A region of the opened text: of the decoded file itself (`clean ==
/// false`) or of the cleaned copy kept beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Span {
    pub(crate) clean: bool,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl Span {
    pub(crate) fn raw(start: usize, end: usize) -> Self {
        Self {
            clean: false,
            start,
            end: end.max(start),
        }
    }
}

/// One line of text: `start..end` without its line ending, `next` where the
/// following line starts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) next: usize,
}

/// The lines of `text[pos..end]`; LF, CRLF and a lone CR all end a line.
pub(crate) struct Lines<'t> {
    bytes: &'t [u8],
    pos: usize,
    end: usize,
}

impl<'t> Lines<'t> {
    pub(crate) fn new(text: &'t str, pos: usize, end: usize) -> Self {
        let end = end.min(text.len());
        Self {
            bytes: text.as_bytes(),
            pos: pos.min(end),
            end,
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.pos >= self.end {
            return None;
        }
        let start = self.pos;
        let hay = self.bytes.get(start..self.end)?;
        let line = match memchr2(b'\r', b'\n', hay) {
            None => Line {
                start,
                end: self.end,
                next: self.end,
            },
            Some(i) => {
                let at = start + i;
                let crlf = self.bytes.get(at) == Some(&b'\r')
                    && at + 1 < self.end
                    && self.bytes.get(at + 1) == Some(&b'\n');
                Line {
                    start,
                    end: at,
                    next: if crlf { at + 2 } else { at + 1 },
                }
            }
        };
        self.pos = line.next;
        Some(line)
    }
}

/// `text[start..end]`, or `""` when that is not a valid slice.
pub(crate) fn slice(text: &str, start: usize, end: usize) -> &str {
    text.get(start..end).unwrap_or_default()
}

/// The offsets of `text[start..end]` without surrounding white space.
pub(crate) fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = slice(text, start, end);
    let lead = s.len() - s.trim_start().len();
    let kept = s.trim().len();
    (start + lead, start + lead + kept)
}

/// An envelope field at `text[start..end]`: cut at the first control
/// character, trimmed; `None` when nothing is left.
pub(crate) fn field(text: &str, start: usize, end: usize) -> Option<Span> {
    let t = slice(text, start, end);
    let cut = t.find(is_story_control).unwrap_or(t.len());
    let (s, e) = trim(text, start, start + cut);
    (e > s).then(|| Span::raw(s, e))
}

/// Whether `c` is a control character that must not reach story text: all
/// C0 and C1 controls and DEL, except tab and the line endings.
pub(crate) fn is_story_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// How a story region is cleaned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Clean {
    /// Controls out (US becomes a tab, RS a space, others are dropped).
    Plain,
    /// As `Plain`, and the ANPA typesetting marks of body lines: a leading
    /// `^` (header/bold line) or BS (tab line indicator, then `{` is ½), and
    /// a trailing quad code `<` or `=`.
    AnpaBody,
}

const BS: char = '\u{8}';

fn needs_cleaning(s: &str, mode: Clean) -> bool {
    if s.chars().any(is_story_control) {
        return true;
    }
    mode == Clean::AnpaBody
        && Lines::new(s, 0, s.len()).any(|l| {
            let t = slice(s, l.start, l.end);
            t.starts_with('^') || t.trim_end().ends_with(['<', '='])
        })
}

fn push_chars(out: &mut String, s: &str, table: bool) {
    for c in s.chars() {
        match c {
            '\u{1f}' => out.push('\t'),
            '\u{1e}' => out.push(' '),
            '{' if table => out.push('½'),
            c if is_story_control(c) => {}
            c => out.push(c),
        }
    }
}

/// The cleaned copy of story text, built while reading an envelope.
#[derive(Debug, Default)]
pub(crate) struct Cleaner {
    pub(crate) buf: String,
}

impl Cleaner {
    /// A span for `text[start..end]` as story text: the raw region when it
    /// is already clean, else a cleaned copy appended to the buffer.
    pub(crate) fn span(&mut self, text: &str, start: usize, end: usize, mode: Clean) -> Span {
        let s = slice(text, start, end);
        if !needs_cleaning(s, mode) {
            return Span::raw(start, end);
        }
        let from = self.buf.len();
        match mode {
            Clean::Plain => push_chars(&mut self.buf, s, false),
            Clean::AnpaBody => {
                for l in Lines::new(s, 0, s.len()) {
                    let mut t = slice(s, l.start, l.end);
                    let table = t.starts_with(BS);
                    if table {
                        t = t.get(1..).unwrap_or_default();
                    }
                    if let Some(rest) = t.strip_prefix('^') {
                        t = rest;
                    }
                    let te = t.trim_end();
                    if let Some(rest) = te.strip_suffix(['<', '=']) {
                        t = rest.trim_end();
                    }
                    push_chars(&mut self.buf, t, table);
                    self.buf.push_str(slice(s, l.end, l.next));
                }
            }
        }
        // Cleaning can leave white space at the end: keep the span tight.
        let kept = slice(&self.buf, from, self.buf.len()).trim_end().len();
        Span {
            clean: true,
            start: from,
            end: from + kept,
        }
    }
}

/// Whether the line is a byline: `By ...` (or `BY ...`).
pub(crate) fn is_byline(s: &str) -> bool {
    let s = s.trim_start();
    (s.starts_with("By ") || s.starts_with("BY ")) && s.len() > 3
}

/// Whether the line is the title or agency line that may follow a byline
/// (`AP Sports Writer`, `Associated Press`, `The Associated Press`).
pub(crate) fn is_byline_title(s: &str) -> bool {
    const TITLE_WORDS: [&str; 14] = [
        "writer",
        "writers",
        "correspondent",
        "correspondents",
        "editor",
        "reporter",
        "columnist",
        "critic",
        "press",
        "staff",
        "photographer",
        "chief",
        "contributor",
        "analyst",
    ];
    let s = s.trim();
    if s.is_empty() || s.len() > 60 || !s.chars().any(char::is_lowercase) {
        return false;
    }
    if s.starts_with("AP ") || s.contains("Associated Press") {
        return true;
    }
    s.rsplit(' ')
        .next()
        .is_some_and(|w| TITLE_WORDS.iter().any(|t| w.eq_ignore_ascii_case(t)))
}

/// Whether the line is in capitals only (at least two letters, none
/// lowercase): a subhead such as `AMERICAN LEAGUE` or a flag such as `EXTRA`.
pub(crate) fn is_all_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}
