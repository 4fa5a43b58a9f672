/// The 17 activity fields of the NPO Act (2003–2012), by number; the ids
/// are fixed so that links and stylesheets can rely on them.
public enum FieldCatalog {
    public static let ids = [
        "health-welfare", "social-education", "community-development", "culture-arts-sports", "environment",
        "disaster-relief", "community-safety", "human-rights-peace", "international-cooperation",
        "gender-equality", "children", "information-society", "science-technology", "economic-activity",
        "employment-skills", "consumer-protection", "npo-support",
    ]

    /// The number (1–17) of a field id.
    public static func number(of id: String) -> Int? {
        ids.firstIndex(of: id).map { $0 + 1 }
    }
}
