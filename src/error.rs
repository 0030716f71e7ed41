//! The one error type of the crate.

use std::fmt;

/// Why an input could not be read as an article.
///
/// The kinds are few on purpose: parsing is lenient, so a missing part is
/// `None` or empty in the [`Article`](crate::Article), never an error.
/// New kinds may be added in minor releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input has no characters at all.
    Empty,
    /// The input holds only white space: there is no headline line.
    Blank,
    /// The input is larger than the parser's size limit.
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in force, in bytes.
        limit: usize,
    },
    /// The bytes are not UTF-8 (only from [`parse_bytes`](crate::parse_bytes)).
    InvalidUtf8 {
        /// The first byte that is not part of a valid UTF-8 sequence.
        byte: u8,
    },
    /// The bytes are an XML news document (NITF, NewsML), not text copy
    /// (only from [`parse_bytes`](crate::parse_bytes)).
    Xml {
        /// Which XML format.
        format: crate::envelope::XmlFormat,
    },
}

/// An input that is not an article: what was expected, and where.
///
/// `Display` renders `line L, column C: message`. Lines and columns are
/// 1-based; columns count characters (Unicode scalar values) from the start
/// of the line; the byte offset is available from [`Error::offset`].
///
/// ```
/// let err = wirecopy::parse("   \n\n").unwrap_err();
/// assert_eq!(err.to_string(), "line 1, column 1: expected a headline, found a blank line");
/// assert_eq!((err.line(), err.column(), err.offset()), (1, 1, 0));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[error("line {line}, column {column}: {}", Message(self))]
pub struct Error {
    kind: ErrorKind,
    offset: usize,
    line: usize,
    column: usize,
}

struct Message<'e>(&'e Error);

impl fmt::Display for Message<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.kind {
            ErrorKind::Empty => f.write_str("expected a headline, found the end of input"),
            ErrorKind::Blank => f.write_str("expected a headline, found a blank line"),
            ErrorKind::TooLarge { size, limit } => write!(
                f,
                "input of {size} bytes is over the size limit of {limit} bytes"
            ),
            ErrorKind::Xml { format } => {
                write!(
                    f,
                    "found an XML document ({format}); wirecopy reads text copy"
                )
            }
            ErrorKind::InvalidUtf8 { byte } => {
                write!(
                    f,
                    "expected UTF-8 text, found the invalid byte 0x{byte:02X}"
                )
            }
        }
    }
}

impl Error {
    /// Builds an error of `kind` at byte `offset` of `text`, computing the
    /// line and column. `text` must be the valid UTF-8 text before or around
    /// the offset (for invalid UTF-8 pass the valid prefix).
    pub(crate) fn at(kind: ErrorKind, text: &str, offset: usize) -> Self {
        let (line, column) = line_column(text, offset);
        Error {
            kind,
            offset,
            line,
            column,
        }
    }

    /// The same error, `by` bytes further into the input (after a BOM that
    /// was skipped); line and column are unchanged.
    pub(crate) fn shifted(mut self, by: usize) -> Self {
        self.offset += by;
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Byte offset of the error in the input.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// 1-based line of the error. CRLF, LF and a lone CR each end a line.
    pub fn line(&self) -> usize {
        self.line
    }

    /// 1-based column of the error, in characters.
    pub fn column(&self) -> usize {
        self.column
    }
}

/// Line and column (both 1-based, column in chars) of byte `offset` in `text`.
/// An offset past the end of `text` is placed just after its last character.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let mut end = offset;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text.as_bytes()[..end];
    let mut line = 1;
    let mut line_start = 0;
    let mut i = 0;
    while let Some(pos) = memchr::memchr2(b'\n', b'\r', &before[i..]) {
        let at = i + pos;
        if before[at] == b'\r' && before.get(at + 1) == Some(&b'\n') {
            i = at + 2;
        } else {
            i = at + 1;
        }
        line += 1;
        line_start = i;
    }
    let column = text[line_start.min(end)..end].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_every_line_end_kind() {
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("ab\r\ncd", 5), (2, 2));
        assert_eq!(line_column("ab\rcd", 3), (2, 1));
        assert_eq!(line_column("é\u{e9}x", 4), (1, 3));
        assert_eq!(line_column("", 0), (1, 1));
    }
}
