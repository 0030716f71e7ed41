//! Property tests of DESIGN.md's round trip:
//! 1. `parse(&a.to_string()) == a` for every valid article `a`;
//! 2. `parse(&parse(s)?.to_string()) == parse(s)` for every input `s`
//!    (arbitrary strings, structure-looking token soup, mutated pages).
//!
//! Plus the serde JSON round trip and `into_owned` equality.

use std::borrow::Cow;

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use wirecopy::{Article, Disclaimer, Notebook, Placement, RelatedLink, Text, Timestamp};

const CASES: u32 = 1000;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: ProptestConfig::default().cases.max(CASES),
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/test_roundtrip.txt",
        ))),
        // `layouts_read_alike` sets aside pages of wrapped blocks.
        max_global_rejects: 1_000_000,
        ..ProptestConfig::default()
    }
}

// ---------- valid articles ----------

const FIRST_WORDS: &[&str] = &[
    "Officials",
    "The",
    "Police",
    "São",
    "Zürich's",
    "Farmers",
    "“Nobody",
    "Exports",
    "Malmö",
    "Traders",
];
const WORDS: &[&str] = &[
    "said",
    "on",
    "Monday",
    "the",
    "(AP)",
    "|",
    "—",
    "Reuters",
    "PTI",
    "rain",
    "São",
    "Paulo",
    "“quoted”",
    "per",
    "cent",
    "Aug",
    "13",
    "-",
    "--",
    ":",
    "(with",
    "notes)",
    "By",
    "Updated",
    "Seoul,",
    "1,280-crore",
    "naïve",
    "café",
    "Kraków",
    "editorji",
    "'s",
    "’",
    "…",
];

fn sentence() -> impl Strategy<Value = String> {
    (
        prop::sample::select(FIRST_WORDS),
        prop::collection::vec(prop::sample::select(WORDS), 1..12),
        prop::sample::select(&["said", "rose", "fell", "ended"][..]),
    )
        .prop_map(|(first, words, last)| format!("{first} {} {last}.", words.join(" ")))
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..3).prop_map(|s| s.join(" "))
}

fn headline() -> impl Strategy<Value = String> {
    (
        prop::sample::select(FIRST_WORDS),
        prop::collection::vec(prop::sample::select(WORDS), 0..8),
    )
        .prop_map(|(f, w)| format!("{f} {}", w.join(" ")).trim().to_owned())
}

fn timestamp() -> impl Strategy<Value = Option<Timestamp<'static>>> {
    let label = prop::sample::select(&["Updated", "Last Updated", "Published on", "Posted"][..]);
    let text = (
        prop::sample::select(&["Jan", "Aug", "Sep", "Dec"][..]),
        1u32..29,
        2000u32..2030,
        0u32..24,
        0u32..60,
        prop::sample::select(&["", " IST", " GMT", " PDT"][..]),
    )
        .prop_map(|(m, d, y, h, min, z)| format!("{m} {d}, {y} {h:02}:{min:02}{z}"));
    prop::option::of((label, text).prop_map(|(label, text)| {
        let (_, (_, dt)) =
            wirecopy::rules::timestamp::datetime::<nom::error::Error<&str>>(&text).unwrap();
        Timestamp::new(Some(Cow::Borrowed(label)), text, Some(dt))
    }))
}

fn byline() -> impl Strategy<Value = Option<Cow<'static, str>>> {
    prop::option::of(
        prop::sample::select(
            &[
                "By Kim Soo-yeon",
                "Editorji News Desk",
                "By DANIELA ORTEGA and CALEB WINSLOW",
                "ANI",
                "By PTI",
                "By Manuel Schwarz, dpa",
                "By dpa correspondents",
                "By The Associated Press",
            ][..],
        )
        .prop_map(Cow::Borrowed),
    )
}

/// The title or affiliation line under a byline (kept only with one).
fn byline_title() -> impl Strategy<Value = Option<Cow<'static, str>>> {
    prop::option::of(
        prop::sample::select(
            &[
                "AP Sports Writer",
                "Associated Press",
                "Staff Writer",
                "For The Associated Press",
            ][..],
        )
        .prop_map(Cow::Borrowed),
    )
}

fn dateline_text() -> impl Strategy<Value = Option<String>> {
    let place = prop::sample::select(
        &[
            "Seoul",
            "NEW YORK",
            "São Paulo",
            "ATLANTA, Ga.",
            "New Delhi [India]",
            "Gwalior (Madhya Pradesh)",
            "SEOUL/WASHINGTON",
        ][..],
    );
    let date = prop::option::of(
        (
            prop::sample::select(&["Aug", "Sept.", "March", "Jun"][..]),
            1u32..31,
        )
            .prop_map(|(m, d)| format!(", {m} {d}")),
    );
    let agency = prop::option::of(prop::sample::select(
        &["AP", "PTI", "Reuters", "MENA", "dpa"][..],
    ));
    let sep = prop::sample::select(&["", "—", "-", "--", ":", "_"][..]);
    prop::option::of((place, date, agency, sep).prop_map(|(p, d, a, s)| {
        let agency = a.map(|a| format!(" ({a})")).unwrap_or_default();
        let sep = match s {
            "" => " ".to_owned(),
            ":" => ": ".to_owned(),
            s => format!(" {s} "),
        };
        format!("{p}{}{agency}{sep}", d.unwrap_or_default())
    }))
}

fn signoff_text() -> impl Strategy<Value = Option<(&'static str, Placement)>> {
    prop::option::of(prop::sample::select(
        &[
            ("(AP) NPK NPK", Placement::Inline),
            ("(ANI)", Placement::Inline),
            ("-- PTI", Placement::Inline),
            ("dpa grj rmo", Placement::Block),
            ("Reuter", Placement::Block),
            ("REUTER", Placement::Line),
            ("--IANS", Placement::Block),
            ("(PTI) TGB SSK", Placement::Block),
            // Desks' closing marks, read as sign-offs only at the end.
            ("AAP RTV ar", Placement::Block),
            ("hh/ph/ts/hd", Placement::Block),
            ("ends", Placement::Block),
            ("ends", Placement::Line),
        ][..],
    ))
}

/// A notebook: an opener, then lines of the notebook's kinds.
fn notebook() -> impl Strategy<Value = Option<Vec<&'static str>>> {
    // (The notice ends with a colon here: a long line without one before
    // a line in lower case, a sign-off's, reads as a hard-wrapped line when
    // blank lines are collapsed.)
    let opener = prop::sample::select(
        &[
            "# dpa NOTEBOOK",
            "# Notebook",
            "The following information is not for publication:",
        ][..],
    );
    let line = prop::sample::select(
        &[
            "* * * *",
            "The following information is not for publication:",
            "## dpa Contacts",
            "- Reporting by: Anna Weber",
            "Tel: +49 30 2852 1234",
            "- [Ministry](http://example.org)",
            "## Internet links",
        ][..],
    );
    prop::option::of(
        (opener, prop::collection::vec(line, 0..5)).prop_map(|(o, mut lines)| {
            lines.insert(0, o);
            lines
        }),
    )
}

const DISCLAIMERS: &[&str] = &[
    "(Only the headline of this report may have been reworked by Editorji; the rest of the content is auto-generated from a syndicated feed.)",
    "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
    "This story is auto-generated from a syndicated feed.",
    "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
];

prop_compose! {
    fn valid_article()(
        headline in headline(),
        timestamp in timestamp(),
        byline in byline(),
        title in byline_title(),
        dateline in dateline_text(),
        paragraphs in prop::collection::vec(paragraph(), 0..5),
        signoff in signoff_text(),
        credits in prop::collection::vec(prop::sample::select(&["(With inputs from PTI)", "(Reporting by Anna Keller; Editing by Tom Hughes)", "(with inputs from MENA and Reuters)"][..]), 0..2),
        boilerplate in prop::collection::vec(headline().prop_map(|h| format!("Also Read | {h}")), 0..2),
        disclaimer in prop::option::of(prop::sample::select(DISCLAIMERS)),
        notebook in notebook(),
        related in prop::collection::vec((prop::option::of((prop::sample::select(&["editorji", "ndtv"][..]), prop::sample::select(&["World", "India", "Business"][..]))), headline()), 0..4),
    ) -> Article<'static> {
        let parser = wirecopy::ArticleParser::builtin();
        let mut paragraphs: Vec<Text<'static>> = paragraphs.into_iter().map(Text::from).collect();
        let dateline = dateline.and_then(|d| {
            // The dateline grammar gives the value; the story must follow it
            // (its first paragraph: a dateline that lost its separator is one
            // only before a capital).
            let story = paragraphs.first().map_or("Story.".to_owned(), |p| p.raw().to_owned());
            let with_story = format!("{d}{story}");
            let (_, v) = wirecopy::rules::dateline::dateline_in::<nom::error::Error<&str>>(parser.lexicon(), byline.is_some())(&with_story).ok()?;
            let v = v.into_owned();
            if paragraphs.is_empty() {
                // Alone in its block: nothing follows the separator.
                let gap = v.gap().trim_end().to_owned();
                return Some(v.with_placement(Placement::Block).with_gap(gap));
            }
            Some(v)
        });
        let signoff_choice = signoff;
        let signoff = signoff.and_then(|(text, placement)| {
            if placement != Placement::Block && paragraphs.is_empty() {
                return None;
            }
            // A desk's closing marks close a story after its body.
            let closing_only = wirecopy::rules::signoff::signoff_line(text, parser.agencies()).is_none();
            if closing_only && paragraphs.is_empty() {
                return None;
            }
            let s = wirecopy::rules::signoff::closing_line(text, parser.agencies())?.into_owned();
            Some(s.with_placement(placement))
        });
        if dateline.is_none() && !paragraphs.is_empty() {
            // Generated words may happen to form a dateline (`Officials : …`
            // after a byline); an opening ellipsis keeps the paragraph one.
            let first = &paragraphs[0];
            let mut block = first.raw().to_owned();
            if let (1, Some((text, Placement::Inline))) = (paragraphs.len(), signoff_choice) {
                block = format!("{block} {text}");
            }
            let parse = wirecopy::rules::dateline::dateline_in::<nom::error::Error<&str>>(parser.lexicon(), byline.is_some());
            if parse(&block).is_ok() {
                paragraphs[0] = Text::from(format!("… {}", first.raw()));
            }
            // Nor a deck before a credit or a dateline: no sentence ends
            // where one could stop.
            let page = format!("H\n\n{}", paragraphs[0].raw());
            if wirecopy::parse(&page).is_ok_and(|a| a.deck().is_some()) {
                let flat = paragraphs[0].raw().replace(". ", "; ").replace("? ", "; ").replace("! ", "; ");
                paragraphs[0] = Text::from(flat);
            }
        }
        let disclaimer = disclaimer.map(|d| {
            wirecopy::rules::disclaimer::disclaimer_block(d, parser.portals()).unwrap().into_owned()
        });
        let related: Vec<RelatedLink<'static>> = related
            .into_iter()
            .map(|(pair, title)| {
                // Without a `source | Section` line a title must not look like one.
                let title = if pair.is_none() { title.replace('|', "/") } else { title };
                RelatedLink::new(pair.map(|p| Cow::Borrowed(p.0)), pair.map(|p| Cow::Borrowed(p.1)), Text::from(title)).into_owned()
            })
            .collect();
        // A notebook follows a body.
        let notebook = notebook
            .filter(|_| !paragraphs.is_empty())
            .map(|lines| Notebook::new(lines.into_iter().map(Cow::Borrowed).collect()));
        // A headline alone that reads as an agency's alert line
        // (`Officials (AP) Reuters`) renders to that line, which reads back
        // as the alert: such a headline needs a body; an opening ellipsis
        // keeps it a headline.
        let bare = timestamp.is_none() && dateline.is_none() && paragraphs.is_empty() && signoff.is_none()
            && credits.is_empty() && boilerplate.is_empty() && disclaimer.is_none() && related.is_empty();
        let headline = if bare && wirecopy::parse(&headline).is_ok_and(|a| a.dateline().is_some()) {
            format!("… {headline}")
        } else {
            headline
        };
        let article = Article::new(headline)
            .with_notebook(notebook)
            .with_timestamp(timestamp)
            .with_byline_title(title.filter(|_| byline.is_some()))
            .with_byline(byline)
            .with_dateline(dateline)
            .with_paragraphs(paragraphs)
            .with_signoff(signoff)
            .with_credits(credits.into_iter().map(Text::from).collect())
            .with_boilerplate(boilerplate.into_iter().map(Text::from).collect())
            .with_disclaimer(disclaimer)
            .with_related(related);
        // The value types compute nothing: the parser credits the agencies.
        parser.credit_agencies(article).into_owned()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn valid_articles_survive_render_and_parse(a in valid_article()) {
        let text = a.to_string();
        let parsed = wirecopy::parse(&text).unwrap();
        prop_assert_eq!(&parsed, &a, "rendered:\n{}", text);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_json_round_trip(a in valid_article()) {
        let json = serde_json::to_string(&a).unwrap();
        let back: Article<'_> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &a);
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }

    /// The layouts extractors deliver: the canonical text with its blank
    /// lines collapsed, and its body with the title given apart, read as
    /// the canonical text does.
    #[test]
    fn layouts_read_alike(a in valid_article()) {
        let text = a.to_string();
        let single: String = text.lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join("\n");
        let parts = |x: &Article<'_>| {
            let mut x = x.clone();
            // Where a sign-off or disclaimer stood in its block is layout.
            if let Some(s) = x.signoff().cloned() {
                x = x.with_signoff(Some(s.with_placement(Placement::Block)));
            }
            format!("{:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}", x.headline(), x.byline(), x.byline_title(), x.notebook(), x.dateline().map(|d| (d.text(), d.agencies().to_vec())),
                x.paragraphs().iter().map(|p| p.joined().into_owned()).collect::<Vec<_>>(), x.signoff().map(|s| s.text().joined().into_owned()),
                x.disclaimer().map(|d| d.text().joined().into_owned()), x.related().iter().map(|l| l.title().joined().into_owned()).collect::<Vec<_>>())
        };
        let want = parts(&a);
        // Only pages of one-line blocks keep their blocks apart without blank
        // lines (a hard-wrapped paragraph is several lines of one block).
        prop_assume!(text.split("\n\n").all(|b| !b.contains('\n') || b.lines().all(|l| l.len() < 40)));
        prop_assert_eq!(parts(&wirecopy::parse(&single).unwrap()), want.clone(), "single newlines:\n{}", single);
        if let Some((title, body)) = text.split_once('\n') {
            prop_assert_eq!(parts(&wirecopy::parse_titled(title, body).unwrap()), want, "title apart:\n{}", body);
        }
    }

    #[test]
    fn into_owned_is_equal(a in valid_article()) {
        let text = a.to_string();
        let parsed = wirecopy::parse(&text).unwrap();
        let owned: Article<'static> = parsed.clone().into_owned();
        prop_assert_eq!(owned, parsed);
    }
}

// ---------- idempotence ----------

fn check_idempotent(s: &str) -> Result<(), TestCaseError> {
    if let Ok(a) = wirecopy::parse(s) {
        let rendered = a.to_string();
        let b = wirecopy::parse(&rendered);
        prop_assert!(b.is_ok(), "rendering does not parse: {:?}", rendered);
        prop_assert_eq!(b.unwrap(), a, "input {:?}\nrendered {:?}", s, rendered);
    }
    Ok(())
}

const TOKENS: &[&str] = &[
    // Real-copy shapes: lead credits, decks, markup, run-on and glued datelines.
    "AP -",
    "Reuters -",
    "Canadian Press -",
    "SPACE.com -",
    "NewsFactor --",
    "PC World -",
    "&lt;p&gt;",
    "&lt;/p&gt;",
    "  ",
    "   ",
    "NEW YORK",
    "KATMANDU, Nepal",
    "BAGHDAD US",
    "BEIJING--",
    "Monte-Carlo",
    "(CBS.MW)",
    "(Sports Network)",
    "(Ticker)",
    "Dec. 5.",
    ".-",
    "(EFE).-",
    "UNITED NATIONS :",
    "MARK COLVIN:",
    "Tuesday:",
    "(AMD)",
    "Advanced Micro Devices",
    "Seoul,",
    "Aug",
    "13",
    "(AP)",
    "(PTI)",
    "NPK",
    "—",
    "-",
    "--",
    "_",
    ":",
    " : ",
    "|",
    "By",
    "IANS,",
    "Kolkata",
    "Reuter",
    "REUTER...",
    "dpa",
    "grj",
    "(ANI)",
    "Updated",
    "Aug 13, 2025 14:23",
    "IST",
    "Recommended For You",
    "editorji | World",
    "Also Read |",
    "Image Credit:",
    "(With inputs from PTI)",
    "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)",
    "This story is auto-generated from a syndicated feed.",
    "ms/vd",
    "--IANS",
    "[India]",
    "(Karnataka)",
    "NEW YORK",
    "LONDON,",
    "March",
    "4",
    "2024",
    "Sept.",
    "juil",
    "the",
    "said.",
    "\u{a0}",
    "São",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "    ",
    " ",
    " ",
    " ",
    "\u{feff}",
    "\t",
    "(",
    ")",
    "Jan.",
    "10",
    // Agency copy as delivered: byline blocks, desks' closing marks.
    "By CHARLES ODUM",
    "AP Sports Writer",
    "Associated Press",
    "By Manuel Schwarz, dpa",
    "(tca/dpa)",
    "AAP RTV ar",
    "hh/ph/ts/hd",
    "ends",
    "# dpa NOTEBOOK",
    "# Notebook",
    "* * * *",
    "The following information is not for publication",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..60).prop_map(|t| {
        let mut s = String::new();
        for (i, tok) in t.iter().enumerate() {
            if i > 0 && !tok.starts_with(['\n', '\r']) {
                s.push(' ');
            }
            s.push_str(tok);
        }
        s
    })
}

fn fixtures() -> Vec<String> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut pages: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    pages.sort();
    assert!(!pages.is_empty());
    pages
}

#[derive(Debug, Clone)]
enum Mutation {
    Drop(usize),
    Duplicate(usize),
    Crlf,
    LoneCr,
    Bom,
    Nbsp(usize),
    TrailingSpaces(usize),
    NoFinalNewline,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Drop),
        any::<usize>().prop_map(Mutation::Duplicate),
        Just(Mutation::Crlf),
        Just(Mutation::LoneCr),
        Just(Mutation::Bom),
        any::<usize>().prop_map(Mutation::Nbsp),
        any::<usize>().prop_map(Mutation::TrailingSpaces),
        Just(Mutation::NoFinalNewline),
    ]
}

fn mutate(page: &str, muts: &[Mutation]) -> String {
    let mut lines: Vec<String> = page.lines().map(str::to_owned).collect();
    let mut eol = "\n";
    let mut bom = false;
    let mut final_nl = true;
    for m in muts {
        let n = lines.len().max(1);
        match *m {
            Mutation::Drop(i) if !lines.is_empty() => {
                lines.remove(i % n);
            }
            Mutation::Duplicate(i) if !lines.is_empty() => {
                let l = lines[i % n].clone();
                lines.insert(i % n, l);
            }
            Mutation::Crlf => eol = "\r\n",
            Mutation::LoneCr => eol = "\r",
            Mutation::Bom => bom = true,
            Mutation::Nbsp(i) if !lines.is_empty() => {
                let l = &mut lines[i % n];
                *l = l.replacen(' ', "\u{a0}", 1 + i % 3);
            }
            Mutation::TrailingSpaces(i) if !lines.is_empty() => lines[i % n].push_str("  "),
            Mutation::NoFinalNewline => final_nl = false,
            _ => {}
        }
    }
    let mut s = String::new();
    if bom {
        s.push('\u{feff}');
    }
    s.push_str(&lines.join(eol));
    if final_nl {
        s.push_str(eol);
    }
    s
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn idempotent_on_arbitrary_strings(s in any::<String>()) {
        check_idempotent(&s)?;
    }

    #[test]
    fn idempotent_on_token_soup(s in soup()) {
        check_idempotent(&s)?;
    }

    #[test]
    fn idempotent_on_line_soup(picks in prop::collection::vec((any::<usize>(), 0usize..4), 1..40)) {
        // Lines of every fixture, in any order, with 0–3 blank lines between.
        let lines: Vec<String> = fixtures().iter().flat_map(|p| p.lines().map(str::to_owned).collect::<Vec<_>>()).collect();
        let mut s = String::new();
        for (i, blanks) in picks {
            s.push_str(&lines[i % lines.len()]);
            s.push('\n');
            for _ in 0..blanks {
                s.push('\n');
            }
        }
        check_idempotent(&s)?;
    }

    #[test]
    fn idempotent_on_mutated_pages(i in any::<usize>(), muts in prop::collection::vec(mutation(), 0..6)) {
        let pages = fixtures();
        let page = &pages[i % pages.len()];
        check_idempotent(&mutate(page, &muts))?;
    }
}

#[test]
fn a_disclaimer_value_is_a_disclaimer() {
    // Guards the generator above: every disclaimer it uses is recognised.
    let portals = wirecopy::ArticleParser::builtin().portals();
    for d in DISCLAIMERS {
        let v: Option<Disclaimer<'_>> = wirecopy::rules::disclaimer::disclaimer_block(d, portals);
        assert!(v.is_some(), "{d}");
    }
}
