//! [`Grouper`]: streaming syndication groups by LSH banding and union-find.

use super::fingerprint::Fingerprint;
use super::hash::mix64;

/// Slots per LSH band: band `b` is slots `b` and `b + BANDS`, one 32-bit
/// key. Two bodies of similarity `J` share a band with probability `J²`.
pub const ROWS: usize = 2;

/// LSH bands. Two bodies of similarity `J` become candidates with
/// probability `1 - (1 - J²)^48`: 0.86 at `J = 0.2`, 0.99 at 0.3.
pub const BANDS: usize = 48;

/// The default [`Grouper`] threshold on [`Fingerprint::similarity`] (the
/// other conditions are those of [`Fingerprint::same_story`]).
pub const DEFAULT_THRESHOLD: f64 = 0.2;

/// Articles kept per band bucket: the most recent ones. A bucket only grows
/// past a few when many bodies share a run of words (template copy), and
/// the newest members are the ones a new copy is likeliest to match.
const BUCKET_CAP: usize = 4;

/// An empty entry of a band table.
const EMPTY: u32 = u32::MAX;

/// A syndication group: the articles found to be copies of one story.
///
/// Groups merge as evidence joins them, so an id handed out earlier can
/// stand for a group since merged into another; [`Grouper::representative`]
/// and [`Grouper::resolve`] follow the merge.
///
/// ```
/// use wirecopy::syndication::{Fingerprint, Grouper};
///
/// let mut g = Grouper::new();
/// let id = g.add(&Fingerprint::from_paragraphs(["Rates rose again today, bankers said."]), true, None);
/// assert_eq!(g.group_of(0), Some(id));
/// assert_eq!(id.index(), 0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GroupId(u32);

impl GroupId {
    /// A number for the group: the index of one of its articles (the
    /// union-find root), stable until the group merges into another.
    ///
    /// ```
    /// use wirecopy::syndication::{Fingerprint, Grouper};
    ///
    /// let mut g = Grouper::new();
    /// g.add(&Fingerprint::from_paragraphs(["Oil rose."]), false, None);
    /// let id = g.add(&Fingerprint::from_paragraphs(["Wheat fell sharply on the Chicago board today."]), false, None);
    /// assert_eq!(id.index(), 1);
    /// ```
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Groups articles into syndication groups as they arrive.
///
/// Each [`add`](Grouper::add)ed fingerprint is looked up in 48 LSH band
/// tables (2 slots a band); the articles it meets there are candidates, and
/// a candidate that passes [`Fingerprint::same_story`] joins the new
/// article's group (union-find, so one copy similar to two groups merges
/// them). Work per article is bounded (48 lookups, at most 4 candidates a
/// band), so a stream of n articles takes time linear in n. Memory per
/// article: its fingerprint (328 bytes), 22 bytes of group data, and 48
/// band-table entries of 8 bytes at a load of 3/8 to 3/4 (about 700 bytes).
/// No text is kept.
///
/// ```
/// use wirecopy::syndication::{Fingerprint, Grouper};
///
/// let body = "Diamond Shamrock Corp said that effective today it had cut its contract prices for crude oil by 1.50 dlrs a barrel.";
/// let mut g = Grouper::new();
/// let a = g.add(&Fingerprint::from_paragraphs([body]), false, Some(1_000));
/// let b = g.add(&Fingerprint::from_paragraphs(["Wheat fell sharply on the Chicago board today."]), false, None);
/// let c = g.add(&Fingerprint::from_paragraphs([body]), true, Some(2_000));
/// assert_eq!(a, c);
/// assert_ne!(a, b);
/// assert_eq!(g.representative(a), Some(2)); // the wire original
/// assert_eq!(g.len(), 3);
/// ```
#[derive(Clone, Debug)]
pub struct Grouper {
    threshold: f64,
    fingerprints: Vec<Fingerprint>,
    /// Union-find parent of each article.
    parent: Vec<u32>,
    /// Articles in the group, for a root.
    size: Vec<u32>,
    /// The representative article, for a root.
    best: Vec<u32>,
    wire: Vec<bool>,
    timestamp: Vec<Option<i64>>,
    tables: Vec<BandTable>,
    /// Scratch: candidate articles of the article being added.
    candidates: Vec<u32>,
}

impl Default for Grouper {
    fn default() -> Self {
        Grouper::new()
    }
}

impl Grouper {
    /// A grouper with the default threshold ([`DEFAULT_THRESHOLD`]).
    ///
    /// ```
    /// use wirecopy::syndication::Grouper;
    ///
    /// assert!(Grouper::new().is_empty());
    /// ```
    pub fn new() -> Grouper {
        Grouper::with_threshold(DEFAULT_THRESHOLD)
    }

    /// A grouper that joins two articles when their estimated similarity is
    /// at least `threshold` (clamped to `0.0..=1.0`; NaN means the default).
    /// Below about 0.2 the bands miss more and more pairs that would pass.
    ///
    /// ```
    /// use wirecopy::syndication::{Fingerprint, Grouper};
    ///
    /// let mut strict = Grouper::with_threshold(1.0);
    /// let a = strict.add(&Fingerprint::from_paragraphs(["Rates rose again today, bankers in London said."]), false, None);
    /// let b = strict.add(&Fingerprint::from_paragraphs(["Rates rose again today, bankers in Paris said."]), false, None);
    /// assert_ne!(a, b);
    /// ```
    pub fn with_threshold(threshold: f64) -> Grouper {
        let threshold = if threshold.is_nan() {
            DEFAULT_THRESHOLD
        } else {
            threshold.clamp(0.0, 1.0)
        };
        Grouper {
            threshold,
            fingerprints: Vec::new(),
            parent: Vec::new(),
            size: Vec::new(),
            best: Vec::new(),
            wire: Vec::new(),
            timestamp: Vec::new(),
            tables: (0..BANDS).map(|_| BandTable::default()).collect(),
            candidates: Vec::new(),
        }
    }

    /// Adds the next article (its index is the number of articles added
    /// before it) and returns its group as of now. `is_wire_original` marks
    /// the agency's own copy; `timestamp` is any orderable time (for
    /// example Unix seconds). An article with an empty fingerprint stays
    /// alone. Past `u32::MAX - 1` articles, further ones are not indexed.
    ///
    /// ```
    /// use wirecopy::syndication::{Fingerprint, Grouper};
    ///
    /// let body = ["The Bank of Japan left its discount rate at 2.5 pct, a record low, officials said."];
    /// let mut g = Grouper::new();
    /// let first = g.add(&Fingerprint::from_paragraphs(body), false, None);
    /// let second = g.add(&Fingerprint::from_paragraphs(body), false, None);
    /// assert_eq!(first, second);
    /// ```
    pub fn add(
        &mut self,
        fp: &Fingerprint,
        is_wire_original: bool,
        timestamp: Option<i64>,
    ) -> GroupId {
        let Ok(index) = u32::try_from(self.fingerprints.len()) else {
            return GroupId(EMPTY);
        };
        if index == EMPTY {
            return GroupId(EMPTY);
        }
        self.fingerprints.push(*fp);
        self.parent.push(index);
        self.size.push(1);
        self.best.push(index);
        self.wire.push(is_wire_original);
        self.timestamp.push(timestamp);
        if fp.is_empty() {
            return GroupId(index);
        }

        let mut candidates = std::mem::take(&mut self.candidates);
        candidates.clear();
        // First the first entry of every band's probe run, read with no
        // branch between the reads, so that the cache misses of the 48
        // tables overlap instead of coming one after another; then the
        // probes, which find those entries in the cache.
        let mut keys = [0u32; BANDS];
        let mut first = [0u64; BANDS];
        for (band, table) in self.tables.iter_mut().enumerate() {
            table.reserve_one(band);
            keys[band] = band_key(fp, band);
            first[band] = table.first_entry(keys[band], band);
        }
        for (band, table) in self.tables.iter_mut().enumerate() {
            table.insert(keys[band], first[band], index, band, &mut candidates);
        }
        candidates.sort_unstable();
        candidates.dedup();
        for &c in &candidates {
            if self.find(c) == self.find(index) {
                continue;
            }
            let Some(other) = self.fingerprints.get(c as usize) else {
                continue;
            };
            if fp.same_story(other, self.threshold) {
                self.union(index, c);
            }
        }
        self.candidates = candidates;
        GroupId(self.find(index))
    }

    /// The current group of the article at `article_index` (after every
    /// merge so far); `None` past the last article.
    ///
    /// ```
    /// use wirecopy::syndication::{Fingerprint, Grouper};
    ///
    /// let mut g = Grouper::new();
    /// g.add(&Fingerprint::from_paragraphs(["Rates rose."]), false, None);
    /// assert!(g.group_of(0).is_some());
    /// assert_eq!(g.group_of(1), None);
    /// ```
    pub fn group_of(&self, article_index: usize) -> Option<GroupId> {
        let i = u32::try_from(article_index).ok()?;
        (article_index < self.parent.len()).then(|| GroupId(self.root(i)))
    }

    /// The current id of a group handed out earlier (the group it has
    /// merged into); `None` for an id this grouper did not hand out.
    ///
    /// ```
    /// use wirecopy::syndication::{Fingerprint, Grouper};
    ///
    /// let mut g = Grouper::new();
    /// let id = g.add(&Fingerprint::from_paragraphs(["Rates rose."]), false, None);
    /// assert_eq!(g.resolve(id), Some(id));
    /// ```
    pub fn resolve(&self, group: GroupId) -> Option<GroupId> {
        self.group_of(group.index())
    }

    /// The article that stands for the group: its wire original if one was
    /// added (the first one, if several), else the article with the
    /// earliest timestamp, else the first one added. `None` for an id this
    /// grouper did not hand out.
    ///
    /// ```
    /// use wirecopy::syndication::{Fingerprint, Grouper};
    ///
    /// let fp = Fingerprint::from_paragraphs(["Gold closed at 405.50 dlrs an ounce in Zurich, dealers said."]);
    /// let mut g = Grouper::new();
    /// g.add(&fp, false, None);
    /// g.add(&fp, false, Some(20));
    /// let id = g.add(&fp, false, Some(10));
    /// assert_eq!(g.representative(id), Some(2));
    /// ```
    pub fn representative(&self, group: GroupId) -> Option<usize> {
        let root = self.resolve(group)?;
        self.best.get(root.index()).map(|&b| b as usize)
    }

    /// The number of articles added.
    ///
    /// ```
    /// use wirecopy::syndication::Grouper;
    ///
    /// assert_eq!(Grouper::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.parent.len()
    }

    /// Whether no article was added.
    ///
    /// ```
    /// use wirecopy::syndication::Grouper;
    ///
    /// assert!(Grouper::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.parent.is_empty()
    }

    /// The fingerprint of the article at `article_index`.
    ///
    /// ```
    /// use wirecopy::syndication::{Fingerprint, Grouper};
    ///
    /// let fp = Fingerprint::from_paragraphs(["Rates rose."]);
    /// let mut g = Grouper::new();
    /// g.add(&fp, false, None);
    /// assert_eq!(g.fingerprint(0), Some(&fp));
    /// ```
    pub fn fingerprint(&self, article_index: usize) -> Option<&Fingerprint> {
        self.fingerprints.get(article_index)
    }

    /// The root of `i` without path compression.
    fn root(&self, mut i: u32) -> u32 {
        while let Some(&p) = self.parent.get(i as usize) {
            if p == i {
                break;
            }
            i = p;
        }
        i
    }

    /// The root of `i`, halving the path on the way.
    fn find(&mut self, mut i: u32) -> u32 {
        loop {
            let Some(&p) = self.parent.get(i as usize) else {
                return i;
            };
            if p == i {
                return i;
            }
            let grand = self.parent.get(p as usize).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(i as usize) {
                *slot = grand;
            }
            i = grand;
        }
    }

    /// Merges the groups of `a` and `b` (union by size).
    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        let size = |s: &Self, r: u32| s.size.get(r as usize).copied().unwrap_or(1);
        // The larger group's root stays; on a tie, the older one (so an
        // article joining a group never renames it).
        let (sa, sb) = (size(self, ra), size(self, rb));
        let (big, small) = if sa > sb || (sa == sb && ra < rb) {
            (ra, rb)
        } else {
            (rb, ra)
        };
        let merged = size(self, big).saturating_add(size(self, small));
        let best_big = self.best.get(big as usize).copied().unwrap_or(big);
        let best_small = self.best.get(small as usize).copied().unwrap_or(small);
        let best = if self.better(best_small, best_big) {
            best_small
        } else {
            best_big
        };
        if let Some(p) = self.parent.get_mut(small as usize) {
            *p = big;
        }
        if let Some(s) = self.size.get_mut(big as usize) {
            *s = merged;
        }
        if let Some(b) = self.best.get_mut(big as usize) {
            *b = best;
        }
    }

    /// Whether article `a` makes a better representative than article `b`:
    /// wire original first, then the earlier timestamp, then first seen.
    fn better(&self, a: u32, b: u32) -> bool {
        let key = |i: u32| {
            let wire = self.wire.get(i as usize).copied().unwrap_or(false);
            let ts = self.timestamp.get(i as usize).copied().flatten();
            (!wire, ts.is_none(), ts.unwrap_or(0), i)
        };
        key(a) < key(b)
    }
}

/// The `band`-th pair of slots, `band` and `band + BANDS` (far apart, so
/// that they seldom borrow from one full slot), as one 32-bit key.
fn band_key(fp: &Fingerprint, band: usize) -> u32 {
    let slots = fp.slots();
    match (slots.get(band), slots.get(band + BANDS)) {
        (Some(&a), Some(&b)) => u32::from(a) << 16 | u32::from(b),
        _ => 0,
    }
}

/// One band's buckets: an open-addressing table (linear probing) of band
/// keys and the articles filed under them, one 8-byte entry each (the key
/// in the high half, the article in the low half, so that a probe reads one
/// cache line). Equal keys sit in one probe run, at most [`BUCKET_CAP`] of
/// them (the newest replace the oldest).
#[derive(Clone, Debug, Default)]
struct BandTable {
    entries: Vec<u64>,
    len: usize,
}

/// An empty entry of a band table.
const VACANT: u64 = EMPTY as u64;

/// The key and article of an entry.
fn unpack(entry: u64) -> (u32, u32) {
    ((entry >> 32) as u32, entry as u32)
}

impl BandTable {
    /// Grows the table if one more entry would fill it past 3/4.
    fn reserve_one(&mut self, band: usize) {
        if (self.len + 1) * 4 > self.entries.len() * 3 {
            self.grow(band);
        }
    }

    /// The entry where `key`'s probe run starts.
    fn first_entry(&self, key: u32, band: usize) -> u64 {
        let mask = self.entries.len().wrapping_sub(1);
        self.entries
            .get(home(key, band, mask))
            .copied()
            .unwrap_or(VACANT)
    }

    /// Pushes the articles under `key` to `out`, then files `index` under
    /// it. `first` is the entry where the probe run starts (read before).
    fn insert(&mut self, key: u32, first: u64, index: u32, band: usize, out: &mut Vec<u32>) {
        let mask = self.entries.len() - 1;
        let mut pos = home(key, band, mask);
        let mut entry = first;
        let mut oldest: Option<(usize, u32)> = None;
        let mut found = 0;
        while entry != VACANT {
            let (k, e) = unpack(entry);
            if k == key {
                out.push(e);
                found += 1;
                if oldest.is_none_or(|(_, o)| e < o) {
                    oldest = Some((pos, e));
                }
            }
            pos = (pos + 1) & mask;
            entry = self.entries.get(pos).copied().unwrap_or(VACANT);
        }
        let target = match oldest {
            Some((o, _)) if found >= BUCKET_CAP => o,
            _ => {
                self.len += 1;
                pos
            }
        };
        if let Some(slot) = self.entries.get_mut(target) {
            *slot = u64::from(key) << 32 | u64::from(index);
        }
    }

    /// Doubles the table (at least 1024 entries) and refiles every entry.
    fn grow(&mut self, band: usize) {
        let size = (self.entries.len() * 2).max(1024);
        let old = std::mem::replace(&mut self.entries, vec![VACANT; size]);
        let mask = size - 1;
        for entry in old.into_iter().filter(|&e| e != VACANT) {
            let mut pos = home(unpack(entry).0, band, mask);
            while self.entries.get(pos).is_some_and(|&e| e != VACANT) {
                pos = (pos + 1) & mask;
            }
            if let Some(slot) = self.entries.get_mut(pos) {
                *slot = entry;
            }
        }
    }
}

/// Where a key's probe run starts.
fn home(key: u32, band: usize, mask: usize) -> usize {
    (mix64(u64::from(key) ^ (band as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)) as usize) & mask
}
