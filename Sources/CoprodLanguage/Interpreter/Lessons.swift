import CoprodModel
import Foundation

/// A lesson file parsed into its parts (docs/LANGUAGE.md, "Lessons"). Every text is bilingual: a
/// `zh "…"` line after a `title`, `part`, `say` paragraph, `predict` or `check … hint` gives its
/// Chinese; a text without one is shown in English in both languages.
struct Lesson: Sendable {
    struct Check: Sendable {
        var condition: Expression
        var hint: Bilingual?
        /// The line of the lesson file it was written on, to quote its failing part (`week = 104`).
        var source = ""
    }

    struct Part: Sendable {
        var title: Bilingual
        var paragraphs: [Bilingual] = []
        var prediction: Bilingual?
        /// The field whose value is shown next to the student's answer once the part is done.
        var reveal: FieldRef?
        /// One sentence on why the result came out as it did (`because`).
        var because: Bilingual?
        var tries: [String] = []
        var checks: [Check] = []
    }

    var number: Int
    var title: Bilingual
    var fileName: String
    /// The file's text; its setup lines run when the lesson starts.
    var setupSource: String
    var parts: [Part]

    /// The text statement a `zh` line translates.
    private enum Translatable { case title, partTitle, paragraph, prediction, because, hint }

    /// Parses a lesson: setup commands before the first `part`, then parts made of `say`, `predict`,
    /// `try` and `check` statements, each text optionally followed by its Chinese (`zh`).
    /// - Throws: `LocatedDiagnostic` for a malformed lesson.
    static func parse(_ text: String, number: Int, fileName: String) throws(LocatedDiagnostic) -> Lesson {
        var title = Bilingual(en: "Lesson \(number)", zh: "第 \(number) 课")
        var parts: [Part] = []
        var setupIndices = Set<Int>()
        var paragraphOpen = false
        /// What the next `zh` line translates, and whether a `zh` line has already started it.
        var translating: Translatable?
        var translationOpen = false
        let lines = Parser.lines(of: text)
        func english(_ s: String) -> Bilingual { Bilingual(en: s, zh: s) }
        for (k, line) in lines.enumerated() {
            let statement: Statement?
            do { statement = try Parser.parseLine(line, lineNumber: k + 1) } catch {
                throw LocatedDiagnostic(error, fileName: fileName, sourceLine: line)
            }
            guard let statement else {
                paragraphOpen = false
                translating = nil
                continue
            }
            func fail(_ message: Message) -> LocatedDiagnostic {
                LocatedDiagnostic(Diagnostic(message, at: statement.range), fileName: fileName, sourceLine: line)
            }
            if case .zh(let s) = statement.command {
                guard let target = translating else { throw fail(.translationWithoutText) }
                func put(_ text: inout Bilingual) { text.zh = translationOpen ? text.zh + s.value : s.value }
                let last = parts.count - 1
                switch target {
                case .title: put(&title)
                case .partTitle: put(&parts[last].title)
                case .paragraph: put(&parts[last].paragraphs[parts[last].paragraphs.count - 1])
                case .prediction:
                    if var text = parts[last].prediction {
                        put(&text)
                        parts[last].prediction = text
                    }
                case .because:
                    if var text = parts[last].because {
                        put(&text)
                        parts[last].because = text
                    }
                case .hint:
                    let c = parts[last].checks.count - 1
                    if var text = parts[last].checks[c].hint {
                        put(&text)
                        parts[last].checks[c].hint = text
                    }
                }
                translationOpen = true
                paragraphOpen = false
                continue
            }
            translationOpen = false
            translating = nil
            switch statement.command {
            case .title(let t):
                title = english(t.value)
                translating = .title
            case .part(let t):
                parts.append(Part(title: english(t.value)))
                translating = .partTitle
            case .say(let s):
                guard !parts.isEmpty else { throw fail(.lessonStatementBeforePart(statement: "say")) }
                let last = parts.count - 1
                if paragraphOpen {
                    let p = parts[last].paragraphs.count - 1
                    parts[last].paragraphs[p].en += " " + s.value
                    parts[last].paragraphs[p].zh = parts[last].paragraphs[p].en
                } else {
                    parts[last].paragraphs.append(english(s.value))
                }
                paragraphOpen = true
                translating = .paragraph
                continue
            case .predict(let s, let reveal):
                guard !parts.isEmpty else { throw fail(.lessonStatementBeforePart(statement: "predict")) }
                parts[parts.count - 1].prediction = english(s.value)
                parts[parts.count - 1].reveal = reveal
                translating = .prediction
            case .because(let s):
                guard !parts.isEmpty else { throw fail(.lessonStatementBeforePart(statement: "because")) }
                parts[parts.count - 1].because = english(s.value)
                translating = .because
            case .tryCommand(let s):
                guard !parts.isEmpty else { throw fail(.lessonStatementBeforePart(statement: "try")) }
                parts[parts.count - 1].tries.append(s.value)
            case .check(let e, let hint):
                guard !parts.isEmpty else { throw fail(.lessonStatementBeforePart(statement: "check")) }
                parts[parts.count - 1].checks.append(
                    Check(condition: e, hint: hint.map { english($0.value) }, source: line))
                if hint != nil { translating = .hint }
            default:
                guard parts.isEmpty else { throw fail(.onlyLessonStatementsAfterPart) }
                setupIndices.insert(k)
                paragraphOpen = false
                continue
            }
            paragraphOpen = false
        }
        guard !parts.isEmpty else {
            let start = SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
            throw LocatedDiagnostic(
                Diagnostic(.lessonNeedsPart, at: start), fileName: fileName, sourceLine: lines.first ?? "")
        }
        // Keep setup line numbers: blank out lesson statements instead of dropping lines.
        var setupLines = lines
        for k in setupLines.indices where !setupIndices.contains(k) { setupLines[k] = "" }
        return Lesson(
            number: number, title: title, fileName: fileName,
            setupSource: setupLines.joined(separator: "\n"), parts: parts)
    }
}

/// Where a student is in a lesson.
struct LessonProgress: Sendable {
    var lesson: Lesson
    var part: Int
    /// How many commands of each kind (first word, `step` counted as `run`: `Part.kind(of:)`) were
    /// typed during this part.
    var typedVerbs: [String: Int] = [:]
    /// The student's prediction for this part (`answer`), if given.
    var answer: String?
    /// True when the part's checks already held as it began: the state cannot tell whether its task
    /// was done (a part that only looks at something), so the part waits for one of its own commands.
    var needsItsCommand = false
    /// True once the student has typed one of the part's `try` commands (token for token).
    var typedItsCommand = false
    /// Commands of the part's kind typed while its checks still failed (a hint after the first,
    /// the answer after the third).
    var attempts = 0
}

extension Lesson.Part {
    /// True when every check of the part holds in `model` (a check that cannot be read fails).
    func checksPass(in model: Model) -> Bool {
        checks.allSatisfy { check in
            let compiled = try? ExpressionCompiler { (ref) throws(Diagnostic) in try Fields.model(ref, in: model) }
                .condition(check.condition)
            return compiled?(0) ?? false
        }
    }

    /// Why the part's checks fail in `model`: the first failing comparison (of the first failing
    /// check), as written in the lesson file, with the current values of its fields; nil when
    /// they hold (or when the failing part cannot be read).
    func failingCheck(in model: Model) -> (condition: String, values: [String])? {
        let compiler = ExpressionCompiler { (ref) throws(Diagnostic) in try Fields.model(ref, in: model) }
        func holds(_ e: Expression) -> Bool { ((try? compiler.condition(e))?(0)) ?? false }
        /// The smallest failing part of `e`: the failing side of an `and`, else `e` itself.
        func failing(_ e: Expression) -> Expression {
            if case .and(let l, let r) = e { return holds(l) ? failing(r) : failing(l) }
            return e
        }
        func fields(_ e: Expression) -> [FieldRef] {
            switch e {
            case .field(let ref): [ref]
            case .comparison(let l, _, let r, _): fields(l) + fields(r)
            case .and(let l, let r), .or(let l, let r): fields(l) + fields(r)
            case .not(let x, _): fields(x)
            case .number, .string: []
            }
        }
        guard let check = checks.first(where: { !holds($0.condition) }) else { return nil }
        let e = failing(check.condition)
        let characters = Array(check.source)
        let from = e.range.start.column - 1
        let to = e.range.end.column - 1
        guard from >= 0, from < to, to <= characters.count else { return nil }
        var seen = Set<String>()
        let values: [String] = fields(e).compactMap { ref in
            guard let field = try? Fields.model(ref, in: model), seen.insert(field.name).inserted else { return nil }
            switch field.read(0) {
            case .number(let x):
                return "\(field.name) \(x == x.rounded() && abs(x) < 1e9 ? String(Int(x)) : Format.fixed(x))"
            case .word(let w): return "\(field.name) \(w)"
            }
        }
        return (String(characters[from..<to]), values)
    }

    /// The commands a part asks for, by first word.
    var verbs: Set<String> { Set(verbCounts.keys) }

    /// The file a part's `try` lines give to `verb` (`save "first-steps.coprod" force`), if any:
    /// typing that command with another file does not do the part.
    func file(of verb: String) -> String? {
        for t in tries where t.split(separator: " ").first.map(String.init) == verb {
            var lexer = Lexer(t, lineNumber: 1)
            while let token = try? lexer.next() {
                if case .string(let s) = token.kind { return s }
            }
        }
        return nil
    }

    /// True when `line` is one of the part's `try` commands, token for token (spacing, `==` for `=`
    /// and a comment do not matter; `count` may leave out `residents`).
    func isOneOfItsCommands(_ line: String) -> Bool {
        func tokens(_ text: String) -> [String] {
            var lexer = Lexer(text, lineNumber: 1)
            var out: [String] = []
            while let t = try? lexer.next() {
                if case .string(let s) = t.kind {
                    out.append("\"" + s)
                } else {
                    out.append(t.text == "==" ? "=" : t.text)
                }
            }
            if out.first == "count", out.count > 1, out[1] == "residents" { out.remove(at: 1) }
            return out
        }
        let typed = tokens(line)
        return !typed.isEmpty && tries.contains { tokens($0) == typed }
    }

    /// How many of the part's commands begin with each first word (two `intervene` lines ask for
    /// two), `step` and `run` counting as one kind (``kind(of:)``).
    var verbCounts: [String: Int] {
        tries.reduce(into: [:]) { counts, t in
            if let verb = t.split(separator: " ").first { counts[Self.kind(of: String(verb)), default: 0] += 1 }
        }
    }

    /// The kind of command a first word stands for in a part's count: `step 104` does what `run
    /// 104` does (and the check tests the week), so they are one kind; every other word is its own.
    static func kind(of verb: String) -> String { verb == "step" ? "run" : verb }
}

extension Interpreter {
    /// The folders `lesson` searches: the session's own list, or `$COPROD_LESSONS` and `./lessons`.
    var lessonDirectories: [URL] {
        options.lessonDirectories ?? LessonLibrary.standardDirectories(directory: files.directory, executable: nil)
    }

    /// `lesson`, `lesson N`, `lesson end`, `next`, `hint`.
    mutating func lesson(_ action: LessonAction) throws(Diagnostic) {
        switch action {
        case .list:
            let lessons = LessonLibrary.index(lessonDirectories)
            guard !lessons.isEmpty else {
                emit(.note(.noLessonsFound(folders: lessonDirectories.map(\.path))))
                return
            }
            let listing = lessons.sorted(by: { $0.key < $1.key }).map { n, url in
                let title =
                    (try? Lesson.parse(
                        String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self),
                        number: n, fileName: url.lastPathComponent
                    ).title)
                    ?? Bilingual(en: url.lastPathComponent, zh: url.lastPathComponent)
                return LessonListing(number: n, title: title, status: progressStore?.status(n))
            }
            emit(.lessonList(listing))
        case .start(let n, let partNumber):
            let library = LessonLibrary.index(lessonDirectories)
            // Below 1 the error gives the lessons there are (1…9); above, `there is no lesson N`.
            let last = max(1, library.keys.max() ?? 1)
            let number = try Values.integer(.number(n), "lesson", in: 1...Double(n.value < 1 ? last : Int(Int32.max)))
            guard let url = library[number] else {
                throw Diagnostic(.noSuchLesson(number), at: n.range, hint: .typeLessonToList)
            }
            let text: String
            do { text = try files.read(url.path) } catch { throw Diagnostic(.file(error), at: n.range) }
            let lesson: Lesson
            do { lesson = try Lesson.parse(text, number: number, fileName: url.lastPathComponent) } catch {
                throw Diagnostic(elsewhere: error)
            }
            // Another lesson drops this lesson's run: when it has got somewhere, ask first (as
            // `lesson end` does); the progress in this lesson is kept either way.
            if let current = state.lesson?.lesson.number ?? state.finishedLesson, state.beforeLesson != nil,
                state.week > 0 || state.workspace.runs.count > 1, let confirm = options.confirmDiscard,
                !confirm(
                    .switchLessonQuestion(
                        from: current, to: number, week: state.week, runs: state.workspace.runs.count),
                    state.language)
            {
                emit(.note(.lessonGoesOn(number: current)))
                return
            }
            var fresh: SessionState
            do { fresh = try SessionState(scenario: Scenario(), seeds: state.seeds) } catch {
                throw Diagnostic(.model(error), at: n.range)
            }
            do {
                _ = try Session.run(
                    script: lesson.setupSource, fileName: lesson.fileName, state: &fresh, options: options,
                    files: files, emit: { _, _ in }, interrupted: interrupted)
            } catch { throw Diagnostic(elsewhere: error) }
            // `lesson N part K`: replay the earlier parts' commands (the reference solution), so the
            // scenario is where part K expects it. Files are not written on the way.
            var start = 0
            var replayed = 0
            if let partNumber {
                start = try Values.integer(.number(partNumber), "part", in: 1...999) - 1
                guard start < lesson.parts.count else {
                    throw Diagnostic(.noSuchPart(lesson: number, parts: lesson.parts.count), at: partNumber.range)
                }
                let commands = lesson.parts[..<start].flatMap(\.tries).filter { t in
                    let verb = t.split(separator: " ").first.map(String.init) ?? ""
                    return !["save", "export", "load"].contains(verb)
                }
                do {
                    _ = try Session.run(
                        script: commands.joined(separator: "\n"),
                        fileName: "\(lesson.fileName) (parts before \(start + 1))",
                        state: &fresh, options: options, files: files, emit: { _, _ in }, interrupted: interrupted)
                } catch { throw Diagnostic(elsewhere: error) }
                replayed = commands.count
            }
            let earlier = progressStore?.status(number)
            var progress = LessonProgress(lesson: lesson, part: start)
            // Back at the part she left with a prediction given: it is kept, not asked again.
            let kept = lesson.parts[start].prediction == nil ? nil : progressStore?.answer(number, part: start + 1)
            progress.answer = kept
            progress.needsItsCommand = lesson.parts[start].checksPass(in: fresh.model)
            fresh.lesson = progress
            fresh.beforeLesson = state.beforeLesson ?? SavedState(state)
            fresh.loadDepth = state.loadDepth
            fresh.language = state.language
            state = fresh
            emit(.note(.lessonStarted(number: number, title: lesson.title, parts: lesson.parts.count)))
            if partNumber != nil {
                emit(.note(.lessonJumped(part: start + 1, commands: replayed)))
            } else if case .inProgress(let part, _) = earlier, part > 1 {
                emit(.note(.lessonLeftAt(number: number, part: part)))
            }
            recordProgress()
            showPart()
            if let kept { emit(.note(.predictionKept(kept))) }
        case .next:
            guard state.lesson != nil else { throw noLesson() }
            advanceLesson(passed: false)
        case .hint:
            guard let p = state.lesson else { throw noLesson() }
            let part = p.lesson.parts[p.part]
            let hints = part.checks.compactMap(\.hint)
            emit(.note(hints.isEmpty ? .lessonTry(part.tries) : .lessonHints(hints)))
        case .answer(let text):
            guard var p = state.lesson else { throw noLesson() }
            guard p.lesson.parts[p.part].prediction != nil else {
                emit(.note(.noPredictionInPart))
                return
            }
            let replaced = p.answer != nil
            p.answer = text
            state.lesson = p
            recordProgress()
            emit(.note(.predictionNoted(text, replaced: replaced)))
        case .end:
            guard state.lesson != nil || state.beforeLesson != nil else { throw noLesson() }
            // The lesson's run is dropped: when it has got somewhere, ask first (as `clear` does),
            // and say what goes and what stays.
            let number = state.lesson?.lesson.number ?? state.finishedLesson
            let week = state.week
            let runs = state.workspace.runs.count
            if let number, state.beforeLesson != nil, week > 0 || runs > 1 {
                if let confirm = options.confirmDiscard,
                    !confirm(.endLessonQuestion(number: number, week: week, runs: runs), state.language)
                {
                    emit(.note(.lessonGoesOn(number: number)))
                    return
                }
                let parts = state.lesson?.lesson.parts.count ?? 0
                emit(
                    .note(
                        .lessonRunDropped(
                            number: number, week: week, runs: runs, part: state.lesson.map { $0.part + 1 },
                            parts: parts)))
            }
            if let saved = state.beforeLesson {
                let language = state.language
                state = saved.state
                state.language = language
                emit(.note(.lessonEnded(backAtWeek: state.week)))
            } else {
                state.lesson = nil
                state.finishedLesson = nil
                emit(.note(.lessonEnded(backAtWeek: nil)))
            }
        }
    }

    /// The store of lesson progress, when the session keeps one.
    var progressStore: LessonProgressStore? { options.progressFile.map(LessonProgressStore.init(url:)) }

    /// Saves where the student is in the current lesson (or that she finished `completed`).
    func recordProgress(completed: Lesson? = nil) {
        guard let store = progressStore else { return }
        if let completed {
            store.record(completed.number, part: completed.parts.count, parts: completed.parts.count, done: true)
        } else if let p = state.lesson {
            store.record(p.lesson.number, part: p.part + 1, parts: p.lesson.parts.count, done: false, answer: p.answer)
        }
    }

    private func noLesson() -> Diagnostic {
        Diagnostic(.noLessonRunning, at: statementRange, hint: .typeLessonOneToStart)
    }

    /// Prints the current part: its text, the prediction question and the command to try.
    func showPart() {
        guard let p = state.lesson else { return }
        let part = p.lesson.parts[p.part]
        emit(
            .lessonPart(
                LessonPartView(
                    lesson: p.lesson.number, part: p.part + 1, parts: p.lesson.parts.count,
                    title: part.title, paragraphs: part.paragraphs, prediction: part.prediction,
                    tries: part.tries)))
    }

    /// True when every check of the current part holds.
    func currentPartPasses() -> Bool {
        guard let p = state.lesson else { return false }
        return p.lesson.parts[p.part].checksPass(in: state.model)
    }

    /// Moves to the next part (or finishes the lesson).
    mutating func advanceLesson(passed: Bool) {
        guard var p = state.lesson else { return }
        if passed { emit(.note(.partDone)) }
        let done = p.lesson.parts[p.part]
        if passed, done.prediction != nil {
            emit(.note(.predictionResult(answer: p.answer, result: done.reveal.flatMap(revealed))))
            if let why = done.because { emit(.note(.predictionBecause(why))) }
        }
        p.part += 1
        p.typedVerbs = [:]
        p.answer = nil
        p.attempts = 0
        if p.part >= p.lesson.parts.count {
            state.lesson = nil
            state.finishedLesson = p.lesson.number
            recordProgress(completed: p.lesson)
            emit(.note(.lessonComplete(p.lesson.number)))
        } else {
            p.typedItsCommand = false
            p.needsItsCommand = p.lesson.parts[p.part].checksPass(in: state.model)
            state.lesson = p
            recordProgress()
            showPart()
        }
    }

    /// `shed.retention = 0.38 in care (main: 0.22 at week 56)`: a part's reveal field in the current
    /// run, next to its value in the other runs (the parent first, at most three); nil if it cannot
    /// be read.
    func revealed(_ ref: FieldRef) -> String? {
        func value(in model: Model, week: Int? = nil) -> (name: String, text: String)? {
            guard let field = try? Fields.model(ref, in: model, week: week) else { return nil }
            switch field.read(0) {
            case .number(let x):
                return (field.name, x == x.rounded() && abs(x) < 1e9 ? String(Int(x)) : Format.fixed(x))
            case .word(let w): return (field.name, w)
            }
        }
        let run = state.workspace.run
        guard let here = value(in: run.model) else { return nil }
        var text = "\(here.name) = \(here.text)"
        // The other runs (twins), the parent first, at this run's week when they have reached it
        // (else at their own), so a prediction about a difference can be read against both.
        let others = state.workspace.runs.indices.filter { $0 != state.workspace.current }
            .sorted { a, b in
                (state.workspace.runs[a].name == run.parent ? 0 : 1, a) < (
                    state.workspace.runs[b].name == run.parent ? 0 : 1, b
                )
            }
            .prefix(3)
            .compactMap { k -> String? in
                let other = state.workspace.runs[k]
                let week = min(state.week, other.model.week)
                guard let there = value(in: other.model, week: week) else { return nil }
                return state.language == .zh
                    ? "\(other.name) 为 \(there.text)，第 \(week) 周"
                    : "\(other.name): \(there.text) at week \(week)"
            }
        if others.isEmpty {
            text += state.language == .zh ? "（\(run.name)，第 \(state.week) 周）" : " (\(run.name), week \(state.week))"
        } else {
            text +=
                state.language == .zh
                ? "（\(run.name)；" + others.joined(separator: "；") + "）"
                : " in \(run.name) (" + others.joined(separator: "; ") + ")"
        }
        return text
    }

    /// Called after each successful command while a lesson runs: advance when the part's checks hold
    /// and the student has typed the kind of command the part asks for (so a part that only looks
    /// at something waits for the look); otherwise, if she typed the suggested command, show the hint.
    mutating func followLesson(after command: Command) {
        guard var p = state.lesson else { return }
        if case .lesson = command { return }
        // Any Unicode space separates the first word, as the lexer reads it: a Chinese input
        // method's full-width space (`help　step`) too.
        let part = p.lesson.parts[p.part]
        if let verb = sourceLine.split(whereSeparator: \.isWhitespace).first.map(String.init) {
            // A file the part names must be the one written: `save "mine.coprod"` does not do a part
            // that asks for `save "first-steps.coprod"` (the state cannot tell them apart).
            if let asked = part.file(of: verb), let typed = Self.fileName(in: sourceLine),
                files.url(typed).standardizedFileURL != files.url(asked).standardizedFileURL
            {
                emit(.note(.notYetOtherFile(command: verb, asked: asked, typed: typed)))
                state.lesson = p
                return
            }
            p.typedVerbs[Lesson.Part.kind(of: verb), default: 0] += 1
        }
        if part.isOneOfItsCommands(sourceLine) { p.typedItsCommand = true }
        state.lesson = p
        guard !part.checks.isEmpty else { return }
        // Every command the part asks for must have been typed, by first word and as often as its try
        // lines ask (so a part that runs and then compares waits for the compare), and its checks
        // must hold.
        // Where the state cannot tell (the checks held as the part began), one of the part's own
        // commands must have been typed: `count residents where trust > 80` does not do a part that
        // asks for `count residents where shed.active = 1 by tenure`.
        let typedEnough = part.verbCounts.allSatisfy { verb, n in p.typedVerbs[verb, default: 0] >= n }
        let didTheTask = typedEnough && (!p.needsItsCommand || p.typedItsCommand)
        if didTheTask && currentPartPasses() {
            advanceLesson(passed: true)
            return
        }
        // A wrong attempt: a command of the part's kind once every kind it asks for has been typed,
        // and the part is still not done (its checks fail, or it waits for its own command). A hint after each of the first two, the answer after three.
        let verb = sourceLine.trimmingWhitespace.split(separator: " ").first.map(String.init) ?? ""
        guard typedEnough, part.verbs.contains(Lesson.Part.kind(of: verb)) else { return }
        p.attempts += 1
        state.lesson = p
        if p.attempts >= 3 {
            // The answer is the part's commands from where the part begins; when the attempts have
            // moved the scenario off that path (a check fails), say how to start the part again.
            if part.failingCheck(in: state.model) != nil {
                emit(.note(.lessonAnswerFromStart(part.tries, lesson: p.lesson.number, part: p.part + 1)))
            } else {
                emit(.note(.lessonAnswer(part.tries)))
            }
        } else if let failing = part.failingCheck(in: state.model) {
            // Which check fails, and what it reads now (`week = 104`, `week 2000`), with the hint.
            emit(
                .note(
                    .notYetBecause(
                        condition: failing.condition, values: failing.values, hint: part.checks.compactMap(\.hint).first
                    )))
        } else if let hint = part.checks.compactMap(\.hint).first {
            emit(.note(.notYet(hint)))
        }
    }

    /// The first quoted text of a command line (the file of `save "x.coprod" force`), if any.
    static func fileName(in line: String) -> String? {
        var lexer = Lexer(line, lineNumber: 1)
        while let token = try? lexer.next() {
            if case .string(let s) = token.kind { return s }
        }
        return nil
    }
}
