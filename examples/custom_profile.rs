//! Extending wirecopy from another crate, without forking it:
//!
//! 1. add an agency (MENA, the Middle East News Agency);
//! 2. add a portal (its timestamp label and format, disclaimer, desk and
//!    related-list heading);
//! 3. build a parser for a format of one's own from `wirecopy::grammar`.
//!
//! Run with `cargo run --example custom_profile`.

use nom::bytes::complete::{tag, take_until};
use nom::error::{ContextError, ErrorKind, ParseError};
use nom::{IResult, Parser};
use wirecopy::{Agency, ArticleParser, Dateline, Portal, RelatedShape};

const PAGE: &str = "\
Egypt opens new Suez Canal service lane

Filed: 2025.03.03 10:15
|
Nile Post Wire Desk

CAIRO, March 3 (MENA) - Egypt opened a new service lane on the southern stretch of the Suez Canal on Monday, the canal authority said.

The lane will let smaller vessels bypass convoys during maintenance work, officials said. MENA HSK

(With inputs from Middle East News Agency)

(Nile Post ran this wire story unedited.)

More Nile Stories

Cairo metro line 4 begins trial runs";

fn main() {
    // 1 and 2: an agency and a portal, as data.
    let parser = ArticleParser::new()
        .with_agency(Agency::new("MENA").alias("Middle East News Agency"))
        .with_portal(
            Portal::new("Nile Post")
                .timestamp_label("Filed")
                .timestamp_format("%Y.%m.%d %H:%M")
                .disclaimer("(Nile Post ran this wire story unedited.)", "Nile Post")
                .desk("Nile Post Wire Desk")
                .related_list("More Nile Stories", RelatedShape::Title),
        );
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
        "related:    {:?}",
        article
            .related()
            .iter()
            .map(|l| l.title().to_string())
            .collect::<Vec<_>>()
    );
    println!("agencies:   {:?}", article.agencies());

    // 3: a format of one's own, with an error type of one's own.
    let (_, (headline, d)) =
        digest::<MyError>("Suez lane opens | CAIRO, March 3 (MENA)").expect("a digest line");
    println!(
        "digest:     {headline:?} from {:?} ({:?})",
        d.place(),
        d.agencies()
    );
    match digest::<MyError>("no separator here") {
        Err(nom::Err::Error(e)) => println!("error:      {}", e.0),
        other => println!("unexpected: {other:?}"),
    }
}

/// `HEADLINE | CITY, Mon DD (AGENCY)`, composed from wirecopy's grammar.
fn digest<'a, E: ParseError<&'a str> + ContextError<&'a str>>(
    i: &'a str,
) -> IResult<&'a str, (&'a str, Dateline<'a>), E> {
    (
        take_until(" | "),
        tag(" | "),
        wirecopy::rules::dateline::dateline,
    )
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
