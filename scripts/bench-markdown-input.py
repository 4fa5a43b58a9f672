#!/usr/bin/env python3
"""Write the Markdown benchmark input: every example of the CommonMark spec,
concatenated (separated by blank lines) and repeated until the file reaches
the requested size.

Usage: bench-markdown-input.py SPEC_JSON OUTPUT [MEGABYTES]
"""
import json
import sys

spec_path, out_path = sys.argv[1], sys.argv[2]
target = int(float(sys.argv[3]) * 1024 * 1024) if len(sys.argv) > 3 else 10 * 1024 * 1024

with open(spec_path, encoding="utf-8") as f:
    examples = json.load(f)
chunk = "\n\n".join(e["markdown"] for e in examples).encode("utf-8") + b"\n\n"

with open(out_path, "wb") as out:
    written = 0
    while written < target:
        out.write(chunk)
        written += len(chunk)
print(written)
