//! serde support (feature `serde`): the JSON contract of DESIGN.md.
//! Deserialising borrows from the input where the JSON string has no escapes.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeSeq, Serializer};

use super::{DateTime, Text};

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.single_line() {
            // One line (portal paragraphs): the borrowed text itself.
            Some(line) => s.serialize_str(line),
            // Wrapped lines are written joined (the text's `Display`), piece
            // by piece: serializers that write strings as they come
            // (serde_json) make no copy.
            None => s.collect_str(self),
        }
    }
}

struct CowVisitor;

impl<'de> Visitor<'de> for CowVisitor {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(CowVisitor).map(Text::new)
    }
}

/// `datetime`: an ISO 8601 string or `null`.
pub(crate) mod datetime {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(v: &Option<DateTime>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(dt) => s.collect_str(dt),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime>, D::Error> {
        let text: Option<Cow<'de, str>> = Option::deserialize(d)?;
        match text {
            None => Ok(None),
            Some(t) => DateTime::parse_iso(&t)
                .map(Some)
                .ok_or_else(|| de::Error::custom(format!("not an ISO 8601 date-time: {t:?}"))),
        }
    }
}

/// `slugs`: a list of strings, stored as one white-space separated span.
pub(crate) mod slugs {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(v: &Text<'_>, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for slug in v.raw().split_whitespace() {
            seq.serialize_element(slug)?;
        }
        seq.end()
    }

    struct SlugsVisitor;

    impl<'de> Visitor<'de> for SlugsVisitor {
        type Value = Cow<'de, str>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list of slugs")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut out: Cow<'de, str> = Cow::Borrowed("");
            while let Some(CowStr(slug)) = seq.next_element()? {
                if out.is_empty() {
                    out = slug;
                } else {
                    let o = out.to_mut();
                    o.push(' ');
                    o.push_str(&slug);
                }
            }
            Ok(out)
        }
    }

    struct CowStr<'de>(Cow<'de, str>);

    impl<'de> Deserialize<'de> for CowStr<'de> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(CowVisitor).map(CowStr)
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Text<'de>, D::Error> {
        d.deserialize_seq(SlugsVisitor).map(Text::new)
    }
}
