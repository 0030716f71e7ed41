//! [`Fingerprint`]: a one-permutation MinHash of a story's body shingles.

use std::fmt;

use super::hash::mix64;
use super::shingle::{SHINGLE_WORDS, Sink, scan};

/// The least [`Fingerprint::containment`] of two copies of one story.
pub const MIN_CONTAINMENT: f64 = 0.5;

/// Slots (minimum hashes) in a fingerprint.
pub const SLOTS: usize = 128;

/// `log2(SLOTS)`: a shingle's slot is the top bits of its hash.
const SLOT_BITS: u32 = SLOTS.trailing_zeros();

// The densification walks the slots as the bits of a `u128`.
const _: () = assert!(SLOTS == 128);

/// Length of [`Fingerprint::to_bytes`]: format tag, version, shingle count,
/// slots.
pub const FINGERPRINT_BYTES: usize = 4 + 4 + 16 * KEY_WORDS + 2 * SLOTS;

/// First bytes of the stored form: `"wf"`, the format version, and the
/// shingle size it was made with (a fingerprint made with other settings
/// must not be compared with one of these).
const TAG: [u8; 4] = [b'w', b'f', 3, SHINGLE_WORDS as u8];

/// Seed of the densification directions (which full slot an empty slot borrows).
const PROBE_SEED: u64 = 0x6a09_e667_f3bc_c908;

/// A compact signature of a story's body: 128 one-permutation MinHash
/// slots of 16 bits over 3-word shingles of the normalised words, two
/// 256-bit filters of its key words (figures, names), and the number of
/// shingles; 328 bytes, no heap.
///
/// Two fingerprints estimate the Jaccard similarity of the two bodies'
/// shingle sets ([`similarity`](Fingerprint::similarity)) and tell whether
/// they look like copies of one story
/// ([`same_story`](Fingerprint::same_story)). Equal bodies give equal
/// fingerprints on every platform and in every run; so do bodies that
/// differ only in case, punctuation, line wrapping or paragraph breaks.
///
/// ```
/// use wirecopy::syndication::Fingerprint;
///
/// let wire = Fingerprint::from_paragraphs([
///     "Peru's tin output is expected to fall by about 15 pct this year after flooding closed the lower levels of the country's largest underground tin mine last month, mining ministry officials said.",
///     "The officials said production would probably total around 4,300 tonnes in 1987, against 5,050 tonnes last year.",
/// ]);
/// let portal = Fingerprint::from_paragraphs([
///     "Peru's tin output is expected to fall by about 15 pct this year after flooding closed the lower levels of the country's largest underground tin mine last month, mining ministry officials said.",
///     "The officials said production would probably total around 4,300 tonnes in 1987, against 5,050 tonnes last yaer.",
/// ]);
/// let other = Fingerprint::from_paragraphs(["Shr 34 cts vs 1.19 dlrs", "Net 807,000 vs 2,858,000"]);
/// assert!(wire.similarity(&portal) > 0.8);
/// assert!(wire.similarity(&other) < 0.1);
/// assert_eq!(Fingerprint::from_bytes(&wire.to_bytes()), Some(wire));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint {
    slots: [u16; SLOTS],
    /// Two bits for each occurrence of a figure (a word with a digit, or a
    /// number word): a 256-bit Bloom filter of the body's figures as a
    /// multiset.
    figures: [u64; KEY_WORDS],
    /// Two bits for each name (a word written with a capital first).
    names: [u64; KEY_WORDS],
    shingles: u32,
}

/// 64-bit words of the key-word filter.
const KEY_WORDS: usize = 4;

/// The highest occurrence of one figure that the figure filter tells apart.
const MAX_OCCURRENCE: u64 = 7;

/// The two bits of a filter that a key word sets: two bytes of a mix of its
/// hash and its occurrence.
#[inline]
fn key_bits(hash: u64, occurrence: u64) -> [u8; 2] {
    let m = mix64(hash ^ occurrence.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    [(m >> 56) as u8, (m >> 48) as u8]
}

/// Whether a filter has a bit set.
#[inline]
fn has_key_bit(filter: &[u64; KEY_WORDS], bit: u8) -> bool {
    filter
        .get(usize::from(bit >> 6))
        .is_some_and(|w| w >> (bit & 63) & 1 == 1)
}

/// Sets a key word's bits in a filter.
#[inline]
fn set_key(filter: &mut [u64; KEY_WORDS], bits: [u8; 2]) {
    for bit in bits {
        if let Some(w) = filter.get_mut(usize::from(bit >> 6)) {
            *w |= 1 << (bit & 63);
        }
    }
}

/// The minimum of each slot, and the key-word filter, while a body is read.
struct Sketch {
    mins: [u16; SLOTS],
    /// Which slots a shingle went to: slot `i` is bit `i % 64` of word
    /// `i / 64`.
    full: [u64; 2],
    figures: [u64; KEY_WORDS],
    names: [u64; KEY_WORDS],
}

impl Sink for Sketch {
    #[inline]
    fn shingle(&mut self, hash: u64) {
        // The top bits pick the slot; the next 16 are the value. Cutting
        // off the lower bits keeps the order, so the least 16-bit value is
        // the top of the least full one: nothing of the minimum is lost.
        let slot = (hash >> (64 - SLOT_BITS)) as usize;
        let value = (hash >> (64 - SLOT_BITS - 16)) as u16;
        if let Some(m) = self.mins.get_mut(slot) {
            *m = (*m).min(value);
        }
        if let Some(f) = self.full.get_mut(slot / 64) {
            *f |= 1 << (slot % 64);
        }
    }

    #[inline]
    fn key_word(&mut self, hash: u64, figure: bool) {
        if !figure {
            set_key(&mut self.names, key_bits(hash, 0));
            return;
        }
        // Figures count as often as they occur: a figure whose bits are
        // all set already (by itself before, as a rule) goes in again as
        // its next occurrence.
        let mut occurrence = 0;
        let mut bits = key_bits(hash, occurrence);
        while occurrence < MAX_OCCURRENCE && bits.iter().all(|&b| has_key_bit(&self.figures, b)) {
            occurrence += 1;
            bits = key_bits(hash, occurrence);
        }
        set_key(&mut self.figures, bits);
    }
}

impl Fingerprint {
    /// Fingerprints a body given as its paragraphs (any layout: wrapped
    /// lines and indentation do not matter).
    ///
    /// Reads each byte once; allocates nothing.
    ///
    /// ```
    /// use wirecopy::syndication::Fingerprint;
    ///
    /// let wrapped = Fingerprint::from_paragraphs(["    Rates rose\nagain today.", "Banks said so."]);
    /// let joined = Fingerprint::from_paragraphs(["Rates rose again today. Banks said so."]);
    /// assert_eq!(wrapped, joined);
    /// assert_eq!(wrapped.shingles(), 5);
    /// ```
    pub fn from_paragraphs<'a>(paragraphs: impl IntoIterator<Item = &'a str>) -> Fingerprint {
        let mut sketch = Sketch {
            mins: [u16::MAX; SLOTS],
            full: [0; 2],
            figures: [0; KEY_WORDS],
            names: [0; KEY_WORDS],
        };
        let shingles = scan(paragraphs, &mut sketch);
        let [low, high] = sketch.full;
        let slots = densify(&sketch.mins, u128::from(low) | u128::from(high) << 64);
        Fingerprint {
            slots,
            figures: sketch.figures,
            names: sketch.names,
            shingles: u32::try_from(shingles).unwrap_or(u32::MAX),
        }
    }

    /// The fingerprint of a parsed article's body: its paragraphs, without
    /// dateline, sign-off, credits, boilerplate, disclaimer, header or
    /// related links (the parser has cut them). Wrapped lines count as the
    /// paragraph they make.
    ///
    /// ```
    /// use wirecopy::syndication::Fingerprint;
    /// let wire = wirecopy::parse("Tin output to fall\n\nLIMA, March 4 (Reuters) - Peru's tin output will fall 15 pct, officials said.\n")?;
    /// let portal = wirecopy::parse("Peru tin output seen lower\n\nLima, Mar 4 (Reuters) Peru's tin output will fall 15 pct, officials said.\n\n(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)")?;
    /// assert_eq!(Fingerprint::of(&wire), Fingerprint::of(&portal));
    /// # Ok::<(), wirecopy::Error>(())
    /// ```
    pub fn of(article: &crate::model::Article<'_>) -> Fingerprint {
        Fingerprint::from_paragraphs(article.paragraphs().iter().map(|p| p.raw()))
    }

    /// The estimated Jaccard similarity of the two bodies' shingle sets, in
    /// `0.0..=1.0`: the share of slots that agree. Its standard error is
    /// `sqrt(J (1 - J) / 128)`, at most 0.044. An empty body is similar to
    /// nothing, itself included.
    ///
    /// ```
    /// use wirecopy::syndication::Fingerprint;
    ///
    /// let a = Fingerprint::from_paragraphs(["Oil prices rose two dlrs on Monday, traders said."]);
    /// assert_eq!(a.similarity(&a), 1.0);
    /// assert_eq!(a.similarity(&Fingerprint::from_paragraphs([" - "])), 0.0);
    /// ```
    pub fn similarity(&self, other: &Fingerprint) -> f64 {
        if self.is_empty() || other.is_empty() {
            return 0.0;
        }
        f64::from(self.agreeing_slots(other)) / SLOTS as f64
    }

    /// The estimated share of the smaller body's shingles that the other
    /// body has too, in `0.0..=1.0`, derived from
    /// [`similarity`](Fingerprint::similarity) and the shingle counts. Near
    /// 1.0 when one body is the other with paragraphs dropped.
    ///
    /// ```
    /// use wirecopy::syndication::Fingerprint;
    ///
    /// let paragraphs = [
    ///     "The central bank left its discount rate unchanged at 3.5 pct on Thursday.",
    ///     "Economists had expected the bank to hold rates until the new budget in March.",
    ///     "The mark firmed slightly against the dollar after the announcement.",
    /// ];
    /// let full = Fingerprint::from_paragraphs(paragraphs);
    /// let cut = Fingerprint::from_paragraphs(paragraphs[..1].iter().copied());
    /// assert!(full.similarity(&cut) < 0.5);
    /// assert!(full.containment(&cut) > 0.6);
    /// ```
    pub fn containment(&self, other: &Fingerprint) -> f64 {
        let j = self.similarity(other);
        let (a, b) = (f64::from(self.shingles), f64::from(other.shingles));
        let smaller = a.min(b);
        if smaller <= 0.0 {
            return 0.0;
        }
        // |A ∩ B| = J (|A| + |B|) / (1 + J)
        (j * (a + b) / (1.0 + j) / smaller).min(1.0)
    }

    /// The number of shingles of the body (3-word runs; 1 for a body of one
    /// or two words, 0 for a body without words).
    ///
    /// ```
    /// use wirecopy::syndication::Fingerprint;
    ///
    /// assert_eq!(Fingerprint::from_paragraphs(["One two three four."]).shingles(), 2);
    /// ```
    pub fn shingles(&self) -> u32 {
        self.shingles
    }

    /// Whether the body had no words (such a fingerprint matches nothing).
    ///
    /// ```
    /// use wirecopy::syndication::Fingerprint;
    ///
    /// assert!(Fingerprint::from_paragraphs(Vec::<&str>::new()).is_empty());
    /// assert!(!Fingerprint::from_paragraphs(["Word"]).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.shingles == 0
    }

    /// The slots, the raw MinHash values (for LSH banding of one's own).
    ///
    /// ```
    /// use wirecopy::syndication::{Fingerprint, SLOTS};
    ///
    /// assert_eq!(Fingerprint::from_paragraphs(["Rates rose."]).slots().len(), SLOTS);
    /// ```
    pub fn slots(&self) -> &[u16; SLOTS] {
        &self.slots
    }

    /// The stable stored form: `b"wf"`, a format version byte, the shingle
    /// size, the shingle count (u32, little-endian), the figure and name
    /// filters (four u64 each, little-endian), then the slots (u16,
    /// little-endian).
    ///
    /// ```
    /// use wirecopy::syndication::{Fingerprint, FINGERPRINT_BYTES};
    ///
    /// let bytes = Fingerprint::from_paragraphs(["Rates rose."]).to_bytes();
    /// assert_eq!(bytes.len(), FINGERPRINT_BYTES);
    /// assert_eq!(&bytes[..4], b"wf\x03\x03");
    /// ```
    pub fn to_bytes(&self) -> [u8; FINGERPRINT_BYTES] {
        let mut out = [0u8; FINGERPRINT_BYTES];
        let (head, rest) = out.split_at_mut(8);
        head[..4].copy_from_slice(&TAG);
        head[4..].copy_from_slice(&self.shingles.to_le_bytes());
        let (keys, slots) = rest.split_at_mut(16 * KEY_WORDS);
        for (chunk, k) in keys
            .chunks_exact_mut(8)
            .zip(self.figures.into_iter().chain(self.names))
        {
            chunk.copy_from_slice(&k.to_le_bytes());
        }
        for (chunk, slot) in slots.chunks_exact_mut(2).zip(self.slots) {
            chunk.copy_from_slice(&slot.to_le_bytes());
        }
        out
    }

    /// Reads the form [`to_bytes`](Fingerprint::to_bytes) wrote. `None` when
    /// the length, tag, version or shingle size differ.
    ///
    /// ```
    /// use wirecopy::syndication::Fingerprint;
    ///
    /// let fp = Fingerprint::from_paragraphs(["Rates rose."]);
    /// assert_eq!(Fingerprint::from_bytes(&fp.to_bytes()), Some(fp));
    /// assert_eq!(Fingerprint::from_bytes(b"wf"), None);
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Option<Fingerprint> {
        if bytes.len() != FINGERPRINT_BYTES || bytes.get(..4)? != TAG {
            return None;
        }
        let shingles = u32::from_le_bytes(bytes.get(4..8)?.try_into().ok()?);
        let mut figures = [0u64; KEY_WORDS];
        let mut names = [0u64; KEY_WORDS];
        for (k, chunk) in figures
            .iter_mut()
            .chain(names.iter_mut())
            .zip(bytes.get(8..)?.chunks_exact(8))
        {
            *k = u64::from_le_bytes(chunk.try_into().ok()?);
        }
        let mut slots = [0u16; SLOTS];
        for (slot, chunk) in slots
            .iter_mut()
            .zip(bytes.get(8 + 16 * KEY_WORDS..)?.chunks_exact(2))
        {
            *slot = u16::from_le_bytes([chunk[0], chunk[1]]);
        }
        Some(Fingerprint {
            slots,
            figures,
            names,
            shingles,
        })
    }

    /// Key words of this body that the other lacks, as counted by their
    /// filters: `[figures here, figures there, names here, names there]`
    /// (the filters' bits that one side has and the other lacks, two a key
    /// word, halved and rounded up). Figures count as often as they occur,
    /// so `31 cts vs 31 cts` has a 31 more than `11 cts vs 31 cts`. A
    /// dropped paragraph makes differences on one side; template copy of
    /// another company or other amounts, on both.
    ///
    /// ```
    /// use wirecopy::syndication::Fingerprint;
    ///
    /// let a = Fingerprint::from_paragraphs(["Comerica Inc said it raised its prime rate to 7-3/4 pct."]);
    /// let b = Fingerprint::from_paragraphs(["Meridian Bancorp said it raised its prime rate to 7-3/4 pct."]);
    /// assert_eq!(a.key_words_apart(&b), [0, 0, 2, 2]);
    /// ```
    pub fn key_words_apart(&self, other: &Fingerprint) -> [u32; 4] {
        let apart = |a: &[u64; KEY_WORDS], b: &[u64; KEY_WORDS]| -> (u32, u32) {
            a.iter().zip(b).fold((0, 0), |(x, y), (a, b)| {
                (x + (a & !b).count_ones(), y + (b & !a).count_ones())
            })
        };
        let (fx, fy) = apart(&self.figures, &other.figures);
        let (nx, ny) = apart(&self.names, &other.names);
        [fx, fy, nx, ny].map(|bits| bits.div_ceil(2))
    }

    /// Whether the two bodies look like copies of one story: estimated
    /// [`similarity`](Fingerprint::similarity) at least `threshold`,
    /// [`containment`](Fingerprint::containment) at least
    /// [`MIN_CONTAINMENT`], no figure on both sides that the other side
    /// lacks (one-sided differences are dropped paragraphs; two-sided ones
    /// are other figures), and at most one name on each side that the other
    /// lacks (a typo). Empty bodies are no one's copy.
    ///
    /// ```
    /// use wirecopy::syndication::Fingerprint;
    ///
    /// let div = |s: &str| Fingerprint::from_paragraphs(s.split(" / "));
    /// let wire = div("Qtly div 10 cts vs 10 cts prior / Pay May 20 / Record April 27");
    /// let copy = div("Qtly div 10 cts vs 10 cts prior / Record Aprl 27");
    /// let other = div("Qtly div 10 cts vs 10 cts prior / Pay May 1 / Record April 10");
    /// assert!(wire.same_story(&copy, 0.2));
    /// assert!(!wire.same_story(&other, 0.2));
    /// ```
    pub fn same_story(&self, other: &Fingerprint, threshold: f64) -> bool {
        let j = self.similarity(other);
        if j < threshold || j <= 0.0 || self.containment(other) < MIN_CONTAINMENT {
            return false;
        }
        let [fx, fy, nx, ny] = self.key_words_apart(other);
        fx.min(fy) == 0 && nx.min(ny) <= 1
    }

    /// How many slots agree.
    pub(crate) fn agreeing_slots(&self, other: &Fingerprint) -> u32 {
        self.slots
            .iter()
            .zip(&other.slots)
            .map(|(a, b)| u32::from(a == b))
            .sum()
    }
}

/// The slots of a sketch, each empty slot filled from a full neighbour
/// ("densified one-permutation hashing", Shrivastava and Li, UAI 2014):
/// slot `i` borrows from the nearest full slot to its right or to its left
/// (circularly; a fixed pseudo-random choice per slot), its value mixed
/// with the distance and direction so that slots that borrow from one full
/// slot are not alike. Two bodies agree in an empty slot exactly when they
/// agree in the slot both borrow from. `full` has bit `i` set for a slot a
/// shingle went to; the empty slots that borrow from the right, then those
/// that borrow from the left, are walked with bit operations on it, each
/// finding its neighbour with one rotation, without a branch on the data.
/// A body without shingles gives all zeros.
fn densify(mins: &[u16; SLOTS], full: u128) -> [u16; SLOTS] {
    if full == 0 {
        return [0; SLOTS];
    }
    let mut out = *mins;
    let mut rightward = !full & RIGHTWARD;
    while rightward != 0 {
        let i = rightward.trailing_zeros();
        rightward &= rightward - 1;
        // Slot `i` rotated to bit 0: the zeros above it are the distance.
        let distance = full.rotate_right(i).trailing_zeros();
        let value = mins[(i + distance) as usize % SLOTS];
        out[i as usize % SLOTS] = borrowed(value, distance, true);
    }
    let mut leftward = !full & !RIGHTWARD;
    while leftward != 0 {
        let i = leftward.trailing_zeros();
        leftward &= leftward - 1;
        // Slot `i` rotated to the top bit: the zeros below it.
        let distance = full.rotate_left(SLOTS as u32 - 1 - i).leading_zeros();
        let value = mins[(i + SLOTS as u32 - distance) as usize % SLOTS];
        out[i as usize % SLOTS] = borrowed(value, distance, false);
    }
    out
}

/// The value an empty slot takes from a full one `distance` slots away:
/// the top 16 bits of a product, which depend on all three.
fn borrowed(value: u16, distance: u32, right: bool) -> u16 {
    const SPREAD: u64 = 0xd6e8_feb8_6659_fd93;
    let key = u64::from(value) | u64::from(distance) << 16 | u64::from(right) << 24;
    (key.wrapping_mul(SPREAD) >> 48) as u16
}

/// One fixed pseudo-random choice per slot: bit `i` set when slot `i`
/// borrows from the right, clear when from the left.
const RIGHTWARD: u128 = (mix64(PROBE_SEED) as u128) << 64 | mix64(PROBE_SEED + 1) as u128;

impl Default for Fingerprint {
    /// The fingerprint of an empty body.
    fn default() -> Self {
        Fingerprint {
            slots: [0; SLOTS],
            figures: [0; KEY_WORDS],
            names: [0; KEY_WORDS],
            shingles: 0,
        }
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut digest = 0u64;
        for &s in &self.slots {
            digest = mix64(digest ^ u64::from(s));
        }
        f.debug_struct("Fingerprint")
            .field("shingles", &self.shingles)
            .field("digest", &format_args!("{digest:016x}"))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::syndication::shingle::plain;

    /// The exact Jaccard similarity of two bodies' shingle sets, from the
    /// plain definition of their words.
    fn jaccard(a: &str, b: &str) -> f64 {
        let shingles = |text: &str| -> HashSet<Vec<String>> {
            let words: Vec<String> = plain([text]).into_iter().map(|(w, ..)| w).collect();
            words
                .windows(SHINGLE_WORDS)
                .map(<[String]>::to_vec)
                .collect()
        };
        let (a, b) = (shingles(a), shingles(b));
        a.intersection(&b).count() as f64 / a.union(&b).count() as f64
    }

    /// A deterministic stream of numbers below a bound.
    struct Numbers(u64);

    impl Numbers {
        fn below(&mut self, n: u64) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            mix64(self.0) % n
        }

        fn text(&mut self, vocabulary: &[String], words: u64) -> String {
            let picked: Vec<&str> = (0..words)
                .map(|_| vocabulary[self.below(vocabulary.len() as u64) as usize].as_str())
                .collect();
            picked.join(" ")
        }
    }

    /// [`densify`] by its definition, slot by slot: an empty slot steps
    /// in its direction to the first full slot.
    fn densify_plain(mins: &[u16; SLOTS], full: u128) -> [u16; SLOTS] {
        let is_full = |i: usize| full >> (i % SLOTS) & 1 == 1;
        std::array::from_fn(|i| {
            if full == 0 {
                return 0;
            }
            if is_full(i) {
                return mins[i];
            }
            let rightward = RIGHTWARD >> i & 1 == 1;
            let from = |d: usize| (if rightward { i + d } else { i + SLOTS - d }) % SLOTS;
            let distance = (1..SLOTS).find(|&d| is_full(from(d))).unwrap();
            borrowed(mins[from(distance)], distance as u32, rightward)
        })
    }

    #[test]
    fn densify_is_its_definition() {
        let mut numbers = Numbers(7);
        let mut cases: Vec<u128> = vec![0, 1, 1 << 127, 1 | 1 << 127, u128::MAX, !1, !(1 << 127)];
        cases.extend((0..SLOTS).map(|i| 1 << i));
        for density in 1..=SLOTS as u64 {
            for _ in 0..20 {
                let full = (0..SLOTS).fold(0u128, |full, i| {
                    full | u128::from(numbers.below(SLOTS as u64) < density) << i
                });
                cases.push(full);
            }
        }
        for full in cases {
            let mins: [u16; SLOTS] = std::array::from_fn(|_| numbers.below(1 << 16) as u16);
            assert_eq!(
                densify(&mins, full),
                densify_plain(&mins, full),
                "{full:032x}"
            );
        }
    }

    #[test]
    fn similarity_estimates_jaccard_without_bias() {
        // Pairs of bodies that share a stretch of text and have stretches
        // of their own: short ones (most slots borrowed) and long ones.
        let mut numbers = Numbers(1);
        let vocabulary: Vec<String> = (0..5_000)
            .map(|_| {
                (0..3 + numbers.below(7))
                    .map(|_| char::from(b'a' + numbers.below(26) as u8))
                    .collect()
            })
            .collect();
        for (shared_words, own_words) in [(8, 15), (40, 60), (200, 150)] {
            let (mut errors, mut variance) = (Vec::new(), 0.0);
            for _ in 0..300 {
                let [shared, a1, a2, b1, b2] = [shared_words, 0, 0, 0, 0]
                    .map(|floor| floor + numbers.below(own_words))
                    .map(|words| numbers.text(&vocabulary, words));
                let a = format!("{a1} {shared} {a2}");
                let b = format!("{b1} {shared} {b2}");
                let exact = jaccard(&a, &b);
                let estimate = Fingerprint::from_paragraphs([a.as_str()])
                    .similarity(&Fingerprint::from_paragraphs([b.as_str()]));
                errors.push(estimate - exact);
                variance += exact * (1.0 - exact) / SLOTS as f64;
            }
            let n = errors.len() as f64;
            let bias = errors.iter().sum::<f64>() / n;
            let rms = (errors.iter().map(|e| e * e).sum::<f64>() / n).sqrt();
            let expected = (variance / n).sqrt();
            println!(
                "{shared_words}+ shared words: bias {bias:.4}, rms error {rms:.4}, \
                 128-hash MinHash standard error {expected:.4}"
            );
            // Short bodies borrow most slots, so their estimates vary more
            // than 128 independent hashes would (1.5 times here).
            assert!(bias.abs() < 0.01, "bias {bias}");
            assert!(rms < 2.0 * expected, "rms error {rms} vs {expected}");
        }
    }
}
