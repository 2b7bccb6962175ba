import CoprodModel

/// Tab completion: what may come next in a line, given the words before the cursor.
enum Completion {
    /// Candidates that start with the word being typed (the text after the last space), sorted.
    static func candidates(for line: String, model: Model) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let typing = line.last == " " || line.isEmpty ? "" : (words.last ?? "")
        let before = line.last == " " || line.isEmpty ? words : Array(words.dropLast())
        let facilities = model.scenario.facilities.map(\.name)
        let residents = model.scenario.residentNames.keys.sorted()
        var pool: [String]
        if before.isEmpty {
            pool = Vocabulary.commands
        } else if let values = settingValues(command: before[0], before: before) {
            pool = values
        } else {
            let command = before[0]
            let previous = before[before.count - 1]
            switch command {
            case "show":
                pool =
                    before.count == 1
                    ? Vocabulary.showTargets + facilities + residents
                    : previous == "facility" ? facilities : previous == "resident" ? residents : []
            case "facility":
                pool = before.count == 1 ? facilities : Vocabulary.keywords(after: command)
            case "resident":
                pool = before.count == 1 ? residents : Vocabulary.keywords(after: command)
            case "intervene":
                pool =
                    before.count == 1
                    ? Vocabulary.interventionKinds
                    : previous == "on" ? facilities + ["all"] : ["on"] + Vocabulary.interventionKeys
            case "explain":
                // explain REF [on] FACILITY: after `on`, or after the facility, `on` is no longer offered.
                pool =
                    before.count == 1
                    ? residents : previous == "on" ? facilities : before.count == 2 ? facilities + ["on"] : []
            case "remove":
                pool = before.count == 1 ? ["facility", "intervention"] : previous == "facility" ? facilities : []
            case "rename":
                pool = before.count == 1 ? ["facility"] : before.count == 2 && previous == "facility" ? facilities : []
            case "typology":
                pool = facilities + ["map"]
            case "plot":
                pool = expressionWords(typing, residentLevel: false, facilities: facilities) + ["in"]
            case "watch":
                pool = expressionWords(typing, residentLevel: false, facilities: facilities) + ["off"]
            case "hist":
                pool = expressionWords(typing, residentLevel: true, facilities: facilities) + ["where"]
            case "count", "rate", "mean":
                // After `by` (`by FIELD {, FIELD}`): only fields residents can be grouped by, never
                // `and` or a value.
                pool =
                    before.last(where: { $0 == "where" || $0 == "by" }) == "by"
                    ? groupFields(typing, facilities: facilities)
                    : expressionWords(typing, residentLevel: true, facilities: facilities) + [
                        "where", "by", "residents",
                    ]
            case "run", "check":
                pool = expressionWords(typing, residentLevel: false, facilities: facilities) + ["until", "max"]
            case "help":
                // A command, a topic or a field (`help largestGap`, `help shed.everJoined`).
                if let dot = typing.firstIndex(of: "."), before.count == 1 {
                    let f = String(typing[..<dot])
                    pool =
                        facilities.contains(f)
                        ? (MetricRegistry.facility + MetricRegistry.residentFacility).map { "\(f).\($0.name)" } : []
                } else {
                    pool =
                        before.count == 1
                        ? HelpCatalogue.entries.map(\.name) + ["all"] + Interpreter.helpFields
                            + facilities.map { "\($0)." }
                        : []
                }
            default:
                pool = Vocabulary.keywords(after: command)
            }
        }
        if before.isEmpty { pool += CommandRegistry.chineseAliases.keys }
        let matching = Array(
            Set(pool.filter { $0.hasPrefix(typing) && $0 != typing || (typing.isEmpty && !$0.isEmpty) })
        ).sorted()
        // A Chinese word being typed (`车`, `按年`): the Chinese words accepted here that start with it
        // (a facility named in Chinese, a category word's alias, 提示), else the words of the pool
        // whose Chinese name starts with it (`shed` for 车棚), which the line editor puts in its place.
        guard !typing.allSatisfy(\.isASCII) else { return matching }
        let aliases = Terms.aliases.filter { pool.contains($0.value) }.keys.filter {
            $0.hasPrefix(typing) && $0 != typing
        }
        let chinese = Array(Set(matching + aliases)).sorted()
        if !chinese.isEmpty { return chinese }
        return Array(
            Set(pool.filter { !chineseNames(of: $0, facilities: facilities).filter { $0.hasPrefix(typing) }.isEmpty })
        )
        .sorted()
    }

    /// The Chinese names of a word Tab may offer: a facility's usual Chinese names (`车棚`), a
    /// category word's aliases (`规划`), a field's name (`自我效能感`).
    private static func chineseNames(of word: String, facilities: [String]) -> [String] {
        var names = facilities.contains(word) ? Terms.facilityNames[word] ?? [] : []
        names += Terms.aliases.filter { $0.value == word }.keys
        for level in ["resident", "community", "facility", "residentFacility"] {
            names += Terms.chineseNames(of: "\(level).\(word)")
        }
        return names
    }

    /// After a key of the settings registry that the command takes, the words it accepts (none
    /// for a number, which cannot be completed); after `serves`, its scopes, and after
    /// `serves age` / `serves tenure`, their words. Nil when the previous word is not such a key.
    private static func settingValues(command: String, before: [String]) -> [String]? {
        guard before.count >= 2, let definition = CommandRegistry.definition(named: command) else { return nil }
        let previous = before[before.count - 1]
        if before.count >= 3 && before[before.count - 2] == "serves" {
            switch previous {
            case "age": return Vocabulary.ages
            case "tenure": return Vocabulary.tenures
            case "building": return []
            default: break
            }
        }
        guard
            let d = definition.settings.flatMap(SettingsRegistry.descriptors(in:)).first(where: { $0.key == previous })
        else { return nil }
        switch d.type {
        case .category(let words): return words
        case .beneficiaries: return Vocabulary.servesScopes
        case .real, .integer, .text: return []
        }
    }

    /// The fields of a `by` list (``Field/isGroupable``: categories and whole numbers), with `F.`
    /// forms once a facility name and a dot have been typed.
    private static func groupFields(_ typing: String, facilities: [String]) -> [String] {
        let groupable = { (m: Metric) -> Bool in
            switch m.kind {
            case .number, .share: false
            case .count, .flag, .week, .category: true
            }
        }
        if let dot = typing.firstIndex(of: ".") {
            let f = String(typing[..<dot])
            guard facilities.contains(f) else { return [] }
            return MetricRegistry.residentFacility.filter(groupable).map { "\(f).\($0.name)" }
        }
        return MetricRegistry.resident.filter(groupable).map(\.name) + facilities.map { "\($0)." }
    }

    /// Field names from the metric registry, with `F.` forms once a facility name and a dot have
    /// been typed. Over residents, a facility's fields are its resident × facility metrics and its
    /// facility metrics (see ``Fields``); in `run until` and `check`, its facility metrics.
    private static func expressionWords(_ typing: String, residentLevel: Bool, facilities: [String]) -> [String] {
        let perFacility =
            residentLevel
            ? Vocabulary.residentFacilityFields + Fields.facilityOnlyFields
            : Vocabulary.modelFacilityFields
        if let dot = typing.firstIndex(of: ".") {
            let f = String(typing[..<dot])
            guard facilities.contains(f) else { return [] }
            return perFacility.map { "\(f).\($0)" }
        }
        let plain = residentLevel ? Vocabulary.residentFields : Vocabulary.modelFields
        return plain + facilities.map { "\($0)." } + Vocabulary.logicalWords
            + (residentLevel
                ? Vocabulary.ages + Vocabulary.tenures + Vocabulary.stages + Vocabulary.channels
                : Vocabulary.phases + Vocabulary.facilityTypes)
    }
}
