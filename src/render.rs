//! Canonical text: the layout of the seed page. Blocks are separated by one
//! blank line; the text has no final newline. Wrapped lines inside a
//! paragraph stay wrapped (each line trimmed), so that every grammar reads the
//! rendering exactly as it read the original.

use std::fmt::{self, Display, Formatter, Write};

use crate::model::{Article, Dateline, Placement, Text, canonical_related_heading};
use crate::rules::header::byline_line;
use crate::rules::related::pair_line;

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

/// Writes text as it stood in its block: raw, when it is what parsing
/// yields (trimmed, every line after the first neither blank nor indented),
/// so that the rendering reads exactly as the original did, line ends and
/// spaces before them included; otherwise (a value built by hand) its lines
/// trimmed, blank ones dropped, joined by `\n`.
fn lines(f: &mut Formatter<'_>, raw: &str) -> fmt::Result {
    if as_parsed(raw) {
        return f.write_str(raw);
    }
    trimmed_lines(f, raw)
}

/// Whether `raw` is a block (or the tail of one) as parsing yields it.
fn as_parsed(raw: &str) -> bool {
    if raw.is_empty() || raw.trim() != raw {
        return false;
    }
    let mut rest = crate::text::Lines::new(raw);
    rest.next();
    rest.all(|l| !crate::text::is_blank(l) && !crate::text::is_indented(l))
}

/// Writes the lines of `raw`, each trimmed, blank ones dropped, joined by `\n`.
fn trimmed_lines(f: &mut Formatter<'_>, raw: &str) -> fmt::Result {
    let mut first = true;
    for l in Text::new(raw).lines() {
        if !first {
            f.write_char('\n')?;
        }
        first = false;
        f.write_str(l)?;
    }
    Ok(())
}

/// The deck and the lead credit, with what followed each, at the head of
/// the body's first block.
fn opening_head(f: &mut Formatter<'_>, a: &Article<'_>) -> fmt::Result {
    if let Some(d) = &a.deck {
        lines(f, d.text.raw())?;
        f.write_str(&d.gap)?;
    }
    if let Some(c) = &a.lead_credit {
        write!(f, "{}{}", c.text, c.gap)?;
    }
    Ok(())
}

fn dateline_head(f: &mut Formatter<'_>, d: &Dateline<'_>, has_body: bool) -> fmt::Result {
    f.write_str(&d.text)?;
    let gap = d.gap_to_write();
    if has_body {
        f.write_str(&gap)
    } else {
        f.write_str(gap.trim_end())
    }
}

impl Display for Article<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let mut b = Blocks { f, first: true };
        b.line(&self.headline)?;

        // Header: `Label : time`, `|`, byline and the title line under it.
        let by = self.byline.as_deref();
        if self.timestamp.is_some() || by.is_some() {
            b.start()?;
            if let Some(t) = &self.timestamp {
                if let Some(label) = &t.label {
                    // The gap as read when it holds the colon, else the
                    // canonical one.
                    let gap = if t.gap.trim() == ":" { &*t.gap } else { " : " };
                    write!(b.f, "{label}{gap}")?;
                }
                b.f.write_str(&t.text)?;
                if let Some(by) = by {
                    write!(b.f, "\n|\n{by}")?;
                }
            } else if let Some(by) = by {
                if byline_line(by).is_none() {
                    b.f.write_str("|\n")?;
                }
                b.f.write_str(by)?;
            }
            if let Some(title) = self.byline_title.as_deref().filter(|_| by.is_some()) {
                write!(b.f, "\n{title}")?;
            }
        }

        // Body. A sign-off or disclaimer that stood inside the last
        // paragraph's block goes back there.
        let n = self.paragraphs.len();
        let signoff_in_last = self
            .signoff
            .as_ref()
            .filter(|s| n > 0 && s.placement != Placement::Block);
        let disclaimer_in_last = self
            .disclaimer
            .as_ref()
            .filter(|d| n > 0 && d.placement == Placement::Inline);
        let inline_dateline = self
            .dateline
            .as_ref()
            .filter(|d| n > 0 && d.placement == Placement::Inline);
        // The deck and the lead credit open the body's first block,
        // whichever it is.
        let mut opening = true;
        if let Some(d) = &self.dateline
            && inline_dateline.is_none()
        {
            b.start()?;
            if std::mem::take(&mut opening) {
                opening_head(b.f, self)?;
            }
            dateline_head(b.f, d, false)?;
        }
        for (i, p) in self.paragraphs.iter().enumerate() {
            b.start()?;
            if std::mem::take(&mut opening) {
                opening_head(b.f, self)?;
            }
            if i == 0
                && let Some(d) = inline_dateline
            {
                dateline_head(b.f, d, true)?;
            }
            lines(b.f, p.raw())?;
            if i + 1 < n {
                continue;
            }
            if let Some(s) = signoff_in_last.filter(|s| s.placement == Placement::Inline) {
                b.f.write_char(' ')?;
                lines(b.f, s.text.raw())?;
            }
            // Parsing takes the disclaimer off the end first, then the
            // sign-off (from the last line, or the end of it): write them back
            // in the opposite order.
            if let Some(s) = signoff_in_last.filter(|s| s.placement == Placement::Line) {
                b.f.write_char('\n')?;
                lines(b.f, s.text.raw())?;
            }
            if let Some(d) = disclaimer_in_last {
                b.f.write_char(' ')?;
                lines(b.f, d.text.raw())?;
            }
        }
        if let Some(c) = self.lead_credit.as_ref().filter(|_| opening) {
            b.start()?;
            write!(b.f, "{}{}", c.text, c.gap.trim_end())?;
        }
        if let Some(s) = &self.signoff
            && signoff_in_last.is_none()
        {
            b.start()?;
            lines(b.f, s.text.raw())?;
            if !s.slugs.is_empty() && !s.text.joined().ends_with(&*s.slugs.joined()) {
                b.text(&s.slugs)?;
            }
        }
        // The notebook, one block, after the sign-off block: a desk's
        // closing marks read as the sign-off only as the body's last block
        // (the sign-off line of dpa's layout, after the notebook, reads the
        // same before it).
        if let Some(nb) = self.notebook.as_ref().filter(|nb| !nb.lines.is_empty()) {
            b.start()?;
            for (i, l) in nb.lines.iter().enumerate() {
                if i > 0 {
                    b.f.write_char('\n')?;
                }
                b.f.write_str(l.trim())?;
            }
        }

        // Trailers.
        for c in &self.credits {
            b.text(c)?;
        }
        for x in &self.boilerplate {
            b.text(x)?;
        }
        if let Some(d) = &self.disclaimer
            && disclaimer_in_last.is_none()
        {
            b.text(&d.text)?;
        }
        if !self.related.is_empty() {
            // Entries without a `source | Section` line read back as titles
            // only under a heading of the title shape.
            let canonical = canonical_related_heading(&self.related);
            b.line(self.related_heading.as_deref().unwrap_or(canonical))?;
            for link in &self.related {
                let first_line = link.title.lines().next().unwrap_or("");
                match (&link.source, &link.section) {
                    (Some(src), Some(sec)) if pair_line(first_line).is_some() => {
                        b.start()?;
                        writeln!(b.f, "{src} | {sec}")?;
                        lines(b.f, link.title.raw())?;
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
