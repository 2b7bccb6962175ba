import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// Every `Message` case, from `Message.samples`, in both languages.
@Suite struct MessageCatalogueTests {
    /// The case names declared in `public enum Message` (Message.swift).
    static func declaredCases() throws -> Set<String> {
        let source = try packageFile("Sources/CoprodLanguage/Catalogue/Message.swift")
        let start = try #require(source.range(of: "public enum Message"))
        let body = source[start.upperBound...]
        let end = try #require(body.range(of: "\n}\n"))
        var names: Set<String> = []
        for line in body[..<end.lowerBound].split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("case ") else { continue }
            names.insert(String(trimmed.dropFirst(5).prefix { $0.isLetter || $0.isNumber }))
        }
        return names
    }

    /// A message's case name (`unknownCommand`), by reflection.
    static func caseName(_ m: Message) -> String {
        Mirror(reflecting: m).children.first?.label ?? String(describing: m)
    }

    @Test func everyCaseHasASample() throws {
        let declared = try Self.declaredCases()
        #expect(declared.count > 150)
        let sampled = Set(Message.samples.map(Self.caseName))
        let missing = declared.subtracting(sampled).sorted()
        #expect(missing.isEmpty, "Message cases without a sample in Message+Samples.swift: \(missing)")
        #expect(sampled.subtracting(declared).isEmpty)
    }

    /// Messages that are the same in both languages on purpose: a name and a number, as typed.
    static let sameInBothLanguages: Set<String> = ["parameterSet"]

    @Test func everySampleRendersInBothLanguages() {
        for m in Message.samples {
            let en = m.text(.en)
            let zh = m.text(.zh)
            #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty, "\(m) has no English text")
            #expect(!zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(m) has no Chinese text")
            if !Self.sameInBothLanguages.contains(Self.caseName(m)) {
                #expect(en != zh, "\(m) reads the same in both languages: \(en)")
                #expect(containsCJK(zh), "\(m)'s Chinese text has no Chinese: \(zh)")
            }
        }
    }

    /// The Latin words a Chinese text may contain: the language's own words (commands,
    /// keywords, fields, settings, category words), names of things, and abbreviations.
    static let allowedLatinWords: Set<String> = {
        var words = Set(
            Vocabulary.allCommands + Vocabulary.communityKeys + Vocabulary.residentKeys + Vocabulary.facilityKeys
                + Vocabulary.governmentKeys + Vocabulary.interventionKeys + Vocabulary.servesScopes
                + Vocabulary.showTargets + Vocabulary.profiles + Vocabulary.ages + Vocabulary.tenures
                + Vocabulary.initiators + Vocabulary.stages + Vocabulary.channels + Vocabulary.phases
                + Vocabulary.facilityTypes + Vocabulary.interventionKinds + Vocabulary.residentFields
                + Vocabulary.residentFacilityFields + Vocabulary.modelFields + Vocabulary.modelFacilityFields
                + Vocabulary.parameters + Vocabulary.expressionTerminators + Vocabulary.logicalWords
                + Vocabulary.residentTraits)
        words.formUnion([
            // names, units and formats
            "coprod", "KB", "MB", "UTF", "UTF-", "FIFO", "COPROD_LESSONS", "N", "A", "T", "y", "e",
            // the language names of `languagesAre`; `[y/N]`; the usage line's placeholders
            "English", "en", "zh", "run", "file", "force", "until", "intervention", "residents", "all",
            "part", "title", "say", "predict", "try", "check", "hint", "end", "lesson", "help",
            // the escapes \n and \t
            "n", "t",
            // names and files in the samples' arguments
            "shed", "alice", "mine", "series", "csv", "lessons", "a", "main", "care",
            // keys, and the command line's words and placeholders
            "Ctrl-L", "Ctrl-D", "Ctrl-C", "q", "sweep", "merge", "KEY", "VALUE", "VALUES", "FILE", "CSV", "JSON",
            "Lines", "SVG",
            "LOW", "HIGH", "STEP", "latin", "vary", "Vega-Lite", "GROUP", "FACILITY", "ulimit", "v",
            // a student's answer, as typed
            "up", "down", "same", "off",
            // the styles of `--progress`
            "auto", "bar", "plain", "none",
        ])
        return words
    }()

    /// A text without what is quoted ('…', "…") and without command-line options (`--seed`).
    static func prose(_ text: String) -> String {
        text.replacing(/'[^']*'/, with: "").replacing(/"[^"]*"/, with: "").replacing(/--[a-z-]+/, with: "")
            .replacing(/<[a-z]+>/, with: "")
    }

    @Test func chineseTextsLeaveNoEnglishUntranslated() {
        for m in Message.samples {
            let words = Self.prose(m.text(.zh)).matches(of: /[A-Za-z][A-Za-z_-]*/).map { String($0.output) }
            // The parser's own text, shown as it came.
            if Self.caseName(m) == "commandLineNotUnderstood" { continue }
            let foreign = words.filter { !Self.allowedLatinWords.contains($0) }
            #expect(foreign.isEmpty, "\(Self.caseName(m)): \(foreign) in \(m.text(.zh))")
        }
    }

    /// The command line's texts too: both languages, Chinese without English prose.
    @Test func commandLineTexts() {
        let texts: [Bilingual] = [
            CommandLineText.abstract, CommandLineText.discussion, CommandLineText.runAbstract, CommandLineText.file,
            CommandLineText.seed, CommandLineText.json, CommandLineText.quiet, CommandLineText.replicates,
            CommandLineText.maxPopulation, CommandLineText.maxSteps, CommandLineText.lang, CommandLineText.set,
            CommandLineText.weeks, CommandLineText.csv, CommandLineText.jsonl, CommandLineText.plot,
            CommandLineText.plotMetric, CommandLineText.force,
            // `coprod sweep --help` and `coprod merge --help`
            CommandLineText.sweepAbstract, CommandLineText.sweepDiscussion, CommandLineText.sweepFile,
            CommandLineText.vary, CommandLineText.sweepSet, CommandLineText.sample, CommandLineText.sweepReplicates,
            CommandLineText.sweepWeeks, CommandLineText.sweepSeed, CommandLineText.jobs, CommandLineText.sweepCsv,
            CommandLineText.sweepJsonl, CommandLineText.series, CommandLineText.metrics, CommandLineText.summary,
            CommandLineText.sweepPlot, CommandLineText.sweepPlotMetric, CommandLineText.progress, CommandLineText.shard,
            CommandLineText.resume, CommandLineText.sweepForce, CommandLineText.sweepQuiet,
            CommandLineText.mergeAbstract,
            CommandLineText.mergeDiscussion, CommandLineText.mergeOutput, CommandLineText.mergeShards,
            // `coprod demo --help`
            CommandLineText.demoAbstract, CommandLineText.demoDiscussion, CommandLineText.demoFile,
        ]
        let allowed = Self.allowedLatinWords.union([
            "REPL", "JSON", "LC_ALL", "LC_MESSAGES", "LANG", "zh_", "sweep", "merge", "KEY", "VALUE", "VALUES", "CSV",
            "Lines", "docs", "EXPERIMENTS", "SCALING", "md", "SVG", "Vega", "Lite", "FILE", "shed", "salience",
            "government", "budget", "parameter", "a",
            // `coprod sweep --help`: placeholders (KEY=a,b,c, --seed S), files (FILE.vl.json, .jsonl)
            "b", "c", "S", "vl", "json", "jsonl",
            // `coprod demo --help`: its keys and files
            "demo", "Ctrl", "C", "D", "q", "examples", "demos", "TEACHING",
        ])
        for t in texts {
            #expect(!t.en.isEmpty && !t.zh.isEmpty && t.en != t.zh)
            let words = Self.prose(t.zh).matches(of: /[A-Za-z][A-Za-z_]*/).map { String($0.output) }
            #expect(words.allSatisfy(allowed.contains), "\(words.filter { !allowed.contains($0) }) in \(t.zh)")
        }
    }
}

private func containsCJK(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
}
