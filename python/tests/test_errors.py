"""Inputs that are not articles raise wirecopy.ParseError (a ValueError)
with the crate's message and position."""

import pickle

import pytest
import wirecopy


def test_empty_input() -> None:
    with pytest.raises(wirecopy.ParseError) as info:
        wirecopy.parse("")
    e = info.value
    assert isinstance(e, ValueError)
    assert str(e) == "line 1, column 1: expected a headline, found the end of input"
    assert (e.offset, e.line, e.column, e.kind) == (0, 1, 1, "empty")


def test_blank_input() -> None:
    with pytest.raises(wirecopy.ParseError) as info:
        wirecopy.parse("   \n\n")
    e = info.value
    assert str(e) == "line 1, column 1: expected a headline, found a blank line"
    assert (e.offset, e.line, e.column, e.kind) == (0, 1, 1, "blank")


def test_invalid_utf8_names_the_byte_and_where() -> None:
    with pytest.raises(wirecopy.ParseError) as info:
        wirecopy.parse_bytes(b"Headline\n\nBad \xff byte")
    e = info.value
    assert str(e) == "line 3, column 5: expected UTF-8 text, found the invalid byte 0xFF"
    assert (e.offset, e.line, e.column, e.kind) == (14, 3, 5, "invalid_utf8")


def test_invalid_utf8_after_a_bom_and_crlf() -> None:
    with pytest.raises(wirecopy.ParseError) as info:
        wirecopy.parse_bytes(b"\xef\xbb\xbfH\xc3\xa9adline\r\n\r\nab\xc3")
    e = info.value
    # The offset counts the BOM's bytes; the column counts characters.
    assert (e.offset, e.line, e.column) == (3 + 9 + 4 + 2, 3, 3)


def test_over_the_size_limit() -> None:
    parser = wirecopy.Parser(max_size=10)
    assert parser.max_size == 10
    with pytest.raises(wirecopy.ParseError) as info:
        parser.parse("Headline\n\nA body that is long.")
    assert info.value.kind == "too_large"
    assert "over the size limit of 10 bytes" in str(info.value)
    assert wirecopy.Parser().max_size == wirecopy.DEFAULT_MAX_SIZE


def test_wrong_types_are_type_errors() -> None:
    with pytest.raises(TypeError):
        wirecopy.parse(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        wirecopy.parse_bytes("text")  # type: ignore[arg-type]


def test_parse_error_pickles_with_its_position() -> None:
    e = wirecopy.parse_many([b"ok\xff"])[0]
    assert isinstance(e, wirecopy.ParseError)
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is wirecopy.ParseError
    assert (str(back), back.offset, back.line, back.column) == (str(e), 2, 1, 3)
