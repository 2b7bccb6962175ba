/// One page of `help`: a command of the coprod language or a topic (`expressions`, `fields`, …).
///
/// `help WORD` prints the syntax line, the summary, an example that can be typed as it stands,
/// and the related pages.
public struct HelpEntry: Sendable {
    /// The word typed after `help`: a command word (`step`) or a topic (`fields`).
    public let name: String
    /// The shape of the command, in the notation of `docs/LANGUAGE.md`
    /// (`[…]` optional, `{…}` repeated, `|` alternatives, capitals for things you fill in).
    public let syntax: String
    /// What it does, in a sentence or three.
    public let summary: String
    /// A line that works when typed at the prompt on the default scenario.
    public let example: String
    /// Names of related entries.
    public let seeAlso: [String]

    public init(name: String, syntax: String, summary: String, example: String, seeAlso: [String]) {
        self.name = name
        self.syntax = syntax
        self.summary = summary
        self.example = example
        self.seeAlso = seeAlso
    }
}

/// Every `help` text of coprod in one place, so the REPL, the docs and the tests agree.
///
/// There is one entry per command word of the language (including the synonym `exit` and the
/// lesson-file statements), and one per topic: `expressions`, `fields`, `interventions`, `lessons`
/// and `typology` (which shares its page with the command of that name).
public enum HelpCatalogue {
    /// All entries, in the order of `overview`.
    public static let entries: [HelpEntry] = setUp + stepping + looking + keepingWork + helpAndLessons
        + lessonFiles + topics

    /// The entry for `name` (a command word or a topic), ignoring case and surrounding blanks;
    /// nil when there is none.
    public static func entry(named name: String) -> HelpEntry? {
        let key = String(name.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }
            .reversed()).lowercased()
        return entries.first { $0.name == key }
    }

    /// What a bare `help` prints: the commands grouped by what they are for, then the topics.
    public static var overview: String {
        var lines: [String] = ["coprod commands (type `help WORD` for details and an example):", ""]
        let groups: [(String, [HelpEntry])] = [
            ("set up", setUp),
            ("step", stepping),
            ("look", looking),
            ("keep work", keepingWork),
            ("help & lessons", helpAndLessons),
            ("lesson files only", lessonFiles),
            ("topics", topics),
        ]
        let width = entries.map(\.name.count).max() ?? 0
        for (title, group) in groups {
            lines.append("\(title):")
            for entry in group {
                let pad = String(repeating: " ", count: width - entry.name.count)
                lines.append("  \(entry.name)\(pad)  \(firstSentence(of: entry.summary))")
            }
            lines.append("")
        }
        lines.append("Comments start with #. One command per line. Paths go in double quotes.")
        return lines.joined(separator: "\n")
    }

    /// The summary up to and including its first full stop (the one-line form used in `overview`).
    private static func firstSentence(of text: String) -> String {
        var previous: Character = " "
        for index in text.indices {
            let character = text[index]
            if previous == ".", character == " " {
                return String(text[..<index])
            }
            previous = character
        }
        return text
    }

    // MARK: - Set up

    static let setUp: [HelpEntry] = [
        HelpEntry(
            name: "community",
            syntax: "community [STRING] {size N | profile WORD | seed N | name STRING}",
            summary: "Creates the population of residents, or changes it. `size` is the number of residents "
                + "(blocks of 40 per building), `profile` is mixed, old-estate or commodity-estate, and `seed` "
                + "fixes the random draws so a run can be repeated exactly. Changing the community starts again "
                + "at week 0.",
            example: "community \"Yangguang\" size 400 profile mixed seed 1",
            seeAlso: ["resident", "facility", "show", "fields"]),
        HelpEntry(
            name: "resident",
            syntax: "resident REF {KEY ATOM}",
            summary: "Names a resident or sets her traits. REF is a name or a 1-based number; a new name is "
                + "given to the next unnamed resident. Keys: age (young|middle|older), tenure (owner|renter), "
                + "building, need, efficacy, trust, attachment, time, skill, digital, identification, "
                + "responsibility (traits between 0 and 1).",
            example: "resident alice age older tenure owner building 3 efficacy 0.8",
            seeAlso: ["explain", "show", "fields"]),
        HelpEntry(
            name: "facility",
            syntax: "facility NAME {KEY ATOM | serves all | serves building N | serves age WORD | serves tenure WORD}",
            summary: "Adds a micro-infrastructure project, or changes one. Keys: publicness, salience, complexity, "
                + "visibility, outreach (0 to 1), cost (work units, one unit is about one resident-week of full "
                + "effort), serves (who benefits) and initiator (government|residents).",
            example: "facility shed publicness 0.6 salience 0.8 complexity 0.4 cost 60 visibility 0.7 serves all initiator government",
            seeAlso: ["show", "typology", "fields"]),
        HelpEntry(
            name: "government",
            syntax: "government {role N | budget N | responsiveness N}",
            summary: "Sets the regular producer. `role` runs from 0 (director: decides and supplies most inputs) "
                + "to 1 (enabler: helps residents act); `budget` is work units per week per facility; "
                + "`responsiveness` is the share of residents' input that the government acts upon.",
            example: "government role 0.2 budget 4 responsiveness 0.5",
            seeAlso: ["intervene", "show"]),
        HelpEntry(
            name: "intervene",
            syntax: "intervene KIND [on NAME | on all] {strength N | from N | to N}",
            summary: "Adds a government strategy. KIND is role-shift, tech-platform, emotional-care, differentiated, "
                + "incentive, information, training, council or outreach. Strength defaults to 0.8, `from` to the "
                + "current week; `to` is inclusive and open-ended when left out. Without `on` it targets all "
                + "facilities.",
            example: "intervene outreach on shed strength 0.8 from 0 to 19",
            seeAlso: ["interventions", "remove", "show"]),
        HelpEntry(
            name: "remove",
            syntax: "remove intervention N",
            summary: "Deletes an intervention. N is its number in `show interventions`.",
            example: "remove intervention 1",
            seeAlso: ["intervene", "show"]),
        HelpEntry(
            name: "set",
            syntax: "set FIELD ATOM",
            summary: "Changes a model constant. Examples: the awareness rates a0, aInfo, aDig, aSoc, the weights wA, "
                + "wS, wC, wI, wR, sustainWeeks, or the typology thresholds typology.autonomy and "
                + "typology.publicness. `show parameters` lists them with their values.",
            example: "set typology.autonomy 0.6",
            seeAlso: ["show", "typology"]),
    ]

    // MARK: - Step

    static let stepping: [HelpEntry] = [
        HelpEntry(
            name: "step",
            syntax: "step [N]",
            summary: "Advances the model by one week, or by N weeks, and prints a short summary. One step runs "
                + "the interventions, the cognitive, behavioural and production processes, and the feedback.",
            example: "step 10",
            seeAlso: ["run", "show", "reset"]),
        HelpEntry(
            name: "run",
            syntax: "run N | run until EXPR [max N]",
            summary: "Advances N weeks, or until the condition holds (checked after each week), then prints the same "
                + "three-level summary as step, with the events of the run. "
                + "`until week N` is short for `until week >= N`. `max` caps the number of weeks a `run until` "
                + "may take. Ctrl-C stops a run at the end of the current week.",
            example: "run until shed.phase = maintenance max 200",
            seeAlso: ["step", "expressions", "fields"]),
    ]

    // MARK: - Look

    static let looking: [HelpEntry] = [
        HelpEntry(
            name: "show",
            syntax: "show community | show resident REF | show facility NAME | show interventions | show government | show parameters | show NAME",
            summary: "Prints the current state of something. `show NAME` looks for a facility of that name first, "
                + "then a resident.",
            example: "show facility shed",
            seeAlso: ["count", "explain", "typology"]),
        HelpEntry(
            name: "count",
            syntax: "count [residents] [where EXPR] [by FIELD {, FIELD}]",
            summary: "Counts residents. `where` keeps those for whom the condition holds; `by` splits them into groups.",
            example: "count residents where age = older by tenure",
            seeAlso: ["rate", "mean", "expressions", "fields"]),
        HelpEntry(
            name: "rate",
            syntax: "rate EXPR [where EXPR] [by FIELD {, FIELD}]",
            summary: "The share of residents for whom EXPR holds (or equals 1), among those `where` selects. "
                + "`rate shed.joined` is the share who have ever taken part in the shed.",
            example: "rate shed.joined by age",
            seeAlso: ["count", "mean", "fields"]),
        HelpEntry(
            name: "mean",
            syntax: "mean FIELD [where EXPR] [by FIELD {, FIELD}]",
            summary: "The average of a resident field. `where` and `by` work as in count.",
            example: "mean efficacy where building = 3 by tenure",
            seeAlso: ["count", "rate", "fields"]),
        HelpEntry(
            name: "typology",
            syntax: "typology [NAME]",
            summary: "Places each facility (or one) in coprod's typology, with the numbers behind it. The two "
                + "dimensions are the paper's: participation method (autonomy share of entries, self-organised "
                + "at or above typology.autonomy, default 0.5) and micro-infrastructure attribute (publicness, "
                + "commons at or above typology.publicness, default 0.5). Types: I mobilised compliance "
                + "(动员配合型), II guided co-construction (引导共建型), III interest-driven self-help (利益自助型), "
                + "IV autonomous co-creation (自主共创型). The cell names are coprod's operationalisation; the "
                + "paper's own are not public.",
            example: "typology garden",
            seeAlso: ["set", "intervene", "fields"]),
        HelpEntry(
            name: "explain",
            syntax: "explain REF [[on] NAME]",
            summary: "Shows why a resident does or does not take part in a facility (or in each facility, without a "
                + "name). At the week she first joined, re-joined or lapsed it lists the terms of the decision — "
                + "attitude, subjective norm, perceived behavioural control, identification, responsibility, "
                + "pAuto, pMob, the channel — and which one tipped it; before she joins, this week's terms.",
            example: "explain 1 on shed",
            seeAlso: ["resident", "show", "fields"]),
    ]

    // MARK: - Keep work

    static let keepingWork: [HelpEntry] = [
        HelpEntry(
            name: "save",
            syntax: "save STRING [force]",
            summary: "Writes the session as a .coprod script. It holds the scenario, the steps taken and the changes "
                + "made during the run, so that loading or running it gives the same state. An existing file is "
                + "replaced after the REPL asks, or with `force`.",
            example: "save \"mine.coprod\"",
            seeAlso: ["load", "export"]),
        HelpEntry(
            name: "load",
            syntax: "load STRING",
            summary: "Runs a .coprod script, replacing the current session when it succeeds. An error names the "
                + "file, line and column and leaves the session as it was.",
            example: "load \"examples/default.coprod\"",
            seeAlso: ["save", "reset", "clear"]),
        HelpEntry(
            name: "export",
            syntax: "export STRING [force]",
            summary: "Writes the outcome series as CSV: one row per week, the community's columns, then each "
                + "facility's columns (`shed.phase`, `shed.everJoined`, …). An existing file is replaced after the "
                + "REPL asks, or with `force`.",
            example: "export \"series.csv\"",
            seeAlso: ["save"]),
        HelpEntry(
            name: "reset",
            syntax: "reset",
            summary: "Goes back to week 0 with the same scenario, interventions and seed. Changes made during the "
                + "run are kept and now apply from week 0 (interventions keep their windows).",
            example: "reset",
            seeAlso: ["clear", "load"]),
        HelpEntry(
            name: "clear",
            syntax: "clear",
            summary: "Starts an empty scenario. The community stays; facilities and interventions go.",
            example: "clear",
            seeAlso: ["reset", "facility"]),
    ]

    // MARK: - Help & lessons

    static let helpAndLessons: [HelpEntry] = [
        HelpEntry(
            name: "help",
            syntax: "help [WORD]",
            summary: "Lists the commands, or explains one command or topic.",
            example: "help intervene",
            seeAlso: ["lessons", "expressions", "fields"]),
        HelpEntry(
            name: "lesson",
            syntax: "lesson [N | end]",
            summary: "Lists the lessons, starts lesson N, or ends it. A lesson sets up its own scenario and walks "
                + "you through it part by part; `lesson end` brings back the session you had before it.",
            example: "lesson 1",
            seeAlso: ["next", "hint", "lessons"]),
        HelpEntry(
            name: "next",
            syntax: "next",
            summary: "Skips to the next part of the lesson (a part also moves on by itself once you have done "
                + "what it asks and its check passes).",
            example: "next",
            seeAlso: ["lesson", "hint"]),
        HelpEntry(
            name: "hint",
            syntax: "hint",
            summary: "Shows the command the current part of the lesson asks you to try, and the check's hint.",
            example: "hint",
            seeAlso: ["lesson", "next"]),
        HelpEntry(
            name: "quit",
            syntax: "quit",
            summary: "Leaves coprod. Ctrl-D does the same.",
            example: "quit",
            seeAlso: ["exit", "save"]),
        HelpEntry(
            name: "exit",
            syntax: "exit",
            summary: "Leaves coprod; the same as quit.",
            example: "exit",
            seeAlso: ["quit"]),
    ]

    // MARK: - Lesson-file statements

    static let lessonFiles: [HelpEntry] = [
        HelpEntry(
            name: "title",
            syntax: "title STRING",
            summary: "The lesson's title (lesson files only). It is the first statement of the file.",
            example: "title \"First steps\"",
            seeAlso: ["lessons", "part"]),
        HelpEntry(
            name: "part",
            syntax: "part STRING",
            summary: "Starts a part of the lesson (lesson files only). The commands before the first part set up "
                + "the lesson's scenario.",
            example: "part \"Look around\"",
            seeAlso: ["lessons", "say", "check"]),
        HelpEntry(
            name: "say",
            syntax: "say STRING",
            summary: "A line of the part's text (lesson files only). Consecutive say lines form one paragraph.",
            example: "say \"A week is one step of the model.\"",
            seeAlso: ["lessons", "part"]),
        HelpEntry(
            name: "predict",
            syntax: "predict STRING",
            summary: "A question to answer before trying the command (lesson files only).",
            example: "predict \"Will more residents join the garden or the lift?\"",
            seeAlso: ["lessons", "try"]),
        HelpEntry(
            name: "try",
            syntax: "try STRING",
            summary: "The command the student is asked to type (lesson files only).",
            example: "try \"step 10\"",
            seeAlso: ["lessons", "check"]),
        HelpEntry(
            name: "check",
            syntax: "check EXPR [hint STRING]",
            summary: "A condition that passes once the student has done the part (lesson files only). The hint is "
                + "shown while it fails.",
            example: "check week >= 10 hint \"type step 10\"",
            seeAlso: ["lessons", "expressions", "fields"]),
    ]

    // MARK: - Topics

    static let topics: [HelpEntry] = [
        HelpEntry(
            name: "expressions",
            syntax: "EXPR := comparison {and|or comparison} | not EXPR | ( EXPR );  comparison := OPERAND [= | == | != | < | <= | > | >= OPERAND]",
            summary: "Conditions used by count, rate, mean, run until and check. Operands are numbers, strings, "
                + "fields (`efficacy`, `shed.stage`) and words naming a value (`older`, `active`). `not` binds "
                + "tightest, then `and`, then `or`. The words where, by, max, hint and on end an expression.",
            example: "count where shed.active = 1 and (age = older or tenure = renter)",
            seeAlso: ["fields", "count", "run"]),
        HelpEntry(
            name: "fields",
            syntax: "FIELD := WORD | FACILITY.WORD",
            summary: "Names of things to count, compare and average. Resident fields: "
                + Vocabulary.residentFields.joined(separator: ", ") + ", and per facility "
                + Vocabulary.residentFacilityFields.map { "F.\($0)" }.joined(separator: ", ") + ". Model fields: "
                + Vocabulary.modelFields.joined(separator: ", ") + ", and per facility "
                + Vocabulary.modelFacilityFields.map { "F.\($0)" }.joined(separator: ", ") + ". "
                + "Model fields can be used over residents too: each has one value for the week, the same for "
                + "every resident.",
            example: "mean shed.satisfaction where shed.active = 1",
            seeAlso: ["expressions", "count", "check"]),
        HelpEntry(
            name: "interventions",
            syntax: "intervene KIND [on NAME | on all] {strength N | from N | to N}",
            summary: "The nine government strategies. They are: role-shift (toward enabler, more responsive), tech-platform "
                + "(online awareness and joining, eases taking part), emotional-care (emotional engagement "
                + "through close ties), differentiated (scales the others by their fit to the facility's type), "
                + "incentive (material rewards), information (publicity), training (capacity building), "
                + "council (residents' council: easier co-design, more responsive) and outreach (door-to-door "
                + "mobilisation). An intervention is active from its `from` week to its `to` week inclusive.",
            example: "intervene emotional-care on garden strength 0.6",
            seeAlso: ["intervene", "remove", "typology"]),
        HelpEntry(
            name: "lessons",
            syntax: "lesson [N | end];  in a lesson file: title, setup commands, then {part, say, predict, try, check}",
            summary: "Lessons walk through the model with their own scenario. Type `lesson` for the list, "
                + "`lesson 1` to start, `next` to move on once a part's check passes, `hint` when stuck, "
                + "`lesson end` to leave. Lesson files are .coprod files with the extra statements title, part, "
                + "say, predict, try and check.",
            example: "lesson 1",
            seeAlso: ["lesson", "next", "hint", "check"]),
    ]
}
