import Testing

@testable import CoprodLanguage

@Suite struct SuggestionsTests {
    @Test func distances() {
        #expect(Suggestions.distance("", "") == 0)
        #expect(Suggestions.distance("step", "") == 4)
        #expect(Suggestions.distance("stpe", "step") == 1)  // transposition
        #expect(Suggestions.distance("kitten", "sitting") == 3)
        #expect(Suggestions.distance("ca", "abc") == 3)  // optimal string alignment
        #expect(Suggestions.distance("张三", "张四") == 1)
    }

    @Test func closestCommands() {
        let commands = Vocabulary.allCommands
        #expect(Suggestions.closest(to: "stpe", in: commands) == "step")
        #expect(Suggestions.closest(to: "STEP", in: commands) == "step")
        #expect(Suggestions.closest(to: "facilty", in: commands) == "facility")
        #expect(Suggestions.closest(to: "intervne", in: commands) == "intervene")
        #expect(Suggestions.closest(to: "xyzzy", in: commands) == nil)
        #expect(Suggestions.closest(to: "", in: commands) == nil)
    }

    @Test func thresholdGrowsWithLength() {
        // max(1, 3/3) = 1: two edits are too many for a short word.
        #expect(Suggestions.closest(to: "sept", in: ["step"]) == nil)
        // max(1, 12/3) = 4.
        #expect(Suggestions.closest(to: "tekh-platfrm", in: Vocabulary.interventionKinds) == "tech-platform")
    }

    @Test func tiesGoToTheFirstCandidate() {
        #expect(Suggestions.closest(to: "cat", in: ["bat", "cut", "car"]) == "bat")
        #expect(Suggestions.closest(to: "cat", in: ["car", "cut", "bat"]) == "car")
    }

    @Test func aTranspositionComesBeforeADeletionAtTheSameDistance() {
        // `setp` is one edit from both `set` (a deletion) and `step` (a transposition).
        #expect(Suggestions.distance("setp", "set") == 1)
        #expect(Suggestions.distance("setp", "step") == 1)
        #expect(Suggestions.ranked(to: "setp", in: Vocabulary.allCommands) == ["step", "set"])
        #expect(Suggestions.closest(to: "setp", in: Vocabulary.allCommands) == "step")
        // The candidates' order does not matter for it; a substitution (same length) beats a deletion.
        #expect(Suggestions.ranked(to: "setp", in: ["set", "step"]) == ["step", "set"])
        #expect(Suggestions.ranked(to: "sept", in: ["sep", "sent"]) == ["sent", "sep"])
        #expect(Suggestions.ranked(to: "xyzzy", in: Vocabulary.allCommands).isEmpty)
    }

    @Test func hugeWordsAreSkippedCheaply() {
        let huge = String(repeating: "s", count: 1_000_000)
        #expect(Suggestions.closest(to: huge, in: Vocabulary.allCommands) == nil)
    }
}
