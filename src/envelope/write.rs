//! Writing envelopes: back as they came, or new from their fields.

use std::borrow::Cow;
use std::io::{self, Write};

use super::{EOT, ETX, Envelope, Format, SOH, STX, SYN, US};

impl<'a> Envelope<'a> {
    /// Sets the service (ANPA service-level letter, IPTC service id).
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// assert_eq!(Envelope::new(Format::Iptc7901).with_service("eca").service(), Some("eca"));
    /// ```
    #[must_use]
    pub fn with_service(mut self, service: impl Into<Cow<'a, str>>) -> Self {
        self.service = Some(service.into());
        self.raw = None;
        self
    }

    /// Sets the sequence number (digits).
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// assert_eq!(Envelope::new(Format::Iptc7901).with_sequence("062").sequence_number(), Some(62));
    /// ```
    #[must_use]
    pub fn with_sequence(mut self, sequence: impl Into<Cow<'a, str>>) -> Self {
        self.sequence = Some(sequence.into());
        self.raw = None;
        self
    }

    /// Sets ANPA's selector code.
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// assert_eq!(Envelope::new(Format::Anpa1312).with_selector("asian").selector(), Some("asian"));
    /// ```
    #[must_use]
    pub fn with_selector(mut self, selector: impl Into<Cow<'a, str>>) -> Self {
        self.selector = Some(selector.into());
        self.raw = None;
        self
    }

    /// Sets the priority code.
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// assert_eq!(Envelope::new(Format::Anpa1312).with_priority("u").priority(), Some("u"));
    /// ```
    #[must_use]
    pub fn with_priority(mut self, priority: impl Into<Cow<'a, str>>) -> Self {
        self.priority = Some(priority.into());
        self.raw = None;
        self
    }

    /// Sets the category code.
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// assert_eq!(Envelope::new(Format::Anpa1312).with_category("s").category(), Some("s"));
    /// ```
    #[must_use]
    pub fn with_category(mut self, category: impl Into<Cow<'a, str>>) -> Self {
        self.category = Some(category.into());
        self.raw = None;
        self
    }

    /// Marks ANPA copy as tabular (or not).
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// assert!(Envelope::new(Format::Anpa1312).with_tabular(true).tabular());
    /// ```
    #[must_use]
    pub fn with_tabular(mut self, tabular: bool) -> Self {
        self.tabular = tabular;
        self.raw = None;
        self
    }

    /// Sets the slug or keyword.
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// assert_eq!(Envelope::new(Format::Iptc7901).with_slug("Yemen/").slug(), Some("Yemen/"));
    /// ```
    #[must_use]
    pub fn with_slug(mut self, slug: impl Into<Cow<'a, str>>) -> Self {
        self.slug = Some(slug.into());
        self.raw = None;
        self
    }

    /// Sets ANPA's take key.
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// assert_eq!(Envelope::new(Format::Anpa1312).with_take_key("1stLd").take_key(), Some("1stLd"));
    /// ```
    #[must_use]
    pub fn with_take_key(mut self, take_key: impl Into<Cow<'a, str>>) -> Self {
        self.take_key = Some(take_key.into());
        self.raw = None;
        self
    }

    /// Sets ANPA's month-day (`02-20`).
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// assert_eq!(Envelope::new(Format::Anpa1312).with_date("02-20").date(), Some("02-20"));
    /// ```
    #[must_use]
    pub fn with_date(mut self, date: impl Into<Cow<'a, str>>) -> Self {
        self.date = Some(date.into());
        self.raw = None;
        self
    }

    /// Sets the word count.
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// assert_eq!(Envelope::new(Format::Iptc7901).with_word_count(211).word_count(), Some(211));
    /// ```
    #[must_use]
    pub fn with_word_count(mut self, words: u32) -> Self {
        self.word_count = Some(words);
        self.raw = None;
        self
    }

    /// Sets IPTC's optional information after the word count.
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// assert_eq!(Envelope::new(Format::Iptc7901).with_extra("dpa 061").extra(), Some("dpa 061"));
    /// ```
    #[must_use]
    pub fn with_extra(mut self, extra: impl Into<Cow<'a, str>>) -> Self {
        self.extra = Some(extra.into());
        self.raw = None;
        self
    }

    /// Sets the filing time written after ETX.
    ///
    /// ```
    /// use wirecopy::envelope::{Envelope, Format};
    /// let env = Envelope::new(Format::Iptc7901).with_filing_time("212101 GMT Nov 18");
    /// assert_eq!(env.filing_time(), Some("212101 GMT Nov 18"));
    /// ```
    #[must_use]
    pub fn with_filing_time(mut self, filing_time: impl Into<Cow<'a, str>>) -> Self {
        self.filing_time = Some(filing_time.into());
        self.raw = None;
        self
    }

    /// Writes an envelope around `story` (the text between STX and ETX).
    ///
    /// An envelope read by [`open`](super::open) writes its own header and
    /// trailer as they came, so `env.write(env.story_raw().unwrap(), out)`
    /// gives the input back (as UTF-8). A new envelope is written from its
    /// fields:
    ///
    /// - ANPA-1312: `SYN SYN SOH`, service, sequence, `US`, selector; then
    ///   priority, category, the format identifier, keyword, take key, date
    ///   and word count (written only with a date, where ANPA puts it);
    ///   `STX`, the story, `ETX`, the filing time, `EOT`.
    /// - IPTC 7901: `SOH`, service and sequence, priority, category, word
    ///   count and optional information; the keyword line; `STX`, the story,
    ///   `ETX`, the filing time, `EOT`.
    ///
    /// Fields read back the same when they are written the way the format
    /// has them (single tokens where the format has tokens).
    ///
    /// ```
    /// use wirecopy::envelope::{open, Envelope, Format};
    /// let env = Envelope::new(Format::Iptc7901)
    ///     .with_service("eca").with_sequence("0124").with_priority("3")
    ///     .with_category("i").with_word_count(93).with_slug("Yemen/conflict/")
    ///     .with_filing_time("212101 GMT Nov 18");
    /// let mut out = Vec::new();
    /// env.write("Peace talks =\r\n\r\nWashington (dpa) - Text.\r\n", &mut out).unwrap();
    /// let opened = open(&out)?.unwrap();
    /// let (back, story) = opened.read();
    /// assert_eq!((back.sequence(), back.word_count()), (Some("0124"), Some(93)));
    /// assert_eq!(back.filing_time(), Some("212101 GMT Nov 18"));
    /// assert_eq!(story.headline(), Some("Peace talks"));
    /// # Ok::<(), wirecopy::envelope::EnvelopeError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Any error of `out`.
    pub fn write<W: Write>(&self, story: &str, out: &mut W) -> io::Result<()> {
        if let Some(raw) = &self.raw {
            out.write_all(raw.lead.as_bytes())?;
            out.write_all(story.as_bytes())?;
            return out.write_all(raw.tail.as_bytes());
        }
        let opt = |s: &Option<Cow<'_, str>>| s.as_deref().unwrap_or("").to_owned();
        let mut head = String::new();
        match self.format {
            Format::Anpa1312 => {
                head.push(char::from(SYN));
                head.push(char::from(SYN));
                head.push(char::from(SOH));
                head.push_str(&opt(&self.service));
                head.push_str(&opt(&self.sequence));
                head.push(char::from(US));
                head.push_str(&opt(&self.selector));
                head.push('\n');
                head.push_str(self.priority.as_deref().unwrap_or(" "));
                head.push(' ');
                head.push_str(self.category.as_deref().unwrap_or(" "));
                head.push_str(if self.tabular {
                    "\u{14}\u{12}"
                } else {
                    "\u{13}\u{11}"
                });
                head.push(' ');
                head.push_str(&opt(&self.slug));
                if let Some(t) = &self.take_key {
                    head.push(' ');
                    head.push_str(t);
                }
                if let Some(d) = &self.date {
                    head.push_str("   ");
                    head.push_str(d);
                    if let Some(w) = self.word_count {
                        head.push_str(&format!(" {w:04}"));
                    }
                }
                head.push('\n');
            }
            Format::Iptc7901 => {
                head.push(char::from(SOH));
                head.push_str(&opt(&self.service));
                head.push_str(&opt(&self.sequence));
                for f in [&self.priority, &self.category].into_iter().flatten() {
                    head.push(' ');
                    head.push_str(f);
                }
                if let Some(w) = self.word_count {
                    head.push_str(&format!(" {w}"));
                }
                if let Some(x) = &self.extra {
                    head.push(' ');
                    head.push_str(x);
                }
                head.push_str("\r\n\n");
                head.push_str(&opt(&self.slug));
                head.push_str("\r\n");
            }
        }
        head.push(char::from(STX));
        out.write_all(head.as_bytes())?;
        out.write_all(story.as_bytes())?;
        let mut tail = String::new();
        tail.push(char::from(ETX));
        tail.push_str(&opt(&self.filing_time));
        if self.format == Format::Anpa1312 && self.filing_time.is_some() {
            tail.push('<');
        }
        tail.push_str("\r\n");
        tail.push(char::from(EOT));
        out.write_all(tail.as_bytes())
    }
}
