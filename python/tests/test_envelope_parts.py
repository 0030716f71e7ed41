"""The article parts added with the agency envelopes: `byline_title`,
`notebook` (a `Notebook`), `envelope` (an `Envelope`), and a sign-off with
no agency (`Signoff.agency == ""`)."""

from __future__ import annotations

import json
import pickle

from conftest import SHARED, need

import wirecopy
from wirecopy import Envelope, Notebook

ENVELOPES = SHARED / "corpus" / "wire-envelopes"

BYLINE_BLOCK = (
    "Fire guts warehouse\n\nBy CHARLES ODUM\nAP Sports Writer\n\n"
    "ATLANTA (AP) _ The Braves won.\n\nMore text here.\n"
)

NOTEBOOK_PAGE = (
    "Talks stall in Berlin\n\n"
    "Berlin (dpa) - Talks on the budget may fail, officials said.\n\n"
    "The coalition meets again on Monday.\n\n"
    "# Notebook\n\n"
    "## Internet links\n"
    "- [Ministry](http://example.org)\n\n"
    "dpa grj rmo"
)
NOTEBOOK_LINES = ["# Notebook", "## Internet links", "- [Ministry](http://example.org)"]

ENVELOPE_KEYS = [
    "format",
    "service",
    "sequence",
    "selector",
    "priority",
    "category",
    "tabular",
    "slug",
    "take_key",
    "date",
    "word_count",
    "extra",
    "keyword_line",
    "notes",
    "filing_time",
]


# ---------------------------------------------------------------- plain text


def test_plain_text_has_no_envelope_notebook_or_byline_title() -> None:
    a = wirecopy.parse("Headline\n\nBody.\n")
    assert a.envelope is None
    assert a.notebook is None
    assert a.byline_title is None
    d = a.to_dict()
    assert d["envelope"] is None and d["notebook"] is None and d["byline_title"] is None


def test_plain_bytes_have_no_envelope() -> None:
    assert wirecopy.parse_bytes(b"Headline\n\nBody.\n").envelope is None


# ---------------------------------------------------------------- byline_title


def test_byline_block_gives_byline_title() -> None:
    a = wirecopy.parse(BYLINE_BLOCK)
    assert a.byline == "By CHARLES ODUM"
    assert a.byline_title == "AP Sports Writer"
    assert a.to_dict()["byline_title"] == "AP Sports Writer"
    assert "byline_title='AP Sports Writer'" in repr(a)
    # The title is not a body paragraph.
    assert "AP Sports Writer" not in a.paragraphs
    assert wirecopy.parse(str(a)) == a


# ---------------------------------------------------------------- notebook


def test_notebook() -> None:
    a = wirecopy.parse(NOTEBOOK_PAGE)
    nb = a.notebook
    assert isinstance(nb, Notebook)
    assert nb.lines == NOTEBOOK_LINES
    assert nb.to_dict() == {"lines": NOTEBOOK_LINES}
    assert a.to_dict()["notebook"] == {"lines": NOTEBOOK_LINES}
    # Out of the body; the sign-off after it is still the sign-off.
    assert a.dateline is not None and a.dateline.place == "Berlin"
    assert a.paragraphs == [
        "Talks on the budget may fail, officials said.",
        "The coalition meets again on Monday.",
    ]
    assert a.signoff is not None and a.signoff.text == "dpa grj rmo"
    assert repr(nb) == f"Notebook(lines={NOTEBOOK_LINES!r})"
    assert "notebook=<3 lines>" in repr(a)


def test_notebook_equality_and_hash() -> None:
    nb1 = wirecopy.parse(NOTEBOOK_PAGE).notebook
    nb2 = wirecopy.parse(NOTEBOOK_PAGE).notebook
    assert nb1 is not None and nb1 == nb2 and hash(nb1) == hash(nb2)
    other = wirecopy.parse(NOTEBOOK_PAGE.replace("Ministry", "Chancellery")).notebook
    assert other is not None and other != nb1
    assert nb1 != NOTEBOOK_LINES  # not equal to a list of the same lines


def test_notebook_read_only() -> None:
    nb = wirecopy.parse(NOTEBOOK_PAGE).notebook
    assert nb is not None
    try:
        nb.lines = []  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("Notebook.lines is writable")


# ---------------------------------------------------------------- sign-off


def test_signoff_without_agency() -> None:
    # AFP's desk initials close the copy with no agency named.
    a = wirecopy.parse("Headline\n\nPARIS - The talks went on.\n\nhh/ph/ts/hd\n")
    assert a.signoff is not None
    assert a.signoff.agency == ""
    assert a.signoff.to_dict()["agency"] == ""


# ---------------------------------------------------------------- envelope


def _rust_json(name: str) -> dict:
    """What `cargo run --example parse -- FILE` prints for these files
    (the crate's JSON), the envelope part and a few others."""
    return {
        "ap_anpa-1.tst": {
            "headline": "Deng has 30 points, short-handed Heat beat Hawks 115-111",
            "byline": "By CHARLES ODUM",
            "byline_title": "AP Sports Writer",
            "notebook": None,
            "envelope": {
                "format": "ANPA-1312",
                "service": "z",
                "sequence": "6715",
                "selector": "-----",
                "priority": "r",
                "category": "z",
                "tabular": False,
                "slug": "BC-BKN--Heat-Hawks",
                "take_key": "1stLd-Writethru",
                "date": "02-20",
                "word_count": 500,
                "extra": None,
                "keyword_line": "BC-BKN--Heat-Hawks, 1st Ld-Writethru,416",
                "notes": ["Eds: Heat 115, Hawks 111. Updates. With AP Photos."],
                "filing_time": "AP-WF-02-20-16 0337GMT",
            },
        },
        "IPTC7901.txt": {
            "byline_title": None,
            "notebook": {
                "lines": [
                    "# dpa NOTEBOOK",
                    "* * * *",
                    "The following information is not for publication",
                    "## dpa Contacts",
                    "- Reporting by: Wolfgang Schmidt",
                    "- Editing by: Joseph Nasr",
                    "Tel: +49 30 2852 31472; <englishservice@dpa.com>",
                ]
            },
            "signoff": {
                "text": "dpa wsz jln npr",
                "agency": "dpa",
                "slugs": ["wsz", "jln", "npr"],
                "placement": "block",
            },
            "envelope": {
                "format": "IPTC 7901",
                "service": "eca",
                "sequence": "062",
                "selector": None,
                "priority": "4",
                "category": "i",
                "tabular": False,
                "slug": "Germany-politics/",
                "take_key": None,
                "date": None,
                "word_count": 211,
                "extra": "ccccb   dpa 061",
                "keyword_line": None,
                "notes": [],
                "filing_time": "131137 GMT Nov 13",
            },
        },
    }[name]


def _read(name: str) -> wirecopy.Article:
    path = need(ENVELOPES / name)
    return wirecopy.parse_bytes(path.read_bytes())


def test_anpa_envelope_fields() -> None:
    a = _read("ap_anpa-1.tst")
    expected = _rust_json("ap_anpa-1.tst")
    env = a.envelope
    assert isinstance(env, Envelope)
    assert env.format == "ANPA-1312"
    assert env.service == "z"
    assert env.sequence == "6715"
    assert env.sequence_number == 6715
    assert env.selector == "-----"
    assert env.priority == "r"
    assert env.category == "z"
    assert env.tabular is False
    assert env.slug == "BC-BKN--Heat-Hawks"
    assert env.take_key == "1stLd-Writethru"
    assert env.date == "02-20"
    assert env.word_count == 500
    assert env.extra is None
    assert env.keyword_line == "BC-BKN--Heat-Hawks, 1st Ld-Writethru,416"
    assert env.notes == ["Eds: Heat 115, Hawks 111. Updates. With AP Photos."]
    assert env.filing_time == "AP-WF-02-20-16 0337GMT"
    assert env.to_dict() == expected["envelope"]
    assert a.headline == expected["headline"]
    assert (a.byline, a.byline_title) == (expected["byline"], expected["byline_title"])
    assert "envelope=<ANPA-1312>" in repr(a)


def test_iptc_envelope_fields_and_notebook() -> None:
    a = _read("IPTC7901.txt")
    expected = _rust_json("IPTC7901.txt")
    env = a.envelope
    assert env is not None
    assert env.format == "IPTC 7901"
    assert (env.service, env.sequence, env.sequence_number) == ("eca", "062", 62)
    assert (env.priority, env.category, env.word_count) == ("4", "i", 211)
    assert env.selector is None and env.take_key is None and env.date is None
    assert env.extra == "ccccb   dpa 061"
    assert env.filing_time == "131137 GMT Nov 13"
    assert env.to_dict() == expected["envelope"]
    assert a.notebook is not None
    assert a.notebook.to_dict() == expected["notebook"]
    assert a.signoff is not None and a.signoff.to_dict() == expected["signoff"]


def test_envelope_attributes_match_to_dict_keys() -> None:
    env = _read("ap_anpa-1.tst").envelope
    assert env is not None
    d = env.to_dict()
    assert list(d) == ENVELOPE_KEYS
    for key in ENVELOPE_KEYS:
        assert getattr(env, key) == d[key], key


def test_envelope_to_dict_equals_json() -> None:
    for name in ["ap_anpa-1.tst", "IPTC7901.txt"]:
        a = _read(name)
        d = a.to_dict()
        assert d == json.loads(a.to_json()), name
        assert list(d)[-3:] == ["byline_title", "notebook", "envelope"], name
        assert a.envelope is not None
        assert d["envelope"] == a.envelope.to_dict(), name
        for key, value in _rust_json(name).items():
            assert d[key] == value, (name, key)


def test_envelope_repr_equality_hash() -> None:
    e1 = _read("ap_anpa-1.tst").envelope
    e2 = _read("ap_anpa-1.tst").envelope
    e3 = _read("IPTC7901.txt").envelope
    assert e1 is not None and e3 is not None
    assert e1 == e2 and hash(e1) == hash(e2)
    assert e1 != e3
    assert e1 != e1.to_dict()
    r = repr(e1)
    assert r.startswith("Envelope(format='ANPA-1312', service='z', sequence='6715'")
    assert "word_count=500" in r and "tabular=False" in r
    assert "notes=['Eds: Heat 115, Hawks 111. Updates. With AP Photos.']" in r


def test_envelope_survives_pickle_but_not_the_text() -> None:
    a = _read("ap_anpa-1.tst")
    b = pickle.loads(pickle.dumps(a))
    assert b == a and b.envelope == a.envelope
    # The envelope is transport, not copy: the canonical text does not carry it.
    c = wirecopy.parse(str(a))
    assert c.envelope is None
    d = a.to_dict()
    d["envelope"] = None
    assert c.to_dict() == d


def test_every_envelope_file_parses() -> None:
    need(ENVELOPES)
    files = sorted(p for p in ENVELOPES.iterdir() if p.suffix in {".tst", ".txt"})
    assert files
    for path in files:
        a = wirecopy.parse_bytes(path.read_bytes())
        env = a.envelope
        assert env is not None, path.name
        assert env.format in {"ANPA-1312", "IPTC 7901"}, path.name
        assert a.to_dict()["envelope"] == env.to_dict(), path.name
