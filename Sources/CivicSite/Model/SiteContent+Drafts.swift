extension SiteContent {
    /// Drops records marked `draft: true`.
    public mutating func removeDrafts() {
        groups.removeAll(where: \.draft)
        events.removeAll(where: \.draft)
        grants.removeAll(where: \.draft)
        cases.removeAll(where: \.draft)
        news.removeAll(where: \.draft)
        pages.removeAll(where: \.draft)
    }

    /// Puts every list in slug order (fields in the act's number order), so
    /// output never depends on file order.
    public mutating func sortBySlug() {
        fields.sort { ($0.number, $0.slug) < ($1.number, $1.slug) }
        groups.sort { $0.slug < $1.slug }
        events.sort { $0.slug < $1.slug }
        grants.sort { $0.slug < $1.slug }
        cases.sort { $0.slug < $1.slug }
        news.sort { $0.slug < $1.slug }
        pages.sort { $0.slug < $1.slug }
    }
}
