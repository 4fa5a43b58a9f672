#!/usr/bin/env bash
# Preview benchmark (not a test): how long an edit takes to show in
# `civicsite serve` (incremental rebuilds) and in `hugo server` (its default
# fast-render mode) on the same generated content, beside a full build.
#
#   scripts/bench-serve.sh              # N = 1000 and 10000 groups
#   scripts/bench-serve.sh 2000         # other sizes
#   EDITS=9 scripts/bench-serve.sh      # edits per size (default 7)
#   LIMIT=300 scripts/bench-serve.sh    # seconds to wait for a page (default 180; shown as >LIMIT)
#
# For each size: generates content (scripts/generate-content.py), times a
# full `civicsite build`, starts the release `civicsite serve` and waits until
# it serves the home page (start-up), then EDITS times saves one group file
# with a new title and polls that group's page over HTTP until the new
# title is served (edit → page); then appends a marker to a partial and
# polls a page until it shows it (a template edit: a full render). Each edit
# starts once the previous rebuild is over (the line each tool prints then),
# and that line's own time is printed too. The same
# on the Hugo twin of the content (scripts/hugo-twin.py) with `hugo server`
# (Debian's `hugo`; installed with apt-get when missing). Prints medians and
# maxima and the ratios. Only 127.0.0.1 is contacted.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
edits="${EDITS:-7}"
now="2026-12-01T09:00:00+09:00"

if ! command -v hugo >/dev/null; then
  { apt-get install -y hugo || { apt-get update && apt-get install -y hugo; }; } >/dev/null 2>&1 || { echo "hugo is not installed and could not be installed" >&2; exit 1; }
fi
swift build -c release --product civicsite >/dev/null
bin="$(swift build -c release --show-bin-path)/civicsite"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# Measures one server: start-up, EDITS group edits, one template edit.
# Prints "startup median max template" in seconds.
measure() { # tool port site_dir content_dir partial_file pid_file
  python3 - "$@" "$edits" <<'PY'
import os, random, re, sys, time, urllib.request
tool, port, site, content, partial, pid_file, edits = sys.argv[1:8]
edits = int(edits)
base = f"http://127.0.0.1:{port}"
started = float(open(pid_file + ".started").read())

def get(path):
    try:
        with urllib.request.urlopen(base + path, timeout=5) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except Exception:
        return 0, ""

limit = float(os.environ.get("LIMIT", "180"))

def wait_for(path, text, start):
    """Seconds until `path` shows `text`; infinity past the limit (printed as >LIMIT)."""
    while time.time() - start < limit:
        status, body = get(path)
        if status == 200 and text in body:
            return time.time() - start
        time.sleep(0.005)
    print(f"{tool}: {path} did not show {text!r} within {limit:.0f} s", file=sys.stderr)
    return float("inf")

def shown(seconds, digits):
    return f">{limit:.0f}" if seconds == float("inf") else f"{seconds:.{digits}f}"

log = pid_file + ".log"
# A line each tool prints when a rebuild is over: each edit starts from an idle server.
finished = re.compile(r"Total in \d+ ms" if tool == "hugo" else r"(updated: |更新しました: )")

def rebuilds():
    try:
        return len(finished.findall(open(log, encoding="utf-8", errors="replace").read()))
    except OSError:
        return 0

def wait_idle(count):
    start = time.time()
    while rebuilds() < count and time.time() - start < limit:
        time.sleep(0.05)
    time.sleep(0.3)

startup = wait_for("/", "<html", started)
time.sleep(1.0)
done = rebuilds()
groups = sorted(n[:-3] for n in os.listdir(os.path.join(content, "groups")) if n.endswith(".md"))
rng = random.Random(7)
times = []
for i in range(edits):
    slug = rng.choice(groups)
    path = os.path.join(content, "groups", slug + ".md")
    text = open(path, encoding="utf-8").read()
    title = f"ベンチ編集{i}号の会"
    new = re.sub(r"^title: .*$", f'title: "{title}"' if tool == "hugo" else f"title: {title}", text, count=1, flags=re.M)
    t0 = time.time()
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)
    times.append(wait_for(f"/groups/{slug}/", title, t0))
    wait_idle(done + i + 1)
times.sort()
source = open(partial, encoding="utf-8").read()
t0 = time.time()
with open(partial, "w", encoding="utf-8") as f:
    f.write(source + '\n<p class="bench-marker">テンプレート編集</p>\n')
template = wait_for(f"/groups/{groups[len(groups) // 2]}/", "bench-marker", t0)
print(shown(startup, 2), shown(times[len(times) // 2], 3), shown(times[-1], 3), shown(template, 2))
PY
}

start_server() { # pid_file command...
  local pid_file="$1"; shift
  python3 -c 'import time; print(time.time())' >"$pid_file.started"
  "$@" >"$pid_file.log" 2>&1 &
  echo $! >"$pid_file"
  pids+=("$!")
}

stop_server() { # pid_file
  local pid; pid="$(cat "$1")"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

rows=()
port=18600
for n in "${sizes[@]}"; do
  site="$work/civic-$n"
  mkdir -p "$site"
  python3 scripts/generate-content.py --groups "$n" --out "$site/content" --seed 1 >/dev/null
  cp -r themes "$site/themes"
  python3 scripts/hugo-twin.py --content "$site/content" --out "$work/hugo-$n" --now "$now" >/dev/null
  # Full builds, each once to warm the file cache and then timed.
  (cd "$site" && "$bin" build --quiet --content content --output "$work/full-$n" --now "$now" >/dev/null)
  full=$( { /usr/bin/time -f '%e' bash -c "cd '$site' && '$bin' build --quiet --content content --output '$work/full-$n' --now '$now' >/dev/null"; } 2>&1 | tail -1)
  (cd "$work/hugo-$n" && hugo --quiet -d "$work/hugo-public-$n" >/dev/null)
  hugo_full=$( { /usr/bin/time -f '%e' bash -c "cd '$work/hugo-$n' && hugo --quiet -d '$work/hugo-public-$n' >/dev/null"; } 2>&1 | tail -1)

  port=$((port + 1))
  start_server "$work/civic-$n.pid" bash -c "cd '$site' && exec '$bin' serve --content content --port $port --now '$now'"
  read -r c_start c_median c_max c_template < <(measure civicsite "$port" "$site" "$site/content" \
    "$site/themes/default/partials/footer.mustache" "$work/civic-$n.pid")
  stop_server "$work/civic-$n.pid"
  steps=$(grep -Eo '(updated|更新しました)[^0-9]*[0-9]+[^0-9]+[0-9.]+' "$work/civic-$n.pid.log" | tail -n +2 | head -n "$edits" \
    | grep -Eo '[0-9.]+$' | sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print "-"}')

  port=$((port + 1))
  start_server "$work/hugo-$n.pid" hugo server --port "$port" --bind 127.0.0.1 --source "$work/hugo-$n"
  read -r h_start h_median h_max h_template < <(measure hugo "$port" "$work/hugo-$n" "$work/hugo-$n/content" \
    "$work/hugo-$n/layouts/_default/baseof.html" "$work/hugo-$n.pid")
  stop_server "$work/hugo-$n.pid"
  h_steps=$(grep -Eo 'Total in [0-9]+ ms' "$work/hugo-$n.pid.log" | tail -n +2 | head -n "$edits" | grep -Eo '[0-9]+' \
    | sort -n | awk '{a[NR]=$1/1000} END {if (NR) print a[int((NR+1)/2)]; else print "-"}')
  rows+=("$n|$full|$c_start|$c_median|$c_max|$steps|$c_template|$hugo_full|$h_start|$h_median|$h_max|$h_template|$h_steps")
  echo "N=$n: civicsite full $full s, start $c_start s, edit median $c_median s, max $c_max s, template $c_template s, rebuild $steps s;" \
    "hugo full $hugo_full s, start $h_start s, edit median $h_median s, max $h_max s, template $h_template s, rebuild $h_steps s" >&2
done

ratio() { python3 -c "import sys; a, b = (float(x.lstrip('>')) for x in sys.argv[1:3]); print(('>' if sys.argv[1].startswith('>') else '') + (f'{a / b:.1f}x' if b > 0 else '-'))" "$1" "$2"; }
echo
echo "edit → page: seconds from saving one group file (a new title) to its page served with it; median and max of $edits edits"
echo "template: seconds from appending to a partial to a page served with it (a full render)"
printf '%-7s | %-22s | %-8s %-9s %-9s %-9s %-9s | %-9s %-8s %-9s %-9s %-9s | %-8s %-8s\n' \
  N tool "full (s)" "start (s)" "edit med" "edit max" "template" "hugo full" "start" "edit med" "edit max" "template" \
  "edit x" "start x"
for row in "${rows[@]}"; do
  IFS='|' read -r n full c_start c_median c_max steps c_template hugo_full h_start h_median h_max h_template h_steps <<<"$row"
  printf '%-7s | %-22s | %-8s %-9s %-9s %-9s %-9s | %-9s %-8s %-9s %-9s %-9s | %-8s %-8s\n' \
    "$n" "civicsite / hugo" "$full" "$c_start" "$c_median" "$c_max" "$c_template" \
    "$hugo_full" "$h_start" "$h_median" "$h_max" "$h_template" "$(ratio "$h_median" "$c_median")" "$(ratio "$h_start" "$c_start")"
  echo "        whole rebuild after an edit, median (civicsite's 'updated' line: pages, then open data, feeds and search index; hugo's 'Total in'): civicsite $steps s, hugo $h_steps s"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; hugo $(hugo version | awk '{print $2}')"
