//! Canonical text: the layout of the seed page. Blocks are separated by one
//! blank line; the text has no final newline. Wrapped lines inside a
//! paragraph stay wrapped (each line trimmed), so that every grammar reads the
//! rendering exactly as it read the original.

use std::fmt::{self, Display, Formatter, Write};

use crate::article::{Article, Dateline, Text};
use crate::grammar::header::byline;
use crate::grammar::related::pair_line;

/// The heading the canonical form gives a related list.
pub const RELATED_HEADING: &str = "Recommended For You";

struct Blocks<'f, 'g> {
    f: &'f mut Formatter<'g>,
    first: bool,
}

impl Blocks<'_, '_> {
    fn start(&mut self) -> fmt::Result {
        if !self.first {
            self.f.write_str("\n\n")?;
        }
        self.first = false;
        Ok(())
    }

    fn text(&mut self, t: &Text<'_>) -> fmt::Result {
        self.start()?;
        lines(self.f, t.raw())
    }

    fn line(&mut self, s: &str) -> fmt::Result {
        self.start()?;
        self.f.write_str(s)
    }
}

/// Writes the lines of `raw`, each trimmed, blank ones dropped, joined by `\n`.
fn lines(f: &mut Formatter<'_>, raw: &str) -> fmt::Result {
    let mut first = true;
    for l in raw
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        if !first {
            f.write_char('\n')?;
        }
        first = false;
        f.write_str(l)?;
    }
    Ok(())
}

fn dateline_head(f: &mut Formatter<'_>, d: &Dateline<'_>, has_body: bool) -> fmt::Result {
    f.write_str(&d.text)?;
    match (&*d.separator, has_body) {
        ("", true) => f.write_char(' '),
        ("", false) => Ok(()),
        (":", true) => f.write_str(": "),
        (sep, true) => write!(f, " {sep} "),
        (sep @ ":", false) => f.write_str(sep),
        (sep, false) => write!(f, " {sep}"),
    }
}

impl Display for Article<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let mut b = Blocks { f, first: true };
        b.line(&self.headline)?;

        // Header: `Label : time`, `|`, byline.
        let by = self.byline.as_deref();
        if self.timestamp.is_some() || by.is_some() {
            b.start()?;
            if let Some(t) = &self.timestamp {
                if let Some(label) = &t.label {
                    write!(b.f, "{label} : ")?;
                }
                b.f.write_str(&t.text)?;
                if let Some(by) = by {
                    write!(b.f, "\n|\n{by}")?;
                }
            } else if let Some(by) = by {
                if byline(by).is_none() {
                    b.f.write_str("|\n")?;
                }
                b.f.write_str(by)?;
            }
        }

        // Body.
        let n = self.paragraphs.len();
        let inline_signoff = self.signoff.as_ref().filter(|s| !s.own_line && n > 0);
        if n == 0
            && let Some(d) = &self.dateline
        {
            b.start()?;
            dateline_head(b.f, d, false)?;
        }
        for (i, p) in self.paragraphs.iter().enumerate() {
            b.start()?;
            if i == 0
                && let Some(d) = &self.dateline
            {
                dateline_head(b.f, d, true)?;
            }
            lines(b.f, p.raw())?;
            if i + 1 == n
                && let Some(s) = inline_signoff
            {
                write!(b.f, " {}", s.text)?;
            }
        }
        if let Some(s) = &self.signoff
            && inline_signoff.is_none()
        {
            b.start()?;
            lines(b.f, &s.text)?;
            if !s.slugs.is_empty() && !s.text.trim_end().ends_with(&*s.slugs) {
                b.line(&s.slugs)?;
            }
        }

        // Trailers.
        for c in &self.credits {
            b.text(c)?;
        }
        for x in &self.boilerplate {
            b.text(x)?;
        }
        if let Some(d) = &self.disclaimer {
            b.text(&d.text)?;
        }
        if !self.related.is_empty() {
            b.line(RELATED_HEADING)?;
            for link in &self.related {
                let title = link.title.joined();
                match (&link.source, &link.section) {
                    (Some(src), Some(sec)) if pair_line(&title).is_some() => {
                        b.start()?;
                        write!(b.f, "{src} | {sec}\n{title}")?;
                    }
                    (Some(src), Some(sec)) => {
                        b.start()?;
                        write!(b.f, "{src} | {sec}")?;
                        b.text(&link.title)?;
                    }
                    _ => b.text(&link.title)?,
                }
            }
        }
        Ok(())
    }
}
