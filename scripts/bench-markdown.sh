#!/usr/bin/env bash
# Markdown throughput: renders the CommonMark spec examples, concatenated and
# repeated to about 10 MB, with a release build of civicsite (spec mode) and,
# when it is installed, with cmark on the same input. Prints MB/s for each
# (best of several runs) and the time ratio.
#
# Usage: scripts/bench-markdown.sh [megabytes] [runs]
set -euo pipefail

cd "$(dirname "$0")/.."
MEGABYTES="${1:-10}"
RUNS="${2:-3}"
SPEC="../shared/conformance/commonmark/spec.json"
if [ ! -f "$SPEC" ]; then
    echo "bench-markdown: $SPEC not found; the benchmark input is built from the spec examples" >&2
    exit 1
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
INPUT="$WORK/input.md"
BYTES="$(python3 scripts/bench-markdown-input.py "$SPEC" "$INPUT" "$MEGABYTES")"

swift build -c release --product civicsite >&2
BIN=".build/release/civicsite"
if ! printf '*a*\n' | "$BIN" markdown --trusted 2>/dev/null | grep -q '<em>a</em>'; then
    echo "bench-markdown: '$BIN markdown --trusted' does not render Markdown yet (is the CLI subcommand wired?)" >&2
    exit 1
fi

# measure CMD...: "wall cpu", the best of $RUNS runs in seconds.
measure() {
    python3 scripts/bench-markdown-time.py "$INPUT" "$RUNS" "$@"
}

ours="$(measure "$BIN" markdown --trusted)"
if command -v cmark >/dev/null 2>&1; then
    theirs="$(measure cmark)"
    version="$(cmark --version | head -1)"
else
    theirs=""
    version=""
fi

python3 - "$BYTES" "$ours" "$theirs" "$version" <<'PY'
import sys
size = int(sys.argv[1]) / 1048576
ours = [float(x) for x in sys.argv[2].split()]
theirs = [float(x) for x in sys.argv[3].split()] if sys.argv[3] else None
print(f"input: {size:.1f} MB of CommonMark spec examples (best of runs; CPU = user + system)")
print(f"civicsite: wall {ours[0]:.3f} s ({size / ours[0]:.1f} MB/s)   CPU {ours[1]:.3f} s ({size / ours[1]:.1f} MB/s)")
if theirs:
    print(f"cmark:     wall {theirs[0]:.3f} s ({size / theirs[0]:.1f} MB/s)   CPU {theirs[1]:.3f} s ({size / theirs[1]:.1f} MB/s)   [{sys.argv[4]}]")
    print(f"civicsite / cmark time: wall {ours[0] / theirs[0]:.2f}x   CPU {ours[1] / theirs[1]:.2f}x")
else:
    print("cmark: not installed (apt-get install -y cmark), no comparison")
PY
