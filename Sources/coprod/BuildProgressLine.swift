import CoprodLanguage
import CoprodModel
import Foundation
import LineEditing
import ProcessSupport

/// The line on standard error (a terminal) that shows how far the build of a large community has
/// got: `building the community of 1,000,000 residents: 42% (Ctrl-C cancels)` — or the rebuild of
/// a run by `back`, `goto` or `undo`: `rebuilding 'main' to week 40 (1,000,000 residents): 42%
/// (Ctrl-C cancels)` —, drawn over itself once the work has taken 0.3 s, at most ten times a
/// second, and erased before anything else is printed.
final class BuildProgressLine: @unchecked Sendable {
    // @unchecked: used only on the main thread, where the session builds its models.
    /// The language of the line (the session's, set before each command).
    var language: Language = .en
    private var started: ContinuousClock.Instant?
    private var drawn: ContinuousClock.Instant?
    /// Whether the line is on the screen.
    private(set) var isShown = false

    /// Shows `status` if the build has been going for a while.
    func update(_ status: BuildStatus) {
        show(fraction: status.fraction) { percent in
            .buildingCommunity(residents: status.residents, percent: percent)
        }
    }

    /// Shows `status` of a run's rebuild if it has been going for a while.
    func update(_ status: RebuildStatus) {
        show(fraction: status.fraction) { percent in
            .rebuildingRun(run: status.run, week: status.week, residents: status.residents, percent: percent)
        }
    }

    /// Draws `message(percent)` when the work that started at fraction 0 has taken 0.3 s, at most
    /// ten times a second.
    private func show(fraction: Double, _ message: (Int) -> Message) {
        let now = ContinuousClock.now
        if fraction == 0 { (started, drawn) = (now, nil) }
        guard let started, now - started >= .milliseconds(300) else { return }
        if let drawn, now - drawn < .milliseconds(100) { return }
        drawn = now
        let text = message(Int(fraction * 100)).text(language)
        fflush(nil)
        StandardStreams.writeError("\r\u{1B}[K" + LineEditor.cut(text, toColumns: max(10, Terminal.width - 1)))
        isShown = true
    }

    /// Erases the line if it is shown and forgets the build.
    /// - Returns: True if a line was erased (the cursor is then at the start of an empty line).
    @discardableResult
    func clear() -> Bool {
        (started, drawn) = (nil, nil)
        guard isShown else { return false }
        isShown = false
        StandardStreams.writeError("\r\u{1B}[K")
        return true
    }
}
