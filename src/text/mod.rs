//! The text layer: lines and blocks of copy, and the small string helpers
//! the rules share (crate-private). One meaning per name: `skip_spaces`
//! skips inline white space only, `trim_start` skips line ends too.
//!
//! Nothing here knows what a dateline or a disclaimer is; the layers above
//! (lexicon, rules, page) build on it.

mod blocks;
mod layout;

pub(crate) use blocks::split_last_line;
pub use blocks::{Blocks, Lines, is_blank, is_indented};
pub use layout::{Layout, layout};

/// Whether `s` opens with `words`, separated by white space and followed by
/// white space. Any white space counts, line ends included: rendering trims
/// the spaces at line ends, and a test must read the rendering as it read
/// the original.
pub(crate) fn opens_with_words(s: &str, words: &[&str]) -> bool {
    // One comparison settles most texts: the first byte.
    if let Some(&f) = words.first().and_then(|w| w.as_bytes().first())
        && s.as_bytes().first() != Some(&f)
    {
        return false;
    }
    let mut r = s;
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            let t = r.trim_start();
            if t.len() == r.len() {
                return false;
            }
            r = t;
        }
        if !starts_with_bytes(r, w) {
            return false;
        }
        r = &r[w.len()..];
    }
    r.starts_with(char::is_whitespace)
}

/// `s.starts_with(prefix)` for the short words of the grammar, compared
/// byte by byte: `str::starts_with` calls `memcmp`, which costs more than
/// the comparison of a few bytes.
#[inline]
pub(crate) fn starts_with_bytes(s: &str, prefix: &str) -> bool {
    let (s, p) = (s.as_bytes(), prefix.as_bytes());
    s.len() >= p.len() && s.iter().zip(p).all(|(a, b)| a == b)
}

/// Inline white space: anything `char::is_whitespace` but line ends.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() && c != '\n' && c != '\r'
}

/// The ASCII bytes of inline white space: `is_ascii_space` but line ends.
#[inline]
pub(crate) fn is_inline_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0b' | b'\x0c')
}

/// Skips inline white space (ASCII fast path: a text that opens with a
/// visible ASCII character is returned at once).
#[inline(always)]
pub(crate) fn skip_spaces(i: &str) -> &str {
    match i.as_bytes().first() {
        Some(&c) if c.is_ascii() && !is_inline_ascii_space(c) => i,
        None => i,
        _ => skip_spaces_slow(i),
    }
}

fn skip_spaces_slow(i: &str) -> &str {
    let b = i.as_bytes();
    let n = b.iter().take_while(|&&c| is_inline_ascii_space(c)).count();
    match b.get(n) {
        Some(c) if !c.is_ascii() => i[n..].trim_start_matches(is_space),
        _ => &i[n..],
    }
}

/// The largest char boundary of `s` at or below `n`.
pub(crate) fn floor(s: &str, n: usize) -> usize {
    let mut n = n.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    n
}

/// Characters that carry no text: white space, the BOM and zero-width
/// spaces. A line of them is blank; they are trimmed from headlines.
pub(crate) fn is_invisible(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')
}

/// The ASCII bytes that `char::is_whitespace` accepts: `\t` to `\r`, space.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// `str::trim_start` with an ASCII fast path.
#[inline(always)]
pub(crate) fn trim_start(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(&c) if c.is_ascii() && !is_ascii_space(c) => s,
        _ => trim_start_slow(s),
    }
}

fn trim_start_slow(s: &str) -> &str {
    let b = s.as_bytes();
    let mut n = 0;
    while n < b.len() && is_ascii_space(b[n]) {
        n += 1;
    }
    match b.get(n) {
        Some(c) if !c.is_ascii() => s[n..].trim_start(),
        _ => &s[n..],
    }
}

/// `str::trim_end` with an ASCII fast path.
#[inline(always)]
pub(crate) fn trim_end(s: &str) -> &str {
    match s.as_bytes().last() {
        Some(&c) if c.is_ascii() && !is_ascii_space(c) => s,
        _ => trim_end_slow(s),
    }
}

fn trim_end_slow(s: &str) -> &str {
    let b = s.as_bytes();
    let mut end = b.len();
    while end > 0 && is_ascii_space(b[end - 1]) {
        end -= 1;
    }
    match end.checked_sub(1).map(|i| b[i]) {
        Some(c) if !c.is_ascii() => s[..end].trim_end(),
        _ => &s[..end],
    }
}

/// `str::trim` with an ASCII fast path.
#[inline(always)]
pub(crate) fn trim(s: &str) -> &str {
    trim_end(trim_start(s))
}

/// A byte table for `run_len`'s ASCII test: true for ASCII letters, for
/// digits when `digits`, and for the bytes of `extra`. One load a byte,
/// where a chain of range tests costs a dozen instructions.
pub(crate) const fn ascii_word_bytes(digits: bool, extra: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphabetic() || digits && c.is_ascii_digit();
        b += 1;
    }
    let mut i = 0;
    while i < extra.len() {
        table[extra[i] as usize] = true;
        i += 1;
    }
    table
}

/// The length of the run at the start of `s` whose characters satisfy
/// `any`, read byte by byte while `ascii` (the same test on ASCII bytes)
/// holds: a non-ASCII byte sends the rest of the run to the char test.
#[inline]
pub(crate) fn run_len(s: &str, ascii: impl Fn(u8) -> bool, any: impl Fn(char) -> bool) -> usize {
    let b = s.as_bytes();
    let n = b.iter().position(|&c| !ascii(c)).unwrap_or(b.len());
    match b.get(n) {
        Some(c) if !c.is_ascii() => n + s[n..].find(|c: char| !any(c)).unwrap_or(s.len() - n),
        _ => n,
    }
}

/// Byte offset of `part` inside `whole` (both from the same allocation).
pub(crate) fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// The first four bytes of `s`, zero-padded, as one little-endian integer:
/// one comparison tells whether two texts may share a four-byte prefix.
#[inline]
pub(crate) const fn head4(s: &str) -> u32 {
    match s.as_bytes() {
        // Spelt out: a loop here becomes a call to `memcpy`.
        [a, b, c, d, ..] => u32::from_le_bytes([*a, *b, *c, *d]),
        [a, b, c] => u32::from_le_bytes([*a, *b, *c, 0]),
        [a, b] => u32::from_le_bytes([*a, *b, 0, 0]),
        [a] => u32::from_le_bytes([*a, 0, 0, 0]),
        [] => 0,
    }
}

/// Where `needle` first occurs in `hay`: candidates are found with `memchr`
/// on its first byte. For the short needles of the grammar (a publisher's
/// name) this costs no set-up, unlike a substring searcher built per call.
pub(crate) fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let Some(&first) = needle.as_bytes().first() else {
        return Some(0);
    };
    memchr::memchr_iter(first, hay.as_bytes())
        .find(|&at| hay.as_bytes()[at..].starts_with(needle.as_bytes()))
}

/// The text inside one pair of outer parentheses, if it has them.
pub(crate) fn strip_parens(t: &str) -> &str {
    let t = t.strip_prefix('(').unwrap_or(t);
    t.strip_suffix(')').unwrap_or(t)
}

/// `s` without a leading run of `#` (a Markdown heading) and the spaces after it.
pub(crate) fn strip_hashes(s: &str) -> &str {
    s.trim_start_matches('#').trim_start()
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_byte_tables_hold_exactly_their_bytes() {
        let agency = super::ascii_word_bytes(true, b"-&");
        let place = super::ascii_word_bytes(false, b".'-*&");
        for b in 0..=255u8 {
            let i = usize::from(b);
            assert_eq!(
                agency[i],
                b.is_ascii_alphanumeric() || b == b'-' || b == b'&',
                "{b:#x}"
            );
            assert_eq!(
                place[i],
                b.is_ascii_alphabetic() || matches!(b, b'.' | b'\'' | b'-' | b'*' | b'&'),
                "{b:#x}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn starts_with_bytes_is_starts_with(s in "[ab é]{0,6}", p in "[ab é]{0,4}") {
            proptest::prop_assert_eq!(super::starts_with_bytes(&s, &p), s.starts_with(p.as_str()));
        }

        #[test]
        fn fast_trims_are_the_std_trims(s in "[ a\t\n\r\u{b}\u{c}\u{a0}\u{3000}é]{0,8}") {
            proptest::prop_assert_eq!(super::trim_start(&s), s.trim_start());
            proptest::prop_assert_eq!(super::trim_end(&s), s.trim_end());
            proptest::prop_assert_eq!(super::skip_spaces(&s), s.trim_start_matches(super::is_space));
        }
    }
}
