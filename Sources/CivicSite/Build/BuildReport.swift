/// What a finished run did, for the one-line summary.
public struct BuildReport: Sendable {
    public var counts: [RecordKind: Int]
    public var pagesWritten: Int
    public var filesWritten: Int
    public var warnings: [Diagnostic]
    public var seconds: Double
    /// Seconds per stage, in the order they ran (for `--timings`).
    public var stages: [(name: String, seconds: Double)]

    public init(counts: [RecordKind: Int] = [:], pagesWritten: Int = 0, filesWritten: Int = 0,
                warnings: [Diagnostic] = [], seconds: Double = 0, stages: [(name: String, seconds: Double)] = []) {
        self.stages = stages
        self.counts = counts
        self.pagesWritten = pagesWritten
        self.filesWritten = filesWritten
        self.warnings = warnings
        self.seconds = seconds
    }

    /// The values of `SummaryText.built` and `.checked`.
    public var summaryArguments: MessageArguments {
        let secs = (seconds * 100).rounded() / 100
        return [
            "records": .list(RecordKind.allCases.map { Term.count(of: $0, counts[$0] ?? 0) }),
            "pages": .number(pagesWritten), "files": .number(filesWritten),
            "warnings": .number(warnings.count), "seconds": .text(String(secs)),
        ]
    }

    /// e.g. `built 17 fields, 42 groups, … → 151 pages (180 files), 0 warnings in 0.41 s`.
    public var summary: String {
        SummaryText.render(SummaryText.built, summaryArguments, in: .en)
    }
}
