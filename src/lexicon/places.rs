//! A gazetteer: place names that datelines use, as evidence that the
//! capitalised words opening a story name a place (`GAZA CITY: `) and not a
//! person (`MARK COLVIN: `) or a label.

/// Place names, ASCII lower-cased, sorted by bytes.
pub static PLACES: &[&str] = &["new york", "washington"];

/// Region abbreviations written after a city (`Ga.`, `N.J.`), as written, sorted.
pub static REGION_ABBREVIATIONS: &[&str] = &["Ga.", "N.J."];

/// Whether `name` (any ASCII case, words one space apart) is a known place.
pub fn is_place(name: &str) -> bool {
    PLACES
        .binary_search_by(|p| cmp_ascii_lower(p, name))
        .is_ok()
}

/// Whether `q` is a region abbreviation, as written.
pub fn is_region_abbreviation(q: &str) -> bool {
    REGION_ABBREVIATIONS.binary_search(&q).is_ok()
}

fn cmp_ascii_lower(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}
