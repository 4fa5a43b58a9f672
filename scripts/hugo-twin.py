#!/usr/bin/env python3
"""Convert a civicsite content folder into an equivalent Hugo site.

    python3 scripts/hugo-twin.py --content DIR --out DIR [--now 2026-12-01T09:00:00+09:00]

For benchmarks beside `hugo server` (scripts/bench-serve.sh): the Hugo site
has the same pages as civicsite builds from the same content, showing the
same data on each, so that both tools do comparable work per page:

- a page per group, event, grant, case and field, the list page of each
  kind, the free-standing pages and the home page;
- a group page shows its card data, body, contact, its upcoming and past
  events and its cases; an event page its organisers and fields; a case
  page its partners; a field page its groups, upcoming events, open grants
  and cases; every detail page links to the previous and next one;
- the home page shows counts, the next 5 events, 5 open grants, the 6
  groups updated last and the 17 fields with their group counts.

Relations are Hugo taxonomies, the idiomatic and fastest way in Hugo:
`organizers` (events → groups), `partners` (cases → groups) and `fields`
(every record → fields; the field pages are the term pages, with the
field's own text from `content/fields/<slug>/_index.md`). Front matter is
YAML (each value written as JSON, which YAML reads as is). There is no
search index, open data or calendar (civicsite writes those too; the
comparison is of page rendering). The build time is `--now`, as
civicsite's `--now`, passed as `params.now`; future dates are built.

Only what the benchmark content uses is converted: top-level keys, one
level of nested mapping (contact, recruiting, evaluation) and flow lists.
"""
import argparse
import json
import os
import re
import shutil
import sys

KINDS = ["groups", "events", "grants", "cases", "pages"]


def parse_record(text):
    """Front matter (as a dict) and body of a civicsite record."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.index("\n---", 4)
    front, body = text[4:end], text[end + 4:].lstrip("\n")
    return parse_mapping(front.split("\n")), body


def parse_mapping(lines):
    data, current = {}, None
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        nested = line.startswith(" ")
        key, _, value = line.strip().partition(":")
        value = value.strip()
        if nested and current is not None:
            data[current][key] = scalar(value)
        elif value == "":
            current = key
            data[key] = {}
        else:
            current = None
            data[key] = scalar(value)
    return data


def scalar(value):
    if value.startswith("[") and value.endswith("]"):
        return [scalar(v.strip()) for v in value[1:-1].split(",") if v.strip()]
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    if value in ("true", "false"):
        return value == "true"
    return value


def iso(moment):
    """`2026-03-25 11:30` or `2026-03-25` as an ISO date-time in Japan."""
    moment = str(moment)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", moment):
        return moment + "T00:00:00+09:00"
    day, _, time = moment.partition(" ")
    return f"{day}T{time}:00+09:00"


def end_iso(front):
    start = str(front["start"])
    day = start.split(" ")[0]
    end = front.get("end")
    if end is None:
        return f"{day}T23:59:59+09:00"
    end = str(end)
    return iso(end) if "-" in end else f"{day}T{end}:00+09:00"


class Fields:
    """Field slugs by every way a record may name a field (slug, number, short name, name)."""

    def __init__(self, folder):
        self.by_ref, self.records = {}, {}
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".md"):
                continue
            slug = name[:-3]
            front, body = parse_record(open(os.path.join(folder, name), encoding="utf-8").read())
            self.records[slug] = (front, body)
            for ref in (slug, str(front.get("number")), front.get("short"), front.get("name")):
                self.by_ref[str(ref)] = slug

    def slugs(self, refs):
        if refs == "all":
            return sorted(self.records, key=lambda s: self.records[s][0]["number"])
        return [self.by_ref.get(str(r), str(r)) for r in (refs or [])]


def write(path, front, body):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = ["---"] + [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()] + ["---", body]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def convert_record(kind, slug, front, fields):
    """The Hugo front matter of one record."""
    out = {"title": front.get("title", slug), "slug": slug, "summary": front.get("summary", "")}
    if "fields" in front:
        out["fields"] = fields.slugs(front["fields"])
    if kind == "groups":
        out["kana"] = front.get("kana", "")
        out["weight"] = 0
        # `type` and `kind` mean layouts and page kinds to Hugo.
        out["group_type"] = front.get("type", "")
        for key in ("area", "address", "founded", "representative", "members", "fees", "tags", "updated",
                    "corporate_number"):
            if key in front:
                out[key] = front[key]
        for key in ("contact", "recruiting"):
            if isinstance(front.get(key), dict):
                out[key] = front[key]
    elif kind == "events":
        out["date"] = iso(front["start"])
        out["end_iso"] = end_iso(front)
        out["organizers"] = front.get("organizers", [])
        for key in ("venue", "fee", "capacity", "audience", "apply", "apply_by", "contact", "tags", "address"):
            if key in front:
                out[key] = front[key]
    elif kind == "grants":
        out["all_fields"] = front.get("fields") == "all"
        out["grant_kind"] = front.get("kind", "")
        for key in ("provider", "eligible", "amount_min", "amount_max", "opens", "deadline", "rolling", "url",
                    "tags"):
            if key in front:
                out["link" if key == "url" else key] = front[key]
        if "deadline" in front:
            out["date"] = iso(front["deadline"])
    elif kind == "cases":
        out["partners"] = front.get("partners", [])
        for key in ("fiscal_year", "form", "department", "outcome", "evaluation", "tags"):
            if key in front:
                out[key] = front[key]
        out["weight"] = -int(front.get("fiscal_year", 0))
    elif kind == "pages":
        out["order"] = front.get("order", 999)
    return out


def convert(content, out, now):
    site = parse_mapping(open(os.path.join(content, "site.yml"), encoding="utf-8").read().split("\n"))
    for name in ("content", "layouts"):
        shutil.rmtree(os.path.join(out, name), ignore_errors=True)
    os.makedirs(out, exist_ok=True)
    config = {
        "baseURL": "http://127.0.0.1/", "languageCode": site.get("language", "ja"), "title": site.get("title", ""),
        "buildFuture": True, "buildExpired": True, "disableKinds": ["RSS"],
        "taxonomies": {"field": "fields", "organizer": "organizers", "partner": "partners"},
        "params": {"now": now, "city": site.get("city", ""), "description": site.get("description", ""),
                   "centre": site.get("centre", {})},
        "markup": {"goldmark": {"renderer": {"unsafe": False}}},
    }
    with open(os.path.join(out, "config.yaml"), "w", encoding="utf-8") as f:
        f.write(json.dumps(config, ensure_ascii=False, indent=1) + "\n")
    fields = Fields(os.path.join(content, "fields"))
    counts = {}
    for kind in KINDS:
        folder = os.path.join(content, kind)
        names = sorted(n for n in os.listdir(folder) if n.endswith(".md")) if os.path.isdir(folder) else []
        for name in names:
            slug = name[:-3]
            front, body = parse_record(open(os.path.join(folder, name), encoding="utf-8").read())
            if front.get("draft") is True:
                continue
            target = os.path.join(out, "content", slug + ".md") if kind == "pages" else os.path.join(out, "content", kind, slug + ".md")
            write(target, convert_record(kind, slug, front, fields), body)
            counts[kind] = counts.get(kind, 0) + 1
        if kind != "pages":
            write(os.path.join(out, "content", kind, "_index.md"), {"title": SECTION_TITLES[kind]}, "")
    for slug, (front, body) in fields.records.items():
        write(os.path.join(out, "content", "fields", slug, "_index.md"),
              {"title": front.get("short", slug), "name": front.get("name", ""), "number": front.get("number", 0)}, body)
    write(os.path.join(out, "content", "fields", "_index.md"), {"title": "活動分野"}, "")
    # The relations are taxonomies only to be looked up: their own pages are not rendered.
    for taxonomy in ("organizers", "partners"):
        write(os.path.join(out, "content", taxonomy, "_index.md"),
              {"title": taxonomy, "_build": {"render": "never"}, "cascade": {"_build": {"render": "never"}}}, "")
    write(os.path.join(out, "content", "_index.md"), {"title": site.get("title", "")}, "")
    for path, text in LAYOUTS.items():
        target = os.path.join(out, "layouts", path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(text.lstrip("\n"))
    counts["fields"] = len(fields.records)
    return counts


SECTION_TITLES = {"groups": "団体をさがす", "events": "イベント", "grants": "助成金・補助金", "cases": "協働事例"}

LAYOUTS = {
    "_default/baseof.html": """
<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }}｜{{ site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ site.Params.description }}{{ end }}"></head>
<body><header><a href="/">{{ site.Title }}</a><nav><a href="/groups/">団体をさがす</a> <a href="/fields/">活動分野</a> <a href="/events/">イベント</a> <a href="/grants/">助成金・補助金</a> <a href="/cases/">協働事例</a></nav></header>
{{ if not .IsHome }}<ol class="breadcrumbs"><li><a href="/">ホーム</a></li>{{ with .Parent }}{{ if not .IsHome }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}<li>{{ .Title }}</li></ol>{{ end }}
<main>{{ block "main" . }}{{ end }}</main>
<footer><p>{{ site.Params.centre.name }} {{ site.Params.centre.address }} {{ site.Params.centre.phone }}</p>
<p>このサイトの情報は {{ (time site.Params.now).Format "2006年1月2日" }} 時点のものです。</p></footer></body></html>
""",
    "partials/fields.html": """
{{ with .Params.fields }}<ul class="fields">{{ range . }}{{ with site.GetPage (printf "/fields/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>{{ end }}
""",
    "partials/group-card.html": """
<li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Params.group_type }}{{ with .Params.area }} 活動地域：{{ . }}{{ end }}{{ with .Params.recruiting }}{{ if or .members .volunteers }} 募集中{{ end }}{{ end }}</p><p>{{ .Params.summary }}</p>{{ partial "fields.html" . }}</li>
""",
    "partials/event-card.html": """
{{ $past := (time .Params.end_iso).Before (time site.Params.now) }}<li class="card{{ if $past }} past{{ end }}"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2006年1月2日 15:04" }}</time>{{ with .Params.venue }} {{ . }}{{ end }} {{ if $past }}終了{{ else }}開催予定{{ end }}</p><p>{{ .Params.summary }}</p></li>
""",
    "partials/grant-card.html": """
<li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Params.provider }} {{ .Params.grant_kind }}{{ with .Params.deadline }} 締切 {{ . }}{{ end }}{{ with .Params.amount_max }} 上限{{ . }}円{{ end }}</p><p>{{ .Params.summary }}</p></li>
""",
    "partials/case-card.html": """
<li class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Params.fiscal_year }}年度 {{ .Params.form }}{{ with .Params.department }} {{ . }}{{ end }}</p><p>{{ .Params.summary }}</p></li>
""",
    "partials/prevnext.html": """
<nav class="prevnext">{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
""",
    "partials/open-grant.html": """
{{ $now := time site.Params.now }}{{ $open := true }}{{ with .Params.opens }}{{ if (time .).After $now }}{{ $open = false }}{{ end }}{{ end }}{{ with .Params.deadline }}{{ if (time .).Before $now }}{{ $open = false }}{{ end }}{{ end }}{{ return $open }}
""",
    "index.html": """
{{ define "main" }}{{ $now := time site.Params.now }}
<h1>{{ site.Title }}</h1><p>{{ site.Params.description }}</p>
{{ $events := where (where site.RegularPages "Section" "events") "Params.end_iso" "ge" site.Params.now }}
{{ $grants := slice }}{{ range where site.RegularPages "Section" "grants" }}{{ if partial "open-grant.html" . }}{{ $grants = $grants | append . }}{{ end }}{{ end }}
<p>団体 {{ len (where site.RegularPages "Section" "groups") }} イベント {{ len $events }} 助成金 {{ len $grants }} 協働事例 {{ len (where site.RegularPages "Section" "cases") }}</p>
<h2>これからのイベント</h2><ul>{{ range first 5 $events.ByDate }}{{ partial "event-card.html" . }}{{ end }}</ul>
<h2>募集中の助成金</h2><ul>{{ range first 5 $grants }}{{ partial "grant-card.html" . }}{{ end }}</ul>
<h2>最近更新した団体</h2><ul>{{ range first 6 (sort (where site.RegularPages "Section" "groups") "Params.updated" "desc") }}{{ partial "group-card.html" . }}{{ end }}</ul>
<h2>活動分野</h2><ul>{{ range (site.GetPage "/fields").Pages.ByParam "number" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ len (where .Pages "Section" "groups") }}</li>{{ end }}</ul>
{{ end }}
""",
    "groups/list.html": """
{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ len .Pages }}団体</p>
<ul>{{ range sort .Pages "Params.kana" }}{{ partial "group-card.html" . }}{{ end }}</ul>{{ end }}
""",
    "groups/single.html": """
{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.kana }} {{ .Params.group_type }}</p>{{ partial "fields.html" . }}
<p>{{ .Params.summary }}</p>{{ .Content }}
<dl>{{ with .Params.address }}<dt>所在地</dt><dd>{{ . }}</dd>{{ end }}{{ with .Params.founded }}<dt>設立</dt><dd>{{ . }}年</dd>{{ end }}{{ with .Params.representative }}<dt>代表者</dt><dd>{{ . }}</dd>{{ end }}{{ with .Params.members }}<dt>会員数</dt><dd>{{ . }}人</dd>{{ end }}{{ with .Params.fees }}<dt>会費</dt><dd>{{ . }}</dd>{{ end }}</dl>
{{ with .Params.contact }}<h2>連絡先</h2><ul>{{ with .email }}<li><a href="mailto:{{ . }}">{{ . }}</a></li>{{ end }}{{ with .phone }}<li>{{ . }}</li>{{ end }}{{ with .url }}<li><a href="{{ . }}">{{ . }}</a></li>{{ end }}</ul>{{ end }}
{{ $events := index site.Taxonomies.organizers (.Slug | urlize) }}{{ $now := time site.Params.now }}
{{ with $events }}<h2>これからのイベント</h2><ul>{{ range .Pages.ByDate }}{{ if (time .Params.end_iso).After $now }}{{ partial "event-card.html" . }}{{ end }}{{ end }}</ul>
<h2>これまでのイベント</h2><ul>{{ range .Pages.ByDate.Reverse }}{{ if (time .Params.end_iso).Before $now }}{{ partial "event-card.html" . }}{{ end }}{{ end }}</ul>{{ end }}
{{ with index site.Taxonomies.partners (.Slug | urlize) }}<h2>協働事例</h2><ul>{{ range .Pages }}{{ partial "case-card.html" . }}{{ end }}</ul>{{ end }}
{{ with .Params.tags }}<p>{{ delimit . "、" }}</p>{{ end }}</article>{{ partial "prevnext.html" . }}{{ end }}
""",
    "events/list.html": """
{{ define "main" }}<h1>{{ .Title }}</h1>{{ $now := time site.Params.now }}
<h2>これからのイベント</h2><ul>{{ range .Pages.ByDate }}{{ if (time .Params.end_iso).After $now }}{{ partial "event-card.html" . }}{{ end }}{{ end }}</ul>
<h2>終了したイベント</h2><ul>{{ range .Pages.ByDate.Reverse }}{{ if (time .Params.end_iso).Before $now }}{{ partial "event-card.html" . }}{{ end }}{{ end }}</ul>{{ end }}
""",
    "events/single.html": """
{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006年1月2日 15:04" }}{{ with .Params.venue }} {{ . }}{{ end }}</p>
{{ if (time .Params.end_iso).Before (time site.Params.now) }}<p>このイベントは終了しました</p>{{ end }}{{ .Content }}
<dl>{{ with .Params.fee }}<dt>参加費</dt><dd>{{ . }}</dd>{{ end }}{{ with .Params.capacity }}<dt>定員</dt><dd>{{ . }}</dd>{{ end }}{{ with .Params.audience }}<dt>対象</dt><dd>{{ . }}</dd>{{ end }}{{ with .Params.apply }}<dt>申し込み</dt><dd>{{ . }}</dd>{{ end }}</dl>
<h2>主催</h2><ul>{{ range .Params.organizers }}{{ with site.GetPage (printf "/groups/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>
{{ partial "fields.html" . }}</article>{{ partial "prevnext.html" . }}{{ end }}
""",
    "grants/list.html": """
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages.ByDate }}{{ partial "grant-card.html" . }}{{ end }}</ul>{{ end }}
""",
    "grants/single.html": """
{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.provider }} {{ .Params.grant_kind }}</p>{{ .Content }}
<dl>{{ with .Params.amount_min }}<dt>下限</dt><dd>{{ . }}円</dd>{{ end }}{{ with .Params.amount_max }}<dt>上限</dt><dd>{{ . }}円</dd>{{ end }}{{ with .Params.deadline }}<dt>締切</dt><dd>{{ . }}</dd>{{ end }}</dl>
{{ if .Params.all_fields }}<p>すべての分野</p>{{ else }}{{ partial "fields.html" . }}{{ end }}{{ with .Params.link }}<p><a href="{{ . }}">{{ . }}</a></p>{{ end }}</article>{{ partial "prevnext.html" . }}{{ end }}
""",
    "cases/list.html": """
{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Pages.GroupByParam "form" }}<h2>{{ .Key }}</h2><ul>{{ range .Pages }}{{ partial "case-card.html" . }}{{ end }}</ul>{{ end }}
{{ range .Pages.GroupByParam "fiscal_year" "desc" }}<h2>{{ .Key }}年度</h2><ul>{{ range .Pages }}{{ partial "case-card.html" . }}{{ end }}</ul>{{ end }}{{ end }}
""",
    "cases/single.html": """
{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.fiscal_year }}年度 {{ .Params.form }} {{ .Params.department }}</p>{{ .Content }}
{{ with .Params.outcome }}<h2>成果</h2><p>{{ . }}</p>{{ end }}{{ with .Params.evaluation }}<ul>{{ range $k, $v := . }}<li>{{ $k }} {{ $v }}/5</li>{{ end }}</ul>{{ end }}
<h2>協働した団体</h2><ul>{{ range .Params.partners }}{{ with site.GetPage (printf "/groups/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>
{{ partial "fields.html" . }}</article>{{ partial "prevnext.html" . }}{{ end }}
""",
    "fields/terms.html": """
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages.ByParam "number" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ len (where .Pages "Section" "groups") }}団体</li>{{ end }}</ul>{{ end }}
""",
    "fields/term.html": """
{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.name }}</p>{{ .Content }}{{ $now := time site.Params.now }}
<h2>団体</h2><ul>{{ range sort (where .Pages "Section" "groups") "Params.kana" }}{{ partial "group-card.html" . }}{{ end }}</ul>
<h2>イベント</h2><ul>{{ range (where .Pages "Section" "events").ByDate }}{{ if (time .Params.end_iso).After $now }}{{ partial "event-card.html" . }}{{ end }}{{ end }}</ul>
<h2>助成金</h2><ul>{{ range where .Pages "Section" "grants" }}{{ if partial "open-grant.html" . }}{{ partial "grant-card.html" . }}{{ end }}{{ end }}</ul>
<h2>協働事例</h2><ul>{{ range where .Pages "Section" "cases" }}{{ partial "case-card.html" . }}{{ end }}</ul>{{ end }}
""",
    "_default/single.html": """
{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
""",
    "_default/list.html": """
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
    "_default/terms.html": """
{{ define "main" }}<h1>{{ .Title }}</h1>{{ end }}
""",
    "_default/term.html": """
{{ define "main" }}<h1>{{ .Title }}</h1>{{ end }}
""",
}


def main():
    parser = argparse.ArgumentParser(description="Convert a civicsite content folder into an equivalent Hugo site.")
    parser.add_argument("--content", required=True, help="civicsite content folder (with site.yml)")
    parser.add_argument("--out", required=True, help="folder for the Hugo site (its content/ and layouts/ are replaced)")
    parser.add_argument("--now", default="2026-12-01T09:00:00+09:00", help="build time, as civicsite's --now")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.content, "site.yml")):
        sys.exit(f"{args.content}: no site.yml; not a civicsite content folder")
    counts = convert(args.content, args.out, args.now)
    print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
