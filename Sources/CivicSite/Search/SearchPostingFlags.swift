/// Bits of the flags byte of a bigram posting in a shard file; bits 2–3 of
/// that byte count the positions that follow it.
enum SearchPostingFlags {
    /// The bigram opens a run of Han characters in this record.
    static let startsHanRun: UInt8 = 1
    /// The bigram closes a run of Han characters in this record.
    static let endsHanRun: UInt8 = 2
}
