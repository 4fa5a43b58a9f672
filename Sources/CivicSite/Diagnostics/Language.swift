import Foundation

/// The language messages are shown in. Japanese is the default: the people
/// who read the messages are the centre's staff.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case ja
    case en

    /// `ja`, `ja-JP`, `ja_JP.UTF-8` → `.ja`; `en`, `en_US`, `C` → `.en`; nil otherwise.
    public init?(code: String) {
        let lowered = code.trimmingCharacters(in: .whitespaces).lowercased()
        if lowered.hasPrefix("ja") { self = .ja; return }
        if lowered.hasPrefix("en") || lowered == "c" || lowered.hasPrefix("c.") || lowered == "posix" { self = .en; return }
        return nil
    }

    /// The language before `site.yml` is read: the `--lang` flag, then
    /// `CIVICSITE_LANG`, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`),
    /// then Japanese.
    public static func beforeSettings(flag: Language?, environment: [String: String]) -> Language {
        if let flag { return flag }
        if let chosen = environment["CIVICSITE_LANG"].flatMap(Language.init(code:)) { return chosen }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return Language(code: value) ?? .ja
            }
        }
        return .ja
    }

    /// The language once `site.yml` is read: the flag and `CIVICSITE_LANG`
    /// still win; otherwise the site's own `language`.
    public static func forSite(flag: Language?, environment: [String: String], siteLanguage: String?) -> Language {
        if let flag { return flag }
        if let chosen = environment["CIVICSITE_LANG"].flatMap(Language.init(code:)) { return chosen }
        return siteLanguage.flatMap(Language.init(code:)) ?? .ja
    }
}
