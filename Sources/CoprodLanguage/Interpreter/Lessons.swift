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
        /// The results shown next to the student's answer once the part is done: each field's value
        /// (or, with `by`, its share by group), so that a question in two parts gets both.
        var reveal: [Reveal] = []
        /// One sentence on why the result came out as it did (`because`).
        var because: Bilingual?
        var tries: [String] = []
        var checks: [Check] = []
    }

    var number: Int
    var title: Bilingual
    var fileName: String
    /// The facilities the lesson's scenario has: those its setup declares, then those its `try`
    /// lines add or rename to. Its numbers assume these and no others.
    var facilities: [String] = []
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
        var facilities: [String] = []
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
                if case .facility(let name, _) = statement.command, !facilities.contains(name.name) {
                    facilities.append(name.name)
                }
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
        for t in parts.flatMap(\.tries) {
            switch (try? Parser.parseLine(t, lineNumber: 1))?.command {
            case .facility(let name, _)?, .renameFacility(_, let name)?:
                if !facilities.contains(name.name) { facilities.append(name.name) }
            default: break
            }
        }
        return Lesson(
            number: number, title: title, fileName: fileName, facilities: facilities,
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
    /// The interventions each run had when the part began, by run: those a run has that its own (or,
    /// for a twin forked during the part, its parent's) did not are the part's, and must be the ones
    /// its `intervene` lines ask for (``Lesson/Part/interventionMismatch(_:)``). Compared by what
    /// they are, not by number: a number freed by `remove intervention` is given again.
    var startInterventions: [String: [Intervention]] = [:]

    /// The interventions of `run` added since the part began.
    func addedInterventions(in run: Run) -> [Intervention] {
        let before = startInterventions[run.name] ?? run.parent.flatMap { startInterventions[$0] } ?? []
        func same(_ a: Intervention, _ b: Intervention) -> Bool {
            a.kind == b.kind && a.target == b.target && a.strength == b.strength && a.start == b.start && a.end == b.end
        }
        return run.model.scenario.interventions.filter { iv in !before.contains { same($0, iv) } }
    }
    /// How many commands of each kind the part ends with (its looks: `rate`, `typology` after the
    /// run) were typed while the run was where the part asks for (``Lesson/Part/trailingLooks``).
    var lookedAfter: [String: Int] = [:]
    /// Which of the part's `try` lines have been typed, token for token.
    var typedTries: Set<Int> = []
    /// The week the part began at, and whether the run's week has been another since: a part whose
    /// commands set something up and then run to a week cannot be put right from where it ended.
    var startWeek = 0
    var weekMoved = false
    /// The commands typed during this part, in order, as typed (those that ran; not `lang`, `hints`
    /// or `quit`): kept with the progress, so that a student who comes back to the part finds them
    /// done (``Interpreter/resumeTyped(_:in:)``). At most ``typedLimit`` commands of at most
    /// ``typedLineLimit`` bytes are kept; `typedNotKept` counts the others.
    var typed: [String] = []
    var typedNotKept = 0
    static let typedLimit = 200
    static let typedLineLimit = 4096

    /// Starts `part` (0-based) of the lesson at `week`: nothing typed yet.
    mutating func begin(part: Int, at week: Int, interventions: [String: [Intervention]] = [:]) {
        self.part = part
        typedVerbs = [:]
        answer = nil
        attempts = 0
        startInterventions = interventions
        lookedAfter = [:]
        typedTries = []
        typedItsCommand = false
        startWeek = week
        weekMoved = false
        typed = []
        typedNotKept = 0
    }
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
    func failingCheck(in model: Model) -> (condition: String, values: [String], week: Int?)? {
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
        return (String(characters[from..<to]), values, Self.weekAskedFor(by: e))
    }

    /// The week `e` asks for when it is `week = W` (either way round), else nil.
    static func weekAskedFor(by e: Expression) -> Int? {
        guard case .comparison(let l, .equal, let r, _) = e else { return nil }
        func isWeek(_ x: Expression) -> Bool {
            if case .field(let f) = x { return f.qualifier == nil && f.name.name == "week" }
            return false
        }
        func week(_ x: Expression) -> Int? {
            guard case .number(let n) = x, n.value >= 0, n.value <= Double(Limits.maxWeek), n.value == n.value.rounded()
            else { return nil }
            return Int(n.value)
        }
        if isWeek(l) { return week(r) }
        if isWeek(r) { return week(l) }
        return nil
    }

    /// True when a check of the part asks for a week (`week = 52`, alone or in an `and`).
    var asksForAWeek: Bool {
        func asks(_ e: Expression) -> Bool {
            if case .and(let l, let r) = e { return asks(l) || asks(r) }
            return Self.weekAskedFor(by: e) != nil
        }
        return checks.contains { asks($0.condition) }
    }

    /// The command that takes the run from week `now` to the later week `week`, in the part's own
    /// words: `step 5` for a part that steps (`step 10`), `run 5` for one that runs (or has no such
    /// command), `goto 52` for one that goes to a week.
    func forward(from now: Int, to week: Int) -> String {
        let verb =
            tries.last { t in
                let words = t.split(separator: " ")
                return words.count == 2 && ["run", "step", "goto"].contains(String(words[0])) && Int(words[1]) != nil
            }?.split(separator: " ").first.map(String.init) ?? "run"
        return verb == "goto" ? "goto \(week)" : "\(verb) \(week - now)"
    }

    /// The commands a part asks for, by first word.
    var verbs: Set<String> { Set(verbCounts.keys) }

    /// The commands that only look at the run (or write it to a file) and change nothing in it.
    static let lookingVerbs: Set<String> = [
        "show", "help", "count", "rate", "mean", "hist", "explain", "typology", "compare", "plot", "runs", "save",
        "export",
    ]

    /// The looks a part ends with, after its last command that changes the run (`rate shed.joined`
    /// after `run 52`), by kind and how many: each must be typed once the run is where the part asks
    /// for, so that the result comes after the look the task asks for, not before it.
    var trailingLooks: [String: Int] {
        var counts: [String: Int] = [:]
        for t in tries.reversed() {
            guard let verb = t.split(separator: " ").first.map(String.init), Self.lookingVerbs.contains(verb) else {
                break
            }
            counts[Self.kind(of: verb), default: 0] += 1
        }
        return counts
    }

    /// The trailing looks of the part not yet typed at the right moment, as its `try` lines give them.
    func looksLeft(_ lookedAfter: [String: Int]) -> [String] {
        var left = trailingLooks.mapValues { n in n }
        for (kind, n) in lookedAfter { left[kind, default: 0] -= n }
        var out: [String] = []
        for t in tries {
            guard let verb = t.split(separator: " ").first.map(String.init), trailingLooks[Self.kind(of: verb)] != nil,
                let n = left[Self.kind(of: verb)], n > 0
            else { continue }
            if !out.contains(t) { out.append(t) }
        }
        return out
    }

    /// The interventions the part's `intervene` lines add: kind and target (nil for every facility).
    var askedInterventions: [(kind: InterventionKind, target: String?, line: String)] {
        tries.compactMap { t in
            guard case .intervene(let kind, let target, _)? = (try? Parser.parseLine(t, lineNumber: 1))?.command,
                let k = InterventionKind(rawValue: Terms.aliases[kind.name] ?? kind.name)
            else { return nil }
            return (k, target.flatMap { $0.name == "all" ? nil : $0.name }, t)
        }
    }

    /// When the interventions added during the part (`added`) are not the ones its `intervene` lines
    /// ask for: the first one asked for that the run lacks or has differently, and the first added
    /// one that is not asked for (nil when every added one is); nil when they match, or when the
    /// part asks for none.
    func interventionMismatch(_ added: [Intervention]) -> (
        asked: (kind: InterventionKind, target: String?, line: String), found: Intervention?
    )? {
        let asked = askedInterventions
        guard !asked.isEmpty else { return nil }
        var missing = asked
        var extra: Intervention?
        for iv in added {
            if let k = missing.firstIndex(where: { $0.kind == iv.kind && $0.target == iv.target }) {
                missing.remove(at: k)
            } else if extra == nil {
                extra = iv
            }
        }
        guard extra != nil || !missing.isEmpty else { return nil }
        // Name what was asked for in place of the extra one: of the same kind if there is one.
        let wanted = missing.first { $0.kind == extra?.kind } ?? missing.first ?? asked[0]
        return (wanted, extra)
    }

    /// The index of the `try` line `line` is, token for token (``isOneOfItsCommands(_:)``), if any.
    func tryIndex(of line: String) -> Int? {
        tries.indices.first { isOneOfItsCommands(line, only: $0) }
    }

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
    func isOneOfItsCommands(_ line: String, only index: Int? = nil) -> Bool {
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
        let candidates = index.map { [tries[$0]] } ?? tries
        return !typed.isEmpty && candidates.contains { tokens($0) == typed }
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
            // `lesson N` inside lesson N: the part in progress is where she is; it is shown again, and
            // nothing typed in it is lost (starting over is `lesson N part 1`).
            if partNumber == nil, let p = state.lesson, p.lesson.number == number {
                emit(.note(.lessonAlreadyAt(number: number, part: p.part + 1)))
                showPart()
                return
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
            // scenario is where part K expects it. Files are not written on the way. `lesson N` from
            // outside the lesson goes back to the part in progress the same way.
            let earlier = progressStore?.status(number)
            var start = 0
            var replayed = 0
            var resumedAt: Int?
            if partNumber == nil, state.lesson?.lesson.number != number, case .inProgress(let part, _) = earlier,
                part > 1, part <= lesson.parts.count
            {
                resumedAt = part
                start = part - 1
            }
            if let partNumber {
                start = try Values.integer(.number(partNumber), "part", in: 1...999) - 1
                guard start < lesson.parts.count else {
                    throw Diagnostic(.noSuchPart(lesson: number, parts: lesson.parts.count), at: partNumber.range)
                }
            }
            if start > 0 {
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
            var progress = LessonProgress(lesson: lesson, part: start)
            progress.begin(part: start, at: fresh.week, interventions: fresh.workspace.interventionsByRun)
            // Back at the part she left with a prediction given: it is kept, not asked again.
            let kept = lesson.parts[start].prediction == nil ? nil : progressStore?.answer(number, part: start + 1)
            progress.answer = kept
            progress.needsItsCommand = lesson.parts[start].checksPass(in: fresh.model)
            fresh.lesson = progress
            fresh.beforeLesson = state.beforeLesson ?? SavedState(state)
            fresh.loadDepth = state.loadDepth
            fresh.language = state.language
            // Back at the part she left (not starting it again from inside the lesson): the commands
            // she had typed in it are typed again, so the part does not silently ask for them anew.
            // Starting the part again from inside the lesson drops them, and says so.
            var resumed: (replayed: [String], skipped: [String], notKept: Int)?
            var notResumed: [String]?
            let dropped =
                state.lesson.map {
                    $0.lesson.number == number && $0.part == start ? $0.typed.count + $0.typedNotKept : 0
                }
                ?? 0
            if state.lesson?.lesson.number != number, let left = progressStore?.typed(number, part: start + 1),
                !left.commands.isEmpty || left.notKept > 0
            {
                if let done = resumeTyped(left.commands, in: &fresh) {
                    resumed = (done.replayed, done.skipped, left.notKept)
                } else {
                    notResumed = left.commands
                }
            }
            state = fresh
            emit(.note(.lessonStarted(number: number, title: lesson.title, parts: lesson.parts.count)))
            if let resumedAt {
                emit(.note(.lessonResumed(number: number, part: resumedAt, commands: replayed)))
            } else if partNumber != nil {
                emit(.note(.lessonJumped(part: start + 1, commands: replayed)))
            }
            if dropped > 0 { emit(.note(.lessonPartAfresh(part: start + 1, dropped: dropped))) }
            recordProgress()
            showPart()
            if let kept { emit(.note(.predictionKept(kept))) }
            if let resumed {
                emit(
                    .note(
                        .lessonTypedReplayed(
                            resumed.replayed, skipped: resumed.skipped, notKept: resumed.notKept, lesson: number,
                            part: start + 1)))
            } else if let notResumed {
                emit(.note(.lessonTypedNotReplayed(notResumed)))
            }
        case .next:
            guard state.lesson != nil else { throw noLesson() }
            advanceLesson(passed: false)
        case .hint:
            guard let p = state.lesson else { throw noLesson() }
            let part = p.lesson.parts[p.part]
            let hints = part.checks.compactMap(\.hint)
            emit(.note(hints.isEmpty ? .lessonTry(part.tries) : .lessonHints(hints)))
            // The hint repeats the part's commands; once the run has moved, where it is against the
            // week the part asks for is what helps (`run 104` typed for `run 84`: past week 104).
            if p.weekMoved, let failing = part.failingCheck(in: state.model), let week = failing.week {
                if state.week < week {
                    emit(
                        .note(
                            .notYetWeeksLeft(
                                condition: failing.condition, values: failing.values,
                                command: part.forward(from: state.week, to: week))))
                } else {
                    emit(
                        .note(
                            .notYetWeekPassed(
                                condition: failing.condition, values: failing.values, week: week,
                                startAgain: LessonPartRef(lesson: p.lesson.number, part: p.part + 1))))
                }
            }
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

    /// Saves where the student is in the current lesson, with her prediction and the commands she
    /// has typed in the part (or that she finished `completed`).
    func recordProgress(completed: Lesson? = nil) {
        guard let store = progressStore else { return }
        if let completed {
            store.record(completed.number, part: completed.parts.count, parts: completed.parts.count, done: true)
        } else if let p = state.lesson {
            store.record(
                p.lesson.number, part: p.part + 1, parts: p.lesson.parts.count, done: false, answer: p.answer,
                typed: p.typed, notKept: p.typedNotKept)
        }
    }

    /// Types `commands` again on `state`, whose lesson is at the part they were typed in (in an earlier
    /// session), with the lesson following each as it did then, so the run and the part's count of
    /// typed commands are as she left them. Commands that write or read files (`save`, `export`,
    /// `load`, `sweep`) are not typed again: files are not written on the way. Nil when a command
    /// fails or Ctrl-C stops one; `state` is then as it was.
    func resumeTyped(_ commands: [String], in state: inout SessionState) -> (replayed: [String], skipped: [String])? {
        var quiet = options
        quiet.confirmDiscard = nil
        quiet.confirmOverwrite = nil
        var next = state
        var replayed: [String] = []
        var skipped: [String] = []
        for line in commands {
            let verb = line.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
            if verb == "sweep" || CommandRegistry.definition(named: verb)?.usesFiles == true {
                skipped.append(line)
                continue
            }
            do {
                let outcome = try Session.execute(
                    line: line, lineNumber: 1, fileName: "<repl>", state: &next, options: quiet, files: files,
                    followLesson: true, emit: { _, _ in }, interrupted: interrupted)
                guard outcome == .continue, !interrupted() else { return nil }
            } catch { return nil }
            replayed.append(line)
        }
        state = next
        return (replayed, skipped)
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
            emit(.note(.predictionResult(answer: p.answer, result: revealed(done.reveal))))
            if let why = done.because { emit(.note(.predictionBecause(filled(why)))) }
        }
        p.begin(part: p.part + 1, at: state.week, interventions: state.workspace.interventionsByRun)
        if p.part >= p.lesson.parts.count {
            state.lesson = nil
            state.finishedLesson = p.lesson.number
            recordProgress(completed: p.lesson)
            emit(.note(.lessonComplete(p.lesson.number)))
        } else {
            p.needsItsCommand = p.lesson.parts[p.part].checksPass(in: state.model)
            state.lesson = p
            recordProgress()
            showPart()
        }
    }

    /// A part's results, each as ``revealed(_:run:)`` gives it, joined; the week once at the end when
    /// there are no related twins (`shed.autonomy = 0.59; shed.entries = 139 (week 104)`).
    /// Nil when none can be read.
    func revealed(_ items: [Reveal]) -> String? {
        let zh = state.language == .zh
        // A result that is the week itself needs no "(week 13)" after it.
        let alone = relatedRuns().isEmpty && !items.allSatisfy { $0.by == nil && $0.field.name.name == "week" }
        let texts = items.compactMap { item in
            item.by.map { revealedShares(item.field, by: $0) } ?? revealed(item.field, run: !alone)
        }
        guard !texts.isEmpty else { return nil }
        let run = state.workspace.run
        return texts.joined(separator: zh ? "；" : "; ")
            + (alone ? (zh ? "（第 \(state.week) 周）" : " (week \(state.week))") : "")
    }

    /// The runs a result is read against: the current run's parent, then the twins forked from it
    /// (at most three in all). Runs of an earlier part that neither are (a `council` twin when the
    /// student is now comparing `main` and `nobudget`) are left out, as is the run name when there
    /// are none: a student who has not forked has only ever seen one run.
    func relatedRuns() -> [Int] {
        let runs = state.workspace.runs
        let run = state.workspace.run
        let parent = runs.indices.filter { $0 != state.workspace.current && runs[$0].name == run.parent }
        let children = runs.indices.filter { $0 != state.workspace.current && runs[$0].parent == run.name }
        return Array((parent + children).prefix(3))
    }

    /// `shed.joined by age: young 0.30, middle 0.31, older 0.33`: the share of residents for whom a
    /// resident field holds in each group, in the current run (what `rate FIELD by GROUP` gives).
    func revealedShares(_ field: FieldRef, by group: FieldRef) -> String? {
        final class Box { var result: QueryResult? }
        let box = Box()
        let sub = Interpreter(
            state: state, options: options,
            sink: { out, _ in if case .query(let q) = out { box.result = q } }, interrupted: interrupted,
            sourceLine: "", fileName: fileName, statementRange: statementRange, files: files)
        try? sub.rate(.field(field), where: nil, by: [group])
        guard let q = box.result, !q.groups.isEmpty else { return nil }
        let zh = state.language == .zh
        let words = Words(language: state.language)
        let shares = q.groups.map { g -> String in
            let value: String
            switch g.value {
            // Three decimals, as `rate` shows them.
            case .rate(let hits, let n): value = n == 0 ? "–" : Format.fixed(Double(hits) / Double(n), 3)
            case .count(let n): value = String(n)
            case .mean(let m, _, _): value = Format.fixed(m)
            }
            let key = g.key.components(separatedBy: " · ").map { words.category($0) }.joined(separator: " · ")
            return "\(key) \(value)"
        }
        let name = ExpressionPrinter.text(.field(field))
        let by = ExpressionPrinter.text(.field(group))
        guard zh else { return "\(name) by \(by): " + shares.joined(separator: ", ") }
        // In Chinese by their Chinese names, the field as typed once (`shed 曾参与（shed.joined）按年龄：…`).
        func key(_ ref: FieldRef) -> String {
            (ref.qualifier == nil ? "resident." : "residentFacility.") + ref.name.name
        }
        let nameZh = Terms.chineseName(ofField: name, key: key(field), code: true) ?? name
        let byZh = Terms.chineseName(ofField: by, key: key(group), code: false) ?? by
        return TextRenderer.before(nameZh, "按\(byZh)：") + shares.joined(separator: "，")
    }

    /// A `because` sentence with each `{FIELD}` in it replaced by the field's value in the current run
    /// (`{shed.autonomy}` → `0.59`), so that a number it quotes is the one on the student's screen.
    func filled(_ text: Bilingual) -> Bilingual {
        func fill(_ s: String) -> String {
            s.replacing(/\{([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)?)\}/) { match in
                let words = match.1.split(separator: ".").map(String.init)
                let range = SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
                let ref = FieldRef(
                    qualifier: words.count == 2 ? Identifier(name: words[0], range: range) : nil,
                    name: Identifier(name: words[words.count - 1], range: range))
                guard let field = try? Fields.model(ref, in: state.model) else { return String(match.0) }
                switch field.read(0) {
                case .number(let x): return x == x.rounded() && abs(x) < 1e9 ? String(Int(x)) : Format.fixed(x)
                case .word(let w): return state.language == .zh ? Words(language: .zh).category(w) : w
                }
            }
        }
        return Bilingual(en: fill(text.en), zh: fill(text.zh))
    }

    /// `shed.retention = 0.38 in care at week 56 (main: 0.22)`: a part's reveal field in the current
    /// run, next to its value in the related runs (``relatedRuns()``), or with the week alone when
    /// `run` (else without); nil if it cannot be read.
    func revealed(_ ref: FieldRef, run showRun: Bool = true) -> String? {
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
        // In Chinese the field by its Chinese name, with the field as typed once (`shed 知晓人数（shed.aware）为 1`).
        let zh = state.language == .zh
        let words = Words(language: state.language)
        let name = Terms.chineseName(ofField: here.name, key: Terms.modelMetricKey(ofField: here.name), code: true)
        var text =
            zh
            ? TextRenderer.before(name ?? here.name, "为 \(words.phaseWord(words.category(here.text)))")
            : "\(here.name) = \(here.text)"
        // The largest gap names the two groups it lies between (`between owners 0.06 and renters 0.16`).
        let community = run.model.outcomes.community
        if here.name == "largestGap", let pair = community.largestGapBetween {
            text +=
                (zh ? "，" : ", ") + words.gapBetween(pair, in: community)
        }
        // The other runs (twins), the parent first, at this run's week when they have reached it
        // (else at their own), so a prediction about a difference can be read against both.
        // Their week is named only where it is not this run's (a twin that has not got so far).
        let others = relatedRuns()
            .compactMap { k -> String? in
                let other = state.workspace.runs[k]
                let week = min(state.week, other.model.week)
                guard let there = value(in: other.model, week: week) else { return nil }
                let value = words.phaseWord(words.category(there.text))
                if week == state.week { return zh ? "\(other.name) 为 \(value)" : "\(other.name): \(there.text)" }
                return zh ? "\(other.name) 为 \(value)，第 \(week) 周" : "\(other.name): \(there.text) at week \(week)"
            }
        if others.isEmpty {
            if showRun, here.name != "week" {
                text += zh ? "（第 \(state.week) 周）" : " (week \(state.week))"
            }
        } else {
            text +=
                zh
                ? "（\(run.name)，第 \(state.week) 周；" + others.joined(separator: "；") + "）"
                : " in \(run.name) at week \(state.week) (" + others.joined(separator: "; ") + ")"
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
            // that asks for `save "first-steps.coprod"` (the state cannot tell them apart). A name
            // without a folder may be written in any folder (`save "/tmp/me/study.coprod"`): a
            // student may not be allowed to write where coprod was started.
            if let asked = part.file(of: verb), let typed = Self.fileName(in: sourceLine),
                !Self.sameFile(files.url(typed), asked: asked, at: files.url(asked))
            {
                emit(.note(.notYetOtherFile(command: verb, asked: asked, typed: typed)))
                state.lesson = p
                return
            }
            p.typedVerbs[Lesson.Part.kind(of: verb), default: 0] += 1
            // Kept with the progress (a student who quits and comes back finds them typed); not the
            // commands that only set up the session itself.
            if !["lang", "hints", "quit", "exit"].contains(verb) {
                let line = sourceLine.trimmingWhitespace
                if p.typed.count < LessonProgress.typedLimit, line.utf8.count <= LessonProgress.typedLineLimit {
                    p.typed.append(line)
                } else {
                    p.typedNotKept += 1
                }
            }
        }
        let tryTyped = part.tryIndex(of: sourceLine)
        if let tryTyped {
            p.typedItsCommand = true
            p.typedTries.insert(tryTyped)
        }
        if state.week != p.startWeek { p.weekMoved = true }
        // The interventions added during the part must be those its `intervene` lines ask for, kind
        // and target: role-shift on the shed does not do a part that asks for role-shift on all.
        let mismatch = part.interventionMismatch(p.addedInterventions(in: state.workspace.run))
        let others = facilitiesNotInLesson(p.lesson)
        // The run is where the part asks for: its checks hold, with the lesson's facilities and the
        // part's interventions.
        let runIsRight = !part.checks.isEmpty && others.names.isEmpty && mismatch == nil && currentPartPasses()
        // A look the part ends with counts once the run is there (`rate` after the `run 52`).
        let kindNow = Lesson.Part.kind(of: command.word)
        let looksBefore = p.lookedAfter
        // ... and once every command of the part that changes the run has been typed: `explain 1 on
        // shed` before `resident 1 efficacy 0.95` shows her old numbers, not the new ones.
        let changesTyped = part.verbCounts.allSatisfy { verb, n in
            Lesson.Part.lookingVerbs.contains(verb) || p.typedVerbs[verb, default: 0] >= n
        }
        if runIsRight, changesTyped, part.trailingLooks[kindNow] != nil { p.lookedAfter[kindNow, default: 0] += 1 }
        state.lesson = p
        recordProgress()
        guard !part.checks.isEmpty else { return }
        // Every command the part asks for must have been typed, by first word and as often as its try
        // lines ask (so a part that runs and then compares waits for the compare), and its checks
        // must hold.
        // Where the state cannot tell (the checks held as the part began), one of the part's own
        // commands must have been typed: `count residents where trust > 80` does not do a part that
        // asks for `count residents where shed.active = 1 by tenure`.
        let typedEnough = part.verbCounts.allSatisfy { verb, n in p.typedVerbs[verb, default: 0] >= n }
        let looksLeft = part.looksLeft(p.lookedAfter)
        let didTheTask = typedEnough && (!p.needsItsCommand || p.typedItsCommand) && looksLeft.isEmpty
        // A facility the lesson does not have (`facility 车棚 …` for the shed) changes its numbers:
        // no part is done while the run has one.
        if didTheTask && runIsRight {
            advanceLesson(passed: true)
            return
        }
        let (lesson, partNumber) = (p.lesson.number, p.part + 1)
        // An intervention other than the one asked for: said at once, with the way back.
        if case .intervene = command, let mismatch, let found = mismatch.found {
            emit(
                .note(
                    .notYetOtherIntervention(
                        askedKind: mismatch.asked.kind, askedTarget: mismatch.asked.target,
                        command: mismatch.asked.line, kind: found.kind,
                        target: found.target, id: found.id,
                        startAgain: found.start < state.week ? LessonPartRef(lesson: lesson, part: partNumber) : nil)))
            return
        }
        // The run is there, but the look the part ends with came before it (or not yet): say which
        // to type now, unless she is typing the part's commands in order (the next is the look).
        // More of a look's kind typed than the part asks for before the run (`typology`, `run 104`,
        // `typology` asks for one) and than have counted after it: one came too early.
        let lookedTooEarly = part.trailingLooks.contains { kind, trailing in
            p.typedVerbs[kind, default: 0] - looksBefore[kind, default: 0] > part.verbCounts[kind, default: 0]
                - trailing
        }
        if runIsRight, changesTyped, !looksLeft.isEmpty, !Lesson.Part.lookingVerbs.contains(command.word),
            tryTyped == nil || lookedTooEarly
        {
            emit(.note(.notYetLookNow(looksLeft)))
            return
        }
        // A wrong attempt: a command of the part's kind once every kind it asks for has been typed,
        // and the part is still not done (its checks fail, or it waits for its own command). A hint after each of the first two, the answer after three.
        let verb = sourceLine.trimmingWhitespace.split(separator: " ").first.map(String.init) ?? ""
        guard typedEnough, part.verbs.contains(Lesson.Part.kind(of: verb)) else { return }
        p.attempts += 1
        state.lesson = p
        let failing = part.failingCheck(in: state.model)
        if p.attempts >= 3 {
            // The answer is the part's commands from where the part begins; when the attempts have
            // moved the scenario off that path (a check fails), say how to start the part again.
            if failing != nil || !others.names.isEmpty || mismatch != nil {
                emit(.note(.lessonAnswerFromStart(part.tries, lesson: lesson, part: partNumber)))
            } else {
                emit(.note(.lessonAnswer(part.tries)))
            }
            return
        }
        let hint = part.checks.compactMap(\.hint).first
        if let mismatch {
            // The intervention asked for is missing or another is there (the wrong one was said when
            // it was typed): say it again, with the way back from where the run is now.
            emit(
                .note(
                    .notYetOtherIntervention(
                        askedKind: mismatch.asked.kind, askedTarget: mismatch.asked.target,
                        command: mismatch.asked.line, kind: mismatch.found?.kind,
                        target: mismatch.found?.target, id: mismatch.found?.id,
                        startAgain: (mismatch.found.map { $0.start < state.week } ?? p.weekMoved)
                            ? LessonPartRef(lesson: lesson, part: partNumber) : nil)))
        } else if runIsRight, changesTyped, !looksLeft.isEmpty {
            emit(.note(.notYetLookNow(looksLeft)))
        } else if !others.names.isEmpty {
            // Which facility is not the lesson's, and the way back: taking it out is enough while it
            // has not been in a step of the run; after that, the part starts again without it. A
            // failing check is quoted unless it is only the week, which the way back changes anyway.
            let quoted = failing?.week == nil ? failing : nil
            emit(
                .note(
                    .notYetOtherFacilities(
                        condition: quoted?.condition, values: quoted?.values ?? [], others.names,
                        lessonHas: p.lesson.facilities,
                        startAgain: others.stepped ? LessonPartRef(lesson: lesson, part: partNumber) : nil)))
        } else if let failing, let week = failing.week, state.week < week {
            // What is left from here: `step 5` at week 6 of a part that asks for week 11.
            emit(
                .note(
                    .notYetWeeksLeft(
                        condition: failing.condition, values: failing.values,
                        command: part.forward(from: state.week, to: week))))
        } else if let failing, let week = failing.week {
            // Past the week asked for: going on cannot reach it; `goto` goes back to it.
            emit(
                .note(
                    .notYetWeekPassed(
                        condition: failing.condition, values: failing.values, week: week,
                        startAgain: LessonPartRef(lesson: lesson, part: partNumber))))
        } else if let failing, p.weekMoved, part.asksForAWeek {
            // The part sets something up, then runs to a week; from where the run is now, doing the
            // set-up again would not give the part's run: start the part again.
            emit(
                .note(
                    .notYetStartAgain(
                        condition: failing.condition, values: failing.values, from: p.startWeek,
                        part.tries, startAgain: LessonPartRef(lesson: lesson, part: partNumber))))
        } else if let failing, p.typedTries.count == part.tries.count,
            !failing.values.contains(where: { $0.hasPrefix("week ") })
        {
            // Every command of the part has been typed and the check still fails: the run went astray
            // in an earlier part. The hint would only repeat what she typed; starting the part again
            // replays the earlier parts as the lesson wrote them.
            emit(
                .note(
                    .notYetTypedAll(
                        condition: failing.condition, values: failing.values,
                        startAgain: LessonPartRef(lesson: lesson, part: partNumber))))
        } else if let failing {
            // Which check fails, and what it reads now (`week = 104`, `week 2000`), with the hint.
            emit(.note(.notYetBecause(condition: failing.condition, values: failing.values, hint: hint)))
        } else if let hint {
            emit(.note(.notYet(hint)))
        }
    }

    /// The facilities of the current run that are not the lesson's (``Lesson/facilities``): those
    /// it has now, and those it had during a week that was stepped (added, and removed later), by
    /// their names now or when removed; `stepped` when one of them has been in a step of the run
    /// (added before the current week), so that removing it no longer gives the lesson's run.
    func facilitiesNotInLesson(_ lesson: Lesson) -> (names: [String], stepped: Bool) {
        let own = Set(lesson.facilities)
        // Each facility by its name now, with the name it was added under and the week it was added.
        var added: [String: (name: String, week: Int)] = [:]
        for f in state.scenario.facilities { added[f.name] = (f.name, 0) }
        var names: [String] = []
        var stepped = false
        for c in state.changes {
            switch c.change {
            case .facility(let spec) where added[spec.name] == nil:
                added[spec.name] = (spec.name, c.week)
            case .removeFacility(let name):
                if let a = added.removeValue(forKey: name), !own.contains(a.name), a.week < c.week {
                    names.append(name)
                    stepped = true
                }
            case .renameFacility(let from, let to):
                if let a = added.removeValue(forKey: from) { added[to] = a }
            default: break
            }
        }
        for f in state.model.scenario.facilities {
            guard let a = added[f.name], !own.contains(a.name) else { continue }
            names.append(f.name)
            if a.week < state.week { stepped = true }
        }
        return (names, stepped)
    }

    /// True when `typed` is the file a part asks for: the same path, or, when the part gives a bare
    /// name (`study.coprod`), a file of that name in any folder.
    static func sameFile(_ typed: URL, asked: String, at url: URL) -> Bool {
        let typed = typed.standardizedFileURL
        if !asked.contains("/") { return typed.lastPathComponent == (asked as NSString).lastPathComponent }
        return typed == url.standardizedFileURL
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

extension Workspace {
    /// Each run's interventions, by its name.
    var interventionsByRun: [String: [Intervention]] {
        Dictionary(runs.map { ($0.name, $0.model.scenario.interventions) }, uniquingKeysWith: { a, _ in a })
    }
}
