//! Replays the fuzz corpus and every crash artifact (`fuzz/corpus/*/*`,
//! `fuzz/artifacts/*/*`) as an ordinary test: no panic, and the round trip
//! holds for every input that parses.

use std::path::PathBuf;

use wirecopy::rules::{
    credit, date, dateline, disclaimer, header, notebook, related, signoff, timestamp,
};
use wirecopy::text as wire;

type E<'a> = nom::error::Error<&'a str>;

fn inputs() -> Vec<(PathBuf, Vec<u8>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut out = Vec::new();
    for top in ["corpus", "artifacts"] {
        let Ok(targets) = std::fs::read_dir(root.join(top)) else {
            continue;
        };
        for t in targets.flatten() {
            let Ok(files) = std::fs::read_dir(t.path()) else {
                continue;
            };
            for f in files.flatten() {
                if f.path().is_file() {
                    out.push((f.path(), std::fs::read(f.path()).unwrap()));
                }
            }
        }
    }
    out.sort();
    out
}

fn every_grammar_function(s: &str) {
    let parser = wirecopy::ArticleParser::builtin();
    let (agencies, portals) = (parser.agencies(), parser.portals());
    let _ = dateline::dateline::<E<'_>>(s);
    let _ = dateline::dateline_in::<E<'_>>(parser.lexicon(), true)(s);
    let _ = dateline::byline_dateline_head(s, parser.lexicon());
    let _ = wirecopy::rules::lead_credit::lead_credit_head(s, parser.lexicon());
    let _ = date::month_number(s);
    let _ = signoff::signoff_line(s, agencies);
    let _ = signoff::closing_line(s, agencies);
    let _ = (
        notebook::notebook_block(s, parser.lexicon()),
        notebook::heading_line(s, parser.lexicon()),
        notebook::not_for_publication_line(s),
        notebook::asterism_line(s),
        notebook::notebook::<E<'_>>(s).map(|(_, n)| n.lines().len()),
    );
    let _ = signoff::signoff_tail(s, agencies);
    let _ = signoff::slug_line(s);
    if let Ok((_, (_, dt))) = timestamp::datetime::<E<'_>>(s) {
        assert_eq!(wirecopy::DateTime::parse_iso(&dt.to_string()), Some(dt));
    }
    let _ = timestamp::timestamp_line(s, parser.lexicon());
    let _ = timestamp::zone_offset(s);
    let _ = (
        header::byline_line(s),
        header::byline_line_in(s, parser.lexicon()),
        header::byline_title_line(s, parser.lexicon()),
        header::byline_agencies(s, agencies).count(),
        header::pipe_line(s),
        header::desk_line(s, portals),
        header::desk_like_line(s),
    );
    let _ = (
        disclaimer::disclaimer_block(s, portals),
        disclaimer::disclaimer_tail(s, portals),
        disclaimer::publisher_in(s),
    );
    let _ = credit::credit_block(s).map(|c| credit::credit_agencies(c, agencies).count());
    let _ = (
        credit::boilerplate_block(s),
        related::heading_line(s, portals),
        related::pair_line(s),
    );
    let _ = (
        wire::Blocks::new(s).count(),
        wirecopy::rules::block::<E<'_>>(s),
        wire::is_blank(s),
    );
}

#[test]
fn fuzz_corpus_and_artifacts_replay() {
    let inputs = inputs();
    assert!(inputs.len() >= 30, "only {} corpus files", inputs.len());
    for (path, bytes) in &inputs {
        let parsed = wirecopy::parse_bytes(bytes);
        if let Ok(a) = &parsed {
            // The canonical text is the copy, without the envelope it came in.
            let rendered = a.to_string();
            assert_eq!(
                wirecopy::parse(&rendered),
                Ok(a.clone().with_envelope(None)),
                "{}",
                path.display()
            );
        }
        if let Ok(s) = std::str::from_utf8(bytes) {
            every_grammar_function(s);
        }
    }
    println!("replayed {} fuzz inputs", inputs.len());
}
