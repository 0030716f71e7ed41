"""Parse syndicated news copy: headline, timestamp, byline, dateline, body,
sign-off, portal disclaimer, related links and agencies.

Python bindings of the Rust crate ``wirecopy``; see README.md.
"""

from typing import Literal, Sequence, Tuple, TypedDict, Union

from ._wirecopy import (
    DEFAULT_MAX_SIZE,
    Article,
    Dateline,
    DatelineDate,
    Disclaimer,
    Envelope,
    Notebook,
    ParseError,
    Parser,
    RelatedLink,
    Signoff,
    Timestamp,
    parse,
    parse_bytes,
    parse_many,
)

# The shapes of Parser(agencies=..., portals=...), for type annotations.


class _AgencyName(TypedDict):
    name: str


class AgencySpec(_AgencyName, total=False):
    """An agency for ``Parser(agencies=...)`` (a plain name works too)."""

    aliases: Sequence[str]


class DisclaimerSpec(TypedDict):
    text: str
    publisher: str


class RelatedListSpec(TypedDict):
    heading: str
    shape: Literal["title", "source_section"]


class _PortalName(TypedDict):
    name: str


class PortalSpec(_PortalName, total=False):
    """A portal for ``Parser(portals=...)``."""

    timestamp_labels: Sequence[str]
    timestamp_formats: Sequence[str]
    disclaimers: Sequence[Union[DisclaimerSpec, Tuple[str, str]]]
    desks: Sequence[str]
    related_lists: Sequence[
        Union[RelatedListSpec, Tuple[str, Literal["title", "source_section"]]]
    ]


__all__ = [
    "DEFAULT_MAX_SIZE",
    "AgencySpec",
    "DisclaimerSpec",
    "PortalSpec",
    "RelatedListSpec",
    "Article",
    "Dateline",
    "DatelineDate",
    "Disclaimer",
    "Envelope",
    "Notebook",
    "ParseError",
    "Parser",
    "RelatedLink",
    "Signoff",
    "Timestamp",
    "parse",
    "parse_bytes",
    "parse_many",
]
