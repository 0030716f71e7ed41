//! Recognising XML news formats by their first bytes, to refuse them with a
//! clear message: wirecopy reads text copy, not NITF or NewsML.

use std::fmt;

use memchr::memmem;

/// Which XML news vocabulary a document uses, judged by its root element.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum XmlFormat {
    /// News Industry Text Format (`<nitf>`).
    Nitf,
    /// NewsML 1.x (`<NewsML>`).
    NewsMl,
    /// NewsML-G2 (`<newsMessage>`, `<newsItem>`, `<packageItem>`, ...).
    NewsMlG2,
    /// Some other XML document (it has an `<?xml` declaration).
    Other,
}

impl XmlFormat {
    /// The format's usual name, as used in error messages.
    ///
    /// ```
    /// use wirecopy::envelope::XmlFormat;
    /// assert_eq!(XmlFormat::NewsMlG2.name(), "NewsML-G2");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Nitf => "NITF",
            Self::NewsMl => "NewsML",
            Self::NewsMlG2 => "NewsML-G2",
            Self::Other => "XML",
        }
    }
}

impl fmt::Display for XmlFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How many bytes of a UTF-16 document are looked at.
const UTF16_SNIFF: usize = 8192;
/// How many prolog items (declaration, comments, doctype, processing
/// instructions) are skipped before giving up on finding the root element.
const MAX_PROLOG_ITEMS: usize = 256;

/// Says whether `bytes` are an XML document and which news vocabulary it
/// uses: `None` for anything that does not start (after an optional BOM and
/// white space) with an XML declaration or a known root element.
///
/// ```
/// use wirecopy::envelope::{sniff_xml, XmlFormat};
/// assert_eq!(sniff_xml(b"<?xml version='1.0'?>\n<nitf><head/></nitf>"), Some(XmlFormat::Nitf));
/// assert_eq!(sniff_xml(b"  <NewsML Version=\"1.2\">"), Some(XmlFormat::NewsMl));
/// assert_eq!(sniff_xml(b"<g2:newsItem xmlns:g2='x'>"), Some(XmlFormat::NewsMlG2));
/// assert_eq!(sniff_xml(b"<b>Not XML</b> but a headline"), None);
/// assert_eq!(sniff_xml(b"Headline"), None);
/// ```
#[must_use]
pub fn sniff_xml(bytes: &[u8]) -> Option<XmlFormat> {
    if let Some(rest) = bytes
        .strip_prefix(&[0xFF, 0xFE])
        .or_else(|| bytes.strip_prefix(&[0xFE, 0xFF]))
    {
        // UTF-16: the markup is ASCII, so keep the non-zero bytes.
        let narrow: Vec<u8> = rest
            .iter()
            .take(UTF16_SNIFF)
            .copied()
            .filter(|&b| b != 0)
            .collect();
        return sniff_ascii(&narrow);
    }
    sniff_ascii(bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes))
}

fn skip_ws(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    b.get(n..).unwrap_or_default()
}

/// The bytes after the first `pat` in `b`, or `None`.
fn after<'b>(b: &'b [u8], pat: &[u8]) -> Option<&'b [u8]> {
    let at = memmem::find(b, pat)?;
    b.get(at + pat.len()..)
}

fn sniff_ascii(bytes: &[u8]) -> Option<XmlFormat> {
    let mut b = skip_ws(bytes);
    if !b.starts_with(b"<") {
        return None;
    }
    let mut declared = false;
    for _ in 0..MAX_PROLOG_ITEMS {
        b = skip_ws(b);
        if b.starts_with(b"<?") {
            if b.starts_with(b"<?xml") {
                declared = true;
            }
            b = after(b, b"?>")?;
        } else if b.starts_with(b"<!--") {
            b = after(b, b"-->")?;
        } else if b.starts_with(b"<!") {
            // DOCTYPE, possibly with an internal subset in brackets.
            let gt = memchr::memchr(b'>', b);
            let bracket = memchr::memchr(b'[', b.get(..gt.unwrap_or(b.len())).unwrap_or(b));
            b = match (bracket, gt) {
                (Some(br), Some(g)) if br < g => after(b, b"]>")?,
                (_, Some(g)) => b.get(g + 1..)?,
                _ => return declared.then_some(XmlFormat::Other),
            };
        } else if let Some(rest) = b.strip_prefix(b"<") {
            let len = rest
                .iter()
                .take_while(|&&c| {
                    c.is_ascii_alphanumeric() || matches!(c, b'_' | b':' | b'.' | b'-')
                })
                .count();
            let name = rest.get(..len).unwrap_or_default();
            let local = name.rsplit(|&c| c == b':').next().unwrap_or(name);
            let kind = match local {
                b"nitf" | b"NITF" => Some(XmlFormat::Nitf),
                b"NewsML" => Some(XmlFormat::NewsMl),
                b"newsMessage" | b"newsItem" | b"packageItem" | b"knowledgeItem"
                | b"conceptItem" | b"planningItem" | b"catalogItem" => Some(XmlFormat::NewsMlG2),
                _ => None,
            };
            return kind.or(declared.then_some(XmlFormat::Other));
        } else {
            break;
        }
    }
    declared.then_some(XmlFormat::Other)
}
