//! Normalised words, their word shingles and the body's key words, hashed
//! as the text is read.
//!
//! A word is a run of characters between whitespace. It is lowercased and
//! everything that is not a letter or a digit is dropped from it, so
//! `"Rs 1,280-crore"` gives the words `rs` and `1280crore`, `U.S.` gives `us`
//! and `“We` gives `we`; a run with no letter or digit (`-`, `–`, `|`) is no
//! word. Digits are kept: figures and names are what tell two stories of one
//! template apart. ASCII bytes go through one table lookup each; other
//! characters are decoded and use Unicode's letter, digit and whitespace
//! classes and its lowercase mapping.
//!
//! The words of all paragraphs form one stream (a paragraph break is a word
//! break), and every run of [`SHINGLE_WORDS`] consecutive words is a
//! shingle. A text with fewer words than that has one shingle, of all its
//! words.
//!
//! A *key word* is a figure (a word with a digit) or a name-like word (one
//! that starts with a capital letter as written). Template copy differs in
//! exactly these: the company, the place, the amounts and dates.

use super::hash::{fold, mix64};

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 3;

/// What an ASCII byte does inside a word.
const SEP: u8 = 0;
/// A byte dropped from the word (punctuation, symbols, controls).
const DROP: u8 = 1;

/// For each ASCII byte: [`SEP`], [`DROP`], or the byte as it goes into the
/// word (lowercased).
static ASCII: [u8; 128] = {
    let mut t = [DROP; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_lowercase() || c.is_ascii_digit() {
            c
        } else if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else if c == b' ' || c == b'\t' || c == b'\n' || c == b'\r' || c == 0x0b || c == 0x0c {
            SEP
        } else {
            DROP
        };
        b += 1;
    }
    t
};

/// What the scan reports.
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

/// The hash a word gets, computed as [`WordHasher`] does (for constants).
const fn word_hash(word: &[u8]) -> u64 {
    let (mut state, mut pending, mut len) = (0u64, 0u64, 0u64);
    let mut i = 0;
    while i < word.len() {
        pending = (pending << 8) | word[i] as u64;
        len += 1;
        if len & 7 == 0 {
            state = fold(state, pending);
            pending = 0;
        }
        i += 1;
    }
    mix64(fold(state, pending) ^ len.rotate_right(8))
}

/// Bits of a word hash that index [`NUMBERS`].
const NUMBER_BITS: u32 = 8;

/// The hashes of [`NUMBER_WORDS`], open-addressed (linear probing) by their
/// top [`NUMBER_BITS`] bits; 0 is an empty entry.
static NUMBERS: [u64; 1 << NUMBER_BITS] = {
    let mut t = [0u64; 1 << NUMBER_BITS];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let h = word_hash(NUMBER_WORDS[i].as_bytes());
        let mut pos = (h >> (64 - NUMBER_BITS)) as usize;
        while t[pos] != 0 {
            pos = (pos + 1) % t.len();
        }
        t[pos] = h;
        i += 1;
    }
    t
};

/// Whether a word of letters only is a number word.
#[inline]
fn is_number_word(hash: u64, len: u64) -> bool {
    if !(3..=9).contains(&len) {
        return false;
    }
    let mut pos = (hash >> (64 - NUMBER_BITS)) as usize;
    while let Some(&h) = NUMBERS.get(pos) {
        if h == hash {
            return true;
        }
        if h == 0 {
            return false;
        }
        pos = (pos + 1) % NUMBERS.len();
    }
    false
}

/// Hashes the words of a text as they are read, eight bytes at a time.
#[derive(Default)]
struct WordHasher {
    state: u64,
    pending: u64,
    len: u64,
    /// Whether the word has a digit.
    figure: bool,
    /// Whether the word starts with a capital letter.
    capital: bool,
}

impl WordHasher {
    /// Adds a byte of the lowercased word; `capital` when it was a capital
    /// letter as written.
    #[inline]
    fn push(&mut self, byte: u8, capital: bool) {
        // Only lowercase letters, digits and bytes of non-ASCII characters
        // get here; of them, digits alone are below `a`.
        self.figure |= byte < b'a';
        self.capital |= capital && self.len == 0;
        self.pending = (self.pending << 8) | u64::from(byte);
        self.len += 1;
        if self.len & 7 == 0 {
            self.state = fold(self.state, self.pending);
            self.pending = 0;
        }
    }

    /// The word read so far, if there is one, and a fresh start.
    #[inline]
    fn finish(&mut self) -> Option<Word> {
        if self.len == 0 {
            return None;
        }
        let hash = mix64(fold(self.state, self.pending) ^ self.len.rotate_right(8));
        let key = if self.figure || is_number_word(hash, self.len) {
            Key::Figure
        } else if self.capital {
            Key::Name
        } else {
            Key::None
        };
        let word = Word { hash, key };
        *self = WordHasher::default();
        Some(word)
    }
}

/// What kind of key word a word is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    None,
    Figure,
    Name,
}

/// A word read.
struct Word {
    hash: u64,
    key: Key,
}

/// Combines the hashes of [`SHINGLE_WORDS`] (or fewer) consecutive words,
/// oldest first, into the shingle's hash.
#[inline]
fn shingle_hash(words: &[u64]) -> u64 {
    let mut h = 0u64;
    for w in words {
        h = h.rotate_left(23) ^ w;
    }
    mix64(h)
}

/// The words of the scan so far, and the shingles they make.
struct Shingler<'s, S> {
    sink: &'s mut S,
    window: [u64; SHINGLE_WORDS],
    words: u64,
}

impl<S: Sink> Shingler<'_, S> {
    #[inline]
    fn word(&mut self, word: Option<Word>) {
        let Some(Word { hash, key }) = word else {
            return;
        };
        if key != Key::None {
            self.sink.key_word(hash, key == Key::Figure);
        }
        self.window.rotate_left(1);
        self.window[SHINGLE_WORDS - 1] = hash;
        self.words += 1;
        if self.words >= SHINGLE_WORDS as u64 {
            self.sink.shingle(shingle_hash(&self.window));
        }
    }
}

/// Reports every shingle and key word of the paragraphs to `sink`, in
/// order, and returns the number of shingles.
pub(crate) fn scan<'a, S: Sink>(
    paragraphs: impl IntoIterator<Item = &'a str>,
    sink: &mut S,
) -> u64 {
    let mut sh = Shingler {
        sink,
        window: [0; SHINGLE_WORDS],
        words: 0,
    };
    let mut word = WordHasher::default();
    for paragraph in paragraphs {
        let bytes = paragraph.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                match ASCII[usize::from(b)] {
                    SEP => sh.word(word.finish()),
                    DROP => {}
                    c => word.push(c, c != b),
                }
                i += 1;
                continue;
            }
            let Some(ch) = paragraph.get(i..).and_then(|s| s.chars().next()) else {
                break;
            };
            if ch.is_whitespace() {
                sh.word(word.finish());
            } else if ch.is_alphanumeric() {
                let capital = ch.is_uppercase();
                let mut buf = [0u8; 4];
                for lower in ch.to_lowercase() {
                    for &byte in lower.encode_utf8(&mut buf).as_bytes() {
                        word.push(byte, capital);
                    }
                }
            }
            i += ch.len_utf8();
        }
        sh.word(word.finish());
    }
    let words = sh.words;
    if words >= SHINGLE_WORDS as u64 {
        return words - SHINGLE_WORDS as u64 + 1;
    }
    if words == 0 {
        return 0;
    }
    // Fewer words than a shingle: one shingle of them all.
    let n = usize::try_from(words).unwrap_or(SHINGLE_WORDS);
    let tail = sh
        .window
        .get(SHINGLE_WORDS.saturating_sub(n)..)
        .unwrap_or(&[]);
    sh.sink.shingle(shingle_hash(tail));
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Collect {
        shingles: Vec<u64>,
        keys: Vec<u64>,
        figures: usize,
    }

    impl Sink for Collect {
        fn shingle(&mut self, hash: u64) {
            self.shingles.push(hash);
        }
        fn key_word(&mut self, hash: u64, figure: bool) {
            self.keys.push(hash);
            self.figures += usize::from(figure);
        }
    }

    fn collect(paragraphs: &[&str]) -> Collect {
        let mut c = Collect::default();
        let n = scan(paragraphs.iter().copied(), &mut c);
        assert_eq!(n as usize, c.shingles.len());
        c
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
        assert_eq!((c.keys.len(), c.figures), (5, 2));
        assert_eq!(c.keys[0], words("comerica Comerica")[0]);
        assert_eq!(words("Émile émile").len(), 1);
        assert!(words("raised its prime rate").is_empty());
        let c = collect(&[
            "Pay April one, Record March Eight",
            "Three Seventeen nineteens",
        ]);
        assert_eq!((c.keys.len(), c.figures), (8, 4));
    }

    #[test]
    fn number_words_hash_as_words_do() {
        for w in NUMBER_WORDS {
            let c = collect(&[w]);
            assert_eq!(c.keys, [word_hash(w.as_bytes())]);
            assert_eq!(c.figures, 1, "{w}");
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
    }
}
