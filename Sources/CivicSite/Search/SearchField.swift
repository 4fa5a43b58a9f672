/// The fields of a record the index scores, with their BM25F weights.
///
/// Weights (title 5, kana 4, tags 3, summary 2, body 1): a match in the name
/// of a group says far more about what the citizen wants than a word in its
/// description; the reading is nearly as strong because people type names in
/// hiragana; tags are chosen by staff; the summary is edited prose; the body
/// is long and loose. `lengthNormalisation` is BM25's `b` for that field:
/// titles are short and similar in length, so their length matters less.
public enum SearchField: Int, CaseIterable, Sendable {
    case title
    case kana
    case tags
    case summary
    case body

    public var weight: Double {
        switch self {
        case .title: return 5
        case .kana: return 4
        case .tags: return 3
        case .summary: return 2
        case .body: return 1
        }
    }

    public var lengthNormalisation: Double {
        switch self {
        case .title, .kana: return 0.5
        case .tags: return 0.3
        case .summary, .body: return 0.75
        }
    }

    /// The field's text for one document, not yet normalised.
    func text(of document: SearchDocument) -> String {
        switch self {
        case .title: return document.title
        case .kana: return document.kana ?? ""
        // A space between tags keeps a bigram from spanning two of them.
        case .tags: return document.tags.joined(separator: " ")
        case .summary: return document.summary
        case .body: return document.body
        }
    }
}
