#!/usr/bin/env bash
# Build benchmark (not a test): generates synthetic Japanese content of N
# groups (N/2 events, N/10 grants, N/10 cases), builds it with a release
# build of civicsite, and prints wall seconds and peak memory per size,
# beside the seconds `check` takes (everything but writing) and the seconds
# `cp -r` takes to write the same site (the disk's floor).
#
#   scripts/bench-build.sh            # N = 1000 and 10000
#   scripts/bench-build.sh 500 2000   # other sizes
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

swift build -c release --product civicsite >/dev/null
bin="$(swift build -c release --show-bin-path)/civicsite"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

measure() { # prints "seconds peak_kib"
  local out="$work/time.txt"
  /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; return 1; }
  cat "$out"
}

printf '%-8s %-8s %-8s %-12s %-14s %-14s %-10s %-10s\n' N records files "fresh (s)" "rebuild (s)" "peak (MiB)" "check (s)" "copy (s)"
for n in "${sizes[@]}"; do
  python3 scripts/generate-content.py --groups "$n" --out "$work/content-$n" --seed 1 >/dev/null
  records=$(find "$work/content-$n" -name '*.md' | wc -l)
  # check first: it reads every file, so the builds below start with a warm file cache.
  read -r check_secs _ < <(measure "$bin" check --quiet --content "$work/content-$n" --now 2026-12-01)
  # fresh: no previous site (a CI run); rebuild: the previous site is replaced and deleted.
  read -r fresh kib < <(measure "$bin" build --quiet --content "$work/content-$n" --output "$work/site-$n" --now 2026-12-01)
  read -r rebuild kib2 < <(measure "$bin" build --quiet --content "$work/content-$n" --output "$work/site-$n" --now 2026-12-01)
  [ "$kib2" -gt "$kib" ] && kib=$kib2
  files=$(find "$work/site-$n" -type f | wc -l)
  # The disk's share: copying the built site (from the page cache) creates
  # the same folders and files with no rendering at all. On a virtual disk
  # this varies by a factor of three within an hour; read fresh and rebuild
  # against it.
  read -r copy _ < <(measure cp -r "$work/site-$n" "$work/copy-$n")
  rm -rf "$work/copy-$n"
  printf '%-8s %-8s %-8s %-12s %-14s %-14s %-10s %-10s\n' "$n" "$records" "$files" "$fresh" "$rebuild" "$((kib / 1024))" "$check_secs" "$copy"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
