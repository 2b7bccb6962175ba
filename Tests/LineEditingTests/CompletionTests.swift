import Testing

@testable import LineEditing

@Suite struct CompletionTests {
    @Test(arguments: [
        ("show fa", "fa"), ("show ", ""), ("", ""), ("run until shed.ph", "shed.ph"),
        ("count where age=ol", "ol"), ("explain (张", "张"), ("step", "step"),
    ])
    func typedWord(line: String, word: String) {
        #expect(Completion.typedWord(in: line) == word)
    }

    @Test func longestCommonPrefix() {
        #expect(Completion.longestCommonPrefix(["facility", "facilities"]) == "faciliti".dropLast())
        #expect(Completion.longestCommonPrefix(["abc"]) == "abc")
        #expect(Completion.longestCommonPrefix([String]()) == "")
        #expect(Completion.longestCommonPrefix(["x", "y"]) == "")
        // Compared by Character: "é" (one grapheme) and "e\u{301}" are equal characters.
        #expect(Completion.longestCommonPrefix(["café", "cafe\u{301}s"]) == "café")
        #expect(Completion.longestCommonPrefix(["café", "cafeteria"]) == "caf")
    }

    /// A Chinese word is completed by Character (never half a character), and one that no
    /// candidate starts with is replaced by the English word the completer offers for it.
    @Test func chineseWords() {
        #expect(Completion.resolve(lineUpToCursor: "show 车", candidates: ["车棚"]) == Completion(insertion: "棚 "))
        #expect(
            Completion.resolve(lineUpToCursor: "show 车", candidates: ["shed"])
                == Completion(insertion: "shed ", erase: 1))
        #expect(
            Completion.resolve(lineUpToCursor: "count by 年龄", candidates: ["age"])
                == Completion(insertion: "age ", erase: 2))
        #expect(
            Completion.resolve(lineUpToCursor: "show 车", candidates: ["shed", "lift"])
                == Completion(alternatives: ["shed", "lift"]))
        #expect(Completion.resolve(lineUpToCursor: "show 车", candidates: []) == Completion())
        #expect(
            Completion.resolve(lineUpToCursor: "show 花", candidates: ["花园", "花坛"])
                == Completion(alternatives: ["花园", "花坛"]))
    }

    @Test func uniqueMatchCompletesWithASpace() {
        let c = Completion.resolve(lineUpToCursor: "show fa", candidates: ["facility", "community"])
        #expect(c == Completion(insertion: "cility "))
    }

    @Test func severalMatchesInsertTheirCommonPrefix() {
        let c = Completion.resolve(lineUpToCursor: "show f", candidates: ["facility", "facilities"])
        #expect(c == Completion(insertion: "acilit"))
    }

    @Test func ambiguousWithNothingToInsertListsTheMatches() {
        let c = Completion.resolve(
            lineUpToCursor: "show facilit", candidates: ["facility", "facilities", "community"])
        #expect(c == Completion(alternatives: ["facility", "facilities"]))
    }

    @Test func emptyWordListsEverything() {
        let c = Completion.resolve(lineUpToCursor: "show ", candidates: ["community", "facility"])
        #expect(c == Completion(alternatives: ["community", "facility"]))
    }

    @Test func noMatchDoesNothing() {
        #expect(Completion.resolve(lineUpToCursor: "show zz", candidates: ["community"]) == Completion())
        #expect(Completion.resolve(lineUpToCursor: "show ", candidates: []) == Completion())
    }

    @Test func duplicatesCountOnce() {
        let c = Completion.resolve(lineUpToCursor: "st", candidates: ["step", "step"])
        #expect(c == Completion(insertion: "ep "))
    }

    @Test func fieldAfterADotMatchesItsLastPart() {
        let c = Completion.resolve(lineUpToCursor: "run until shed.ph", candidates: ["phase", "progress"])
        #expect(c == Completion(insertion: "ase "))
        let whole = Completion.resolve(lineUpToCursor: "run until shed.ph", candidates: ["shed.phase"])
        #expect(whole == Completion(insertion: "ase "))
    }

    @Test func nonASCIIWords() {
        let c = Completion.resolve(lineUpToCursor: "resident 张", candidates: ["张三", "李四"])
        #expect(c == Completion(insertion: "三 "))
    }
}

@Suite struct CandidateListTests {
    @Test func fillsColumnsDownThenAcross() {
        let rows = CandidateList.rows(["a", "bb", "c", "d", "e"], width: 12)
        // cell width 4, 3 columns, 2 rows
        #expect(rows == ["a   c   e", "bb  d"])
    }

    @Test func narrowTerminalUsesOneColumn() {
        #expect(CandidateList.rows(["facility", "facilities"], width: 5) == ["facility", "facilities"])
    }

    @Test func nothingToList() {
        #expect(CandidateList.rows([], width: 80).isEmpty)
    }
}
