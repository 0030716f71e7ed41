"""Every fixture of the crate (exact JSON) and every page of
shared/corpus/portals (the expectation is a subset, see its README)."""

import json
from pathlib import Path

import pytest
import wirecopy
from conftest import FIXTURES, PORTALS, subset_diff

FIXTURE_CASES = sorted(FIXTURES.glob("*.txt"))
PORTAL_CASES = sorted(PORTALS.glob("*.txt")) if PORTALS.is_dir() else []


def test_there_are_fixtures() -> None:
    assert len(FIXTURE_CASES) >= 8


@pytest.mark.parametrize("txt", FIXTURE_CASES, ids=lambda p: p.stem)
def test_fixture_matches_its_json(txt: Path) -> None:
    text = txt.read_text(encoding="utf-8")
    want = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    a = wirecopy.parse(text)
    assert a.to_dict() == want
    assert wirecopy.parse(str(a)) == a


def test_portal_corpus_is_there() -> None:
    if not PORTALS.is_dir():
        pytest.skip(f"{PORTALS} is not there (../shared is missing beside the repo)")
    assert len(PORTAL_CASES) >= 10


@pytest.mark.parametrize("txt", PORTAL_CASES, ids=lambda p: p.stem)
def test_portal_page_matches_its_json(txt: Path) -> None:
    text = txt.read_text(encoding="utf-8")
    want = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    a = wirecopy.parse(text)
    assert subset_diff(want, a.to_dict()) == []
    # The typed attributes say what the JSON says.
    got = a.to_dict()
    assert a.headline == got["headline"]
    assert a.paragraphs == got["paragraphs"]
    assert a.agencies == got["agencies"]
    assert (a.dateline is None) == (got["dateline"] is None)
    if a.dateline is not None:
        assert a.dateline.to_dict() == got["dateline"]
        assert a.dateline.place == got["dateline"]["place"]
    if a.signoff is not None:
        assert a.signoff.slugs == got["signoff"]["slugs"]
    if a.disclaimer is not None:
        assert a.disclaimer.publisher == got["disclaimer"]["publisher"]
    assert [r.to_dict() for r in a.related] == got["related"]
