//! The time zones the lexicon knows without being told: abbreviations seen
//! in portals' header lines, with their offsets from UTC.

use chrono::FixedOffset;

/// The built-in zones: abbreviation and offset east of UTC in minutes.
/// Where an abbreviation is ambiguous (`IST`, `CST`, `AST`), the reading of
/// the portals this crate was built for wins (India, US Central, Arabia).
pub const BUILTIN_ZONES: &[(&str, i32)] = &[
    ("UTC", 0),
    ("GMT", 0),
    ("Z", 0),
    ("WET", 0),
    ("IST", 330),
    ("NPT", 345),
    ("PKT", 300),
    ("BST", 60),
    ("CET", 60),
    ("WAT", 60),
    ("WEST", 60),
    ("CEST", 120),
    ("EET", 120),
    ("SAST", 120),
    ("CAT", 120),
    ("EAT", 180),
    ("MSK", 180),
    ("EEST", 180),
    ("AST", 180),
    ("GST", 240),
    ("ICT", 420),
    ("WIB", 420),
    ("SGT", 480),
    ("HKT", 480),
    ("MYT", 480),
    ("PHT", 480),
    ("AWST", 480),
    ("JST", 540),
    ("KST", 540),
    ("AEST", 600),
    ("AEDT", 660),
    ("NZST", 720),
    ("NZDT", 780),
    ("EDT", -240),
    ("EST", -300),
    ("CDT", -300),
    ("CST", -360),
    ("MDT", -360),
    ("MST", -420),
    ("PDT", -420),
    ("PST", -480),
];

/// The offset of a built-in zone (a zone follows a header time, once a
/// page at most: a look-up in the table is cheap enough).
pub(crate) fn builtin_offset(zone: &str) -> Option<FixedOffset> {
    let (_, minutes) = BUILTIN_ZONES.iter().find(|(z, _)| *z == zone)?;
    FixedOffset::east_opt(minutes * 60)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_zone_is_found_once() {
        for (zone, minutes) in super::BUILTIN_ZONES {
            assert_eq!(
                super::builtin_offset(zone).map(|o| o.local_minus_utc()),
                Some(minutes * 60),
                "{zone}"
            );
        }
        assert_eq!(super::builtin_offset("XYZ"), None);
        let n = super::BUILTIN_ZONES.len();
        let mut names: Vec<_> = super::BUILTIN_ZONES.iter().map(|z| z.0).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), n, "a zone listed twice");
    }
}
