/// File sizes as Japanese public sites write them beside a link: KB below
/// one megabyte, MB above, one decimal (`350.2KB`, `1.2MB`), in units of 1,024
/// as the file manager of Windows shows them.
public enum MediaSize {
    public static func label(_ bytes: Int) -> String {
        let kilobytes = Double(bytes) / 1024
        let tenthsKB = Int((kilobytes * 10).rounded())
        if tenthsKB < 10240 { return decimal(max(tenthsKB, 1)) + "KB" }
        let tenthsMB = Int((kilobytes / 1024 * 10).rounded())
        return decimal(tenthsMB) + "MB"
    }

    /// `12` tenths → `1.2`.
    static func decimal(_ tenths: Int) -> String {
        "\(YenFormat.grouped(tenths / 10)).\(tenths % 10)"
    }

    /// Whole megabytes for limits (`10MB`), else the label.
    public static func limit(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024))MB" : label(bytes)
    }
}
