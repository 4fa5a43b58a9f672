extension RenderContext {
    /// `/areas/` and one page per area: its groups and upcoming events, for
    /// browsing near home without the search page's script. Only on sites
    /// whose `site.yml` lists the city's areas.
    func areaPages() -> [PageSpec] {
        guard hasAreas else { return [] }
        let members = AreaMembers(self)
        let areas = content.config.areas
        return [areaListPage(members)] + Array(areas.indices).pagesMadeLater(layout: "area", path: { "areas/\(areas[$0].id)/" }) {
            areaPage(areas[$0], members)
        }
    }

    /// Each area's groups and upcoming events.
    struct AreaMembers {
        var groups: [String: [Group]] = [:]
        var events: [String: [Event]] = [:]

        init(_ context: RenderContext) {
            for g in context.indexes.groupsByKana {
                for id in g.areas { groups[id, default: []].append(g) }
            }
            for e in context.indexes.eventsInOrder where context.eventStatus(e) != .past {
                for id in e.areas { events[id, default: []].append(e) }
            }
        }
    }

    /// `/areas/`: every area with its counts.
    func areaListPage(_ members: AreaMembers) -> PageSpec {
        let groups = members.groups
        let events = members.events
        return PageSpec(
            layout: "areas", path: "areas/", title: "地区からさがす",
            description: "\(content.config.city)の地区ごとに、そこで活動する団体と開かれるイベントを紹介します。",
            section: .groups, breadcrumbs: [("団体をさがす", "groups/"), ("地区からさがす", "areas/")],
            data: ["areas": .array(content.config.areas.map { a in
                .object(["id": .string(a.id), "name": .string(a.name), "url": .string(urls.path("areas/\(a.id)/")),
                         "groups": .int(groups[a.id]?.count ?? 0), "events": .int(events[a.id]?.count ?? 0),
                         "whole_city": .bool(a.isWholeCity)])
            })])
    }

    /// `/areas/<id>/`: the area's groups and upcoming events; the others
    /// point at the whole city's page.
    func areaPage(_ a: Area, _ members: AreaMembers) -> PageSpec {
        let groups = members.groups
        let events = members.events
        let wholeCity = content.config.areas.first(where: \.isWholeCity)
        let path = "areas/\(a.id)/"
        let citywide: TemplateValue = a.isWholeCity ? .null : wholeCity.map { w in
            .object(["name": .string(w.name), "url": .string(urls.path("areas/\(w.id)/")),
                     "groups": .int(groups[w.id]?.count ?? 0)])
        } ?? .null
        return PageSpec(
            layout: "area", path: path, title: a.name,
            description: "\(a.name)で活動する市民活動団体と、これから開かれるイベントです。",
            section: .groups, breadcrumbs: [("団体をさがす", "groups/"), ("地区からさがす", "areas/"), (a.name, path)],
            data: ["area": .object(["id": .string(a.id), "name": .string(a.name), "whole_city": .bool(a.isWholeCity)]),
                   "groups": .list(groups[a.id] ?? [], each: groupCard),
                   "events": .list(events[a.id] ?? [], each: eventCard),
                   "citywide": citywide])
    }

    /// `/recruiting/`: every group looking for volunteers or members, with
    /// its note, and upcoming events that ask for volunteers.
    func recruitingPage() -> PageSpec {
        let groups = indexes.groupsByKana.filter { $0.recruiting?.isRecruiting == true }
        let events = indexes.eventsInOrder.filter { $0.volunteersWanted && eventStatus($0) != .past }
        return PageSpec(
            layout: "recruiting", path: "recruiting/", title: "ボランティア・会員募集",
            description: "ボランティアや会員を募集している\(content.config.city)の市民活動団体と、ボランティアを募るイベントです。",
            section: .groups, breadcrumbs: [("団体をさがす", "groups/"), ("ボランティア・会員募集", "recruiting/")],
            data: ["groups": .list(groups) { g in
                       var card = groupCard(g).objectEntries
                       card["note"] = .text(g.recruiting?.note)
                       return .object(card)
                   },
                   "volunteers": .int(groups.filter { $0.recruiting?.volunteers == true }.count),
                   "members": .int(groups.filter { $0.recruiting?.members == true }.count),
                   "events": .list(events, each: eventCard)])
    }

    /// `/types/<id>/`: the groups of one organisation form (NPO法人 …).
    func groupTypePages() -> [PageSpec] {
        GroupType.allCases.filter { type in indexes.groupsByKana.contains { $0.type == type } }.map { type in
            PageSpec.later(layout: "group-type", path: Self.typePath(type)) { groupTypePage(type)! }
        }
    }

    /// The page of one organisation form, nil when no active group has it.
    func groupTypePage(_ type: GroupType) -> PageSpec? {
        let groups = indexes.groupsByKana.filter { $0.type == type }
        guard !groups.isEmpty else { return nil }
        let path = Self.typePath(type)
        return PageSpec(
            layout: "group-type", path: path, title: type.label,
            description: "\(content.config.city)で活動する\(type.label)の一覧です。",
            section: .groups, breadcrumbs: [("団体をさがす", "groups/"), (type.label, path)],
            data: ["type": .string(type.label), "groups": .list(groups, each: groupCard)])
    }

    static func typePath(_ type: GroupType) -> String { "types/\(type.rawValue)/" }
}
