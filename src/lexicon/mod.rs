//! The lexicon: what the rules know by name — agencies, portal profiles and
//! time zones — and the gates derived from them, built once.
//!
//! A [`Lexicon`] is plain data. The built-in one ([`Lexicon::builtin`]) is
//! made from the values in [`builtin`] through the same
//! `with_*` methods a downstream crate calls; nothing in it is privileged.
//!
//! ```
//! use wirecopy::{Agency, Lexicon};
//! let lex = Lexicon::builtin().clone().with_agency(Agency::new("MENA"));
//! assert_eq!(lex.agencies().find("mena").unwrap().name(), "MENA");
//! assert_eq!(lex.zone_offset("IST").unwrap().local_minus_utc(), 19_800);
//! ```

pub mod builtin;
pub mod places;
mod profile;
pub mod registry;
mod zones;

use std::borrow::Cow;
use std::sync::LazyLock;

use chrono::FixedOffset;

pub use profile::{Agencies, Agency, Portal, RelatedList, RelatedShape};
pub use zones::BUILTIN_ZONES;

use crate::text::{head4, strip_hashes, strip_parens};

/// Agencies, portals and zones, with the gates derived from them.
#[derive(Debug, Clone)]
pub struct Lexicon {
    agencies: Agencies,
    portals: Vec<Portal>,
    /// Zones added with [`Lexicon::with_zone`], looked up before the
    /// built-in table.
    zones: Vec<(Cow<'static, str>, FixedOffset)>,
    /// The first four bytes of every portal disclaimer (inside its
    /// parentheses): a block that starts otherwise, and has not the generic
    /// opening, is no portal's disclaimer.
    disclaimer_heads: Vec<u32>,
    /// A bit per length (0..=63) of the related-list headings (without a
    /// leading `#` run): a block of another length is no heading.
    heading_lens: u64,
    /// A bit per first byte of the related-list headings (without their
    /// `#` run), ASCII letters in lower case: headings are matched ignoring
    /// ASCII case, so a block whose first byte, so folded, is not here is
    /// no heading.
    heading_firsts: [u64; 4],
}

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon::empty();
    for a in builtin::agencies() {
        lex = lex.with_agency(a);
    }
    for portal in builtin::portals().into_iter().rev() {
        lex = lex.with_portal(portal);
    }
    lex
});

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::builtin().clone()
    }
}

impl Lexicon {
    /// The built-in agencies, portals and zones, shared.
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    /// A lexicon that knows no agency, no portal and only the built-in zones.
    pub fn empty() -> Self {
        Lexicon {
            agencies: Agencies::new(),
            portals: Vec::new(),
            zones: Vec::new(),
            disclaimer_heads: Vec::new(),
            heading_lens: 0,
            heading_firsts: [0; 4],
        }
    }

    /// Adds an agency; a later agency with a name or alias in common wins.
    pub fn with_agency(mut self, agency: Agency) -> Self {
        self.agencies.push(agency);
        self
    }

    /// Adds a portal profile; it is consulted before the ones already there.
    pub fn with_portal(mut self, portal: Portal) -> Self {
        for (wording, _) in portal.disclaimers() {
            let head = head4(strip_parens(wording));
            if !self.disclaimer_heads.contains(&head) {
                self.disclaimer_heads.push(head);
            }
        }
        for list in portal.related_lists() {
            let heading = strip_hashes(list.heading());
            self.heading_lens |= 1u64.checked_shl(heading.len() as u32).unwrap_or(0);
            if let Some(&b) = heading.as_bytes().first() {
                let b = b.to_ascii_lowercase();
                self.heading_firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            }
        }
        self.portals.insert(0, portal);
        self
    }

    /// Names a time zone and its offset from UTC (`GWT`, five hours and a
    /// half east: `FixedOffset::east_opt(19_800)`). It is looked up before
    /// the built-in zones ([`BUILTIN_ZONES`]), so it may also correct one.
    ///
    /// ```
    /// use chrono::FixedOffset;
    /// let lex = wirecopy::Lexicon::empty().with_zone("GWT", FixedOffset::east_opt(3600).unwrap());
    /// assert_eq!(lex.zone_offset("GWT"), FixedOffset::east_opt(3600));
    /// ```
    pub fn with_zone(mut self, name: impl Into<Cow<'static, str>>, offset: FixedOffset) -> Self {
        self.zones.insert(0, (name.into(), offset));
        self
    }

    /// The agencies.
    pub fn agencies(&self) -> &Agencies {
        &self.agencies
    }

    /// The portals, the latest added first.
    pub fn portals(&self) -> &[Portal] {
        &self.portals
    }

    /// The UTC offset of a zone abbreviation: one added with
    /// [`Lexicon::with_zone`], else one of [`BUILTIN_ZONES`].
    pub fn zone_offset(&self, zone: &str) -> Option<FixedOffset> {
        if let Some((_, off)) = self.zones.iter().find(|(z, _)| z == zone) {
            return Some(*off);
        }
        zones::builtin_offset(zone)
    }

    /// The first four bytes of each portal disclaimer, as [`head4`] reads them.
    pub(crate) fn disclaimer_heads(&self) -> &[u32] {
        &self.disclaimer_heads
    }

    /// Whether some related heading (without its `#` run) is `len` bytes long.
    pub(crate) fn has_heading_len(&self, len: usize) -> bool {
        len < 64 && self.heading_lens & (1 << len) != 0
    }

    /// Whether some related heading (without its `#` run) opens with `b`,
    /// ignoring ASCII case.
    pub(crate) fn may_open_heading(&self, b: u8) -> bool {
        let b = b.to_ascii_lowercase();
        self.heading_firsts[usize::from(b >> 6)] >> (b & 63) & 1 == 1
    }
}
