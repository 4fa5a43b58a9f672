/// The theme as the last run loaded it, with what identifies that load:
/// the theme's name and a stamp of every file under the themes folder.
struct LoadedTheme: Sendable {
    var name: String
    var stamps: [String: FileWatcher.Stamp]
    var templates: ThemeTemplates
    /// The theme's own warnings, reported again on every run as a full build does.
    var warnings: [Diagnostic]
}
