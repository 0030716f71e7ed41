//! The notebook after the story: what an agency puts there for editors,
//! not for publication (dpa: `# dpa NOTEBOOK`, the `* * * *` rule, "The
//! following information is not for publication", contacts and links). It
//! runs from where it opens to the end of the story; a sign-off may follow
//! it, and a portal's trailers (disclaimer, related list).
//!
//! A block opens a notebook when its first line is
//!
//! - a notebook heading: one to six `#`, then `Notebook` (any case, or
//!   dpa's German `Notizblock`), alone or after an agency of the lexicon
//!   written as it writes itself (`# dpa NOTEBOOK`, `# dpa-Notizblock`);
//! - the notice that what follows is not for publication (`The following
//!   information is not for publication`, `… is not intended for
//!   publication`, dpa's German `Die folgenden Informationen sind nicht
//!   zur Veröffentlichung bestimmt`);
//! - a rule of asterisks (`* * * *`) with that notice on the next line.
//!
//! A heading of a feature (`## Reporter's notebook`, `# NFL Notebook`) is
//! none: a notebook's heading names no one but its agency.
//!
//! ```
//! use wirecopy::rules::notebook::notebook_block;
//! let lex = wirecopy::Lexicon::builtin();
//! assert!(notebook_block("# dpa NOTEBOOK", lex).is_some());
//! assert!(notebook_block("* * * *\nThe following information is not for publication", lex).is_some());
//! assert!(notebook_block("* * *\nThe second half began.", lex).is_none());
//! assert!(notebook_block("## Reporter's Notebook", lex).is_none());
//! ```

use std::borrow::Cow;

use nom::IResult;
use nom::error::{ContextError, ParseError};

use crate::lexicon::Lexicon;
use crate::model::Notebook;
use crate::text::{Lines, is_blank, trim};

/// How the notice that what follows is not for publication opens, and
/// what it says further on the line.
const NOT_FOR_PUBLICATION: [(&str, &str); 4] = [
    ("The following information is not ", "publication"),
    ("The following is not ", "publication"),
    (
        "Die folgenden Informationen sind nicht ",
        "Veröffentlichung",
    ),
    ("Folgende Informationen sind nicht ", "Veröffentlichung"),
];

/// The notebook words of a heading.
const NOTEBOOK_WORDS: [&str; 2] = ["notebook", "notizblock"];

/// The nom form of [`notebook_block`] with the built-in agencies: when the
/// first block of the input opens a notebook, the notebook is all of the
/// input (every line that is not blank, trimmed).
///
/// ```
/// let (rest, n) = wirecopy::rules::notebook::notebook::<nom::error::Error<&str>>("# Notebook\n\n- a link\n").unwrap();
/// assert_eq!((n.lines().len(), rest), (2, ""));
/// ```
pub fn notebook<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, Notebook<'a>, E> {
    match notebook_text(i, Lexicon::builtin()) {
        Some(n) => Ok((&i[i.len()..], n)),
        None => super::fail(i, "a notebook"),
    }
}

/// The notebook that `text` is, when its first block opens one: every line
/// that is not blank, trimmed.
pub(crate) fn notebook_text<'a>(text: &'a str, lexicon: &Lexicon) -> Option<Notebook<'a>> {
    let first = crate::text::Blocks::new(text).next()?;
    notebook_block(first, lexicon)?;
    let mut n = Notebook::new(Vec::new());
    push_lines(&mut n, text);
    Some(n)
}

/// Adds the lines of `block` that are not blank, trimmed, to `n`.
pub(crate) fn push_lines<'a>(n: &mut Notebook<'a>, block: &'a str) {
    n.lines.extend(
        Lines::new(block)
            .filter(|l| !is_blank(l))
            .map(|l| Cow::Borrowed(trim(l))),
    );
}

/// Whether `block` (trimmed) opens a notebook; returns the line that opens
/// it. Only its first two lines are read.
pub fn notebook_block<'a>(block: &'a str, lexicon: &Lexicon) -> Option<&'a str> {
    let t = trim(block);
    // The first bytes settle nearly every block (a paragraph opening with
    // `The` is not read to its line's end).
    let first_line = || trim(Lines::new(t).next().unwrap_or(""));
    match t.as_bytes().first()? {
        b'#' => heading_line(first_line(), lexicon),
        b'T' | b'D' | b'F' if NOT_FOR_PUBLICATION.iter().any(|(o, _)| t.starts_with(o)) => {
            not_for_publication_line(first_line())
        }
        b'*' => {
            let mut lines = Lines::new(t);
            let rule = asterism_line(lines.next()?)?;
            not_for_publication_line(lines.next()?).map(|_| rule)
        }
        _ => None,
    }
}

/// A notebook heading: `# Notebook`, `# dpa NOTEBOOK`, `## dpa-Notizblock`.
pub fn heading_line<'a>(line: &'a str, lexicon: &Lexicon) -> Option<&'a str> {
    let t = trim(line);
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) || t.len() > 60 {
        return None;
    }
    let title = trim(t[hashes..].strip_prefix(' ')?);
    let is_notebook = |w: &str| NOTEBOOK_WORDS.iter().any(|n| w.eq_ignore_ascii_case(n));
    if is_notebook(title) {
        return Some(t);
    }
    // After an agency, as it writes itself: `dpa NOTEBOOK`, `dpa-Notizblock`.
    let (agency, word) = title.rsplit_once([' ', '-'])?;
    let known = lexicon
        .agencies()
        .find(agency)
        .is_some_and(|a| a.name() == agency || a.aliases().any(|x| x == agency));
    (known && is_notebook(word)).then_some(t)
}

/// The notice that what follows is not for publication.
pub fn not_for_publication_line(line: &str) -> Option<&str> {
    let t = trim(line);
    NOT_FOR_PUBLICATION
        .iter()
        .any(|(opening, says)| {
            t.strip_prefix(opening)
                .is_some_and(|rest| crate::text::find_str(rest, says).is_some())
        })
        .then_some(t)
}

/// A rule of three or more asterisks, one space apart: `* * * *`.
pub fn asterism_line(line: &str) -> Option<&str> {
    let t = trim(line);
    let ok = t.len() >= 5
        && t.len() <= 39
        && t.bytes()
            .enumerate()
            .all(|(i, b)| b == if i % 2 == 0 { b'*' } else { b' ' });
    ok.then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> &'static Lexicon {
        Lexicon::builtin()
    }

    #[test]
    fn openers() {
        for block in [
            "# dpa NOTEBOOK",
            "# Notebook",
            "## Notebook",
            "# dpa-Notizblock",
            "The following information is not for publication",
            "The following information is not intended for publication:",
            "Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt",
            "* * * *\nThe following information is not for publication",
            "* * *\nThe following is not for publication.\n- Tel: 030 1234",
        ] {
            assert!(notebook_block(block, lex()).is_some(), "{block}");
        }
    }

    #[test]
    fn not_openers() {
        for block in [
            // Features and section breaks.
            "## Reporter's Notebook",
            "# NFL Notebook",
            "# Sports notebook",
            "# AP Sports Notebook",
            "* * *",
            "* * * *\nThe second half began.",
            "***\nThe following information is not for publication",
            // A notebook in a sentence, a notice that is no notice.
            "Notebook computers sold well.",
            "The following information is not complete.",
            "#Notebook",
            "",
        ] {
            assert!(notebook_block(block, lex()).is_none(), "{block}");
        }
        // `dpa` counts only as an agency the lexicon knows.
        assert!(notebook_block("# dpa NOTEBOOK", &Lexicon::empty()).is_none());
    }

    #[test]
    fn a_notebook_is_the_rest_of_the_text() {
        let n = notebook_text(
            "# dpa NOTEBOOK\r\n\r\n* * * *\r\nNot here\r\n\r\n- Editing by: A B  \r\n",
            lex(),
        )
        .unwrap();
        assert_eq!(
            n.lines(),
            ["# dpa NOTEBOOK", "* * * *", "Not here", "- Editing by: A B"]
        );
        assert!(notebook_text("Body.\n\n# Notebook", lex()).is_none());
    }
}
