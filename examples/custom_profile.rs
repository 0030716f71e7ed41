//! Extending wirecopy from another crate, without forking it:
//!
//! 1. add an agency (ZNA, the Zembla News Agency);
//! 2. add a portal (its timestamp label, disclaimer, desk and related-list
//!    heading) whose pages render back byte for byte;
//! 3. name a time zone the lexicon does not know;
//! 4. add rules of one's own: a sign-off `-- ZNA/hk/ms` and a bracketed
//!    dateline `[ZEMBLA CITY | 3 March]`;
//! 5. compose the rules' nom parsers, with the parser's lexicon and an error
//!    type of one's own.
//!
//! Run with `cargo run --example custom_profile`.

use chrono::FixedOffset;
use nom::bytes::complete::{tag, take_until};
use nom::error::{ContextError, ErrorKind, ParseError};
use nom::{IResult, Parser};
use wirecopy::rules::Grammar;
use wirecopy::{
    Agency, ArticleParser, Dateline, Lexicon, Placement, Portal, RelatedShape, Rule, Signoff,
};

const PAGE: &str = "\
Zembla opens new port terminal

Posted: 03/03/2025 10:15 GWT
|
Zembla Times Wire Desk

ZEMBLA CITY, March 3 (ZNA) - Zembla opened a new terminal at its main port on Monday, the port authority said.

The terminal will let larger ships call from May, officials said. -- ZNA/hk/ms

(Zembla Times ran this wire story unedited.)

Read Next

Ferry fares rise for the summer";

/// Anadolu-style sign-off: `-- AGENCY/desk/desk`.
#[derive(Debug)]
struct SlashSignoff;

impl Rule for SlashSignoff {
    fn signoff<'a>(&self, p: &'a str, lex: &Lexicon) -> Option<(&'a str, Signoff<'a>)> {
        let at = p.rfind("-- ")?;
        let tail = &p[at..];
        let (agency, desks) = tail[3..].split_once('/')?;
        // Only an agency this parser knows.
        lex.agencies().find(agency)?;
        let before = p[..at].trim_end();
        let placement = if before.is_empty() {
            Placement::Block
        } else {
            Placement::Inline
        };
        Some((before, Signoff::new(tail, agency, desks, placement)))
    }
}

/// A portal's own dateline: `[ZEMBLA CITY | 3 March] `.
#[derive(Debug)]
struct BracketDateline;

impl Rule for BracketDateline {
    fn dateline<'a>(&self, text: &'a str, _: &Lexicon) -> Option<(Dateline<'a>, &'a str)> {
        let inner = text.strip_prefix('[')?;
        let close = inner.find(']')?;
        let (place, _date) = inner[..close].split_once(" | ")?;
        let rest = inner[close + 1..].strip_prefix(' ')?;
        Some((
            Dateline::new(&text[..close + 2], place, None, Vec::new(), ""),
            rest,
        ))
    }
}

fn main() {
    // 1 to 4: an agency, a portal, a zone and two rules, as values.
    let parser = ArticleParser::new()
        .with_agency(Agency::new("ZNA").alias("Zembla News Agency"))
        .with_portal(
            Portal::new("Zembla Times")
                .timestamp_label("Posted")
                .disclaimer(
                    "(Zembla Times ran this wire story unedited.)",
                    "Zembla Times",
                )
                .desk("Zembla Times Wire Desk")
                .related_list("Read Next", RelatedShape::Title),
        )
        .with_zone("GWT", FixedOffset::east_opt(3600).expect("a valid offset"))
        .with_rule(SlashSignoff)
        .with_rule(BracketDateline);

    let article = parser.parse(PAGE).expect("the page parses");
    println!("headline:   {}", article.headline());
    println!(
        "timestamp:  {:?}",
        article
            .timestamp()
            .and_then(|t| t.datetime())
            .map(|d| d.to_string())
    );
    println!("byline:     {:?}", article.byline());
    println!("dateline:   {:?}", article.dateline().map(Dateline::text));
    println!(
        "sign-off:   {:?}",
        article.signoff().map(|s| s.text().to_string())
    );
    println!(
        "publisher:  {:?}",
        article.disclaimer().and_then(|d| d.publisher())
    );
    println!(
        "related:    {:?} under {:?}",
        article.related().len(),
        article.related_heading()
    );
    println!("agencies:   {:?}", article.agencies());
    let rendered = article.to_string();
    println!("renders back byte for byte: {}", rendered == PAGE);
    assert_eq!(rendered, PAGE);

    // The custom dateline rule, tried before the built-in one.
    let bracketed = parser
        .parse("Port opens\n\n[ZEMBLA CITY | 3 March] The port opened.")
        .expect("parses");
    println!(
        "bracketed:  {:?}",
        bracketed.dateline().map(|d| d.place().to_owned())
    );

    // 5: a format of one's own from the rules' parsers, with this parser's
    // lexicon and an error type of one's own.
    let g = Grammar::new(parser.lexicon());
    let (_, (headline, d)) =
        digest::<MyError>(g, "Port opens | ZEMBLA CITY, March 3 (ZNA)").expect("a digest line");
    println!(
        "digest:     {headline:?} from {:?} ({:?})",
        d.place(),
        d.agencies()
    );
    match digest::<MyError>(g, "no separator here") {
        Err(nom::Err::Error(e)) => println!("error:      {}", e.0),
        other => println!("unexpected: {other:?}"),
    }
}

/// `HEADLINE | CITY, Mon DD (AGENCY)`, composed from wirecopy's rules.
fn digest<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    g: Grammar<'a>,
    i: &'a str,
) -> IResult<&'a str, (&'a str, Dateline<'a>), E> {
    (take_until(" | "), tag(" | "), g.dateline(false))
        .map(|(headline, _, d)| (headline, d))
        .parse(i)
}

/// A caller's own error type: a message naming what was expected.
#[derive(Debug)]
struct MyError(String);

impl<'a> ParseError<&'a str> for MyError {
    fn from_error_kind(input: &'a str, kind: ErrorKind) -> Self {
        MyError(format!("{kind:?} at {input:?}"))
    }
    fn append(input: &'a str, kind: ErrorKind, other: Self) -> Self {
        MyError(format!("{}, then {kind:?} at {input:?}", other.0))
    }
}

impl<'a> ContextError<&'a str> for MyError {
    fn add_context(_input: &'a str, ctx: &'static str, other: Self) -> Self {
        MyError(format!("expected {ctx}: {}", other.0))
    }
}
