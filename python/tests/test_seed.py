"""The seed page, field by field, against its JSON."""

import datetime
import json

import wirecopy
from conftest import SEED, need


def test_seed_field_by_field() -> None:
    text = need(SEED).read_text(encoding="utf-8")
    want = json.loads(SEED.with_suffix(".json").read_text(encoding="utf-8"))
    a = wirecopy.parse(text)

    assert a.headline == want["headline"]
    assert a.byline == want["byline"]

    t = a.timestamp
    assert t is not None
    assert (t.label, t.text) == (want["timestamp"]["label"], want["timestamp"]["text"])
    assert t.datetime == datetime.datetime(2025, 8, 13, 14, 23)
    assert isinstance(t.datetime, datetime.datetime) and t.datetime.tzinfo is None
    assert t.to_dict()["datetime"] == want["timestamp"]["datetime"]

    d = a.dateline
    assert d is not None
    assert (d.text, d.place, d.agencies) == ("Seoul, Aug 13 (AP)", "Seoul", ["AP"])
    assert d.date is not None
    assert (d.date.text, d.date.month, d.date.day, d.date.year) == ("Aug 13", 8, 13, None)
    assert d.separator == ""

    assert a.paragraphs == want["paragraphs"]
    assert len(a.paragraphs) == 9

    s = a.signoff
    assert s is not None
    assert (s.text, s.agency, s.slugs) == ("(AP) NPK NPK", "AP", ["NPK", "NPK"])

    dis = a.disclaimer
    assert dis is not None
    assert dis.text == want["disclaimer"]["text"]
    assert dis.publisher == "Editorji"

    assert [(r.source, r.section, r.title) for r in a.related] == [
        (r["source"], r["section"], r["title"]) for r in want["related"]
    ]
    assert a.agencies == ["AP"]
    assert a.credits == [] and a.boilerplate == []


def test_seed_to_dict_and_text() -> None:
    text = need(SEED).read_text(encoding="utf-8")
    want = json.loads(SEED.with_suffix(".json").read_text(encoding="utf-8"))
    a = wirecopy.parse(text)
    got = a.to_dict()
    # The seed's JSON is the contract's subset; every key it names matches.
    for key, value in want.items():
        if isinstance(value, dict):
            for k, v in value.items():
                assert got[key][k] == v, (key, k)
        else:
            assert got[key] == value, key
    # The key order is the crate's.
    assert list(got)[:9] == list(want)
    assert json.loads(a.to_json()) == got
    # The seed is canonical: it renders back byte for byte.
    assert str(a) == text
    assert wirecopy.parse_bytes(text.encode()) == a
    assert wirecopy.parse_bytes(b"\xef\xbb\xbf" + text.encode()) == a


def test_reprs_show_the_parts() -> None:
    a = wirecopy.parse(need(SEED).read_text(encoding="utf-8"))
    r = repr(a)
    for part in (
        "Article(headline='Seoul to Tokyo",
        "Timestamp(label='Updated', text='Aug 13, 2025 14:23', datetime='2025-08-13T14:23:00')",
        "Dateline(text='Seoul, Aug 13 (AP)', place='Seoul', "
        "date=DatelineDate(text='Aug 13', month=8, day=13, year=None), agencies=['AP'])",
        "paragraphs=<9 paragraphs>",
        "Signoff(text='(AP) NPK NPK', agency='AP', slugs=['NPK', 'NPK'])",
        "publisher='Editorji')",
        "related=<5 links>",
        "agencies=['AP']",
    ):
        assert part in r
    assert repr(a.related[0]).startswith("RelatedLink(source='editorji', section='World', title=")
