import Foundation

/// All templates of a theme, parsed once, with theme inheritance resolved.
///
/// A theme folder holds `layouts/` (one template per page kind), `partials/`
/// and `assets/` (copied as is). A theme may extend another one and override
/// only the files it has; `load(layers:)` receives that chain.
public struct ThemeTemplates: Sendable {
    var layouts: [String: MustacheTemplate]
    var partials: [String: MustacheTemplate]
    /// What `{{>name}}` and `{{<name}}` find: partials first, then layouts.
    var includable: [String: MustacheTemplate]
    /// Where an unknown layout is reported: the most specific layer.
    let primaryDisplayPath: String

    /// The asset files of all layers (relative path → URL of the winning file), for copying.
    public let assets: [(relativePath: String, source: URL)]

    /// How many template files `load` parsed: each winning file exactly once,
    /// overridden files not at all.
    public let parsedFileCount: Int

    /// The `id`s the theme writes literally (`id="main"`, `id="page-title"`):
    /// headings in record bodies must not take them, or the skip link and
    /// in-page links could land on a body heading. Found once, when loaded:
    /// every build of the preview asks.
    public let literalIDs: Set<String>
    /// The heading above the body, by layout (`headingAboveBody(inLayout:)`).
    let bodyHeadings: [String: String]

    /// Spellings search treats as one word, from the theme's `search/variants.txt`.
    public internal(set) var searchVariants: [[String]] = []

    init(layouts: [String: MustacheTemplate], partials: [String: MustacheTemplate],
         assets: [(relativePath: String, source: URL)], parsedFileCount: Int, primaryDisplayPath: String) {
        self.layouts = layouts
        self.partials = partials
        self.includable = layouts.merging(partials) { _, partial in partial }
        self.assets = assets
        self.parsedFileCount = parsedFileCount
        self.primaryDisplayPath = primaryDisplayPath
        literalIDs = Self.literalIDs(layouts: layouts, partials: partials)
        bodyHeadings = Self.bodyHeadings(layouts)
    }

    /// The page kinds this theme can render, sorted.
    public var layoutNames: [String] { layouts.keys.sorted() }

    /// The names `{{>name}}` can refer to, sorted.
    public var partialNames: [String] { partials.keys.sorted() }

    /// Render a layout. `strict`: a variable or section name that is found in no context frame is an
    /// error (located at the tag) instead of rendering as empty; so is a missing partial.
    public func render(_ layout: String, _ context: TemplateValue, strict: Bool) throws(DiagnosticList) -> String {
        String(decoding: try renderBytes(layout, context, strict: strict), as: UTF8.self)
    }

    /// `render` as the UTF-8 bytes of the page, for writing: a page is
    /// made of valid texts, and checking it again as a `String` was a
    /// twentieth of a build.
    public func renderBytes(_ layout: String, _ context: TemplateValue, strict: Bool) throws(DiagnosticList) -> [UInt8] {
        guard let template = layouts[layout] else {
            // The engine names the layout of each page kind, so a missing one
            // is a file the theme lacks, not a typo to correct.
            throw DiagnosticList([.error(.themeMissingLayout, at: .file("\(primaryDisplayPath)/layouts/\(layout).mustache"),
                                         ["layout": .text(layout)])])
        }
        return try template.renderBytes(context, partials: includable, strict: strict)
    }
}
