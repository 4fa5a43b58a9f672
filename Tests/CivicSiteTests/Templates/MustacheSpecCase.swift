import CivicSite
import Foundation

/// One test of the Mustache spec's JSON files.
struct MustacheSpecCase: Decodable {
    let name: String
    let data: MustacheSpecValue
    let template: String
    let partials: [String: String]?
    let expected: String
}

struct MustacheSpecFile: Decodable {
    let tests: [MustacheSpecCase]
}

/// Spec data decoded as template values, so the spec runs against the real data type.
struct MustacheSpecValue: Decodable {
    let value: TemplateValue

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let bool = try? container.decode(Bool.self) {
            value = .bool(bool)
        } else if let int = try? container.decode(Int.self) {
            value = .int(int)
        } else if let double = try? container.decode(Double.self) {
            value = .double(double)
        } else if let string = try? container.decode(String.self) {
            value = .string(string)
        } else if let array = try? container.decode([MustacheSpecValue].self) {
            value = .array(array.map(\.value))
        } else {
            value = .object(try container.decode([String: MustacheSpecValue].self).mapValues(\.value))
        }
    }
}
