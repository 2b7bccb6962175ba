import CoprodLanguage
import CoprodModel
import Testing

/// `sweep --vary KEY=VALUES …`: the language has its help page, its completion and a check of its
/// options; the `coprod` executable runs it (Tests/CoprodEndToEndTests/SweepCommandTests.swift).
/// In a plain `Session` (a script file, a library) it is an error that names `coprod sweep`.
@Suite struct SweepCommandTests {
    @Test func helpExampleParsesAndIsRefusedInAPlainSession() throws {
        let example = CommandTest.example("sweep")
        let statement = try #require(try Parser.parseLine(example, lineNumber: 1))
        guard case .sweep(let options?) = statement.command else {
            Issue.record("\(example) parsed as \(statement.command)")
            return
        }
        #expect(options.value == "--vary shed.salience=0.3,0.9 --replicates 2 --weeks 8")
        #expect(options.range.start.column == 7)
        CommandTest.expectError(
            CommandTest.session(), example, column: 1, en: "'coprod sweep FILE', not inside a script",
            zh: "不能写在脚本里")
    }

    @Test func theOptionsAreTheRestOfTheLineAsWritten() throws {
        let statement = try #require(
            try Parser.parseLine("sweep  --vary budget=2:6:2 --metrics a,b --series   # a comment", lineNumber: 3))
        #expect(
            statement.command
                == .sweep(
                    options: StringLiteral(
                        value: "--vary budget=2:6:2 --metrics a,b --series",
                        range: SourceRange(start: .init(line: 3, column: 8), end: .init(line: 3, column: 50)))))
        #expect(try Parser.parseLine("sweep", lineNumber: 1)?.command == .sweep(options: nil))
        #expect(try Parser.parseLine("sweep --weeks=8 --sample latin 4", lineNumber: 1) != nil)
    }

    @Test func tabCompletesItsOptions() {
        let s = CommandTest.session()
        #expect(s.completions(for: "swe") == ["sweep"])
        #expect(s.completions(for: "sweep --va") == ["--vary"])
        #expect(s.completions(for: "sweep --vary budget=2,6 --re") == ["--replicates", "--resume"])
        for option in ["--vary", "--replicates", "--weeks", "--csv", "--jsonl", "--metrics", "--seed", "--jobs"] {
            #expect(CommandRegistry.definition(named: "sweep")?.keywords.contains(option) == true, "\(option)")
        }
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "sweep", language,
            [
                "help sweep", CommandTest.example("sweep"), "sweep --vry budget=1,2", "sweep --vary",
                "sweep --weeks 2 --metrics",
            ])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(
            s, "sweep --vry budget=1,2", column: 7, en: "unknown option '--vry'", zh: "未知选项 '--vry'")
        let d = CommandTest.failure(s, "sweep --vry budget=1,2")
        #expect(d?.diagnostic.hint == .didYouMean("--vary"))
        CommandTest.expectError(s, "sweep --weeks 2 --csv", column: 17, en: "'--csv'", zh: "'--csv'")
        CommandTest.expectError(s, "sweep --csv --weeks 2", column: 7, en: "'--csv'", zh: "'--csv'")
        // A negative number is a value, not an option.
        CommandTest.expectError(s, "sweep --seed -1", column: 1, en: "coprod sweep", zh: "coprod sweep")
    }
}
