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
