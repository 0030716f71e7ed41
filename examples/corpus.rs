//! Parse many pages on every core and write JSON Lines.
//!
//! ```text
//! cargo run --release --example corpus -- INPUT... [--out FILE] [--threads N]
//! ```
//!
//! INPUT is a directory of `.txt` pages (read recursively) or a JSON Lines
//! file whose objects have a `text` field (the common dump shape). Output is
//! one line per article, in input order: the article's JSON (DESIGN.md's
//! contract) with a `source` key added (`path`, or `file:line`). The input
//! is read in batches, so memory stays bounded whatever its size. A progress
//! bar shows on stderr when it is a terminal; a summary ends the run:
//! articles, bytes, MB/s, and failures grouped by error.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

/// Documents per batch, and bytes per batch: whichever comes first.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 8 << 20;

struct Doc {
    source: String,
    /// A page, or a JSON Lines object still to decode (in parallel).
    bytes: Vec<u8>,
    json: bool,
}

#[derive(serde::Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    text: std::borrow::Cow<'a, str>,
}

/// Yields documents from every input, one at a time.
fn documents(inputs: Vec<PathBuf>) -> impl Iterator<Item = Result<Doc, (String, String)>> {
    inputs.into_iter().flat_map(
        |input| -> Box<dyn Iterator<Item = Result<Doc, (String, String)>>> {
            let name = input.display().to_string();
            if input.is_dir() {
                let mut files = Vec::new();
                walk(&input, &mut files);
                files.sort();
                Box::new(files.into_iter().map(|p| {
                    let source = p.display().to_string();
                    std::fs::read(&p)
                        .map(|bytes| Doc {
                            source: source.clone(),
                            bytes,
                            json: false,
                        })
                        .map_err(|e| (source, format!("cannot read: {e}")))
                }))
            } else {
                match File::open(&input) {
                    Ok(f) => Box::new(BufReader::new(f).lines().enumerate().filter_map(
                        move |(i, line)| {
                            let source = format!("{name}:{}", i + 1);
                            match line {
                                Ok(l) if l.trim().is_empty() => None,
                                Ok(l) => Some(Ok(Doc {
                                    source,
                                    bytes: l.into_bytes(),
                                    json: true,
                                })),
                                Err(e) => Some(Err((source, format!("cannot read: {e}")))),
                            }
                        },
                    )),
                    Err(e) => Box::new(std::iter::once(Err((name, format!("cannot open: {e}"))))),
                }
            }
        },
    )
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

/// One output line and the size of the page's text, or the error text
/// (without position) to group by.
fn process(doc: &Doc) -> Result<(String, usize), String> {
    let line;
    let bytes = if doc.json {
        line = serde_json::from_slice::<Line<'_>>(&doc.bytes)
            .map_err(|e| format!("not a JSON object with a text field: {e}"))?;
        line.text.as_bytes()
    } else {
        &doc.bytes
    };
    let article = wirecopy::parse_bytes(bytes).map_err(|e| {
        let msg = e.to_string();
        msg.split_once(": ")
            .map_or(msg.clone(), |(_, m)| m.to_owned())
    })?;
    let json = serde_json::to_string(&article).map_err(|e| e.to_string())?;
    let source = serde_json::to_string(&doc.source).map_err(|e| e.to_string())?;
    Ok((format!("{{\"source\":{source},{}", &json[1..]), bytes.len()))
}

fn main() -> ExitCode {
    let mut inputs = Vec::new();
    let mut out: Option<PathBuf> = None;
    let mut threads = 0;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = args.next().map(PathBuf::from),
            "--threads" => threads = args.next().and_then(|n| n.parse().ok()).unwrap_or(0),
            "-h" | "--help" => {
                println!("usage: corpus INPUT... [--out FILE] [--threads N]");
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
    if let Err(e) = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build_global()
    {
        eprintln!("cannot start threads: {e}");
        return ExitCode::FAILURE;
    }
    let sink: Box<dyn Write> = match &out {
        Some(p) => match File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("{}: {e}", p.display());
                return ExitCode::FAILURE;
            }
        },
        None => Box::new(io::stdout().lock()),
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
    let (mut articles, mut bytes) = (0usize, 0usize);
    let mut failures: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut fail = |source: String, why: String| {
        let e = failures.entry(why).or_insert((0, source));
        e.0 += 1;
    };
    let mut docs = documents(inputs).peekable();
    let mut batch: Vec<Doc> = Vec::with_capacity(BATCH_DOCS);
    loop {
        batch.clear();
        let mut batch_bytes = 0;
        while batch.len() < BATCH_DOCS && batch_bytes < BATCH_BYTES {
            match docs.next() {
                Some(Ok(d)) => {
                    batch_bytes += d.bytes.len();
                    batch.push(d);
                }
                Some(Err((source, why))) => fail(source, why),
                None => break,
            }
        }
        if batch.is_empty() && docs.peek().is_none() {
            break;
        }
        let results: Vec<Result<(String, usize), String>> = batch.par_iter().map(process).collect();
        for (doc, r) in batch.iter().zip(results) {
            match r {
                Ok((line, len)) => {
                    articles += 1;
                    bytes += len;
                    if let Err(e) = writeln!(sink, "{line}") {
                        eprintln!("cannot write: {e}");
                        return ExitCode::FAILURE;
                    }
                }
                Err(why) => {
                    bytes += doc.bytes.len();
                    fail(doc.source.clone(), why)
                }
            }
        }
        bar.set_position(articles as u64);
        bar.set_message(format!("{:.1} MB", bytes as f64 / 1e6));
    }
    if let Err(e) = sink.flush() {
        eprintln!("cannot write: {e}");
        return ExitCode::FAILURE;
    }
    bar.finish_and_clear();
    let secs = start.elapsed().as_secs_f64();
    let failed: usize = failures.values().map(|(n, _)| n).sum();
    eprintln!(
        "{articles} articles, {failed} failures, {:.1} MB in {secs:.2} s: {:.1} MB/s on {} threads",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs.max(1e-9),
        rayon::current_num_threads()
    );
    for (why, (n, first)) in &failures {
        eprintln!("  {n:>8} × {why} (first: {first})");
    }
    ExitCode::SUCCESS
}
