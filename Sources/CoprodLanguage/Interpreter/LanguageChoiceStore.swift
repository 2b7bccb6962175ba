import Foundation

/// The language chosen with `lang` at the prompt, kept for the next session in one small file
/// beside the lesson progress: `$XDG_STATE_HOME/coprod/language`, or
/// `~/.local/state/coprod/language` (docs/LANGUAGE.md, "Language"). The file holds the language's
/// word (`zh`) and is written atomically (a new file renamed over the old one); a missing,
/// unreadable or unknown file reads as no choice, and a failed write is ignored.
public struct LanguageChoiceStore: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    /// `$XDG_STATE_HOME/coprod/language` if `XDG_STATE_HOME` is an absolute path, else
    /// `$HOME/.local/state/coprod/language`; nil if neither is usable (the choice is not kept).
    public static func defaultURL(environment: [String: String]) -> URL? {
        LessonProgressStore.defaultURL(environment: environment)?.deletingLastPathComponent()
            .appendingPathComponent("language")
    }

    /// The language saved by an earlier `lang`, if any.
    public func saved() -> Language? {
        guard let data = try? Data(contentsOf: url), data.count <= 64 else { return nil }
        return Language(rawValue: String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Keeps `language` for the next session.
    public func save(_ language: Language) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data((language.rawValue + "\n").utf8).write(to: url, options: .atomic)
    }

    /// The language a session at the prompt starts in: the `--lang` of the command line if it
    /// has one (`explicit`), else the one saved by `lang` in an earlier session, else the locale's
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    public static func startingLanguage(
        explicit: Language?, store: LanguageChoiceStore?, environment: [String: String]
    ) -> Language {
        explicit ?? store?.saved() ?? Language.preferred(by: environment)
    }
}
