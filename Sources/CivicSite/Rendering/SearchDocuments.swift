import Foundation

/// What the search index sees of each record: its words and its facets.
extension RenderContext {
    func searchDocuments() -> [SearchDocument] {
        var docs: [SearchDocument] = []
        // Paused and dissolved groups are not searched: their pages stay
        // for old links, but citizens looking for a group to join want active ones.
        for g in content.groups where !g.isRetired {
            var recruiting: [String] = []
            if g.recruiting?.members == true { recruiting.append("members") }
            if g.recruiting?.volunteers == true { recruiting.append("volunteers") }
            docs.append(document(.groups, g.slug, title: g.title, kana: g.kana, tags: g.tags, summary: g.summary,
                                 facets: ["field": g.fields, "group_type": [g.type.rawValue], "area": searchAreas(g),
                                          "recruiting": recruiting],
                                 dateLabel: nil))
        }
        for e in content.events {
            var d = document(.events, e.slug, title: e.title, tags: e.tags, summary: e.summary,
                             facets: ["field": e.fields], dateLabel: JapaneseDateFormat.span(start: e.start, end: e.end))
            d.upcomingUntil = (e.end ?? EventStatus.endOfDay(e.start)).description
            d.startsAt = e.start.moment.description
            d.statusLabel = e.notice?.label
            docs.append(d)
        }
        for g in content.grants {
            let fields: [String]
            switch g.fields {
            case .all: fields = fieldSlugsInOrder
            case .some(let list): fields = list
            }
            var d = document(.grants, g.slug, title: g.title, tags: g.tags + [g.provider, g.kind.label], summary: g.summary,
                             facets: ["field": fields, "group_type": GroupType.admitted(by: g.eligible).map(\.rawValue)],
                             dateLabel: g.rolling ? "随時募集" : g.deadline.map { "締切" + JapaneseDateFormat.date($0) })
            d.openFrom = g.opens?.description
            d.openUntil = g.rolling ? nil : g.deadline?.description
            d.rolling = g.rolling
            docs.append(d)
        }
        for c in content.cases {
            docs.append(document(.cases, c.slug, title: c.title, tags: c.tags + [c.form.label] + (c.department.map { [$0] } ?? []),
                                 summary: c.summary, facets: ["field": c.fields],
                                 dateLabel: JapaneseDateFormat.fiscalYear(c.fiscalYear)))
        }
        for f in content.fields {
            docs.append(document(.fields, f.slug, title: f.short, tags: [f.name], summary: f.name, facets: [:], dateLabel: nil))
        }
        for n in content.news {
            docs.append(document(.news, n.slug, title: n.title, tags: [], summary: n.summary, facets: [:],
                                 dateLabel: JapaneseDateFormat.plainDate(n.date)))
        }
        for p in content.pages {
            docs.append(document(.pages, p.slug, title: p.title, tags: [], summary: p.summary ?? "", facets: [:], dateLabel: nil))
        }
        return docs.sorted { $0.id < $1.id }
    }

    /// A group's areas as the filter lists them: official area ids on a site
    /// with areas, else each area as written, 「川端地区、西浜地区」 being two.
    func searchAreas(_ g: Group) -> [String] {
        if hasAreas { return g.areas }
        let written = g.areas.isEmpty ? (g.area.map { [$0] } ?? []) : g.areas
        return written.flatMap { $0.split(whereSeparator: { "、,，".contains($0) }) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func document(_ kind: RecordKind, _ slug: String, title: String, kana: String? = nil, tags: [String],
                          summary: String, facets: [String: [String]], dateLabel: String?) -> SearchDocument {
        let key = "\(kind.rawValue)/\(slug)"
        return SearchDocument(id: key, type: kind.rawValue, url: SiteURLs.relative(kind, slug),
                              title: title, kana: kana, tags: tags, summary: summary,
                              body: searchTexts[key] ?? SearchPlainText.fromHTML(body(kind, slug)),
                              facets: facets.filter { !$0.value.isEmpty },
                              dateLabel: dateLabel, upcomingUntil: nil, openFrom: nil, openUntil: nil, rolling: false)
    }

    /// The search index files under `search/`. With CIVICSITE_SEARCH_TIMING
    /// set, prints how long they took on standard error: the index builds on
    /// its own thread while pages render, so the build's `--timings` cannot
    /// show it, and `scripts/bench-search.sh` compares it with Pagefind's.
    /// `variants`: the theme's spellings; the site's synonyms join them.
    func searchFiles(variants: [[String]] = []) -> [OutputFile] {
        let start = DispatchTime.now()
        var options = SearchIndexOptions()
        options.variants = SearchVariantTable(variants + content.searchSynonyms)
        let files = SearchIndexBuilder.build(searchDocuments(), options: options).map { OutputFile(path: "search/" + $0.path, data: $0.data) }
        if ProcessInfo.processInfo.environment["CIVICSITE_SEARCH_TIMING"] != nil {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            FileHandle.standardError.write(Data("search index: \(String(format: "%.3f", seconds)) s\n".utf8))
        }
        return files
    }
}
