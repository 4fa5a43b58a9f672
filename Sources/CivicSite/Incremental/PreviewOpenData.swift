/// The preview's open data, written a piece at a time into its folder
/// (`OpenDataStream.Target.preview`): each file is compared with the
/// ledger when finished and put in place only when it changed.
final class PreviewOpenData {
    let folder: PreviewFolder
    private let ledger: [String: FileDigest]
    /// Every file made, with its digest and whether it was replaced.
    private(set) var results: [(path: String, digest: FileDigest, replaced: Bool)] = []

    init(folder: PreviewFolder, ledger: [String: FileDigest]) {
        self.folder = folder
        self.ledger = ledger
    }

    func finish(_ file: PreviewFolder.Incoming, at path: String) throws {
        let (digest, replaced) = try file.finish(unless: ledger[path])
        results.append((path, digest, replaced))
    }
}
