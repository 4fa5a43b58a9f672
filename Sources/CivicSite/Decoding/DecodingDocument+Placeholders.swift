/// A record that is published must not still say what its template said:
/// `title: 〔団体の名前〕` on the site, or an event on the day the file was
/// made because its `# 〔開始の日時…〕` note was overlooked.
///
/// A draft may keep them (that is what `civicsite new` writes, and `check`
/// passes it); once `draft: true` is gone, every placeholder left is an
/// error at its place: in a value, in a note after a value, or in the body.
extension DecodingDocument {
    /// True when the front matter says `draft: true`. Anything else
    /// (missing, `false`, a value the decoder refuses) counts as published,
    /// so the check errs on the side of reporting.
    var isDraft: Bool {
        if case .bool(true)? = frontMatter?["draft"]?.value.value { return true }
        return false
    }

    /// Every placeholder left in a record that is not a draft.
    func placeholderProblems() -> [Diagnostic] {
        guard !isDraft else { return [] }
        var problems: [Diagnostic] = []
        if let frontMatter { collect(frontMatter, into: &problems) }
        for comment in comments {
            guard let found = TemplatePlaceholder.first(in: comment.text) else { continue }
            problems.append(.error(.templateNoteLeft, at: comment.location, ["text": .text(found.text)]))
        }
        guard TemplatePlaceholder.mayHold(body) else { return problems }
        var line = bodyFirstLine
        for text in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if let found = TemplatePlaceholder.first(in: String(text)) {
                let location = SourceLocation(file: path, line: line, column: found.offset + 1)
                problems.append(.error(.templatePlaceholderLeft, at: location, ["text": .text(found.text)]))
            }
            line += 1
        }
        return problems
    }

    /// The values of the tree, at the place each is written.
    private func collect(_ node: FrontMatterNode, into problems: inout [Diagnostic]) {
        switch node.value {
        case .string(let text):
            if let found = TemplatePlaceholder.first(in: text) {
                problems.append(.error(.templatePlaceholderLeft, at: node.location, ["text": .text(found.text)]))
            }
        case .sequence(let items):
            items.forEach { collect($0, into: &problems) }
        case .mapping(let entries):
            entries.forEach { collect($0.value, into: &problems) }
        default:
            break
        }
    }
}
