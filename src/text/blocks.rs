//! Lines and blocks of copy: portal pages (blocks separated by blank lines)
//! and hard-wrapped wire copy (paragraphs that start with an indented line).
//!
//! A *block* is a run of non-blank lines that ends at a blank line or before
//! a line that starts with white space. Portal paragraphs are one block each;
//! in Reuters 1987 copy each indented line starts a new block, so indented
//! table rows are blocks of their own. Blocks are trimmed slices of the
//! input, wrapped lines included.
//!
//! ```
//! use wirecopy::text::Blocks;
//! let copy = "    LIMA, March 4 - Peru's tin output\nwill fall.\n    The officials said.\n Reuter\n";
//! let blocks: Vec<&str> = Blocks::new(copy).collect();
//! assert_eq!(blocks, ["LIMA, March 4 - Peru's tin output\nwill fall.", "The officials said.", "Reuter"]);
//! ```

/// Iterates over the lines of a text; `\n`, `\r\n` and a lone `\r` each end
/// a line. Yields each line without its end.
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    rest: &'a str,
    ends: LineEnds,
}

impl<'a> Lines<'a> {
    /// Lines of `text`.
    pub fn new(text: &'a str) -> Self {
        Lines {
            rest: text,
            ends: LineEnds::new(),
        }
    }

    /// What has not been yielded yet.
    pub fn rest(&self) -> &'a str {
        self.rest
    }

    /// The blocks of what has not been yielded yet.
    pub fn into_blocks(self) -> Blocks<'a> {
        Blocks {
            src: self.rest,
            pos: 0,
            ends: self.ends,
            known: None,
            per_line: false,
        }
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        let bytes = self.rest.as_bytes();
        match self.ends.find(bytes) {
            Some(at) => {
                let line = &self.rest[..at];
                self.rest = &self.rest[at + end_len(bytes, at)..];
                Some(line)
            }
            None => {
                let line = self.rest;
                self.rest = "";
                Some(line)
            }
        }
    }
}

/// The length of the line end at `at` (a `\n`, `\r` or `\r\n` found there).
#[inline]
fn end_len(bytes: &[u8], at: usize) -> usize {
    if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
        2
    } else {
        1
    }
}

/// Whether a line holds only white space.
pub fn is_blank(line: &str) -> bool {
    match line.as_bytes().first() {
        None => true,
        // Fast path: a visible ASCII character first.
        Some(&b) if b.is_ascii() && !super::is_ascii_space(b) => false,
        _ => line.chars().all(super::is_invisible),
    }
}

/// Whether a line starts with white space (it opens a new wire paragraph).
pub fn is_indented(line: &str) -> bool {
    match line.as_bytes().first() {
        Some(&b) if b.is_ascii() => super::is_ascii_space(b),
        _ => line.starts_with(char::is_whitespace),
    }
}

/// The search for line ends, `\n` and `\r` at once. On x86-64 with AVX2
/// the vector searcher is built once, for every text, and referred to (it
/// is some hundred bytes: copied into each `Blocks`, it cost a `memcpy`
/// a text); the generic `memchr2` picks and builds one on every call, which
/// costs as much as searching a short line. (Both bytes are searched in
/// every text: that costs less than a first pass over the text to learn
/// whether it holds a CR at all.)
#[derive(Debug, Clone, Copy)]
struct LineEnds {
    #[cfg(target_arch = "x86_64")]
    avx2: Option<&'static memchr::arch::x86_64::avx2::memchr::Two>,
}

#[cfg(target_arch = "x86_64")]
static AVX2_LINE_ENDS: std::sync::LazyLock<Option<memchr::arch::x86_64::avx2::memchr::Two>> =
    std::sync::LazyLock::new(|| memchr::arch::x86_64::avx2::memchr::Two::new(b'\n', b'\r'));

impl LineEnds {
    fn new() -> Self {
        LineEnds {
            #[cfg(target_arch = "x86_64")]
            avx2: AVX2_LINE_ENDS.as_ref(),
        }
    }

    /// The first line end in `bytes`.
    #[inline]
    fn find(&self, bytes: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(two) = self.avx2 {
            return two.find(bytes);
        }
        memchr::memchr2(b'\n', b'\r', bytes)
    }
}

/// Iterates over the blocks of a text (see the module docs).
///
/// It reads each line once: one search for the line's end, then a look at
/// its first and last bytes.
#[derive(Debug, Clone)]
pub struct Blocks<'a> {
    src: &'a str,
    /// Where the first line not yet taken starts.
    pos: usize,
    /// The search for line ends.
    ends: LineEnds,
    /// The end of the line at `pos` and the start of the next, when that
    /// line was read already (an indented line that ended a block).
    known: Option<(usize, usize)>,
    /// Every line a block of its own ([`Layout::Lines`](super::Layout::Lines)).
    per_line: bool,
}

impl<'a> Blocks<'a> {
    /// Blocks of `text`.
    pub fn new(text: &'a str) -> Self {
        Lines::new(text).into_blocks()
    }

    /// What has not been yielded yet.
    pub fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    /// Blocks of the given layout: with [`Layout::Lines`](super::Layout::Lines)
    /// every line that is not blank is a block of its own.
    ///
    /// ```
    /// use wirecopy::text::{Blocks, Layout};
    /// let b: Vec<_> = Blocks::new("A.\nB.\n\nC.").with_layout(Layout::Lines).collect();
    /// assert_eq!(b, ["A.", "B.", "C."]);
    /// ```
    pub fn with_layout(mut self, layout: super::Layout) -> Self {
        self.per_line = layout == super::Layout::Lines;
        self
    }

    /// The end of the line that starts at `pos` (without its line end) and
    /// the start of the line after it.
    #[inline]
    fn line_at(&self, pos: usize) -> (usize, usize) {
        let bytes = &self.src.as_bytes()[pos..];
        match self.ends.find(bytes) {
            Some(at) => (pos + at, pos + at + end_len(bytes, at)),
            None => (self.src.len(), self.src.len()),
        }
    }

    /// How the line that starts at `pos` opens: ASCII white space is
    /// skipped without looking for the line's end.
    #[inline]
    fn open_line(&self, pos: usize) -> Opening {
        let b = self.src.as_bytes();
        let mut p = pos;
        while p < b.len() && super::is_inline_ascii_space(b[p]) {
            p += 1;
        }
        match b.get(p) {
            None => Opening::Blank(b.len()),
            Some(b'\n' | b'\r') => Opening::Blank(p + end_len(b, p)),
            Some(c) if c.is_ascii() => Opening::Text {
                at: p,
                indented: p > pos,
            },
            Some(_) => Opening::Unicode,
        }
    }
}

/// How a line opens, read from its first bytes.
enum Opening {
    /// A blank line of ASCII white space; the next line starts here.
    Blank(usize),
    /// Text at this offset (the first visible byte, ASCII), after white
    /// space or not.
    Text { at: usize, indented: bool },
    /// Something outside ASCII first: the line must be read as characters.
    Unicode,
}

impl<'a> Blocks<'a> {
    /// The first line that is not blank, from `pos` on: where its text
    /// starts and ends, and where the line after it starts.
    fn first_line(&mut self) -> Option<(usize, usize, usize)> {
        let src = self.src;
        loop {
            if self.pos >= src.len() {
                return None;
            }
            // A line read already (by the block before) or that opens
            // outside ASCII is read as characters.
            let (e, n) = match self.known.take() {
                Some(known) => known,
                None => match self.open_line(self.pos) {
                    Opening::Blank(n) => {
                        self.pos = n;
                        continue;
                    }
                    Opening::Text { at, .. } => {
                        let (e, n) = self.line_at(at);
                        return Some((at, e, n));
                    }
                    Opening::Unicode => self.line_at(self.pos),
                },
            };
            let line = &src[self.pos..e];
            if !is_blank(line) {
                return Some((e - super::trim_start(line).len(), e, n));
            }
            self.pos = n;
        }
    }
}

impl<'a> Iterator for Blocks<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let src = self.src;
        // The usual line first: it opens with visible ASCII (after ASCII
        // spaces, in indented copy) where the last block left off, with no
        // line read ahead; anything else goes to `first_line`.
        let first = match (self.known, src.as_bytes().get(self.pos)) {
            (None, Some(&c)) if c > b' ' && c.is_ascii() => {
                let (e, n) = self.line_at(self.pos);
                Some((self.pos, e, n))
            }
            (None, Some(_)) => match self.open_line(self.pos) {
                Opening::Text { at, .. } => {
                    let (e, n) = self.line_at(at);
                    Some((at, e, n))
                }
                Opening::Blank(n) => {
                    self.pos = n;
                    None
                }
                Opening::Unicode => None,
            },
            _ => None,
        };
        // The first line that is not blank opens the block. Line ends are
        // kept untrimmed: the block's end is trimmed once, at the end.
        let (start, mut end, mut next) = if let Some(first) = first {
            first
        } else {
            self.first_line()?
        };
        if self.per_line {
            self.pos = next;
            return Some(super::trim_end(&src[start..end]));
        }
        // Lines run on until a blank line (taken) or an indented one (left
        // for the next block).
        loop {
            match self.open_line(next) {
                Opening::Blank(n) => {
                    next = n;
                    break;
                }
                Opening::Text { indented: true, .. } => break,
                Opening::Text { at, .. } => {
                    (end, next) = self.line_at(at);
                }
                Opening::Unicode => {
                    let (e, n) = self.line_at(next);
                    let line = &src[next..e];
                    if is_blank(line) {
                        next = n;
                        break;
                    }
                    if is_indented(line) {
                        self.known = Some((e, n));
                        break;
                    }
                    (end, next) = (e, n);
                }
            }
        }
        self.pos = next;
        // The block ends where its last line's text does.
        Some(super::trim_end(&src[start..end]))
    }
}

/// The last line of a block and the text before it, if it has more than one.
pub(crate) fn split_last_line(block: &str) -> Option<(&str, &str)> {
    let at = memchr::memrchr2(b'\n', b'\r', block.as_bytes())?;
    let before = block[..at].trim_end();
    let last = block[at + 1..].trim();
    (!before.is_empty() && !last.is_empty()).then_some((before, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_accept_every_line_end() {
        let v: Vec<_> = Lines::new("a\r\nb\rc\nd").collect();
        assert_eq!(v, ["a", "b", "c", "d"]);
    }

    #[test]
    fn blocks_split_on_blank_lines_and_indentation() {
        let v: Vec<_> = Blocks::new("\n\nA\nb\n\n  C\nd\n    E\n\n").collect();
        assert_eq!(v, ["A\nb", "C\nd", "E"]);
    }

    /// The blocks as the module docs define them, line by line with
    /// [`Lines`]: the model the byte-level iterator must agree with.
    fn model(text: &str) -> Vec<(&str, &str)> {
        let mut out = Vec::new();
        let mut lines = Lines::new(text);
        let mut pending: Option<&str> = None;
        loop {
            let first = loop {
                let line = match pending.take() {
                    Some(l) => l,
                    None => match lines.next() {
                        Some(l) => l,
                        None => return out,
                    },
                };
                if !is_blank(line) {
                    break line;
                }
            };
            let first = first.trim_start();
            let start = super::super::offset_in(text, first);
            let mut end = start + first.trim_end().len();
            let mut rest = lines.rest();
            while let Some(line) = lines.next() {
                if is_blank(line) {
                    rest = lines.rest();
                    break;
                }
                if is_indented(line) {
                    pending = Some(line);
                    rest = &text[super::super::offset_in(text, line)..];
                    break;
                }
                end = super::super::offset_in(text, line) + line.trim_end().len();
                rest = lines.rest();
            }
            out.push((&text[start..end], rest));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn blocks_agree_with_the_line_model(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "\n", "\r\n", "\r", " ", "\t", "x", "Yz", "\u{a0}", "\u{200b}",
                    "\u{2003}", "\u{feff}", "é", "\n\n", "    ", "\n ", "\x0c",
                ]),
                0..40,
            )
        ) {
            let text: String = parts.concat();
            let mut blocks = Blocks::new(&text);
            let mut got = Vec::new();
            while let Some(b) = blocks.next() {
                // What is left is where the next block's search starts.
                let rest = blocks.rest();
                got.push((b, rest));
            }
            let want = model(&text);
            // The same blocks, each followed by the same rest (the next line
            // to read, or the indented line kept for the next block).
            let offsets = |v: &[(&str, &str)]| {
                v.iter()
                    .map(|(b, r)| (b.to_string(), super::super::offset_in(&text, b), text.len() - r.len()))
                    .collect::<Vec<_>>()
            };
            proptest::prop_assert_eq!(offsets(&got), offsets(&want));
        }
    }
}
