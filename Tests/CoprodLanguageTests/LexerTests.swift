import Testing

@testable import CoprodLanguage

@Suite struct LexerTests {
    /// A compact spelling of the tokens: `w:step n:10 s:"x" =`.
    func kinds(_ line: String) -> String {
        do {
            return try Lexer.tokenize(line, lineNumber: 1).map { token in
                switch token.kind {
                case .word(let w): "w:" + w
                case .number(let v): "n:" + (v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v))
                case .string(let s): "s:" + s
                case .symbol(let s): s.rawValue
                }
            }.joined(separator: " ")
        } catch {
            return "error: \(error.message.text(.en)) @\(error.range.start.column)-\(error.range.end.column)"
        }
    }

    static let cases: [(String, String)] = [
        ("step 10", "w:step n:10"),
        ("tech-platform old-estate role-shift", "w:tech-platform w:old-estate w:role-shift"),
        ("张三 _x a_b2", "w:张三 w:_x w:a_b2"),
        ("café", "w:café"),
        ("0.5 .5 -3 +2 1e3 2.5E-1 -.25", "n:0.5 n:0.5 n:-3 n:2 n:1000 n:0.25 n:-0.25"),
        // A percentage is a share.
        ("95% 80% 0.5% -0% 100%", "n:0.95 n:0.8 n:0.005 n:0 n:1"),
        ("95%x", "error: invalid number '95%x' @1-5"),
        ("NaN inf", "w:NaN w:inf"),
        ("= == != < <= > >= . ( ) ,", "= == != < <= > >= . ( ) ,"),
        ("shed.stage", "w:shed . w:stage"),
        ("week>=10", "w:week >= n:10"),
        ("\"a \\\"b\\\" \\\\ c\"", "s:a \"b\" \\ c"),
        ("\"tab\\there\"", "s:tab\there"),
        ("\"line\\nbreak\"", "s:line\nbreak"),
        ("\"# not a comment\" # a comment", "s:# not a comment"),
        ("\"\"", "s:"),
        ("a\tb", "w:a w:b"),
        ("a\u{00A0}b\u{3000}c", "w:a w:b w:c"),
        ("", ""),
        ("# only", ""),
        ("1e309", "error: number is too large @1-6"),
        ("-1e309", "error: number is too large @1-7"),
        ("10x", "error: invalid number '10x' @1-4"),
        ("1.", "error: invalid number '1.' @1-3"),
        ("1e", "error: invalid number '1e' @1-3"),
        ("1.2.3", "error: invalid number '1.2.3' @1-6"),
        ("3_a", "error: invalid number '3_a' @1-4"),
        ("say \"open", "error: unterminated string @5-6"),
        ("\"a\\", "error: unterminated string @1-2"),
        ("\"bad \\q\"", "error: unknown escape '\\q' in string @6-8"),
        ("a \u{0} b", "error: unexpected character U+0000 @3-4"),
        ("a \u{7} b", "error: unexpected character U+0007 @3-4"),
        ("\u{FFFD}", "error: unexpected character U+FFFD @1-2"),
        ("\"\u{0}\"", "error: unexpected character U+0000 @2-3"),
        ("a ! b", "error: unexpected character '!' @3-4"),
        ("a - b", "error: unexpected character '-' @3-4"),
        ("x @", "error: unexpected character '@' @3-4"),
        ("😀", "error: unexpected character '😀' @1-2"),
        ("张三 @", "error: unexpected character '@' @4-5"),
        // Full-width punctuation a Chinese input method types: read as ASCII where it can mean
        // nothing else, a hint otherwise (see fullWidthPunctuationHints).
        ("（age ＝ older） ， trust ＞ 0.5", "( w:age = w:older ) , w:trust > n:0.5"),
        ("a＜＝b a＞＝b a！＝b a＝＝b x．y", "w:a <= w:b w:a >= w:b w:a != w:b w:a == w:b w:x . w:y"),
        ("“老年” “a\"", "s:老年 s:a"),
        ("\"a”b\"", "s:a”b"),
        ("say “open", "error: unterminated string @5-6"),
        ("a；b", "error: unexpected character '；' @2-3"),
        ("a：b", "error: unexpected character '：' @2-3"),
        ("”a", "error: unexpected character '”' @1-2"),
    ]

    /// Full-width punctuation with no ASCII meaning gets a hint in both languages.
    @Test func fullWidthPunctuationHints() throws {
        let semicolon = try #require(diagnostic("step；step"))
        #expect(semicolon.hint == .oneCommandPerLine)
        #expect(semicolon.hint?.text(.zh).contains("每行只写一条命令") == true)
        for c in ["：", "。", "、"] {
            let d = try #require(diagnostic("count where age\(c)older"))
            #expect(d.hint == .punctuationIsASCII, "\(c)")
            #expect(d.hint?.text(.en).contains("use ASCII punctuation") == true)
            #expect(d.hint?.text(.zh).contains("请用英文（半角）标点") == true)
        }
        #expect(try #require(diagnostic("say ‘hi’")).hint == .useStraightQuotes)
        for (wide, ascii) in [("０", "0"), ("５", "5"), ("９", "9")] {
            let d = try #require(diagnostic("step \(wide)"))
            #expect(d.hint == .digitsAreASCII(fullWidth: wide, ascii: ascii))
            #expect(d.hint?.text(.zh).contains("数字请用半角输入：\(ascii) 而不是 \(wide)") == true)
        }
    }

    @Test(arguments: cases)
    func lexes(_ input: String, _ expected: String) {
        #expect(kinds(input) == expected, "input: \(input)")
    }

    @Test func tokensKeepSpellingAndRange() throws {
        let tokens = try Lexer.tokenize("  set a0 1e-3 \"x\\ty\"", lineNumber: 3)
        #expect(tokens.map(\.text) == ["set", "a0", "1e-3", "\"x\\ty\""])
        #expect(tokens[2].range == cols(10, 14, line: 3))
        #expect(tokens[3].range == cols(15, 21, line: 3))
        #expect(tokens[3].kind == .string("x\ty"))
    }

    @Test func combiningCharactersAreOneColumn() throws {
        // "e" + combining acute is one Character, so one column.
        let tokens = try Lexer.tokenize("cafe\u{301} x", lineNumber: 1)
        #expect(tokens[1].range == cols(6, 7))
    }

    @Test func aMegabyteLineIsLinear() throws {
        let long = String(repeating: "abc ", count: 250_000)
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let tokens = try Lexer.tokenize(long, lineNumber: 1)
            #expect(tokens.count == 250_000)
        }
        #expect(elapsed < .seconds(20))
    }

    @Test func aMegabyteWordAndNumberDoNotBlowUp() throws {
        let word = String(repeating: "x", count: 1_000_000)
        let tokens = try Lexer.tokenize(word, lineNumber: 1)
        #expect(tokens.count == 1)
        let digits = String(repeating: "9", count: 1_000_000)
        #expect(throws: Diagnostic.self) { try Lexer.tokenize(digits, lineNumber: 1) }
        let d = try #require(diagnostic(word + " 1"))
        #expect(d.message.text(.en).count < 80)
    }
}
