"""Shared paths and helpers of the Python tests.

The crate's own fixtures are in <repo>/tests/fixtures; the project's data is
in <repo>/../shared (CI has it beside the clone); tests that need it are
skipped with a message when it is missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
FIXTURES = REPO / "tests" / "fixtures"
SEED = SHARED / "seeds" / "editorji-ap-seoul-tokyo.txt"
PORTALS = SHARED / "corpus" / "portals"

# Hypothesis keeps its examples and caches in python/.hypothesis (ignored),
# wherever pytest is started from.
set_hypothesis_home_dir(str(REPO / "python" / ".hypothesis"))


def need(path: Path) -> Path:
    """`path`, or skip the test with a message when it is not there."""
    if not path.exists():
        pytest.skip(f"{path} is not there (../shared is missing beside the repo)")
    return path


def subset_diff(expected: Any, got: Any, path: str = "$") -> list[str]:
    """Differences of `got` from the subset `expected` names
    (shared/corpus/portals/README.md: keys left out are not checked, lists
    compare in full, null and [] are expectations too)."""
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return [f"{path}: expected an object, got {got!r}"]
        out: list[str] = []
        for key, value in expected.items():
            if key not in got:
                out.append(f"{path}.{key}: missing")
            else:
                out += subset_diff(value, got[key], f"{path}.{key}")
        return out
    if isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got):
        out = []
        for i, (e, g) in enumerate(zip(expected, got)):
            out += subset_diff(e, g, f"{path}[{i}]")
        return out
    if expected == got and type(expected) is type(got):
        return []
    return [f"{path}: expected {expected!r}, got {got!r}"]
