//! Agencies and portal profiles: the data that tells the rules which names
//! and wordings to recognise. The built-in ones (see [`builtin`](crate::builtin))
//! are ordinary values of these types; add your own with
//! [`ArticleParser::with_agency`](crate::ArticleParser::with_agency) and
//! [`ArticleParser::with_portal`](crate::ArticleParser::with_portal).

use std::borrow::Cow;

/// A news agency: its usual short name and the other ways copy writes it.
///
/// ```
/// use wirecopy::Agency;
/// let mena = Agency::new("MENA").alias("Middle East News Agency");
/// assert!(mena.matches("mena"));
/// assert!(mena.matches("Middle East News Agency"));
/// assert_eq!(mena.name(), "MENA");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Agency {
    name: Cow<'static, str>,
    aliases: Vec<Cow<'static, str>>,
}

impl Agency {
    /// An agency known by `name`, which is also how copy usually writes it
    /// and the normalised name reported in [`Article::agencies`](crate::Article::agencies).
    pub fn new(name: impl Into<Cow<'static, str>>) -> Self {
        Agency {
            name: name.into(),
            aliases: Vec::new(),
        }
    }

    /// Another way copy writes the agency: a code (`REUTER`) or a full name
    /// (`Press Trust of India`). Matching ignores ASCII case.
    pub fn alias(mut self, alias: impl Into<Cow<'static, str>>) -> Self {
        self.aliases.push(alias.into());
        self
    }

    /// The normalised short name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The aliases.
    pub fn aliases(&self) -> impl Iterator<Item = &str> {
        self.aliases.iter().map(|a| &**a)
    }

    /// Whether `written` is this agency's name or one of its aliases
    /// (ASCII case ignored).
    pub fn matches(&self, written: &str) -> bool {
        self.name.eq_ignore_ascii_case(written)
            || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(written))
    }
}

/// The known names of one length: their first eight bytes as integers (side
/// by side, so that a look-up reads them in one run), the lower-cased names
/// and the index of each one's agency.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Bucket {
    prefixes: Vec<u64>,
    names: Vec<Box<[u8]>>,
    agencies: Vec<usize>,
}

/// The agencies a parser knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agencies {
    /// In the order added.
    list: Vec<Agency>,
    /// Every name and alias, ASCII lower-cased, grouped by length (0..64),
    /// with its first eight bytes as one integer and the index of its agency
    /// in `list` (the latest agency that claims it).
    keys: Vec<Bucket>,
    /// For each lower-cased first byte, a bit per name length (1..=63) that
    /// some name or alias has: most words are turned away by one lookup.
    index: Box<[u64; 256]>,
}

impl Default for Agencies {
    fn default() -> Self {
        Agencies {
            list: Vec::new(),
            keys: vec![Bucket::default(); 64],
            index: Box::new([0; 256]),
        }
    }
}

/// The first eight bytes of `key`, ASCII lower-cased, zero-padded, as one
/// integer, the first byte lowest. (Eight bytes are read at once; shorter
/// keys byte by byte: no buffer to fill, no `memcpy` call.)
#[inline]
fn prefix(key: &[u8]) -> u64 {
    let x = match key.first_chunk::<8>() {
        Some(head) => u64::from_le_bytes(*head),
        None => key.iter().rev().fold(0, |p, &c| p << 8 | u64::from(c)),
    };
    ascii_lower8(x)
}

/// `u8::to_ascii_lowercase` on each byte of `x` at once: the ASCII
/// capitals (`A` to `Z`) get their `0x20` bit, every other byte stays.
#[inline]
const fn ascii_lower8(x: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    // The low seven bits of each byte, so that no sum below carries into
    // the next byte.
    let low = x & (0x7f * LO);
    // The high bit of each byte: at least `A`, above `Z`, not ASCII.
    let from_a = low + (0x80 - b'A' as u64) * LO;
    let past_z = low + (0x80 - b'Z' as u64 - 1) * LO;
    let capital = from_a & !past_z & !x & (0x80 * LO);
    x | capital >> 2
}

/// `s` ASCII lower-cased into `buf`, if it fits.
fn lower<'b>(s: &str, buf: &'b mut [u8; 64]) -> Option<&'b [u8]> {
    let b = s.as_bytes();
    let dst = buf.get_mut(..b.len())?;
    for (d, c) in dst.iter_mut().zip(b) {
        *d = c.to_ascii_lowercase();
    }
    Some(dst)
}

impl Agencies {
    /// An empty list.
    pub fn new() -> Self {
        Agencies::default()
    }

    /// Adds an agency; a later agency with an alias in common wins.
    pub fn push(&mut self, agency: Agency) {
        let at = self.list.len();
        for name in std::iter::once(agency.name()).chain(agency.aliases()) {
            let mut buf = [0u8; 64];
            let Some(key) = lower(name, &mut buf) else {
                continue;
            };
            // `find` looks up names of 1 to 63 bytes.
            if key.is_empty() || key.len() >= 64 {
                continue;
            }
            self.index[usize::from(key[0])] |= 1 << key.len();
            let bucket = &mut self.keys[key.len()];
            match bucket.names.iter().position(|k| **k == *key) {
                Some(i) => bucket.agencies[i] = at,
                None => {
                    bucket.prefixes.push(prefix(key));
                    bucket.names.push(key.into());
                    bucket.agencies.push(at);
                }
            }
        }
        self.list.push(agency);
    }

    /// The agency written as `written` (ASCII case ignored), if known.
    ///
    /// ```
    /// let p = wirecopy::ArticleParser::builtin();
    /// assert_eq!(p.agencies().find("REUTER").unwrap().name(), "Reuters");
    /// assert_eq!(p.agencies().find("press trust of india").unwrap().name(), "PTI");
    /// assert!(p.agencies().find("NYSE").is_none());
    /// ```
    pub fn find(&self, written: &str) -> Option<&Agency> {
        let (Some(&first), len @ 1..64) = (written.as_bytes().first(), written.len()) else {
            return None;
        };
        if self.index[usize::from(first.to_ascii_lowercase())] & (1 << len) == 0 {
            return None;
        }
        // Keys are stored lower-cased; the first eight bytes settle names of
        // up to eight bytes, longer ones are compared whole.
        let key = written.as_bytes();
        let p = prefix(key);
        let bucket = &self.keys[len];
        let i = bucket
            .prefixes
            .iter()
            .zip(&bucket.names)
            .position(|(&q, k)| q == p && (len <= 8 || k.eq_ignore_ascii_case(key)))?;
        self.list.get(bucket.agencies[i])
    }

    /// All agencies, the latest added first.
    pub fn iter(&self) -> impl Iterator<Item = &Agency> {
        self.list.iter().rev()
    }

    /// The normalised name of `written`: the known agency's name, or
    /// `written` itself for an agency the list does not know.
    pub fn normalize<'a>(&'a self, written: &'a str) -> &'a str {
        self.find(written).map_or(written, |a| a.name())
    }
}

/// How the entries of a related list are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RelatedShape {
    /// A `source | Section` line, then the headline (Editorji).
    SourceSection,
    /// One headline per block.
    Title,
}

/// A related-list heading and the shape of the entries under it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RelatedList {
    heading: Cow<'static, str>,
    shape: RelatedShape,
}

impl RelatedList {
    /// A heading (matched ignoring ASCII case and a leading `#` run) and the
    /// shape of its entries.
    pub fn new(heading: impl Into<Cow<'static, str>>, shape: RelatedShape) -> Self {
        RelatedList {
            heading: heading.into(),
            shape,
        }
    }
    /// The heading.
    pub fn heading(&self) -> &str {
        &self.heading
    }
    /// The shape of the entries.
    pub fn shape(&self) -> RelatedShape {
        self.shape
    }
}

/// What a news portal adds around syndicated copy.
///
/// ```
/// use wirecopy::{Portal, RelatedShape};
/// let p = Portal::new("Example Times")
///     .timestamp_label("Filed")
///     .timestamp_format("%Y.%m.%d %H:%M")
///     .disclaimer("(Example Times ran this wire story unedited.)", "Example Times")
///     .desk("Example Times Wire Desk")
///     .related_list("Read Next", RelatedShape::Title);
/// assert_eq!(p.name(), "Example Times");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Portal {
    name: Cow<'static, str>,
    timestamp_labels: Vec<Cow<'static, str>>,
    timestamp_formats: Vec<Cow<'static, str>>,
    disclaimers: Vec<(Cow<'static, str>, Option<Cow<'static, str>>)>,
    desks: Vec<Cow<'static, str>>,
    related_lists: Vec<RelatedList>,
}

impl Portal {
    /// A portal with nothing but its name.
    pub fn new(name: impl Into<Cow<'static, str>>) -> Self {
        Portal {
            name: name.into(),
            timestamp_labels: Vec::new(),
            timestamp_formats: Vec::new(),
            disclaimers: Vec::new(),
            desks: Vec::new(),
            related_lists: Vec::new(),
        }
    }

    /// A label that introduces the time in the header (`Updated`). Any short
    /// label followed by a date-time the grammar can read is recognised
    /// anyway; naming the label documents the portal and lets a
    /// [`timestamp_format`](Portal::timestamp_format) apply to it.
    pub fn timestamp_label(mut self, label: impl Into<Cow<'static, str>>) -> Self {
        self.timestamp_labels.push(label.into());
        self
    }

    /// A chrono format (`%d-%m-%Y %H:%M`) tried after this portal's labels
    /// when the built-in date-time grammar cannot read the text.
    pub fn timestamp_format(mut self, format: impl Into<Cow<'static, str>>) -> Self {
        self.timestamp_formats.push(format.into());
        self
    }

    /// A disclaimer sentence, verbatim, and the publisher it names.
    pub fn disclaimer(
        mut self,
        wording: impl Into<Cow<'static, str>>,
        publisher: impl Into<Cow<'static, str>>,
    ) -> Self {
        self.disclaimers
            .push((wording.into(), Some(publisher.into())));
        self
    }

    /// A desk line that stands in for a byline (`Editorji News Desk`).
    pub fn desk(mut self, desk: impl Into<Cow<'static, str>>) -> Self {
        self.desks.push(desk.into());
        self
    }

    /// A related-list heading and the shape of its entries.
    pub fn related_list(
        mut self,
        heading: impl Into<Cow<'static, str>>,
        shape: RelatedShape,
    ) -> Self {
        self.related_lists.push(RelatedList::new(heading, shape));
        self
    }

    /// The portal's name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The timestamp labels.
    pub fn timestamp_labels(&self) -> impl Iterator<Item = &str> {
        self.timestamp_labels.iter().map(|s| &**s)
    }
    /// The timestamp formats.
    pub fn timestamp_formats(&self) -> impl Iterator<Item = &str> {
        self.timestamp_formats.iter().map(|s| &**s)
    }
    /// The disclaimers, each with the publisher it names.
    pub fn disclaimers(&self) -> impl Iterator<Item = (&str, Option<&str>)> {
        self.disclaimers.iter().map(|(w, p)| (&**w, p.as_deref()))
    }
    /// The desk lines.
    pub fn desks(&self) -> impl Iterator<Item = &str> {
        self.desks.iter().map(|s| &**s)
    }
    /// The related lists.
    pub fn related_lists(&self) -> impl Iterator<Item = &RelatedList> {
        self.related_lists.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_lower8_lowers_each_byte_alone() {
        // Every byte value in every position, among bytes that must stay.
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = *b"z@[`{\x7f\x80\xff";
                bytes[at] = b;
                let want = bytes.map(|c| c.to_ascii_lowercase());
                assert_eq!(
                    ascii_lower8(u64::from_le_bytes(bytes)),
                    u64::from_le_bytes(want),
                    "{b:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn prefixes_of_every_length() {
        for key in [
            "",
            "A",
            "Pti",
            "REUTERS",
            "Reuters!",
            "Press Trust of India",
        ] {
            let mut want = [0u8; 8];
            for (d, c) in want.iter_mut().zip(key.bytes()) {
                *d = c.to_ascii_lowercase();
            }
            assert_eq!(prefix(key.as_bytes()), u64::from_le_bytes(want), "{key}");
        }
    }

    /// `find` against its plain definition: the latest agency whose name or
    /// an alias equals the word, ASCII case ignored. Every name and alias
    /// of the built-in list, in three cases, with a letter changed, and
    /// cut short; and an alias claimed again by a later agency.
    #[test]
    fn find_agrees_with_a_plain_search() {
        let mut agencies = crate::Lexicon::builtin().agencies().clone();
        agencies.push(Agency::new("Later").alias("AFP").alias("Reuters News"));
        let plain = |w: &str| {
            agencies.list.iter().rev().find(|a| {
                std::iter::once(a.name())
                    .chain(a.aliases())
                    .any(|n| !n.is_empty() && n.len() < 64 && n.eq_ignore_ascii_case(w))
            })
        };
        let mut words: Vec<String> = Vec::new();
        for a in agencies.iter() {
            for n in std::iter::once(a.name()).chain(a.aliases()) {
                words.push(n.to_owned());
                words.push(n.to_uppercase());
                words.push(n.to_lowercase());
                words.push(n.chars().skip(1).collect());
                words.push(
                    n.chars()
                        .take(n.chars().count().saturating_sub(1))
                        .collect(),
                );
                words.push(format!("{n}x"));
                words.push(n.replacen(|c: char| c.is_ascii_alphabetic(), "q", 1));
            }
        }
        assert!(words.len() > 1000);
        for w in &words {
            assert_eq!(
                agencies.find(w).map(Agency::name),
                plain(w).map(Agency::name),
                "{w}"
            );
        }
        assert_eq!(agencies.find("afp").map(Agency::name), Some("Later"));
    }
}
