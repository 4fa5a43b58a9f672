#!/usr/bin/env python3
"""Check a content folder against the civicsite content format.

    python3 scripts/check-sample.py [DIR] [--sample] [--today YYYY-MM-DD]

DIR defaults to `content`. The checks follow docs/content-format.md: known
keys only, required keys present, enumerations, references between records,
dates, kana readings, corporate-number check digits, slugs, UTF-8/LF/no tabs.
`--sample` also checks the coverage promised for the embedded sample site
(every group type and field used, every 五十音 row, event and grant spread).

PyYAML is only a syntax check here: it reads YAML 1.1, so dates and times
come back as objects; the values are turned back into text before checking.
"""
import argparse
import datetime as dt
import os
import re
import sys
import unicodedata

import yaml

KINDS = ["groups", "fields", "events", "grants", "cases", "news", "pages"]
# Every kind also takes its picture and attached files (docs/content-format.md, section 13).
COMMON = {"slug", "image", "attachments"}
KEYS = {
    "fields": ({"number", "name", "short"}, set()),
    "groups": ({"title", "kana", "type", "fields", "summary"},
               {"area", "address", "founded", "representative", "members", "fees",
                "corporate_number", "contact", "recruiting", "tags", "updated", "status", "draft", "lat", "lon"}),
    "events": ({"title", "start", "summary"},
               {"end", "venue", "address", "online", "organizers", "fields", "fee",
                "capacity", "audience", "apply", "apply_url", "apply_by", "contact",
                "tags", "status", "postponed_to", "updated", "draft", "area", "lat", "lon", "volunteers_wanted"}),
    "grants": ({"title", "provider", "kind", "summary"},
               {"fields", "eligible", "amount_min", "amount_max", "amount_note", "opens",
                "deadline", "rolling", "url", "tags", "updated", "draft"}),
    "cases": ({"title", "fiscal_year", "form", "summary"},
              {"partners", "department", "fields", "outcome", "evaluation", "tags", "draft"}),
    "news": ({"title", "date", "summary"}, {"related", "draft"}),
    "pages": ({"title"}, {"summary", "order"}),
}
SITE_KEYS = {"title", "city", "base_url", "language", "description", "theme", "centre", "areas", "wareki",
             "city_code", "prefecture", "data_license", "image", "max_file_size"}
CENTRE_REQUIRED = {"name", "address", "phone", "email", "hours"}
CENTRE_OPTIONAL = {"fax", "url", "access"}
CONTACT_KEYS = {"email", "phone", "fax", "url", "sns"}
RECRUITING_KEYS = {"members", "volunteers", "note"}

FIELD_IDS = ["health-welfare", "social-education", "community-development",
             "culture-arts-sports", "environment", "disaster-relief", "community-safety",
             "human-rights-peace", "international-cooperation", "gender-equality",
             "children", "information-society", "science-technology", "economic-activity",
             "employment-skills", "consumer-protection", "npo-support"]
GROUP_TYPES = {
    "npo": ["NPO法人", "特定非営利活動法人"],
    "certified-npo": ["認定NPO法人", "認定特定非営利活動法人"], "special-certified-npo": ["特例認定NPO法人"],
    "general-association": ["一般社団法人"],
    "general-foundation": ["一般財団法人"],
    "public-interest": ["公益法人", "公益社団法人", "公益財団法人"],
    "social-welfare": ["社会福祉法人"], "voluntary": ["任意団体"],
    "neighborhood": ["自治会・町内会", "自治会", "町内会"],
    "volunteer": ["ボランティア団体"], "other": ["その他"],
}
GRANT_KINDS = {"grant": ["助成金"], "subsidy": ["補助金"], "loan": ["融資"],
               "award": ["表彰"], "other": ["その他"]}
CASE_FORMS = {"consignment": ["委託"], "designated-manager": ["指定管理者"],
              "cooperation": ["事業協力"], "executive-committee": ["実行委員会"],
              "co-hosting": ["共催"], "subsidy": ["補助"], "endorsement": ["後援"]}
EVALUATION = {"shared-purpose": ["目的の共有"], "roles": ["役割分担"],
              "mutual-understanding": ["相互理解"], "autonomy": ["自主性・自立性"],
              "transparency": ["透明性・公開性"], "synergy": ["相乗効果"]}
CORPORATE_TYPES = {"npo", "certified-npo", "special-certified-npo", "general-association", "general-foundation",
                   "public-interest", "social-welfare"}

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$")
TIME = re.compile(r"^\d{2}:\d{2}$")
KANA = re.compile(r"^[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FC\u30FD\u30FE]+$")
ROWS = {
    "あ": "あいうえおぁぃぅぇぉゔ", "か": "かきくけこがぎぐげご", "さ": "さしすせそざじずぜぞ",
    "た": "たちつてとだぢづでどっ", "な": "なにぬねの", "は": "はひふへほばびぶべぼぱぴぷぺぽ",
    "ま": "まみむめも", "や": "やゆよゃゅょ", "ら": "らりるれろ", "わ": "わをんゎ",
}


def check_digit_ok(number):
    if not re.fullmatch(r"\d{13}", number):
        return False
    base = number[1:]
    total = sum(int(d) * (1 if i % 2 == 1 else 2) for i, d in enumerate(reversed(base), 1))
    return int(number[0]) == 9 - total % 9


def enum_id(value, table):
    # Full-width ＮＰＯ法人 is accepted, as by civicsite: compared in NFKC.
    text = unicodedata.normalize("NFKC", str(value))
    for key, labels in table.items():
        if text == key or text in labels:
            return key
    return None


def text(value):
    """A YAML 1.1 value back as the text the author wrote (roughly)."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_hiragana(ch):
    code = ord(ch)
    return chr(code - 0x60) if 0x30A1 <= code <= 0x30F6 else ch


class Checker:
    def __init__(self, root, today):
        self.root = root
        self.today = today
        self.problems = []
        self.records = {kind: {} for kind in KINDS}
        self.field_refs = {}

    def problem(self, path, message):
        self.problems.append(f"{os.path.relpath(path, self.root)}: {message}")

    def read(self, path):
        raw = open(path, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            self.problem(path, "not UTF-8")
            return None
        if "\r" in body:
            self.problem(path, "CR line ends (use LF)")
        if "\t" in body:
            self.problem(path, "tab character")
        if not body.endswith("\n"):
            self.problem(path, "no newline at end of file")
        return body

    def parse_yaml(self, path, source):
        if re.search(r"^\s*[&*!]|:\s+[&*!]", source, re.M):
            self.problem(path, "anchor, alias or tag (not supported)")
        try:
            loader = yaml.SafeLoader(source)
            try:
                node = loader.get_single_node()
            finally:
                loader.dispose()
            self.check_duplicates(path, node)
            data = yaml.safe_load(source)
        except yaml.YAMLError as error:
            self.problem(path, f"YAML: {error}".replace("\n", " "))
            return None
        if not isinstance(data, dict):
            self.problem(path, "front matter is not a mapping")
            return None
        return data

    def check_duplicates(self, path, node):
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for key, value in node.value:
                if key.value in seen:
                    self.problem(path, f"duplicate key {key.value}")
                seen.add(key.value)
                self.check_duplicates(path, value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                self.check_duplicates(path, item)

    def run(self):
        self.check_site()
        for kind in KINDS:
            folder = os.path.join(self.root, kind)
            if not os.path.isdir(folder):
                self.problem(folder, "missing folder")
                continue
            for name in sorted(os.listdir(folder)):
                path = os.path.join(folder, name)
                if os.path.isfile(os.path.join(path, "index.md")):
                    # A record with its files: <slug>/index.md.
                    self.load(kind, os.path.join(path, "index.md"), slug=name)
                    continue
                if not name.endswith(".md"):
                    self.problem(path, "not a .md file")
                    continue
                self.load(kind, path)
        self.build_field_refs()
        for kind in KINDS:
            for slug, (path, data) in self.records[kind].items():
                getattr(self, "check_" + kind)(path, data)
        return self.problems

    def check_site(self):
        path = os.path.join(self.root, "site.yml")
        if not os.path.exists(path):
            self.problem(path, "missing")
            return
        source = self.read(path)
        data = source is not None and self.parse_yaml(path, source)
        if not data:
            return
        self.keys(path, data, {"title", "city", "base_url", "centre"}, SITE_KEYS)
        centre = data.get("centre")
        if isinstance(centre, dict):
            self.keys(path, centre, CENTRE_REQUIRED, CENTRE_OPTIONAL, "centre.")
        else:
            self.problem(path, "centre is not a mapping")
        # area: on groups and events names one of these (name, name without 地区, or id).
        self.areas = set()
        for item in data.get("areas") or []:
            if not isinstance(item, dict) or not SLUG.match(str(item.get("id", ""))) or not item.get("name"):
                self.problem(path, f"area {item!r} needs an id (lowercase ASCII) and a name")
                continue
            name = str(item["name"])
            self.areas |= {str(item["id"]), name, name[:-2] if name.endswith("地区") else name}
        if self.areas:
            self.areas |= {"市内全域", "citywide"}

    def area(self, path, data):
        value = data.get("area")
        if value is None or not getattr(self, "areas", None):
            return
        for item in value if isinstance(value, list) else [value]:
            if str(item) not in self.areas:
                self.problem(path, f"area {item!r} is not in site.yml's areas")
        if ("lat" in data) != ("lon" in data):
            self.problem(path, "lat without lon, or lon without lat")

    def load(self, kind, path, slug=None):
        source = self.read(path)
        if source is None:
            return
        lines = source.split("\n")
        if lines[0] != "---" or "---" not in lines[1:]:
            self.problem(path, "no front matter between two --- lines")
            return
        end = lines.index("---", 1)
        data = self.parse_yaml(path, "\n".join(lines[1:end]) + "\n")
        if data is None:
            return
        body = "\n".join(lines[end + 1:]).strip()
        if not body and kind != "pages":
            self.problem(path, "empty body")
        slug = data.get("slug", slug or os.path.basename(path)[:-3])
        if not SLUG.match(str(slug)):
            self.problem(path, f"slug {slug!r} is not lowercase ASCII with hyphens")
        if slug in self.records[kind]:
            self.problem(path, f"slug {slug} used twice")
        self.records[kind][slug] = (path, data)

    def keys(self, path, data, required, optional, prefix=""):
        for key in data:
            if key not in required | optional | (COMMON if not prefix else set()):
                self.problem(path, f"unknown key {prefix}{key}")
        for key in required:
            if data.get(key) in (None, ""):
                self.problem(path, f"missing required key {prefix}{key}")

    def common(self, path, kind, data):
        required, optional = KEYS[kind]
        self.keys(path, data, required, optional)
        for key in ("tags", "organizers", "partners", "eligible"):
            if key in data and not isinstance(data[key], list):
                self.problem(path, f"{key} is not a list")
        if "draft" in data and not isinstance(data["draft"], bool):
            self.problem(path, "draft is not true/false")

    def build_field_refs(self):
        for slug, (path, data) in self.records["fields"].items():
            for ref in (slug, data.get("number"), data.get("name"), data.get("short")):
                self.field_refs[str(ref)] = slug

    def fields_of(self, path, data, allow_all=False):
        value = data.get("fields")
        if value is None:
            return []
        if allow_all and value == "all":
            return list(FIELD_IDS)
        if not isinstance(value, list):
            value = [value]
        out = []
        for ref in value:
            slug = self.field_refs.get(unicodedata.normalize("NFKC", str(ref)))
            if slug is None:
                self.problem(path, f"unknown field {ref!r}")
            elif slug in out:
                self.problem(path, f"field {ref!r} listed twice")
            else:
                out.append(slug)
        return out

    def date(self, path, key, value, allow_time=False, allow_hhmm=False):
        value = text(value)
        if not isinstance(value, str):
            self.problem(path, f"{key} is not a date: {value!r}")
            return None
        if DATE.match(value):
            return dt.date.fromisoformat(value)
        if allow_time and DATETIME.match(value):
            return dt.date.fromisoformat(value[:10])
        if allow_hhmm and TIME.match(value):
            return None
        self.problem(path, f"{key} {value!r} is not a valid date")
        return None

    def refs(self, path, data, key, kind):
        for slug in data.get(key) or []:
            if slug not in self.records[kind]:
                self.problem(path, f"{key}: no {kind[:-1]} with slug {slug}")

    def check_fields(self, path, data):
        self.common(path, "fields", data)
        slug = os.path.basename(path)[:-3]
        if slug not in FIELD_IDS:
            self.problem(path, "not one of the 17 field ids")
        elif data.get("number") != FIELD_IDS.index(slug) + 1:
            self.problem(path, "number does not match the field id")

    def check_groups(self, path, data):
        self.common(path, "groups", data)
        self.area(path, data)
        if not KANA.match(str(data.get("kana", ""))):
            self.problem(path, f"kana {data.get('kana')!r} is not all hiragana/katakana")
        group_type = enum_id(data.get("type"), GROUP_TYPES)
        if group_type is None:
            self.problem(path, f"unknown type {data.get('type')!r}")
        if not self.fields_of(path, data):
            self.problem(path, "no fields")
        if "members" in data and not isinstance(data["members"], int):
            self.problem(path, "members is not a whole number")
        if "corporate_number" in data:
            if not check_digit_ok(str(data["corporate_number"])):
                self.problem(path, f"corporate_number {data['corporate_number']} has a bad check digit")
            if group_type not in CORPORATE_TYPES:
                self.problem(path, "corporate_number on a group without legal personality")
        if "founded" in data and not isinstance(data["founded"], int):
            self.date(path, "founded", data["founded"])
        if "updated" in data:
            self.date(path, "updated", data["updated"])
        for key, allowed in (("contact", CONTACT_KEYS), ("recruiting", RECRUITING_KEYS)):
            if key in data:
                if not isinstance(data[key], dict):
                    self.problem(path, f"{key} is not a mapping")
                    continue
                for sub in data[key]:
                    if sub not in allowed:
                        self.problem(path, f"unknown key {key}.{sub}")
        contact = data.get("contact") or {}
        if "sns" in contact and not isinstance(contact["sns"], list):
            self.problem(path, "contact.sns is not a list")
        for key in ("members", "volunteers"):
            value = (data.get("recruiting") or {}).get(key)
            if value is not None and not isinstance(value, bool):
                self.problem(path, f"recruiting.{key} is not true/false")

    def check_events(self, path, data):
        self.common(path, "events", data)
        self.area(path, data)
        self.date(path, "start", data.get("start"), allow_time=True)
        if "end" in data:
            self.date(path, "end", data["end"], allow_time=True, allow_hhmm=True)
        if "apply_by" in data:
            self.date(path, "apply_by", data["apply_by"])
        self.refs(path, data, "organizers", "groups")
        self.fields_of(path, data)
        online = data.get("online")
        if online is not None and not isinstance(online, bool) and not str(online).startswith("http"):
            self.problem(path, "online is neither true/false nor a URL")

    def check_grants(self, path, data):
        self.common(path, "grants", data)
        if enum_id(data.get("kind"), GRANT_KINDS) is None:
            self.problem(path, f"unknown kind {data.get('kind')!r}")
        if data.get("rolling") is not True and "deadline" not in data:
            self.problem(path, "deadline is required unless rolling: true")
        for key in ("opens", "deadline"):
            if key in data:
                self.date(path, key, data[key])
        for key in ("amount_min", "amount_max"):
            if key in data and not isinstance(data[key], int):
                self.problem(path, f"{key} is not a whole number of yen")
        for value in data.get("eligible") or []:
            if enum_id(value, GROUP_TYPES) is None:
                self.problem(path, f"unknown eligible type {value!r}")
        self.fields_of(path, data, allow_all=True)

    def check_cases(self, path, data):
        self.common(path, "cases", data)
        if enum_id(data.get("form"), CASE_FORMS) is None:
            self.problem(path, f"unknown form {data.get('form')!r}")
        if not isinstance(data.get("fiscal_year"), int):
            self.problem(path, "fiscal_year is not a year")
        self.refs(path, data, "partners", "groups")
        self.fields_of(path, data)
        evaluation = data.get("evaluation")
        if evaluation is not None:
            if not isinstance(evaluation, dict):
                self.problem(path, "evaluation is not a mapping")
                return
            seen = set()
            for key, score in evaluation.items():
                aspect = enum_id(key, EVALUATION)
                if aspect is None or aspect in seen:
                    self.problem(path, f"evaluation key {key!r} unknown or repeated")
                seen.add(aspect)
                if not isinstance(score, int) or not 1 <= score <= 5:
                    self.problem(path, f"evaluation score {score!r} is not 1-5")

    def check_news(self, path, data):
        self.common(path, "news", data)
        self.date(path, "date", data.get("date"))
        for ref in data.get("related") or []:
            kind, _, slug = str(ref).strip("/").partition("/")
            if kind not in self.records or slug not in self.records[kind]:
                self.problem(path, f"related {ref!r} names no record")

    def check_pages(self, path, data):
        self.common(path, "pages", data)
        if "order" in data and not isinstance(data["order"], int):
            self.problem(path, "order is not a whole number")

    # Coverage promised for the embedded sample site only.
    def check_sample(self):
        groups = [d for _, d in self.records["groups"].values()]
        types = {enum_id(g.get("type"), GROUP_TYPES) for g in groups}
        for missing in set(GROUP_TYPES) - types:
            self.problems.append(f"sample: no group of type {missing}")
        counts = {f: 0 for f in FIELD_IDS}
        for path, g in self.records["groups"].values():
            for f in self.fields_of(path, g):
                counts[f] += 1
        for f, n in counts.items():
            if n < 2:
                self.problems.append(f"sample: field {f} used by {n} groups")
        rows = set()
        for g in groups:
            first = to_hiragana(str(g.get("kana", " "))[0])
            rows |= {row for row, chars in ROWS.items() if first in chars}
        for missing in set(ROWS) - rows:
            self.problems.append(f"sample: no kana reading in the {missing} row")
        if len(groups) < 40:
            self.problems.append(f"sample: only {len(groups)} groups")
        if not any(g.get("draft") is True for g in groups):
            self.problems.append("sample: no draft group")
        starts = [self.date(p, "start", d.get("start"), allow_time=True)
                  for p, d in self.records["events"].values()]
        past = sum(1 for s in starts if s and s < self.today)
        print(f"events: {past} past, {len(starts) - past} upcoming (relative to {self.today})")
        if not 8 <= past <= 12 or len(starts) < 20:
            self.problems.append("sample: events not spread around the reference date")
        states = {}
        for path, g in self.records["grants"].values():
            if g.get("rolling"):
                state = "rolling"
            elif g.get("opens") and text(g["opens"]) > self.today.isoformat():
                state = "upcoming"
            elif text(g["deadline"]) < self.today.isoformat():
                state = "closed"
            else:
                state = "open"
            states[state] = states.get(state, 0) + 1
        print("grants:", states)
        if set(states) != {"rolling", "upcoming", "closed", "open"}:
            self.problems.append("sample: grants do not cover open/rolling/closed/upcoming")
        kinds = {enum_id(d.get("kind"), GRANT_KINDS) for _, d in self.records["grants"].values()}
        if kinds != set(GRANT_KINDS):
            self.problems.append(f"sample: grant kinds missing {set(GRANT_KINDS) - kinds}")
        forms = {enum_id(d.get("form"), CASE_FORMS) for _, d in self.records["cases"].values()}
        if forms != set(CASE_FORMS):
            self.problems.append(f"sample: case forms missing {set(CASE_FORMS) - forms}")
        if len(self.records["fields"]) != 17:
            self.problems.append("sample: not 17 fields")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", nargs="?", default="content")
    parser.add_argument("--sample", action="store_true", help="check sample-site coverage too")
    parser.add_argument("--today", default="2026-12-01", help="reference date for --sample")
    args = parser.parse_args()
    checker = Checker(args.dir, dt.date.fromisoformat(args.today))
    checker.run()
    if args.sample:
        checker.check_sample()
    counts = ", ".join(f"{len(checker.records[k])} {k}" for k in KINDS)
    print(f"checked {counts}")
    for line in checker.problems:
        print(line)
    print(f"{len(checker.problems)} problems")
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main())
