//! Cost of syndication fingerprints beside the parse they follow, and of
//! grouping a million fingerprints.
//!
//! - `per_article/{reuters,portals}`: `ArticleParser::parse` of each page,
//!   and `Fingerprint::of` the article it gave (the paragraphs as the
//!   parser left them, borrowed from the page), on the same pages:
//!   the first 2,000 stories of `../shared/corpus/reuters21578/train.jsonl`
//!   (1.7 MB, more than the cache holds) and the portal samples in
//!   `../shared/corpus/portals/` (skipped, with a message, when absent).
//!   Throughput is in articles. After criterion's figures, the two are timed
//!   again in alternation (rounds of all the pages, parse then fingerprint,
//!   so that both see the same load on a shared machine) and the median
//!   ratio `fingerprint ÷ parse` per article is printed, and beside it two
//!   lower bounds for any fingerprint that reads every word of the body,
//!   timed in the same rounds: `words` finds each word (a separator mask,
//!   eight bytes at a time, and a count of the word starts), and `shingles`
//!   also hashes each word from its first eight bytes, combines each three
//!   and keeps a slot minimum (no normalisation, no key words): what a
//!   one-permutation MinHash of word shingles cannot do without.
//! - `group_1m`: `Grouper::add` of 1,000,000 fingerprints of synthetic
//!   bodies (60 words from a 20,000-word vocabulary with figures), every
//!   tenth one a copy of an earlier body with one word changed.
//!
//! `cargo bench --bench syndication` (`-- per_article` for the first part)

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use wirecopy::ArticleParser;
use wirecopy::syndication::{Fingerprint, Grouper};

/// Reuters stories taken from the top of `train.jsonl`.
const REUTERS_STORIES: usize = 2_000;

fn shared_dir() -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    [manifest.join("../shared"), manifest.join("../../shared")]
        .into_iter()
        .find(|d| d.join("corpus").is_dir())
}

/// The portal sample pages, in file-name order.
fn portal_pages(shared: &std::path::Path) -> Vec<String> {
    let Ok(dir) = std::fs::read_dir(shared.join("corpus/portals")) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// The first Reuters stories of the training set, as they came off the wire.
fn reuters_pages(shared: &std::path::Path) -> Vec<String> {
    let Ok(jsonl) = std::fs::read_to_string(shared.join("corpus/reuters21578/train.jsonl")) else {
        return Vec::new();
    };
    jsonl
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .take(REUTERS_STORIES)
        .collect()
}

fn per_article(c: &mut Criterion) {
    let Some(shared) = shared_dir() else {
        println!("per_article skipped: ../shared/corpus missing");
        return;
    };
    for (name, pages) in [
        ("reuters", reuters_pages(&shared)),
        ("portals", portal_pages(&shared)),
    ] {
        if pages.is_empty() {
            println!("per_article/{name} skipped: its pages are missing from ../shared/corpus");
            continue;
        }
        compare(c, name, &pages);
    }
}

/// A block of up to 64 bytes, zero-padded, with eight more zeros so that
/// eight bytes can be read from any of its bytes.
type Block = [u8; 72];

/// The blocks of a paragraph.
fn blocks(p: &str) -> impl Iterator<Item = Block> + '_ {
    p.as_bytes().chunks(64).map(|chunk| {
        let mut b = [0u8; 72];
        b[..chunk.len()].copy_from_slice(chunk);
        b
    })
}

/// Eight bytes of a block from `at` (at most 64), little-endian.
fn load8(b: &Block, at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
}

/// One bit a byte of a block: ASCII whitespace and control bytes (at most
/// `b' '`, the zero padding too), eight bytes at a time.
fn separators(b: &Block) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut sep = 0;
    for k in 0..8 {
        let x = load8(b, 8 * k);
        let at_most_space = !((x | HIGH).wrapping_sub(0x2121_2121_2121_2121) | x) & HIGH;
        sep |= (at_most_space.wrapping_mul(0x0002_0408_1020_4081) >> 56) << (8 * k);
    }
    sep
}

/// The least a fingerprint reading every word does: find the words. Returns
/// their number (a word cut at a block's edge counts twice: a bound, not a
/// tokeniser).
fn word_pass(paragraphs: &[&str]) -> u64 {
    let mut words = 0;
    for p in paragraphs {
        for b in blocks(p) {
            let w = !separators(&b);
            words += u64::from((w & !(w << 1)).count_ones());
        }
    }
    words
}

/// [`word_pass`] and a bare MinHash of its word shingles: each word hashed
/// from its first eight bytes, three combined, a slot minimum kept.
fn shingle_pass(paragraphs: &[&str]) -> u64 {
    let mut mins = [u16::MAX; 128];
    let (mut a, mut b) = (0u64, 0u64);
    for p in paragraphs {
        for block in blocks(p) {
            let w = !separators(&block);
            let (mut starts, mut ends) = (w & !(w << 1), w & !(w >> 1));
            while starts != 0 {
                let (s, e) = (starts.trailing_zeros(), ends.trailing_zeros());
                starts &= starts - 1;
                ends &= ends - 1;
                let len = (e + 1 - s).min(8);
                let word = load8(&block, s as usize) & (u64::MAX >> (64 - 8 * len));
                let h = (word | 0x2020_2020_2020_2020).wrapping_mul(0x517c_c1b7_2722_0a95);
                let shingle =
                    (a.rotate_left(42) ^ b.rotate_left(21) ^ h).wrapping_mul(0x9e37_79b9_7f4a_7c15);
                (a, b) = (b, h);
                let slot = (shingle >> 57) as usize;
                mins[slot] = mins[slot].min((shingle >> 41) as u16);
            }
        }
    }
    mins.iter().map(|&m| u64::from(m)).sum()
}

/// Times parse and fingerprint of the same pages, in criterion and then in
/// alternating rounds, and prints the ratio.
fn compare(c: &mut Criterion, name: &str, pages: &[String]) {
    let parser = ArticleParser::builtin();
    let articles: Vec<_> = pages.iter().filter_map(|p| parser.parse(p).ok()).collect();
    let n = articles.len();
    let bytes: usize = pages.iter().map(String::len).sum();
    let parse_all = || {
        for p in pages {
            let _ = black_box(parser.parse(black_box(p)));
        }
    };
    let fingerprint_all = || {
        for a in &articles {
            black_box(Fingerprint::of(black_box(a)));
        }
    };
    let bodies: Vec<Vec<&str>> = articles
        .iter()
        .map(|a| a.paragraphs().iter().map(|p| p.raw()).collect())
        .collect();
    let words_all = || {
        for b in &bodies {
            black_box(word_pass(black_box(b)));
        }
    };
    let shingles_all = || {
        for b in &bodies {
            black_box(shingle_pass(black_box(b)));
        }
    };

    let mut group = c.benchmark_group(format!("per_article/{name}"));
    group.throughput(Throughput::Elements(n as u64));
    group.bench_function("parse", |b| b.iter(parse_all));
    group.bench_function("fingerprint", |b| b.iter(fingerprint_all));
    group.finish();

    // Alternating rounds of at least 20 ms each way.
    let reps = {
        let t = Instant::now();
        parse_all();
        (Duration::from_millis(20).as_secs_f64() / t.elapsed().as_secs_f64().max(1e-9)).ceil()
            as usize
    };
    let time = |f: &dyn Fn()| {
        let t = Instant::now();
        for _ in 0..reps {
            f();
        }
        t.elapsed().as_secs_f64() / (reps * n.max(1)) as f64
    };
    let rounds: Vec<[f64; 4]> = (0..21)
        .map(|_| {
            [
                time(&parse_all),
                time(&fingerprint_all),
                time(&words_all),
                time(&shingles_all),
            ]
        })
        .collect();
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let mut ratios: Vec<f64> = rounds.iter().map(|r| r[1] / r[0]).collect();
    let mut word_ratios: Vec<f64> = rounds.iter().map(|r| r[2] / r[0]).collect();
    let mut shingle_ratios: Vec<f64> = rounds.iter().map(|r| r[3] / r[0]).collect();
    let mut parse: Vec<f64> = rounds.iter().map(|r| r[0]).collect();
    let mut fingerprint: Vec<f64> = rounds.iter().map(|r| r[1]).collect();
    let ratio = median(&mut ratios);
    println!(
        "per_article/{name}: {n} articles ({:.0} bytes each): parse {:.2} µs, fingerprint {:.2} µs \
         an article; fingerprint ÷ parse {ratio:.3} (median of 21 alternating rounds, {:.3}–{:.3})",
        bytes as f64 / n.max(1) as f64,
        1e6 * median(&mut parse),
        1e6 * median(&mut fingerprint),
        ratios[0],
        ratios[ratios.len() - 1],
    );
    println!(
        "per_article/{name}: lower bounds for a fingerprint reading every word, ÷ parse: \
         words {:.3}, bare word-shingle MinHash {:.3} (medians, same rounds)",
        median(&mut word_ratios),
        median(&mut shingle_ratios),
    );
}

/// SplitMix64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// A million fingerprints: random 60-word bodies, every tenth a copy of an
/// earlier body with one word replaced.
fn million() -> Vec<Fingerprint> {
    const N: usize = 1_000_000;
    let mut rng = Rng(7);
    let vocab: Vec<String> = (0..20_000)
        .map(|i| {
            if i % 10 == 0 {
                format!("{}", rng.next() % 100_000)
            } else {
                let len = 3 + rng.next() % 8;
                (0..len)
                    .map(|_| (b'a' + (rng.next() % 26) as u8) as char)
                    .collect()
            }
        })
        .collect();
    let mut bodies: Vec<Vec<u32>> = Vec::with_capacity(N / 10);
    let mut fps = Vec::with_capacity(N);
    let mut text = String::new();
    for i in 0..N {
        let words: Vec<u32> = if i % 10 == 9 && !bodies.is_empty() {
            let mut w = bodies[(rng.next() % bodies.len() as u64) as usize].clone();
            let at = (rng.next() % w.len() as u64) as usize;
            w[at] = (rng.next() % vocab.len() as u64) as u32;
            w
        } else {
            (0..60)
                .map(|_| (rng.next() % vocab.len() as u64) as u32)
                .collect()
        };
        text.clear();
        for &w in &words {
            text.push_str(&vocab[w as usize]);
            text.push(' ');
        }
        fps.push(Fingerprint::from_paragraphs([text.as_str()]));
        if i % 100 == 0 && bodies.len() < N / 10 {
            bodies.push(words);
        }
    }
    fps
}

fn group_1m(c: &mut Criterion) {
    let fps = million();
    let mut group = c.benchmark_group("group_1m");
    group.sample_size(10);
    group.throughput(Throughput::Elements(fps.len() as u64));
    group.bench_function("add", |b| {
        b.iter(|| {
            let mut g = Grouper::new();
            for (i, fp) in fps.iter().enumerate() {
                black_box(g.add(fp, i % 7 == 0, Some(i as i64)));
            }
            g
        })
    });
    group.finish();
    let mut g = Grouper::new();
    for fp in &fps {
        g.add(fp, false, None);
    }
    let grouped = (0..g.len())
        .filter(|&i| g.group_of(i).is_some_and(|id| id.index() != i))
        .count();
    println!(
        "group_1m: {} articles, {grouped} joined an earlier group (planted: 99,999 near-copies)",
        g.len()
    );
}

criterion_group!(benches, per_article, group_1m);
criterion_main!(benches);
