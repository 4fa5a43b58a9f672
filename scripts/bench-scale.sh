#!/usr/bin/env bash
# Scale benchmark (not a test), in one run:
# 1. beside Hugo: content of N_HUGO groups (default 10000: about 17,000
#    records) built by civicsite and, converted by scripts/hugo-twin.py, by
#    Hugo (Debian's `hugo`, installed with apt-get when missing), alternately
#    ROUNDS times (default 3) so that both see the same machine; prints the
#    median of each and the ratio civicsite / Hugo (the target: at most 0.5).
#    civicsite writes more than the twin (search index, open data,
#    calendars, feeds): the ratio is of the whole build.
# 2. at scale: content of N_BIG groups (default 60000: about 102,000
#    records); prints wall seconds and peak memory of `check`, a fresh build
#    and a rebuild over it, and the files written (the targets: at most
#    60 s and 1 GiB).
#
# Every measured build writes into a folder of its own, and nothing is
# deleted until the end: on a file system without a journal (these
# machines') ext4 skips inodes freed in the last minutes when it allocates,
# one lookup each, so a build right after `rm -rf` of a large tree spends
# most of its time in the kernel, the more so the more files it writes.
# A CI runner starts from a fresh checkout, with nothing recently deleted.
#
#   scripts/bench-scale.sh
#   N_HUGO=2000 N_BIG=10000 ROUNDS=1 scripts/bench-scale.sh   # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
n_hugo=${N_HUGO:-10000}
n_big=${N_BIG:-60000}
rounds=${ROUNDS:-3}
now=2026-12-01

if ! command -v hugo >/dev/null; then
  { apt-get install -y hugo || { apt-get update && apt-get install -y hugo; }; } >/dev/null 2>&1 || { echo "hugo is not installed and could not be installed" >&2; exit 1; }
fi
swift build -c release --product civicsite >/dev/null
bin="$(swift build -c release --show-bin-path)/civicsite"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

measure() { # prints "seconds peak_kib"
  local out="$work/time.txt"
  /usr/bin/time -f '%e %M' -o "$out" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; return 1; }
  cat "$out"
}
median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# 1. Side by side with Hugo.
python3 scripts/generate-content.py --groups "$n_hugo" --out "$work/content-$n_hugo" --seed 1 >/dev/null
python3 scripts/hugo-twin.py --content "$work/content-$n_hugo" --out "$work/hugo-$n_hugo" --now "${now}T09:00:00+09:00" >/dev/null
records=$(find "$work/content-$n_hugo" -name '*.md' | wc -l)
# One build of each first: both read their files into the page cache.
measure "$bin" build --quiet --content "$work/content-$n_hugo" --output "$work/site-$n_hugo-0" --now "$now" >/dev/null
(cd "$work/hugo-$n_hugo" && hugo --quiet -d "$work/hugo-public-$n_hugo-0" >/dev/null)
civic=() hugo=()
for round in $(seq "$rounds"); do
  read -r secs _ < <(measure "$bin" build --quiet --content "$work/content-$n_hugo" --output "$work/site-$n_hugo-$round" --now "$now")
  civic+=("$secs")
  read -r secs _ < <(measure bash -c "cd '$work/hugo-$n_hugo' && hugo --quiet -d '$work/hugo-public-$n_hugo-$round'")
  hugo+=("$secs")
done
c_med=$(echo "${civic[*]}" | median)
h_med=$(echo "${hugo[*]}" | median)
c_files=$(find "$work/site-$n_hugo-1" -type f | wc -l)
h_files=$(find "$work/hugo-public-$n_hugo-1" -type f | wc -l)
echo "side by side, N=$n_hugo groups, $records records, $rounds rounds (fresh builds):"
echo "  civicsite: ${civic[*]} s (median $c_med s), $c_files files"
echo "  hugo:      ${hugo[*]} s (median $h_med s), $h_files files"
echo "  ratio civicsite / hugo: $(awk -v c="$c_med" -v h="$h_med" 'BEGIN {printf "%.2f", c / h}') (target <= 0.5)"

# 2. At scale.
python3 scripts/generate-content.py --groups "$n_big" --out "$work/content-$n_big" --seed 1 >/dev/null
records=$(find "$work/content-$n_big" -name '*.md' | wc -l)
read -r check_secs check_kib < <(measure "$bin" check --quiet --content "$work/content-$n_big" --now "$now")
read -r fresh fresh_kib < <(measure "$bin" build --quiet --content "$work/content-$n_big" --output "$work/site-$n_big" --now "$now")
read -r rebuild rebuild_kib < <(measure "$bin" build --quiet --content "$work/content-$n_big" --output "$work/site-$n_big" --now "$now")
files=$(find "$work/site-$n_big" -type f | wc -l)
echo "at scale, N=$n_big groups, $records records, $files files written:"
echo "  check:   $check_secs s, $((check_kib / 1024)) MiB peak"
echo "  fresh:   $fresh s, $((fresh_kib / 1024)) MiB peak (target <= 60 s, <= 1024 MiB)"
echo "  rebuild: $rebuild s, $((rebuild_kib / 1024)) MiB peak"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
