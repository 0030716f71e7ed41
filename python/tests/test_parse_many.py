"""parse_many: parallel, in input order, errors returned in place."""

import pytest
import wirecopy
from conftest import FIXTURES

PAGES = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]


@pytest.mark.parametrize("threads", [None, 1, 2, 4])
def test_results_are_in_input_order(threads: "int | None") -> None:
    texts = PAGES * 50
    out = wirecopy.parse_many(texts, threads=threads)
    assert len(out) == len(texts)
    assert out == [wirecopy.parse(t) for t in texts]


def test_one_bad_item_among_good_ones() -> None:
    texts: list = [PAGES[0], "", PAGES[1], b"Headline\n\nBad \xff byte", "  \n", PAGES[2]]
    out = wirecopy.parse_many(texts, threads=2)
    assert [type(x).__name__ for x in out] == [
        "Article",
        "ParseError",
        "Article",
        "ParseError",
        "ParseError",
        "Article",
    ]
    assert out[0] == wirecopy.parse(PAGES[0])
    assert out[2] == wirecopy.parse(PAGES[1])
    assert out[5] == wirecopy.parse(PAGES[2])
    e = out[3]
    assert isinstance(e, wirecopy.ParseError)
    assert (e.offset, e.line, e.column, e.kind) == (14, 3, 5, "invalid_utf8")
    assert str(e) == "line 3, column 5: expected UTF-8 text, found the invalid byte 0xFF"
    assert isinstance(out[1], wirecopy.ParseError) and out[1].kind == "empty"
    assert isinstance(out[4], wirecopy.ParseError) and out[4].kind == "blank"


def test_any_iterable_and_empty() -> None:
    assert wirecopy.parse_many([]) == []
    out = wirecopy.parse_many(t for t in PAGES)
    assert out == [wirecopy.parse(t) for t in PAGES]
    assert wirecopy.parse_many(iter(PAGES[:1]), threads=1) == [wirecopy.parse(PAGES[0])]


def test_bad_arguments_raise() -> None:
    with pytest.raises(TypeError):
        wirecopy.parse_many(["ok", 3])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        wirecopy.parse_many(["ok"], threads=0)
    with pytest.raises(TypeError):
        wirecopy.parse_many(None)  # type: ignore[arg-type]


def test_other_python_threads_run_while_parsing() -> None:
    # The GIL is released while the pages are parsed: a Python thread that
    # counts keeps counting (with the GIL held it would stop for the call).
    import threading
    import time

    texts = PAGES * 20000
    ticks = 0
    stop = threading.Event()

    def tick() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1

    t = threading.Thread(target=tick)
    t.start()
    try:
        time.sleep(0.05)
        start, t0 = ticks, time.perf_counter()
        time.sleep(0.1)
        rate = (ticks - start) / (time.perf_counter() - t0)
        start, t0 = ticks, time.perf_counter()
        wirecopy.parse_many(texts, threads=1)
        during = (ticks - start) / (time.perf_counter() - t0)
    finally:
        stop.set()
        t.join()
    assert during > 0.1 * rate, (during, rate)


def test_a_str_without_utf8_form_is_an_error_in_place() -> None:
    # A lone surrogate cannot be read as UTF-8: parse raises, parse_many
    # puts a ParseError (placed like the crate's) in its place.
    bad = "Headline\n\nab\ud800cd"
    with pytest.raises(UnicodeEncodeError):
        wirecopy.parse(bad)
    out = wirecopy.parse_many([PAGES[0], bad, PAGES[1]], threads=2)
    assert out[0] == wirecopy.parse(PAGES[0]) and out[2] == wirecopy.parse(PAGES[1])
    e = out[1]
    assert isinstance(e, wirecopy.ParseError)
    assert (e.offset, e.line, e.column, e.kind) == (12, 3, 3, "invalid_utf8")
    assert str(e) == "line 3, column 3: expected UTF-8 text, found the lone surrogate U+D800"
    assert isinstance(e.__cause__, UnicodeEncodeError)


def test_articles_outlive_their_input() -> None:
    # An Article keeps what it borrows from: the str, the bytes, the parser.
    import gc

    parser = wirecopy.Parser(agencies=["MENA"])
    texts = ["".join(["Canal lane opens\n\nCAIRO, March 3 MENA - Egypt ", str(i), "."]) for i in range(50)]
    arts = parser.parse_many(texts, threads=2) + [parser.parse_bytes(t.encode()) for t in texts]
    del texts, parser
    gc.collect()
    junk = ["x" * 1000 for _ in range(10000)]  # reuse the freed memory
    assert [a.paragraphs for a in arts[:50]] == [[f"Egypt {i}."] for i in range(50)]
    assert all(a.agencies == ["MENA"] for a in arts)
    assert arts[0] == arts[50]
    del junk


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_a_bad_item_after_many_chunks_raises_and_the_next_call_works(threads: int) -> None:
    # Pages are handed to the threads in chunks while the input is read: a
    # bad item after many chunks stops the call with its TypeError (nothing
    # hangs, nothing is leaked into the next call's results).
    texts: list = PAGES * 300 + [3] + PAGES
    with pytest.raises(TypeError, match=f"item {len(PAGES) * 300} is int"):
        wirecopy.parse_many(texts, threads=threads)
    out = wirecopy.parse_many(PAGES * 40, threads=threads)
    assert out == [wirecopy.parse(t) for t in PAGES * 40]


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_errors_in_place_across_chunks(threads: int) -> None:
    # Errors of reading (a lone surrogate) and of parsing (a blank page)
    # keep their places among thousands of pages parsed in chunks.
    bad, blank = "Headline\n\nab\ud800cd", " \n "
    texts = []
    for i in range(3000):
        texts.append(bad if i % 97 == 5 else blank if i % 89 == 7 else PAGES[i % len(PAGES)])
    out = wirecopy.parse_many(texts, threads=threads)
    assert len(out) == len(texts)
    for t, r in zip(texts, out):
        if t is bad:
            assert isinstance(r, wirecopy.ParseError) and r.kind == "invalid_utf8"
        elif t is blank:
            assert isinstance(r, wirecopy.ParseError) and r.kind == "blank"
        else:
            assert r == wirecopy.parse(t)


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_freed_articles_let_go_of_their_inputs(threads: int) -> None:
    # Articles keep their inputs alive; once they are gone (freed on the
    # pool's threads when parse_many used more than one), so are the
    # references to the inputs, and the articles still alive are untouched.
    import sys

    from wirecopy._wirecopy import _wait_released

    data = [(PAGES[i % len(PAGES)] + f"\n\nPage {i}.").encode() for i in range(1000)]
    before = [sys.getrefcount(d) for d in data]
    out = wirecopy.parse_many(data, threads=threads)
    assert all(sys.getrefcount(d) > n for d, n in zip(data, before))
    kept = out[::7]
    want = [a.to_dict() for a in kept]
    del out
    _wait_released()
    after = [sys.getrefcount(d) for d in data]
    assert [a - n for a, n in zip(after[::7], before[::7])] == [1] * len(kept)
    assert [a for i, a in enumerate(after) if i % 7] == [n for i, n in enumerate(before) if i % 7]
    assert [a.to_dict() for a in kept] == want
