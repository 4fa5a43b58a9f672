#!/usr/bin/env bash
# Media benchmark (not a test): the sample content as it is, and the same
# content with N more pictures of about 200 KB (default 1,000, in record
# folders of 10, each shown in its record's body), built with a release
# build of civicsite. Prints, for each, the seconds of `check` (every
# picture's header read and checked, nothing written) and of a fresh
# build, the files and bytes written, and beside them the seconds `cp -r`
# takes to copy the pictures alone (the disk's floor for the copying).
# Each figure is the median of 3 runs.
#
#   scripts/bench-media.sh          # 1000 pictures
#   scripts/bench-media.sh 3000
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"

swift build -c release --product civicsite >/dev/null
bin="$(swift build -c release --show-bin-path)/civicsite"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp -r content "$work/plain"
cp -r content "$work/photos"
python3 scripts/bench-media-input.py "$work/photos" "$n"
photo_bytes=$(find "$work/photos/groups" -name 'p*.png' -printf '%s\n' | awk '{s += $1} END {print s}')

seconds() { # the wall seconds of a command
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; return 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f\n", b - a }'
}
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

printf '%-10s %-9s %-10s %-10s %-8s %-12s\n' content pictures "check (s)" "build (s)" files "written (MB)"
for name in plain photos; do
  dir="$work/$name"
  pictures=$(find "$dir" -path '*/groups/bench-photos-*' -name '*.png' | wc -l)
  checks=() builds=()
  for run in 1 2 3; do
    checks+=("$(seconds "$bin" check --quiet --content "$dir" --now 2026-12-01)")
    rm -rf "$work/site-$name"
    builds+=("$(seconds "$bin" build --quiet --content "$dir" --output "$work/site-$name" --now 2026-12-01)")
  done
  files=$(find "$work/site-$name" -type f | wc -l)
  mb=$(du -sm "$work/site-$name" | cut -f1)
  printf '%-10s %-9s %-10s %-10s %-8s %-12s\n' "$name" "$pictures" "$(median "${checks[@]}")" "$(median "${builds[@]}")" "$files" "$mb"
done

copies=()
for run in 1 2 3; do
  rm -rf "$work/copy"
  copies+=("$(seconds cp -r "$work/photos/groups" "$work/copy")")
done
printf '\n%s pictures, %s bytes in all (%s KB each on average); cp -r of the folders holding them: %s s\n' \
  "$n" "$photo_bytes" "$((photo_bytes / n / 1024))" "$(median "${copies[@]}")"
