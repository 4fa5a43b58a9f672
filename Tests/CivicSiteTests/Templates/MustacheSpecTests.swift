import CivicSite
import Foundation
import XCTest

/// Runs the Mustache spec from `../shared/conformance/mustache/`: the required
/// modules and the optional inheritance module must pass in full.
final class MustacheSpecTests: XCTestCase {
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    func testEveryRequiredModuleAndInheritancePass() throws {
        let folder = try TestPaths.requireConformance("mustache")
        var summary: [String] = []
        var total = 0
        for module in Self.modules {
            let url = folder.appendingPathComponent("\(module).json")
            let file = try JSONDecoder().decode(MustacheSpecFile.self, from: Data(contentsOf: url))
            XCTAssertFalse(file.tests.isEmpty, "\(module) has no tests")
            var passed = 0
            for test in file.tests where run(test, module: module) {
                passed += 1
            }
            total += file.tests.count
            summary.append("\(module): \(passed)/\(file.tests.count)")
        }
        print("mustache spec: " + summary.joined(separator: ", ") + " (\(total) tests)")
    }

    private func run(_ test: MustacheSpecCase, module: String) -> Bool {
        do {
            let template = try MustacheTemplate.parse(test.template, path: "\(module)/\(test.name)")
            var partials: [String: MustacheTemplate] = [:]
            for (name, source) in test.partials ?? [:] {
                partials[name] = try MustacheTemplate.parse(source, path: "\(module)/\(name)")
            }
            let output = try template.render(test.data.value, partials: partials)
            XCTAssertEqual(output, test.expected, "\(module): \(test.name)\ntemplate: \(test.template.debugDescription)")
            return output == test.expected
        } catch {
            XCTFail("\(module): \(test.name) threw \(error)")
            return false
        }
    }
}
