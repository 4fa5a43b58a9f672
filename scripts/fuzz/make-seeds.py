#!/usr/bin/env python3
"""Writes the seed corpora in corpus/<target>/ from the project's own files.

The seeds are committed; this script records where they came from and
rebuilds them after the sample content or the fixtures change. Sources:
the sample content (content/), the test fixtures (Tests/Fixtures/), the
default theme (themes/default/), the message catalogue
(Sources/CivicSite/Diagnostics/Catalogue/) and a few short inputs written
here that reach the corners the sample does not (edge cases the unit
tests are about). Seeds that crashed a target once live in
corpus/<target>/regression-*; this script leaves them alone.

Usage: scripts/fuzz/make-seeds.py
"""
import hashlib
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "scripts" / "fuzz" / "corpus"
MAX_SEED = 4096  # libFuzzer's default input length; longer seeds slow every run
KINDS = ["fields", "groups", "events", "grants", "cases", "news", "pages"]  # RecordKind.allCases
SITE_YML_MODE = len(KINDS)


def write(target, data, name_hint):
    if len(data) > MAX_SEED:
        return
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(data).hexdigest()[:12]
    (folder / f"{name_hint}-{digest}").write_bytes(data)


def clear(target):
    folder = CORPUS / target
    if folder.exists():
        for path in folder.iterdir():
            if not path.name.startswith("regression-"):
                path.unlink()


def record_files():
    """(kind index, bytes) for sample records and fixture records, smallest first."""
    found = []
    for base in [ROOT / "content", *sorted((ROOT / "Tests" / "Fixtures").glob("*/*/content")),
                 ROOT / "Tests" / "Fixtures" / "valid-minimal" / "content"]:
        for path in sorted(base.glob("*/*.md")):
            kind = path.parent.name
            if kind in KINDS:
                found.append((KINDS.index(kind), path.read_bytes(), path))
        site = base / "site.yml"
        if site.exists():
            found.append((SITE_YML_MODE, site.read_bytes(), site))
    return found


def body(data):
    parts = data.split(b"\n---\n", 1)
    return parts[1] if len(parts) == 2 else data


FRONT_MATTER_EXTRAS = [
    # Constructs the parser must name or read (see docs/content-format.md).
    b"---\nname: a\ntags: [a, b, {c: d}]\n---\n",
    b"---\nname: 'it''s'\nnote: \"tab\\there \\u3042\"\n---\n",
    b"---\ntext: |\n  line\n   more\nother: >-\n  folded\n  text\n---\n",
    b"---\nkey: &a value\nother: *a\n---\n",
    b"---\n? complex\n: value\n---\n",
    b"---\nname: a\n  b\n  c\n---\n",
    b"---\nlist:\n  - a\n  -\n    - b\n  - c: d\n    e: f\n---\n",
    b"---\nname\xef\xbc\x9a \xe5\x80\xa4\n\xe3\x80\x80key: v\n---\n",
    b"\xef\xbb\xbf---\r\nname: crlf\r\n---\r\nbody\r\n",
    b"---\nname: a\n---\n---\nkey: more\n---\n",
    b"---\nname: a\nno closer\n",
    b"---\ndate: 2026-04-01\ntime: 10:00\nn: 0x1F\nf: .inf\nb: yes\nnull: ~\n---\n",
    b"---\n" + b"a:\n" + b"".join(b"  " * i + b"b:\n" for i in range(1, 33)) + b"---\n",
    b"\x82\xa0\x82\xa2---\nshift: jis\n",
]

MARKDOWN_EXTRAS = [
    "# 見出し\n\n本文です。**強調**と*斜体*、`code`。\n",
    "- a\n- b\n  - c\n\n1. one\n2) two\n",
    "> 引用\n> > 二重\n\n---\n",
    "```swift\nlet a = 1\n```\n\n    indented\n",
    "| 項目 | 値 |\n|:--|--:|\n| a | b |\n| c |\n",
    "[link](https://example.jp/ \"t\") ![img](a.png) <https://a.example> [ref]\n\n[ref]: /u\n",
    "<script>alert(1)</script>\n<div onclick=\"x\">a</div>\n[x](javascript:alert(1)) [y](JaVa&#x09;script:x)\n",
    "[d](data:text/html,x) ![v](vbscript:x) <a href=\"java\nscript:x\">\n",
    "URL:https://ja.wikipedia.org/wiki/東京都 です。メール：info@example.jp。\n",
    "※ 注意\n・一つ目\n・二つ目\n１．数字\n（1）かっこ\n①丸数字\n",
    "活動内容\n========\n\n本文\n",
    "## main\n## main\n## content\n",
    "a\\\nb  \nc\n&amp; &#x3042; &bogus; &#0;\n",
    "~~取り消し~~ www.example.jp https://a.example/p_(q))\n",
    "[[[[a]]]] ![[![b](c)](d)](e) *_*_a_*_* ***a*** a__b__c\n",
    "<!-- comment --> <? pi ?> <![CDATA[x]]> <!DOCTYPE x>\n",
    "> - > - > a\n\n- \n  \n  b\n",
    "\t\tx\r\ny\rz\u3000\u00a0\n",
]

MUSTACHE_EXTRAS = [
    "{{title}} {{{title}}} {{&title}} {{! comment }}",
    "{{#items}}{{name}}{{#tags}}[{{.}}]{{/tags}}{{^tags}}none{{/tags}}{{/items}}",
    "{{#site}}{{name}} {{url}}{{/site}}{{site.lang}}{{a.b.c}}",
    "{{=<% %>=}}<% title %><%={{ }}=%>{{n}}",
    "  {{>a}}\n{{<b}}{{$x}}page{{/x}}{{/b}}\x00a: {{n}}\n\x00<b>{{$x}}default{{/x}}</b>",
    "{{#no}}hidden{{/no}}{{^none}}shown{{/none}}{{#empty}}x{{/empty}}{{#zero}}0{{/zero}}",
    "{{#items}}{{>a}}{{/items}}\x00{{slug}}",
    "{{#a}}{{#b}}{{c}}{{/b}}{{/a}}{{/a}}{{#x}}",
    "{{ unclosed",
    "{{>page}}",
]

CSV_EXTRAS = [
    b'a,b\r\n"x,y","he said ""hi"""\r\n',
    b'\xef\xbb\xbf\xe5\x9b\xa3\xe4\xbd\x93\xe5\x90\x8d,=1\n"\n",\r',
    b'\x92\x63\x91\xcc\x96\xbc,\x83\x74\x83\x8a\x83\x4b\x83\x69\r\n',  # CP932: 団体名,フリガナ
    b'"abc"def,"unclosed\n',
    b'\xff\xfea\x00,\x00b\x00',
    b',,,\n\n\r\n"",""""\n',
]


def catalogue_texts():
    texts = []
    for path in sorted((ROOT / "Sources" / "CivicSite" / "Diagnostics" / "Catalogue").glob("*.swift")):
        source = path.read_text(encoding="utf-8")
        for match in re.finditer(r'(?:ja|en): "((?:[^"\\]|\\.)*)"', source):
            text = match.group(1).replace('\\"', '"').replace("\\\\", "\\")
            texts.append(text.encode("utf-8"))
    return texts


def main():
    records = record_files()
    clear("frontmatter")
    for index, (mode, data, path) in enumerate(records[::max(1, len(records) // 40)]):
        write("frontmatter", bytes([mode]) + data, f"{path.parent.name}")
    for number, extra in enumerate(FRONT_MATTER_EXTRAS):
        write("frontmatter", bytes([number % len(KINDS)]) + extra, "edge")

    for target in ["markdown-spec", "markdown-site"]:
        clear(target)
        seen = set()
        for _, data, path in records:
            if path.suffix == ".md" and body(data).strip() and body(data) not in seen and len(seen) < 30:
                seen.add(body(data))
                write(target, body(data), "body")
        for extra in MARKDOWN_EXTRAS:
            write(target, extra.encode("utf-8"), "edge")

    clear("mustache")
    for path in sorted((ROOT / "themes" / "default").rglob("*.mustache")):
        write("mustache", path.read_bytes(), path.stem)
    for extra in MUSTACHE_EXTRAS:
        write("mustache", extra.encode("utf-8"), "edge")

    clear("message-template")
    texts = catalogue_texts()
    for text in texts[::max(1, len(texts) // 30)][:30]:
        names = sorted(set(re.findall(rb"\{([A-Za-z][A-Za-z0-9_]*)\}", text)))
        values = b"\n".join(n + b"=" + v for n, v in zip(names, [b"x", b"#3", b"@y", b",a,b", b"{z}"] * 4))
        write("message-template", text + b"\x00" + values, "catalogue")
    for extra in [b"{{title}} {{/{name}}}", b"{a}{b}{", b"}{}{1}{_x}{x_}", b"\xe3\x80\x8c{key}\xe3\x80\x8d\x00key=\xe5\x80\xa4"]:
        write("message-template", extra, "edge")

    # CSV as staff export it and as the site writes it: the import's fixtures
    # (UTF-8, BOM, CP932, Excel's quirks) and the basic site's data/*.csv,
    # cut to the seed size, plus a few texts at the reader's corners.
    clear("csv")
    csvs = sorted((ROOT / "Tests" / "Fixtures").rglob("*.csv"))
    for path in csvs:
        write("csv", path.read_bytes()[:MAX_SEED], path.stem)
    for extra in CSV_EXTRAS:
        write("csv", extra, "edge")

    # Pictures: the sample's own (their headers are in the first bytes, and a
    # cut file is a case the readers must refuse cleanly) and the SVGs whole.
    clear("image-headers")
    for path in sorted((ROOT / "content").rglob("*")):
        if path.suffix.lower() in {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"}:
            write("image-headers", path.read_bytes()[:MAX_SEED], path.stem)


if __name__ == "__main__":
    main()
