//! Syndication groups on a test set built here from real Reuters stories
//! (`../shared/corpus/reuters21578/train.jsonl`), republished in portal
//! shells with the edits republishers make, parsed with `wirecopy::parse`.
//!
//! Scores the pairwise precision and recall of the grouping against the
//! truth (pages of one source story are one group), beside the baseline a
//! user would set up: MinHash over the raw page text (5-word shingles,
//! 16 bands of 4, Jaccard ≥ 0.5).
//!
//! `cargo test --test test_syndication -- --nocapture` prints the scores
//! (1,500 stories, about 3,500 pages; a few seconds in a debug build).
//! `SYNDICATION_ANALYSE=1` also prints all-pairs similarity figures and
//! every merge of different sources.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use wirecopy::syndication::{Fingerprint, GroupId, Grouper};

// ---------------------------------------------------------------- PRNG

/// SplitMix64: a tiny deterministic PRNG.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn mix64(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

// ---------------------------------------------------------------- corpus

struct Story {
    title: String,
    place: String,
    month: usize,
    day: usize,
    /// Body paragraphs, lines joined, dateline and sign-off removed.
    paragraphs: Vec<String>,
    /// The story as it came off the wire.
    raw: String,
    template: bool,
}

fn shared_dir() -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    [manifest.join("../shared"), manifest.join("../../shared")]
        .into_iter()
        .find(|d| d.join("corpus/reuters21578/train.jsonl").is_file())
}

/// Splits 1987 wire copy into its paragraphs: a line indented by four
/// spaces starts one; the ` Reuter` sign-off line is dropped.
fn wire_paragraphs(body: &str) -> Vec<String> {
    let mut paragraphs: Vec<String> = Vec::new();
    for line in body.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if line.starts_with(' ') && t.to_ascii_lowercase().starts_with("reuter") && t.len() <= 10 {
            continue;
        }
        if line.starts_with("    ") || paragraphs.is_empty() {
            paragraphs.push(t.to_owned());
        } else if let Some(last) = paragraphs.last_mut() {
            last.push(' ');
            last.push_str(t);
        }
    }
    paragraphs
}

/// Cuts `PLACE, Month Day -` from the first paragraph.
fn cut_dateline(first: &str, day: usize) -> Option<String> {
    let day = day.to_string();
    for (i, _) in first.match_indices('-').take(3) {
        if i > 80 {
            break;
        }
        if first[..i].trim_end().ends_with(&day) {
            return Some(first[i + 1..].trim_start().to_owned());
        }
    }
    None
}

/// Template copy: tables of figures (`Shr ... vs ...`), dividends, prices.
fn is_template(title: &str, paragraphs: &[String]) -> bool {
    let vs = paragraphs.iter().filter(|p| p.contains(" vs ")).count();
    let t = title.to_ascii_uppercase();
    vs >= 2
        || [
            " NET", "DIVIDEND", "PAYOUT", " DIV", "PRICE", "RATE", "QTR", "LOSS", "PROFIT",
        ]
        .iter()
        .any(|k| t.contains(k))
            && paragraphs.iter().map(|p| p.len()).sum::<usize>() < 600
}

fn load(path: &PathBuf) -> Vec<Story> {
    let text = std::fs::read_to_string(path).expect("train.jsonl");
    let mut stories = Vec::new();
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        let (Some(raw), Some(expect)) = (v["text"].as_str(), v.get("expect")) else {
            continue;
        };
        let (Some(place), Some(month), Some(day)) = (
            expect["place"].as_str(),
            expect["month"].as_u64(),
            expect["day"].as_u64(),
        ) else {
            continue;
        };
        let Some((title, body)) = raw.split_once("\n\n") else {
            continue;
        };
        let mut paragraphs = wire_paragraphs(body);
        let Some(first) = paragraphs
            .first()
            .and_then(|p| cut_dateline(p, day as usize))
        else {
            continue;
        };
        if first.is_empty() {
            paragraphs.remove(0);
        } else {
            paragraphs[0] = first;
        }
        if paragraphs.is_empty() || paragraphs.iter().map(|p| p.len()).sum::<usize>() < 40 {
            continue;
        }
        let template = is_template(title, &paragraphs);
        stories.push(Story {
            title: title.trim().to_owned(),
            place: place.to_owned(),
            month: month as usize,
            day: day as usize,
            paragraphs,
            raw: raw.to_owned(),
            template,
        });
    }
    stories
}

/// The body as lowercase letters and digits, words separated by one space.
fn normalised(paragraphs: &[String]) -> String {
    let mut out = String::new();
    for p in paragraphs {
        for w in p.split_whitespace() {
            let w: String = w
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            if !w.is_empty() {
                out.push_str(&w);
                out.push(' ');
            }
        }
    }
    out
}

/// A deterministic sample: `n` stories, a third of them template copy, no
/// two with the same normalised body (the collection has re-sent stories).
fn sample(stories: &[Story], n: usize, rng: &mut Rng) -> Vec<usize> {
    let mut order: Vec<usize> = (0..stories.len()).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    let want_templates = n / 3;
    let (mut chosen, mut templates, mut seen) = (Vec::new(), 0, HashSet::new());
    for i in order {
        let s = &stories[i];
        if s.template && templates >= want_templates
            || !s.template && chosen.len() - templates >= n - want_templates
        {
            continue;
        }
        // Re-sent or corrected stories come under the same title.
        if !seen.insert(normalised(&s.paragraphs)) || !seen.insert(s.title.clone()) {
            continue;
        }
        templates += usize::from(s.template);
        chosen.push(i);
        if chosen.len() == n {
            break;
        }
    }
    chosen
}

// ---------------------------------------------------------------- pages

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const REUTERS_MONTHS: [&str; 12] = [
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
];

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn sentence_case(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut c = lower.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn clean_title(t: &str) -> String {
    t.replace(['<', '>'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn reworded(title: &str, rng: &mut Rng) -> String {
    let t = clean_title(title);
    let words: Vec<&str> = t.split(' ').collect();
    match rng.below(4) {
        0 => title_case(&t),
        1 => sentence_case(&t),
        2 if words.len() > 3 => format!(
            "{}: {}",
            title_case(words[0]),
            sentence_case(&words[1..].join(" "))
        ),
        _ => {
            let mut w: Vec<String> = words.iter().map(|w| title_case(w)).collect();
            if w.len() > 4 {
                w.pop();
            }
            w.join(" ") + ", Reports Say"
        }
    }
}

/// One typo: two neighbouring letters of a word swapped.
fn typo(paragraphs: &mut [String], rng: &mut Rng) {
    for _ in 0..10 {
        let p = rng.below(paragraphs.len());
        let words: Vec<&str> = paragraphs[p].split(' ').collect();
        let w = rng.below(words.len());
        let word = words[w];
        if word.len() >= 4 && word.bytes().all(|b| b.is_ascii_alphabetic()) {
            let mut b = word.as_bytes().to_vec();
            let i = 1 + rng.below(b.len() - 2);
            b.swap(i, i - 1);
            let new = String::from_utf8(b).unwrap_or_default();
            let mut words: Vec<String> = words.iter().map(|s| s.to_string()).collect();
            words[w] = new;
            paragraphs[p] = words.join(" ");
            return;
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Shell {
    Editorji,
    Ndtv,
    BusinessStandard,
    Latestly,
    Devdiscourse,
    Reuters,
}

struct Page {
    text: String,
    story: usize,
    wire: bool,
    timestamp: i64,
}

fn republish(s: &Story, others: &[&str], rng: &mut Rng) -> String {
    let shell = *rng.pick(&[
        Shell::Editorji,
        Shell::Ndtv,
        Shell::BusinessStandard,
        Shell::Latestly,
        Shell::Devdiscourse,
        Shell::Reuters,
    ]);
    let mut paragraphs = s.paragraphs.clone();
    if paragraphs.len() >= 2 && rng.chance(0.35) {
        let i = 1 + rng.below(paragraphs.len() - 1);
        paragraphs.remove(i);
    }
    if rng.chance(0.5) {
        typo(&mut paragraphs, rng);
    }
    let place_upper = s.place.to_uppercase();
    let place_title = title_case(&s.place);
    let (m3, mr) = (
        MONTHS[(s.month + 11) % 12],
        REUTERS_MONTHS[(s.month + 11) % 12],
    );
    let dateline = match shell {
        Shell::Reuters => format!("{place_upper}, {mr} {} (Reuters) - ", s.day),
        Shell::Devdiscourse => String::new(),
        _ if rng.chance(0.5) => format!("{place_title}, {m3} {} (Reuters) ", s.day),
        _ => format!("{place_upper}, {mr} {} (Reuters) - ", s.day),
    };
    paragraphs[0] = format!("{dateline}{}", paragraphs[0]);
    let headline = reworded(&s.title, rng);
    let other = |rng: &mut Rng| clean_title(rng.pick::<&str>(others));
    // The sign-off goes on the last body paragraph, before any link line.
    let last = paragraphs.len() - 1;
    match shell {
        Shell::Editorji => paragraphs[last].push_str(" (Reuters) NPK NPK"),
        Shell::Latestly => paragraphs[last].push_str(" (Reuters) (This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may not have modified or edited the content body)"),
        _ => {}
    }
    if paragraphs.len() >= 2 && (matches!(shell, Shell::Latestly) || rng.chance(0.25)) {
        let at = 1 + rng.below(paragraphs.len() - 1);
        let also = format!("Also Read | {}", title_case(&other(rng)));
        paragraphs.insert(at, also);
    }
    let (hh, mm) = (rng.below(24), rng.below(60));
    let mut blocks: Vec<String> = Vec::new();
    match shell {
        Shell::Editorji => {
            blocks.push(headline);
            blocks.push(format!(
                "Updated : {m3} {}, 1987 {hh:02}:{mm:02}\n|\nEditorji News Desk",
                s.day
            ));
            blocks.extend(paragraphs);
            blocks.push("(Only the headline of this report may have been reworked by Editorji; the rest of the content is auto-generated from a syndicated feed.)".into());
            blocks.push("Recommended For You".into());
            for section in ["World", "Business", "India"] {
                blocks.push(format!("editorji | {section}"));
                blocks.push(sentence_case(&other(rng)));
            }
        }
        Shell::Ndtv => {
            blocks.push(title_case(&headline));
            blocks.extend(paragraphs);
            blocks.push(if rng.chance(0.5) {
                "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)".into()
            } else {
                "(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)".into()
            });
        }
        Shell::BusinessStandard => {
            blocks.push(headline);
            blocks.push(format!(
                "Last Updated : {m3} {:02} 1987 | {}:{mm:02} PM IST",
                s.day,
                1 + hh % 12
            ));
            blocks.extend(paragraphs);
            blocks.push("(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)".into());
        }
        Shell::Latestly => {
            blocks.push(format!("World News | {}", title_case(&headline)));
            blocks.extend(paragraphs);
        }
        Shell::Devdiscourse => {
            blocks.push(headline);
            blocks.push(format!(
                "Reuters | {place_title} | Updated: {:02}-{:02}-1987 {hh:02}:{mm:02} IST | Created: {:02}-{:02}-1987 {hh:02}:{mm:02} IST",
                s.day, s.month, s.day, s.month
            ));
            blocks.extend(paragraphs);
            blocks.push("(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)".into());
        }
        Shell::Reuters => {
            blocks.push(headline);
            blocks.extend(paragraphs);
            blocks.push("(Reporting by Peter Hobson in London; Editing by Ana Nicolaci)".into());
        }
    }
    blocks.join("\n\n") + "\n"
}

/// The pages of the sampled stories, shuffled: every story once as it came
/// off the wire (unless dropped), 60% of them republished 1-4 times.
fn build_pages(stories: &[Story], chosen: &[usize], rng: &mut Rng) -> Vec<Page> {
    let titles: Vec<&str> = chosen.iter().map(|&i| stories[i].title.as_str()).collect();
    let mut pages = Vec::new();
    for (k, &i) in chosen.iter().enumerate() {
        let s = &stories[i];
        let copies = if rng.chance(0.6) { 1 + rng.below(4) } else { 0 };
        let t0 = 1_000_000 + 10_000 * k as i64;
        if copies == 0 || rng.chance(0.75) {
            pages.push(Page {
                text: s.raw.clone(),
                story: k,
                wire: true,
                timestamp: t0,
            });
        }
        for _ in 0..copies {
            let others: Vec<&str> = titles.iter().copied().filter(|t| *t != s.title).collect();
            let text = republish(s, &others, rng);
            pages.push(Page {
                text,
                story: k,
                wire: false,
                timestamp: t0 + 60 * (1 + rng.below(600)) as i64,
            });
        }
    }
    for i in (1..pages.len()).rev() {
        pages.swap(i, rng.below(i + 1));
    }
    pages
}

// ---------------------------------------------------------------- scoring

fn pairs(n: usize) -> u64 {
    (n as u64) * (n as u64).saturating_sub(1) / 2
}

/// Pairwise precision and recall of a grouping against the truth.
fn score(predicted: &[usize], truth: &[usize]) -> (f64, f64) {
    let mut cell: HashMap<(usize, usize), usize> = HashMap::new();
    let mut pred: HashMap<usize, usize> = HashMap::new();
    let mut tru: HashMap<usize, usize> = HashMap::new();
    for (&p, &t) in predicted.iter().zip(truth) {
        *cell.entry((p, t)).or_default() += 1;
        *pred.entry(p).or_default() += 1;
        *tru.entry(t).or_default() += 1;
    }
    let tp: u64 = cell.values().map(|&n| pairs(n)).sum();
    let pp: u64 = pred.values().map(|&n| pairs(n)).sum();
    let tt: u64 = tru.values().map(|&n| pairs(n)).sum();
    (tp as f64 / pp.max(1) as f64, tp as f64 / tt.max(1) as f64)
}

// ---------------------------------------------------------------- baseline

/// The baseline: MinHash (64 hash functions) over 5-word shingles of the raw
/// page text (lowercased, split at whitespace), LSH with 16 bands of 4,
/// candidates joined when their estimated Jaccard is at least 0.5.
fn baseline(pages: &[Page]) -> Vec<usize> {
    const K: usize = 64;
    let sigs: Vec<[u64; K]> = pages
        .iter()
        .map(|p| {
            let lower = p.text.to_lowercase();
            let words: Vec<&str> = lower.split_whitespace().collect();
            let mut sig = [u64::MAX; K];
            for w in words.windows(5.min(words.len())) {
                let mut h = 0u64;
                for word in w {
                    for b in word.bytes() {
                        h = mix64(h ^ u64::from(b));
                    }
                    h = mix64(h ^ 0x20);
                }
                for (i, s) in sig.iter_mut().enumerate() {
                    *s = (*s).min(mix64(h ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)));
                }
            }
            sig
        })
        .collect();
    let mut parent: Vec<usize> = (0..pages.len()).collect();
    fn find(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let mut buckets: HashMap<(usize, [u64; 4]), Vec<usize>> = HashMap::new();
    for (i, sig) in sigs.iter().enumerate() {
        for band in 0..16 {
            let key: [u64; 4] = sig[band * 4..band * 4 + 4].try_into().unwrap();
            let bucket = buckets.entry((band, key)).or_default();
            for &c in bucket.iter() {
                let same = sig.iter().zip(&sigs[c]).filter(|(a, b)| a == b).count();
                if same as f64 / K as f64 >= 0.5 {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, c));
                    parent[a] = b;
                }
            }
            bucket.push(i);
        }
    }
    (0..pages.len()).map(|i| find(&mut parent, i)).collect()
}

// ---------------------------------------------------------------- test

#[test]
fn groups_republished_reuters_stories() {
    let Some(shared) = shared_dir() else {
        println!("skipped: ../shared missing");
        return;
    };
    let started = std::time::Instant::now();
    let stories = load(&shared.join("corpus/reuters21578/train.jsonl"));
    let mut rng = Rng(0x5eed_2026);
    let n = 1500;
    let chosen = sample(&stories, n, &mut rng);
    let pages = build_pages(&stories, &chosen, &mut rng);
    let truth: Vec<usize> = pages.iter().map(|p| p.story).collect();

    let mut fps = Vec::with_capacity(pages.len());
    for p in &pages {
        let article = wirecopy::parse(&p.text).expect("page parses");
        let joined: Vec<_> = article.paragraphs().iter().map(|t| t.joined()).collect();
        fps.push(Fingerprint::from_paragraphs(
            joined.iter().map(|c| c.as_ref()),
        ));
    }
    let mut grouper = Grouper::new();
    for (p, fp) in pages.iter().zip(&fps) {
        grouper.add(fp, p.wire, Some(p.timestamp));
    }
    let groups: Vec<GroupId> = (0..pages.len())
        .map(|i| grouper.group_of(i).unwrap())
        .collect();
    let predicted: Vec<usize> = groups.iter().map(|g| g.index()).collect();
    let (precision, recall) = score(&predicted, &truth);
    let (bp, br) = score(&baseline(&pages), &truth);

    let templates = chosen.iter().filter(|&&i| stories[i].template).count();
    println!(
        "{} stories ({templates} template), {} pages, {} true pairs",
        chosen.len(),
        pages.len(),
        score_pairs(&truth)
    );
    println!(
        "fingerprint + Grouper:        precision {:.2}%  recall {:.2}%",
        100.0 * precision,
        100.0 * recall
    );
    println!(
        "baseline raw-page MinHash:    precision {:.2}%  recall {:.2}%",
        100.0 * bp,
        100.0 * br
    );

    // Template stories of different sources in one predicted group.
    let mut template_mixes = 0;
    let mut by_group: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, &g) in predicted.iter().enumerate() {
        by_group.entry(g).or_default().push(i);
    }
    for members in by_group.values() {
        let sources: HashSet<usize> = members.iter().map(|&i| truth[i]).collect();
        if sources.len() > 1 {
            let mixed: Vec<usize> = sources.iter().copied().collect();
            let t = mixed
                .iter()
                .filter(|&&k| stories[chosen[k]].template)
                .count();
            if t > 1 {
                template_mixes += 1;
            }
            if std::env::var_os("SYNDICATION_ANALYSE").is_some() || t > 1 {
                println!(
                    "-- merged sources {:?}",
                    mixed
                        .iter()
                        .map(|&k| &stories[chosen[k]].title)
                        .collect::<Vec<_>>()
                );
                if t > 1 {
                    for &m in members {
                        let a = wirecopy::parse(&pages[m].text).unwrap();
                        println!(
                            "   [{}] {:?}",
                            truth[m],
                            a.paragraphs()
                                .iter()
                                .map(|p| p.joined().into_owned())
                                .collect::<Vec<_>>()
                        );
                    }
                }
            }
        }
    }
    // Representatives: the wire original where the group has one.
    for (i, p) in pages.iter().enumerate() {
        if p.wire {
            let rep = grouper.representative(groups[i]).unwrap();
            assert!(
                pages[rep].wire,
                "group of wire page {i} is represented by a copy"
            );
        }
    }
    if std::env::var_os("SYNDICATION_ANALYSE").is_some() {
        analyse(&pages, &fps, &truth);
    }
    println!("took {:.1?}", started.elapsed());

    assert_eq!(
        template_mixes, 0,
        "template stories with different figures grouped"
    );
    assert!(precision >= 0.995, "precision {precision}");
    assert!(recall >= 0.98, "recall {recall}");
}

fn score_pairs(truth: &[usize]) -> u64 {
    let mut n: HashMap<usize, usize> = HashMap::new();
    for &t in truth {
        *n.entry(t).or_default() += 1;
    }
    n.values().map(|&c| pairs(c)).sum()
}

/// All-pairs figures: how similar copies of one story are, and how similar
/// different stories get.
fn analyse(pages: &[Page], fps: &[Fingerprint], truth: &[usize]) {
    let mut same: Vec<f64> = Vec::new();
    let mut same_c: Vec<f64> = Vec::new();
    let mut diff: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..fps.len() {
        for j in i + 1..fps.len() {
            let s = fps[i].similarity(&fps[j]);
            if truth[i] == truth[j] {
                same.push(s);
                same_c.push(fps[i].containment(&fps[j]));
            } else if s >= 0.1 {
                diff.push((s, i, j));
            }
        }
    }
    same.sort_by(f64::total_cmp);
    same_c.sort_by(f64::total_cmp);
    diff.sort_by(|a, b| b.0.total_cmp(&a.0));
    let q = |v: &[f64], f: f64| v[((v.len() - 1) as f64 * f) as usize];
    println!(
        "true pairs {}: similarity min {:.3} p0.5% {:.3} p1% {:.3} p2% {:.3} p5% {:.3} median {:.3}",
        same.len(),
        same[0],
        q(&same, 0.005),
        q(&same, 0.01),
        q(&same, 0.02),
        q(&same, 0.05),
        q(&same, 0.5)
    );
    println!(
        "true pairs containment min {:.3} p1% {:.3} p2% {:.3}",
        same_c[0],
        q(&same_c, 0.01),
        q(&same_c, 0.02)
    );
    for t in [0.2, 0.3, 0.4, 0.5, 0.6, 0.7] {
        let below = same.iter().filter(|&&s| s < t).count();
        let above = diff.iter().filter(|d| d.0 >= t).count();
        println!("threshold {t}: true pairs below {below}, false pairs at or above {above}");
    }
    for &(s, i, j) in diff.iter().take(8) {
        println!(
            "false pair {s:.3}:\n  {:?}\n  {:?}",
            head(&pages[i].text),
            head(&pages[j].text)
        );
    }
}

fn head(s: &str) -> String {
    s.chars().take(160).collect()
}
