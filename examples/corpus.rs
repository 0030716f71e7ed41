//! Parse many pages on every core and write JSON Lines.
//!
//! ```text
//! cargo run --release --example corpus -- INPUT... [--out FILE] [--threads N]
//!     [--text-field NAME] [--title-field NAME]
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

/// Documents per batch, and bytes per batch: whichever comes first. At most
/// four batches are alive at once (two queued, one parsing, one writing).
const BATCH_DOCS: usize = 4096;
const BATCH_BYTES: usize = 16 << 20;

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

/// What became of one item: an output line and the size of its text, or the
/// source, the error (without position) and the bytes it had.
type Outcome = Result<(String, usize, &'static str), (String, String, usize)>;

fn outcome(item: &Item) -> Outcome {
    match item {
        Ok(doc) => process(doc).map_err(|why| (doc.source(), why, doc.bytes.len())),
        Err((source, why)) => Err((source.clone(), why.clone(), 0)),
    }
}

/// Items in batches of at most `BATCH_DOCS` documents or `BATCH_BYTES` bytes.
fn batches(items: impl Iterator<Item = Item>) -> impl Iterator<Item = Vec<Item>> {
    let mut items = items.peekable();
    std::iter::from_fn(move || {
        items.peek()?;
        let mut batch = Vec::with_capacity(BATCH_DOCS);
        let mut size = 0;
        while batch.len() < BATCH_DOCS && size < BATCH_BYTES {
            let Some(item) = items.next() else { break };
            size += item.as_ref().map_or(0, |d| d.bytes.len());
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
}

impl Summary {
    fn write(&mut self, sink: &mut impl Write, outcomes: Vec<Outcome>) -> io::Result<()> {
        for o in outcomes {
            match o {
                Ok((line, len, layout)) => {
                    self.articles += 1;
                    self.bytes += len;
                    *self.layouts.entry(layout).or_default() += 1;
                    // Bytes straight out: no formatting machinery per line.
                    sink.write_all(line.as_bytes())?;
                    sink.write_all(b"\n")?;
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

/// One output line, the size of the page's text and its layout, or the
/// error text (without position) to group by.
fn process(doc: &Doc) -> Result<(String, usize, &'static str), String> {
    let strip = |e: wirecopy::Error| {
        let msg = e.to_string();
        msg.split_once(": ")
            .map_or(msg.clone(), |(_, m)| m.to_owned())
    };
    let (json, len, layout) = if doc.json {
        let (text, title) = fields(&doc.bytes)?;
        let article = match &title {
            Some(title) => wirecopy::parse_titled(title, &text),
            None => wirecopy::parse(&text),
        }
        .map_err(strip)?;
        let json = serde_json::to_string(&article).map_err(|e| e.to_string())?;
        (json, text.len(), layout_of(&text, title.is_some()))
    } else {
        let article = wirecopy::parse_bytes(&doc.bytes).map_err(strip)?;
        let json = serde_json::to_string(&article).map_err(|e| e.to_string())?;
        let layout = std::str::from_utf8(&doc.bytes).map_or("blocks", |t| layout_of(t, false));
        (json, doc.bytes.len(), layout)
    };
    let source = serde_json::to_string(&doc.source()).map_err(|e| e.to_string())?;
    Ok((format!("{{\"source\":{source},{}", &json[1..]), len, layout))
}

/// Reading, parsing and writing overlap: a reader thread fills batches, the
/// pool parses one batch while the reader fills the next and a writer
/// thread writes the one before, in input order. Bounded channels keep at
/// most a few batches in memory.
fn pipeline(
    inputs: Vec<PathBuf>,
    mut sink: BufWriter<Box<dyn Write + Send>>,
    bar: &ProgressBar,
) -> io::Result<Summary> {
    let (batch_tx, batch_rx) = mpsc::sync_channel::<Vec<Item>>(2);
    let (out_tx, out_rx) = mpsc::sync_channel::<Vec<Outcome>>(2);
    let reader = thread::spawn(move || {
        for batch in batches(documents(inputs)) {
            if batch_tx.send(batch).is_err() {
                break;
            }
        }
    });
    let bar_w = bar.clone();
    let writer = thread::spawn(move || -> io::Result<Summary> {
        let mut summary = Summary::default();
        for outcomes in out_rx {
            summary.write(&mut sink, outcomes)?;
            bar_w.set_position(summary.articles as u64);
            bar_w.set_message(format!("{:.1} MB", summary.bytes as f64 / 1e6));
        }
        sink.flush()?;
        Ok(summary)
    });
    for batch in batch_rx {
        let outcomes: Vec<Outcome> = batch.par_iter().map(outcome).collect();
        if out_tx.send(outcomes).is_err() {
            break;
        }
    }
    drop(out_tx);
    let _ = reader.join();
    writer
        .join()
        .unwrap_or_else(|_| Err(io::Error::other("the writer thread panicked")))
}

fn main() -> ExitCode {
    let mut inputs = Vec::new();
    let mut out: Option<PathBuf> = None;
    let mut threads = 0;
    let (mut text_field, mut title_field) = (None, None);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = args.next().map(PathBuf::from),
            "--threads" => threads = args.next().and_then(|n| n.parse().ok()).unwrap_or(0),
            "--text-field" => text_field = args.next(),
            "--title-field" => title_field = args.next(),
            "-h" | "--help" => {
                println!(
                    "usage: corpus INPUT... [--out FILE] [--threads N] [--text-field NAME] [--title-field NAME]"
                );
                return ExitCode::SUCCESS;
            }
            _ => inputs.push(PathBuf::from(a)),
        }
    }
    if inputs.is_empty() {
        eprintln!(
            "usage: corpus INPUT... [--out FILE] [--threads N]  (a directory of .txt pages or a .jsonl file)"
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
    let result = if rayon::current_num_threads() == 1 {
        // One thread: read, parse and write in turn.
        let mut summary = Summary::default();
        batches(documents(inputs))
            .try_for_each(|batch| {
                let outcomes = batch.iter().map(outcome).collect();
                summary.write(&mut sink, outcomes)?;
                bar.set_position(summary.articles as u64);
                Ok(())
            })
            .and_then(|()| sink.flush())
            .map(|()| summary)
    } else {
        pipeline(inputs, sink, &bar)
    };
    let summary = match result {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot write: {e}");
            return ExitCode::FAILURE;
        }
    };
    bar.finish_and_clear();
    let Summary {
        articles,
        bytes,
        layouts,
        failures,
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
    ExitCode::SUCCESS
}
