import Foundation
@testable import CivicSite

/// The CS4xxx messages: template syntax, names a template uses, theme folders.
extension MessageCases {
    /// A partial of the default theme that no page uses: it is still parsed and checked.
    private static let notice = "themes/default/partials/notice.mustache"
    /// The layout of `404.html` only, for problems found while rendering a page.
    private static let notFound = "themes/default/layouts/404.mustache"

    static let theme: [MessageCase] = syntax + names + folders

    private static let syntax: [MessageCase] = [
        MessageCase("CS4001", .project([notice: "<p>{{title</p>\n"]),
                    ja: "themes/default/partials/notice.mustache:1:4: error: タグが閉じていません（「}}」がありません） [CS4001]\n    ヒント: タグを「}}」で閉じてください（ここからファイルの終わりまでは、ただの文字として読みました）",
                    en: "themes/default/partials/notice.mustache:1:4: error: unclosed tag, expected '}}' [CS4001]\n    hint: close the tag with '}}' (the rest of the file is read as text)"),
        MessageCase("CS4002", .project([notice: "<h3>{{title}</h3>\n<p>{{type}}</p>\n"]),
                    ja: "themes/default/partials/notice.mustache:1:5: error: タグ「{{title」が「}}」で閉じていません [CS4002]\n    ヒント: 「{{title}}」と書いてください",
                    en: "themes/default/partials/notice.mustache:1:5: error: tag '{{title' is not closed with '}}' [CS4002]\n    hint: write '{{title}}'"),
        MessageCase("CS4003", .project([notice: "<p>{{}}</p>\n"]),
                    ja: "themes/default/partials/notice.mustache:1:4: error: タグに名前がありません [CS4003]\n    ヒント: {{ と }} の間に名前を書いてください。例: {{title}}",
                    en: "themes/default/partials/notice.mustache:1:4: error: empty tag name [CS4003]\n    hint: write a name between the delimiters, e.g. {{title}}"),
        MessageCase("CS4004", .project([notice: "<p>{{site title}}</p>\n"]),
                    ja: "themes/default/partials/notice.mustache:1:4: error: タグの名前「site title」は使えません [CS4004]\n    ヒント: 名前に空白は入れられません",
                    en: "themes/default/partials/notice.mustache:1:4: error: invalid tag name 'site title' [CS4004]\n    hint: names cannot contain spaces"),
        MessageCase("CS4005", .project([notice: "{{=<%=}}\n"]),
                    ja: "themes/default/partials/notice.mustache:1:1: error: 区切り記号の変更「<%」が正しくありません [CS4005]\n    ヒント: 新しい開始と終了の記号を、空白で区切って書いてください。例: {{=<% %>=}}",
                    en: "themes/default/partials/notice.mustache:1:1: error: invalid delimiter change '<%' [CS4005]\n    hint: write two delimiters separated by a space, e.g. {{=<% %>=}}"),
        MessageCase("CS4011", .project([notice: "{{#events}}\n<li>{{title}}</li>\n"]),
                    ja: "themes/default/partials/notice.mustache:1:1: error: セクション「events」が閉じていません [CS4011]\n    ヒント: {{/events}} で閉じてください",
                    en: "themes/default/partials/notice.mustache:1:1: error: unclosed section 'events' [CS4011]\n    hint: close it with {{/events}}"),
        MessageCase("CS4011", .project([notice: "{{^events}}<p>なし</p>\n{{<base}}\n{{$main}}x\n"]),
                    ja: """
                    themes/default/partials/notice.mustache:1:1: error: 反転セクション「events」が閉じていません [CS4011]
                        ヒント: {{/events}} で閉じてください
                    themes/default/partials/notice.mustache:2:1: error: 親テンプレート「base」が閉じていません [CS4011]
                        ヒント: {{/base}} で閉じてください
                    themes/default/partials/notice.mustache:3:1: error: ブロック「main」が閉じていません [CS4011]
                        ヒント: {{/main}} で閉じてください
                    """,
                    en: """
                    themes/default/partials/notice.mustache:1:1: error: unclosed inverted section 'events' [CS4011]
                        hint: close it with {{/events}}
                    themes/default/partials/notice.mustache:2:1: error: unclosed parent 'base' [CS4011]
                        hint: close it with {{/base}}
                    themes/default/partials/notice.mustache:3:1: error: unclosed block 'main' [CS4011]
                        hint: close it with {{/main}}
                    """),
        MessageCase("CS4012", .project([notice: "<p>{{/items}}</p>\n"]),
                    ja: "themes/default/partials/notice.mustache:1:4: error: 閉じタグ「items」に対応する開始タグがありません [CS4012]\n    ヒント: ここでは何も開いていません。このタグを消すか、前に {{#items}} を書いてください",
                    en: "themes/default/partials/notice.mustache:1:4: error: unexpected closing tag 'items' [CS4012]\n    hint: no section is open here; remove it or add {{#items}} before it"),
        MessageCase("CS4013", .project([notice: "{{#events}}\n  {{title}}\n{{/evnets}}\n{{/events}}\n"]),
                    ja: "themes/default/partials/notice.mustache:3:1: error: 閉じタグ「evnets」がありますが、ここで閉じるのは「events」です [CS4013]\n    ヒント: 「events」は 1 行 1 列目で開いています",
                    en: "themes/default/partials/notice.mustache:3:1: error: unexpected closing tag 'evnets', expected 'events' [CS4013]\n    hint: 'events' was opened at line 1, column 1"),
        MessageCase("CS4014", .project([notice: String(repeating: "{{#items}}\n", count: 120)]),
                    ja: "themes/default/partials/notice.mustache:101:1: error: セクションの入れ子が 100 段を超えています [CS4014]\n    ヒント: セクション、反転セクション、親テンプレート、ブロックを合わせて数えます。閉じタグ {{/名前}} を {{#名前}} と書いていませんか？",
                    en: "themes/default/partials/notice.mustache:101:1: error: sections are nested more than 100 levels deep [CS4014]\n    hint: sections, inverted sections, parents and blocks all count; is a closing tag written as an opening one ({{#name}} for {{/name}})?"),
    ]

    private static let names: [MessageCase] = [
        MessageCase("CS4101", .project([notFound: "<p>{{pgae.title}}</p>\n"]),
                    ja: "themes/default/layouts/404.mustache:1:4: error: 変数「pgae.title」はありません [CS4101]\n    ヒント: 「page.title」の書き間違いではありませんか？",
                    en: "themes/default/layouts/404.mustache:1:4: error: unknown variable 'pgae.title' [CS4101]\n    hint: did you mean 'page.title'?"),
        MessageCase("CS4101", .project([notFound: "<p>{{site.centre.nmae}}</p>\n"]),
                    ja: "themes/default/layouts/404.mustache:1:4: error: 変数「site.centre.nmae」はありません [CS4101]\n    ヒント: 「site.centre.name」の書き間違いではありませんか？",
                    en: "themes/default/layouts/404.mustache:1:4: error: unknown variable 'site.centre.nmae' [CS4101]\n    hint: did you mean 'site.centre.name'?"),
        MessageCase("CS4101", .project([notFound: "<p>{{site.centre.zipcode}}</p>\n"]),
                    ja: "themes/default/layouts/404.mustache:1:4: error: 変数「site.centre.zipcode」はありません [CS4101]\n    ヒント: 「site.centre」にキー「zipcode」はありません",
                    en: "themes/default/layouts/404.mustache:1:4: error: unknown variable 'site.centre.zipcode' [CS4101]\n    hint: 'site.centre' has no key 'zipcode'"),
        MessageCase("CS4101", .project([notFound: "<p>{{site.title.text}}</p>\n"]),
                    ja: "themes/default/layouts/404.mustache:1:4: error: 変数「site.title.text」はありません [CS4101]\n    ヒント: 「site.title」は文字列で、オブジェクトではありません",
                    en: "themes/default/layouts/404.mustache:1:4: error: unknown variable 'site.title.text' [CS4101]\n    hint: 'site.title' is text, not an object"),
        MessageCase("CS4101", .project([notFound: "<p>{{qqqqqq}}</p>\n"]),
                    ja: "themes/default/layouts/404.mustache:1:4: error: 変数「qqqqqq」はありません [CS4101]\n    ヒント: ここで使える名前: nav、page、site",
                    en: "themes/default/layouts/404.mustache:1:4: error: unknown variable 'qqqqqq' [CS4101]\n    hint: visible names here: nav, page, site"),
        MessageCase("CS4101", .custom {
                        do throws(DiagnosticList) {
                            _ = try MustacheTemplate.parse("{{title}}", path: "layouts/page.mustache").render([:], strict: true)
                            return []
                        } catch { return error.items }
                    },
                    ja: "layouts/page.mustache:1:1: error: 変数「title」はありません [CS4101]\n    ヒント: ここで使える値はありません",
                    en: "layouts/page.mustache:1:1: error: unknown variable 'title' [CS4101]\n    hint: no data is visible here"),
        MessageCase("CS4102", .project([notice: "{{> hedaer}}\n{{> banner}}\n"]),
                    ja: "themes/default/partials/notice.mustache:1:1: error: パーシャル（部品）「hedaer」はありません [CS4102]\n    ヒント: 「header」の書き間違いではありませんか？\nthemes/default/partials/notice.mustache:2:1: error: パーシャル（部品）「banner」はありません [CS4102]\n    ヒント: テーマの partials/ にも layouts/ にも、この名前のファイルがありません",
                    en: "themes/default/partials/notice.mustache:1:1: error: unknown partial 'hedaer' [CS4102]\n    hint: did you mean 'header'?\nthemes/default/partials/notice.mustache:2:1: error: unknown partial 'banner' [CS4102]\n    hint: no such file in the theme's partials/ or layouts/ folder"),
        MessageCase("CS4103", .project([notice: "{{<bse}}{{/bse}}\n"]),
                    ja: "themes/default/partials/notice.mustache:1:1: error: 親テンプレート「bse」はありません [CS4103]\n    ヒント: 「base」の書き間違いではありませんか？",
                    en: "themes/default/partials/notice.mustache:1:1: error: unknown parent 'bse' [CS4103]\n    hint: did you mean 'base'?"),
        MessageCase("CS4104", .project([notice: "{{<base}}\n{{$mian}}x{{/mian}}\n{{$sidebar}}x{{/sidebar}}\n{{/base}}\n{{<footer}}{{$main}}x{{/main}}{{/footer}}\n"]),
                    ja: """
                    themes/default/partials/notice.mustache:2:1: error: 親テンプレート「base」にブロック「mian」はありません [CS4104]
                        ヒント: 「main」の書き間違いではありませんか？
                    themes/default/partials/notice.mustache:3:1: error: 親テンプレート「base」にブロック「sidebar」はありません [CS4104]
                        ヒント: 「base」のブロック: main、scripts
                    themes/default/partials/notice.mustache:5:12: error: 親テンプレート「footer」にブロック「main」はありません [CS4104]
                        ヒント: 「footer」にはブロックがありません
                    """,
                    en: """
                    themes/default/partials/notice.mustache:2:1: error: unknown block 'mian' in parent 'base' [CS4104]
                        hint: did you mean 'main'?
                    themes/default/partials/notice.mustache:3:1: error: unknown block 'sidebar' in parent 'base' [CS4104]
                        hint: 'base' has the blocks: main, scripts
                    themes/default/partials/notice.mustache:5:12: error: unknown block 'main' in parent 'footer' [CS4104]
                        hint: 'footer' has no blocks
                    """),
        MessageCase("CS4105", .project([notFound: "{{> loop}}\n", "themes/default/partials/loop.mustache": "<div>{{> loop}}</div>\n"]),
                    ja: "themes/default/partials/loop.mustache:1:6: error: テンプレートが 200 段を超えて読み込み合っています [CS4105]\n    ヒント: パーシャル（部品）か親テンプレートが、自分自身を読み込んでいるようです",
                    en: "themes/default/partials/loop.mustache:1:6: error: templates include each other more than 200 levels deep [CS4105]\n    hint: a partial or parent probably includes itself"),
        // The real limit takes seconds to reach; the limit is a parameter of the renderer.
        MessageCase("CS4107", .custom {
                        let source = "<ul>\n" + String(repeating: "{{#items}}", count: 24) + "<li>{{title}}</li>" + String(repeating: "{{/items}}", count: 24) + "\n</ul>\n"
                        let template = try MustacheTemplate.parse(source, path: "themes/default/layouts/groups.mustache")
                        do throws(DiagnosticList) {
                            _ = try template.render(["items": [["title": "一"], ["title": "二"]]], partials: [:], strict: true, stepLimit: 1_000)
                            return []
                        } catch { return error.items }
                    },
                    ja: "themes/default/layouts/groups.mustache:2:231: error: このページのテンプレートの処理が 1000 回を超えたため止めました [CS4107]\n    ヒント: 一覧のくり返しの中で、同じ一覧をまたくり返していないか確かめてください",
                    en: "themes/default/layouts/groups.mustache:2:231: error: rendering this page took more than 1000 steps, so it was stopped [CS4107]\n    hint: check for a section over a list inside a section over the same list"),
        MessageCase("CS4106", .project([notFound: nil]),
                    ja: "themes/default/layouts/404.mustache:1:1: error: テーマに、これらのページのレイアウト「404」がありません [CS4106]\n    ヒント: layouts/404.mustache を作るか（default テーマのものをもとにできます）、それがあるテーマを extends: で指定してください",
                    en: "themes/default/layouts/404.mustache:1:1: error: the theme has no layout '404' for these pages [CS4106]\n    hint: add layouts/404.mustache (the default theme's is a starting point), or extend a theme that has it"),
    ]

    private static let folders: [MessageCase] = [
        MessageCase("CS4201", .project(["content/site.yml": ThemeMessageProject.siteYML(theme: "defualt")]),
                    ja: "content/site.yml:10:8: error: テーマ「defualt」はありません [CS4201]\n    ヒント: 「default」の書き間違いではありませんか？",
                    en: "content/site.yml:10:8: error: unknown theme 'defualt' [CS4201]\n    hint: did you mean 'default'?"),
        MessageCase("CS4201", .project(["content/site.yml": ThemeMessageProject.siteYML(theme: "sakurano"),
                                        "themes/city/layouts/home.mustache": "<h1>{{site.title}}</h1>\n"]),
                    ja: "content/site.yml:10:8: error: テーマ「sakurano」はありません [CS4201]\n    ヒント: 見つかったテーマ: city、default",
                    en: "content/site.yml:10:8: error: unknown theme 'sakurano' [CS4201]\n    hint: themes found: city, default"),
        MessageCase("CS4201", .project(["themes/default": nil]),
                    ja: "content/site.yml:1:1: error: テーマ「default」はありません [CS4201]\n    ヒント: themes/ にテーマが見つかりません",
                    en: "content/site.yml:1:1: error: unknown theme 'default' [CS4201]\n    hint: no themes found in themes/"),
        MessageCase("CS4202", .project(["content/site.yml": ThemeMessageProject.siteYML(theme: "city"),
                                        "themes/city/theme.yml": "name: city\nextends: default\n",
                                        "themes/default/theme.yml": "name: default\nextends: city\n"]),
                    ja: "themes/default/theme.yml:2:10: error: テーマ「city」が、extends: をたどると自分自身に戻ります（city → default → city） [CS4202]\n    ヒント: どれかの extends: を消してください",
                    en: "themes/default/theme.yml:2:10: error: theme 'city' extends itself (city → default → city) [CS4202]\n    hint: remove one of the extends: settings"),
        MessageCase("CS4203", .project(["themes/default/theme.yml": "name: default\nextends: [default, city]\n"]),
                    ja: "themes/default/theme.yml:2:10: error: extends: にはテーマのフォルダー名を一つ書きます [CS4203]\n    ヒント: 例: extends: default",
                    en: "themes/default/theme.yml:2:10: error: 'extends' must name a theme folder [CS4203]\n    hint: for example: extends: default"),
        MessageCase("CS4204", .custom {
                        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-no-theme-\(UUID().uuidString)")
                        do throws(DiagnosticList) {
                            _ = try ThemeTemplates.load(layers: [(missing, "themes/city")])
                            return []
                        } catch { return error.items }
                    },
                    ja: "themes/city:1:1: error: テーマのフォルダーがありません [CS4204]\n    ヒント: フォルダーを作るか、site.yml の theme: かテーマの extends: の名前を直してください",
                    en: "themes/city:1:1: error: theme folder not found [CS4204]\n    hint: create the folder, or fix the theme name in site.yml or the theme's extends:"),
        // The file went away after the theme folder was listed (as root, permissions cannot stop a read).
        MessageCase("CS4205", .custom {
                        do throws(DiagnosticList) {
                            _ = try ThemeFiles.read(URL(fileURLWithPath: "/nonexistent-civicsite-theme/partials/notice.mustache"),
                                                    displayPath: "themes/default/partials/notice.mustache")
                            return []
                        } catch { return error.items }
                    },
                    ja: "themes/default/partials/notice.mustache:1:1: error: ファイルを読めません（ファイルまたはフォルダーがありません） [CS4205]",
                    en: "themes/default/partials/notice.mustache:1:1: error: cannot read the file (no such file or folder) [CS4205]"),
        // 2 MB: a picture written into the template.
        MessageCase("CS4206", .custom {
                        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-cs4206-\(UUID().uuidString)")
                        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                        defer { try? FileManager.default.removeItem(at: folder) }
                        let file = folder.appendingPathComponent("home.mustache")
                        try Data(("<img src=\"data:image/png;base64," + String(repeating: "A", count: 2 << 20) + "\">").utf8).write(to: file)
                        do throws(DiagnosticList) {
                            _ = try ThemeFiles.read(file, displayPath: "themes/city/layouts/home.mustache")
                            return []
                        } catch { return error.items }
                    },
                    ja: "themes/city/layouts/home.mustache:1:1: error: テンプレートが大きすぎるため読みません（2049 KB。上限は 1024 KB） [CS4206]\n    ヒント: くり返す部分は partials に分け、スクリプトや画像は assets のファイルにしてリンクしてください",
                    en: "themes/city/layouts/home.mustache:1:1: error: the template is too large to be read (2049 KB; the limit is 1024 KB) [CS4206]\n    hint: move repeated parts into partials, and put scripts, styles and pictures in assets/ and link to them"),
    ]
}
