import Testing

@testable import CoprodLanguage

@Suite struct ParserCommandTests {
    /// Every command form of the grammar contract, with its expected tree.
    static let forms: [(String, String)] = [
        (
            "community \"Yangguang\" size 400 profile mixed seed 1",
            "community(\"Yangguang\", size 400, profile mixed, seed 1)"
        ),
        ("community size 400", "community(-, size 400)"),
        ("community", "community(-)"),
        ("community name \"X\"", "community(-, name \"X\")"),
        (
            "resident alice age older tenure owner building 3 efficacy 0.8",
            "resident(alice, age older, tenure owner, building 3, efficacy 0.8)"
        ),
        ("resident 17 trust 0.2", "resident(#17, trust 0.2)"),
        ("resident 张三 age young", "resident(张三, age young)"),
        (
            "facility shed publicness 0.6 salience 0.8 complexity 0.4 cost 60 visibility 0.7 serves all initiator government",
            "facility(shed, publicness 0.6, salience 0.8, complexity 0.4, cost 60, visibility 0.7, serves all, initiator government)"
        ),
        ("facility lift serves building 3 cost 100", "facility(lift, serves building 3, cost 100)"),
        ("facility club serves age older", "facility(club, serves age older)"),
        ("facility club serves tenure renter outreach 0.5", "facility(club, serves tenure renter, outreach 0.5)"),
        ("facility shed", "facility(shed)"),
        ("government role 0.2 budget 4 responsiveness 0.5", "government(role 0.2, budget 4, responsiveness 0.5)"),
        ("government", "government()"),
        (
            "intervene outreach on shed strength 0.8 from 0 to 19",
            "intervene(outreach on shed, strength 0.8, from 0, to 19)"
        ),
        ("intervene tech-platform on all", "intervene(tech-platform on all)"),
        ("intervene role-shift", "intervene(role-shift on -)"),
        ("intervene training strength 0.5 on lift", "intervene(training on lift, strength 0.5)"),
        ("remove intervention 2", "remove(2)"),
        ("set a0 0.02", "set(a0 0.02)"),
        ("set typology.autonomy 0.6", "set(typology.autonomy 0.6)"),
        ("step", "step(-)"),
        ("step 10", "step(10)"),
        ("run 52", "run(52)"),
        ("run until shed.phase = maintenance max 500", "run(until (shed.phase = maintenance) max 500)"),
        ("run until week 52", "run(until (week >= 52) max -)"),
        ("run until week 52 max 60", "run(until (week >= 52) max 60)"),
        ("run until week = 52", "run(until (week = 52) max -)"),
        ("show community", "show(community)"),
        ("show resident alice", "show(resident alice)"),
        ("show resident 3", "show(resident #3)"),
        ("show facility shed", "show(facility shed)"),
        ("show interventions", "show(interventions)"),
        ("show government", "show(government)"),
        ("show parameters", "show(parameters)"),
        ("show shed", "show(entity shed)"),
        ("count", "count(- by )"),
        ("count residents", "count(- by )"),
        ("count residents where age = older by tenure", "count((age = older) by tenure)"),
        ("count where age = older", "count((age = older) by )"),
        ("count by age, tenure", "count(- by age,tenure)"),
        ("count by shed.stage", "count(- by shed.stage)"),
        ("count by tenure where age = older", "count((age = older) by tenure)"),
        ("rate shed.joined by age", "rate(shed.joined where - by age)"),
        ("rate shed.stage = active where building = 3", "rate((shed.stage = active) where (building = 3) by )"),
        ("mean efficacy where building = 3 by tenure", "mean(efficacy where (building = 3) by tenure)"),
        ("mean shed.satisfaction", "mean(shed.satisfaction where - by )"),
        ("typology", "typology(-)"),
        ("typology lift", "typology(lift)"),
        ("explain alice shed", "explain(alice shed)"),
        ("explain alice on shed", "explain(alice shed)"),
        ("explain 4", "explain(#4 -)"),
        ("save \"mine.coprod\"", "save(\"mine.coprod\")"),
        ("save \"mine.coprod\" force", "save(\"mine.coprod\" force)"),
        ("load \"examples/lift-retrofit.coprod\"", "load(\"examples/lift-retrofit.coprod\")"),
        ("export \"series.csv\"", "export(\"series.csv\")"),
        ("export \"series.csv\" force", "export(\"series.csv\" force)"),
        ("reset", "reset"),
        ("clear", "clear"),
        ("help", "help(-)"),
        ("help intervene", "help(intervene)"),
        ("lesson", "lesson(list)"),
        ("lesson 1", "lesson(1)"),
        ("lesson end", "lesson(end)"),
        ("next", "lesson(next)"),
        ("hint", "lesson(hint)"),
        ("quit", "quit"),
        ("exit", "quit"),
        ("title \"First steps\"", "title(\"First steps\")"),
        ("part \"Look around\"", "part(\"Look around\")"),
        ("say \"a \\\"quoted\\\" word\"", "say(\"a \"quoted\" word\")"),
        ("predict \"What will happen?\"", "predict(\"What will happen?\")"),
        ("try \"step 10\"", "try(\"step 10\")"),
        ("check week >= 10", "check((week >= 10) hint -)"),
        ("check week >= 10 hint \"type step 10\"", "check((week >= 10) hint \"type step 10\")"),
        ("step 10   # ten weeks", "step(10)"),
        ("step 10\r", "step(10)"),
        ("\u{FEFF}step 10", "step(10)"),
        ("", "nil"),
        ("   ", "nil"),
        ("# a comment", "nil"),
        ("  \t# indented comment", "nil"),
    ]

    @Test(arguments: forms)
    func commandForm(_ input: String, _ expected: String) {
        #expect(ast(input) == expected, "input: \(input)")
    }

    @Test func statementRangeCoversTheTokens() throws {
        let s = try #require(try Parser.parseLine("  step 10  # c", lineNumber: 4))
        #expect(s.range == cols(3, 10, line: 4))
    }

    @Test func rangesOfAFacilityDeclaration() throws {
        let s = try #require(try Parser.parseLine("facility shed serves building 3", lineNumber: 2))
        guard case .facility(let name, let settings) = s.command else {
            Issue.record("not a facility")
            return
        }
        #expect(name.range == cols(10, 14, line: 2))
        #expect(settings.count == 1)
        #expect(settings[0].key.range == cols(15, 21, line: 2))
        #expect(settings[0].range == cols(15, 32, line: 2))
        guard case .number(let n) = settings[0].values[1] else {
            Issue.record("not a number")
            return
        }
        #expect(n.value == 3 && n.text == "3")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let s = try #require(try Parser.parseLine("resident 张三 trust 0.5", lineNumber: 1))
        guard case .resident(.name(let name), let settings) = s.command else {
            Issue.record("wrong")
            return
        }
        #expect(name.range == cols(10, 12))
        #expect(settings[0].key.range == cols(13, 18))
    }

    @Test func runUntilWeekDesugars() throws {
        let s = try #require(try Parser.parseLine("run until week 52", lineNumber: 1))
        guard case .run(.until(.comparison(.field(let f), .greaterOrEqual, .number(let n), _), nil)) = s.command else {
            Issue.record("not desugared: \(s.command)")
            return
        }
        #expect(f.name.name == "week" && f.qualifier == nil)
        #expect(n.value == 52 && n.range == cols(16, 18))
    }

    @Test func doubleEqualIsEqual() {
        #expect(ast("count where age == older") == "count((age = older) by )")
    }
}

@Suite struct ParserErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var message: String
        var range: SourceRange
        var hint: String?
        var testDescription: String { input }
    }

    static let cases: [Case] = [
        Case(input: "stpe 10", message: "unknown command 'stpe'", range: cols(1, 5), hint: "did you mean 'step'?"),
        Case(
            input: "frobnicate", message: "unknown command 'frobnicate'", range: cols(1, 11),
            hint: "type 'help' to list commands"),
        Case(input: "STEP", message: "unknown command 'STEP'", range: cols(1, 5), hint: "did you mean 'step'?"),
        Case(
            input: "setp 3", message: "unknown command 'setp'", range: cols(1, 5),
            hint: "did you mean 'step' or 'set'?"),
        Case(input: "facility shed salience", message: "expected a value after 'salience'", range: cols(23, 23)),
        Case(
            input: "facility shed salience = 0.8", message: "expected a value after 'salience', found '='",
            range: cols(24, 25), hint: "write the value right after 'salience', without '='"),
        Case(
            input: "facility shed 0.6", message: "expected a setting name after 'shed', found '0.6'",
            range: cols(15, 18), hint: "settings are a name and a value, e.g. 'salience 0.8'"),
        Case(input: "facility shed serves building", message: "expected a value after 'building'", range: cols(30, 30)),
        Case(
            input: "facility", message: "expected a facility name after 'facility'", range: cols(9, 9),
            hint: "for example: facility shed salience 0.8"),
        Case(
            input: "save mine.coprod", message: "expected a file name in quotes after 'save'", range: cols(6, 17),
            hint: "put the file name in quotes: save \"mine.coprod\""),
        Case(
            input: "load examples/lift-retrofit.coprod", message: "expected a file name in quotes after 'load'",
            range: cols(6, 35), hint: "put the file name in quotes: load \"examples/lift-retrofit.coprod\""),
        Case(
            input: "export", message: "expected a file name after 'export'", range: cols(7, 7),
            hint: "for example: export \"series.csv\""),
        Case(input: "step 10 now", message: "unexpected 'now' after the command", range: cols(9, 12)),
        Case(input: "reset please", message: "unexpected 'please' after the command", range: cols(7, 13)),
        Case(input: "step x", message: "expected a number of weeks after 'step', found 'x'", range: cols(6, 7)),
        Case(input: "step -", message: "unexpected character '-'", range: cols(6, 7)),
        Case(
            input: "count where (age = older", message: "unbalanced parenthesis: '(' is not closed",
            range: cols(13, 14), hint: "add a ')'"),
        Case(
            input: "count where age = older)", message: "unbalanced parenthesis: ')' has no matching '('",
            range: cols(24, 25)),
        Case(
            input: "count where (age = older tenure", message: "expected ')', found 'tenure'", range: cols(26, 32),
            hint: "the '(' at column 13 is not closed"),
        Case(input: "count where", message: "expected a condition after 'where'", range: cols(12, 12)),
        Case(
            input: "count where by age", message: "expected a condition after 'where', found 'by'", range: cols(13, 15)),
        Case(input: "count where age =", message: "expected a value after '='", range: cols(18, 18)),
        Case(input: "count where age = older and", message: "expected a condition after 'and'", range: cols(28, 28)),
        Case(input: "count where age = older or", message: "expected a condition after 'or'", range: cols(27, 27)),
        Case(input: "count where (", message: "expected a condition after '('", range: cols(14, 14)),
        Case(
            input: "count where age = older and by tenure", message: "expected a condition after 'and', found 'by'",
            range: cols(29, 31)),
        Case(input: "count by", message: "expected a field after 'by'", range: cols(9, 9)),
        Case(input: "count where a = 1 where b = 2", message: "'where' appears twice", range: cols(19, 24)),
        Case(
            input: "run", message: "expected a number of weeks or 'until' after 'run'", range: cols(4, 4),
            hint: "for example: run 52, or run until week 52"),
        Case(
            input: "run untl week 52", message: "expected a number of weeks or 'until' after 'run', found 'untl'",
            range: cols(5, 9), hint: "did you mean 'until'?"),
        Case(
            input: "run forever", message: "expected a number of weeks or 'until' after 'run', found 'forever'",
            range: cols(5, 12), hint: "for example: run 52, or run until week 52"),
        Case(input: "run until week 52 max", message: "expected a number of weeks after 'max'", range: cols(22, 22)),
        Case(
            input: "show", message: "expected what to show after 'show'", range: cols(5, 5),
            hint: "show community, resident NAME, facility NAME, interventions, government, parameters, or a name"),
        Case(
            input: "show 3", message: "expected what to show after 'show', found '3'", range: cols(6, 7),
            hint: "to show a resident by number, write 'show resident 3'"),
        Case(
            input: "show resident", message: "expected a resident name or number after 'resident'", range: cols(14, 14)),
        Case(
            input: "remove 2", message: "expected 'intervention' after 'remove', found '2'", range: cols(8, 9),
            hint: "for example: remove intervention 2"),
        Case(
            input: "remove interventions 2", message: "expected 'intervention' after 'remove', found 'interventions'",
            range: cols(8, 21), hint: "did you mean 'intervention'?"),
        Case(
            input: "say hello", message: "expected a quoted text after 'say', found 'hello'", range: cols(5, 10),
            hint: "put the text in double quotes: say \"Welcome\""),
        Case(
            input: "lesson foo", message: "expected a lesson number or 'end' after 'lesson', found 'foo'",
            range: cols(8, 11)),
        Case(
            input: "10 steps", message: "expected a command, found '10'", range: cols(1, 3),
            hint: "type 'help' to list commands"),
        Case(input: "set a0", message: "expected a value after 'a0'", range: cols(7, 7)),
        Case(input: "set typology.", message: "expected a field name after '.'", range: cols(14, 14)),
        Case(input: "check not", message: "expected a condition after 'not'", range: cols(10, 10)),
        Case(
            input: "check week >= 10 hint step", message: "expected a quoted hint after 'hint', found 'step'",
            range: cols(23, 27), hint: "put the text in double quotes: check week >= 10 hint \"type step 10\""),
        Case(input: "check ()", message: "expected a condition after '(', found ')'", range: cols(8, 9)),
        Case(
            input: "community size 10 'x'", message: "unexpected character '''", range: cols(19, 20),
            hint: "write text in straight double quotes: \"...\""),
    ]

    @Test(arguments: cases)
    func error(_ c: Case) throws {
        let d = try #require(diagnostic(c.input))
        #expect(d.message.text(.en) == c.message)
        #expect(d.range == c.range)
        #expect(d.hint?.text(.en) == c.hint)
        #expect(d.severity == .error)
    }

    @Test func messagesAreLowercaseWithoutFinalPeriod() {
        for c in Self.cases {
            #expect(c.message.first?.isUppercase == false)
            #expect(c.message.last != ".")
        }
    }

    @Test func errorsCarryTheLineNumber() throws {
        let d = try #require(diagnostic("stpe", lineNumber: 7))
        #expect(d.range.start.line == 7 && d.range.end.line == 7)
    }

    @Test func tenThousandOpenParenthesesAreAnErrorNotACrash() throws {
        let line = "count where " + String(repeating: "(", count: 10_000) + "age = older"
        let d = try #require(diagnostic(line))
        #expect(d.message.text(.en) == "expression nested too deeply")
        #expect(d.range == cols(13 + 100, 14 + 100))
    }

    @Test func oneHundredLevelsAreAllowed() {
        let line = "check " + String(repeating: "(", count: 100) + "week >= 1" + String(repeating: ")", count: 100)
        #expect(ast(line) == "check((week >= 1) hint -)")
    }

    @Test func longNotChainsAreBounded() throws {
        let line = "check " + String(repeating: "not ", count: 10_000) + "week"
        let d = try #require(diagnostic(line))
        #expect(d.message.text(.en) == "expression is too long")
    }

    @Test func longAndChainsAreBounded() throws {
        let line = "check " + Array(repeating: "a = 1", count: 2_000).joined(separator: " and ")
        let d = try #require(diagnostic(line))
        #expect(d.message.text(.en) == "expression is too long")
    }
}

@Suite struct ScriptTests {
    @Test func linesSplitOnEveryBreakAndSkipTheBOM() {
        #expect(Parser.lines(of: "\u{FEFF}a\r\nb\nc\rd\n") == ["a", "b", "c", "d"])
        #expect(Parser.lines(of: "") == [""])
        #expect(Parser.lines(of: "a\n\nb") == ["a", "", "b"])
    }

    @Test func scriptReportsEachLineWithItsNumber() {
        let script = "\u{FEFF}# scenario\r\nfacility shed salience 0.8\r\n\r\nstpe 3\r\nstep 2\r\n"
        let lines = Parser.parseScript(script)
        #expect(lines.map(\.number) == [2, 4, 5])
        #expect(lines[0].text == "facility shed salience 0.8")
        guard case .success(let s) = lines[0].result else {
            Issue.record("line 2 failed")
            return
        }
        #expect(s.range == cols(1, 27, line: 2))
        guard case .failure(let d) = lines[1].result else {
            Issue.record("line 4 parsed")
            return
        }
        #expect(d.message.text(.en) == "unknown command 'stpe'")
        #expect(d.range == cols(1, 5, line: 4))
        guard case .success(let step) = lines[2].result else {
            Issue.record("line 5 failed")
            return
        }
        #expect(AST.of(step.command) == "step(2)")
    }
}
