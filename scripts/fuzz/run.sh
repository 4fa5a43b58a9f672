#!/usr/bin/env bash
# Runs a fuzz target for a given time:
#
#   scripts/fuzz/run.sh TARGET SECONDS [libFuzzer options...]
#   scripts/fuzz/run.sh all SECONDS [libFuzzer options...]
#
# TARGET is a name from scripts/fuzz/targets.list. Builds what is out of
# date first (scripts/fuzz/build.sh; FUZZ_ASAN=0 for a faster build without
# AddressSanitizer), then runs libFuzzer on the committed
# seeds plus a working corpus under .build/fuzz/corpus/<target>/, which
# keeps what earlier runs found. A crash, a leak, an input slower than
# FUZZ_TIMEOUT seconds (default 10) or memory above FUZZ_RSS_MB
# (default 2048) stops the run with a non-zero status and leaves the input
# in .build/fuzz/artifacts/<target>/. At the end it prints the executions
# and the coverage reached, and appends them to .build/fuzz/stats.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
fuzz=scripts/fuzz
out=.build/fuzz
bin="$out/$([ "${FUZZ_ASAN:-1}" = 0 ] && echo plain || echo asan)"

usage() { echo "usage: $0 TARGET|all SECONDS [libFuzzer options...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
target="$1" seconds="$2"
shift 2
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

targets=()
while read -r name _; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  targets+=("$name")
done < "$fuzz/targets.list"
if [ "$target" = all ]; then wanted=("${targets[@]}"); else wanted=("$target"); fi

"$fuzz/build.sh" "${wanted[@]}"

# Crashes are libFuzzer's to report: the Swift runtime's own backtracer
# would otherwise hold the dying process for its report.
export SWIFT_BACKTRACE=enable=no
# Allocation stacks are kept short: recording them dominates the time of a
# run otherwise, and a report still shows where the memory came from.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:malloc_context_size=8}"

run_one() {
  local name="$1"
  shift
  local work="$out/corpus/$name" artifacts="$out/artifacts/$name/" log="$out/logs/$name.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  local options=(-max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}"
                 -print_final_stats=1 -artifact_prefix="$artifacts")
  [ -f "$fuzz/$name.dict" ] && options+=(-dict="$fuzz/$name.dict")
  echo "==> fuzz $name for ${seconds}s" >&2
  local status=0
  "$bin/$name" "${options[@]}" "$@" "$work" "$fuzz/corpus/$name" > "$log" 2>&1 || status=$?
  local executions coverage features
  # A run that fails while loading the corpus prints no statistics.
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  coverage=$( (grep -o 'cov: [0-9]*' "$log" || true) | tail -1 | cut -d' ' -f2)
  features=$( (grep -o 'ft: [0-9]*' "$log" || true) | tail -1 | cut -d' ' -f2)
  printf '%s %s seconds=%s executions=%s coverage=%s features=%s status=%s\n' \
    "$(date -u +%FT%TZ)" "$name$([ "${FUZZ_ASAN:-1}" = 0 ] && echo '/no-asan')" "$seconds" "${executions:-?}" "${coverage:-?}" "${features:-?}" "$status" >> "$out/stats.log"
  echo "fuzz $name: ${executions:-?} executions, coverage ${coverage:-?} edges, ${features:-?} features" >&2
  if [ "$status" -ne 0 ]; then
    # What libFuzzer said about the failure, and where it left the input.
    grep -E 'ERROR|FUZZ PROPERTY|SUMMARY|Test unit written|^input:|^Base64:|timeout|out-of-memory|leak' "$log" | head -20 >&2 || true
    echo "fuzz $name FAILED (status $status); full log: $log" >&2
  fi
  return "$status"
}

failed=()
for name in "${wanted[@]}"; do
  run_one "$name" "$@" || failed+=("$name")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]}" >&2
  exit 1
fi
