/// The largest files civicsite reads. A file past its limit is a located
/// error (`file:1:1`, naming its size and the limit) and is not read at
/// all: its size is looked at first, so a 200 MB file costs nothing.
///
/// The other limits stay with the code they guard: front-matter nesting
/// (`FrontMatterReader.maxDepth`), Markdown nesting and table cells
/// (`MarkdownOptions.defaultNestingLimit`, `MarkdownRenderer.maxTableCells`),
/// template sections and includes (`MustacheTreeBuilder.maximumNesting`,
/// `MustacheRenderer.maximumDepth`). docs/content-format.md ("Limits") and
/// docs/themes.md list them all with their reasons.
public enum InputLimits {
    /// A record file (`content/<kind>/*.md`) and `site.yml`: 1 MB. A record
    /// is one page of text; 1 MB is about 350,000 Japanese characters, and
    /// a file that large is almost always something else saved by mistake.
    /// Without a limit a 200 MB file took 35 seconds and 2.9 GB of memory.
    public static let contentFileBytes = 1 << 20

    /// A theme template: 1 MB, for the same reasons; templates are a few KB.
    public static let templateFileBytes = 1 << 20

    /// Sizes as the messages show them: KB of 1,024 bytes, rounded up so a
    /// file just over the limit never shows as equal to it.
    static func kilobytes(_ bytes: Int) -> Int {
        (bytes + 1023) / 1024
    }

    /// The arguments of a "too large" message.
    static func arguments(_ tooLarge: FileIO.TooLarge) -> MessageArguments {
        ["size": .number(kilobytes(tooLarge.size)), "limit": .number(kilobytes(tooLarge.limit))]
    }
}
