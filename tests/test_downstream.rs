//! What a downstream crate can do with the public API alone: an agency, a
//! portal that renders back byte for byte, a zone, rules of its own for a
//! sign-off, a dateline and a block kind, and the rules' nom parsers with a
//! lexicon and an error type of its own.

use std::borrow::Cow;

use chrono::FixedOffset;
use nom::error::{ContextError, ErrorKind, FromExternalError, ParseError};
use nom::{IResult, Parser};
use wirecopy::rules::Grammar;
use wirecopy::{
    Agency, Article, ArticleParser, BlockKind, Dateline, Lexicon, Placement, Portal, RelatedShape,
    Rule, Signoff,
};

fn zembla() -> Agency {
    Agency::new("Zembla")
        .alias("ZNA")
        .alias("Zembla News Agency")
}

fn zembla_times() -> Portal {
    Portal::new("Zembla Times")
        .timestamp_label("Posted")
        .disclaimer(
            "(Zembla Times ran this wire story unedited.)",
            "Zembla Times",
        )
        .related_list("Read Next", RelatedShape::Title)
}

/// `-- ZNA/hk/ms`: the agency, then desk initials after slashes.
#[derive(Debug)]
struct SlashSignoff;

impl Rule for SlashSignoff {
    fn signoff<'a>(&self, p: &'a str, lex: &Lexicon) -> Option<(&'a str, Signoff<'a>)> {
        let at = p.rfind("-- ")?;
        let tail = &p[at..];
        let (agency, desks) = tail[3..].split_once('/')?;
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

/// `[ZEMBLA CITY | 2 May] `: a bracketed dateline of one portal.
#[derive(Debug)]
struct BracketDateline;

impl Rule for BracketDateline {
    fn dateline<'a>(&self, text: &'a str, _: &Lexicon) -> Option<(Dateline<'a>, &'a str)> {
        let inner = text.strip_prefix('[')?;
        let close = inner.find(']')?;
        let (place, _date) = inner[..close].split_once(" | ")?;
        let rest = inner[close + 1..].strip_prefix(' ')?;
        let d = Dateline::new(&text[..close + 2], place, None, Vec::new(), "");
        Some((d, rest))
    }
}

/// `Follow us on …` lines are boilerplate.
#[derive(Debug)]
struct FollowUs;

impl Rule for FollowUs {
    fn block(&self, block: &str, _: &Lexicon) -> Option<BlockKind> {
        block
            .starts_with("Follow us on ")
            .then_some(BlockKind::Boilerplate)
    }
}

const PORTAL_PAGE: &str = "\
Zembla opens a new port

Posted: 03/03/2025 10:15 GWT

ZEMBLA CITY, March 3 (ZNA) - The port opened on Monday.

Ships will call from May. -- ZNA/hk/ms

(Zembla Times ran this wire story unedited.)

Read Next

Rain in the north

Ferry fares rise";

fn parser() -> ArticleParser {
    ArticleParser::new()
        .with_agency(zembla())
        .with_portal(zembla_times())
        .with_rule(SlashSignoff)
}

#[test]
fn an_added_agency_is_normalised_by_the_parser_that_knows_it() {
    let p = parser();
    let a = p.parse(PORTAL_PAGE).unwrap();
    assert_eq!(a.dateline().unwrap().agencies(), ["ZNA"]);
    assert_eq!(a.agencies(), ["Zembla"]);
    // The built-in parser does not know it: the code stays in the dateline
    // as written, and no agency is reported.
    let b = wirecopy::parse(PORTAL_PAGE).unwrap();
    assert_eq!(b.dateline().unwrap().agencies(), ["ZNA"]);
    assert!(b.agencies().is_empty());
}

#[test]
fn a_custom_portal_renders_back_byte_for_byte() {
    for parser in [
        parser(),
        ArticleParser::empty()
            .with_agency(zembla())
            .with_portal(zembla_times())
            .with_rule(SlashSignoff),
    ] {
        let a = parser.parse(PORTAL_PAGE).unwrap();
        let t = a.timestamp().unwrap();
        assert_eq!(
            (t.label(), t.text()),
            (Some("Posted"), "03/03/2025 10:15 GWT")
        );
        assert_eq!(a.disclaimer().unwrap().publisher(), Some("Zembla Times"));
        assert_eq!(a.related().len(), 2);
        assert_eq!(a.related_heading(), Some("Read Next"));
        assert_eq!(a.to_string(), PORTAL_PAGE);
        assert_eq!(parser.parse(&a.to_string()).unwrap(), a);
    }
}

#[test]
fn a_zone_the_lexicon_does_not_know_stays_in_the_text() {
    let p = parser();
    let a = p.parse(PORTAL_PAGE).unwrap();
    let dt = a.timestamp().unwrap().datetime().unwrap();
    assert_eq!(dt.offset(), None);
    assert_eq!(dt.to_string(), "2025-03-03T10:15:00");
    // Named, it gives the offset.
    let p = parser().with_zone("GWT", FixedOffset::east_opt(3600).unwrap());
    let a = p.parse(PORTAL_PAGE).unwrap();
    assert_eq!(
        a.timestamp().unwrap().datetime().unwrap().to_string(),
        "2025-03-03T10:15:00+01:00"
    );
    assert_eq!(a.to_string(), PORTAL_PAGE);
}

#[test]
fn a_custom_signoff_rule_reads_and_renders_back() {
    let p = parser();
    let a = p.parse(PORTAL_PAGE).unwrap();
    let s = a.signoff().unwrap();
    assert_eq!((s.agency(), s.text().raw()), ("ZNA", "-- ZNA/hk/ms"));
    assert_eq!(s.slugs().collect::<Vec<_>>(), ["hk/ms"]);
    assert_eq!(a.paragraphs()[1].joined(), "Ships will call from May.");
    // Without the rule the sign-off stays in the body.
    let plain = ArticleParser::new()
        .with_agency(zembla())
        .with_portal(zembla_times());
    let b = plain.parse(PORTAL_PAGE).unwrap();
    assert!(b.signoff().is_none());
    assert!(b.paragraphs()[1].joined().ends_with("-- ZNA/hk/ms"));
}

#[test]
fn setters_leave_agencies_to_the_parser() {
    let signoff = Signoff::new("-- ZNA/hk", "ZNA", "hk", Placement::Inline);
    let a = Article::new("Headline")
        .with_paragraphs(vec!["Text.".into()])
        .with_signoff(Some(signoff));
    // The value types compute nothing.
    assert!(a.agencies().is_empty());
    // The parser credits them with its own agencies (no fallback to the
    // built-in list).
    let p = parser();
    let a = p.credit_agencies(a);
    assert_eq!(a.agencies(), ["Zembla"]);
    let text = a.to_string();
    let again = p.parse(&text).unwrap();
    assert_eq!(again, a);
    assert!(
        ArticleParser::builtin()
            .credit_agencies(again)
            .agencies()
            .is_empty()
    );
}

#[test]
fn a_custom_dateline_rule_comes_before_the_built_in_one() {
    let p = ArticleParser::new().with_rule(BracketDateline);
    let page = "Headline\n\n[ZEMBLA CITY | 2 May] The port opened.";
    let a = p.parse(page).unwrap();
    let d = a.dateline().unwrap();
    assert_eq!(
        (d.text(), d.place()),
        ("[ZEMBLA CITY | 2 May]", "ZEMBLA CITY")
    );
    assert_eq!(a.paragraphs()[0].joined(), "The port opened.");
    assert_eq!(a.to_string(), page);
    assert!(wirecopy::parse(page).unwrap().dateline().is_none());
}

#[test]
fn a_custom_block_rule_claims_blocks() {
    let p = ArticleParser::new().with_rule(FollowUs);
    let page = "Headline\n\nThe port opened.\n\nFollow us on Zembla Social";
    let a = p.parse(page).unwrap();
    assert_eq!(a.paragraphs().len(), 1);
    assert_eq!(a.boilerplate()[0].joined(), "Follow us on Zembla Social");
    assert_eq!(a.to_string(), page);
    assert_eq!(wirecopy::parse(page).unwrap().paragraphs().len(), 2);
}

/// An error type of one's own: the contexts the rules add, and the crate's
/// error message when a whole article fails.
#[derive(Debug, PartialEq)]
enum MyError {
    Nom(Vec<&'static str>),
    Article(String),
}

impl<'a> ParseError<&'a str> for MyError {
    fn from_error_kind(_: &'a str, _: ErrorKind) -> Self {
        MyError::Nom(Vec::new())
    }
    fn append(_: &'a str, _: ErrorKind, other: Self) -> Self {
        other
    }
}

impl<'a> ContextError<&'a str> for MyError {
    fn add_context(_: &'a str, ctx: &'static str, other: Self) -> Self {
        match other {
            MyError::Nom(mut c) => {
                c.push(ctx);
                MyError::Nom(c)
            }
            e => e,
        }
    }
}

impl<'a> FromExternalError<&'a str, wirecopy::Error> for MyError {
    fn from_external_error(_: &'a str, _: ErrorKind, e: wirecopy::Error) -> Self {
        MyError::Article(e.to_string())
    }
}

#[test]
fn profile_aware_parsers_compose_with_an_error_type_of_ones_own() {
    let lex = Lexicon::builtin().clone().with_agency(zembla());
    let g = Grammar::new(&lex);
    // `CREDIT - DATELINE - story`, composed from the rules' parsers.
    fn opening<'a>(
        g: Grammar<'a>,
        i: &'a str,
    ) -> IResult<&'a str, (Option<&'a str>, Cow<'a, str>), MyError> {
        let (i, credit) = nom::combinator::opt(g.lead_credit::<MyError>()).parse(i)?;
        let (i, d) = g.dateline::<MyError>(false).parse(i)?;
        Ok((
            i,
            (
                credit.and_then(|c| c.agency().map(|_| "credited")),
                Cow::Owned(d.place().to_owned()),
            ),
        ))
    }
    let (rest, (credited, place)) =
        opening(g, "Reuters - ZEMBLA CITY, May 2 (ZNA) - Rain fell.").unwrap();
    assert_eq!(
        (credited, &*place, rest),
        (Some("credited"), "ZEMBLA CITY", "Rain fell.")
    );
    let err = opening(g, "Rain fell all day.").unwrap_err();
    assert_eq!(err, nom::Err::Error(MyError::Nom(vec!["a dateline"])));
    let (_, t) = g
        .timestamp::<MyError>()
        .parse("Posted: 03/03/2025 10:15 IST\n")
        .unwrap();
    assert_eq!(
        t.datetime().unwrap().to_string(),
        "2025-03-03T10:15:00+05:30"
    );
    let (_, s) = g.signoff::<MyError>().parse("-- ZNA").unwrap();
    assert_eq!(s.agency(), "ZNA");

    // The article parser, as a nom parser with this error type, carries the
    // crate's message.
    let p = parser();
    let err = p.nom::<MyError>().parse("   \n").unwrap_err();
    assert_eq!(
        err,
        nom::Err::Error(MyError::Article(
            "line 1, column 1: expected a headline, found a blank line".to_owned()
        ))
    );
    let (_, a) = p.nom::<MyError>().parse(PORTAL_PAGE).unwrap();
    assert_eq!(a.agencies(), ["Zembla"]);
}
