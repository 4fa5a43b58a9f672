#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A fresh folder beside the output folder that a build writes into as it
/// renders, then swaps in for the old site in one step. Until `commit()`,
/// the previous site is untouched; `discard()` removes every trace.
///
/// Opening one takes the output's lock (`OutputLock`), cleans up what
/// killed builds left (`StagingLeftovers`) and creates `.<name>.new-<pid>-<random>`
/// with its `StagingMarker`. The output path is resolved first
/// (`OutputPathResolver`): through a link, the folder replaced is the one
/// the link points to, and the link stays. Nothing of the old site is ever
/// followed when it is deleted (`SafeRemoval`).
///
/// Writing pages as soon as they are rendered keeps memory flat: the build
/// never holds the whole site at once.
public final class StagingFolder: @unchecked Sendable {
    /// The output folder as given.
    public let output: URL
    /// The output folder with every link followed: the folder replaced.
    public let resolvedOutput: URL
    let root: URL
    let rootPath: String
    let name: String
    let stagingName: String
    let parentPath: String
    let parent: Int32
    let outputLock: OutputLock
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var written = 0
    var finished = false
    /// Whether an output folder was there when the staging folder was opened.
    let hadPreviousSite: Bool
    /// What was found and done beside the output: leftovers of killed
    /// builds when opening, an old site that could not be deleted after
    /// the commit. Reported, never counted as the content's warnings.
    public internal(set) var notices: [Diagnostic] = []
    let notify: @Sendable (Diagnostic) -> Void
    /// The output folder as messages name it.
    let outputShown: String
    /// A name in the output's parent folder as messages show it.
    let shownBeside: @Sendable (String) -> String

    /// Opens the staging folder for `output`, waiting at most `lockTimeout`
    /// seconds for another build of it. `notify` gets each notice (also
    /// kept in `notices`) as it happens: waiting, leftovers cleaned up.
    /// `shown` is how messages name the output folder (default: its path
    /// relative to the current folder); what lies beside it is named alike.
    public init(replacing output: URL, lockTimeout: Double = 300, shown: String? = nil,
                notify: @escaping @Sendable (Diagnostic) -> Void = { _ in }) throws(Failure) {
        self.notify = notify
        self.output = output.standardizedFileURL
        let resolved: OutputPathResolver.Resolution
        do { resolved = try OutputPathResolver.resolve(output.path) } catch { throw Failure(.path(error), hadPreviousSite: false) }
        resolvedOutput = URL(fileURLWithPath: resolved.path)
        let outputShown = shown ?? FileIO.shown(self.output.path)
        self.outputShown = outputShown
        let name = resolvedOutput.lastPathComponent, parentPath = resolvedOutput.deletingLastPathComponent().path
        // Beside the output as given (no link on the way): named like it.
        let asGiven = self.output.deletingLastPathComponent().path == parentPath
        let shownParent = FileIO.parentPath(of: outputShown)
        let beside: @Sendable (String) -> String = {
            asGiven ? (shownParent.isEmpty ? $0 : shownParent + "/" + $0) : FileIO.shown(parentPath + "/" + $0)
        }
        shownBeside = beside
        let hadPreviousSite = resolved.exists
        do { try FileIO.makeDirectories(parentPath) } catch { throw Failure(error, hadPreviousSite: false) }
        let parent = open(parentPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard parent >= 0 else { throw Failure(.io(FileIO.Failure(path: parentPath, code: errno)), hadPreviousSite: hadPreviousSite) }
        do {
            outputLock = try OutputLock(beside: name, in: parentPath, timeout: lockTimeout) {
                notify(.warning(.outputLockWaiting, at: .file(outputShown),
                                ["output": .text(outputShown), "seconds": .number(Int(lockTimeout.rounded(.up)))]))
            }
        } catch {
            close(parent)
            switch error {
            case .busy(let waited): throw Failure(.busy(waited: waited), hadPreviousSite: hadPreviousSite)
            case .system(let failure): throw Failure(.io(failure), hadPreviousSite: hadPreviousSite)
            }
        }
        FailPoint.reach(.locked)
        let findings = StagingLeftovers.clean(output: name, in: parent, shown: beside)
        // Now, a half-done swap may have put a previous site back.
        let hasSite = DirectoryEntry.kind(of: name, in: parent) != nil
        (self.name, self.parentPath, self.parent, self.hadPreviousSite) = (name, parentPath, parent, hasSite)
        let found = findings.map { $0.notice(output: outputShown, shownBeside: beside) }
        found.forEach(notify)
        notices = found
        stagingName = StagingLeftovers.newPrefix(name) + Self.uniqueSuffix()
        root = URL(fileURLWithPath: parentPath + "/" + stagingName)
        rootPath = root.path
        if mkdirat(parent, stagingName, 0o755) != 0 {
            let code = errno
            finish()
            throw Failure(.io(FileIO.Failure(path: rootPath, code: code)), hadPreviousSite: hasSite)
        }
        FailPoint.reach(.stagingCreated)
        let fd = openat(parent, stagingName, folderNoFollow)
        do {
            guard fd >= 0 else { throw FileIO.Failure(path: rootPath, code: errno) }
            defer { close(fd) }
            try StagingMarker.write(into: fd)
        } catch {
            discard()
            throw Failure(error, hadPreviousSite: hasSite)
        }
        FailPoint.reach(.stagingMarked)
    }

    deinit {
        if !finished { discard() }
    }

    /// `<pid>-<random>`: the process id for people, the random part because
    /// two containers sharing a volume can run builds with the same pid.
    static func uniqueSuffix() -> String {
        var generator = SystemRandomNumberGenerator()
        return "\(getpid())-" + String(generator.next() as UInt64, radix: 36)
    }

    /// How many files have been written so far.
    public var count: Int {
        lock.lock(); defer { lock.unlock() }
        return written
    }

    /// Writes one file; safe to call from many threads at once.
    public func write(_ file: OutputFile) throws {
        let data: Data
        switch file.contents {
        case .data(let d): data = d
        case .copy(let source): data = try FileIO.read(source.path)
        }
        try inOutput {
            try ensureFolder(StagingFolder.parent(of: file.path))
            try FileIO.write(data, to: rootPath + "/" + file.path)
        }
        lock.lock(); written += 1; let n = written; lock.unlock()
        if FailPoint.isArmed { FailPoint.reach(.page, count: n) }
    }

    /// Writes many files on all cores; throws the first failure.
    public func write(_ files: [OutputFile]) throws {
        try prepareFolders(forFiles: files.map(\.path))
        let failures = files.parallelMap(ioWorkers: SiteBuilder.ioWorkers) { file -> FailureBox? in
            do { try self.write(file); return nil } catch { return FailureBox(error: error) }
        }
        if let first = failures.compactMap({ $0 }).first { throw first.error }
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
            // One worker per parent folder: creating an entry locks its
            // parent, and workers waiting for that lock in the kernel spin on
            // a core the others could render on.
            let byParent = Dictionary(grouping: byDepth[depth]!) { StagingFolder.parent(of: $0) }
            let groups = byParent.keys.sorted().map { byParent[$0]!.sorted() }
            let failures = groups.parallelMap(ioWorkers: SiteBuilder.ioWorkers) { folders -> FailureBox? in
                do {
                    for folder in folders { try self.inOutput { try FileIO.makeDirectory(root + "/" + folder) } }
                    return nil
                } catch { return FailureBox(error: error) }
            }
            if let first = failures.compactMap({ $0 }).first { throw first.error }
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

    /// Runs `body`, naming a failure inside the staging folder by where the
    /// file goes in the output (`site/groups/x`): the staging folder's own
    /// name, random, would mean nothing to the reader.
    private func inOutput(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch var failure as FileIO.Failure {
            if failure.path.hasPrefix(rootPath) { failure.path = outputShown + failure.path.dropFirst(rootPath.count) }
            throw failure
        }
    }

    /// `a/b/c` → `a/b`, `a` → `` (the root).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}

/// An error carried out of `parallelMap`, which wants `Sendable` results.
private struct FailureBox: @unchecked Sendable {
    var error: Error
}
