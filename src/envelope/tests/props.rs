//! Property tests over generated inputs, with a small deterministic PRNG:
//! no panic on any bytes, and write -> open gives the same fields.

use super::super::{Envelope, Format, encoding, open};
use super::assert_no_controls;

/// xorshift64*: small, deterministic, good enough to spread inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap()).unwrap()
    }
    fn pick<'p, T>(&mut self, items: &'p [T]) -> &'p T {
        &items[self.below(items.len())]
    }
}

/// Pieces that envelopes are made of, so that generated inputs reach deep
/// into both readers.
const PIECES: &[&[u8]] = &[
    b"\x16\x16\x01",
    b"\x01",
    b"\x02",
    b"\x03",
    b"\x04",
    b"\x1f",
    b"\x1e",
    b"\x10",
    b"\x08",
    b"\x13\x11",
    b"\x14\x12",
    b"\r\n",
    b"\n",
    b"\r",
    b"\t   ",
    b"   ",
    b" ",
    b"^",
    b"<",
    b"=",
    b" =",
    b"By ",
    b"AP Sports Writer",
    b"Eds: ",
    b"BC-",
    b"--",
    b"11-13",
    b" 0420",
    b"W2870",
    b"eca062 4 i 211",
    b"# Notebook",
    b"* * * *",
    b"The following information is not for publication",
    b"dpa wsz jln",
    b"EXTRA",
    b"Headline",
    b"BERLIN (dpa) - ",
    b"{",
    b"\xE9",
    b"\x81",
    b"\xC3\xA9",
    b"\xE2\x80",
    b"\xFF",
    b"<?xml",
    b"<nitf>",
    b"\x7f",
    b"\x00",
];

fn generate(rng: &mut Rng) -> Vec<u8> {
    let mut out = Vec::new();
    match rng.below(4) {
        0 => out.extend_from_slice(b"\x16\x16\x01"),
        1 => out.push(0x01),
        _ => {}
    }
    let n = rng.below(60);
    for _ in 0..n {
        if rng.below(4) == 0 {
            out.push(u8::try_from(rng.below(256)).unwrap());
        } else {
            let piece: &[u8] = PIECES[rng.below(PIECES.len())];
            out.extend_from_slice(piece);
        }
    }
    out
}

#[test]
fn no_panic_and_raw_round_trip_on_generated_bytes() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut envelopes = 0;
    for _ in 0..20_000 {
        let bytes = generate(&mut rng);
        let Ok(Some(o)) = open(&bytes) else { continue };
        envelopes += 1;
        let (env, story) = o.read();
        assert_no_controls(&o, &format!("{bytes:?}"));
        let _ = (story.paragraphs(), story.to_page());
        // The opened envelope writes the input back, byte for byte.
        let mut out = Vec::new();
        o.write_to(&mut out).unwrap();
        assert_eq!(out, bytes);
        // Envelope::write with the raw story gives the same text again.
        let mut out = Vec::new();
        env.write(env.story_raw().unwrap(), &mut out).unwrap();
        if !o.is_borrowed() {
            out = encoding::encode_8bit(std::str::from_utf8(&out).unwrap()).unwrap();
        }
        assert_eq!(out, bytes, "Envelope::write of {bytes:?}");
        let again = open(&out).unwrap().unwrap();
        assert_eq!(
            again.read(),
            (env, story),
            "fields after write of {bytes:?}"
        );
    }
    assert!(envelopes > 5_000, "only {envelopes} envelopes generated");
}

#[test]
fn no_panic_on_uniform_bytes() {
    let mut rng = Rng(42);
    for _ in 0..20_000 {
        let len = rng.below(200);
        let mut bytes: Vec<u8> = (0..len)
            .map(|_| u8::try_from(rng.below(256)).unwrap())
            .collect();
        if rng.below(2) == 0 {
            bytes.insert(0, 0x01);
        }
        if let Ok(Some(o)) = open(&bytes) {
            let _ = o.read();
            assert_no_controls(&o, "uniform");
        }
    }
}

fn word(rng: &mut Rng, alphabet: &[u8], min: usize, max: usize) -> String {
    let len = min + rng.below(max - min + 1);
    (0..len).map(|_| char::from(*rng.pick(alphabet))).collect()
}

const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &[u8] = b"0123456789";
const SLUG: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop-/.0123456789";

#[test]
fn new_envelopes_round_trip_their_fields() {
    let mut rng = Rng(7);
    for round in 0..3_000 {
        let format = if round % 2 == 0 {
            Format::Anpa1312
        } else {
            Format::Iptc7901
        };
        let anpa = format == Format::Anpa1312;
        let service = if anpa {
            word(&mut rng, LETTERS, 1, 1)
        } else {
            word(&mut rng, LOWER, 1, 4)
        };
        let sequence = word(&mut rng, DIGITS, 1, 5);
        let selector = word(&mut rng, LOWER, 1, 6);
        let priority = if anpa {
            word(&mut rng, LOWER, 1, 1)
        } else {
            word(&mut rng, DIGITS, 1, 1)
        };
        let category = if anpa {
            word(&mut rng, LOWER, 1, 1)
        } else {
            word(&mut rng, LOWER, 1, 3)
        };
        let slug = word(&mut rng, SLUG, 1, 24);
        let take = format!(
            "{}-{}",
            word(&mut rng, LETTERS, 1, 6),
            word(&mut rng, LETTERS, 1, 6)
        );
        let date = format!(
            "{}-{}",
            word(&mut rng, DIGITS, 1, 2),
            word(&mut rng, DIGITS, 1, 2)
        );
        let words = u32::try_from(rng.below(10_000)).unwrap();
        let extra = format!(
            "{} {}",
            word(&mut rng, LOWER, 2, 5),
            word(&mut rng, DIGITS, 1, 4)
        );
        let filed = format!(
            "{} GMT {}",
            word(&mut rng, DIGITS, 6, 6),
            word(&mut rng, LETTERS, 3, 3)
        );
        let headline = word(&mut rng, LETTERS, 1, 30);
        let mut env = Envelope::new(format)
            .with_service(&service)
            .with_sequence(&sequence)
            .with_priority(&priority)
            .with_category(&category)
            .with_slug(&slug)
            .with_word_count(words)
            .with_filing_time(&filed)
            .with_tabular(anpa && rng.below(2) == 0);
        if anpa {
            env = env.with_selector(&selector).with_date(&date);
            if rng.below(2) == 0 {
                env = env.with_take_key(&take);
            }
        } else {
            env = env.with_extra(&extra);
        }
        let story = if anpa {
            format!("^BC-X,1<\n^{headline}<\n\t   Body text.\n")
        } else {
            format!("{headline} =\r\n\r\n   Body text.\r\n")
        };
        let mut out = Vec::new();
        env.write(&story, &mut out).unwrap();
        let o = open(&out).unwrap().unwrap();
        let (back, read) = o.read();
        let fields = |e: &Envelope<'_>| {
            format!(
                "{:?}",
                (
                    e.format(),
                    e.service(),
                    e.sequence(),
                    e.selector(),
                    e.priority(),
                    e.category(),
                    e.tabular(),
                ),
            ) + &format!(
                "{:?}",
                (
                    e.slug(),
                    e.take_key(),
                    e.date(),
                    e.word_count(),
                    e.extra(),
                    e.filing_time(),
                )
            )
        };
        assert_eq!(
            fields(&back),
            fields(&env),
            "{:?}",
            String::from_utf8_lossy(&out)
        );
        assert_eq!(read.headline(), Some(headline.as_str()));
        assert!(read.body().ends_with("Body text."));
        assert_eq!(back.story_raw(), Some(story.as_str()));
    }
}
