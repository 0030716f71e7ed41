#!/usr/bin/env bash
# Runs fuzz targets for SECONDS each (default 600), JOBS at a time (default 1).
# New inputs go to a work corpus outside the repo; crashes to fuzz/artifacts/.
# Usage: fuzz/run.sh [SECONDS] [JOBS] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")"
secs=${1:-600}; jobs=${2:-1}; shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=($(RUSTC_BOOTSTRAP=1 cargo fuzz list))
work=${FUZZ_WORK:-/tmp/wirecopy-fuzz}
mkdir -p "$work" logs
RUSTC_BOOTSTRAP=1 cargo fuzz build -O >/dev/null
run() {
  local t=$1
  mkdir -p "$work/$t" "artifacts/$t"
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$t" "$work/$t" "corpus/$t" -- \
    -max_total_time="$secs" -max_len=16384 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="artifacts/$t/" > "logs/$t.log" 2>&1
  echo "$t: exit $? $(grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "logs/$t.log" | tr '\n' ' ')"
}
export -f run; export secs work
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run {}'
