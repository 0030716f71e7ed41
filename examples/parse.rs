//! The command-line face of wirecopy.
//!
//! ```text
//! cargo run --example parse                      # parses a sample page built in here
//! cargo run --example parse -- FILE...           # one JSON line per file (`-` reads stdin)
//! cargo run --example parse -- --render FILE...  # canonical text instead of JSON
//!                                                 # (one newline between files)
//! ```
//!
//! A file that cannot be read or parsed gets a message on stderr naming it
//! and the error (with line and column); the other files are still
//! processed, and the exit status is 1 at the end.

use std::io::{Read, Write};
use std::process::ExitCode;

/// A page in the shape of an Indian portal republishing an agency story.
/// The story is invented for this example.
const SAMPLE: &str = "\
Coastal town opens floating solar farm on disused quarry lake

Updated : Feb 03, 2025 10:15
|
Editorji News Desk

Alappuzha, Feb 3 (PTI) A floating solar farm built on a flooded quarry lake near Alappuzha began supplying power to the state grid on Monday, officials said.

The 12-megawatt plant uses 22,000 panels mounted on high-density polyethylene floats, and is expected to meet the daytime needs of about 9,000 households.

District officials said the water surface keeps the panels cooler, raising output by up to eight per cent compared with similar plants on land. (PTI) RKS ABN

(Only the headline of this report may have been reworked by Editorji; the rest of the content is auto-generated from a syndicated feed.)

Recommended For You

editorji | India

Monsoon arrives early over the Andaman Sea, says weather office

editorji | Business

Spice exporters report record cardamom shipments in January";

fn main() -> ExitCode {
    let mut render = false;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--render" => render = true,
            "-h" | "--help" => {
                println!("usage: parse [--render] [FILE|-]...  (no FILE: a built-in sample page)");
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if files.is_empty() {
        return match emit(&mut out, "<sample>", SAMPLE.as_bytes(), render) {
            Ok(()) => ExitCode::SUCCESS,
            Err(()) => ExitCode::FAILURE,
        };
    }
    let mut failed = false;
    for (i, name) in files.iter().enumerate() {
        // Canonical text has no final newline: renderings of several files
        // are separated by one.
        if render && i > 0 {
            let _ = writeln!(out);
        }
        let bytes = if name == "-" {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map(|_| buf)
        } else {
            std::fs::read(name)
        };
        match bytes {
            Ok(bytes) => failed |= emit(&mut out, name, &bytes, render).is_err(),
            Err(e) => {
                eprintln!("{name}: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn emit(out: &mut impl Write, name: &str, bytes: &[u8], render: bool) -> Result<(), ()> {
    let article = wirecopy::parse_bytes(bytes).map_err(|e| eprintln!("{name}: {e}"))?;
    let written = if render {
        write!(out, "{article}")
    } else {
        match serde_json::to_string(&article) {
            Ok(json) => writeln!(out, "{json}"),
            Err(e) => {
                eprintln!("{name}: {e}");
                return Err(());
            }
        }
    };
    written.map_err(|e| eprintln!("{name}: {e}"))
}
