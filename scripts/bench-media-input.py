#!/usr/bin/env python3
"""Add N pictures of about 200 KB to a copy of a content folder, for scripts/bench-media.sh.

    python3 scripts/bench-media-input.py CONTENT N

Writes N/10 groups as record folders (groups/bench-photos-K/index.md), each
with 10 PNG files of 256x256 noise (incompressible, so about 197 KB each)
that its body shows. Standard library only; the same N gives the same files.
"""
import random
import struct
import sys
import zlib
import os


def png(width, height, rng):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b"")


def main():
    content, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(1)
    for k in range(n // 10):
        folder = os.path.join(content, "groups", f"bench-photos-{k:03d}")
        os.makedirs(folder, exist_ok=True)
        body = "\n\n".join(f"![活動の様子 その{i + 1}](p{i}.png)" for i in range(10))
        with open(os.path.join(folder, "index.md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: 写真の多い団体 {k}\nkana: しゃしんのおおいだんたい\ntype: voluntary\nfields: [children]\n"
                    f"summary: 写真を10枚のせている団体です。\n---\n{body}\n")
        for i in range(10):
            with open(os.path.join(folder, f"p{i}.png"), "wb") as f:
                f.write(png(256, 256, rng))


if __name__ == "__main__":
    main()
