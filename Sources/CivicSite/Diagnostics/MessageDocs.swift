/// `docs/messages.md`: every catalogue entry in both languages, made from
/// the catalogue itself so the list can never fall behind it. A test
/// compares the file with this text; `CIVICSITE_RECORD=1` rewrites it.
public enum MessageDocs {
    public static func markdown() -> String {
        var out = """
        # メッセージ一覧 / Messages

        <!-- Generated from Sources/CivicSite/Diagnostics/Catalogue by the test suite (CIVICSITE_RECORD=1 swift test --filter MessageDocsTests). Do not edit by hand. -->

        `civicsite check` と `civicsite build` が表示するメッセージには、行の終わりに [CS2101] のような番号があります。
        `civicsite explain CS2101` で、そのメッセージの詳しい説明（例と直し方）が表示されます。
        `{key}` のような部分には、実際のキーや値が入ります。

        Every message `civicsite` prints ends with a stable id such as [CS2101];
        `civicsite explain CS2101` prints the long form with an example and the fix. Parts such as
        `{key}` are filled with the actual key or value.

        | 番号 id | 種類 severity | メッセージ | Message |
        | --- | --- | --- | --- |

        """
        for m in Catalogue.all {
            out += "| [\(m.id)](#\(m.id.lowercased())) | \(m.severity.rawValue) | \(cell(m.text.ja)) | \(cell(m.text.en)) |\n"
        }
        for m in Catalogue.all {
            out += "\n## \(m.id)\n\n"
            out += "- \(m.severity == .error ? "エラー" : "警告"): \(m.text.ja)\n"
            if let hint = m.hint, hint != .omitted { out += "- ヒント: \(hint.text.ja)\n" }
            out += "- \(m.severity.rawValue): \(m.text.en)\n"
            if let hint = m.hint, hint != .omitted { out += "- hint: \(hint.text.en)\n" }
            out += "\n" + block(m.explanation.ja) + "\n\n" + block(m.explanation.en) + "\n"
        }
        return out
    }

    private static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|")
    }

    /// Explanations are plain text with line breaks that matter.
    private static func block(_ s: String) -> String {
        "```text\n" + s + "\n```"
    }
}
