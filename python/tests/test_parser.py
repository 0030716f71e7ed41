"""wirecopy.Parser: agencies and portals added from data."""

import datetime

import pytest
import wirecopy

CAIRO = "Canal lane opens\n\nCAIRO, March 3 (MENA) - Egypt opened a new lane of the canal.\n"


def test_a_new_agency_in_a_dateline() -> None:
    parser = wirecopy.Parser(agencies=["MENA"])
    a = parser.parse(CAIRO)
    assert a.dateline is not None
    assert (a.dateline.text, a.dateline.place) == ("CAIRO, March 3 (MENA)", "CAIRO")
    assert a.dateline.agencies == ["MENA"]
    assert a.dateline.date is not None
    assert (a.dateline.date.month, a.dateline.date.day) == (3, 3)
    assert a.dateline.separator == "-"
    assert a.agencies == ["MENA"]
    assert a.paragraphs == ["Egypt opened a new lane of the canal."]


def test_a_new_agency_without_parentheses() -> None:
    # A bare agency word after the date is read only for a known agency.
    page = "Canal lane opens\n\nCAIRO, March 3 MENA - Egypt opened a lane.\n"
    plain = wirecopy.parse(page)
    assert plain.dateline is not None and plain.dateline.agencies == []
    assert plain.paragraphs == ["MENA - Egypt opened a lane."]

    a = wirecopy.Parser(agencies=["MENA"]).parse(page)
    assert a.dateline is not None
    assert (a.dateline.text, a.dateline.agencies) == ("CAIRO, March 3 MENA", ["MENA"])
    assert a.agencies == ["MENA"]
    assert a.paragraphs == ["Egypt opened a lane."]


def test_agency_aliases_normalise() -> None:
    parser = wirecopy.Parser(agencies=[{"name": "ZNA", "aliases": ["Zembla News Agency"]}])
    page = "Port opens\n\nZEMBLA, March 3 (Zembla News Agency) - Zembla opened a port.\n"
    a = parser.parse(page)
    assert a.dateline is not None
    assert a.dateline.agencies == ["Zembla News Agency"]
    assert a.agencies == ["ZNA"]
    # The built-in parser does not know it: no dateline credits it.
    assert wirecopy.parse(page).agencies == []


def test_a_new_portal() -> None:
    parser = wirecopy.Parser(
        agencies=[{"name": "MENA"}],
        portals=[
            {
                "name": "Nile Post",
                "timestamp_labels": ["Filed"],
                "timestamp_formats": ["%Y.%m.%d %H:%M"],
                "disclaimers": [("(Nile Post ran this wire story unedited.)", "Nile Post")],
                "desks": ["Nile Post Wire Desk"],
                "related_lists": [{"heading": "More Nile Stories", "shape": "title"}],
            }
        ],
    )
    page = (
        "Canal lane opens\n\nFiled: 2025.03.03 10:15\n\n"
        "CAIRO, March 3 MENA - Egypt opened a lane.\n\n"
        "(Nile Post ran this wire story unedited.)\n\n"
        "More Nile Stories\n\nAswan dam output rises\n\nLuxor reopens its museum\n"
    )
    a = parser.parse(page)
    assert a.agencies == ["MENA"]
    assert a.disclaimer is not None and a.disclaimer.publisher == "Nile Post"
    assert a.timestamp is not None
    assert a.timestamp.label == "Filed"
    assert a.timestamp.datetime == datetime.datetime(2025, 3, 3, 10, 15)
    assert [r.title for r in a.related] == ["Aswan dam output rises", "Luxor reopens its museum"]
    assert a.paragraphs == ["Egypt opened a lane."]
    # The portal's own parser reads its canonical text back.
    assert parser.parse(str(a)) == a
    assert "Nile Post" in repr(parser)


def test_parser_parse_bytes_and_many() -> None:
    parser = wirecopy.Parser(agencies=["MENA"])
    a = parser.parse_bytes(CAIRO.encode())
    assert a.agencies == ["MENA"]
    out = parser.parse_many([CAIRO, CAIRO.encode(), ""], threads=2)
    assert out[0] == a and out[1] == a
    assert isinstance(out[2], wirecopy.ParseError)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"agencies": [{"nam": "X"}]},
        {"agencies": [{"aliases": ["X"]}]},
        {"portals": [{"name": "P", "disclaimer": []}]},
        {"portals": [{"name": "P", "related_lists": [("Read more", "list")]}]},
        {"portals": [{"timestamp_labels": ["Filed"]}]},
    ],
)
def test_bad_specs_are_value_errors(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        wirecopy.Parser(**kwargs)


def test_bad_spec_types_are_type_errors() -> None:
    with pytest.raises(TypeError):
        wirecopy.Parser(agencies="MENA")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        wirecopy.Parser(agencies=[42])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        wirecopy.Parser(portals=["Nile Post"])  # type: ignore[list-item]
