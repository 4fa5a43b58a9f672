#!/usr/bin/env python3
"""Read every CSV of a built site's data/ with Python's csv module and
compare it, value by value, with the JSON open data of the same records.

Usage: python3 Tests/OpenData/check_open_data.py SITE

A second, independent reader of what civicsite writes: if the CSV quoting,
the BOM, the line ends or a column's value disagreed with the JSON, a
program reading the open data would get something else than the site shows.
Prints one line per file and '<n> passed, <m> failed' at the end; exits 1
on any difference.
"""
import csv
import io
import json
import os
import sys

site = sys.argv[1]
data = os.path.join(site, "data")
failures = []
checked = 0


def load_json(name):
    with open(os.path.join(data, name), encoding="utf-8") as f:
        return json.load(f)


def load_csv(name):
    raw = open(os.path.join(data, name), "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        failures.append(f"{name}: no BOM")
    text = raw.decode("utf-8-sig")
    body = text.replace("\r\n", "")
    if "\r" in body:
        failures.append(f"{name}: a CR outside CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]], rows[1:]


def cell(value):
    """What a CSV cell holds for a JSON value, with the ' before formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "○" if value else ""
    return str(value)


def unformula(text):
    return text[1:] if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@") else text


def compare(name, key, rows, expected_by_key, columns):
    global checked
    by_key = {r[key]: r for r in rows}
    if set(by_key) != set(expected_by_key):
        failures.append(f"{name}: rows {sorted(set(by_key) ^ set(expected_by_key))} differ")
    for k, record in expected_by_key.items():
        row = by_key.get(k)
        if row is None:
            continue
        for column, expected in columns(record).items():
            got = unformula(row.get(column, "<missing column>"))
            checked += 1
            if got != expected:
                failures.append(f"{name}: {k}: {column}: CSV {got!r} but JSON gives {expected!r}")


fields = {f["slug"]: f for f in load_json("fields.json")["records"]}
groups_json = load_json("groups.json")["records"]
titles = {g["slug"]: g["title"] for g in groups_json}


def field_labels(slugs):
    return "、".join(fields[s]["short"] if s in fields else s for s in slugs)


def group_columns(g):
    c = g["contact"] or {}
    r = g["recruiting"] or {}
    return {"スラッグ": g["slug"], "団体名": g["title"], "ふりがな": g["kana"], "組織形態": g["type"]["label"],
            "活動分野": field_labels(g["fields"]), "概要": g["summary"], "活動地域": cell(g["area"]), "住所": cell(g["address"]),
            "設立": cell(g["founded"]), "代表者": cell(g["representative"]), "会員数": cell(g["members"]), "会費": cell(g["fees"]),
            "法人番号": cell(g["corporate_number"]), "電話": cell(c.get("phone")), "FAX": cell(c.get("fax")),
            "メール": cell(c.get("email")), "ホームページ": cell(c.get("url")), "SNS": "\n".join(c.get("sns") or []),
            "会員募集": cell(r.get("members", False)), "ボランティア募集": cell(r.get("volunteers", False)),
            "募集の内容": cell(r.get("note")), "キーワード": "、".join(g["tags"]), "情報更新日": cell(g["updated"])}


def grant_columns(g):
    return {"スラッグ": g["slug"], "名称": g["title"], "実施団体": g["provider"], "種類": g["kind"]["label"],
            "対象分野": "すべて" if g["fields"] == "all" else field_labels(g["fields"]),
            "対象団体": "、".join(e["label"] for e in g["eligible"]), "下限額": cell(g["amount_min"]), "上限額": cell(g["amount_max"]),
            "金額の備考": cell(g["amount_note"]), "募集開始日": cell(g["opens"]), "締切日": cell(g["deadline"]),
            "随時受付": cell(g["rolling"]), "URL": cell(g["url"]), "概要": g["summary"], "キーワード": "、".join(g["tags"])}


def case_columns(c):
    scores = {e["label"]: str(e["score"]) for e in (c["evaluation"] or [])}
    out = {"スラッグ": c["slug"], "事業名": c["title"], "年度": str(c["fiscal_year"]), "協働の形態": c["form"]["label"],
           "協働団体": "、".join(titles.get(p, p) for p in c["partners"]), "担当課": cell(c["department"]),
           "分野": field_labels(c["fields"]), "概要": c["summary"], "成果": cell(c["outcome"]), "キーワード": "、".join(c["tags"])}
    for label in ["目的の共有", "役割分担", "相互理解", "自主性・自立性", "透明性・公開性", "相乗効果"]:
        out[label] = scores.get(label, "")
    return out


def event_columns(e):
    start, end = e["start"], e["end"]
    fee = e["fee"]
    basic = "無料" if fee == 0 else (f"{fee:,}円" if isinstance(fee, int) else "")
    return {"NO": e["slug"], "イベント名": e["title"], "開始日": start[:10], "終了日": (end or start)[:10],
            "開始時間": start[11:16] if len(start) > 10 else "", "終了時間": end[11:16] if end else "",
            "開始日時特記事項": "" if len(start) > 10 else "終日", "説明": e["summary"], "料金(基本)": basic,
            "料金(詳細)": fee if isinstance(fee, str) else "", "連絡先名称": cell(e["contact"]),
            "主催者": "、".join(titles.get(o, o) for o in e["organizers"]), "場所名称": cell(e["venue"]), "住所": cell(e["address"]),
            "定員": cell(e["capacity"]), "参加申込終了日": cell(e["apply_by"]), "参加申込方法": cell(e["apply"]), "URL": e["url"],
            "備考": "対象：" + e["audience"] if e["audience"] else ""}


def check_digit(code):
    d = [int(c) for c in code]
    return (11 - sum(a * b for a, b in zip(d[:5], [6, 5, 4, 3, 2])) % 11) % 10 == d[5]


for name, key, records, columns in [
    ("groups.csv", "スラッグ", groups_json, group_columns),
    ("grants.csv", "スラッグ", load_json("grants.json")["records"], grant_columns),
    ("cases.csv", "スラッグ", load_json("cases.json")["records"], case_columns),
    ("events.csv", "NO", load_json("events.json")["records"], event_columns),
]:
    header, rows, raw = load_csv(name)
    if any(len(r) != len(header) for r in raw):
        failures.append(f"{name}: a row with another number of cells than the header")
    compare(name, key, rows, {r["slug"]: r for r in records}, columns)
    if name == "events.csv":
        for row in rows:
            code = row["都道府県コード又は市区町村コード"]
            if code and not (len(code) == 6 and code.isdigit() and check_digit(code)):
                failures.append(f"events.csv: {code!r} is not a local government code")
    print(f"{name}: {len(rows)} rows")

catalogue = load_json("catalog.json")
for dataset in catalogue["dcat:dataset"]:
    for dist in dataset["dcat:distribution"]:
        path = dist["dcat:downloadURL"].split("/data/", 1)[1]
        size = os.path.getsize(os.path.join(data, path))
        checked += 1
        if dist["dcat:byteSize"] != size:
            failures.append(f"catalog.json: {path} is {size} bytes, the catalogue says {dist['dcat:byteSize']}")

for failure in failures:
    print("FAIL " + failure)
print(f"{checked - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
