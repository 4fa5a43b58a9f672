import Foundation

/// One open-data file as it is made, a piece at a time: written into the
/// staging folder in pieces of about a megabyte, kept in memory (small sites
/// and tests), or only measured (`civicsite check`, which writes nothing but
/// shows the sizes on `/data/`). The whole text of `data/groups.json` is
/// never held: at 60,000 groups it is hundreds of megabytes.
final class OpenDataStream {
    enum Target {
        case staging(StagingFolder)
        /// The preview's folder, each file replaced only when it changed.
        case preview(PreviewOpenData)
        case memory
        case nowhere
    }

    let path: String
    private let target: Target
    private var pending: [UInt8] = []
    private var kept: [UInt8] = []
    private var created = false
    private var incoming: PreviewFolder.Incoming?
    private(set) var bytes = 0
    private let pieceSize: Int

    init(path: String, target: Target, pieceSize: Int = 1 << 20) {
        self.path = path
        self.target = target
        self.pieceSize = pieceSize
    }

    func append(_ text: String) throws {
        pending.append(contentsOf: text.utf8)
        if pending.count >= pieceSize { try flush() }
    }

    /// UTF-8 bytes made from valid texts (a serialised record).
    func append(bytes piece: [UInt8]) throws {
        pending.append(contentsOf: piece)
        if pending.count >= pieceSize { try flush() }
    }

    /// Writes what is left (an empty file too). Returns the file's text in
    /// memory mode, else "".
    func finish() throws -> String {
        try flush()
        if case .staging(let staging) = target, !created {
            try staging.write(OutputFile(path: path, data: Data()))
        }
        if case .preview(let preview) = target {
            let file = try incoming ?? preview.folder.incoming(path)
            incoming = nil
            try preview.finish(file, at: path)
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private func flush() throws {
        bytes += pending.count
        switch target {
        case .staging(let staging):
            guard !pending.isEmpty else { return }
            if created {
                try staging.append(Data(pending), to: path)
            } else {
                try staging.write(OutputFile(path: path, data: Data(pending)))
                created = true
            }
        case .preview(let preview):
            guard !pending.isEmpty else { return }
            if incoming == nil { incoming = try preview.folder.incoming(path) }
            try incoming?.append(pending)
        case .memory: kept += pending
        case .nowhere: break
        }
        pending.removeAll(keepingCapacity: true)
    }
}
