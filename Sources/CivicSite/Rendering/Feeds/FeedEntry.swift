/// One entry of the Atom feed: a record as of the day it was published or
/// last changed.
struct FeedEntry: Sendable {
    var title: String
    /// Site-relative path of the record's page.
    var path: String
    var summary: String
    var date: LocalDate
}

/// Where the feed's entries come from. Each kind of record gives its own,
/// dated by the rule documented in docs/content-format.md ("The feed"):
/// `updated` when written, else a date of the record that says when it
/// became news. A new kind of record adds its source to `feedEntries`.
extension RenderContext {
    func feedEntries() -> [FeedEntry] {
        groupFeedEntries() + eventFeedEntries() + grantFeedEntries() + newsFeedEntries()
    }

    /// News by its date.
    func newsFeedEntries() -> [FeedEntry] {
        content.news.map { n in
            FeedEntry(title: "お知らせ：" + n.title, path: SiteURLs.relative(.news, n.slug), summary: n.summary, date: n.date)
        }
    }

    /// Active groups with `updated`; a group without it has no date of its own.
    func groupFeedEntries() -> [FeedEntry] {
        content.groups.filter { !$0.isRetired }.compactMap { g in
            g.updated.map { FeedEntry(title: g.title, path: SiteURLs.relative(.groups, g.slug), summary: g.summary, date: $0) }
        }
    }

    /// Events by `updated`, else by the day they are held.
    func eventFeedEntries() -> [FeedEntry] {
        content.events.map { e in
            FeedEntry(title: "イベント：" + (e.notice.map { "【\($0.label)】" } ?? "") + e.title,
                      path: SiteURLs.relative(.events, e.slug), summary: e.summary, date: e.updated ?? e.start.day)
        }
    }

    /// Grants by `updated`, else by the day applications open. A grant with
    /// neither has no date of its own: dating a rolling grant by the build day
    /// made it look new on every build.
    func grantFeedEntries() -> [FeedEntry] {
        content.grants.compactMap { g in
            (g.updated ?? g.opens).map {
                FeedEntry(title: "助成金：" + g.title, path: SiteURLs.relative(.grants, g.slug), summary: g.summary, date: $0)
            }
        }
    }
}
