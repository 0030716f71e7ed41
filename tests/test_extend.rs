//! The three moves of a downstream crate, from outside the crate: add an
//! agency, add a portal, build a grammar of one's own from the combinators.

use nom::bytes::complete::{tag, take_until};
use nom::{IResult, Parser};
use nom_language::error::{VerboseError, VerboseErrorKind};
use wirecopy::{Agency, ArticleParser, Dateline, Portal, RelatedShape};

fn mena() -> Agency {
    Agency::new("ZENA").alias("Zembla News Agency")
}

#[test]
fn an_added_agency_is_recognised_everywhere() {
    let page = "Canal lane opens\n\nCAIRO, March 3 ZENA - Egypt opened a lane.\n\nIt will help ships, officials said. -- ZENA\n\n(With inputs from Zembla News Agency)\n";
    let parser = ArticleParser::new().with_agency(mena());
    let a = parser.parse(page).unwrap();
    let d = a.dateline().unwrap();
    assert_eq!(
        (d.place(), d.agencies().to_vec()),
        ("CAIRO", vec!["ZENA".into()]),
        "bare agency in the dateline"
    );
    assert_eq!(a.signoff().unwrap().agency(), "ZENA");
    assert_eq!(a.credits().len(), 1);
    assert_eq!(
        a.agencies(),
        ["ZENA"],
        "dateline, sign-off and credit name one agency"
    );
    assert_eq!(a.paragraphs().len(), 2);

    // Without it, the bare code is not taken for an agency (it stays in the
    // body) and the full name in the credit means nothing.
    let b = wirecopy::parse(page).unwrap();
    assert!(b.dateline().unwrap().agencies().is_empty());
    assert!(b.paragraphs()[0].joined().starts_with("ZENA - Egypt"));
    let c = wirecopy::parse("H\n\nText.\n\n(With inputs from Zembla News Agency)").unwrap();
    assert!(c.agencies().is_empty());
    let c = parser
        .parse("H\n\nText.\n\n(With inputs from Zembla News Agency)")
        .unwrap();
    assert_eq!(c.agencies(), ["ZENA"]);
}

#[test]
fn an_added_agency_signs_off_with_slugs() {
    let parser = ArticleParser::new().with_agency(mena());
    let a = parser
        .parse("H\n\nCAIRO, March 3 (ZENA) - Text said. ZENA HSK")
        .unwrap();
    let s = a.signoff().unwrap();
    assert_eq!(
        (s.agency(), s.slugs().collect::<Vec<_>>()),
        ("ZENA", vec!["HSK"])
    );
    assert!(
        wirecopy::parse("H\n\nCAIRO, March 3 (ZENA) - Text said. ZENA HSK")
            .unwrap()
            .signoff()
            .is_none()
    );
}

fn nile_post() -> Portal {
    Portal::new("Nile Post")
        .timestamp_label("Filed")
        .timestamp_format("%Y.%m.%d %H:%M")
        .disclaimer("(Nile Post ran this wire story unedited.)", "Nile Post")
        .desk("Nile Post Wire Desk")
        .related_list("More Nile Stories", RelatedShape::Title)
}

const NILE_PAGE: &str = "Egypt opens new Suez Canal service lane\n\nFiled: 2025.03.03 10:15\n\nNile Post Wire Desk\n\nCAIRO, March 3 (ZENA) - Egypt opened a lane.\n\n(Nile Post ran this wire story unedited.)\n\nMore Nile Stories\n\nCairo metro line 4 begins trial runs\n\nAlexandria port expands grain silos";

#[test]
fn an_added_portal_is_recognised() {
    let parser = ArticleParser::new().with_portal(nile_post());
    let a = parser.parse(NILE_PAGE).unwrap();
    let t = a.timestamp().unwrap();
    assert_eq!((t.label(), t.text()), (Some("Filed"), "2025.03.03 10:15"));
    assert_eq!(t.datetime().unwrap().to_string(), "2025-03-03T10:15:00");
    assert_eq!(a.byline(), Some("Nile Post Wire Desk"));
    assert_eq!(a.disclaimer().unwrap().publisher(), Some("Nile Post"));
    let titles: Vec<_> = a.related().iter().map(|l| l.title().to_string()).collect();
    assert_eq!(
        titles,
        [
            "Cairo metro line 4 begins trial runs",
            "Alexandria port expands grain silos"
        ]
    );
    assert_eq!(
        a.paragraphs().len(),
        1,
        "no disclaimer or link left in the body"
    );

    // The built-in parser knows none of it: all of it would be body.
    let b = wirecopy::parse(NILE_PAGE).unwrap();
    assert!(b.timestamp().is_none() && b.disclaimer().is_none() && b.related().is_empty());
    assert!(b.paragraphs().len() > 3);
}

#[test]
fn built_in_portals_are_plain_data_of_the_same_type() {
    let portals = wirecopy::builtin::portals();
    let editorji = portals.iter().find(|p| p.name() == "Editorji").unwrap();
    assert!(editorji.desks().any(|d| d == "Editorji News Desk"));
    // A parser that knows nothing still reads the shapes of the grammar...
    let empty = ArticleParser::empty();
    let a = empty
        .parse("H\n\nSeoul, Aug 13 (AP) Text.\n\nRecommended For You\n\neditorji | World\n\nTitle")
        .unwrap();
    assert_eq!(a.dateline().unwrap().place(), "Seoul");
    // ...but no portal heading: the list stays body.
    assert!(a.related().is_empty());
    // Given the built-in portal back as an ordinary value, it reads the list.
    let p = ArticleParser::empty().with_portal(editorji.clone());
    let a = p
        .parse("H\n\nSeoul, Aug 13 (AP) Text.\n\nRecommended For You\n\neditorji | World\n\nTitle")
        .unwrap();
    assert_eq!(a.related().len(), 1);
}

/// `HEADLINE | CITY, Mon DD (AGENCY)`: a one-line digest format.
fn digest<'a, E>(i: &'a str) -> IResult<&'a str, (&'a str, Dateline<'a>), E>
where
    E: nom::error::ParseError<&'a str> + nom::error::ContextError<&'a str>,
{
    (
        take_until(" | "),
        tag(" | "),
        wirecopy::rules::dateline::dateline,
    )
        .map(|(h, _, d)| (h, d))
        .parse(i)
}

#[test]
fn a_grammar_of_ones_own_with_verbose_errors() {
    let (rest, (h, d)) =
        digest::<VerboseError<&str>>("Suez lane opens | CAIRO, March 3 (ZENA)").unwrap();
    assert_eq!(
        (rest, h, d.place(), d.agencies().to_vec()),
        ("", "Suez lane opens", "CAIRO", vec!["ZENA".into()])
    );
    assert_eq!(d.date().unwrap().month(), 3);
    let err = digest::<VerboseError<&str>>("Suez lane opens | he said so").unwrap_err();
    let nom::Err::Error(e) = err else {
        panic!("expected a recoverable error")
    };
    assert!(
        e.errors
            .iter()
            .any(|(_, k)| *k == VerboseErrorKind::Context("a dateline")),
        "{e:?}"
    );
}

#[test]
fn a_grammar_of_ones_own_with_the_default_error() {
    let r = digest::<nom::error::Error<&str>>("Rain in Kochi | Kochi, Mar 14 (PTI)");
    assert_eq!(r.unwrap().1.1.agencies(), ["PTI"]);
    assert!(digest::<nom::error::Error<&str>>("no separator").is_err());
}

#[test]
fn the_parser_composes_as_a_nom_parser() {
    let parser = ArticleParser::new().with_agency(mena());
    let (_, a) = (tag::<_, _, nom::error::Error<&str>>("#page\n"), &parser)
        .map(|(_, a)| a)
        .parse("#page\nHeadline\n\nCAIRO, March 3 ZENA - Text.")
        .unwrap();
    assert_eq!(a.agencies(), ["ZENA"]);
    assert!(Parser::parse(&mut &parser, "").is_err());
}

#[test]
fn long_and_overlapping_agency_names() {
    // Names of 64 bytes and more are kept but cannot be written in copy.
    let long = "A".repeat(64);
    let parser = ArticleParser::new()
        .with_agency(Agency::new("LONGNAME").alias(long.clone()))
        .with_agency(Agency::new("Press Trust").alias("PTI"));
    assert_eq!(
        parser.agencies().find("longname").unwrap().name(),
        "LONGNAME"
    );
    assert!(parser.agencies().find(&long).is_none());
    // The later agency wins an alias in common.
    assert_eq!(parser.agencies().find("PTI").unwrap().name(), "Press Trust");
    assert_eq!(
        parser
            .agencies()
            .find("Press Trust of India")
            .unwrap()
            .name(),
        "PTI"
    );
}
