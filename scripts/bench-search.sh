#!/usr/bin/env bash
# Search benchmark against Pagefind (a measurement, not a test): generates
# synthetic directories of about 1,000, 10,000 and 50,000 records, builds
# them with a release build of civicsite (timing our index build), indexes
# the same built sites with Pagefind when it can be installed (PyPI
# pagefind-bin-extended, which segments Japanese), then measures queries in
# headless Chromium with scripts/bench-search-measure.py and prints one table.
#
#   scripts/bench-search.sh                # about 1k, 10k and 50k records
#   scripts/bench-search.sh 590 5900       # other sizes (groups; records ≈ 1.7 × groups)
#   KEEP=DIR scripts/bench-search.sh       # keep content and sites in DIR
#
# Needs python3 with selenium, chromium and chromedriver (Debian packages
# chromium and chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(590 5900 29500)

swift build -c release --product civicsite >/dev/null
bin="$(swift build -c release --show-bin-path)/civicsite"
if [ -n "${KEEP:-}" ]; then work="$KEEP"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi

pagefind=()
if python3 -c 'import pagefind_bin_extended' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check pagefind-bin-extended >/dev/null 2>&1; then
  pagefind=(python3 -m pagefind_bin_extended)
else
  echo "note: Pagefind not available; measuring civicsite only" >&2
fi

sites=()
for n in "${sizes[@]}"; do
  content="$work/content-$n" site="$work/site-$n"
  [ -d "$content" ] || python3 scripts/generate-content.py --groups "$n" --out "$content" --seed 1 >/dev/null
  rm -rf "$site"
  # The index builds on its own thread while pages render; the build prints its time.
  index_seconds=$(CIVICSITE_SEARCH_TIMING=1 /usr/bin/time -f 'build %e s %M KB' -o "$work/time-$n.txt" \
    "$bin" build --quiet --content "$content" --output "$site" --now 2026-12-01 2>&1 >/dev/null |
    sed -n 's/^search index: \([0-9.]*\) s$/\1/p')
  echo "$index_seconds" >"$site/.civicsite-index-seconds"
  pagefind_seconds=""
  if [ ${#pagefind[@]} -gt 0 ]; then
    start=$(date +%s.%N)
    "${pagefind[@]}" --site "$site" >"$work/pagefind-$n.log" 2>&1 || { cat "$work/pagefind-$n.log" >&2; exit 1; }
    pagefind_seconds=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$start" "$(date +%s.%N)")
  fi
  echo "$pagefind_seconds" >"$site/.pagefind-seconds"
  echo "built $(find "$content" -name '*.md' | wc -l) records: $(cat "$work/time-$n.txt"), search index ${index_seconds} s, pagefind ${pagefind_seconds:-n/a} s" >&2
  sites+=("$site")
done

python3 scripts/bench-search-measure.py "${sites[@]}"
echo "machine: $(nproc) cores; bytes are gzip -6 sizes of the files the page fetched; cold includes the search scripts"
