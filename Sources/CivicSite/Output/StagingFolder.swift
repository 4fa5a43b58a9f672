import Foundation

/// A fresh folder beside the output folder that a build writes into as it
/// renders, then swaps in for the old site in one step. Until `commit()`,
/// the previous site is untouched; `discard()` removes every trace.
///
/// Writing pages as soon as they are rendered keeps memory flat: the build
/// never holds the whole site at once.
public final class StagingFolder: @unchecked Sendable {
    public let output: URL
    let root: URL
    private let rootPath: String
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var written = 0

    /// Creates the staging folder for `output` (replacing a stale one left by a killed run).
    public init(replacing output: URL) throws {
        self.output = output.standardizedFileURL
        let fm = FileManager.default
        let parent = self.output.deletingLastPathComponent()
        try FileIO.makeDirectories(parent.path)
        root = parent.appendingPathComponent(".\(self.output.lastPathComponent).new-\(ProcessInfo.processInfo.processIdentifier)")
        rootPath = root.path
        FileIO.removeTree(rootPath)
        try fm.createDirectory(at: root, withIntermediateDirectories: false)
    }

    /// How many files have been written so far.
    public var count: Int {
        lock.lock(); defer { lock.unlock() }
        return written
    }

    /// Writes one file; safe to call from many threads at once.
    public func write(_ file: OutputFile) throws {
        try ensureFolder(StagingFolder.parent(of: file.path))
        let target = rootPath + "/" + file.path
        let data: Data
        switch file.contents {
        case .data(let d): data = d
        case .copy(let source): data = try Data(contentsOf: source)
        }
        try FileIO.write(data, to: target)
        lock.lock(); written += 1; lock.unlock()
    }

    /// Writes many files on all cores.
    public func write(_ files: [OutputFile]) throws {
        try prepareFolders(forFiles: files.map(\.path))
        let failures = files.parallelMap(ioWorkers: SiteBuilder.ioWorkers) { file -> String? in
            do { try self.write(file); return nil } catch { return "\(file.path): \(error)" }
        }
        if let first = failures.compactMap({ $0 }).first {
            throw SiteWriterError(message: "could not write \(first)")
        }
    }

    /// Creates the folders of many files at once, a level at a time with
    /// several workers. Creating a folder is the slowest step of writing a
    /// page on some disks, and doing it one by one under the lock below
    /// made every writer wait.
    public func prepareFolders(forFiles paths: [String]) throws {
        var wanted: Set<String> = []
        for path in paths {
            var folder = StagingFolder.parent(of: path)
            while !folder.isEmpty, wanted.insert(folder).inserted {
                folder = StagingFolder.parent(of: folder)
            }
        }
        lock.lock()
        let missing = wanted.subtracting(folders)
        lock.unlock()
        let byDepth = Dictionary(grouping: missing) { $0.split(separator: "/").count }
        let root = rootPath
        for depth in byDepth.keys.sorted() {
            let level = byDepth[depth]!.sorted()
            let failures = level.parallelMap(ioWorkers: SiteBuilder.ioWorkers) { folder -> String? in
                do { try FileIO.makeDirectory(root + "/" + folder); return nil } catch { return "\(error)" }
            }
            if let first = failures.compactMap({ $0 }).first {
                throw SiteWriterError(message: "could not create a folder: \(first)")
            }
        }
        lock.lock()
        folders.formUnion(missing)
        lock.unlock()
    }

    /// Creates a folder and its parents once; later calls for it are a set lookup.
    private func ensureFolder(_ folder: String) throws {
        lock.lock(); defer { lock.unlock() }
        guard !folders.contains(folder) else { return }
        var missing: [String] = []
        var current = folder
        while !folders.contains(current) {
            missing.append(current)
            current = StagingFolder.parent(of: current)
        }
        for path in missing.reversed() {
            try FileIO.makeDirectory(rootPath + "/" + path)
            folders.insert(path)
        }
    }

    /// `a/b/c` → `a/b`, `a` → `` (the root).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Puts the new site in place of the old one.
    public func commit() throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else {
            try fm.moveItem(at: root, to: output)
            return
        }
        let retired = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        FileIO.removeTree(retired.path)
        try fm.moveItem(at: output, to: retired)
        do {
            try fm.moveItem(at: root, to: output)
        } catch {
            try? fm.moveItem(at: retired, to: output)
            throw error
        }
        FileIO.removeTreeInParallel(retired.path)
    }

    /// Removes the staging folder after a failure.
    public func discard() {
        FileIO.removeTreeInParallel(rootPath)
    }
}
