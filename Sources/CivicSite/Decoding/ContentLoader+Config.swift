import Foundation

extension ContentLoader {
    /// Just `site.yml`, decoded, or nil when it has errors. A build whose
    /// records have errors still needs it to find the theme and report the
    /// theme's own problems in the same run.
    public static func siteConfig(directory: URL, displayPath: String) -> SiteConfig? {
        var ignored = DiagnosticList()
        return loadConfig(directory: directory, displayPath: displayPath, reader: frontMatterReader, into: &ignored)
    }
}

extension ContentLoader {
    /// The `language` written in `site.yml`, read even when the file has
    /// other problems, so that those problems are reported in that language.
    public static func siteLanguage(directory: URL) -> String? {
        guard let data = try? FileIO.read(directory.appendingPathComponent("site.yml").path,
                                          limit: InputLimits.contentFileBytes) else { return nil }
        let parsed = frontMatterReader(data, "site.yml", true)
        guard let entries = parsed.frontMatter?.entries,
              let entry = entries.first(where: { $0.key == "language" }),
              case .string(let value) = entry.value.value else { return nil }
        return value
    }
}
