//! 8-bit text: Windows-1252, with Latin-1 for the five code points that
//! Windows-1252 leaves undefined.
//!
//! Wire envelopes are 8-bit by definition: ANPA-1312 and IPTC 7901 were
//! written for 7-bit and 8-bit character sets, and agencies send Latin-1 or
//! Windows-1252 as often as UTF-8. The decoder here is used only when the
//! bytes are not valid UTF-8.

use std::borrow::Cow;

/// Which character set the bytes were read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// The bytes were valid UTF-8 and are used as they are.
    Utf8,
    /// The bytes were not valid UTF-8 and were decoded as Windows-1252
    /// (a superset of Latin-1 for printable characters).
    Windows1252,
}

/// Characters for the bytes 0x80..=0x9F in Windows-1252. The five bytes
/// Windows-1252 does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their
/// Latin-1 meaning, the C1 control of the same number.
const C1_TABLE: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// Decodes one byte as Windows-1252 (Latin-1 for the undefined bytes).
///
/// ```
/// use wirecopy::envelope::encoding::decode_byte;
/// assert_eq!(decode_byte(b'a'), 'a');
/// assert_eq!(decode_byte(0x93), '\u{201C}'); // left double quotation mark
/// assert_eq!(decode_byte(0xF3), 'ó');
/// assert_eq!(decode_byte(0x81), '\u{0081}'); // undefined in Windows-1252: Latin-1
/// ```
#[must_use]
pub fn decode_byte(b: u8) -> char {
    match b {
        0x80..=0x9F => C1_TABLE[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Decodes bytes as Windows-1252 (Latin-1 for the undefined bytes), whatever
/// they are: every byte becomes one character, so this never fails.
///
/// Borrows when the bytes are all ASCII (the same text in both encodings);
/// copies otherwise. Use it as the fallback for plain text that is not UTF-8.
///
/// ```
/// use std::borrow::Cow;
/// use wirecopy::envelope::encoding::decode_8bit;
/// assert!(matches!(decode_8bit(b"plain"), Cow::Borrowed("plain")));
/// assert_eq!(decode_8bit(b"L\xF3pez \x96 \x93Hi\x94"), "López – “Hi”");
/// ```
#[must_use]
pub fn decode_8bit(bytes: &[u8]) -> Cow<'_, str> {
    if bytes.is_ascii() {
        // ASCII is valid UTF-8: this branch never takes the fallback.
        return match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) => Cow::Owned(bytes.iter().map(|&b| decode_byte(b)).collect()),
        };
    }
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    out.extend(bytes.iter().map(|&b| decode_byte(b)));
    Cow::Owned(out)
}

/// Decodes text copy: UTF-8 when the bytes are valid UTF-8 (borrowed),
/// Windows-1252 otherwise (owned), and says which.
///
/// ```
/// use wirecopy::envelope::encoding::{decode, Encoding};
/// let (text, enc) = decode("Zürich".as_bytes());
/// assert_eq!((text.as_ref(), enc), ("Zürich", Encoding::Utf8));
/// let (text, enc) = decode(b"Z\xFCrich");
/// assert_eq!((text.as_ref(), enc), ("Zürich", Encoding::Windows1252));
/// ```
#[must_use]
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, Encoding) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), Encoding::Utf8),
        Err(_) => (decode_8bit(bytes), Encoding::Windows1252),
    }
}

/// Encodes one character back to its Windows-1252 byte (Latin-1 for the
/// undefined bytes); `None` when the character has no such byte.
///
/// ```
/// use wirecopy::envelope::encoding::encode_char;
/// assert_eq!(encode_char('ó'), Some(0xF3));
/// assert_eq!(encode_char('€'), Some(0x80));
/// assert_eq!(encode_char('中'), None);
/// ```
#[must_use]
pub fn encode_char(c: char) -> Option<u8> {
    let code = u32::from(c);
    if code < 0x80 || (0xA0..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    let pos = C1_TABLE.iter().position(|&t| t == c)?;
    u8::try_from(pos).ok().map(|p| p + 0x80)
}

/// Encodes text as Windows-1252, the inverse of [`decode_8bit`]; `None` when
/// some character has no Windows-1252 byte.
///
/// ```
/// use wirecopy::envelope::encoding::{decode_8bit, encode_8bit};
/// let bytes = b"Caf\xE9 \x80 \x81";
/// assert_eq!(encode_8bit(&decode_8bit(bytes)).as_deref(), Some(&bytes[..]));
/// assert_eq!(encode_8bit("日本"), None);
/// ```
#[must_use]
pub fn encode_8bit(text: &str) -> Option<Vec<u8>> {
    text.chars().map(encode_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_round_trips() {
        let all: Vec<u8> = (0..=255).collect();
        let text = decode_8bit(&all);
        assert_eq!(text.chars().count(), 256);
        assert_eq!(encode_8bit(&text), Some(all));
    }

    #[test]
    fn table_matches_known_points() {
        assert_eq!(decode_byte(0x85), '…');
        assert_eq!(decode_byte(0x96), '–');
        assert_eq!(decode_byte(0x97), '—');
        assert_eq!(decode_byte(0x9F), 'Ÿ');
        for b in [0x81u8, 0x8D, 0x8F, 0x90, 0x9D] {
            assert_eq!(u32::from(decode_byte(b)), u32::from(b));
        }
    }
}
