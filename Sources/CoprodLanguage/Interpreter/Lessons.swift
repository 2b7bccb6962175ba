import CoprodModel
import Foundation

/// A lesson file parsed into its parts (docs/LANGUAGE.md, "Lessons").
struct Lesson: Sendable {
    struct Check: Sendable {
        var condition: Expression
        var hint: String?
    }

    struct Part: Sendable {
        var title: String
        var paragraphs: [String] = []
        var prediction: String?
        var tries: [String] = []
        var checks: [Check] = []
    }

    var number: Int
    var title: String
    var fileName: String
    /// The file's text; its setup lines run when the lesson starts.
    var setupSource: String
    var parts: [Part]

    /// Parses a lesson: setup commands before the first `part`, then parts made of `say`, `predict`,
    /// `try` and `check` statements.
    /// - Throws: `LocatedDiagnostic` for a malformed lesson.
    static func parse(_ text: String, number: Int, fileName: String) throws(LocatedDiagnostic) -> Lesson {
        var title = "Lesson \(number)"
        var parts: [Part] = []
        var setupIndices = Set<Int>()
        var paragraphOpen = false
        let lines = Parser.lines(of: text)
        for (k, line) in lines.enumerated() {
            let statement: Statement?
            do { statement = try Parser.parseLine(line, lineNumber: k + 1) } catch {
                throw LocatedDiagnostic(error, fileName: fileName, sourceLine: line)
            }
            guard let statement else { paragraphOpen = false; continue }
            func fail(_ message: String) -> LocatedDiagnostic {
                LocatedDiagnostic(Diagnostic(message, at: statement.range), fileName: fileName, sourceLine: line)
            }
            switch statement.command {
            case .title(let t): title = t.value
            case .part(let t): parts.append(Part(title: t.value)); paragraphOpen = false
            case .say(let s):
                guard !parts.isEmpty else { throw fail("'say' must come after a 'part'") }
                if paragraphOpen { parts[parts.count - 1].paragraphs[parts[parts.count - 1].paragraphs.count - 1] += " " + s.value }
                else { parts[parts.count - 1].paragraphs.append(s.value) }
                paragraphOpen = true
                continue
            case .predict(let s):
                guard !parts.isEmpty else { throw fail("'predict' must come after a 'part'") }
                parts[parts.count - 1].prediction = s.value
            case .tryCommand(let s):
                guard !parts.isEmpty else { throw fail("'try' must come after a 'part'") }
                parts[parts.count - 1].tries.append(s.value)
            case .check(let e, let hint):
                guard !parts.isEmpty else { throw fail("'check' must come after a 'part'") }
                parts[parts.count - 1].checks.append(Check(condition: e, hint: hint?.value))
            default:
                guard parts.isEmpty else { throw fail("only say, predict, try and check may follow a 'part'") }
                setupIndices.insert(k)
                paragraphOpen = false
                continue
            }
            paragraphOpen = false
        }
        guard !parts.isEmpty else {
            throw LocatedDiagnostic(Diagnostic("a lesson needs at least one 'part'", at: SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))),
                                    fileName: fileName, sourceLine: lines.first ?? "")
        }
        // Keep setup line numbers: blank out lesson statements instead of dropping lines.
        var setupLines = lines
        for k in setupLines.indices where !setupIndices.contains(k) { setupLines[k] = "" }
        return Lesson(number: number, title: title, fileName: fileName,
                      setupSource: setupLines.joined(separator: "\n"), parts: parts)
    }
}

/// Where a student is in a lesson.
struct LessonProgress: Sendable {
    var lesson: Lesson
    var part: Int
    /// First words of the commands typed during this part (`show`, `step`, …).
    var typedVerbs: Set<String> = []
}

extension Lesson.Part {
    /// The commands a part asks for, by first word.
    var verbs: Set<String> { Set(tries.compactMap { $0.split(separator: " ").first.map(String.init) }) }
}

extension Interpreter {
    /// The folders `lesson` searches: the session's own list, or `$COPROD_LESSONS` and `./lessons`.
    var lessonDirectories: [URL] {
        options.lessonDirectories ?? LessonLibrary.standardDirectories(directory: files.directory, executable: nil)
    }

    /// `lesson`, `lesson N`, `lesson end`, `next`, `hint`.
    mutating func lesson(_ action: LessonAction) throws {
        switch action {
        case .list:
            let lessons = LessonLibrary.index(lessonDirectories)
            if lessons.isEmpty {
                emit("no lessons found (looked in \(lessonDirectories.map(\.path).joined(separator: ", ")); set COPROD_LESSONS to a folder of lessons)")
                return
            }
            emit("lessons (type lesson N to start):")
            for (n, url) in lessons.sorted(by: { $0.key < $1.key }) {
                let title = (try? Lesson.parse(String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self),
                                               number: n, fileName: url.lastPathComponent).title) ?? url.lastPathComponent
                emit("  \(n). \(title)")
            }
        case .start(let n):
            let number = try Values.integer(.number(n), "lesson", in: 1...999)
            guard let url = LessonLibrary.index(lessonDirectories)[number] else {
                throw Diagnostic("there is no lesson \(number)", at: n.range, hint: "type 'lesson' to list the lessons")
            }
            let text: String
            do { text = try files.read(url.path) } catch { throw Diagnostic(error.message, at: n.range) }
            let lesson = try Lesson.parse(text, number: number, fileName: url.lastPathComponent)
            var fresh: SessionState
            do { fresh = try SessionState(scenario: Scenario(), seeds: state.seeds) } catch {
                throw Diagnostic(Self.describe(error), at: n.range)
            }
            _ = try Session.run(script: lesson.setupSource, fileName: lesson.fileName, state: &fresh, options: options,
                                files: files, emit: { _ in }, interrupted: interrupted)
            fresh.lesson = LessonProgress(lesson: lesson, part: 0)
            fresh.beforeLesson = state.beforeLesson ?? SavedState(state)
            fresh.loadDepth = state.loadDepth
            state = fresh
            for line in Format.wrap("Lesson \(number): \(lesson.title)  (\(lesson.parts.count) parts; 'hint' for help, "
                                    + "'next' to skip a part, 'lesson end' to stop and return to your own session)") {
                emit(line)
            }
            showPart()
        case .next:
            guard state.lesson != nil else { throw noLesson() }
            advanceLesson(passed: false)
        case .hint:
            guard let p = state.lesson else { throw noLesson() }
            let part = p.lesson.parts[p.part]
            let hints = part.checks.compactMap(\.hint)
            emit(hints.isEmpty ? "try: " + part.tries.joined(separator: ", then ") : "hint: " + hints.joined(separator: "; "))
        case .end:
            guard state.lesson != nil || state.beforeLesson != nil else { throw noLesson() }
            if let saved = state.beforeLesson {
                state = saved.state
                emit("lesson ended; back to your own session at week \(state.week)")
            } else {
                state.lesson = nil
                emit("lesson ended")
            }
        }
    }

    private func noLesson() -> Diagnostic {
        Diagnostic("no lesson is running", at: statementRange, hint: "type 'lesson 1' to start one")
    }

    /// Prints the current part: its text, the prediction question and the command to try.
    func showPart() {
        guard let p = state.lesson else { return }
        let part = p.lesson.parts[p.part]
        emit("")
        emit("── Lesson \(p.lesson.number) · part \(p.part + 1)/\(p.lesson.parts.count): \(part.title) ──")
        for para in part.paragraphs { Format.wrap(para).forEach(emit) }
        if let q = part.prediction { Format.wrap("Predict: \(q)  (note your guess as a comment: # …)").forEach(emit) }
        for t in part.tries { emit("Try: \(t)") }
    }

    /// True when every check of the current part holds.
    func currentPartPasses() -> Bool {
        guard let p = state.lesson else { return false }
        return p.lesson.parts[p.part].checks.allSatisfy { check in
            (try? modelCondition(check.condition)(state.model)) ?? false
        }
    }

    /// Moves to the next part (or finishes the lesson).
    mutating func advanceLesson(passed: Bool) {
        guard var p = state.lesson else { return }
        if passed { emit("✓ done") }
        p.part += 1
        p.typedVerbs = []
        if p.part >= p.lesson.parts.count {
            state.lesson = nil
            emit("Lesson \(p.lesson.number) complete. Keep exploring this scenario, type 'lesson' for the list, "
                 + "or 'lesson end' to return to your own session.")
        } else {
            state.lesson = p
            showPart()
        }
    }

    /// Called after each successful command while a lesson runs: advance when the part's checks hold
    /// and the student has typed the kind of command the part asks for (so a part that only looks
    /// at something waits for the look); otherwise, if she typed the suggested command, show the hint.
    mutating func followLesson(after command: Command) {
        guard var p = state.lesson else { return }
        if case .lesson = command { return }
        if let verb = sourceLine.trimmingWhitespace.split(separator: " ").first { p.typedVerbs.insert(String(verb)) }
        state.lesson = p
        let part = p.lesson.parts[p.part]
        guard !part.checks.isEmpty else { return }
        let didTheTask = part.verbs.isEmpty || !part.verbs.isDisjoint(with: p.typedVerbs)
        if didTheTask && currentPartPasses() {
            advanceLesson(passed: true)
        } else if part.tries.contains(sourceLine.trimmingWhitespace), let hint = part.checks.compactMap(\.hint).first {
            emit("not yet: \(hint)")
        }
    }
}
