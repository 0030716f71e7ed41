//! Parse many pages on every core and write JSON Lines.
//!
//! ```text
//! cargo run --release --example corpus -- INPUT... [--out FILE] [--threads N]
//!     [--text-field NAME] [--title-field NAME] [--group]
//! ```
//!
//! INPUT is a directory of `.txt` pages (read recursively) or a JSON Lines
//! file whose objects have a `text` field (the common dump shape), and a
//! `title` field when the dump keeps the title apart (then the text is the
//! body, read with `parse_titled`). The field names can be set:
//! `--text-field maintext` reads news-please's dumps as they are. Output is
//! one line per article, in input order: the article's JSON (DESIGN.md's
//! contract) with a `source` key added (`path`, or `file:line`). The input
//! is read in batches, so memory stays bounded whatever its size. A progress
//! bar shows on stderr when it is a terminal; a summary ends the run:
//! articles, bytes, MB/s, the layouts met (blocks, one paragraph a line,
//! title apart), and failures grouped by error.
//!
//! `--group` also finds the copies of one wire story
//! (`wirecopy::syndication`): each line gets a `group` key, the output line
//! number (from 1) of the group's representative, and the representative
//! gets `"representative": true`. The representative is the group's wire
//! original (a page with no portal trace: no timestamp header, byline,
//! disclaimer or related list, and an agency credited), else the one with
//! the earliest timestamp, else the first. Since a group is only known
//! once every page is read, the input is read twice: a first pass parses
//! and fingerprints every page (in parallel) and groups the fingerprints as
//! they come, in input order; the second parses again and writes. Memory
//! holds the fingerprints and a few bytes a page, not the texts (about 1 KB
//! a page with the grouper's tables). The summary adds the number of groups
//! and the largest ones. The input must not change between the passes.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use wirecopy::Article;
use wirecopy::syndication::{Fingerprint, Grouper};

/// Documents per batch, and bytes per batch: whichever comes first. At most
/// four batches are alive at once (two queued, one parsing, one writing).
const BATCH_DOCS: usize = 1024;
const BATCH_BYTES: usize = 16 << 20;

/// The largest groups the summary names.
const LARGEST: usize = 5;

struct Doc {
    /// The file the document comes from.
    file: std::sync::Arc<str>,
    /// Its line, for JSON Lines input.
    line: Option<usize>,
    /// A page, or a JSON Lines object still to decode (in parallel).
    bytes: Vec<u8>,
    json: bool,
}

impl Doc {
    /// `path`, or `path:line` (formatted here, on the worker threads).
    fn source(&self) -> String {
        match self.line {
            Some(n) => format!("{}:{n}", self.file),
            None => self.file.to_string(),
        }
    }
}

/// A document, or a source that could not be read (and why).
type Item = Result<Doc, (String, String)>;

/// What became of one item: an output line and what the summary counts
/// of it, or the source, the error (without position) and the bytes it had.
type Outcome = Result<Written, (String, String, usize)>;

/// An article's output line, the size of its text, its layout and, for the
/// representative of one of the largest groups, its group, source and
/// headline.
struct Written {
    line: String,
    len: usize,
    layout: &'static str,
    named: Option<(u32, String, String)>,
}

/// Items in batches of at most `BATCH_DOCS` documents or `BATCH_BYTES`
/// bytes, each with its number in the input (from 0).
fn batches(items: impl Iterator<Item = Item>) -> impl Iterator<Item = Vec<(usize, Item)>> {
    let mut items = items.enumerate().peekable();
    std::iter::from_fn(move || {
        items.peek()?;
        let mut batch = Vec::with_capacity(BATCH_DOCS);
        let mut size = 0;
        while batch.len() < BATCH_DOCS && size < BATCH_BYTES {
            let Some(item) = items.next() else { break };
            size += item.1.as_ref().map_or(0, |d| d.bytes.len());
            batch.push(item);
        }
        Some(batch)
    })
}

/// Counts, and the failures grouped by error (with the first source).
#[derive(Default)]
struct Summary {
    articles: usize,
    bytes: usize,
    layouts: BTreeMap<&'static str, usize>,
    failures: BTreeMap<String, (usize, String)>,
    /// Source and headline of the representatives of the largest groups.
    named: BTreeMap<u32, (String, String)>,
}

impl Summary {
    fn write(&mut self, sink: &mut impl Write, outcomes: Vec<Outcome>) -> io::Result<()> {
        for o in outcomes {
            match o {
                Ok(w) => {
                    self.articles += 1;
                    self.bytes += w.len;
                    *self.layouts.entry(w.layout).or_default() += 1;
                    // Bytes straight out: no formatting machinery per line.
                    sink.write_all(w.line.as_bytes())?;
                    sink.write_all(b"\n")?;
                    if let Some((group, source, headline)) = w.named {
                        self.named.insert(group, (source, headline));
                    }
                }
                Err((source, why, len)) => {
                    self.bytes += len;
                    self.failures.entry(why).or_insert((0, source)).0 += 1;
                }
            }
        }
        Ok(())
    }
}

/// The names of the text and title fields of JSON Lines input.
static FIELDS: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();

/// The groups found by the first pass of `--group`, for the second.
static GROUPS: std::sync::OnceLock<Groups> = std::sync::OnceLock::new();

/// A JSON Lines object with the usual field names, borrowed where it can.
#[derive(serde::Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(borrow, default)]
    title: Option<Cow<'a, str>>,
}

/// The text and title of one JSON Lines object.
fn fields(bytes: &[u8]) -> Result<(Cow<'_, str>, Option<Cow<'_, str>>), String> {
    let (text_field, title_field) = FIELDS.get().map_or(("text", "title"), |(a, b)| (a, b));
    if (text_field, title_field) == ("text", "title") {
        let line: Line<'_> = serde_json::from_slice(bytes)
            .map_err(|e| format!("not a JSON object with a text field: {e}"))?;
        return Ok((line.text, line.title));
    }
    let v: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| format!("not a JSON object: {e}"))?;
    let text = v
        .get(text_field)
        .and_then(|t| t.as_str())
        .ok_or_else(|| format!("no `{text_field}` field"))?;
    let title = v.get(title_field).and_then(|t| t.as_str());
    Ok((
        Cow::Owned(text.to_owned()),
        title.map(|t| Cow::Owned(t.to_owned())),
    ))
}

/// How a document was laid out, for the summary.
fn layout_of(text: &str, titled: bool) -> &'static str {
    if titled {
        return "title apart";
    }
    let mut lines = wirecopy::text::Lines::new(text);
    let _headline = lines.find(|l| !wirecopy::text::is_blank(l));
    let rest = lines.rest();
    let blank_next = wirecopy::text::Lines::new(rest)
        .next()
        .is_some_and(wirecopy::text::is_blank);
    match (blank_next, wirecopy::text::layout(rest)) {
        (false, wirecopy::text::Layout::Lines) => "one paragraph a line",
        _ => "blocks",
    }
}

/// Yields documents from every input, one at a time.
fn documents(inputs: Vec<PathBuf>) -> impl Iterator<Item = Item> + Send {
    inputs
        .into_iter()
        .flat_map(|input| -> Box<dyn Iterator<Item = Item> + Send> {
            let name = input.display().to_string();
            if input.is_dir() {
                let mut files = Vec::new();
                walk(&input, &mut files);
                files.sort();
                Box::new(files.into_iter().map(|p| {
                    let source: std::sync::Arc<str> = p.display().to_string().into();
                    std::fs::read(&p)
                        .map(|bytes| Doc {
                            file: source.clone(),
                            line: None,
                            bytes,
                            json: false,
                        })
                        .map_err(|e| (source.to_string(), format!("cannot read: {e}")))
                }))
            } else {
                match File::open(&input) {
                    Ok(f) => {
                        // Lines as bytes (the JSON decoder checks UTF-8 later,
                        // in parallel); the line number is formatted only
                        // when the source is written.
                        let mut reader = BufReader::with_capacity(1 << 20, f);
                        let file: std::sync::Arc<str> = name.clone().into();
                        let mut n = 0usize;
                        // Room for a line like the last one: one allocation
                        // per line instead of a dozen while it grows.
                        let mut room = 1024;
                        Box::new(std::iter::from_fn(move || {
                            loop {
                                let mut line = Vec::with_capacity(room);
                                n += 1;
                                match reader.read_until(b'\n', &mut line) {
                                    Ok(0) => return None,
                                    Ok(_) if line.iter().all(u8::is_ascii_whitespace) => continue,
                                    Ok(_) => {
                                        room = line.len() + line.len() / 8 + 64;
                                        return Some(Ok(Doc {
                                            file: file.clone(),
                                            line: Some(n),
                                            bytes: line,
                                            json: true,
                                        }));
                                    }
                                    Err(e) => {
                                        return Some(Err((
                                            format!("{name}:{n}"),
                                            format!("cannot read: {e}"),
                                        )));
                                    }
                                }
                            }
                        }))
                    }
                    Err(e) => Box::new(std::iter::once(Err((name, format!("cannot open: {e}"))))),
                }
            }
        })
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// The text an article was parsed from, for the summary.
struct Parsed<'t> {
    /// The text, when it is UTF-8.
    text: Option<&'t str>,
    /// Its size in bytes.
    len: usize,
    titled: bool,
}

impl Parsed<'_> {
    fn layout(&self) -> &'static str {
        self.text.map_or("blocks", |t| layout_of(t, self.titled))
    }
}

/// Parses a document and hands the article and the text it came from to
/// `f`; or the error text (without position) to group by.
fn with_article<R>(
    doc: &Doc,
    f: impl FnOnce(&Article<'_>, Parsed<'_>) -> Result<R, String>,
) -> Result<R, String> {
    let strip = |e: wirecopy::Error| {
        let msg = e.to_string();
        msg.split_once(": ")
            .map_or(msg.clone(), |(_, m)| m.to_owned())
    };
    if doc.json {
        let (text, title) = fields(&doc.bytes)?;
        let article = match &title {
            Some(title) => wirecopy::parse_titled(title, &text),
            None => wirecopy::parse(&text),
        }
        .map_err(strip)?;
        let parsed = Parsed {
            text: Some(&text),
            len: text.len(),
            titled: title.is_some(),
        };
        f(&article, parsed)
    } else {
        let article = wirecopy::parse_bytes(&doc.bytes).map_err(strip)?;
        let parsed = Parsed {
            text: std::str::from_utf8(&doc.bytes).ok(),
            len: doc.bytes.len(),
            titled: false,
        };
        f(&article, parsed)
    }
}

/// One output line, with the group keys when `--group` found groups.
fn process(number: usize, doc: &Doc) -> Result<Written, String> {
    with_article(doc, |article, parsed| {
        let json = serde_json::to_string(article).map_err(|e| e.to_string())?;
        let source = serde_json::to_string(&doc.source()).map_err(|e| e.to_string())?;
        let (keys, named) = match GROUPS.get().and_then(|g| g.of(number)) {
            Some((group, representative, named)) => (
                format!(
                    "\"group\":{group},{}",
                    if representative {
                        "\"representative\":true,"
                    } else {
                        ""
                    }
                ),
                named.then(|| (group, doc.source(), article.headline().to_owned())),
            ),
            None => (String::new(), None),
        };
        Ok(Written {
            line: format!("{{\"source\":{source},{keys}{}", &json[1..]),
            len: parsed.len,
            layout: parsed.layout(),
            named,
        })
    })
}

fn outcome(number: usize, item: &Item) -> Outcome {
    match item {
        Ok(doc) => process(number, doc).map_err(|why| (doc.source(), why, doc.bytes.len())),
        Err((source, why)) => Err((source.clone(), why.clone(), 0)),
    }
}

/// Reads the inputs in batches, maps every item (on the pool's threads)
/// and hands the results to `consume` in input order. With more than one
/// thread, reading, mapping and consuming overlap: a reader thread fills
/// batches, the pool maps one batch while the reader fills the next and a
/// consumer thread takes the one before. Bounded channels keep at most a
/// few batches in memory.
fn stream<O: Send>(
    inputs: &[PathBuf],
    map: impl Fn(usize, &Item) -> O + Sync,
    mut consume: impl FnMut(Vec<O>) -> io::Result<()> + Send,
) -> io::Result<()> {
    let inputs = inputs.to_vec();
    if rayon::current_num_threads() == 1 {
        // One thread: read, map and consume in turn.
        for batch in batches(documents(inputs)) {
            consume(batch.iter().map(|(n, item)| map(*n, item)).collect())?;
        }
        return Ok(());
    }
    thread::scope(|scope| {
        let (batch_tx, batch_rx) = mpsc::sync_channel::<Vec<(usize, Item)>>(2);
        let (out_tx, out_rx) = mpsc::sync_channel::<Vec<O>>(2);
        scope.spawn(move || {
            for batch in batches(documents(inputs)) {
                if batch_tx.send(batch).is_err() {
                    break;
                }
            }
        });
        let consumer = scope.spawn(move || -> io::Result<()> {
            for outs in out_rx {
                consume(outs)?;
            }
            Ok(())
        });
        for batch in batch_rx {
            let outs: Vec<O> = batch.par_iter().map(|(n, item)| map(*n, item)).collect();
            if out_tx.send(outs).is_err() {
                break;
            }
        }
        drop(out_tx);
        consumer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the consumer thread panicked")))
    })
}

/// What the first pass of `--group` keeps of an article.
struct Signature {
    fingerprint: Fingerprint,
    wire: bool,
    timestamp: Option<i64>,
}

/// A page with no portal trace that credits an agency: the wire's own copy.
fn is_wire_original(a: &Article<'_>) -> bool {
    a.timestamp().is_none()
        && a.byline().is_none()
        && a.disclaimer().is_none()
        && a.related().is_empty()
        && !a.agencies().is_empty()
}

/// The article's timestamp in seconds (UTC when its zone is known, else
/// read as UTC; midnight when it has no time).
fn seconds(a: &Article<'_>) -> Option<i64> {
    let t = a.timestamp()?.datetime()?;
    Some(match t.to_chrono() {
        Some(instant) => instant.timestamp(),
        None => t
            .date()
            .and_time(t.time().unwrap_or_default())
            .and_utc()
            .timestamp(),
    })
}

/// The groups of the articles, for the second pass: a few bytes a document.
struct Groups {
    /// Each document's article number (its output line, from 0), or
    /// `u32::MAX` for a document that did not parse.
    article: Vec<u32>,
    /// Each article's group: the output line (from 1) of its representative.
    group: Vec<u32>,
    /// The representatives of the largest groups.
    largest: Vec<(usize, u32)>,
    /// How many groups, and how many of them hold more than one article.
    count: usize,
    shared: usize,
    in_shared: usize,
}

impl Groups {
    /// From the grouper of the first pass and the article number of each
    /// document.
    fn new(grouper: &Grouper, article: Vec<u32>) -> Groups {
        let n = grouper.len();
        let mut size = vec![0u32; n];
        let group: Vec<u32> = (0..n)
            .map(|i| {
                let rep = grouper
                    .group_of(i)
                    .and_then(|g| grouper.representative(g))
                    .unwrap_or(i);
                if let Some(s) = size.get_mut(rep) {
                    *s += 1;
                }
                rep as u32 + 1
            })
            .collect();
        let mut sizes: Vec<(usize, u32)> = size
            .iter()
            .enumerate()
            .filter(|&(_, &s)| s > 0)
            .map(|(rep, &s)| (s as usize, rep as u32))
            .collect();
        let count = sizes.len();
        let shared = sizes.iter().filter(|(s, _)| *s > 1).count();
        let in_shared = sizes.iter().filter(|(s, _)| *s > 1).map(|(s, _)| s).sum();
        sizes.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        sizes.truncate(LARGEST);
        sizes.retain(|(s, _)| *s > 1);
        Groups {
            article,
            group,
            largest: sizes,
            count,
            shared,
            in_shared,
        }
    }

    /// The group of a document's article, whether it is the group's
    /// representative, and whether the summary names it.
    fn of(&self, document: usize) -> Option<(u32, bool, bool)> {
        let article = *self.article.get(document)?;
        let group = *self.group.get(article as usize)?;
        let representative = group == article + 1;
        let named = representative && self.largest.iter().any(|&(_, r)| r == article);
        Some((group, representative, named))
    }
}

/// The first pass of `--group`: every article fingerprinted (in parallel)
/// and grouped in input order as the batches come.
fn group_pass(inputs: &[PathBuf], bar: &ProgressBar) -> io::Result<Groups> {
    let mut grouper = Grouper::new();
    let mut article = Vec::new();
    stream(
        inputs,
        |_, item| {
            let doc = item.as_ref().ok()?;
            with_article(doc, |a, _| {
                Ok(Signature {
                    fingerprint: Fingerprint::of(a),
                    wire: is_wire_original(a),
                    timestamp: seconds(a),
                })
            })
            .ok()
        },
        |signatures: Vec<Option<Signature>>| {
            for s in signatures {
                article.push(match s {
                    Some(s) => {
                        let n = grouper.len() as u32;
                        grouper.add(&s.fingerprint, s.wire, s.timestamp);
                        n
                    }
                    None => u32::MAX,
                });
            }
            bar.set_position(article.len() as u64);
            Ok(())
        },
    )?;
    Ok(Groups::new(&grouper, article))
}

fn main() -> ExitCode {
    let mut inputs = Vec::new();
    let mut out: Option<PathBuf> = None;
    let mut threads = 0;
    let mut group = false;
    let (mut text_field, mut title_field) = (None, None);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = args.next().map(PathBuf::from),
            "--threads" => threads = args.next().and_then(|n| n.parse().ok()).unwrap_or(0),
            "--text-field" => text_field = args.next(),
            "--title-field" => title_field = args.next(),
            "--group" => group = true,
            "-h" | "--help" => {
                println!(
                    "usage: corpus INPUT... [--out FILE] [--threads N] [--text-field NAME] [--title-field NAME] [--group]"
                );
                return ExitCode::SUCCESS;
            }
            _ => inputs.push(PathBuf::from(a)),
        }
    }
    if inputs.is_empty() {
        eprintln!(
            "usage: corpus INPUT... [--out FILE] [--threads N] [--group]  (a directory of .txt pages or a .jsonl file)"
        );
        return ExitCode::FAILURE;
    }
    let _ = FIELDS.set((
        text_field.unwrap_or_else(|| "text".to_owned()),
        title_field.unwrap_or_else(|| "title".to_owned()),
    ));
    if let Err(e) = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build_global()
    {
        eprintln!("cannot start threads: {e}");
        return ExitCode::FAILURE;
    }
    let sink: Box<dyn Write + Send> = match &out {
        Some(p) => match File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("{}: {e}", p.display());
                return ExitCode::FAILURE;
            }
        },
        None => Box::new(io::stdout()),
    };
    let mut sink = BufWriter::with_capacity(1 << 20, sink);
    let bar = if io::stderr().is_terminal() {
        let b = ProgressBar::new_spinner();
        b.set_style(
            ProgressStyle::with_template("{spinner} {pos} articles {msg} [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        b
    } else {
        ProgressBar::hidden()
    };

    let start = Instant::now();
    let mut first_pass = None;
    if group {
        bar.set_message("fingerprinted");
        match group_pass(&inputs, &bar) {
            Ok(groups) => {
                let _ = GROUPS.set(groups);
                first_pass = Some(start.elapsed().as_secs_f64());
            }
            Err(e) => {
                eprintln!("cannot group: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let mut summary = Summary::default();
    let result = stream(&inputs, outcome, |outcomes| {
        summary.write(&mut sink, outcomes)?;
        bar.set_position(summary.articles as u64);
        bar.set_message(format!("{:.1} MB", summary.bytes as f64 / 1e6));
        Ok(())
    })
    .and_then(|()| sink.flush());
    if let Err(e) = result {
        eprintln!("cannot write: {e}");
        return ExitCode::FAILURE;
    }
    bar.finish_and_clear();
    let Summary {
        articles,
        bytes,
        layouts,
        failures,
        named,
    } = summary;
    let secs = start.elapsed().as_secs_f64();
    let failed: usize = failures.values().map(|(n, _)| n).sum();
    eprintln!(
        "{articles} articles, {failed} failures, {:.1} MB in {secs:.2} s: {:.1} MB/s on {} threads",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs.max(1e-9),
        rayon::current_num_threads()
    );
    let met: Vec<String> = layouts.iter().map(|(l, n)| format!("{n} {l}")).collect();
    eprintln!("  layouts: {}", met.join(", "));
    for (why, (n, first)) in &failures {
        eprintln!("  {n:>8} × {why} (first: {first})");
    }
    if let (Some(groups), Some(first)) = (GROUPS.get(), first_pass) {
        eprintln!(
            "  groups: {} ({} of two articles or more, holding {} articles); first pass {first:.2} s, second {:.2} s",
            groups.count,
            groups.shared,
            groups.in_shared,
            secs - first
        );
        for &(size, rep) in &groups.largest {
            let line = rep + 1;
            let (source, headline) = named
                .get(&line)
                .map_or(("?", "?"), |(s, h)| (s.as_str(), h.as_str()));
            eprintln!("  {size:>8} × {headline:?} (group {line}: {source})");
        }
    }
    ExitCode::SUCCESS
}
