#!/usr/bin/env bash
# CI of the Python package, called from the repo root: `bash python/ci.sh`.
# A fresh venv, `pip install ./python` (maturin comes from PyPI through the
# build backend and compiles the extension), the test dependencies, the
# tests, and the type stubs checked against the built module.
# Reaches PyPI and crates.io only.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PIP_DISABLE_PIP_VERSION_CHECK=1 MYPY_CACHE_DIR="$work/mypy-cache"

echo "== python: venv ($(python3 --version))"
python3 -m venv "$work/venv"
py="$work/venv/bin/python"

echo "== python: pip install ./python"
"$py" -m pip install --quiet ./python
echo "   built and installed in $((SECONDS - start)) s"

echo "== python: test dependencies"
"$py" -m pip install --quiet pytest hypothesis mypy "dask[distributed]"

echo "== python: pytest python/tests"
"$py" -m pytest python/tests -p no:cacheprovider -q

echo "== python: stubtest"
# From an empty folder, so that the installed package is what is imported.
(cd "$work" && "$py" -m mypy.stubtest wirecopy \
    --allowlist "$OLDPWD/python/stubtest-allowlist.txt")

echo "== python: ok in $((SECONDS - start)) s"
