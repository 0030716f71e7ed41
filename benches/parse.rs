//! Throughput of `wirecopy::parse` with its peers in the same run:
//! a regex extractor of the same fields (a fair peer, compiled once outside
//! the timed loop) and the floor, `str::lines()` with a trim of each line.
//!
//! - `real_portal` and `real_wire`: real-shaped corpora, each page as it is
//!   (not padded), copied until the corpus is 32 MB (well past the last-level
//!   cache) and laid out in a shuffled order. `real_portal`: the crate's
//!   portal fixtures, and when `../shared/corpus` is beside the crate its
//!   portal pages, the AG News dev items and the Reuters-21578 stories
//!   (which make up most of its bytes); `real_agnews`: the AG News items
//!   alone (short pages, where the fixed cost per page weighs most);
//!   `real_wire`: the Reuters-21578 stories (or, without `../shared`, the
//!   crate's 1987 fixture and a few stories wrapped like it).
//! - `per_page`: single pages hot in cache, each against its own floor: a
//!   26-byte page, a ~300-byte and a ~1 KB fixture, and the seed page
//!   (when `../shared/seeds` is there). This is where a fixed cost per page
//!   shows. Beside them, a lower bound of any parser that returns an
//!   [`Article`](wirecopy::Article): `skeleton` splits the page into blocks
//!   and builds an article of them (headline and paragraphs), no grammar.
//! - `padded_portal`: the 0.1 bench corpus, seven fixtures padded to 3.5 KB
//!   and parsed while in cache; kept as one labelled row to compare with
//!   older figures, not as the headline.
//! - `worst_case`: adversarial inputs at 10 KB, 100 KB and 1 MB: time per
//!   byte must stay flat.
//!
//! `cargo bench --bench parse` (`-- real_` for the corpora only).

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;

const PORTAL_FIXTURES: &[&str] = &[
    include_str!("../tests/fixtures/editorji-pti-thrissur.txt"),
    include_str!("../tests/fixtures/ndtv-pti-pune.txt"),
    include_str!("../tests/fixtures/latestly-ani-guwahati.txt"),
    include_str!("../tests/fixtures/devdiscourse-ani-dehradun.txt"),
    include_str!("../tests/fixtures/ians-bhubaneswar.txt"),
    include_str!("../tests/fixtures/ap-raw-boise.txt"),
    include_str!("../tests/fixtures/reuters-credit-zurich.txt"),
];

const WIRE_FIXTURE: &str = include_str!("../tests/fixtures/reuters1987-sydney.txt");

/// Size of each real-shaped corpus.
const CORPUS_BYTES: usize = 32 << 20;

/// `../shared/corpus/…` beside the crate, if it is there.
fn shared(path: &str) -> Option<std::path::PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(path);
    p.exists().then_some(p)
}

/// The `text` field of each line of a JSON Lines file.
fn jsonl_texts(path: &Path) -> Vec<String> {
    let data = std::fs::read_to_string(path).expect("readable JSON Lines");
    data.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_owned))
        .filter(|t| !t.trim().is_empty())
        .collect()
}

/// `pages` copied (each copy its own allocation) until `CORPUS_BYTES`, in a
/// shuffled order (a fixed-seed xorshift: the same corpus in every run).
fn fill_corpus(pages: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut len = 0;
    while len < CORPUS_BYTES {
        for p in pages {
            out.push(p.clone());
            len += p.len();
        }
    }
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in (1..out.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.swap(i, (x % (i as u64 + 1)) as usize);
    }
    out
}

/// Real-shaped pages as they are: the portal fixtures, and with `../shared`
/// its portal pages, the AG News dev items and the Reuters-21578 stories.
fn real_portal_corpus() -> Vec<String> {
    let mut pages: Vec<String> = PORTAL_FIXTURES.iter().map(|p| p.to_string()).collect();
    match shared("corpus/portals") {
        Some(dir) => {
            let mut files: Vec<_> = std::fs::read_dir(dir)
                .expect("readable portals folder")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            files.sort();
            pages.extend(
                files
                    .iter()
                    .map(|f| std::fs::read_to_string(f).expect("page")),
            );
        }
        None => eprintln!("real_portal: ../shared/corpus/portals not found; fixtures only"),
    }
    match shared("corpus/agnews/dev.jsonl") {
        Some(f) => pages.extend(jsonl_texts(&f)),
        None => eprintln!("real_portal: ../shared/corpus/agnews not found; fixtures only"),
    }
    if let Some(f) = shared("corpus/reuters21578/train.jsonl") {
        pages.extend(jsonl_texts(&f));
    }
    fill_corpus(&pages)
}

/// The AG News dev items alone (short feed items, ~250 bytes): the part of
/// the real-shaped portal corpus where the fixed cost per page weighs most.
fn agnews_corpus() -> Option<Vec<String>> {
    let f = shared("corpus/agnews/dev.jsonl")?;
    Some(fill_corpus(&jsonl_texts(&f)))
}

/// Real-shaped wire copy: the Reuters-21578 stories, else the 1987 fixture
/// and stories wrapped like it.
fn real_wire_corpus() -> Vec<String> {
    match shared("corpus/reuters21578/train.jsonl") {
        Some(f) => fill_corpus(&jsonl_texts(&f)),
        None => {
            eprintln!("real_wire: ../shared/corpus/reuters21578 not found; synthetic wire copy");
            fill_corpus(&wire_corpus())
        }
    }
}

/// The 0.1 corpus: each portal fixture with its body paragraphs repeated
/// until the page is about 3.5 KB.
fn padded_portal_corpus() -> Vec<String> {
    let mut pages = Vec::new();
    for fixture in PORTAL_FIXTURES {
        let blocks: Vec<&str> = fixture.split("\n\n").collect();
        let body: Vec<&str> = blocks
            .iter()
            .copied()
            .filter(|b| b.len() > 120 && !b.starts_with('('))
            .collect();
        let mut page: Vec<&str> = blocks[..2.min(blocks.len())].to_vec();
        let tail = &blocks[2.min(blocks.len())..];
        let mut len: usize = page.iter().map(|b| b.len() + 2).sum::<usize>()
            + tail.iter().map(|b| b.len() + 2).sum::<usize>();
        let mut i = 0;
        while len < 3500 && !body.is_empty() {
            page.push(body[i % body.len()]);
            len += body[i % body.len()].len() + 2;
            i += 1;
        }
        page.extend_from_slice(tail);
        pages.push(page.join("\n\n") + "\n");
    }
    pages
}

/// Wire copy built here when `../shared` is missing: the 1987 fixture and
/// paragraphs re-wrapped at 65 columns with a four-space indent.
fn wire_corpus() -> Vec<String> {
    let prose = "Prices at this week's wool auctions held firm on strong buying from mills in Japan and China, brokers said, while clearance rates rose in every selling centre and the market indicator closed two cents higher than a week ago.";
    let mut stories = vec![WIRE_FIXTURE.to_owned()];
    for (n, city) in [
        "SYDNEY, April 8",
        "LONDON, March 2",
        "NEW YORK, March 26",
        "TOKYO, Feb 27",
    ]
    .iter()
    .enumerate()
    {
        let mut s = format!("STORY {n} HEADLINE IN CAPITALS\n\n    {city} - ");
        let mut col = 8 + city.len();
        for p in 0..6 {
            if p > 0 {
                s.push_str("\n    ");
                col = 4;
            }
            for w in prose.split(' ') {
                if col + w.len() > 65 {
                    s.push('\n');
                    col = 0;
                }
                s.push_str(w);
                s.push(' ');
                col += w.len() + 1;
            }
        }
        s.push_str("\n Reuter\n");
        stories.push(s);
    }
    stories
}

/// What a competent user would write with the `regex` crate to get the same
/// fields: headline, timestamp, dateline, paragraphs, sign-off, disclaimer,
/// related links.
struct RegexPeer {
    blocks: Regex,
    timestamp: Regex,
    dateline: Regex,
    signoff: Regex,
    disclaimer: Regex,
    pair: Regex,
}

#[derive(Default)]
struct Fields<'a> {
    headline: &'a str,
    timestamp: Option<&'a str>,
    dateline: Option<(&'a str, Option<&'a str>, Option<&'a str>)>,
    paragraphs: Vec<&'a str>,
    signoff: Option<&'a str>,
    disclaimer: Option<&'a str>,
    related: Vec<(&'a str, &'a str, &'a str)>,
}

impl RegexPeer {
    fn new() -> Self {
        RegexPeer {
            blocks: Regex::new(r"\n[ \t]*\n|\n(?:[ \t]+)").unwrap(),
            timestamp: Regex::new(r"^(Updated|Last Updated|Published on|Posted|Created)\s*:\s*(.+?)\s*(?:\||$)").unwrap(),
            dateline: Regex::new(r"^\s*([A-Z][\w .'\[\]()/-]{1,60}?)(?:,\s+((?:[A-Z][a-z]{2,8}\.?|[A-Z]{3})\s+\d{1,2}))?(?:\s+\(([A-Za-z]{2,10})\))?\s*(?:--|[-—–_:])?\s+").unwrap(),
            signoff: Regex::new(r"(?:\(([A-Za-z]{2,10})\)(?:\s+[A-Z]{2,5})*|--\s*[A-Z]{2,6}|^\s*Reuter)\s*$").unwrap(),
            disclaimer: Regex::new(r"(?i)auto-generated|syndicated feed|wire agency feed").unwrap(),
            pair: Regex::new(r"^(\w+) \| (\w+)$").unwrap(),
        }
    }

    fn extract<'a>(&self, page: &'a str) -> Fields<'a> {
        let mut f = Fields::default();
        let mut blocks = self
            .blocks
            .split(page)
            .map(str::trim)
            .filter(|b| !b.is_empty());
        f.headline = blocks.next().unwrap_or("");
        let mut in_related = false;
        let mut pending = None;
        for b in blocks {
            if in_related {
                if let Some(c) = self.pair.captures(b) {
                    pending = Some((c.get(1).unwrap().as_str(), c.get(2).unwrap().as_str()));
                } else if let Some((s, sec)) = pending.take() {
                    f.related.push((s, sec, b));
                }
                continue;
            }
            if b == "Recommended For You" {
                in_related = true;
                continue;
            }
            if f.timestamp.is_none()
                && f.paragraphs.is_empty()
                && let Some(c) = self.timestamp.captures(b)
            {
                f.timestamp = c.get(2).map(|m| m.as_str());
                continue;
            }
            if self.disclaimer.is_match(b) && b.len() < 400 {
                f.disclaimer = Some(b);
                continue;
            }
            if f.paragraphs.is_empty()
                && f.dateline.is_none()
                && let Some(c) = self.dateline.captures(b)
                && (c.get(2).is_some() || c.get(3).is_some())
            {
                f.dateline = Some((
                    c.get(1).unwrap().as_str(),
                    c.get(2).map(|m| m.as_str()),
                    c.get(3).map(|m| m.as_str()),
                ));
                f.paragraphs.push(&b[c.get(0).unwrap().end()..]);
                continue;
            }
            f.paragraphs.push(b);
        }
        if let Some(last) = f.paragraphs.last_mut()
            && let Some(m) = self.signoff.find(last)
        {
            f.signoff = Some(m.as_str());
            *last = last[..m.start()].trim_end();
        }
        f
    }
}

fn floor(page: &str) -> usize {
    let mut n = 0;
    for l in page.lines() {
        n += black_box(l.trim()).len();
    }
    n
}

fn group(c: &mut Criterion, name: &str, corpus: &[String]) {
    let bytes: usize = corpus.iter().map(String::len).sum();
    let peer = RegexPeer::new();
    // The peer really extracts the fields (a guard against an idle peer).
    let first = peer.extract(&corpus[0]);
    assert!(!first.headline.is_empty());
    let mut g = c.benchmark_group(name);
    if bytes > 1 << 20 {
        g.sample_size(10);
    }
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("wirecopy", |b| {
        b.iter(|| {
            for page in corpus {
                black_box(wirecopy::parse(black_box(page)).unwrap());
            }
        })
    });
    g.bench_function("regex_peer", |b| {
        b.iter(|| {
            for page in corpus {
                let f = peer.extract(black_box(page));
                black_box((
                    f.headline,
                    f.timestamp,
                    f.dateline,
                    f.signoff,
                    f.disclaimer,
                    f.related.len(),
                    f.paragraphs.len(),
                ));
            }
        })
    });
    g.bench_function("lines_floor", |b| {
        b.iter(|| {
            for page in corpus {
                black_box(floor(black_box(page)));
            }
        })
    });
    g.finish();
}

fn throughput(c: &mut Criterion) {
    group(c, "real_portal", &real_portal_corpus());
    match agnews_corpus() {
        Some(corpus) => group(c, "real_agnews", &corpus),
        None => eprintln!("real_agnews: ../shared/corpus/agnews not found; skipped"),
    }
    group(c, "real_wire", &real_wire_corpus());
    group(c, "padded_portal", &padded_portal_corpus());
}

/// One page at a time, hot in cache: the parse and the floor of the same
/// page side by side.
fn per_page(c: &mut Criterion) {
    let mut pages: Vec<(&str, String)> = vec![
        ("minimal_26b", "Headline\n\nBody text here.\n".to_owned()),
        ("fixture_306b", PORTAL_FIXTURES[6].to_owned()),
        ("fixture_1122b", PORTAL_FIXTURES[0].to_owned()),
    ];
    match shared("seeds/editorji-ap-seoul-tokyo.txt") {
        Some(f) => pages.push(("seed_3.5kb", std::fs::read_to_string(f).expect("seed"))),
        None => eprintln!("per_page: ../shared/seeds not found; no seed row"),
    }
    let mut g = c.benchmark_group("per_page");
    for (name, page) in &pages {
        g.throughput(Throughput::Bytes(page.len() as u64));
        g.bench_with_input(BenchmarkId::new("wirecopy", name), page, |b, page| {
            b.iter(|| black_box(wirecopy::parse(black_box(page)).unwrap()))
        });
        g.bench_with_input(BenchmarkId::new("lines_floor", name), page, |b, page| {
            b.iter(|| black_box(floor(black_box(page))))
        });
        g.bench_with_input(BenchmarkId::new("skeleton", name), page, |b, page| {
            b.iter(|| black_box(skeleton(black_box(page))))
        });
    }
    g.finish();
}

/// The least a parser returning an article does: the blocks of the page,
/// the first as the headline and the others as paragraphs (the vector
/// sized as the parser sizes it), no grammar.
fn skeleton(page: &str) -> wirecopy::Article<'_> {
    let mut blocks = wirecopy::text::Blocks::new(page);
    let headline = blocks.next().unwrap_or("");
    let mut paragraphs = Vec::with_capacity(page.len() / 128 + 4);
    paragraphs.extend(blocks.map(wirecopy::Text::new));
    wirecopy::Article::new(headline).with_paragraphs(paragraphs)
}

/// Inputs built to find super-linear time, at 10 KB, 100 KB and 1 MB.
/// A worst case: its name and how to build it at a given size.
type WorstCase = (&'static str, fn(usize) -> String);

fn worst_cases() -> Vec<WorstCase> {
    fn fill(unit: &str, prefix: &str, n: usize) -> String {
        let mut s = String::from(prefix);
        while s.len() < n {
            s.push_str(unit);
        }
        s
    }
    vec![
        ("one_huge_line", |n| fill("word ", "H\n\n", n)),
        ("only_newlines", |n| fill("\n", "H", n)),
        ("only_open_parens", |n| fill("(", "H\n\n", n)),
        ("ap_runs", |n| fill("(AP) ", "H\n\n", n)),
        ("related_pairs", |n| {
            fill(
                "editorji | World\n\n",
                "H\n\nBody.\n\nRecommended For You\n\n",
                n,
            )
        }),
        ("dateline_prefixes", |n| {
            fill("Seoul, Aug 13 (AP) ", "H\n\n", n)
        }),
        ("also_read_lines", |n| fill("Also Read | x\n", "H\n\n", n)),
        ("also_read_blocks", |n| {
            fill("Also Read | x\n\n", "H\n\n", n)
        }),
        ("signoff_lines", |n| fill(" Reuter\n", "H\n\n", n)),
        ("credit_blocks", |n| {
            fill("(With inputs from PTI)\n\n", "H\n\n", n)
        }),
        ("header_pipes", |n| fill("|\n", "H\n\n", n)),
        ("distinct_credits", |n| {
            let mut s = String::from("H\n\n");
            let mut i = 0;
            while s.len() < n {
                s.push_str(&format!("(With inputs from X{i})\n\n"));
                i += 1;
            }
            s
        }),
        ("slashed_place", |n| fill("A/", "H\n\n", n)),
        ("byline_commas", |n| fill("By X, ", "H\n\n", n)),
        ("lone_crs", |n| fill("\r", "H", n)),
        ("header_times", |n| {
            fill("Updated : Aug 13, 2025 14:23\n", "H\n\n", n)
        }),
        ("trailing_spaces", |n| fill("word   \n", "H\n\n", n)),
        ("indented_lines", |n| fill("    x\n", "H\n\n", n)),
        ("disclaimer_tail", |n| {
            fill(
                "(This story is auto-generated from a syndicated feed.) ",
                "H\n\nText ",
                n,
            )
        }),
        // Agency copy as delivered: byline blocks, notebooks, closing marks.
        ("byline_titles", |n| {
            fill("AP Sports Writer\n", "H\n\nBy X\n", n)
        }),
        ("byline_title_lines", |n| {
            fill("By X\nAP Sports Writer\n", "H\n", n)
        }),
        ("byline_agency_words", |n| fill("By dpa, ", "H\n\n", n)),
        ("notebook_lines", |n| {
            fill("- x\n", "H\n\nBody.\n\n# Notebook\n", n)
        }),
        ("notebook_blocks", |n| {
            fill("- x\n\n", "H\n\nBody.\n\n# Notebook\n\n", n)
        }),
        ("asterism_rules", |n| {
            fill("* * * *\n\n", "H\n\nBody.\n\n", n)
        }),
        ("notices", |n| {
            fill(
                "The following information is not for publication\n",
                "H\n\n",
                n,
            )
        }),
        ("closing_marks", |n| fill("hh/ph\n\n", "H\n\nBody.\n\n", n)),
        ("alert_dateline", |n| fill("x", "HONOLULU (AP) _ ", n)),
    ]
}

fn worst(c: &mut Criterion) {
    let mut g = c.benchmark_group("worst_case");
    g.sample_size(10);
    for (name, make) in worst_cases() {
        for size in [10_000usize, 100_000, 1_000_000] {
            let input = make(size);
            g.throughput(Throughput::Bytes(input.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, size), &input, |b, input| {
                b.iter(|| black_box(wirecopy::parse(black_box(input))))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, throughput, per_page, worst);
criterion_main!(benches);
