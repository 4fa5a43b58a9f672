/// Copies of a parsed theme, one per rendering worker.
///
/// Walking a template retains every node it steps on. With one tree shared
/// by all workers, those retains are atomic writes to the same memory from
/// every core, and each one waits for the line to come back from the other
/// core: a third of all retains of a 10,000-group build, about a fifth of
/// its rendering time. A worker that walks a tree of its own retains memory
/// only its core touches.
extension ThemeTemplates {
    /// The same templates in storage of their own.
    func workerCopy() -> ThemeTemplates {
        var copy = self
        copy.layouts = layouts.mapValues { $0.workerCopy() }
        copy.partials = partials.mapValues { $0.workerCopy() }
        copy.includable = includable.mapValues { $0.workerCopy() }
        return copy
    }
}

extension MustacheTemplate {
    func workerCopy() -> MustacheTemplate {
        MustacheTemplate(path: path.workerCopy(), nodes: nodes.map { $0.workerCopy() })
    }
}

extension MustacheNode {
    func workerCopy() -> MustacheNode {
        switch self {
        case .text(let text):
            return .text(text.workerCopy())
        case .lineStart:
            return .lineStart
        case .variable(let name, let escaped, let location):
            return .variable(name.workerCopy(), escaped: escaped, at: location.workerCopy())
        case .section(let name, let children, let inverted, let location):
            return .section(name.workerCopy(), children.map { $0.workerCopy() }, inverted: inverted, at: location.workerCopy())
        case .partial(let name, let indentation, let location):
            return .partial(name.workerCopy(), indentation: indentation?.workerCopy(), at: location.workerCopy())
        case .parent(let name, let indentation, let blocks, let location):
            return .parent(name.workerCopy(), indentation: indentation?.workerCopy(), blocks: blocks.mapValues { $0.workerCopy() },
                           at: location.workerCopy())
        case .block(let block):
            return .block(block.workerCopy())
        }
    }
}

extension MustacheBlock {
    func workerCopy() -> MustacheBlock {
        MustacheBlock(name: name.workerCopy(), nodes: nodes.map { $0.workerCopy() }, indentation: indentation.workerCopy(),
                      indentsFirstLine: indentsFirstLine, location: location.workerCopy())
    }
}

extension MustacheName {
    func workerCopy() -> MustacheName {
        MustacheName(copying: text.workerCopy(), parts: parts.map { $0.workerCopy() })
    }
}

extension SourceLocation {
    func workerCopy() -> SourceLocation {
        SourceLocation(file: file.workerCopy(), line: line, column: column)
    }
}

extension TemplateValue {
    /// The same value in storage of its own (the `site` value every page
    /// shows, for each rendering worker).
    func workerCopy() -> TemplateValue {
        switch self {
        case .null, .bool, .int, .double:
            return self
        // Made for one page: no other worker shares it.
        case .items:
            return self
        case .string(let text):
            return .string(text.workerCopy())
        case .array(let items):
            return .array(items.map { $0.workerCopy() })
        case .object(let fields):
            var copy: [String: TemplateValue] = [:]
            copy.reserveCapacity(fields.count)
            for (key, value) in fields { copy[key.workerCopy()] = value.workerCopy() }
            return .object(copy)
        }
    }
}

extension String {
    /// The same text in a new buffer: a plain copy of a `String` shares its
    /// storage. Texts of up to 15 bytes are stored inline and share nothing.
    func workerCopy() -> String {
        var text = self
        let count = text.utf8.count
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: count) { buffer in
                _ = buffer.initialize(fromContentsOf: bytes)
                return count
            }
        }
    }
}
