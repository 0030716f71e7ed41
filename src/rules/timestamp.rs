//! Header times: `Updated : Aug 13, 2025 14:23`, `Last Updated : Jan 22 2024 | 6:48 PM IST`,
//! `Published on: Tuesday,August 17, 2021, 07:27 PM IST`, `Updated: 06-02-2021 08:49 IST`,
//! `06/08/2019 10:07 PM`, `24 Jan 2021 4:26 PM GMT`, `Posted: 11 Apr 2013 09:15 PM PDT`.
//!
//! Zones the library knows (IST, GMT, UTC, PDT, EST, CET, JST, …) become UTC
//! offsets; without a zone the value is naive.
//!
//! ```
//! use wirecopy::rules::timestamp::datetime;
//! let (rest, (text, dt)) = datetime::<nom::error::Error<&str>>("Jan 22 2024 | 6:48 PM IST | more").unwrap();
//! assert_eq!((text, rest), ("Jan 22 2024 | 6:48 PM IST", " | more"));
//! assert_eq!(dt.to_string(), "2024-01-22T18:48:00+05:30");
//! ```

use std::borrow::Cow;

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use nom::IResult;
use nom::error::{ContextError, ParseError};

use super::date::{month_word, small_number};
use super::fail;
use crate::lexicon::Lexicon;
use crate::model::{DateTime, Timestamp};
use crate::text::{offset_in, skip_spaces};

/// A date-time as written; returns its text and value.
pub fn datetime<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, (&'a str, DateTime), E> {
    match parse_datetime(i, Lexicon::builtin()) {
        Some((dt, rest)) => Ok((rest, (&i[..offset_in(i, rest)], dt))),
        None => fail(i, "a date and time"),
    }
}

/// The nom form of [`timestamp_line`] with the built-in portals: the first
/// line carries a time.
///
/// ```
/// let (_, t) = wirecopy::rules::timestamp::timestamp::<nom::error::Error<&str>>("Updated : Aug 13, 2025 14:23\n|").unwrap();
/// assert_eq!(t.label(), Some("Updated"));
/// ```
pub fn timestamp<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, Timestamp<'a>, E> {
    super::on_line(i, "a header time", |l| {
        timestamp_line(l, Lexicon::builtin())
    })
}

/// A header line that carries a time: labelled, bare, or one field of a
/// `|`-separated line (Devdiscourse). Zones are looked up in `lexicon`; a
/// zone it does not know stays in the text, with no offset.
///
/// ```
/// use chrono::FixedOffset;
/// use wirecopy::{Lexicon, rules::timestamp::timestamp_line};
/// let t = timestamp_line("Posted: 03/03/2025 10:15 GWT", Lexicon::builtin()).unwrap();
/// assert_eq!((t.text(), t.datetime().unwrap().offset()), ("03/03/2025 10:15 GWT", None));
/// let lex = Lexicon::builtin().clone().with_zone("GWT", FixedOffset::east_opt(3600).unwrap());
/// let t = timestamp_line("Posted: 03/03/2025 10:15 GWT", &lex).unwrap();
/// assert_eq!(t.datetime().unwrap().to_string(), "2025-03-03T10:15:00+01:00");
/// ```
pub fn timestamp_line<'a>(line: &'a str, lexicon: &Lexicon) -> Option<Timestamp<'a>> {
    let line = crate::text::trim(line);
    // Every date and time has a digit (a day, a year, an hour; a portal's
    // `chrono` format too): a line without one is settled at one look.
    if line.len() > 300 || !line.as_bytes().iter().any(u8::is_ascii_digit) {
        return None;
    }
    read_line(line, lexicon)
}

/// [`timestamp_line`] past its gates: the fields of a trimmed line.
fn read_line<'a>(line: &'a str, lexicon: &Lexicon) -> Option<Timestamp<'a>> {
    let mut field = line;
    loop {
        let f = skip_spaces(field);
        if let Some(t) = labelled(f, lexicon) {
            return Some(t);
        }
        if let Some((dt, rest)) = parse_datetime(f, lexicon)
            && (rest.trim().is_empty() || rest.trim_start().starts_with('|'))
        {
            let text = &f[..offset_in(f, rest)];
            return Some(Timestamp::new(None, text, Some(dt)));
        }
        let at = memchr::memchr(b'|', field.as_bytes())?;
        field = &field[at + 1..];
    }
}

/// The label of `f` and where its colon is: up to four words of letters
/// that open with a capital, then the first colon (white space before it
/// allowed), at most 40 bytes of its own, not a boilerplate opener.
fn label(f: &str) -> Option<(&str, usize)> {
    let opens_upper = match f.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => f.starts_with(char::is_uppercase),
    };
    if !opens_upper {
        return None;
    }
    // Read as far as the letters go, not to the first colon wherever it is;
    // `end` is where the last letter ends (spaces before the colon do not
    // count). A letter past 40 bytes settles it: prose is not read on.
    let b = f.as_bytes();
    let (mut run, mut end) = (0, 0);
    while let Some(&c) = b.get(run) {
        if c == b' ' {
            run += 1;
        } else if c.is_ascii_alphabetic() {
            run += 1;
            end = run;
            if end > 40 {
                return None;
            }
        } else {
            break;
        }
    }
    if b.get(run).is_some_and(|c| !c.is_ascii()) {
        // Letters outside ASCII: the run goes on as characters.
        run += f[run..]
            .find(|c: char| !(c.is_alphabetic() || c == ' '))
            .unwrap_or(f.len() - run);
        end = f[..run].trim_end_matches(' ').len();
        if end > 40 {
            return None;
        }
    }
    let after = crate::text::trim_start(&f[run..]);
    if !after.starts_with(':') {
        return None;
    }
    let colon = f.len() - after.len();
    let label = &f[..end];
    // A word starts at the first byte and after each run of spaces.
    let words = 1 + label
        .as_bytes()
        .windows(2)
        .filter(|w| w[0] == b' ' && w[1] != b' ')
        .count();
    // `Image Credit: …` opens boilerplate, whatever follows it.
    if words > 4 || super::credit::is_boilerplate_opener(label) {
        return None;
    }
    Some((label, colon))
}

/// A labelled time. The formats of the portals that use the label come
/// first, then the built-in date-time grammar.
fn labelled<'a>(f: &'a str, lexicon: &Lexicon) -> Option<Timestamp<'a>> {
    let (label, colon) = label(f)?;
    let value = skip_spaces(&f[colon + 1..]);
    let gap = &f[label.len()..offset_in(f, value)];
    let stamp = |text: &'a str, dt| {
        let mut t = Timestamp::new(Some(Cow::Borrowed(label)), text, Some(dt));
        t.gap = Cow::Borrowed(gap);
        t
    };
    for portal in lexicon.portals() {
        if !portal
            .timestamp_labels()
            .any(|l| l.eq_ignore_ascii_case(label))
        {
            continue;
        }
        for format in portal.timestamp_formats() {
            if let Ok((v, rest)) = NaiveDateTime::parse_and_remainder(value, format) {
                let text = value[..offset_in(value, rest)].trim_end();
                return Some(stamp(text, DateTime::new(v.date(), Some(v.time()), None)));
            }
        }
    }
    let (dt, rest) = parse_datetime(value, lexicon)?;
    // A line that runs on into prose (`Updated : Feb 03, 2025 10:15
    // Officials said …`) is story, not a header line: reading the time
    // off it would lose the words after it.
    if rest.bytes().any(|b| b.is_ascii_lowercase()) && !rest.trim_start().starts_with('|') {
        return None;
    }
    Some(stamp(&value[..offset_in(value, rest)], dt))
}

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

fn parse_datetime<'i>(i: &'i str, lexicon: &Lexicon) -> Option<(DateTime, &'i str)> {
    let mut s = i;
    // Optional weekday: `Friday,March 8, 2024`.
    let first = s.as_bytes().first().copied().unwrap_or(0) | 0x20;
    let wlen = if matches!(first, b'm' | b't' | b'w' | b'f' | b's') {
        s.bytes().take_while(u8::is_ascii_alphabetic).count()
    } else {
        0
    };
    if wlen >= 3 && WEEKDAYS.iter().any(|w| s[..wlen].eq_ignore_ascii_case(w)) {
        let r = s[wlen..].strip_prefix('.').unwrap_or(&s[wlen..]);
        let r = r.strip_prefix(',').unwrap_or(r);
        s = skip_spaces(r);
    }
    let (date, after_date) = date(s)?;
    let (time, offset, end) = match time_part(after_date, lexicon) {
        Some((t, off, end)) => (Some(t), off, end),
        None => (None, None, after_date),
    };
    Some((DateTime::new(date, time, offset), end))
}

fn year(i: &str) -> Option<(i32, &str)> {
    let (y, r) = small_number(i, 4)?;
    (i.len() - r.len() == 4 && !r.starts_with(|c: char| c.is_alphanumeric()))
        .then_some((y as i32, r))
}

fn date(s: &str) -> Option<(NaiveDate, &str)> {
    // `Aug 13, 2025`, `Jan 22 2024`, `March 8, 2024`
    if let Some((m, r)) = month_word(s) {
        let r = skip_spaces(r);
        let (d, r) = small_number(r, 2)?;
        let r = r.strip_prefix(',').unwrap_or(r);
        let r = skip_spaces(r);
        let (y, r) = year(r)?;
        return Some((NaiveDate::from_ymd_opt(y, m as u32, d)?, r));
    }
    let (a, r) = small_number(s, 4)?;
    let digits = s.len() - r.len();
    // `2025-08-13`
    if digits == 4 {
        let r = r.strip_prefix('-')?;
        let (m, r) = small_number(r, 2)?;
        let r = r.strip_prefix('-')?;
        let (d, r) = small_number(r, 2)?;
        return Some((NaiveDate::from_ymd_opt(a as i32, m, d)?, r));
    }
    if digits > 2 {
        return None;
    }
    // `19-11-2022`, `06/08/2019`, `13.01.2024`
    if let Some(sep) = r.chars().next().filter(|c| matches!(c, '-' | '/' | '.')) {
        let r2 = &r[1..];
        if let Some((b, r3)) = small_number(r2, 2)
            && let Some(r4) = r3.strip_prefix(sep)
            && let Some((y, r5)) = year(r4)
        {
            let (d, m) = if b > 12 && a <= 12 { (b, a) } else { (a, b) };
            return Some((NaiveDate::from_ymd_opt(y, m, d)?, r5));
        }
    }
    // `24 Jan 2021`
    let r = skip_spaces(r);
    let (m, r) = month_word(r)?;
    let r = r.strip_prefix(',').unwrap_or(r);
    let r = skip_spaces(r);
    let (y, r) = year(r)?;
    Some((NaiveDate::from_ymd_opt(y, m as u32, a)?, r))
}

/// ` 14:23`, `, 07:27 PM IST`, ` | 6:48 PM IST`, ` at 9:00 GMT`.
fn time_part<'i>(
    i: &'i str,
    lexicon: &Lexicon,
) -> Option<(NaiveTime, Option<FixedOffset>, &'i str)> {
    let mut s = skip_spaces(i);
    for p in [",", "|", "at ", "-"] {
        if let Some(r) = s.strip_prefix(p) {
            s = skip_spaces(r);
            break;
        }
    }
    if s.len() == i.len() {
        return None;
    }
    let (h, r) = small_number(s, 2)?;
    let r = r.strip_prefix(':').or_else(|| r.strip_prefix('.'))?;
    let (m, r) = small_number(r, 2)?;
    let (sec, mut r) = match r.strip_prefix(':').and_then(|r2| small_number(r2, 2)) {
        Some((sec, r2)) => (sec, r2),
        None => (0, r),
    };
    let mut hour = h;
    let after_ws = skip_spaces(r);
    for (mark, pm) in [
        ("AM", false),
        ("PM", true),
        ("am", false),
        ("pm", true),
        ("a.m.", false),
        ("p.m.", true),
    ] {
        if let Some(r2) = after_ws.strip_prefix(mark)
            && !r2.starts_with(|c: char| c.is_alphanumeric())
        {
            if !(1..=12).contains(&h) {
                return None;
            }
            hour = match (h, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            };
            r = r2;
            break;
        }
    }
    let time = NaiveTime::from_hms_opt(hour, m, sec)?;
    // A zone: capitals after a space, a word of their own. One the
    // lexicon knows gives the offset; another (2 to 5 capitals) stays in
    // the text, with none.
    let z = skip_spaces(r);
    let zlen = z.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(z.len());
    if z.len() < r.len() && zlen >= 1 && !z[zlen..].starts_with(|c: char| c.is_alphanumeric()) {
        if let Some(off) = lexicon.zone_offset(&z[..zlen]) {
            return Some((time, Some(off), &z[zlen..]));
        }
        if (2..=5).contains(&zlen) {
            return Some((time, None, &z[zlen..]));
        }
    }
    Some((time, None, r))
}

/// The UTC offset of a zone abbreviation the built-in lexicon knows (see
/// [`Lexicon::zone_offset`] for one with zones of your own).
///
/// ```
/// assert_eq!(wirecopy::rules::timestamp::zone_offset("IST").unwrap().local_minus_utc(), 19800);
/// assert!(wirecopy::rules::timestamp::zone_offset("XYZ").is_none());
/// ```
pub fn zone_offset(zone: &str) -> Option<FixedOffset> {
    Lexicon::builtin().zone_offset(zone)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The digit gate turns away only lines the grammar does not take.
        #[test]
        fn the_digit_gate_is_a_necessary_condition(
            line in "(Updated: |Published on |)(Friday, |)(Aug|March|[A-Z][a-z]{2,5}|)( ?[0-9]{0,2},?)( [0-9]{0,4})( [0-9]{1,2}:[0-9]{2}| [a-z]{2,4}|)( IST| GMT| [A-Za-z]{1,5}|)( \\| [A-Z][a-z]+|)",
        ) {
            let lex = Lexicon::builtin();
            let t = crate::text::trim(&line);
            if t.len() <= 300 {
                proptest::prop_assert_eq!(timestamp_line(&line, lex), read_line(t, lex), "{:?}", line);
            }
        }
    }

    /// The label as the first colon wherever it is, then checks on what
    /// stands before it: the model `label` must agree with.
    fn label_model(f: &str) -> Option<(&str, usize)> {
        let colon = f.find(':')?;
        let label = f[..colon].trim_end();
        let words = label.split(' ').filter(|w| !w.is_empty()).count();
        let ok = !label.is_empty()
            && label.len() <= 40
            && !crate::rules::credit::is_boilerplate_opener(label)
            && words <= 4
            && label.starts_with(|c: char| c.is_uppercase())
            && label.chars().all(|c| c.is_alphabetic() || c == ' ');
        ok.then_some((label, colon))
    }

    proptest::proptest! {
        #[test]
        fn label_agrees_with_its_model(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Updated", "updated", "Last", " ", "  ", "\t", "\u{a0}", ":", ",", "Ünd",
                    "é", "Image Credit", "1", "Posted on", "aaaaaaaaaaaaaaaa", "B", "|",
                ]),
                0..10,
            )
        ) {
            let f: String = parts.concat();
            proptest::prop_assert_eq!(label(&f), label_model(&f));
        }
    }

    #[test]
    fn header_lines_of_every_listed_portal() {
        let portals = Lexicon::builtin();
        for (line, label, text, iso) in [
            (
                "Updated : Aug 13, 2025 14:23",
                Some("Updated"),
                "Aug 13, 2025 14:23",
                "2025-08-13T14:23:00",
            ),
            (
                "ANI | Lucknow (Uttar Pradesh) | Updated: 06-02-2021 08:49 IST | Created: 06-02-2021 08:49 IST",
                Some("Updated"),
                "06-02-2021 08:49 IST",
                "2021-02-06T08:49:00+05:30",
            ),
            (
                "Last Updated : Nov 07 2014 | 9:12 PM IST",
                Some("Last Updated"),
                "Nov 07 2014 | 9:12 PM IST",
                "2014-11-07T21:12:00+05:30",
            ),
            (
                "Published on: Tuesday,August 17, 2021, 07:27 PM IST",
                Some("Published on"),
                "Tuesday,August 17, 2021, 07:27 PM IST",
                "2021-08-17T19:27:00+05:30",
            ),
            (
                "06/08/2019 10:07 PM",
                None,
                "06/08/2019 10:07 PM",
                "2019-08-06T22:07:00",
            ),
            (
                "Mar 14, 2018 17:51 IST",
                None,
                "Mar 14, 2018 17:51 IST",
                "2018-03-14T17:51:00+05:30",
            ),
            (
                "24 Jan 2021 4:26 PM GMT",
                None,
                "24 Jan 2021 4:26 PM GMT",
                "2021-01-24T16:26:00+00:00",
            ),
            (
                "Posted: 11 Apr 2013 09:15 PM PDT",
                Some("Posted"),
                "11 Apr 2013 09:15 PM PDT",
                "2013-04-11T21:15:00-07:00",
            ),
            (
                "Published By : Admin | April 19, 2019 | 21:39 IST",
                None,
                "April 19, 2019 | 21:39 IST",
                "2019-04-19T21:39:00+05:30",
            ),
        ] {
            let t = timestamp_line(line, portals).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((t.label(), t.text()), (label, text), "{line}");
            assert_eq!(t.datetime().unwrap().to_string(), iso, "{line}");
        }
    }

    #[test]
    fn not_times() {
        let portals = Lexicon::builtin();
        for line in [
            "Image Credit: ANI",
            "Editorji News Desk",
            "Note: 5 people",
            "Updated : soon",
            // A time that runs on into the story: the words must not be lost.
            "Updated : Feb 03, 2025 10:15 Officials said the plant opened.",
        ] {
            assert!(timestamp_line(line, portals).is_none(), "{line}");
        }
    }
}
