#!/usr/bin/env bash
# Front-matter benchmark (not a test): `civicsite check` on the minimal
# valid site whose group file has one plain value continued over many lines
# (`fees: a` then `  b` lines), at several sizes. The time per MB should stay
# about the same as the value grows; it grew with the size before the text
# builder stopped reserving capacity on every appended line.
#
#   scripts/bench-frontmatter.sh             # 128, 256, 512 and 1000 KB
#   scripts/bench-frontmatter.sh 64 1000     # other sizes in KB
#   CONFIG=debug scripts/bench-frontmatter.sh 128 256
#
# Measured on a shared 2-core machine (release build, seconds for 1/4/8 MB):
# 0.83 / 9.85 / 30.7 with the per-line reserveCapacity, 0.38 / 1.50 / 4.76
# without it. Record files are now limited to 1 MB (CS1043, see
# docs/content-format.md, "Limits"), so the sizes stay below that; a size
# above the limit stops the script instead of timing the refusal.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(128 256 512 1000)
config="${CONFIG:-release}"

swift build -c "$config" --product civicsite >/dev/null
bin="$(swift build -c "$config" --show-bin-path)/civicsite"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

printf '%-6s %-10s %-10s %-10s\n' KB lines "check (s)" "s per MB"
for kb in "${sizes[@]}"; do
  site="$work/site-$kb"
  mkdir -p "$site"
  cp -r Tests/Fixtures/valid-minimal/content "$site/content"
  python3 - "$site/content/groups/sakura.md" "$kb" <<'PY'
import sys
path, kb = sys.argv[1], int(sys.argv[2])
text = open(path, encoding="utf-8").read()
line = "  b\n"  # the shape of the report: many short lines
count = (kb * 1024 - len(text.encode("utf-8"))) // len(line.encode("utf-8"))
text = text.replace("fees: 年会費 1000円\n", "fees: 年会費 1000円\n" + line * count, 1)
open(path, "w", encoding="utf-8").write(text)
print(count, file=open(path + ".lines", "w"))
PY
  lines=$(cat "$site/content/groups/sakura.md.lines")
  rm "$site/content/groups/sakura.md.lines"
  start=$(date +%s.%N)
  report=$(cd "$site" && "$bin" check --now 2026-12-01 2>&1) || true
  end=$(date +%s.%N)
  if grep -q CS1043 <<< "$report"; then
    echo "$kb KB is over the record file limit; choose smaller sizes" >&2
    exit 1
  fi
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'{sys.argv[3]:<6} {sys.argv[4]:<10} {s:<10.2f} {s*1024/int(sys.argv[3]):<10.2f}')" "$start" "$end" "$kb" "$lines"
done
