#!/usr/bin/env bash
# Front-matter benchmark (not a test): `civicsite check` on the minimal
# valid site whose group file has one plain value continued over many lines
# (`fees: a` then `  b` lines), at several sizes. The time per MB should stay
# about the same as the value grows; it grew with the size before the text
# builder stopped reserving capacity on every appended line.
#
#   scripts/bench-frontmatter.sh             # 1, 2, 4 and 8 MB
#   scripts/bench-frontmatter.sh 1 16        # other sizes in MB
#   CONFIG=debug scripts/bench-frontmatter.sh 1 2
#
# Measured on a shared 2-core machine (release build, seconds for 1/4/8 MB):
# 0.83 / 9.85 / 30.7 with the per-line reserveCapacity, 0.38 / 1.50 / 4.76
# without it.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 2 4 8)
config="${CONFIG:-release}"

swift build -c "$config" --product civicsite >/dev/null
bin="$(swift build -c "$config" --show-bin-path)/civicsite"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

printf '%-6s %-10s %-10s %-10s\n' MB lines "check (s)" "s per MB"
for mb in "${sizes[@]}"; do
  site="$work/site-$mb"
  mkdir -p "$site"
  cp -r Tests/Fixtures/valid-minimal/content "$site/content"
  python3 - "$site/content/groups/sakura.md" "$mb" <<'PY'
import sys
path, mb = sys.argv[1], int(sys.argv[2])
text = open(path, encoding="utf-8").read()
line = "  b\n"  # the shape of the report: many short lines
count = mb * 1024 * 1024 // len(line.encode("utf-8"))
text = text.replace("fees: 年会費 1000円\n", "fees: 年会費 1000円\n" + line * count, 1)
open(path, "w", encoding="utf-8").write(text)
print(count, file=open(path + ".lines", "w"))
PY
  lines=$(cat "$site/content/groups/sakura.md.lines")
  rm "$site/content/groups/sakura.md.lines"
  start=$(date +%s.%N)
  (cd "$site" && "$bin" check --now 2026-12-01 >/dev/null 2>&1) || true
  end=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'{sys.argv[3]:<6} {sys.argv[4]:<10} {s:<10.2f} {s/int(sys.argv[3]):<10.2f}')" "$start" "$end" "$mb" "$lines"
done
