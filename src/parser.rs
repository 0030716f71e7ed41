//! The configurable parser: which agencies and portals it knows, and how
//! large an input it accepts.

use std::sync::{Arc, LazyLock};

use chrono::FixedOffset;

use crate::error::{Error, ErrorKind};
use crate::lexicon::{Agencies, Agency, Lexicon, Portal};
use crate::model::Article;
use crate::page::{Context, Gates};
use crate::rules::custom::Rule;

/// The default size limit: 16 MiB.
pub const DEFAULT_MAX_SIZE: usize = 16 * 1024 * 1024;

static BUILTIN: LazyLock<ArticleParser> =
    LazyLock::new(|| ArticleParser::with_lexicon(Lexicon::builtin().clone()));

/// A parser: a [`Lexicon`] (agencies, portals, zones), the rules added to
/// it, and a size limit.
///
/// [`ArticleParser::builtin`] is what [`crate::parse`] uses; `new()` starts
/// from a copy of it to add to.
///
/// ```
/// use wirecopy::{Agency, ArticleParser};
/// let parser = ArticleParser::new().with_agency(Agency::new("MENA"));
/// let a = parser.parse("Headline\n\nCAIRO, March 3 (MENA) - Egypt said.\n").unwrap();
/// assert_eq!(a.agencies(), ["MENA"]);
/// ```
///
/// It is also a [`nom::Parser`] that consumes all of its input, so it
/// composes with other nom parsers, with any error type that can carry the
/// crate's [`Error`] (`nom::error::FromExternalError<&str, Error>`):
///
/// ```
/// use nom::{Parser, bytes::complete::tag, sequence::preceded};
/// let parser = wirecopy::ArticleParser::builtin();
/// let (_, a) = preceded(tag::<_, _, nom::error::Error<&str>>("---\n"), parser).parse("---\nHeadline\n\nBody.\n").unwrap();
/// assert_eq!(a.headline(), "Headline");
/// ```
#[derive(Debug, Clone)]
pub struct ArticleParser {
    lexicon: Lexicon,
    gates: Gates,
    rules: Vec<Arc<dyn Rule>>,
    max_size: usize,
}

impl Default for ArticleParser {
    fn default() -> Self {
        ArticleParser::new()
    }
}

impl ArticleParser {
    /// The shared parser with the built-in agencies and portals.
    pub fn builtin() -> &'static ArticleParser {
        &BUILTIN
    }

    /// A parser with the built-in agencies and portals, to add to.
    pub fn new() -> Self {
        BUILTIN.clone()
    }

    /// A parser that knows no agency and no portal: only the shapes of the
    /// grammar are recognised.
    pub fn empty() -> Self {
        ArticleParser::with_lexicon(Lexicon::empty())
    }

    /// A parser over `lexicon`, with no rules of its own.
    pub fn with_lexicon(lexicon: Lexicon) -> Self {
        ArticleParser {
            gates: Gates::new(&lexicon),
            lexicon,
            rules: Vec::new(),
            max_size: DEFAULT_MAX_SIZE,
        }
    }

    /// Changes the lexicon and rebuilds the gates derived from it.
    fn map_lexicon(mut self, f: impl FnOnce(Lexicon) -> Lexicon) -> Self {
        self.lexicon = f(std::mem::replace(&mut self.lexicon, Lexicon::empty()));
        self.gates = Gates::new(&self.lexicon);
        self
    }

    /// Adds an agency.
    pub fn with_agency(self, agency: Agency) -> Self {
        self.map_lexicon(|l| l.with_agency(agency))
    }

    /// Adds a portal profile; it is consulted before the ones already there.
    pub fn with_portal(self, portal: Portal) -> Self {
        self.map_lexicon(|l| l.with_portal(portal))
    }

    /// Names a time zone (see [`Lexicon::with_zone`]).
    pub fn with_zone(
        self,
        name: impl Into<std::borrow::Cow<'static, str>>,
        offset: FixedOffset,
    ) -> Self {
        self.map_lexicon(|l| l.with_zone(name, offset))
    }

    /// Adds a rule of your own, tried before the built-in ones and after
    /// the rules added before it (see [`Rule`]).
    pub fn with_rule(mut self, rule: impl Rule + 'static) -> Self {
        self.rules.push(Arc::new(rule));
        self
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Recomputes an article's [`agencies`](Article::agencies) from its
    /// parts with this parser's agencies (after changing parts by hand):
    /// byline, dateline, sign-off, credit lines, disclaimer, in that order,
    /// each normalised to its agency's name.
    ///
    /// ```
    /// use wirecopy::{Agency, Article, ArticleParser, Placement, Signoff};
    /// let parser = ArticleParser::new().with_agency(Agency::new("Anadolu").alias("AA"));
    /// let a = Article::new("Headline").with_signoff(Some(Signoff::new("-- AA/hk", "AA", "hk", Placement::Inline)));
    /// assert_eq!(parser.credit_agencies(a).agencies(), ["Anadolu"]);
    /// ```
    pub fn credit_agencies<'a>(&'a self, article: Article<'a>) -> Article<'a> {
        let agencies = crate::page::collect_agencies(&article, self.lexicon.agencies());
        article.with_agencies(agencies)
    }

    /// Sets the largest input accepted, in bytes.
    pub fn with_max_size(mut self, bytes: usize) -> Self {
        self.max_size = bytes;
        self
    }

    /// The agencies this parser knows.
    pub fn agencies(&self) -> &Agencies {
        self.lexicon.agencies()
    }

    /// The portals this parser knows, the latest added first.
    pub fn portals(&self) -> &[Portal] {
        self.lexicon.portals()
    }

    /// The size limit in bytes.
    pub fn max_size(&self) -> usize {
        self.max_size
    }

    /// What the page grammar works with.
    fn context(&self) -> Context<'_> {
        Context {
            lexicon: &self.lexicon,
            gates: &self.gates,
            rules: &self.rules,
        }
    }

    /// Parses one article. See [`crate::parse`].
    pub fn parse<'a>(&'a self, input: &'a str) -> Result<Article<'a>, Error> {
        if input.len() > self.max_size {
            return Err(too_large(input, self.max_size));
        }
        crate::page::article(input, self.context())
    }

    /// Parses a story whose headline comes apart from its body, as dumps
    /// and extractors give them (a `title` field beside the text). The body
    /// is read from its first line on: none of it is taken for the
    /// headline. Zero-copy over both.
    ///
    /// ```
    /// let p = wirecopy::ArticleParser::builtin();
    /// let body = "WASHINGTON (Reuters) - The Fed held rates.\nIt meets again in June.\n(Reporting by Anna Keller; Editing by Tom Hughes)";
    /// let a = p.parse_titled("Fed holds rates", body)?;
    /// assert_eq!(a.headline(), "Fed holds rates");
    /// assert_eq!(a.dateline().unwrap().place(), "WASHINGTON");
    /// assert_eq!(a.paragraphs().len(), 2);
    /// assert_eq!(a.credits().len(), 1);
    /// # Ok::<(), wirecopy::Error>(())
    /// ```
    pub fn parse_titled<'a>(&'a self, title: &'a str, body: &'a str) -> Result<Article<'a>, Error> {
        if title.len() + body.len() > self.max_size {
            return Err(too_large(body, self.max_size));
        }
        if crate::text::trim(title).is_empty() {
            let kind = if title.is_empty() {
                ErrorKind::Empty
            } else {
                ErrorKind::Blank
            };
            return Err(Error::at(kind, title, 0));
        }
        let body = body.strip_prefix('\u{feff}').unwrap_or(body);
        crate::page::article_apart(Some(title), None, body, self.context())
    }

    /// Parses one article from bytes. See [`crate::parse_bytes`].
    ///
    /// Copy in an agency envelope (ANPA-1312, IPTC 7901) is opened first:
    /// its text is decoded by the envelope's rules (UTF-8, else
    /// Windows-1252), its header lines give the headline and byline, and the
    /// story inside is read by the page grammar. Such an article owns its
    /// text (the decoded copy does not outlive the call). An XML news
    /// document (NITF, NewsML) is an error naming its format.
    pub fn parse_bytes<'a>(&'a self, input: &'a [u8]) -> Result<Article<'a>, Error> {
        let envelope = if input.len() <= self.max_size {
            crate::envelope::open(input)
        } else {
            Ok(None)
        };
        match envelope {
            Err(crate::envelope::EnvelopeError::Xml(format)) => {
                return Err(Error::at(ErrorKind::Xml { format }, "", 0));
            }
            Ok(Some(opened)) => {
                let (envelope, story) = opened.read();
                // A byline the page grammar would read as one (so that the
                // rendering reads back the same), with the title or
                // affiliation line under it when it reads as one.
                let lex = self.lexicon();
                let byline = story
                    .bylines()
                    .first()
                    .copied()
                    .filter(|b| crate::rules::header::byline_line_in(b, lex).is_some())
                    .map(|b| {
                        let title =
                            story.bylines().get(1).copied().filter(|t| {
                                crate::rules::header::byline_title_line(t, lex).is_some()
                            });
                        (b, title)
                    });
                // IPTC 7901 sets its notebook and the sign-off after it
                // apart from the body: they are read after it.
                let tail = crate::page::EnvelopeTail {
                    trailer: story.trailer(),
                    signoff: story.signoff_apart(),
                };
                let mut article = crate::page::envelope_article(
                    story.headline(),
                    byline,
                    story.body(),
                    tail,
                    self.context(),
                )?;
                article.envelope = Some(Box::new(envelope.fields_only()));
                return Ok(article.into_owned());
            }
            _ => {}
        }
        if input.len() > self.max_size {
            let valid = valid_prefix(&input[..self.max_size.min(input.len())]);
            return Err(Error::at(
                ErrorKind::TooLarge {
                    size: input.len(),
                    limit: self.max_size,
                },
                valid,
                self.max_size,
            ));
        }
        let (bom, text) = match input.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (3, rest),
            None => (0, input),
        };
        match std::str::from_utf8(text) {
            Ok(text) => self.parse(text).map_err(|e| e.shifted(bom)),
            Err(e) => {
                let at = e.valid_up_to();
                let valid = valid_prefix(&text[..at]);
                Err(Error::at(ErrorKind::InvalidUtf8 { byte: text[at] }, valid, at).shifted(bom))
            }
        }
    }
}

fn valid_prefix(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
    }
}

fn too_large(input: &str, limit: usize) -> Error {
    Error::at(
        ErrorKind::TooLarge {
            size: input.len(),
            limit,
        },
        input,
        limit,
    )
}

impl ArticleParser {
    /// This parser as a [`nom::Parser`] with the error type of your choice:
    /// the crate's [`Error`] reaches it through
    /// [`FromExternalError`](nom::error::FromExternalError), with the input
    /// at the error's offset and [`ErrorKind::Verify`](nom::error::ErrorKind::Verify).
    ///
    /// ```
    /// use nom::Parser;
    /// use nom::error::{ErrorKind, FromExternalError, ParseError};
    ///
    /// #[derive(Debug)]
    /// enum MyError { Nom, Article(String) }
    /// impl<I> ParseError<I> for MyError {
    ///     fn from_error_kind(_: I, _: ErrorKind) -> Self { MyError::Nom }
    ///     fn append(_: I, _: ErrorKind, other: Self) -> Self { other }
    /// }
    /// impl<I> FromExternalError<I, wirecopy::Error> for MyError {
    ///     fn from_external_error(_: I, _: ErrorKind, e: wirecopy::Error) -> Self { MyError::Article(e.to_string()) }
    /// }
    ///
    /// let err = wirecopy::ArticleParser::builtin().nom::<MyError>().parse("   \n").unwrap_err();
    /// let nom::Err::Error(MyError::Article(msg)) = err else { panic!() };
    /// assert_eq!(msg, "line 1, column 1: expected a headline, found a blank line");
    /// ```
    pub fn nom<'a, E>(&'a self) -> impl nom::Parser<&'a str, Output = Article<'a>, Error = E>
    where
        E: nom::error::ParseError<&'a str> + nom::error::FromExternalError<&'a str, Error>,
    {
        NomArticle {
            parser: self,
            error: std::marker::PhantomData,
        }
    }
}

/// [`ArticleParser::nom`]'s parser.
struct NomArticle<'a, E> {
    parser: &'a ArticleParser,
    error: std::marker::PhantomData<fn() -> E>,
}

impl<'a, E> nom::Parser<&'a str> for NomArticle<'a, E>
where
    E: nom::error::ParseError<&'a str> + nom::error::FromExternalError<&'a str, Error>,
{
    type Output = Article<'a>;
    type Error = E;

    fn process<OM: nom::OutputMode>(
        &mut self,
        input: &'a str,
    ) -> nom::PResult<OM, &'a str, Self::Output, Self::Error> {
        nom_process::<OM, E>(self.parser, input)
    }
}

/// The parse as nom sees it: all of `input` consumed, or an error at the
/// crate error's offset carrying that error.
fn nom_process<'a, OM: nom::OutputMode, E>(
    parser: &'a ArticleParser,
    input: &'a str,
) -> nom::PResult<OM, &'a str, Article<'a>, E>
where
    E: nom::error::ParseError<&'a str> + nom::error::FromExternalError<&'a str, Error>,
{
    use nom::Mode;
    match parser.parse(input) {
        Ok(article) => Ok((&input[input.len()..], OM::Output::bind(|| article))),
        Err(e) => {
            let mut off = e.offset().min(input.len());
            while !input.is_char_boundary(off) {
                off -= 1;
            }
            let at = &input[off..];
            Err(nom::Err::Error(OM::Error::bind(|| {
                E::from_external_error(at, nom::error::ErrorKind::Verify, e)
            })))
        }
    }
}

/// `&ArticleParser` is a nom parser with nom's own error type; see
/// [`ArticleParser::nom`] for an error type of your choice.
impl<'a> nom::Parser<&'a str> for &'a ArticleParser {
    type Output = Article<'a>;
    type Error = nom::error::Error<&'a str>;

    fn process<OM: nom::OutputMode>(
        &mut self,
        input: &'a str,
    ) -> nom::PResult<OM, &'a str, Self::Output, Self::Error> {
        nom_process::<OM, Self::Error>(self, input)
    }
}
