import Testing

@testable import CoprodLanguage

@Suite struct ExpressionTests {
    static let precedenceCases: [(String, String)] = [
        ("a = 1 or b = 2 and c = 3", "((a = 1) or ((b = 2) and (c = 3)))"),
        ("a = 1 and b = 2 or c = 3", "(((a = 1) and (b = 2)) or (c = 3))"),
        ("a = 1 and b = 2 and c = 3", "(((a = 1) and (b = 2)) and (c = 3))"),
        ("a = 1 or b = 2 or c = 3", "(((a = 1) or (b = 2)) or (c = 3))"),
        ("not a = 1 and b = 2", "((not (a = 1)) and (b = 2))"),
        ("not not a", "(not (not a))"),
        ("not (a = 1 or b = 2)", "(not ((a = 1) or (b = 2)))"),
        ("(a = 1 or b = 2) and c = 3", "(((a = 1) or (b = 2)) and (c = 3))"),
        ("((a))", "a"),
        ("a != 1", "(a != 1)"),
        ("a < 1", "(a < 1)"),
        ("a <= 1", "(a <= 1)"),
        ("a > 1", "(a > 1)"),
        ("a >= -1.5e2", "(a >= -1.5e2)"),
        ("a == 1", "(a = 1)"),
        ("shed.stage = active", "(shed.stage = active)"),
        ("name = \"alice\"", "(name = \"alice\")"),
        ("1 < week", "(1 < week)"),
        ("shed.active", "shed.active"),
        ("(a = 1) = (b = 2)", "((a = 1) = (b = 2))"),
    ]

    @Test(arguments: precedenceCases)
    func precedence(_ input: String, _ expected: String) {
        #expect(ast("check " + input) == "check(\(expected) hint -)")
    }

    @Test func operatorAndKeywordRanges() throws {
        let s = try #require(try Parser.parseLine("check not week >= 10", lineNumber: 1))
        guard
            case .check(.not(.comparison(.field(let f), .greaterOrEqual, .number(let n), let op), let k), nil) = s
                .command
        else {
            Issue.record("shape: \(s.command)")
            return
        }
        #expect(k == cols(7, 10))
        #expect(f.range == cols(11, 15))
        #expect(op == cols(16, 18))
        #expect(n.range == cols(19, 21))
    }

    @Test func expressionRangeSpansOperands() throws {
        let s = try #require(try Parser.parseLine("check (a = 1) and b", lineNumber: 1))
        guard case .check(let e, _) = s.command else {
            Issue.record("not check")
            return
        }
        #expect(e.range == cols(8, 20))
    }

    @Test func terminatorsEndAnExpression() {
        #expect(ast("run until week > 3 max 9") == "run(until (week > 3) max 9)")
        #expect(
            ast("rate shed.active where age = older by tenure")
                == "rate(shed.active where (age = older) by tenure)")
    }

    @Test func aChainedComparisonIsAnError() throws {
        let d = try #require(diagnostic("check a = b = c"))
        #expect(d.message.text(.en) == "unexpected '=' after the command")
        #expect(d.range == cols(13, 14))
    }
}
