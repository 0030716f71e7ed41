//! The value types of a parsed article. They borrow from the input (and from
//! the [`Lexicon`](crate::Lexicon) for normalised names); parsing only ever
//! produces `Cow::Borrowed`. They import nothing of the rules and compute
//! nothing: what an article holds was decided by the parser. The one value
//! of a lower layer they hold is the [`Envelope`] an article came in.

use std::borrow::Cow;
use std::fmt;
use std::hash::{Hash, Hasher};

use chrono::{FixedOffset, NaiveDate, NaiveTime};

use crate::envelope::Envelope;

#[cfg(feature = "serde")]
pub(crate) mod serde_impl;

/// Text that may span hard-wrapped wire lines.
///
/// The parsed value borrows the original lines, indentation and line ends
/// included ([`Text::raw`]); its meaning is the lines trimmed and joined with
/// single spaces ([`Text::joined`]). Equality, hashing, `Display` and the
/// serde form all use the joined meaning, so a paragraph read from wrapped
/// wire copy equals the same paragraph written on one line.
///
/// ```
/// use wirecopy::Text;
/// let wrapped = Text::new("Peru's tin output is expected\n    to fall");
/// assert_eq!(wrapped.joined(), "Peru's tin output is expected to fall");
/// assert_eq!(wrapped, Text::new("Peru's tin output is expected to fall"));
/// ```
#[derive(Clone, Default)]
pub struct Text<'a>(pub(crate) Cow<'a, str>);

impl<'a> Text<'a> {
    /// Wraps a string (borrowed or owned).
    pub fn new(text: impl Into<Cow<'a, str>>) -> Self {
        Text(text.into())
    }

    /// The text exactly as it stands in the input.
    pub fn raw(&self) -> &str {
        &self.0
    }

    /// The lines of the text, each trimmed, blank ones skipped.
    pub fn lines(&self) -> impl Iterator<Item = &str> + '_ {
        self.0
            .split(['\n', '\r'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
    }

    /// The lines trimmed and joined with single spaces. Borrowed when the text
    /// is a single trimmed line, as portal paragraphs are.
    pub fn joined(&self) -> Cow<'_, str> {
        if let Some(line) = self.single_line() {
            return Cow::Borrowed(line);
        }
        let trimmed = self.0.trim();
        let mut out = String::with_capacity(trimmed.len());
        for (i, line) in self.lines().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(line);
        }
        Cow::Owned(out)
    }

    /// The text trimmed, when it is one line (its joined form as it stands).
    pub(crate) fn single_line(&self) -> Option<&str> {
        let trimmed = self.0.trim();
        (!trimmed.contains(['\n', '\r'])).then_some(trimmed)
    }

    /// The text as borrowed from the input, when it is (always, after parsing).
    pub fn as_borrowed(&self) -> Option<&'a str> {
        match self.0 {
            Cow::Borrowed(s) => Some(s),
            Cow::Owned(_) => None,
        }
    }

    /// Whether the text has no visible characters.
    pub fn is_empty(&self) -> bool {
        self.0.trim().is_empty()
    }

    /// Detaches the text from the input.
    pub fn into_owned(self) -> Text<'static> {
        Text(Cow::Owned(self.0.into_owned()))
    }

    fn chars_joined(&self) -> impl Iterator<Item = char> + '_ {
        self.lines()
            .enumerate()
            .flat_map(|(i, l)| (i > 0).then_some(' ').into_iter().chain(l.chars()))
    }
}

impl PartialEq for Text<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.chars_joined().eq(other.chars_joined())
    }
}
impl Eq for Text<'_> {}

impl Hash for Text<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for c in self.chars_joined() {
            c.hash(state);
        }
    }
}

impl fmt::Debug for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.joined(), f)
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, line) in self.lines().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(line)?;
        }
        Ok(())
    }
}

impl PartialEq<str> for Text<'_> {
    fn eq(&self, other: &str) -> bool {
        self.chars_joined().eq(Text::new(other).chars_joined())
    }
}

impl PartialEq<&str> for Text<'_> {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

impl<'a> From<&'a str> for Text<'a> {
    fn from(s: &'a str) -> Self {
        Text(Cow::Borrowed(s))
    }
}

impl From<String> for Text<'static> {
    fn from(s: String) -> Self {
        Text(Cow::Owned(s))
    }
}

/// A calendar date, an optional time of day and an optional UTC offset, as
/// read from a portal's header line.
///
/// ```
/// let a = wirecopy::parse("Headline\n\nLast Updated : Jan 22 2024 | 6:48 PM IST\n\nBody.\n").unwrap();
/// let t = a.timestamp().unwrap().datetime().unwrap();
/// assert_eq!(t.to_string(), "2024-01-22T18:48:00+05:30");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateTime {
    date: NaiveDate,
    time: Option<NaiveTime>,
    offset: Option<FixedOffset>,
}

impl DateTime {
    /// Builds a value from its parts.
    pub fn new(date: NaiveDate, time: Option<NaiveTime>, offset: Option<FixedOffset>) -> Self {
        DateTime { date, time, offset }
    }

    /// The calendar date.
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The time of day, when the text names one.
    pub fn time(&self) -> Option<NaiveTime> {
        self.time
    }

    /// The UTC offset, when the text names a zone the library knows.
    pub fn offset(&self) -> Option<FixedOffset> {
        self.offset
    }

    /// The instant, when both a time and a zone are known.
    pub fn to_chrono(&self) -> Option<chrono::DateTime<FixedOffset>> {
        let off = self.offset?;
        self.date
            .and_time(self.time?)
            .and_local_timezone(off)
            .single()
    }

    /// Reads the ISO 8601 form that `Display` writes
    /// (`2025-08-13`, `2025-08-13T14:23:00`, `2025-08-13T14:23:00+05:30`).
    pub fn parse_iso(s: &str) -> Option<Self> {
        let (date, rest) = s.split_at_checked(10)?;
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
        if rest.is_empty() {
            return Some(DateTime::new(date, None, None));
        }
        let rest = rest.strip_prefix('T')?;
        let (time, zone) = rest.split_at_checked(8)?;
        let time = NaiveTime::parse_from_str(time, "%H:%M:%S").ok()?;
        let offset = if zone.is_empty() {
            None
        } else {
            let sign = match zone.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let (h, m) = zone[1..].split_once(':')?;
            if h.len() != 2 || m.len() != 2 {
                return None;
            }
            let secs = h.parse::<i32>().ok()? * 3600 + m.parse::<i32>().ok()? * 60;
            Some(FixedOffset::east_opt(sign * secs)?)
        };
        Some(DateTime::new(date, Some(time), offset))
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date.format("%Y-%m-%d"))?;
        if let Some(t) = self.time {
            write!(f, "T{}", t.format("%H:%M:%S"))?;
            if let Some(off) = self.offset {
                let secs = off.local_minus_utc();
                let sign = if secs < 0 { '-' } else { '+' };
                let secs = secs.abs();
                write!(f, "{sign}{:02}:{:02}", secs / 3600, secs % 3600 / 60)?;
            }
        }
        Ok(())
    }
}

/// The labelled time in a portal's header (`Updated : Aug 13, 2025 14:23`).
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Timestamp<'a> {
    /// The words before the colon (`Updated`, `Last Updated`, `Published on`),
    /// or `None` for a bare date-time line.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) label: Option<Cow<'a, str>>,
    /// The date-time as written after the label.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) text: Cow<'a, str>,
    /// What stands between the label and the time, as written (`" : "`,
    /// `": "`); rendering writes it back, or the canonical `" : "`.
    #[cfg_attr(
        feature = "serde",
        serde(
            borrow,
            default = "crate::model::label_gap",
            skip_serializing_if = "is_label_gap"
        )
    )]
    pub(crate) gap: Cow<'a, str>,
    /// The value of `text`.
    #[cfg_attr(feature = "serde", serde(with = "crate::model::serde_impl::datetime"))]
    pub(crate) datetime: Option<DateTime>,
}

impl<'a> Timestamp<'a> {
    /// A timestamp from its parts.
    pub fn new(
        label: Option<Cow<'a, str>>,
        text: impl Into<Cow<'a, str>>,
        datetime: Option<DateTime>,
    ) -> Self {
        Timestamp {
            label,
            text: text.into(),
            gap: label_gap(),
            datetime,
        }
    }

    /// The label, if any.
    pub fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }

    /// The date-time as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The parsed value.
    pub fn datetime(&self) -> Option<DateTime> {
        self.datetime
    }

    /// Detaches the value from the input.
    pub fn into_owned(self) -> Timestamp<'static> {
        Timestamp {
            label: self.label.map(owned),
            text: owned(self.text),
            gap: owned(self.gap),
            datetime: self.datetime,
        }
    }
}

/// The heading the canonical form gives a related list: `Recommended For
/// You` when some entry has a `source | Section` line, else `Related News`.
pub(crate) fn canonical_related_heading(links: &[RelatedLink<'_>]) -> &'static str {
    if links
        .iter()
        .any(|l| l.source.is_some() && l.section.is_some())
    {
        "Recommended For You"
    } else {
        "Related News"
    }
}

/// The canonical gap between a timestamp's label and its time.
pub(crate) fn label_gap() -> Cow<'static, str> {
    Cow::Borrowed(" : ")
}

#[cfg(feature = "serde")]
#[allow(clippy::ptr_arg)] // serde passes the field as it is
fn is_label_gap(gap: &Cow<'_, str>) -> bool {
    gap == " : "
}

/// The month and day of a dateline (`Aug 13`, `13 Jan`, `Aug 29, 2014`).
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct DatelineDate<'a> {
    /// The date as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) text: Cow<'a, str>,
    /// Month, 1 to 12.
    pub(crate) month: u8,
    /// Day of the month, 1 to 31.
    pub(crate) day: u8,
    /// The year, when the dateline names one.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) year: Option<u16>,
}

impl<'a> DatelineDate<'a> {
    /// A date from its parts.
    pub fn new(text: impl Into<Cow<'a, str>>, month: u8, day: u8, year: Option<u16>) -> Self {
        DatelineDate {
            text: text.into(),
            month,
            day,
            year,
        }
    }

    /// The date as written.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// Month, 1 to 12.
    pub fn month(&self) -> u8 {
        self.month
    }
    /// Day of the month, 1 to 31.
    pub fn day(&self) -> u8 {
        self.day
    }
    /// The year, when the dateline names one.
    pub fn year(&self) -> Option<u16> {
        self.year
    }
    /// Detaches the value from the input.
    pub fn into_owned(self) -> DatelineDate<'static> {
        DatelineDate {
            text: owned(self.text),
            ..self
        }
    }
}

/// The dateline at the head of the story: `Seoul, Aug 13 (AP)`.
///
/// ```
/// let a = wirecopy::parse("Headline\n\nWASHINGTON (AP) — The Senate voted.\n").unwrap();
/// let d = a.dateline().unwrap();
/// assert_eq!((d.place(), d.text()), ("WASHINGTON", "WASHINGTON (AP)"));
/// assert_eq!(d.agencies(), ["AP"]);
/// assert_eq!(d.separator(), "—");
/// assert!(d.date().is_none());
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Dateline<'a> {
    /// The whole dateline up to (not including) its separator.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) text: Cow<'a, str>,
    /// What precedes the date, or the agency when there is no date, as written
    /// (`ATLANTA, Ga.`, `New Delhi [India]`, `SEOUL/WASHINGTON`). May be empty
    /// (`Jan. 10 (Xinhua) --`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) place: Cow<'a, str>,
    /// The month and day, when the dateline has one.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) date: Option<DatelineDate<'a>>,
    /// The agencies named in the dateline, as written (`AP`, `Reuters`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) agencies: Vec<Cow<'a, str>>,
    /// A source in the dateline's parentheses that is no agency, as written
    /// (`CBS.MW`, `New Ratings`): out of the place, out of the agencies.
    #[cfg_attr(
        feature = "serde",
        serde(borrow, default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) source: Option<Cow<'a, str>>,
    /// The separator between the dateline and the story, without the spaces
    /// around it: `—`, `-`, `--`, `_`, `:`, or empty for a plain space.
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    pub(crate) separator: Cow<'a, str>,
    /// What stands between the dateline and the story, exactly as written:
    /// the separator and the white space around it (`" — "`, `" "`, `":\n"`).
    /// Rendering writes it back, so that the story's first line reads as it
    /// did.
    #[cfg_attr(feature = "serde", serde(borrow, default = "crate::model::one_space"))]
    pub(crate) gap: Cow<'a, str>,
    /// [`Placement::Inline`] when the story starts in the dateline's block,
    /// [`Placement::Block`] when the dateline stands alone in its block.
    #[cfg_attr(feature = "serde", serde(default = "Placement::inline"))]
    pub(crate) placement: Placement,
}

impl<'a> Dateline<'a> {
    /// A dateline from its parts; the story follows it in its block.
    ///
    /// ```
    /// use wirecopy::{Dateline, DatelineDate};
    /// let d = Dateline::new("Seoul, Aug 13 (AP)", "Seoul", Some(DatelineDate::new("Aug 13", 8, 13, None)), vec!["AP".into()], "");
    /// assert_eq!(d.agencies(), ["AP"]);
    /// ```
    pub fn new(
        text: impl Into<Cow<'a, str>>,
        place: impl Into<Cow<'a, str>>,
        date: Option<DatelineDate<'a>>,
        agencies: Vec<Cow<'a, str>>,
        separator: impl Into<Cow<'a, str>>,
    ) -> Self {
        let mut d = Dateline {
            text: text.into(),
            place: place.into(),
            date,
            agencies,
            source: None,
            gap: Cow::Borrowed(""),
            separator: separator.into(),
            placement: Placement::Inline,
        };
        d.gap = canonical_gap(&d.separator).into_owned().into();
        d
    }

    /// The gap to write: the one read, when it holds the separator, else
    /// the canonical one (` — `, `: `, ` `).
    pub(crate) fn gap_to_write(&self) -> Cow<'_, str> {
        if self.gap.trim() == &*self.separator {
            Cow::Borrowed(&self.gap)
        } else {
            canonical_gap(&self.separator)
        }
    }

    /// The dateline text.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// The place.
    pub fn place(&self) -> &str {
        &self.place
    }
    /// The date.
    pub fn date(&self) -> Option<&DatelineDate<'a>> {
        self.date.as_ref()
    }
    /// The agencies as written.
    pub fn agencies(&self) -> &[Cow<'a, str>] {
        &self.agencies
    }
    /// What stands between the dateline and the story, as written (` — `).
    pub fn gap(&self) -> &str {
        &self.gap
    }
    /// Whether the story starts in the dateline's block.
    pub fn placement(&self) -> Placement {
        self.placement
    }
    /// The source in the parentheses that is no agency (`CBS.MW`).
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
    /// The separator.
    pub fn separator(&self) -> &str {
        &self.separator
    }
    /// Sets where the dateline stands (see [`Dateline::placement`]).
    pub fn with_placement(mut self, placement: Placement) -> Self {
        self.placement = placement;
        self
    }
    /// Sets what stands between the dateline and the story (see
    /// [`Dateline::gap`]); rendering writes it when it holds the separator.
    pub fn with_gap(mut self, gap: impl Into<Cow<'a, str>>) -> Self {
        self.gap = gap.into();
        self
    }
    /// Sets the source (see [`Dateline::source`]).
    pub fn with_source(mut self, source: Option<Cow<'a, str>>) -> Self {
        self.source = source;
        self
    }

    /// Detaches the value from the input.
    pub fn into_owned(self) -> Dateline<'static> {
        Dateline {
            text: owned(self.text),
            place: owned(self.place),
            date: self.date.map(DatelineDate::into_owned),
            agencies: self.agencies.into_iter().map(owned).collect(),
            source: self.source.map(owned),
            separator: owned(self.separator),
            gap: owned(self.gap),
            placement: self.placement,
        }
    }
}

/// A deck (a standfirst) that a feed put before the story's credit or
/// dateline, on the same line: `Yen rallies on data. LONDON (Reuters) - …`.
///
/// ```
/// let a = wirecopy::parse("Headline\n\nYen rallies on data. LONDON (Reuters) - The yen rose.").unwrap();
/// assert_eq!(a.deck().unwrap().text().joined(), "Yen rallies on data.");
/// assert_eq!(a.dateline().unwrap().place(), "LONDON");
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Deck<'a> {
    /// The deck as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) text: Text<'a>,
    /// The white space between the deck and what follows, as written.
    #[cfg_attr(feature = "serde", serde(borrow, default = "crate::model::one_space"))]
    pub(crate) gap: Cow<'a, str>,
}

impl<'a> Deck<'a> {
    /// A deck followed by one space.
    pub fn new(text: impl Into<Text<'a>>) -> Self {
        Deck {
            text: text.into(),
            gap: Cow::Borrowed(" "),
        }
    }
    /// The deck.
    pub fn text(&self) -> &Text<'a> {
        &self.text
    }
    /// The white space after it.
    pub fn gap(&self) -> &str {
        &self.gap
    }
    /// Detaches the value from the input.
    pub fn into_owned(self) -> Deck<'static> {
        Deck {
            text: self.text.into_owned(),
            gap: owned(self.gap),
        }
    }
}

/// A feed's source credit before the story or its dateline:
/// `AP - `, `Reuters - `, `Canadian Press - OTTAWA (CP) - `, `SPACE.com - `.
/// Never a dateline.
///
/// ```
/// let a = wirecopy::parse("Headline\n\nCanadian Press - OTTAWA (CP) - The House rose.\n").unwrap();
/// let c = a.lead_credit().unwrap();
/// assert_eq!((c.text(), c.agency()), ("Canadian Press", Some("CP")));
/// assert_eq!(a.dateline().unwrap().place(), "OTTAWA");
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct LeadCredit<'a> {
    /// The credit as written (`AP`, `Canadian Press`, `SPACE.com`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) text: Cow<'a, str>,
    /// The agency it names, normalised (`CP` for `Canadian Press`); `None`
    /// for a source that is no agency (a web site, a paper).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) agency: Option<Cow<'a, str>>,
    /// What stands between the credit and the story, as written (` - `).
    #[cfg_attr(feature = "serde", serde(borrow, default = "crate::model::dash_gap"))]
    pub(crate) gap: Cow<'a, str>,
}

impl<'a> LeadCredit<'a> {
    /// A credit from its parts, followed by ` - `.
    pub fn new(text: impl Into<Cow<'a, str>>, agency: Option<Cow<'a, str>>) -> Self {
        LeadCredit {
            text: text.into(),
            agency,
            gap: Cow::Borrowed(" - "),
        }
    }
    /// The credit as written.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// The agency it names, normalised.
    pub fn agency(&self) -> Option<&str> {
        self.agency.as_deref()
    }
    /// What stands between the credit and the story (` - `).
    pub fn gap(&self) -> &str {
        &self.gap
    }
    /// Detaches the value from the input.
    pub fn into_owned(self) -> LeadCredit<'static> {
        LeadCredit {
            text: owned(self.text),
            agency: self.agency.map(owned),
            gap: owned(self.gap),
        }
    }
}

/// The serde default of [`LeadCredit::gap`].
#[cfg(feature = "serde")]
pub(crate) fn dash_gap() -> Cow<'static, str> {
    Cow::Borrowed(" - ")
}

/// The agency's sign-off: `(AP) NPK NPK`, `-- PTI`, `dpa grj rmo`, ` Reuter`.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Signoff<'a> {
    /// The sign-off as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) text: Text<'a>,
    /// The agency as written (`AP`, `Reuter`, `dpa`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) agency: Cow<'a, str>,
    /// The desk slugs after the agency, separated by white space
    /// (`NPK NPK`, `grj rmo`, IANS's `ms/vd`); see [`Signoff::slugs`].
    #[cfg_attr(
        feature = "serde",
        serde(borrow, with = "crate::model::serde_impl::slugs")
    )]
    pub(crate) slugs: Text<'a>,
    /// Where the sign-off stands.
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) placement: Placement,
}

impl<'a> Signoff<'a> {
    /// A sign-off from its parts.
    ///
    /// ```
    /// use wirecopy::{Placement, Signoff};
    /// let s = Signoff::new("(AP) NPK", "AP", "NPK", Placement::Inline);
    /// assert_eq!(s.slugs().collect::<Vec<_>>(), ["NPK"]);
    /// ```
    pub fn new(
        text: impl Into<Text<'a>>,
        agency: impl Into<Cow<'a, str>>,
        slugs: impl Into<Text<'a>>,
        placement: Placement,
    ) -> Self {
        Signoff {
            text: text.into(),
            agency: agency.into(),
            slugs: slugs.into(),
            placement,
        }
    }

    /// The sign-off text.
    pub fn text(&self) -> &Text<'a> {
        &self.text
    }
    /// The agency as written.
    pub fn agency(&self) -> &str {
        &self.agency
    }
    /// Sets where the sign-off stands.
    pub fn with_placement(mut self, placement: Placement) -> Self {
        self.placement = placement;
        self
    }
    /// The slugs as written (`NPK NPK`, `ms/vd`).
    pub fn slugs_text(&self) -> &Text<'a> {
        &self.slugs
    }
    /// Where the sign-off stands.
    pub fn placement(&self) -> Placement {
        self.placement
    }
    /// The slugs, one by one.
    ///
    /// ```
    /// let a = wirecopy::parse("Headline\n\nMumbai, Jun 7 (PTI) It rained. (PTI) ABC DEF\n").unwrap();
    /// assert_eq!(a.signoff().unwrap().slugs().collect::<Vec<_>>(), ["ABC", "DEF"]);
    /// ```
    pub fn slugs(&self) -> impl Iterator<Item = &str> + '_ {
        self.slugs.raw().split_whitespace()
    }

    /// Detaches the value from the input.
    pub fn into_owned(self) -> Signoff<'static> {
        Signoff {
            text: self.text.into_owned(),
            agency: owned(self.agency),
            slugs: self.slugs.into_owned(),
            placement: self.placement,
        }
    }
}

/// Where a sign-off or disclaimer stands relative to the last paragraph.
/// Rendering puts it back there, so that the text reads the same again.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Placement {
    /// At the end of the last paragraph's last line (`… said. (AP) NPK`).
    Inline,
    /// On the last line of the last paragraph's block (wire copy's `REUTER`
    /// right under the text).
    Line,
    /// A block of its own.
    #[default]
    Block,
}

/// The serde default of [`Dateline::gap`] and [`Deck::gap`].
#[cfg(feature = "serde")]
pub(crate) fn one_space() -> Cow<'static, str> {
    Cow::Borrowed(" ")
}

impl Placement {
    #[cfg(feature = "serde")]
    fn inline() -> Self {
        Placement::Inline
    }
}

/// A portal's note that the story came from a syndicated feed.
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Disclaimer<'a> {
    /// The disclaimer as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) text: Text<'a>,
    /// The publisher it names (`Editorji`, `NDTV`, `Business Standard`).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) publisher: Option<Cow<'a, str>>,
    /// Where it stands: [`Placement::Inline`] when it ends the last
    /// paragraph (LatestLY), else [`Placement::Block`].
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) placement: Placement,
}

impl<'a> Disclaimer<'a> {
    /// A disclaimer from its parts, in a block of its own.
    pub fn new(text: impl Into<Text<'a>>, publisher: Option<Cow<'a, str>>) -> Self {
        Disclaimer {
            text: text.into(),
            publisher,
            placement: Placement::Block,
        }
    }

    /// The text of the disclaimer.
    pub fn text(&self) -> &Text<'a> {
        &self.text
    }
    /// The publisher, if the disclaimer (or a portal profile) names one.
    pub fn publisher(&self) -> Option<&str> {
        self.publisher.as_deref()
    }
    /// Where the disclaimer stands.
    pub fn placement(&self) -> Placement {
        self.placement
    }
    /// Detaches the value from the input.
    pub fn into_owned(self) -> Disclaimer<'static> {
        Disclaimer {
            text: self.text.into_owned(),
            publisher: self.publisher.map(owned),
            placement: self.placement,
        }
    }
}

/// A notebook: what an agency puts after the story for editors, not for
/// publication (dpa's `# dpa NOTEBOOK`, the `* * * *` rule and "The
/// following information is not for publication", contacts, links), from
/// where it opens to the end of the story (a sign-off line or a portal's
/// trailers after it read as they do after the body). Its lines are kept
/// as written, trimmed, blank ones left out; rendering writes them as one
/// block after the body and its sign-off block.
///
/// ```
/// let a = wirecopy::parse("Headline\n\nBerlin (dpa) - Talks may fail.\n\n# Notebook\n\n## Internet links\n- [Ministry](http://example.org)\n\ndpa grj rmo")?;
/// let n = a.notebook().unwrap();
/// assert_eq!(n.lines(), ["# Notebook", "## Internet links", "- [Ministry](http://example.org)"]);
/// assert_eq!(a.paragraphs().len(), 1);
/// assert_eq!(a.signoff().unwrap().text().raw(), "dpa grj rmo");
/// # Ok::<(), wirecopy::Error>(())
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Notebook<'a> {
    /// The lines as written, trimmed, without blank ones.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) lines: Vec<Cow<'a, str>>,
}

impl<'a> Notebook<'a> {
    /// A notebook of these lines. Rendering writes each trimmed, so a
    /// notebook reads back the same when its lines are trimmed and none is
    /// blank (as parsing gives them), its first line opens a notebook, and
    /// the article has a body paragraph before it.
    pub fn new(lines: Vec<Cow<'a, str>>) -> Self {
        Notebook { lines }
    }
    /// The lines, as written, trimmed.
    pub fn lines(&self) -> &[Cow<'a, str>] {
        &self.lines
    }
    /// Detaches the value from the input.
    pub fn into_owned(self) -> Notebook<'static> {
        Notebook {
            lines: self.lines.into_iter().map(owned).collect(),
        }
    }
}

/// One entry of a related list (`editorji | World` then a headline).
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct RelatedLink<'a> {
    /// The site named before the `|`.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) source: Option<Cow<'a, str>>,
    /// The section named after the `|`.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) section: Option<Cow<'a, str>>,
    /// The linked headline.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) title: Text<'a>,
}

impl<'a> RelatedLink<'a> {
    /// A link from its parts.
    pub fn new(
        source: Option<Cow<'a, str>>,
        section: Option<Cow<'a, str>>,
        title: impl Into<Text<'a>>,
    ) -> Self {
        RelatedLink {
            source,
            section,
            title: title.into(),
        }
    }
    /// The site.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
    /// The section.
    pub fn section(&self) -> Option<&str> {
        self.section.as_deref()
    }
    /// The headline.
    pub fn title(&self) -> &Text<'a> {
        &self.title
    }
    /// Detaches the value from the input.
    pub fn into_owned(self) -> RelatedLink<'static> {
        RelatedLink {
            source: self.source.map(owned),
            section: self.section.map(owned),
            title: self.title.into_owned(),
        }
    }
}

/// A parsed article. Every part but the headline may be absent.
///
/// Build one with [`crate::parse`], or from parts with [`Article::new`] and
/// the `with_*` methods. The value types compute nothing: after setting
/// parts by hand, [`ArticleParser::credit_agencies`](crate::ArticleParser::credit_agencies)
/// recomputes [`Article::agencies`] with that parser's agencies.
///
/// ```
/// let page = "Headline\n\nSeoul, Aug 13 (AP) Body text. (AP) NPK";
/// let a = wirecopy::parse(page).unwrap();
/// assert_eq!(a.headline(), "Headline");
/// assert_eq!(a.paragraphs()[0].joined(), "Body text.");
/// assert_eq!(a.agencies(), ["AP"]);
/// assert_eq!(a.to_string(), page);
/// ```
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Article<'a> {
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) headline: Cow<'a, str>,
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) timestamp: Option<Timestamp<'a>>,
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) byline: Option<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) dateline: Option<Dateline<'a>>,
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) paragraphs: Vec<Text<'a>>,
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) signoff: Option<Signoff<'a>>,
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) disclaimer: Option<Disclaimer<'a>>,
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) related: Vec<RelatedLink<'a>>,
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub(crate) agencies: Vec<Cow<'a, str>>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    pub(crate) credits: Vec<Text<'a>>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    pub(crate) boilerplate: Vec<Text<'a>>,
    // Keys added after the contract's first ones (serde writes fields in
    // this order).
    #[cfg_attr(
        feature = "serde",
        serde(borrow, default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) deck: Option<Deck<'a>>,
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    pub(crate) lead_credit: Option<LeadCredit<'a>>,
    /// The heading the related list stood under, as written; rendering
    /// writes it back (a custom portal's `Read Next`), or a canonical one.
    #[cfg_attr(
        feature = "serde",
        serde(borrow, default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) related_heading: Option<Cow<'a, str>>,
    /// The line under the byline: the writer's title or affiliation
    /// (`AP Sports Writer`, `Associated Press`), NITF's `byttl`.
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    pub(crate) byline_title: Option<Cow<'a, str>>,
    /// The notebook after the story (dpa's), out of the body.
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    pub(crate) notebook: Option<Notebook<'a>>,
    /// The agency envelope the copy came in (ANPA-1312, IPTC 7901): its
    /// fields; `None` (JSON `null`) for plain text. Boxed: plain text,
    /// the usual case, does not carry its room.
    #[cfg_attr(feature = "serde", serde(borrow, default))]
    pub(crate) envelope: Option<Box<Envelope<'a>>>,
}

impl<'a> Article<'a> {
    /// An article with only a headline.
    pub fn new(headline: impl Into<Cow<'a, str>>) -> Self {
        Article {
            headline: headline.into(),
            timestamp: None,
            byline: None,
            deck: None,
            lead_credit: None,
            dateline: None,
            paragraphs: Vec::new(),
            signoff: None,
            disclaimer: None,
            related: Vec::new(),
            related_heading: None,
            agencies: Vec::new(),
            credits: Vec::new(),
            boilerplate: Vec::new(),
            byline_title: None,
            notebook: None,
            envelope: None,
        }
    }

    /// The headline, trimmed, as written.
    pub fn headline(&self) -> &str {
        &self.headline
    }
    /// The first time in the header.
    pub fn timestamp(&self) -> Option<&Timestamp<'a>> {
        self.timestamp.as_ref()
    }
    /// The byline or desk line (`By Park Ji-won`, `Editorji News Desk`).
    pub fn byline(&self) -> Option<&str> {
        self.byline.as_deref()
    }
    /// The line under the byline in its block: the writer's title or
    /// affiliation (`AP Sports Writer`, `Associated Press`, `Staff
    /// Writer`; NITF calls it `byttl`). Rendering writes it under the
    /// byline, so it is kept only with a byline.
    ///
    /// ```
    /// let a = wirecopy::parse("Heat beat Hawks\n\nBy CHARLES ODUM\nAP Sports Writer\n\nATLANTA (AP) _ Luol Deng scored 30 points.")?;
    /// assert_eq!((a.byline(), a.byline_title()), (Some("By CHARLES ODUM"), Some("AP Sports Writer")));
    /// assert_eq!(a.dateline().unwrap().place(), "ATLANTA");
    /// # Ok::<(), wirecopy::Error>(())
    /// ```
    pub fn byline_title(&self) -> Option<&str> {
        self.byline_title.as_deref()
    }
    /// A deck the feed put before the credit or dateline.
    pub fn deck(&self) -> Option<&Deck<'a>> {
        self.deck.as_ref()
    }
    /// The feed's source credit before the story (`AP - `).
    pub fn lead_credit(&self) -> Option<&LeadCredit<'a>> {
        self.lead_credit.as_ref()
    }
    /// The dateline.
    pub fn dateline(&self) -> Option<&Dateline<'a>> {
        self.dateline.as_ref()
    }
    /// Body paragraphs: no dateline, sign-off, disclaimer, credit or link.
    pub fn paragraphs(&self) -> &[Text<'a>] {
        &self.paragraphs
    }
    /// The sign-off.
    pub fn signoff(&self) -> Option<&Signoff<'a>> {
        self.signoff.as_ref()
    }
    /// The portal's syndication disclaimer.
    pub fn disclaimer(&self) -> Option<&Disclaimer<'a>> {
        self.disclaimer.as_ref()
    }
    /// The related-links list.
    pub fn related(&self) -> &[RelatedLink<'a>] {
        &self.related
    }
    /// The heading the related list stood under, as written.
    pub fn related_heading(&self) -> Option<&str> {
        self.related_heading.as_deref()
    }
    /// Every agency credited anywhere, normalised (`Reuter` → `Reuters`),
    /// deduplicated, in the order byline, lead credit, dateline, sign-off,
    /// credits, disclaimer. Only agencies the parser's lexicon knows.
    pub fn agencies(&self) -> &[Cow<'a, str>] {
        &self.agencies
    }
    /// Credit lines: `(With inputs from PTI)`, `(Reporting by …; Editing by …)`.
    pub fn credits(&self) -> &[Text<'a>] {
        &self.credits
    }
    /// In-body boilerplate kept out of the body: `Also Read | …`,
    /// `Image Credit: …`.
    pub fn boilerplate(&self) -> &[Text<'a>] {
        &self.boilerplate
    }
    /// What the agency put after the story for editors, not for
    /// publication (see [`Notebook`]), out of the body. The sign-off line
    /// dpa puts after it is the article's sign-off.
    pub fn notebook(&self) -> Option<&Notebook<'a>> {
        self.notebook.as_ref()
    }
    /// The agency envelope the copy came in, when [`parse_bytes`](crate::parse_bytes)
    /// opened one (ANPA-1312, IPTC 7901): format, service, sequence number,
    /// priority, category, slug or keyword, take key, word count, notes to
    /// editors, filing time. `None` for plain text.
    ///
    /// The envelope is transport, not copy: the canonical text
    /// (`Display`) does not write it, so an article read from an envelope
    /// renders to text that reads back as the same article without it.
    ///
    /// ```
    /// let bytes = b"\x01eca062 4 i 211\r\n\r\nGermany-politics/\r\n\x02Talks could fail =\r\n\r\n   Berlin (dpa) - Talks may fail.\r\n\x03131137 GMT Nov 13\r\n\x04";
    /// let a = wirecopy::parse_bytes(bytes)?;
    /// let env = a.envelope().unwrap();
    /// assert_eq!((env.format().name(), env.sequence(), env.slug()), ("IPTC 7901", Some("062"), Some("Germany-politics/")));
    /// assert_eq!(env.filing_time(), Some("131137 GMT Nov 13"));
    /// assert_eq!(wirecopy::parse(&a.to_string())?, a.clone().with_envelope(None));
    /// assert!(wirecopy::parse("Headline\n\nBody.")?.envelope().is_none());
    /// # Ok::<(), wirecopy::Error>(())
    /// ```
    pub fn envelope(&self) -> Option<&Envelope<'a>> {
        self.envelope.as_deref()
    }

    /// Sets the timestamp.
    pub fn with_timestamp(mut self, t: Option<Timestamp<'a>>) -> Self {
        self.timestamp = t;
        self
    }
    /// Sets the byline.
    pub fn with_byline(mut self, b: Option<Cow<'a, str>>) -> Self {
        self.byline = b;
        self
    }
    /// Sets the line under the byline (see [`Article::byline_title`]).
    pub fn with_byline_title(mut self, t: Option<Cow<'a, str>>) -> Self {
        self.byline_title = t;
        self
    }
    /// Sets the deck.
    pub fn with_deck(mut self, d: Option<Deck<'a>>) -> Self {
        self.deck = d;
        self
    }
    /// Sets the lead credit.
    pub fn with_lead_credit(mut self, c: Option<LeadCredit<'a>>) -> Self {
        self.lead_credit = c;
        self
    }
    /// Sets the dateline.
    pub fn with_dateline(mut self, d: Option<Dateline<'a>>) -> Self {
        self.dateline = d;
        self
    }
    /// Sets the paragraphs.
    pub fn with_paragraphs(mut self, p: Vec<Text<'a>>) -> Self {
        self.paragraphs = p;
        self
    }
    /// Sets the sign-off.
    pub fn with_signoff(mut self, s: Option<Signoff<'a>>) -> Self {
        self.signoff = s;
        self
    }
    /// Sets the disclaimer.
    pub fn with_disclaimer(mut self, d: Option<Disclaimer<'a>>) -> Self {
        self.disclaimer = d;
        self
    }
    /// Sets the related list.
    pub fn with_related(mut self, r: Vec<RelatedLink<'a>>) -> Self {
        self.related = r;
        self
    }
    /// Sets the heading the related list is rendered under (`None`: the
    /// canonical one for its shape).
    pub fn with_related_heading(mut self, h: Option<Cow<'a, str>>) -> Self {
        self.related_heading = h;
        self
    }
    /// Sets the credit lines.
    pub fn with_credits(mut self, c: Vec<Text<'a>>) -> Self {
        self.credits = c;
        self
    }
    /// Sets the boilerplate lines.
    pub fn with_boilerplate(mut self, b: Vec<Text<'a>>) -> Self {
        self.boilerplate = b;
        self
    }
    /// Sets the notebook (see [`Article::notebook`]).
    pub fn with_notebook(mut self, n: Option<Notebook<'a>>) -> Self {
        self.notebook = n;
        self
    }
    /// Sets the envelope (see [`Article::envelope`]).
    pub fn with_envelope(mut self, e: Option<Envelope<'a>>) -> Self {
        self.envelope = e.map(Box::new);
        self
    }

    /// Sets the normalised agencies the article credits. Parsing computes
    /// them; [`ArticleParser::credit_agencies`](crate::ArticleParser::credit_agencies)
    /// recomputes them from the parts with a parser's lexicon.
    pub fn with_agencies(mut self, agencies: Vec<Cow<'a, str>>) -> Self {
        self.agencies = agencies;
        self
    }

    /// Reads an article from any serde deserializer into an
    /// `Article<'static>`: from a reader or a `serde_json::Value`, where
    /// nothing can be borrowed.
    ///
    /// ```
    /// let a = wirecopy::parse("Headline\n\nKochi, Mar 14 (PTI) Rain fell.")?;
    /// let json = serde_json::to_vec(&a).unwrap();
    /// let mut de = serde_json::Deserializer::from_reader(&json[..]);
    /// let owned = wirecopy::Article::deserialize_owned(&mut de).unwrap();
    /// assert_eq!(owned, a);
    /// let value = serde_json::to_value(&a).unwrap();
    /// assert_eq!(wirecopy::Article::deserialize_owned(value).unwrap(), a);
    /// # Ok::<(), wirecopy::Error>(())
    /// ```
    #[cfg(feature = "serde")]
    pub fn deserialize_owned<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Article<'static>, D::Error> {
        <Article<'de> as serde::Deserialize<'de>>::deserialize(deserializer)
            .map(Article::into_owned)
    }

    /// Detaches the article from the input (and from the parser).
    pub fn into_owned(self) -> Article<'static> {
        Article {
            headline: owned(self.headline),
            timestamp: self.timestamp.map(Timestamp::into_owned),
            byline: self.byline.map(owned),
            deck: self.deck.map(Deck::into_owned),
            lead_credit: self.lead_credit.map(LeadCredit::into_owned),
            dateline: self.dateline.map(Dateline::into_owned),
            paragraphs: self.paragraphs.into_iter().map(Text::into_owned).collect(),
            signoff: self.signoff.map(Signoff::into_owned),
            disclaimer: self.disclaimer.map(Disclaimer::into_owned),
            related: self
                .related
                .into_iter()
                .map(RelatedLink::into_owned)
                .collect(),
            related_heading: self.related_heading.map(owned),
            agencies: self.agencies.into_iter().map(owned).collect(),
            credits: self.credits.into_iter().map(Text::into_owned).collect(),
            boilerplate: self.boilerplate.into_iter().map(Text::into_owned).collect(),
            byline_title: self.byline_title.map(owned),
            notebook: self.notebook.map(Notebook::into_owned),
            envelope: self.envelope.map(|e| Box::new(e.into_owned())),
        }
    }
}

/// The gap the canonical form puts after a separator.
fn canonical_gap(separator: &str) -> Cow<'static, str> {
    match separator {
        "" => Cow::Borrowed(" "),
        ":" => Cow::Borrowed(": "),
        sep => Cow::Owned(format!(" {sep} ")),
    }
}

fn owned(c: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(c.into_owned())
}
