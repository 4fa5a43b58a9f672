#!/usr/bin/env python3
"""Random CSV texts and how Python's csv module reads them, for the import's
CSV reader to be compared with (CSVReaderDifferentialTests).

  python3 scripts/gen-csv-fuzz-corpus.py > Tests/Fixtures/import/csv-fuzz-corpus.json

Each text is put together from pieces spreadsheets and people write: plain
and quoted cells, doubled quotes, commas and line breaks (LF, CRLF, CR) in
quoted cells, quotes inside unquoted cells, text after a closing quote,
empty cells, empty lines, Japanese text and trailing line breaks. Texts with
a quote that never closes are left out: Python reads them to the end, the
import refuses them (CS6004). Python's reader runs with newline='' and the
default dialect, which is what Excel writes. Empty lines are kept as rows
with one empty cell, as the import's reader keeps them (it skips them later,
as blank rows). Deterministic (fixed seed).
"""
import csv
import io
import json
import random

rng = random.Random(4180)
plain = ["a", "あ", "団体", " ", "x y", "12\"", "=1", "①", "\u3000", "-"]
inside = ["a", "あ", ",", "\"\"", "\n", "\r\n", " ", "、"]


def cell():
    r = rng.random()
    if r < 0.45:
        return "".join(rng.choice(plain) for _ in range(rng.randint(0, 3)))
    if r < 0.9:
        return '"' + "".join(rng.choice(inside) for _ in range(rng.randint(0, 4))) + '"'
    return '"' + rng.choice(["ab", "あ", ""]) + '"' + rng.choice(["c", "い", " "])  # text after the closing quote


cases = []
while len(cases) < 400:
    end = rng.choice(["\r\n", "\n", "\r"])
    rows = [",".join(cell() for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 5))]
    if rng.random() < 0.2:
        rows.insert(rng.randint(0, len(rows)), "")
    text = end.join(rows) + (end if rng.random() < 0.7 else "")
    try:
        parsed = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        continue
    # Python reads a lone CR inside a quoted cell as it is; the import reads
    # every line break inside a cell as LF. Compare on that footing.
    parsed = [[c.replace("\r\n", "\n").replace("\r", "\n") for c in row] for row in parsed]
    # An empty line is no row for Python, and a row of one empty cell for the import.
    cases.append({"text": text, "python": parsed})

print(json.dumps(cases, ensure_ascii=False, indent=0))
