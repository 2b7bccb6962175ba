import Foundation

/// A language coprod speaks: every text a user reads exists in each of them.
///
/// Command words, field names and keywords are the same in every language, so a script written
/// by a Chinese-speaking trainer runs unchanged for an English-speaking researcher.
public enum Language: String, CaseIterable, Hashable, Sendable {
    /// English.
    case en
    /// Simplified Chinese (中文).
    case zh

    /// The language a locale environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides; a value starting with `zh` (e.g. `zh_CN.UTF-8`) gives
    /// Chinese, anything else English (POSIX precedence).
    /// - Parameter environment: The process environment.
    /// - Returns: `.zh` or `.en`.
    public static func preferred(by environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }

    /// The language a command line asks for: the value of its last `--lang X` or `--lang=X`
    /// (before a `--` that ends the options) when that names a language, else the locale's
    /// (``preferred(by:)``). The `coprod` executable decides with it, before parsing, in which
    /// language its help and its argument errors are written.
    /// - Parameters:
    ///   - arguments: The arguments after the program's name.
    ///   - environment: The process environment.
    /// - Returns: The language asked for.
    public static func requested(byArguments arguments: [String], environment: [String: String]) -> Language {
        explicitlyRequested(byArguments: arguments) ?? preferred(by: environment)
    }

    /// The language of the command line's last `--lang X` or `--lang=X` (before a `--`) that names
    /// one; nil when it has none.
    public static func explicitlyRequested(byArguments arguments: [String]) -> Language? {
        var asked: Language?
        var k = 0
        while k < arguments.count, arguments[k] != "--" {
            let a = arguments[k]
            if a == "--lang", k + 1 < arguments.count {
                asked = Language(word: arguments[k + 1]) ?? asked
                k += 1
            } else if a.hasPrefix("--lang=") {
                asked = Language(word: String(a.dropFirst("--lang=".count))) ?? asked
            }
            k += 1
        }
        return asked
    }

    /// The language for a word typed after `lang` or `--lang` (`en`, `english`, `zh`, `中文`, …);
    /// nil for anything else.
    public init?(word: String) {
        switch word.lowercased() {
        case "en", "english", "英文", "英语": self = .en
        case "zh", "zh-cn", "zh_cn", "chinese", "中文", "汉语", "简体中文": self = .zh
        default: return nil
        }
    }
}

/// A text given in every language coprod speaks: help pages, lesson texts and glossary entries
/// are written this way, next to what they describe.
public struct Bilingual: Hashable, Sendable {
    /// The English text.
    public var en: String
    /// The Chinese text.
    public var zh: String

    /// Creates a text from its English and Chinese forms.
    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The text in `language`.
    public subscript(language: Language) -> String {
        switch language {
        case .en: en
        case .zh: zh
        }
    }
}
