//! Cost of syndication fingerprints beside the parse they follow, and of
//! grouping a million fingerprints.
//!
//! - `per_article`: `wirecopy::parse` of each page, `Fingerprint` of its
//!   (already parsed) paragraphs, and both together. Pages: the portal
//!   samples in `../shared/corpus/portals/` and the first 100 stories of
//!   `../shared/corpus/reuters21578/train.jsonl` (skipped when absent).
//! - `group_1m`: `Grouper::add` of 1,000,000 fingerprints of synthetic
//!   bodies (60 words from a 20,000-word vocabulary with figures), every
//!   tenth one a copy of an earlier body with one word changed.
//!
//! `cargo bench --bench syndication`

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use wirecopy::syndication::{Fingerprint, Grouper};

fn shared_dir() -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    [manifest.join("../shared"), manifest.join("../../shared")]
        .into_iter()
        .find(|d| d.join("corpus/portals").is_dir())
}

fn pages() -> Vec<String> {
    let Some(shared) = shared_dir() else {
        return Vec::new();
    };
    let mut pages = Vec::new();
    if let Ok(dir) = std::fs::read_dir(shared.join("corpus/portals")) {
        let mut paths: Vec<PathBuf> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        {
            if let Ok(text) = std::fs::read_to_string(p) {
                pages.push(text);
            }
        }
    }
    if let Ok(jsonl) = std::fs::read_to_string(shared.join("corpus/reuters21578/train.jsonl")) {
        for line in jsonl.lines().take(100) {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line)
                && let Some(text) = v["text"].as_str()
            {
                pages.push(text.to_owned());
            }
        }
    }
    pages
}

fn per_article(c: &mut Criterion) {
    let pages = pages();
    if pages.is_empty() {
        println!("skipped: ../shared missing");
        return;
    }
    let bytes: usize = pages.iter().map(String::len).sum();
    // Paragraphs as the parser gives them, joined, outside the timed loop.
    let bodies: Vec<Vec<String>> = pages
        .iter()
        .map(|p| {
            wirecopy::parse(p)
                .map(|a| {
                    a.paragraphs()
                        .iter()
                        .map(|t| t.joined().into_owned())
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    let mut group = c.benchmark_group("per_article");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("parse", |b| {
        b.iter(|| {
            for p in &pages {
                let _ = black_box(wirecopy::parse(black_box(p)));
            }
        })
    });
    group.bench_function("fingerprint", |b| {
        b.iter(|| {
            for body in &bodies {
                black_box(Fingerprint::from_paragraphs(
                    body.iter().map(String::as_str),
                ));
            }
        })
    });
    group.bench_function("parse_and_fingerprint", |b| {
        b.iter(|| {
            for p in &pages {
                if let Ok(a) = wirecopy::parse(black_box(p)) {
                    black_box(Fingerprint::from_paragraphs(
                        a.paragraphs().iter().map(|t| t.raw()),
                    ));
                }
            }
        })
    });
    group.finish();
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
