//! Every row of the format catalogue (shared/FORMATS.md), through
//! `wirecopy::parse` only. The copy here is written for these tests; only the
//! shells follow the catalogue, character for character.

use wirecopy::{Article, parse};

/// A page around `body` (leaked: the articles borrow from it).
fn page(body: &str) -> &'static str {
    Box::leak(format!("A headline for the test\n\n{body}\n").into_boxed_str())
}

fn dl(a: &Article<'_>) -> (String, Option<(u8, u8)>, Vec<String>) {
    let d = a
        .dateline()
        .unwrap_or_else(|| panic!("no dateline in {a:?}"));
    (
        d.place().to_owned(),
        d.date().map(|d| (d.month(), d.day())),
        d.agencies().iter().map(|a| a.to_string()).collect(),
    )
}

#[test]
fn datelines() {
    type Row<'r> = (&'r str, &'r str, Option<(u8, u8)>, &'r [&'r str]);
    let rows: &[Row<'_>] = &[
        ("Seoul, Aug 13 (AP) Text.", "Seoul", Some((8, 13)), &["AP"]),
        ("WASHINGTON (AP) — Text.", "WASHINGTON", None, &["AP"]),
        ("TRENTON, N.J. (AP) — Text.", "TRENTON, N.J.", None, &["AP"]),
        (
            "BLOOMINGTON, Minn. (AP) — Text.",
            "BLOOMINGTON, Minn.",
            None,
            &["AP"],
        ),
        ("RICHMOND, Va. (AP) _ Text.", "RICHMOND, Va.", None, &["AP"]),
        (
            "HAMBURG, GERMANY (AP) _ Text.",
            "HAMBURG, GERMANY",
            None,
            &["AP"],
        ),
        (
            "LITTLETON, Colo. (AP) -- Text.",
            "LITTLETON, Colo.",
            None,
            &["AP"],
        ),
        (
            "BRUSSELS, Belgium (AP) - Text.",
            "BRUSSELS, Belgium",
            None,
            &["AP"],
        ),
        ("NEW YORK _ Text.", "NEW YORK", None, &[]),
        (
            "New Delhi, Jun 7 (PTI) Text.",
            "New Delhi",
            Some((6, 7)),
            &["PTI"],
        ),
        (
            "Amaravati, Sep 18 (PTI) Text.",
            "Amaravati",
            Some((9, 18)),
            &["PTI"],
        ),
        (
            "Ahmedabad/New Delhi, Jan 22 (PTI) Text.",
            "Ahmedabad/New Delhi",
            Some((1, 22)),
            &["PTI"],
        ),
        (
            "New Delhi [India], August 13 (ANI): Text.",
            "New Delhi [India]",
            Some((8, 13)),
            &["ANI"],
        ),
        (
            "Damascus [Syria], June 9 (ANI): Text.",
            "Damascus [Syria]",
            Some((6, 9)),
            &["ANI"],
        ),
        (
            "New Delhi, Jan 10 (ANI): Text.",
            "New Delhi",
            Some((1, 10)),
            &["ANI"],
        ),
        (
            "New Delhi [India], Sept 20 (ANI): Text.",
            "New Delhi [India]",
            Some((9, 20)),
            &["ANI"],
        ),
        (
            "Bengaluru (Karnataka) [India], June 1: Text.",
            "Bengaluru (Karnataka) [India]",
            Some((6, 1)),
            &[],
        ),
        (
            "New Delhi, July 26 (IANS) Text.",
            "New Delhi",
            Some((7, 26)),
            &["IANS"],
        ),
        (
            "LONDON, Sept 28 (Reuters) – Text.",
            "LONDON",
            Some((9, 28)),
            &["Reuters"],
        ),
        ("LONDON (Reuters) – Text.", "LONDON", None, &["Reuters"]),
        (
            "SEOUL/WASHINGTON (Reuters) - Text.",
            "SEOUL/WASHINGTON",
            None,
            &["Reuters"],
        ),
        (
            "STOCKHOLM (Reuters) -The text.",
            "STOCKHOLM",
            None,
            &["Reuters"],
        ),
        (
            "LONDON, March 11 Britain's text.",
            "LONDON",
            Some((3, 11)),
            &[],
        ),
        (
            "    SALVADOR, Feb 26 - Showers continued.",
            "SALVADOR",
            Some((2, 26)),
            &[],
        ),
        (
            "    ATLANTA, Ga., March 2 - Text.",
            "ATLANTA, Ga.",
            Some((3, 2)),
            &[],
        ),
        (
            "PARIS, Jan 1 (AFP) - Text.",
            "PARIS",
            Some((1, 1)),
            &["AFP"],
        ),
        ("New Delhi (AFP) - Text.", "New Delhi", None, &["AFP"]),
        (
            "STOCKHOLM, Aug 29, 2014 (AFP) - Text.",
            "STOCKHOLM",
            Some((8, 29)),
            &["AFP"],
        ),
        (
            "Strasbourg, 10 juil 2024 (AFP) Texte.",
            "Strasbourg",
            Some((7, 10)),
            &["AFP"],
        ),
        (
            "BEIJING, Sept. 2 (Xinhua) -- Text.",
            "BEIJING",
            Some((9, 2)),
            &["Xinhua"],
        ),
        (
            "WASHINGTON, Dec. 12 (Xinhua) -- Text.",
            "WASHINGTON",
            Some((12, 12)),
            &["Xinhua"],
        ),
        (
            "BEIJING, March 30 (Xinhua) -- Text.",
            "BEIJING",
            Some((3, 30)),
            &["Xinhua"],
        ),
        (
            "LISBOA, 18 jun (Xinhua) -- Texto.",
            "LISBOA",
            Some((6, 18)),
            &["Xinhua"],
        ),
        (
            "SEOUL, Nov. 24 (Yonhap) -- Text.",
            "SEOUL",
            Some((11, 24)),
            &["Yonhap"],
        ),
        ("SEOUL -- Text.", "SEOUL", None, &[]),
        ("TOKYO (Kyodo) -- Text.", "TOKYO", None, &["Kyodo"]),
        (
            "  YILAN, Taiwan (Kyodo) -- Text.",
            "YILAN, Taiwan",
            None,
            &["Kyodo"],
        ),
        (
            "KUALA LUMPUR, Aug 6 (Bernama) -- Text.",
            "KUALA LUMPUR",
            Some((8, 6)),
            &["Bernama"],
        ),
        (
            "KOTA BHARU, Sept 29 (Bernama) -- Text.",
            "KOTA BHARU",
            Some((9, 29)),
            &["Bernama"],
        ),
        (
            "MELAKA, 13 Jan (Bernama) -- Text.",
            "MELAKA",
            Some((1, 13)),
            &["Bernama"],
        ),
        ("Berlin (dpa) - Text.", "Berlin", None, &["dpa"]),
        (
            "AUCKLAND, May 5 AAP - Text.",
            "AUCKLAND",
            Some((5, 5)),
            &["AAP"],
        ),
        ("DOHA, Nov 29: Text.", "DOHA", Some((11, 29)), &[]),
        ("KOLKATA, 23 JAN: Text.", "KOLKATA", Some((1, 23)), &[]),
        (
            "Gwalior (Madhya Pradesh): Text.",
            "Gwalior (Madhya Pradesh)",
            None,
            &[],
        ),
        ("Jan. 10 (Xinhua) -- Text.", "", Some((1, 10)), &["Xinhua"]),
        (
            "Kuala Lumpur, Ogos 6 (Bernama) -- Teks.",
            "Kuala Lumpur",
            Some((8, 6)),
            &["Bernama"],
        ),
    ];
    for (body, place, date, agencies) in rows {
        let a = parse(page(body)).unwrap();
        let (p, d, ag) = dl(&a);
        assert_eq!((p.as_str(), d), (*place, *date), "{body}");
        assert_eq!(ag, *agencies, "{body}");
        assert!(
            a.paragraphs()[0].joined().starts_with(['T', 'S', 'B']),
            "{body}: {:?}",
            a.paragraphs()
        );
    }
}

#[test]
fn datelines_with_bylines() {
    let a = parse(page("By PTI\n\nKOLKATA: Text.")).unwrap();
    assert_eq!(
        (a.byline(), dl(&a).0.as_str(), a.agencies().to_vec()),
        (Some("By PTI"), "KOLKATA", vec!["PTI".into()])
    );
    let a = parse(page("By IANS, Kolkata : Text.")).unwrap();
    assert_eq!(
        (a.byline(), dl(&a).0.as_str()),
        (Some("By IANS"), "Kolkata")
    );
    let a = parse(page("By Manish Chand, IANS, New Delhi : Text.")).unwrap();
    assert_eq!(
        (a.byline(), dl(&a).0.as_str()),
        (Some("By Manish Chand, IANS"), "New Delhi")
    );
    assert_eq!(a.agencies(), ["IANS"]);
    let a = parse(page("By Kim Soo-yeon\n\nSEOUL, Nov. 24 (Yonhap) -- Text.")).unwrap();
    assert_eq!(a.byline(), Some("By Kim Soo-yeon"));
    let a = parse(page(
        "By LINDSAY WHITEHURST and ASHRAF KHALIL\n\nWASHINGTON (AP) — Text.",
    ))
    .unwrap();
    assert_eq!(a.byline(), Some("By LINDSAY WHITEHURST and ASHRAF KHALIL"));
}

#[test]
fn reuters_1987_dateline_ending_its_line() {
    let a = parse("NEW YORK STOCKS\n\n    NEW YORK, March 26 -\n    Shr 1.20 vs 1.10\n    Net 5 mln vs 4 mln\n Reuter\n").unwrap();
    assert_eq!(dl(&a).0, "NEW YORK");
    let p: Vec<_> = a.paragraphs().iter().map(|p| p.to_string()).collect();
    assert_eq!(p, ["Shr 1.20 vs 1.10", "Net 5 mln vs 4 mln"]);
    assert_eq!(a.signoff().unwrap().text().raw(), "Reuter");
}

#[test]
fn hard_wrapped_paragraphs_join_with_single_spaces() {
    let a = parse("H\n\n    LIMA, March 4 - Peru's output is\nexpected to fall by about 15 pct\nthis year.\n    The officials said.\n Reuter\n").unwrap();
    assert_eq!(
        a.paragraphs()[0].joined(),
        "Peru's output is expected to fall by about 15 pct this year."
    );
    assert!(
        a.paragraphs()[0].raw().contains('\n'),
        "the value borrows the original lines"
    );
    #[cfg(feature = "serde")]
    {
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(
            json["paragraphs"][0],
            "Peru's output is expected to fall by about 15 pct this year."
        );
    }
}

#[test]
fn signoffs() {
    let rows: &[(&str, &str, &[&str], &str)] = &[
        (
            "Text. Last sentence. (AP) NPK NPK",
            "AP",
            &["NPK", "NPK"],
            "Text. Last sentence.",
        ),
        ("Text, it said. -- PTI", "PTI", &[], "Text, it said."),
        (
            "Text, it said.\n\nPTI ABC DEF",
            "PTI",
            &["ABC", "DEF"],
            "Text, it said.",
        ),
        ("Text, he said. (ANI)", "ANI", &[], "Text, he said."),
        (
            "Text said.\n\n--IANS\n\nms/vd",
            "IANS",
            &["ms/vd"],
            "Text said.",
        ),
        ("Text said.\n\n—IANS", "IANS", &[], "Text said."),
        ("Text said.\n\n–IANS", "IANS", &[], "Text said."),
        (
            "Text said.\n\ndpa grj rmo",
            "dpa",
            &["grj", "rmo"],
            "Text said.",
        ),
        ("    Text said.\n Reuter", "Reuter", &[], "Text said."),
        ("    Text said.\n REUTER", "REUTER", &[], "Text said."),
        ("    Text said.\nREUTER...", "REUTER", &[], "Text said."),
        ("    Text said.\n REUTERS", "REUTERS", &[], "Text said."),
        ("Text said.\n\n(parf-eg)", "", &["parf-eg"], "Text said."),
        ("Text said.\n\njl-jc", "", &["jl-jc"], "Text said."),
    ];
    for (body, agency, slugs, last) in rows {
        let a = parse(page(body)).unwrap();
        let s = a
            .signoff()
            .unwrap_or_else(|| panic!("no sign-off in {body:?}"));
        assert_eq!(
            (s.agency(), s.slugs().collect::<Vec<_>>()),
            (*agency, slugs.to_vec()),
            "{body}"
        );
        assert_eq!(a.paragraphs().last().unwrap().joined(), *last, "{body}");
    }
}

#[test]
fn credits_are_not_body() {
    let a = parse(page("OSLO, Sept 12 (Reuters) – Text.\n\n(Reporting by Henrik Aasen; Editing by Clare Whitfield)")).unwrap();
    assert_eq!(a.paragraphs().len(), 1);
    assert!(a.signoff().is_none());
    assert_eq!(a.credits().len(), 1);
    for credit in [
        "(With inputs from PTI)",
        "(with inputs from PTI)",
        "(With inputs from Reuters)",
        "(With inputs from agencies.)",
        "Copyright © 2013 Reuters",
    ] {
        let a = parse(page(&format!("Text.\n\n{credit}"))).unwrap();
        assert_eq!(
            (a.paragraphs().len(), a.credits().len()),
            (1, 1),
            "{credit}"
        );
    }
    let a = parse(page(
        "Text.\n\n(With inputs from PTI)\n\n(With inputs from Reuters)",
    ))
    .unwrap();
    assert_eq!(a.agencies(), ["PTI", "Reuters"]);
}

#[test]
fn disclaimers_of_every_listed_portal() {
    let rows = [
        (
            "(Only the headline of this report may have been reworked by Editorji; the rest of the content is auto-generated from a syndicated feed.)",
            Some("Editorji"),
        ),
        (
            "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
            Some("NDTV"),
        ),
        (
            "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)",
            Some("NDTV"),
        ),
        (
            "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
            Some("Business Standard"),
        ),
        (
            "(This story has not been edited by Business Standard staff and is auto-generated from a syndicated feed.)",
            Some("Business Standard"),
        ),
        (
            "(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)",
            Some("Devdiscourse"),
        ),
        (
            "(This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may not have modified or edited the content body)",
            Some("LatestLY"),
        ),
        (
            "This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.",
            Some("ThePrint"),
        ),
        (
            "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
            Some("Hindustan Times"),
        ),
        (
            "(This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.)",
            Some("Hindustan Times"),
        ),
        (
            "(Except for the headline, this article has not been edited by FPJ's editorial team and is auto-generated from a syndicated feed.)",
            Some("FPJ"),
        ),
        ("This story is auto-generated from a syndicated feed.", None),
        (
            "(This story has not been edited by Gazette Online staff and is auto-generated from a syndicated feed.)",
            Some("Gazette Online"),
        ),
    ];
    for (text, publisher) in rows {
        let a = parse(page(&format!("Mumbai, Jun 7 (PTI) Body text.\n\n{text}"))).unwrap();
        let d = a.disclaimer().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(d.publisher(), publisher, "{text}");
        assert_eq!(
            a.paragraphs().len(),
            1,
            "no disclaimer left in the body: {text}"
        );
    }
    // ThePrint's names the agency it came from.
    let a = parse(page("Body text.\n\nThis report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.")).unwrap();
    assert_eq!(a.agencies(), ["PTI"]);
    // LatestLY shares the paragraph with the sign-off.
    let a = parse(page("Body text. (ANI) (This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may not have modified or edited the content body)")).unwrap();
    assert_eq!(
        (
            a.signoff().unwrap().agency(),
            a.disclaimer().unwrap().publisher()
        ),
        ("ANI", Some("LatestLY"))
    );
    assert_eq!(a.paragraphs()[0].joined(), "Body text.");
}

#[test]
fn header_lines() {
    type Row<'r> = (&'r str, Option<&'r str>, &'r str, &'r str, Option<&'r str>);
    let rows: &[Row<'_>] = &[
        (
            "Updated : Aug 13, 2025 14:23\n|\nEditorji News Desk",
            Some("Updated"),
            "Aug 13, 2025 14:23",
            "2025-08-13T14:23:00",
            Some("Editorji News Desk"),
        ),
        (
            "ANI | Lucknow (Uttar Pradesh) | Updated: 06-02-2021 08:49 IST | Created: 06-02-2021 08:49 IST",
            Some("Updated"),
            "06-02-2021 08:49 IST",
            "2021-02-06T08:49:00+05:30",
            Some("ANI"),
        ),
        (
            "Capital Market\n\nLast Updated : Nov 07 2014 | 9:12 PM IST",
            Some("Last Updated"),
            "Nov 07 2014 | 9:12 PM IST",
            "2014-11-07T21:12:00+05:30",
            Some("Capital Market"),
        ),
        (
            "Published on: Tuesday,August 17, 2021, 07:27 PM IST",
            Some("Published on"),
            "Tuesday,August 17, 2021, 07:27 PM IST",
            "2021-08-17T19:27:00+05:30",
            None,
        ),
        (
            "GENERAL\n06/08/2019 10:07 PM",
            None,
            "06/08/2019 10:07 PM",
            "2019-08-06T22:07:00",
            None,
        ),
        (
            "Published By : Admin | April 19, 2019 | 21:39 IST",
            None,
            "April 19, 2019 | 21:39 IST",
            "2019-04-19T21:39:00+05:30",
            None,
        ),
        (
            "Mar 14, 2018 17:51 IST",
            None,
            "Mar 14, 2018 17:51 IST",
            "2018-03-14T17:51:00+05:30",
            None,
        ),
        (
            "24 Jan 2021 4:26 PM GMT",
            None,
            "24 Jan 2021 4:26 PM GMT",
            "2021-01-24T16:26:00+00:00",
            None,
        ),
        (
            "Posted: 11 Apr 2013 09:15 PM PDT",
            Some("Posted"),
            "11 Apr 2013 09:15 PM PDT",
            "2013-04-11T21:15:00-07:00",
            None,
        ),
    ];
    for (header, label, text, iso, byline) in rows {
        let a = parse(page(&format!(
            "{header}\n\nKUALA LUMPUR, Aug 6 (Bernama) -- Text."
        )))
        .unwrap();
        let t = a
            .timestamp()
            .unwrap_or_else(|| panic!("no time in {header:?}"));
        assert_eq!((t.label(), t.text()), (*label, *text), "{header}");
        assert_eq!(t.datetime().unwrap().to_string(), *iso, "{header}");
        assert_eq!(a.byline(), *byline, "{header}");
        assert_eq!(a.paragraphs().len(), 1, "{header}: {:?}", a.paragraphs());
    }
}

#[test]
fn trailers_and_boilerplate() {
    let a = parse(page("Text.\n\nRecommended For You\n\neditorji | World\n\nFirst title\n\neditorji | India\n\nSecond title")).unwrap();
    let r: Vec<_> = a
        .related()
        .iter()
        .map(|l| {
            (
                l.source().unwrap(),
                l.section().unwrap(),
                l.title().to_string(),
            )
        })
        .collect();
    assert_eq!(
        r,
        [
            ("editorji", "World", "First title".to_owned()),
            ("editorji", "India", "Second title".to_owned())
        ]
    );
    for heading in ["### More From This Section", "Also Read", "Related News"] {
        let a = parse(page(&format!(
            "Text.\n\n{heading}\n\nA related title\n\nAnother title"
        )))
        .unwrap();
        assert_eq!(
            (a.paragraphs().len(), a.related().len()),
            (1, 2),
            "{heading}"
        );
    }
    for line in [
        "Also Read | Delhi Metro Extends Timings.",
        "ALSO READ | Something else",
        "Also Read: Something else",
        "Image Credit: ANI",
    ] {
        let a = parse(page(&format!("Text one.\n\n{line}\n\nText two."))).unwrap();
        assert_eq!(
            (a.paragraphs().len(), a.boilerplate().len()),
            (2, 1),
            "{line}"
        );
    }
}

#[test]
fn tricky_cases() {
    // A sentence starting with a place and a comma is not a dateline.
    assert!(
        parse(page(
            "New Delhi, Taking a dig at the rival party, the minister said."
        ))
        .unwrap()
        .dateline()
        .is_none()
    );
    // Devdiscourse: no dateline at all.
    assert!(
        parse(page("The state government will install 30 stations."))
            .unwrap()
            .dateline()
            .is_none()
    );
    // CRLF, a BOM, no-break spaces, curly quotes, non-ASCII places, no final newline.
    let a = parse("\u{feff}H\r\n\r\nSão\u{a0}Paulo, May 3 (Reuters) - “Text,” he said.").unwrap();
    assert_eq!(dl(&a).0, "São\u{a0}Paulo");
    assert_eq!(a.paragraphs()[0].joined(), "“Text,” he said.");
    let a = parse(page("Zürich, Aug 13 (AP) Text.")).unwrap();
    assert_eq!(dl(&a).0, "Zürich");
    // A byline run into the dateline.
    let a = parse(page("By Shirish B Pradhan Kathmandu, Oct 17 (PTI) Text.")).unwrap();
    assert_eq!(
        (a.byline(), dl(&a).0.as_str()),
        (Some("By Shirish B Pradhan"), "Kathmandu")
    );
    // Yonhap's markers stay in the headline.
    let a = parse("(LEAD) S. Korea's exports rise\n\nSEOUL, Nov. 24 (Yonhap) -- Text.").unwrap();
    assert_eq!(a.headline(), "(LEAD) S. Korea's exports rise");
}
