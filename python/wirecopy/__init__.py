"""Parse syndicated news copy: headline, timestamp, byline, dateline, body,
sign-off, portal disclaimer, related links and agencies.

Python bindings of the Rust crate ``wirecopy``; see README.md.
"""

from ._wirecopy import (
    DEFAULT_MAX_SIZE,
    Article,
    Dateline,
    DatelineDate,
    Disclaimer,
    ParseError,
    Parser,
    RelatedLink,
    Signoff,
    Timestamp,
    parse,
    parse_bytes,
    parse_many,
)

__all__ = [
    "DEFAULT_MAX_SIZE",
    "Article",
    "Dateline",
    "DatelineDate",
    "Disclaimer",
    "ParseError",
    "Parser",
    "RelatedLink",
    "Signoff",
    "Timestamp",
    "parse",
    "parse_bytes",
    "parse_many",
]
