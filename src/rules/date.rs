//! Dates as copy writes them: month names and abbreviations in English,
//! French, Spanish and Malay (`Aug`, `Sept.`, `juil`, `Ogos`), days, years.
//! Shared by the dateline and timestamp rules.

use crate::model::DatelineDate;
use crate::text::{offset_in, trim_start};

/// Month number of a month name or abbreviation in English, French,
/// Spanish or Malay, any case.
pub fn month_number(word: &str) -> Option<u8> {
    // Every name starts with one of these letters, in either case.
    if word.len() < 3
        || word.len() > 12
        || !matches!(
            word.as_bytes()[0] | 0x20,
            b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd' | b'e'
        )
    {
        return None;
    }
    // Lower-case into a buffer on the stack: no allocation, one pass.
    let mut buf = [0u8; 16];
    let mut n = 0;
    if word.is_ascii() {
        for (d, c) in buf.iter_mut().zip(word.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        // The ASCII names of `MONTHS`, as a match the compiler turns into
        // a switch on length and bytes.
        return match &buf[..word.len()] {
            b"jan" | b"january" | b"janv" | b"janvier" | b"ene" | b"enero" | b"januari" => Some(1),
            b"feb" | b"february" | b"fevr" | b"fevrier" | b"febrero" | b"februari" => Some(2),
            b"mar" | b"march" | b"mars" | b"marzo" | b"mac" => Some(3),
            b"apr" | b"april" | b"avr" | b"avril" | b"abr" | b"abril" => Some(4),
            b"may" | b"mai" | b"mayo" | b"mei" => Some(5),
            b"jun" | b"june" | b"juin" | b"junio" => Some(6),
            b"jul" | b"july" | b"juil" | b"juillet" | b"julio" | b"julai" => Some(7),
            b"aug" | b"august" | b"aout" | b"ago" | b"agosto" | b"ogos" => Some(8),
            b"sep" | b"sept" | b"september" | b"septembre" | b"septiembre" | b"set"
            | b"setiembre" => Some(9),
            b"oct" | b"october" | b"octobre" | b"octubre" | b"okt" | b"oktober" => Some(10),
            b"nov" | b"november" | b"novembre" | b"noviembre" => Some(11),
            b"dec" | b"december" | b"decembre" | b"dic" | b"diciembre" | b"dis" | b"disember" => {
                Some(12)
            }
            _ => None,
        };
    }
    for c in word.chars() {
        let mut lower = c.to_lowercase();
        let (Some(l), None) = (lower.next(), lower.next()) else {
            return None;
        };
        if n + l.len_utf8() > buf.len() {
            return None;
        }
        n += l.encode_utf8(&mut buf[n..]).len();
    }
    let lower = &buf[..n];
    MONTHS
        .iter()
        .find(|(name, _)| {
            name.len() == n && name.as_bytes()[0] == lower[0] && name.as_bytes() == lower
        })
        .map(|(_, m)| *m)
}

pub(crate) const MONTHS: &[(&str, u8)] = &[
    ("jan", 1),
    ("january", 1),
    ("janv", 1),
    ("janvier", 1),
    ("ene", 1),
    ("enero", 1),
    ("januari", 1),
    ("feb", 2),
    ("february", 2),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("février", 2),
    ("fevrier", 2),
    ("febrero", 2),
    ("februari", 2),
    ("mar", 3),
    ("march", 3),
    ("mars", 3),
    ("marzo", 3),
    ("mac", 3),
    ("apr", 4),
    ("april", 4),
    ("avr", 4),
    ("avril", 4),
    ("abr", 4),
    ("abril", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("mei", 5),
    ("jun", 6),
    ("june", 6),
    ("juin", 6),
    ("junio", 6),
    ("jul", 7),
    ("july", 7),
    ("juil", 7),
    ("juillet", 7),
    ("julio", 7),
    ("julai", 7),
    ("aug", 8),
    ("august", 8),
    ("août", 8),
    ("aout", 8),
    ("ago", 8),
    ("agosto", 8),
    ("ogos", 8),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("set", 9),
    ("setiembre", 9),
    ("oct", 10),
    ("october", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("okt", 10),
    ("oktober", 10),
    ("nov", 11),
    ("november", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("dec", 12),
    ("december", 12),
    ("déc", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("dic", 12),
    ("diciembre", 12),
    ("dis", 12),
    ("disember", 12),
];

/// A month word with its optional period: returns the month and the rest.
pub(crate) fn month_word(i: &str) -> Option<(u8, &str)> {
    // Every month name starts with one of these letters.
    let first = *i.as_bytes().first()?;
    if !matches!(
        first | 0x20,
        b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd' | b'e'
    ) {
        return None;
    }
    let len = letters_len(i);
    let m = month_number(&i[..len])?;
    let rest = &i[len..];
    Some((m, rest.strip_prefix('.').unwrap_or(rest)))
}

/// Length of the run of letters at the start of `i` (ASCII fast path).
pub(crate) fn letters_len(i: &str) -> usize {
    // A non-ASCII letter (`févr`, `août`) continues the word.
    crate::text::run_len(i, |c| c.is_ascii_alphabetic(), char::is_alphabetic)
}

/// A misspelt English month (`Marc`, `Apri`, `Marchg`): three to nine
/// ASCII letters whose first three name a month.
fn fuzzy_month(i: &str) -> Option<(u8, &str)> {
    let len = i
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(i.len());
    if !(3..=9).contains(&len) {
        return None;
    }
    let english = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let m = english
        .iter()
        .position(|e| e.eq_ignore_ascii_case(&i[..3]))? as u8
        + 1;
    let rest = &i[len..];
    Some((m, rest.strip_prefix('.').unwrap_or(rest)))
}

/// One to `max_digits` digits (nine at most) not followed by another digit;
/// returns the value and the rest.
pub(crate) fn small_number(i: &str, max_digits: usize) -> Option<(u32, &str)> {
    // At most nine digits: the value fits a `u32`. One pass: a digit past
    // the limit fails the number.
    let max = max_digits.min(9);
    let b = i.as_bytes();
    let mut value = 0;
    let mut len = 0;
    while let Some(&d) = b.get(len).filter(|d| d.is_ascii_digit()) {
        if len == max {
            return None;
        }
        value = value * 10 + u32::from(d - b'0');
        len += 1;
    }
    (len > 0).then(|| (value, &i[len..]))
}

fn day(i: &str) -> Option<(u8, &str)> {
    let (d, rest) = small_number(i, 2)?;
    (1..=31).contains(&d).then_some((d as u8, rest))
}

/// The date of a dateline: `Aug 13`, `Sept. 2`, `13 Jan`, `Aug 29, 2014`.
/// The third value says the month was a misspelling (`Marc`, `Apri`).
pub(crate) fn date(i: &str) -> Option<(DatelineDate<'_>, &str, bool)> {
    let mut fuzzy = false;
    let exact = month_word(i);
    let month_first = exact.or_else(|| {
        fuzzy = true;
        fuzzy_month(i)
    });
    let (month, dayv, after) = if let Some((m, r)) = month_first {
        let r2 = trim_start(r);
        if r2.len() == r.len() {
            return None;
        }
        let (d, r3) = day(r2)?;
        (m, d, r3)
    } else {
        fuzzy = false;
        let (d, r) = day(i)?;
        let r2 = trim_start(r);
        if r2.len() == r.len() {
            return None;
        }
        let (m, r3) = month_word(r2)?;
        if r3.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        (m, d, r3)
    };
    let mut end = after;
    let mut year = None;
    let y = after.strip_prefix(',').unwrap_or(after);
    if y.starts_with(char::is_whitespace) {
        let y = trim_start(y);
        if let Some((v, r)) = small_number(y, 4)
            && (1900..=2099).contains(&v)
            && y.len() - r.len() == 4
            && !r.starts_with(|c: char| c.is_alphanumeric())
        {
            year = Some(v as u16);
            end = r;
        }
    }
    let text = &i[..offset_in(i, end)];
    Some((DatelineDate::new(text, month, dayv, year), end, fuzzy))
}
