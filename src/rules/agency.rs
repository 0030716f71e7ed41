//! Agency words: the codes and names that credit a wire service
//! (`(AP)`, `(Reuters/AFP)`, a bare `AAP`). Shared by the dateline,
//! sign-off and lead-credit rules.

use std::borrow::Cow;

use crate::lexicon::Agencies;
use crate::text::{floor, trim, trim_start};

/// Whether `code` can stand for an agency: a known one, or a short all-caps code.
pub(crate) fn is_agency_code(code: &str, agencies: &Agencies) -> bool {
    if agencies.find(code).is_some() {
        return true;
    }
    let len = code.len();
    (2..=8).contains(&len)
        && code.starts_with(|c: char| c.is_ascii_uppercase())
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'&')
}

pub(crate) fn is_agency_list(inner: &str, agencies: &Agencies) -> bool {
    // Beside a known agency, a partner may be written in lower case, as
    // dpa writes its partners' codes (`tca/dpa`).
    let known = inner
        .split(['/', ','])
        .any(|c| agencies.find(trim(c)).is_some());
    !inner.is_empty()
        && inner.split(['/', ',']).all(|c| {
            let c = trim(c);
            is_agency_code(c, agencies)
                || known
                    && !inner.contains(',')
                    && (2..=3).contains(&c.len())
                    && c.bytes().all(|b| b.is_ascii_lowercase())
        })
}

/// `(AP)`, `(Reuters)`, `(AP/PTI)` after optional spaces.
pub(crate) fn agency_parens<'a>(
    i: &'a str,
    agencies: &Agencies,
) -> Option<(Vec<Cow<'a, str>>, &'a str)> {
    let t = trim_start(i);
    let inner_start = t.strip_prefix('(')?;
    let close = inner_start.as_bytes()[..floor(inner_start, 40)]
        .iter()
        .position(|&b| b == b')')?;
    let inner = &inner_start[..close];
    let rest = &inner_start[close + 1..];
    // One agency (the usual case): no splitting.
    // (At most 40 bytes: a byte loop, no searcher.)
    if !inner.bytes().any(|b| b == b'/' || b == b',') {
        let code = trim(inner);
        return is_agency_code(code, agencies).then(|| (vec![Cow::Borrowed(code)], rest));
    }
    if !is_agency_list(inner, agencies) {
        return None;
    }
    let n = inner.split(['/', ',']).count();
    let mut names = Vec::with_capacity(n);
    names.extend(inner.split(['/', ',']).map(|c| Cow::Borrowed(trim(c))));
    Some((names, rest))
}

/// A known agency without parentheses (`AUCKLAND, May 5 AAP - `).
pub(crate) fn bare_agency<'a>(i: &'a str, agencies: &Agencies) -> Option<(&'a str, &'a str)> {
    if !i.starts_with(char::is_whitespace) {
        return None;
    }
    let t = trim_start(i);
    let len = t.find(|c: char| !c.is_alphanumeric()).unwrap_or(t.len());
    let w = &t[..len];
    (len >= 2 && agencies.find(w).is_some()).then(|| (w, &t[len..]))
}
