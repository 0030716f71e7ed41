//! Every error kind, with its exact message, line and column.

use wirecopy::{ArticleParser, ErrorKind};

#[test]
fn empty_input() {
    let e = wirecopy::parse("").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Empty);
    assert_eq!(
        e.to_string(),
        "line 1, column 1: expected a headline, found the end of input"
    );
}

#[test]
fn blank_input() {
    for blank in ["   ", "\n\n\n", " \r\n\t\r\n", "\u{feff}\u{a0}\n"] {
        let e = wirecopy::parse(blank).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Blank, "{blank:?}");
        assert_eq!(
            e.to_string(),
            "line 1, column 1: expected a headline, found a blank line"
        );
    }
}

#[test]
fn oversize_input() {
    let parser = ArticleParser::new().with_max_size(16);
    let e = parser.parse("Headline\n\nBody text here.").unwrap_err();
    assert_eq!(
        e.kind(),
        ErrorKind::TooLarge {
            size: 25,
            limit: 16
        }
    );
    assert_eq!((e.offset(), e.line(), e.column()), (16, 3, 7));
    assert_eq!(
        e.to_string(),
        "line 3, column 7: input of 25 bytes is over the size limit of 16 bytes"
    );
    let e = parser
        .parse_bytes(b"Headline\n\nBody text here.")
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 3, column 7: input of 25 bytes is over the size limit of 16 bytes"
    );
    // At the limit it parses.
    assert!(parser.parse("Headline\n\nBody.").is_ok());
}

#[test]
fn default_limit_is_16_mib() {
    assert_eq!(ArticleParser::builtin().max_size(), 16 * 1024 * 1024);
    let big = "x".repeat(16 * 1024 * 1024 + 1);
    let e = wirecopy::parse(&big).unwrap_err();
    assert_eq!(
        e.kind(),
        ErrorKind::TooLarge {
            size: big.len(),
            limit: 16 * 1024 * 1024
        }
    );
}

#[test]
fn invalid_utf8_names_the_first_bad_byte() {
    let e = wirecopy::parse_bytes(b"Headline\r\n\r\nS\xc3\xa3o \xff Paulo").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidUtf8 { byte: 0xFF });
    assert_eq!((e.offset(), e.line(), e.column()), (17, 3, 5));
    assert_eq!(
        e.to_string(),
        "line 3, column 5: expected UTF-8 text, found the invalid byte 0xFF"
    );
    // A BOM is skipped, and the offset still counts it.
    let e = wirecopy::parse_bytes(b"\xEF\xBB\xBFHead\xC0line").unwrap_err();
    assert_eq!((e.offset(), e.line(), e.column()), (7, 1, 5));
    assert_eq!(
        e.to_string(),
        "line 1, column 5: expected UTF-8 text, found the invalid byte 0xC0"
    );
    // A truncated sequence at the end.
    let e = wirecopy::parse_bytes(b"Head\xE2\x82").unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 1, column 5: expected UTF-8 text, found the invalid byte 0xE2"
    );
}

#[test]
fn bytes_accept_bom_and_every_line_end() {
    let a = wirecopy::parse_bytes(b"\xEF\xBB\xBFHeadline\r\rSeoul, Aug 13 (AP) Text.\r").unwrap();
    assert_eq!(a.headline(), "Headline");
    assert_eq!(a.dateline().unwrap().place(), "Seoul");
    // A BOM alone is empty text, whichever entry point reads it.
    let e = wirecopy::parse_bytes(b"\xEF\xBB\xBF").unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 1, column 1: expected a headline, found the end of input"
    );
    assert_eq!(
        wirecopy::parse("\u{feff}").unwrap_err().kind(),
        ErrorKind::Empty
    );
}

#[test]
fn errors_are_std_errors_and_send_sync() {
    fn check<E: std::error::Error + Send + Sync + 'static>(_: &E) {}
    check(&wirecopy::parse("").unwrap_err());
}
