"""to_dict() is the JSON contract: what json.loads of to_json() gives, with
the same keys in the same order and the same types, for the article and
each of its parts."""

import json
from typing import Any

import pytest
import wirecopy
from conftest import FIXTURES, PORTALS, SEED

PAGES = sorted(FIXTURES.glob("*.txt")) + sorted(PORTALS.glob("*.txt")) + [SEED]


def shape(v: Any) -> Any:
    """`v` with its dict keys' order and every value's type made visible."""
    if isinstance(v, dict):
        return [(k, shape(x)) for k, x in v.items()]
    if isinstance(v, list):
        return [shape(x) for x in v]
    return (type(v).__name__, v)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_to_dict_is_the_json_form(path) -> None:  # type: ignore[no-untyped-def]
    if not path.exists():
        pytest.skip(f"{path} is not there (../shared is missing beside the repo)")
    a = wirecopy.parse(path.read_text(encoding="utf-8"))
    want = json.loads(a.to_json())
    assert shape(a.to_dict()) == shape(want)
    parts = [
        (a.timestamp, "timestamp"),
        (a.dateline, "dateline"),
        (a.signoff, "signoff"),
        (a.disclaimer, "disclaimer"),
    ]
    for part, key in parts:
        if part is not None:
            assert shape(part.to_dict()) == shape(want[key])
    if a.dateline is not None and a.dateline.date is not None:
        assert shape(a.dateline.date.to_dict()) == shape(want["dateline"]["date"])
    assert [shape(r.to_dict()) for r in a.related] == shape(want["related"])


def test_parts_without_an_attribute_read_from_the_json_form() -> None:
    # `lead_credit` has no attribute of its own: `a.lead_credit` is its key
    # of to_dict(); a name the JSON form does not have is an AttributeError.
    a = wirecopy.parse("Chip maker slips\n\nAP - Advanced Micro Devices said its sales fell.\n")
    assert a.to_dict()["lead_credit"] == {"text": "AP", "agency": "AP", "gap": " - "}
    assert a.lead_credit == a.to_dict()["lead_credit"]
    assert wirecopy.parse("Headline\n\nBody.\n").lead_credit is None
    for name in ("related_heading", "no_such_part", "_private"):
        with pytest.raises(AttributeError, match=f"no attribute '{name}'"):
            getattr(a, name)
