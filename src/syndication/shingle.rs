//! Normalised words, their word shingles and the body's key words, hashed
//! as the text is read.
//!
//! A word is a run of characters between separators (whitespace and the
//! C0 control characters). It is lowercased and everything that is not a
//! letter or a digit is dropped from it, so `"Rs 1,280-crore"` gives the
//! words `rs` and `1280crore`, `U.S.` gives `us` and `“We` gives `we`; a
//! run with no letter or digit (`-`, `–`, `|`) is no word. Digits are
//! kept: figures and names are what tell two stories of one template apart.
//! Letters and digits are Unicode's (`char::is_alphanumeric`), lowercased
//! with `char::to_lowercase`.
//!
//! Each word is hashed once ([`word_hash`]: its bytes eight at a time), and
//! the words of all paragraphs form one stream (a paragraph break is a word
//! break). Every run of [`SHINGLE_WORDS`] consecutive words is a shingle,
//! hashed from its three word hashes ([`shingle_hash`]). A text with fewer
//! words than that has one shingle, of all its words.
//!
//! A *key word* is a figure (a word with an ASCII digit, or a number word:
//! `eight`, `third`) or a name-like word (one that starts with a capital
//! letter as written). Template copy differs in exactly these: the company,
//! the place, the amounts and dates.
//!
//! # The fast path
//!
//! [`scan`] reads a paragraph 64 bytes at a time. [`classify`] turns each
//! block into 64-bit masks, one bit a byte (separator; letter or digit;
//! and, for a block with a non-ASCII byte, non-ASCII), eight bytes at a
//! time with carry-free subtractions; the runs between separators are then
//! found with bit operations, so no byte is looked at one by one. A run of
//! at most sixteen ASCII bytes whose letters and digits come first (`said`,
//! `said,`, `international`), nine words in ten, is hashed straight from
//! one or two 64-bit loads (letters lowercased by setting one bit; whether
//! it has a digit is read off the lowercased bytes). The other runs are
//! marked once per block, in one mask (at a dropped first byte, at letters
//! or digits after a dropped byte, at non-ASCII bytes), so that a run is
//! told fast or not with one test. They (`U.S.`, `4,300`, `(Reuters)`,
//! anything with a non-ASCII byte) are read in pieces: eight ASCII bytes at
//! a time with the dropped ones squeezed out, non-ASCII characters one by
//! one. A run that reaches the end of a block is left to the next block,
//! which starts with it. The tests check all this against the definition
//! above written char by char (`plain`), with every byte in turn at a
//! block's edge.

use super::hash::{fold, mix64};

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 3;

/// What [`scan`] reports.
pub(crate) trait Sink {
    /// The hash of the next shingle.
    fn shingle(&mut self, hash: u64);
    /// The hash of a key word (the word's own hash), and whether it is a
    /// figure (else a name).
    fn key_word(&mut self, hash: u64, figure: bool);
}

/// Numbers written as words (Reuters style spells out those under ten):
/// figures as much as `28` is.
const NUMBER_WORDS: [&str; 41] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
];

/// The hash of a normalised word (not empty): its bytes in blocks of eight,
/// little-endian, the last one zero-padded (a normalised word has no zero
/// byte, so the padding is unambiguous), folded in order. A word of up to
/// eight bytes is one multiplication. Not mixed further: its top bits, which
/// the key-word filters and [`NUMBERS`] use, depend on every byte, and the
/// shingle hash mixes all of them.
pub(crate) const fn word_hash(word: &[u8]) -> u64 {
    let (mut state, mut block, mut len) = (0u64, 0u64, 0u32);
    let mut i = 0;
    while i < word.len() {
        if len == 8 {
            state = fold(state, block);
            (block, len) = (0, 0);
        }
        block |= (word[i] as u64) << (8 * len);
        len += 1;
        i += 1;
    }
    fold(state, block)
}

/// Bits a word hash is rotated by per position in a shingle.
const SHINGLE_ROTATION: u32 = 21;

/// The hash of a shingle from the hashes of its words, oldest first: the
/// older words rotated by 42 and 21 bits, all three xored, then mixed so
/// that every bit depends on every word (a shingle of fewer words has
/// zeros in front).
#[inline]
pub(crate) fn shingle_hash(words: [u64; SHINGLE_WORDS]) -> u64 {
    let [a, b, c] = words;
    mix64(a.rotate_left(2 * SHINGLE_ROTATION) ^ b.rotate_left(SHINGLE_ROTATION) ^ c)
}

/// Bits of the index into [`NUMBERS`].
const NUMBER_BITS: u32 = 9;

/// Where in a word hash the index into [`NUMBERS`] is taken: the lowest
/// shift at which the number words fall into distinct entries, so that a
/// look-up is one probe. (Found at compile time; a failure to find one is a
/// compile error.)
const NUMBER_SHIFT: u32 = {
    let mut shift = 0;
    'shifts: loop {
        assert!(
            shift <= 64 - NUMBER_BITS,
            "no shift separates the number words"
        );
        let mut taken = [false; 1 << NUMBER_BITS];
        let mut i = 0;
        while i < NUMBER_WORDS.len() {
            let at = (word_hash(NUMBER_WORDS[i].as_bytes()) >> shift) as usize % taken.len();
            if taken[at] {
                shift += 1;
                continue 'shifts;
            }
            taken[at] = true;
            i += 1;
        }
        break shift;
    }
};

/// The hashes of [`NUMBER_WORDS`], each at its index; 0 is an empty entry.
static NUMBERS: [u64; 1 << NUMBER_BITS] = {
    let mut t = [0u64; 1 << NUMBER_BITS];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let h = word_hash(NUMBER_WORDS[i].as_bytes());
        t[(h >> NUMBER_SHIFT) as usize % t.len()] = h;
        i += 1;
    }
    t
};

/// Whether a word is a number word, by its hash.
#[inline]
fn is_number_word(hash: u64) -> bool {
    NUMBERS.get((hash >> NUMBER_SHIFT) as usize % NUMBERS.len()) == Some(&hash)
}

/// A word read in pieces (long, with characters dropped inside, or with
/// non-ASCII characters): its normalised bytes so far, hashed as
/// [`word_hash`] does.
#[derive(Default)]
struct Word {
    /// The full blocks so far, folded.
    state: u64,
    /// Bytes not yet folded, little-endian.
    block: u64,
    /// How many bytes `block` holds (0..=8); 0 only for an empty word.
    len: u32,
    /// Whether the word has an ASCII digit.
    figure: bool,
    /// Whether its first letter or digit was a capital letter as written.
    capital: bool,
}

impl Word {
    /// Appends `n` (1..=8) normalised bytes, little-endian in `bytes` (zero
    /// above them); `capital` when the first of them was a capital letter.
    #[inline]
    fn append(&mut self, bytes: u64, n: u32, capital: bool) {
        if self.len == 0 {
            self.capital = capital;
        }
        self.block |= shl(bytes, 8 * self.len);
        if self.len + n > 8 {
            self.state = fold(self.state, self.block);
            self.block = shr(bytes, 8 * (8 - self.len));
            self.len = self.len + n - 8;
        } else {
            self.len += n;
        }
    }

    /// Appends one character of a word (lowercased), or nothing for a
    /// character that is no letter or digit.
    fn append_char(&mut self, ch: char) {
        if !ch.is_alphanumeric() {
            return;
        }
        self.figure |= ch.is_ascii_digit();
        let capital = ch.is_uppercase();
        let mut buf = [0u8; 4];
        for lower in ch.to_lowercase() {
            let encoded = lower.encode_utf8(&mut buf).as_bytes();
            let mut bytes = [0u8; 8];
            bytes[..encoded.len()].copy_from_slice(encoded);
            self.append(u64::from_le_bytes(bytes), encoded.len() as u32, capital);
        }
    }
}

/// `x << bits`, 0 from 64 bits on.
#[inline]
fn shl(x: u64, bits: u32) -> u64 {
    x.checked_shl(bits).unwrap_or(0)
}

/// `x >> bits`, 0 from 64 bits on.
#[inline]
fn shr(x: u64, bits: u32) -> u64 {
    x.checked_shr(bits).unwrap_or(0)
}

/// The lowest `n` bits set (`n` in 0..=64).
#[inline]
fn low_bits(n: u32) -> u64 {
    shl(1, n).wrapping_sub(1)
}

/// The first `n` (1..=8) bytes of `x`, letters and digits, lowercased.
#[inline]
fn lowercase(x: u64, n: u32) -> u64 {
    (x | splat(0x20)) & (u64::MAX >> (64 - 8 * n))
}

/// Whether eight bytes of lowercase ASCII letters, digits and zeros (as
/// [`lowercase`] gives them) have a digit: digits (`0x30`–`0x39`) alone
/// have bit `0x20` set and bit `0x40` clear.
#[inline]
fn has_digit(lowered: u64) -> bool {
    lowered & !(lowered >> 1) & splat(0x20) != 0
}

/// The lowest `n` bytes set (`n` in 0..=8).
#[inline]
fn bytes_below(n: u32) -> u64 {
    low_bits(8 * n)
}

/// The words of the scan so far, and the shingles they make.
struct Shingler<'s, S> {
    sink: &'s mut S,
    /// The hashes of the last two words (zero before the first ones).
    last: [u64; SHINGLE_WORDS - 1],
    words: u64,
}

impl<S: Sink> Shingler<'_, S> {
    /// The next word, by its hash; `figure` when it has an ASCII digit,
    /// `capital` when it starts with a capital letter. Always inlined (the
    /// compiler would keep it out of line: a call for each word).
    #[inline(always)]
    fn word(&mut self, hash: u64, figure: bool, capital: bool) {
        let figure = figure | is_number_word(hash);
        if figure | capital {
            self.sink.key_word(hash, figure);
        }
        let [a, b] = self.last;
        self.last = [b, hash];
        self.words += 1;
        if self.words >= SHINGLE_WORDS as u64 {
            self.sink.shingle(shingle_hash([a, b, hash]));
        }
    }

    /// Ends a word read in pieces (if it has any byte) and empties it.
    #[inline]
    fn end(&mut self, word: &mut Word) {
        if word.len > 0 {
            self.word(fold(word.state, word.block), word.figure, word.capital);
        }
        *word = Word::default();
    }
}

/// Eight bytes, each `b`.
const fn splat(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// The high bit of each byte.
const HIGH: u64 = splat(0x80);

/// The high bit of each byte of `x | HIGH` whose low seven bits are at
/// least `n` (1..=0x80). No subtraction borrows across bytes, since each
/// byte is at least 0x80 and `n` at most that; for an ASCII byte this is
/// `byte >= n`.
#[inline]
fn at_least(x_high: u64, n: u8) -> u64 {
    x_high.wrapping_sub(splat(n)) & HIGH
}

/// The high bits of the eight bytes of `x` (bit 7 of byte `i`) as the low
/// eight bits of the result (bit `i`): the multiplier adds each high bit
/// once into the top byte, at a place of its own, with no carries.
#[inline]
fn gather(high_bits: u64) -> u64 {
    (high_bits & HIGH).wrapping_mul(0x0002_0408_1020_4081) >> 56
}

/// Bytes read at a time.
const BLOCK: usize = 64;

/// A block of text and sixteen zero bytes after it (so that sixteen bytes
/// can be read from any byte of the block).
type Buffer = [u8; BLOCK + 16];

/// Eight bytes of a buffer from byte `at` (at most `BLOCK + 8`), little-endian.
#[inline]
fn load(buf: &Buffer, at: u32) -> u64 {
    let at = at as usize;
    buf.get(at..at + 8)
        .and_then(|b| <[u8; 8]>::try_from(b).ok())
        .map_or(0, u64::from_le_bytes)
}

/// The classes of a block's bytes, one bit a byte (bit `i` for byte `i`).
struct Classes {
    /// ASCII whitespace and control characters (zero included).
    separator: u64,
    /// ASCII letters and digits: the bytes a word keeps.
    keep: u64,
    /// Bytes of non-ASCII characters.
    non_ascii: u64,
}

/// Classifies a block eight bytes at a time, with carry-free subtractions
/// on all eight at once.
#[inline]
fn classify(buf: &Buffer) -> Classes {
    let mut c = Classes {
        separator: 0,
        keep: 0,
        non_ascii: 0,
    };
    let mut any = 0;
    for k in 0..BLOCK as u32 / 8 {
        let x = load(buf, 8 * k);
        any |= x;
        let high = x | HIGH;
        // Setting 0x20 maps `A`–`Z` onto `a`–`z` (and nothing else onto them).
        let lower = high | splat(0x20);
        let separator = !at_least(high, b' ' + 1) & !x;
        let letter = at_least(lower, b'a') & !at_least(lower, b'z' + 1);
        let digit = at_least(high, b'0') & !at_least(high, b'9' + 1);
        c.separator |= gather(separator) << (8 * k);
        c.keep |= gather(letter | digit) << (8 * k);
    }
    if any & HIGH != 0 {
        for k in 0..BLOCK as u32 / 8 {
            c.non_ascii |= gather(load(buf, 8 * k)) << (8 * k);
        }
        // Their letter and digit bits are noise.
        c.keep &= !c.non_ascii;
    }
    c
}

/// Reports every shingle and key word of the paragraphs to `sink`, in
/// order, and returns the number of shingles.
pub(crate) fn scan<'a, S: Sink>(
    paragraphs: impl IntoIterator<Item = &'a str>,
    sink: &mut S,
) -> u64 {
    let mut sh = Shingler {
        sink,
        last: [0; SHINGLE_WORDS - 1],
        words: 0,
    };
    let mut word = Word::default();
    for paragraph in paragraphs {
        scan_paragraph(paragraph, &mut sh, &mut word);
        sh.end(&mut word);
    }
    let words = sh.words;
    if words >= SHINGLE_WORDS as u64 {
        return words - SHINGLE_WORDS as u64 + 1;
    }
    if words == 0 {
        return 0;
    }
    // Fewer words than a shingle: one shingle of them all.
    let [a, b] = sh.last;
    sh.sink.shingle(shingle_hash([0, a, b]));
    1
}

/// Reads a paragraph a block at a time. In each block, the runs of bytes
/// between separators are found with bit operations on its classes; a run
/// of at most sixteen ASCII bytes whose letters and digits come first
/// (`said`, `said,`, `international`) is a word read with two loads, other
/// runs are read in pieces into `word`. A run that reaches the end of the
/// block is left for the next block, which starts with it; a run longer
/// than a block is read by character.
fn scan_paragraph<S: Sink>(paragraph: &str, sh: &mut Shingler<'_, S>, word: &mut Word) {
    let bytes = paragraph.as_bytes();
    let mut base = 0;
    while let Some(text) = bytes.get(base..) {
        if text.is_empty() {
            return;
        }
        let mut buf: Buffer = [0; BLOCK + 16];
        let n = text.len().min(BLOCK);
        buf[..n].copy_from_slice(&text[..n]);
        let c = classify(&buf);
        let in_word = !c.separator;
        let mut starts = in_word & !(in_word << 1);
        let mut ends = in_word & !(in_word >> 1);
        let mut next = base + BLOCK;
        if in_word >> (BLOCK - 1) == 1 && text.len() > BLOCK {
            // The last run may go on past the block.
            let last = 63 - starts.leading_zeros();
            if last == 0 {
                base = read_long_run(paragraph, base, sh, word);
                sh.end(word);
                continue;
            }
            starts &= !(1 << last);
            ends &= !(1 << (BLOCK - 1));
            next = base + last as usize;
        }
        // A mark in each run that is not a word of ASCII letters and digits
        // and then maybe dropped bytes (`said`, `said,`): at its first byte
        // if that is dropped (`(Reuters)`), at letters or digits that come
        // after dropped bytes (`U.S.`, `4,300`), at non-ASCII bytes.
        let slow = (starts & !c.keep) | (c.keep & !(c.keep << 1) & !starts) | c.non_ascii;
        while starts != 0 {
            let s = starts.trailing_zeros();
            let e = ends.trailing_zeros();
            starts &= starts - 1;
            ends &= ends - 1;
            // A word in one or two loads: at most sixteen ASCII bytes, its
            // letters and digits first (no mark in bits `s..=e`); `n` of
            // them, up to the first byte that is not one.
            if slow & (2u64 << e).wrapping_sub(1 << s) == 0 {
                let n = (!c.keep >> s).trailing_zeros();
                let low = load(&buf, s);
                let capital = (low as u8).wrapping_sub(b'A') < 26;
                if n <= 8 {
                    let low = lowercase(low, n);
                    sh.word(fold(0, low), has_digit(low), capital);
                    continue;
                }
                if n <= 16 {
                    let (low, high) = (lowercase(low, 8), lowercase(load(&buf, s + 8), n - 8));
                    let figure = has_digit(low) | has_digit(high);
                    sh.word(fold(fold(0, low), high), figure, capital);
                    continue;
                }
            }
            read_run(paragraph, &buf, &c, base, s, e + 1, sh, word);
            sh.end(word);
        }
        base = next;
    }
}

/// Reads the bytes `from..to` of a block, a run with no ASCII separator,
/// into `word`: eight ASCII bytes at a time where it can, by character
/// otherwise (a non-ASCII space ends the word there).
#[allow(clippy::too_many_arguments)]
fn read_run<S: Sink>(
    paragraph: &str,
    buf: &Buffer,
    c: &Classes,
    base: usize,
    from: u32,
    to: u32,
    sh: &mut Shingler<'_, S>,
    word: &mut Word,
) {
    let mut at = from;
    while at < to {
        let n = (to - at).min(8);
        let non_ascii = (c.non_ascii >> at) & low_bits(n);
        // ASCII bytes up to the first non-ASCII one, if any.
        let ascii = non_ascii.trailing_zeros().min(n);
        if ascii > 0 {
            read_ascii(buf, c, at, ascii, word);
            at += ascii;
            continue;
        }
        let Some(ch) = paragraph
            .get(base + at as usize..)
            .and_then(|s| s.chars().next())
        else {
            return;
        };
        if ch.is_whitespace() {
            sh.end(word);
        } else {
            word.append_char(ch);
        }
        at += ch.len_utf8() as u32;
    }
}

/// Reads a run of more than a block's bytes from `from`, by character, up
/// to the ASCII separator that ends it (or the end), and returns where that
/// is.
fn read_long_run<S: Sink>(
    paragraph: &str,
    from: usize,
    sh: &mut Shingler<'_, S>,
    word: &mut Word,
) -> usize {
    let Some(rest) = paragraph.get(from..) else {
        return paragraph.len();
    };
    for (i, ch) in rest.char_indices() {
        if ch.is_ascii() && ch <= ' ' {
            return from + i;
        }
        if ch.is_whitespace() {
            sh.end(word);
        } else {
            word.append_char(ch);
        }
    }
    paragraph.len()
}

/// Appends `n` (1..=8) ASCII bytes of the block from byte `at` to `word`:
/// the dropped ones squeezed out, the letters lowercased.
#[inline]
fn read_ascii(buf: &Buffer, c: &Classes, at: u32, n: u32, word: &mut Word) {
    let mut bytes = load(buf, at) & bytes_below(n);
    let keep = (c.keep >> at) & low_bits(n);
    let mut dropped = !keep & low_bits(n);
    let mut kept = n;
    // From the highest down, so that the lower ones stay where they are.
    while dropped != 0 {
        let top = 63 - dropped.leading_zeros();
        let below = bytes_below(top);
        bytes = (bytes & below) | ((bytes >> 8) & !below);
        dropped &= !(1 << top);
        kept -= 1;
    }
    if kept > 0 {
        let capital = (bytes as u8).wrapping_sub(b'A') < 26;
        let lowered = bytes | (splat(0x20) & bytes_below(kept));
        word.figure |= has_digit(lowered);
        word.append(lowered, kept, capital);
    }
}

/// The definition [`scan`] implements, char by char: the normalised words
/// of the paragraphs, and for each whether it is a figure and whether it
/// starts with a capital.
#[cfg(test)]
pub(crate) fn plain<'a>(
    paragraphs: impl IntoIterator<Item = &'a str>,
) -> Vec<(String, bool, bool)> {
    let mut words = Vec::new();
    for paragraph in paragraphs {
        for raw in paragraph.split(|c: char| c.is_whitespace() || c < ' ') {
            let mut word = String::new();
            let mut capital = false;
            for c in raw.chars().filter(|c| c.is_alphanumeric()) {
                if word.is_empty() {
                    capital = c.is_uppercase();
                }
                word.extend(c.to_lowercase());
            }
            if !word.is_empty() {
                let figure = word.bytes().any(|b| b.is_ascii_digit())
                    || NUMBER_WORDS.contains(&word.as_str());
                words.push((word, figure, capital));
            }
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Default, Debug, PartialEq)]
    struct Collect {
        shingles: Vec<u64>,
        keys: Vec<(u64, bool)>,
    }

    impl Sink for Collect {
        fn shingle(&mut self, hash: u64) {
            self.shingles.push(hash);
        }
        fn key_word(&mut self, hash: u64, figure: bool) {
            self.keys.push((hash, figure));
        }
    }

    fn collect(paragraphs: &[&str]) -> Collect {
        let mut c = Collect::default();
        let n = scan(paragraphs.iter().copied(), &mut c);
        assert_eq!(n as usize, c.shingles.len());
        c
    }

    /// What [`scan`] must report, from [`plain`]'s words.
    fn reference(paragraphs: &[&str]) -> Collect {
        let words = plain(paragraphs.iter().copied());
        let hashes: Vec<u64> = words
            .iter()
            .map(|(w, ..)| word_hash(w.as_bytes()))
            .collect();
        let keys = words
            .iter()
            .zip(&hashes)
            .filter(|((_, figure, capital), _)| *figure || *capital)
            .map(|((_, figure, _), &h)| (h, *figure))
            .collect();
        let shingles = match hashes.len() {
            0 => Vec::new(),
            1 => vec![shingle_hash([0, 0, hashes[0]])],
            2 => vec![shingle_hash([0, hashes[0], hashes[1]])],
            _ => hashes
                .windows(SHINGLE_WORDS)
                .map(|w| shingle_hash([w[0], w[1], w[2]]))
                .collect(),
        };
        Collect { shingles, keys }
    }

    fn hashes(paragraphs: &[&str]) -> Vec<u64> {
        collect(paragraphs).shingles
    }

    #[test]
    fn case_punctuation_and_layout_do_not_count() {
        let a = hashes(&["Peru's tin output, at 4,300 tonnes - fell."]);
        let b = hashes(&["PERUS   TIN\noutput at 4300 tonnes fell"]);
        let c = hashes(&["“Peru’s", "tin output at 4.300 tonnes – fell"]);
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a.len(), 7 - SHINGLE_WORDS + 1);
    }

    #[test]
    fn digits_and_letters_count() {
        assert_ne!(
            hashes(&["net 1.2 mln vs 1.1 mln"]),
            hashes(&["net 1.3 mln vs 1.1 mln"])
        );
        assert_ne!(
            hashes(&["shr 12 cts vs 10 cts"]),
            hashes(&["shr 10 cts vs 12 cts"])
        );
        assert_ne!(hashes(&["Zürich bank said"]), hashes(&["Zurich bank said"]));
        assert_eq!(hashes(&["ZÜRICH BANK SAID"]), hashes(&["zürich bank said"]));
    }

    #[test]
    fn key_words_are_figures_and_names() {
        let c = collect(&["Comerica Inc raised its prime rate to 7-3/4 pct, effective April 1."]);
        let words = |s: &str| collect(&[s]).keys;
        let figures = |c: &Collect| c.keys.iter().filter(|k| k.1).count();
        assert_eq!((c.keys.len(), figures(&c)), (5, 2));
        assert_eq!(c.keys[0], words("comerica Comerica")[0]);
        assert_eq!(words("Émile émile").len(), 1);
        assert!(words("raised its prime rate").is_empty());
        let c = collect(&[
            "Pay April one, Record March Eight",
            "Three Seventeen nineteens",
        ]);
        assert_eq!((c.keys.len(), figures(&c)), (8, 4));
    }

    #[test]
    fn number_words_hash_as_words_do() {
        for w in NUMBER_WORDS {
            let c = collect(&[w]);
            assert_eq!(c.keys, [(word_hash(w.as_bytes()), true)], "{w}");
        }
    }

    #[test]
    fn short_and_empty_texts() {
        assert!(hashes(&[]).is_empty());
        assert!(hashes(&["", " - ", "\u{a0}–\u{a0}"]).is_empty());
        let one = hashes(&["Strike!"]);
        assert_eq!(one.len(), 1);
        assert_ne!(one, hashes(&["Strike over"]));
        assert_eq!(hashes(&["strike", "over"]), hashes(&["Strike over."]));
    }

    #[test]
    fn long_words_hash_all_their_bytes() {
        assert_ne!(
            hashes(&["a supercalifragilistic b"]),
            hashes(&["a supercalifragilistix b"])
        );
        assert_ne!(hashes(&["a abcdefgh b"]), hashes(&["a abcdefghi b"]));
        assert_ne!(hashes(&["a abcdefgh b"]), hashes(&["a abcdefg b"]));
    }

    #[test]
    fn word_hash_is_pinned() {
        // A change here changes every stored fingerprint: bump the format
        // version in `fingerprint::TAG`.
        assert_eq!(word_hash(b"a"), fold(0, 0x61));
        assert_eq!(word_hash(b"abcdefgh"), fold(0, 0x6867_6665_6463_6261));
        assert_eq!(
            word_hash(b"abcdefghi"),
            fold(fold(0, 0x6867_6665_6463_6261), 0x69)
        );
        assert_eq!(shingle_hash([1, 2, 3]), mix64((1 << 42) ^ (2 << 21) ^ 3));
    }

    #[test]
    fn every_byte_at_a_block_edge() {
        // Each byte of these texts comes, in turn, last in a block of the
        // scan and first in the next.
        let texts = [
            "Peru's tin output, at 4,300 tonnes, fell 15 pct in Zürich; “U.S. officials” said ÉTÉ\u{3000}naïve supercalifragilistic 1,280-crore\u{a0}Rs.",
            "abcdefgh abcdefghi ABCDEFGHIJKLMNOPQRSTUVWXYZ 12345678 ½½½ 字字字字 x\u{85}y a\u{1}b -- –",
        ];
        for text in texts {
            for pad in 0..=2 * BLOCK {
                for fill in [" ", "-", "é"] {
                    let padded = fill.repeat(pad) + text;
                    for paragraphs in [vec![padded.as_str()], vec![padded.as_str(), text]] {
                        assert_eq!(
                            collect(&paragraphs),
                            reference(&paragraphs),
                            "{paragraphs:?}"
                        );
                    }
                }
            }
        }
    }

    /// Texts that walk the fast path's edges: words across the eight-byte
    /// loads, punctuation inside and around them, runs of separators,
    /// control characters, non-ASCII letters, digits, marks and spaces.
    fn text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[a-zA-Z0-9]{1,20}",
            2 => "[ \t\n\r\u{b}\u{c}]{1,6}",
            2 => r"[.,;:'()\-/$%&!?\[\]{}@`~^_|<>=+*#\\]{1,3}",
            1 => "[\u{0}-\u{1f}\u{7f}]",
            1 => "[éÉüÜßİẞǅ\u{a0}\u{2009}\u{3000}“”’–—½٣字\u{300}\u{85}\u{9c}]{1,2}",
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn scan_is_the_plain_definition(paragraphs in proptest::collection::vec(text(), 0..4)) {
            let paragraphs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
            prop_assert_eq!(collect(&paragraphs), reference(&paragraphs));
        }
    }
}
