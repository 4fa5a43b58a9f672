/// Turning the lines of a block scalar into its text.
extension FrontMatterReader {
    /// Joins the lines: literal keeps every break; folded turns a single
    /// break between two ordinary lines into a space, while lines indented
    /// further than the rest keep the breaks around them. Chomping then
    /// decides the final breaks.
    func blockScalarValue(_ body: FrontMatterBlockScalarLines, header: FrontMatterBlockScalarHeader) -> String {
        let breakCount = body.lines.count
        guard let last = body.lines.lastIndex(where: { $0 != nil }) else {
            return header.chomping == .keep ? String(repeating: "\n", count: max(0, breakCount)) : ""
        }
        var out = FrontMatterTextBuilder()
        var blankRun = 0
        var previousMoreIndented: Bool?
        for line in body.lines[...last] {
            guard let range = line else {
                blankRun += 1
                continue
            }
            let moreIndented = Self.isBlank(at(range.lowerBound)) && !range.isEmpty
            if let previous = previousMoreIndented {
                if header.folded && !previous && !moreIndented {
                    if blankRun == 0 { out.append(" ") }
                } else {
                    out.append("\n")
                }
            }
            out.append("\n", count: blankRun)
            out.append(contentsOf: scalars[range])
            blankRun = 0
            previousMoreIndented = moreIndented
        }
        switch header.chomping {
        case .strip:
            break
        case .clip:
            out.append("\n")
        case .keep:
            out.append("\n", count: breakCount - last)
        }
        return out.string
    }
}
