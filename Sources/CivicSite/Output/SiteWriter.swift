import Foundation

/// Writes a finished site to its output folder without ever leaving it half
/// written: everything goes to a fresh sibling folder first, which then takes
/// the old folder's place. If anything fails before the swap, the previous
/// site is untouched.
public struct SiteWriter: Sendable {
    public var outputDirectory: URL

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory.standardizedFileURL
    }

    /// Writes every file, then swaps the new folder in. Returns how many files were written.
    @discardableResult
    public func write(_ files: [OutputFile]) throws -> Int {
        let fm = FileManager.default
        let parent = outputDirectory.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(outputDirectory.lastPathComponent).new-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        do {
            try writeAll(files, into: staging)
            try swapIn(staging)
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
        return files.count
    }

    private func writeAll(_ files: [OutputFile], into root: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        // Folders first, serially and parents before children (sorted), so
        // the parallel writes below never race on mkdir.
        var folders: Set<String> = []
        for file in files {
            var folder = (file.path as NSString).deletingLastPathComponent
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        let rootPath = root.path
        for folder in folders.sorted() {
            try FileIO.makeDirectory(rootPath + "/" + folder)
        }
        let failures = FailureBox()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let target = rootPath + "/" + file.path
            do {
                switch file.contents {
                case .data(let data): try FileIO.write(data, to: target)
                case .copy(let source): try FileIO.write(Data(contentsOf: source), to: target)
                }
            } catch {
                failures.record("\(file.path): \(error.localizedDescription)")
            }
        }
        if let first = failures.first {
            throw SiteWriterError(message: "could not write \(first)")
        }
    }

    private func swapIn(_ staging: URL) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: outputDirectory.path) else {
            try fm.moveItem(at: staging, to: outputDirectory)
            return
        }
        let retired = outputDirectory.deletingLastPathComponent()
            .appendingPathComponent(".\(outputDirectory.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: retired)
        try fm.moveItem(at: outputDirectory, to: retired)
        do {
            try fm.moveItem(at: staging, to: outputDirectory)
        } catch {
            try? fm.moveItem(at: retired, to: outputDirectory)
            throw error
        }
        try? fm.removeItem(at: retired)
    }
}

/// A write that failed, with the file it concerned.
public struct SiteWriterError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Collects failures from concurrent writers.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func record(_ message: String) {
        lock.lock(); defer { lock.unlock() }
        messages.append(message)
    }

    var first: String? {
        lock.lock(); defer { lock.unlock() }
        return messages.sorted().first
    }
}
