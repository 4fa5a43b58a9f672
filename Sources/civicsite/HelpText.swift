/// What `civicsite --help` and `civicsite help <command>` print.
enum HelpText {
    static let buildFlags = ["--content", "--theme", "--output", "--drafts", "--base-url", "--now", "--quiet", "--strict", "--timings", "--force"]

    static let overview = """
    civicsite: builds the civic-activity directory site from plain content files.

    Usage: civicsite <command> [options]

    Commands:
      build      Read content/, render it with the theme, and write the site to site/.
      check      Validate content/ and the theme, and report every problem. Writes nothing.
      markdown   Convert Markdown on standard input to HTML on standard output.
      help       Explain a command: civicsite help build

    Exit codes: 0 success, 1 problems in the content or theme, 2 the command was called wrongly.
    Problems are printed as path:line:col: error: message, with a hint on the next line.
    """

    static let build = """
    civicsite build: build the site.

    Reads every record under the content folder, checks it, renders every page with the theme,
    and replaces the output folder in one step. If anything is wrong, nothing is written and the
    previous site stays exactly as it was. The content folder is never modified.

    Usage: civicsite build [options]

    Options:
      --content DIR    The content folder to read (default: content).
      --theme DIR      Use this theme folder instead of the one named by `theme:` in site.yml
                       (default: themes/<theme>, usually themes/default).
      --output DIR     Where to write the site (default: site). Replaced as a whole on success,
                       so it may not be, hold or sit inside the content or theme folder, nor hold
                       the current folder; a folder holding files other than a built site is
                       refused unless --force is given. If it is a symbolic link, the link stays
                       and the folder it points to is replaced, only if a build wrote it.
      --drafts         Include records marked `draft: true` (to preview them; do not publish).
      --base-url URL   The address the site will be served from, overriding `base_url` in
                       site.yml, e.g. https://example.jp/shimin/ (links then work from that sub-path).
      --now DATE       The date (YYYY-MM-DD) or date-time ('YYYY-MM-DD HH:MM') the build counts as
                       today, deciding which events are upcoming and which grants are open.
                       Default: now, in Japan time. Use it for reproducible builds and tests.
      --quiet          Print nothing but problems.
      --strict         Treat warnings as errors (exit 1 if there is any warning).
      --timings        Print how long each stage of the build took.
      --force          Replace the output folder even if it holds files that are not a built site.
    """

    static let check = """
    civicsite check: validate without writing anything.

    Reads and checks every record and every template exactly as `build` would, prints every
    problem found (sorted by file and line), and exits 1 if there is any error.

    Usage: civicsite check [options]

    Options: the same as `build` (--content, --theme, --drafts, --base-url, --now, --quiet, --strict);
    --output and --force are accepted and ignored.
    """

    static let markdown = """
    civicsite markdown: convert Markdown to HTML.

    Reads Markdown on standard input and writes HTML on standard output, the way record bodies
    are rendered on the site: raw HTML escaped, unsafe links dropped, tables, strikethrough and
    bare URLs recognised.

    Usage: civicsite markdown [--trusted] [--ja]

    Options:
      --trusted   Strict CommonMark, as the specification's examples expect: raw HTML passed
                  through and any link allowed. Only for text you trust.
      --ja        Japanese rules: no space where a line breaks between Japanese characters, and
                  emphasis next to Japanese punctuation (「」【】…).
    """

    static func text(for command: String) -> String? {
        switch command {
        case "build": return build
        case "check": return check
        case "markdown": return markdown
        case "help": return overview
        default: return nil
        }
    }
}
