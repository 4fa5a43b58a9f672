import Foundation
@testable import CivicSite

extension MessageCases {
    static let preview: [MessageCase] = [
        MessageCase("CS9001", .custom { try PreviewMessageFixtures.portInUse() },
                    ja: "error: ポート {port} はほかのプログラムが使っています [CS9001]\n    ヒント: 別の番号を指定してください。例: civicsite serve --port {next}".replacingPorts(),
                    en: "error: port {port} is already in use [CS9001]\n    hint: choose another one, e.g. civicsite serve --port {next}".replacingPorts()),
        MessageCase("CS9002", .command(["serve", "--host", "192.0.2.1", "--port", "0"]),
                    ja: "error: 192.0.2.1:0 でプレビューを始められません（このアドレスはこの機械のものではありません） [CS9002]\n    ヒント: --host と --port を確かめてください。ふだんは何も付けずに civicsite serve で始めます",
                    en: "error: cannot serve the preview on 192.0.2.1:0 (that address is not one of this machine's) [CS9002]\n    hint: check --host and --port; usually civicsite serve needs neither"),
        MessageCase("CS9003", .command(["serve", "--host", "192.0.2.1", "--port", "0"]),
                    ja: "warning: --host 192.0.2.1 では、同じネットワークのほかの機械からもプレビュー（下書きを含む）が見えます [CS9003]\n    ヒント: この機械の中だけで見るなら --host を付けないでください",
                    en: "warning: with --host 192.0.2.1 the preview (drafts included) can be seen from other machines on the network [CS9003]\n    hint: leave out --host to keep it on this machine"),
        MessageCase("CS9004", .command(["serve", "--port", "80000"]),
                    ja: "error: --port には 0〜65535 の番号を書きます（書かれた値:「80000」） [CS9004]\n    ヒント: 例: --port 8000",
                    en: "error: --port must be a number from 0 to 65535, got '80000' [CS9004]\n    hint: e.g. --port 8000"),
    ]
}

/// A port held open by the test itself, so the preview finds it taken.
enum PreviewMessageFixtures {
    static let heldPort: Int = {
        let socket = try? PreviewSocket(host: "127.0.0.1", port: 0)
        held = socket
        return socket?.port ?? 0
    }()
    nonisolated(unsafe) static var held: PreviewSocket?

    static func portInUse() throws -> [Diagnostic] {
        do {
            _ = try PreviewServer(host: "127.0.0.1", port: heldPort, router: PreviewRouter(
                resolver: StaticFileResolver(root: "/nonexistent"), language: .ja, errorPage: { _ in "" }))
            return []
        } catch {
            return error.items
        }
    }
}

private extension String {
    func replacingPorts() -> String {
        replacingOccurrences(of: "{port}", with: String(PreviewMessageFixtures.heldPort))
            .replacingOccurrences(of: "{next}", with: String(PreviewMessageFixtures.heldPort + 1))
    }
}
