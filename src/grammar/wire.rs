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
//! use wirecopy::grammar::wire::Blocks;
//! let copy = "    LIMA, March 4 - Peru's tin output\nwill fall.\n    The officials said.\n Reuter\n";
//! let blocks: Vec<&str> = Blocks::new(copy).collect();
//! assert_eq!(blocks, ["LIMA, March 4 - Peru's tin output\nwill fall.", "The officials said.", "Reuter"]);
//! ```

use nom::IResult;
use nom::error::{ContextError, ParseError};

/// Iterates over the lines of a text; `\n`, `\r\n` and a lone `\r` each end
/// a line. Yields each line without its end.
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    rest: &'a str,
    /// Whether `rest` may hold a `\r` (else the search is for `\n` alone).
    cr: bool,
}

impl<'a> Lines<'a> {
    /// Lines of `text`.
    pub fn new(text: &'a str) -> Self {
        Lines {
            rest: text,
            cr: memchr::memchr(b'\r', text.as_bytes()).is_some(),
        }
    }

    /// What has not been yielded yet.
    pub fn rest(&self) -> &'a str {
        self.rest
    }

    /// The blocks of what has not been yielded yet (sharing what this
    /// iterator already knows of the text).
    pub fn into_blocks(self) -> Blocks<'a> {
        Blocks {
            src: self.rest,
            lines: self,
            pending: None,
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
        let found = if self.cr {
            memchr::memchr2(b'\n', b'\r', bytes)
        } else {
            memchr::memchr(b'\n', bytes)
        };
        match found {
            Some(at) => {
                let line = &self.rest[..at];
                let skip = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                self.rest = &self.rest[at + skip..];
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

/// Iterates over the blocks of a text (see the module docs).
#[derive(Debug, Clone)]
pub struct Blocks<'a> {
    src: &'a str,
    lines: Lines<'a>,
    pending: Option<&'a str>,
}

impl<'a> Blocks<'a> {
    /// Blocks of `text`.
    pub fn new(text: &'a str) -> Self {
        Lines::new(text).into_blocks()
    }
}

impl<'a> Iterator for Blocks<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let first = loop {
            let line = match self.pending.take() {
                Some(l) => l,
                None => self.lines.next()?,
            };
            if !is_blank(line) {
                break line;
            }
        };
        let first = super::trim_start(first);
        let start = super::offset_in(self.src, first);
        let mut end = start + super::trim_end(first).len();
        loop {
            // Fast path: an empty line ends the block without a search.
            match self.lines.rest.as_bytes() {
                [b'\n', ..] | [b'\r', b'\n', ..] => {
                    let skip = if self.lines.rest.starts_with('\n') {
                        1
                    } else {
                        2
                    };
                    self.lines.rest = &self.lines.rest[skip..];
                    break;
                }
                _ => {}
            }
            let Some(line) = self.lines.next() else { break };
            if is_blank(line) {
                break;
            }
            if is_indented(line) {
                self.pending = Some(line);
                break;
            }
            end = super::offset_in(self.src, line) + super::trim_end(line).len();
        }
        Some(&self.src[start..end])
    }
}

/// The first block of `i` as a nom parser: skips blank lines, returns the
/// block and the text after it.
pub fn block<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, &'a str, E> {
    let mut blocks = Blocks::new(i);
    match blocks.next() {
        Some(b) => {
            let rest = match blocks.pending {
                Some(p) => &i[super::offset_in(i, p)..],
                None => blocks.lines.rest(),
            };
            Ok((rest, b))
        }
        None => super::fail(i, "a block of text"),
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

    #[test]
    fn block_parser_returns_the_rest() {
        let (rest, b) = block::<nom::error::Error<&str>>("\nA\nb\n\nC").unwrap();
        assert_eq!((b, rest), ("A\nb", "C"));
    }
}
