"""Round trips: parse(str(a)) == a, and idempotence over arbitrary text
(a Hypothesis property test; inputs that raise ParseError are skipped)."""

import pickle

import pytest
import wirecopy
from conftest import FIXTURES, PORTALS, SEED
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

PAGES = sorted(FIXTURES.glob("*.txt")) + sorted(PORTALS.glob("*.txt") if PORTALS.is_dir() else [])
if SEED.exists():
    PAGES.append(SEED)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_round_trip_through_canonical_text(path) -> None:
    a = wirecopy.parse(path.read_text(encoding="utf-8"))
    b = wirecopy.parse(str(a))
    assert b == a
    assert b.to_dict() == a.to_dict()
    assert str(b) == str(a)
    assert hash(b) == hash(a)
    assert pickle.loads(pickle.dumps(a)) == a
    assert a != wirecopy.parse("Another headline\n\nAnother body.")
    assert a != a.to_dict()


def check_idempotent(s: str) -> None:
    try:
        first = wirecopy.parse(s)
    except wirecopy.ParseError:
        assume(False)
        return
    again = wirecopy.parse(str(first))
    assert again == first, (s, str(first))


# Pieces of real shells, so that generated text reaches the grammar's parts.
PIECES = [
    "Seoul, Aug 13 (AP) ",
    "WASHINGTON (AP) — ",
    "New Delhi [India], August 13 (ANI): ",
    "SEOUL/WASHINGTON (Reuters) -",
    "MELAKA, 13 Jan (Bernama) -- ",
    "Kochi, Mar 14 (PTI) ",
    "By IANS, Kolkata : ",
    "(AP) NPK NPK",
    "(PTI) TGB SSK",
    "-- PTI",
    "--IANS",
    "ms/vd",
    " Reuter",
    "REUTER",
    "(With inputs from PTI)",
    "(Reporting by Ann Lee; Editing by Tom Hay)",
    "Also Read | Rain in Kochi",
    "Image Credit: ANI",
    "Updated : Aug 13, 2025 14:23",
    "Last Updated : Jan 22 2024 | 6:48 PM IST",
    "Editorji News Desk",
    "(Only the headline of this report may have been reworked by Editorji; "
    "the rest of the content is auto-generated from a syndicated feed.)",
    "Recommended For You",
    "### More From This Section",
    "editorji | World",
    "The minister said on Monday.",
    "Officials said it rained.",
    "    ",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "|",
    "—",
    "é",
]

pages = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), min_size=1, max_size=30
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.text())
def test_idempotent_on_arbitrary_text(s: str) -> None:
    check_idempotent(s)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(pages)
def test_idempotent_on_shell_soup(s: str) -> None:
    check_idempotent(s)


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_parse_bytes_never_fails_otherwise(data: bytes) -> None:
    try:
        a = wirecopy.parse_bytes(data)
    except wirecopy.ParseError as e:
        assert 0 <= e.offset <= len(data) and e.line >= 1 and e.column >= 1
        return
    assert wirecopy.parse(str(a)) == a
