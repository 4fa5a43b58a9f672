import Foundation

/// Writes a finished site to its output folder all at once: through a
/// `StagingFolder`, so a failure leaves the previous site untouched.
public struct SiteWriter: Sendable {
    public var outputDirectory: URL

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory.standardizedFileURL
    }

    /// Writes every file, then swaps the new folder in. Returns how many
    /// files were written; throws a `StagingFolder.Failure`.
    @discardableResult
    public func write(_ files: [OutputFile]) throws -> Int {
        let staging = try StagingFolder(replacing: outputDirectory)
        do {
            try staging.write(files)
        } catch {
            staging.discard()
            throw StagingFolder.Failure(error, hadPreviousSite: staging.hadPreviousSite)
        }
        try staging.commit()
        return files.count
    }
}

