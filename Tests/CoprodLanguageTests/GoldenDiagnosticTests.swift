import Testing

@testable import CoprodLanguage

/// Golden caret outputs: each broken line, parsed as line `number` of `shed.coprod`, must render
/// exactly as written here. Expected outputs are embedded so a diff in a failing test shows both.
@Suite struct GoldenDiagnosticTests {
    struct Golden: Sendable, CustomTestStringConvertible {
        var name: String
        var number: Int
        var input: String
        var expected: String
        var testDescription: String { name }
    }

    static let deepParens = "count where " + String(repeating: "(", count: 10_000) + "age = older"
    static let longLine = "resident alice " + String(repeating: "trust 0.5 ", count: 30) + "age =="

    static let goldens: [Golden] = [
        Golden(
            name: "misspelt command", number: 3, input: "stpe 10",
            expected: """
                shed.coprod:3:1: error: unknown command 'stpe'
                    stpe 10
                    ^~~~
                hint: did you mean 'step'?
                """),
        Golden(
            name: "transposed command, two at one edit", number: 1, input: "setp 3",
            expected: """
                shed.coprod:1:1: error: unknown command 'setp'
                    setp 3
                    ^~~~
                hint: did you mean 'step' or 'set'?
                """),
        Golden(
            name: "unknown command without suggestion", number: 1, input: "frobnicate 3",
            expected: """
                shed.coprod:1:1: error: unknown command 'frobnicate'
                    frobnicate 3
                    ^~~~~~~~~~
                hint: type 'help' to list commands
                """),
        Golden(
            name: "unterminated string", number: 2, input: "say \"hello world",
            expected: """
                shed.coprod:2:5: error: unterminated string
                    say "hello world
                        ^
                hint: add a closing '"' at the end of the text
                """),
        Golden(
            name: "infinite number", number: 3, input: "set a0 1e309",
            expected: """
                shed.coprod:3:8: error: number is too large
                    set a0 1e309
                           ^~~~~
                """),
        Golden(
            name: "number running into a letter", number: 4, input: "step 10x",
            expected: """
                shed.coprod:4:6: error: invalid number '10x'
                    step 10x
                         ^~~
                hint: put a space between a number and a word
                """),
        Golden(
            name: "missing value", number: 5, input: "facility shed salience",
            expected: """
                shed.coprod:5:23: error: expected a value after 'salience'
                    facility shed salience
                                          ^
                """),
        Golden(
            name: "unquoted path", number: 6, input: "save mine.coprod",
            expected: """
                shed.coprod:6:6: error: expected a file name in quotes after 'save'
                    save mine.coprod
                         ^~~~~~~~~~~
                hint: put the file name in quotes: save "mine.coprod"
                """),
        Golden(
            name: "unquoted path with a slash", number: 16, input: "load examples/lift.coprod force",
            expected: """
                shed.coprod:16:6: error: expected a file name in quotes after 'load'
                    load examples/lift.coprod force
                         ^~~~~~~~~~~~~~~~~~~~
                hint: put the file name in quotes: load "examples/lift.coprod"
                """),
        Golden(
            name: "unbalanced parenthesis", number: 7, input: "count where (age = older or age = middle",
            expected: """
                shed.coprod:7:13: error: unbalanced parenthesis: '(' is not closed
                    count where (age = older or age = middle
                                ^
                hint: add a ')'
                """),
        Golden(
            name: "10,000 nested parentheses", number: 8, input: deepParens,
            expected: """
                shed.coprod:8:113: error: expression nested too deeply
                    …\(String(repeating: "(", count: 100))…
                     \(String(repeating: " ", count: 40))^
                hint: use at most 100 levels of parentheses
                """),
        Golden(
            name: "NUL byte", number: 9, input: "step 1\u{0}0",
            expected: """
                shed.coprod:9:7: error: unexpected character U+0000
                    step 1␀0
                          ^
                """),
        Golden(
            name: "error after CJK text", number: 10, input: "facility 张三 salience 0.5 价格 = 1",
            expected: """
                shed.coprod:10:29: error: expected a value after '价格', found '='
                    facility 张三 salience 0.5 价格 = 1
                                                    ^
                hint: write the value right after '价格', without '='
                """),
        Golden(
            name: "trailing junk", number: 11, input: "step 10 now",
            expected: """
                shed.coprod:11:9: error: unexpected 'now' after the command
                    step 10 now
                            ^~~
                """),
        Golden(
            name: "a lone minus", number: 12, input: "step -",
            expected: """
                shed.coprod:12:6: error: unexpected character '-'
                    step -
                         ^
                """),
        Golden(
            name: "tabs in the source line", number: 13, input: "\tfacility shed\tsalience",
            expected: """
                shed.coprod:13:24: error: expected a value after 'salience'
                    \tfacility shed\tsalience
                    \t             \t        ^
                """),
        Golden(
            name: "an emoji takes two cells", number: 14, input: "resident 😀 age older",
            expected: """
                shed.coprod:14:10: error: unexpected character '😀'
                    resident 😀 age older
                             ^~
                """),
        Golden(
            name: "a long line is windowed", number: 15, input: longLine,
            expected: """
                shed.coprod:15:320: error: expected a value after 'age', found '=='
                    …0.5 trust 0.5 trust 0.5 trust 0.5 trust 0.5 trust 0.5 trust 0.5 trust 0.5 trust 0.5 trust 0.5 age ==
                                                                                                                       ^~
                hint: write the value right after 'age', without '=='
                """),
        Golden(
            name: "invalid UTF-8", number: 17, input: "show \u{FFFD}\u{FFFD}",
            expected: """
                shed.coprod:17:6: error: unexpected character U+FFFD
                    show ��
                         ^
                hint: the file is not valid UTF-8 text here
                """),
    ]

    @Test(arguments: goldens)
    func golden(_ g: Golden) throws {
        let d = try #require(diagnostic(g.input, lineNumber: g.number))
        let rendered = DiagnosticRenderer.render(
            LocatedDiagnostic(d, fileName: "shed.coprod", sourceLine: g.input), colour: false)
        #expect(rendered == g.expected)
    }

    @Test func colourWrapsSeverityCaretAndHint() throws {
        let d = try #require(diagnostic("stpe 10", lineNumber: 3))
        let rendered = DiagnosticRenderer.render(
            LocatedDiagnostic(d, fileName: "shed.coprod", sourceLine: "stpe 10"), colour: true)
        let esc = "\u{1B}["
        #expect(
            rendered == """
                \(esc)1mshed.coprod:3:1:\(esc)0m \(esc)1;31merror:\(esc)0m \(esc)1munknown command 'stpe'\(esc)0m
                    stpe 10
                    \(esc)1;32m^~~~\(esc)0m
                \(esc)1;36mhint:\(esc)0m did you mean 'step'?
                """)
    }

    @Test func aWholeSourceTextSelectsTheLine() {
        let d = Diagnostic(.warning, .numberTooLarge, at: cols(6, 8, line: 2))
        let source = "\u{FEFF}step 1\r\nstep 10 20\r\n"
        let rendered = DiagnosticRenderer.render(
            LocatedDiagnostic(d, fileName: "x.coprod", sourceLine: source), colour: false)
        #expect(
            rendered == """
                x.coprod:2:6: warning: number is too large
                    step 10 20
                         ^~
                """)
    }

    @Test func rangesPastTheLineAreClamped() {
        let d = Diagnostic(.error, .unterminatedString, at: cols(40, 90))
        let rendered = DiagnosticRenderer.render(LocatedDiagnostic(d, fileName: "x", sourceLine: "step"), colour: false)
        #expect(rendered == "x:1:40: error: unterminated string\n    step\n        ^")
    }

    @Test func cellWidths() {
        #expect(DiagnosticRenderer.width("a") == 1)
        #expect(DiagnosticRenderer.width("张") == 2)
        #expect(DiagnosticRenderer.width("ｱ") == 1)  // halfwidth katakana
        #expect(DiagnosticRenderer.width("Ａ") == 2)  // fullwidth A
        #expect(DiagnosticRenderer.width("한") == 2)
        #expect(DiagnosticRenderer.width("👍🏽") == 2)
        #expect(DiagnosticRenderer.width("e\u{301}") == 1)
    }
}
