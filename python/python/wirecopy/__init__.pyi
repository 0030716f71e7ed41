import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import Any, Literal, TypedDict, Union, final


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
    "ParseError",
    "Parser",
    "RelatedLink",
    "Signoff",
    "Timestamp",
    "parse",
    "parse_bytes",
    "parse_many",
]

DEFAULT_MAX_SIZE: int

class ParseError(ValueError):
    """The input is not an article; ``str(e)`` is the crate's message."""

    offset: int
    """Byte offset in the input."""
    line: int
    """1-based line."""
    column: int
    """1-based column, in characters."""
    kind: Literal["empty", "blank", "too_large", "invalid_utf8", "other"]

@final
class Timestamp:
    @property
    def label(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def datetime(self) -> _dt.datetime | _dt.date | None:
        """Zone-aware ``datetime`` when the zone is known, naive otherwise;
        a ``date`` when the text has no time of day."""
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class DatelineDate:
    @property
    def text(self) -> str: ...
    @property
    def month(self) -> int: ...
    @property
    def day(self) -> int: ...
    @property
    def year(self) -> int | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Dateline:
    @property
    def text(self) -> str: ...
    @property
    def place(self) -> str: ...
    @property
    def date(self) -> DatelineDate | None: ...
    @property
    def agencies(self) -> list[str]: ...
    @property
    def separator(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Signoff:
    @property
    def text(self) -> str: ...
    @property
    def agency(self) -> str: ...
    @property
    def slugs(self) -> list[str]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Disclaimer:
    @property
    def text(self) -> str: ...
    @property
    def publisher(self) -> str | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class RelatedLink:
    @property
    def source(self) -> str | None: ...
    @property
    def section(self) -> str | None: ...
    @property
    def title(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Article:
    @property
    def headline(self) -> str: ...
    @property
    def timestamp(self) -> Timestamp | None: ...
    @property
    def byline(self) -> str | None: ...
    @property
    def dateline(self) -> Dateline | None: ...
    @property
    def paragraphs(self) -> list[str]: ...
    @property
    def signoff(self) -> Signoff | None: ...
    @property
    def disclaimer(self) -> Disclaimer | None: ...
    @property
    def related(self) -> list[RelatedLink]: ...
    @property
    def agencies(self) -> list[str]: ...
    @property
    def credits(self) -> list[str]: ...
    @property
    def boilerplate(self) -> list[str]: ...
    def to_dict(self) -> dict[str, Any]:
        """The crate's JSON form (the JSON contract) as plain objects."""
    def to_json(self) -> str: ...
    def __getattr__(self, name: str) -> Any:
        """A part of the JSON form that has no attribute of its own yet."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[Any, tuple[bytes]]: ...

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
    disclaimers: Sequence[Union[DisclaimerSpec, tuple[str, str]]]
    desks: Sequence[str]
    related_lists: Sequence[
        Union[RelatedListSpec, tuple[str, Literal["title", "source_section"]]]
    ]

@final
class Parser:
    def __new__(
        cls,
        agencies: Iterable[Union[str, AgencySpec]] | None = None,
        portals: Iterable[PortalSpec] | None = None,
        max_size: int | None = None,
    ) -> Parser: ...
    @property
    def max_size(self) -> int: ...
    def parse(self, text: str) -> Article: ...
    def parse_bytes(self, data: bytes) -> Article: ...
    def parse_many(
        self, texts: Iterable[Union[str, bytes]], threads: int | None = None
    ) -> list[Union[Article, ParseError]]: ...

def parse(text: str) -> Article: ...
def parse_bytes(data: bytes) -> Article: ...
def parse_many(
    texts: Iterable[Union[str, bytes]], threads: int | None = None
) -> list[Union[Article, ParseError]]: ...
