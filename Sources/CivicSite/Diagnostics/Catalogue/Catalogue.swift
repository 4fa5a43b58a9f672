/// Every message a user can see, by stable id. The first digit of an id
/// names the stage that reports it:
///
/// | ids | stage |
/// | --- | --- |
/// | CS0xxx | the command line (usage, summaries) |
/// | CS1xxx | reading files and front-matter syntax |
/// | CS2xxx | keys and values of one record |
/// | CS3xxx | checks across records |
/// | CS4xxx | themes and templates |
/// | CS5xxx | writing the site |
/// | CS6xxx | importing spreadsheets |
/// | CS7xxx | photos and attached files |
/// | CS8xxx | record bodies (Markdown) |
/// | CS9xxx | preview server and new records |
///
/// An id is never reused for another problem: a message that goes away
/// keeps its number retired.
public enum Catalogue {
    /// All entries, in id order.
    public static let all: [Message] = (commandLine + sourceText + loading + reading + links + frontMatter + values + records
        + theme + output + imports + media + bodies + preview + newRecords + searchSynonyms).sorted { $0.id < $1.id }

    private static let byID: [String: Message] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    /// The entry with this id (`CS2101`, also written `cs2101` or `2101`).
    public static func message(id: String) -> Message? {
        let upper = id.uppercased()
        return byID[upper] ?? byID["CS" + upper]
    }
}
