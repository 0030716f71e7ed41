//! How a text lays out its blocks, decided from the text itself.
//!
//! Copy reaches the parser in two layouts:
//!
//! - [`Layout::Blocks`]: blocks separated by blank lines (portal pages, the
//!   seed), and in wire copy paragraphs that open with an indented line
//!   (hard-wrapped Reuters 1987 copy, ANPA stories);
//! - [`Layout::Lines`]: one paragraph a line, no blank line between them, as
//!   HTML extractors (trafilatura's text output) and news dumps (news-please's
//!   `maintext`, CC-News) write it.
//!
//! The rules, in order: a body with a blank line between two of its lines
//! is in blocks; so is one with an indented line (wire copy), and one where
//! a long line stops mid-sentence and the next goes on in lower case
//! (hard-wrapped); any other body of two lines or more has one block per
//! line. A page whose headline is followed by a blank line is in blocks
//! (the canonical text is): the one-line layout is for text that has no
//! blank line at all, or a body given apart from its title.
//! Mixtures follow the first rule that applies: a page with blank lines
//! somewhere keeps its blocks.
//!
//! ```
//! use wirecopy::text::{Layout, layout};
//! assert_eq!(layout("Para one.\n\nPara two.\n"), Layout::Blocks);
//! assert_eq!(layout("Para one.\nPara two.\n"), Layout::Lines);
//! assert_eq!(layout("    LIMA - Tin output\nwill fall.\n    Officials said.\n"), Layout::Blocks);
//! assert_eq!(layout("The tin output of Peru is expected to fall this\nyear, officials of the mining ministry said on\nMonday.\n"), Layout::Blocks);
//! ```

use super::{Lines, is_blank, is_indented};

/// How a text lays out its blocks (see [`layout`] for the rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Layout {
    /// Blocks separated by blank lines; in wire copy, indented paragraph starts.
    Blocks,
    /// One block per line.
    Lines,
}

/// The layout of `body` (the text after the headline, or a body given apart
/// from its title): blocks when a blank line stands between two lines of
/// text, when a line is indented, or when a long line stops mid-sentence
/// before lower-case running text; otherwise, for two lines or more, one
/// block per line.
pub fn layout(body: &str) -> Layout {
    // Most pages settle it at once: a blank line (one search).
    let b = body.trim().as_bytes();
    if memchr::memmem::find(b, b"\n\n").is_some() || memchr::memmem::find(b, b"\r\n\r\n").is_some()
    {
        return Layout::Blocks;
    }
    let mut lines = 0;
    let mut prev_runs_on = false;
    let mut blank_after_text = false;
    for line in Lines::new(body) {
        if is_blank(line) {
            blank_after_text = lines > 0;
            continue;
        }
        // A blank line between two lines of text.
        if blank_after_text {
            return Layout::Blocks;
        }
        if is_indented(line) {
            return Layout::Blocks;
        }
        let t = line.trim();
        // The line before ended mid-sentence and this one goes on as
        // running text in lower case: hard-wrapped lines, in blocks.
        if prev_runs_on && t.starts_with(|c: char| c.is_lowercase()) && !t.contains(" | ") {
            return Layout::Blocks;
        }
        // (A dateline alone on its line ends at its separator.)
        let sentence_end = t.ends_with([
            '.', '!', '?', '"', '\'', ')', '”', '’', ':', ';', '-', '—', '–', '_',
        ]);
        prev_runs_on = !sentence_end && t.len() >= 40;
        lines += 1;
    }
    if lines >= 2 {
        Layout::Lines
    } else {
        Layout::Blocks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_and_indents_keep_blocks() {
        assert_eq!(layout("A.\n\nB.\nC."), Layout::Blocks);
        assert_eq!(layout("A.\r\n\r\nB."), Layout::Blocks);
        assert_eq!(layout("A.\n   \nB."), Layout::Blocks);
        assert_eq!(layout("A.\n  B.\nC."), Layout::Blocks);
        assert_eq!(layout("One line only."), Layout::Blocks);
    }

    #[test]
    fn lines_of_sentences_are_blocks_each() {
        assert_eq!(
            layout("Updated : Aug 13\n|\nDesk\nSeoul, Aug 13 (AP) It rained.\nIt stopped."),
            Layout::Lines
        );
        assert_eq!(layout("\nA.\nB.\n"), Layout::Lines);
        assert_eq!(layout("\nA.\nB.\n\n \n"), Layout::Lines);
        // Hard-wrapped: a long line stops mid-sentence, the next goes on.
        assert_eq!(
            layout(
                "NEW YORK, April 9 - The American Stock Exchange said Data\nArchitects Inc common will begin trading on the exchange\ntomorrow under the symbol.\nREUTER"
            ),
            Layout::Blocks
        );
    }
}
