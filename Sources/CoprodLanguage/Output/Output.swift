import CoprodModel
import CoprodValidation

/// What a command produces: structured values, never text. `TextRenderer` turns them into lines
/// in the session's language and width; the same values feed the JSON and CSV writers. Every view
/// is a pure function of the model (`Views`).
public enum Output: Sendable {
    /// A one-line message from the catalogue (a confirmation, a note, a lesson prompt).
    case note(Message)
    /// A warning about the line being run (it still runs), drawn like a diagnostic.
    case warning(LocatedDiagnostic)
    /// A blank line.
    case blank
    /// A command echoed as a student types it (lesson rehearsal): prompt and command.
    case echo(prompt: String, command: String)
    /// The text of a `pause` line (a demo's narration), in the session's language.
    case pause(String)
    case community(CommunityView)
    case resident(ResidentView)
    case facility(FacilityView)
    /// A facility just declared (`changed` for an existing one).
    case facilityDeclared(FacilitySpec, changed: Bool)
    /// A resident just declared or changed: her label and traits.
    case residentDeclared(ResidentView)
    case government(GovernmentView)
    case governmentDeclared(Government)
    case parameters(ParametersView)
    case interventions([InterventionView])
    case interventionDeclared(InterventionView)
    case step(StepReport)
    case typology(TypologyView)
    case explanation(ExplanationView)
    case query(QueryResult)
    case help(HelpView)
    case lessonList([LessonListing])
    case lessonPart(LessonPartView)
    /// `runs`.
    case runs([RunListing])
    /// `compare A B`: outcomes side by side at each run's week, and the residents that differ.
    case comparison(ComparisonView)
    /// `compare A B over weeks`: chosen outcomes week by week.
    case comparisonOverWeeks(ComparisonSeries)
    /// `plot`: a line chart, or a strip for a categorical field.
    case plot(PlotView)
    /// `watch`: a sparkline per watched field, after a step report.
    case sparklines([SparklineView])
    /// `hist`: a resident field's distribution.
    case histogram(HistogramView)
    /// `typology map`: the 2 × 2 grid with each facility's path.
    case typologyMap(TypologyMapView)
    /// `validate`: the stylised facts, and the mutation check and sensitivity when asked for.
    case validation(ValidationReport)
}

/// One line of `runs`.
public struct RunListing: Sendable, Hashable {
    public var name: String
    public var week: Int
    public var current: Bool
    public var parent: String?
    /// The changes this run has and its parent lacks, as the lines that made them, with weeks.
    public var ownChanges: [(week: Int, line: String)]
    /// True when the week-0 scenarios differ too (a twin rewound to week 0 and declared anew).
    public var scenarioDiffers: Bool
    /// The declarations of this run's week-0 scenario that its parent's lacks (`added`) and those
    /// of the parent's that this run lacks (`removed`), as `save` would write them.
    public var weekZero: (added: [String], removed: [String]) = ([], [])

    public static func == (a: RunListing, b: RunListing) -> Bool {
        a.name == b.name && a.week == b.week && a.current == b.current && a.parent == b.parent
            && a.ownChanges.map(\.week) == b.ownChanges.map(\.week)
            && a.ownChanges.map(\.line) == b.ownChanges.map(\.line) && a.scenarioDiffers == b.scenarioDiffers
            && a.weekZero.added == b.weekZero.added && a.weekZero.removed == b.weekZero.removed
    }

    public func hash(into h: inout Hasher) {
        h.combine(name)
        h.combine(week)
    }
}

/// `compare A B`: every outcome of the metric registry in both runs (community metrics, then
/// each facility both runs have), and the resident × facility pairs whose stage or channel
/// differ.
public struct ComparisonView: Sendable {
    public struct Row: Sendable {
        /// The field as a query writes it: `participation`, `shed.retention`.
        public var field: String
        public var metric: Metric
        public var a: MetricValue
        public var b: MetricValue
    }
    public struct ResidentDifference: Sendable, Hashable {
        /// 1-based, as `explain` takes it.
        public var resident: Int
        public var name: String?
        public var facility: String
        public var stageA: Stage
        public var channelA: Channel
        public var stageB: Stage
        public var channelB: Channel
    }
    public var a: String
    public var b: String
    public var weekA: Int
    public var weekB: Int
    public var rows: [Row]
    /// Facility outcomes equal in both runs, left out of `rows`.
    public var equalLeftOut: Int
    /// Outcomes that differ but are not key outcomes, left out of `rows` by a plain `compare`
    /// (`compare A B all` lists them); 0 with `all`.
    public var otherDiffering: Int = 0
    public var residents: [ResidentDifference]
    public var residentsDiffering: Int
}

/// `compare A B over weeks`: for each field, its value in both runs at each shown week.
public struct ComparisonSeries: Sendable {
    public var a: String
    public var b: String
    public var fields: [String]
    public var weeks: [Int]
    /// `values[k][f]`: field f at weeks[k], in run a and in run b.
    public var valuesA: [[MetricValue]]
    public var valuesB: [[MetricValue]]
}

/// A facility's attributes as declared (`publicness 0.6, salience 0.8, …`).
public struct InterventionView: Sendable, Hashable {
    public var intervention: Intervention
    /// Whether it acts at the current week.
    public var active: Bool
}

/// `show community`.
public struct CommunityView: Sendable {
    public var name: String
    public var size: Int
    public var profile: Profile
    public var seed: UInt64
    public var week: Int
    public var buildings: Int
    public var ties: Int
    public var namedResidents: Int
    public var facilityCount: Int
    public var interventionCount: Int
    public var outcome: CommunityOutcome
    public var facilities: [FacilityOutcome]
}

/// `show resident …` and the echo of `resident …`.
public struct ResidentView: Sendable {
    public struct OnFacility: Sendable {
        public var facility: String
        public var stage: Stage
        public var joinedAt: Int?
        public var channel: Channel
        public var incentiveDriven: Bool
        public var satisfaction: Double
        public var fatigue: Double
        public var sustained: Bool
        public var served: Bool
    }
    /// 1-based index.
    public var number: Int
    public var name: String?
    public var age: AgeGroup
    public var tenure: Tenure
    public var building: Int
    /// Her floor `1...6` and whether she is an activist (spec §12).
    public var floor: Int
    public var activist: Bool
    public var degree: Int
    /// The seven influencing factors in a fixed order: need, efficacy, trust, attachment, time, skill, digital.
    public var factors: [(ResidentTrait, Double)]
    public var identification: Double
    public var responsibility: Double
    public var facilities: [OnFacility]
}

/// `show facility …`.
public struct FacilityView: Sendable {
    public var spec: FacilitySpec
    public var state: FacilityState
    public var outcome: FacilityOutcome
    public var interventions: [InterventionView]
    /// The government in force (its upkeep, spec §12).
    public var government = Government()
    /// The second-stage constants in force and whether performative participation is on (spec §12).
    public var secondStage = SecondStageParameters()
    public var performativeOn = false
}

/// `show government`.
public struct GovernmentView: Sendable {
    public var government: Government
    /// Facilities whose role differs from the government's (role transformation).
    public var shiftedRoles: [(facility: String, role: Double)]
}

/// `show parameters`.
public struct ParametersView: Sendable {
    public var rows: [(name: String, value: Double, range: ClosedRange<Double>, source: String)]
    public var thresholds: TypologyThresholds
}

/// The report of `step` and `run`: what changed between two weeks on the three levels.
public struct StepReport: Sendable {
    public var from: WeekRecord
    public var to: WeekRecord
    public var facilityNames: [String]
    /// Per facility, summed over the weeks stepped.
    public var newlyAware: [Int]
    public var autonomousJoins: [Int]
    public var mobilisedJoins: [Int]
    public var lapses: [Int]
    /// The last events (at most 12) and how many earlier ones were left out.
    public var events: [ModelEvent]
    public var eventsLeftOut: Int
}

/// `typology [NAME]`.
public struct TypologyView: Sendable {
    public var week: Int
    public var thresholds: TypologyThresholds
    public var classifications: [Classification]
}

/// `explain REF [NAME]`: per facility, the terms of joining and lapsing.
public struct ExplanationView: Sendable {
    public struct Join: Sendable {
        public enum Label: Sendable { case firstJoined, rejoined, onceAware, notJoined }
        public var label: Label
        public var terms: JoinExplanation
    }
    public struct OnFacility: Sendable {
        public var facility: String
        public var stage: Stage
        public var served: Bool
        public var unaware: Bool
        public var joins: [Join]
        public var lapse: LapseExplanation?
        /// Her latest consent vote on the facility (spec §12), nil if she has not voted.
        public var vote: VoteExplanation? = nil
        public var sustained: Bool
        public var sustainWeeks: Int
        /// Why she is or is not performative now (spec §12); nil when the rule is off or she is
        /// not active.
        public var performative: PerformativeTerms? = nil
        /// Her reach as an active activist on the facility (spec §12), or nil.
        public var reach: ActivistReach? = nil
        /// Her ties who are activists active on the facility now, and the outreach and emotional
        /// engagement they raise for her (spec §12; 0 and nil when none reaches her).
        public var reachedBy = 0
        public var raisedOutreach: (lever: Double, floor: Double, felt: Double)? = nil
        public var raisedEmotion: (lever: Double, floor: Double, felt: Double)? = nil
    }
    public var residentNumber: Int
    public var residentName: String?
    public var facilities: [OnFacility]
}

/// `count`, `rate` and `mean`: a headline and, with `by`, one row per group.
public struct QueryResult: Sendable {
    public enum Kind: Sendable {
        case count
        case rate(condition: String)
        case mean(field: String)
    }
    /// One cell: a count, a rate with its counts, or a mean with its spread (nil: no residents).
    public enum Value: Sendable {
        case count(Int)
        case rate(hits: Int, of: Int)
        case mean(mean: Double, sd: Double, n: Int)
    }
    public var kind: Kind
    /// The `where` clause as written back (`age = older`), if any.
    public var filter: String?
    public var total: Value
    public var groups: [(key: String, value: Value)]
    public var grouped: Bool
    /// A community or facility metric used over residents: one value for the week.
    public struct WeekValue: Sendable {
        public enum Level: Sendable { case community, facility }
        public var field: String
        public var level: Level
    }
    /// The fields of the query that have one value for the week, noted under the result.
    public var weekValues: [WeekValue] = []
    /// The `by` fields as written (`building`, `shed.joined`), one per part of a group's key.
    public var groupFields: [String] = []
}

/// `help` and `help WORD`.
public enum HelpView: Sendable {
    /// `help`: the command names by group, and how to read more.
    case overview
    /// `help all`: every command and topic by group, each with the first sentence of its summary.
    case all
    /// A command's or topic's page, with the settings the command takes (from the settings
    /// registry; empty for most commands).
    case page(HelpEntry, settings: [SettingDescriptor])
    case glossary
    /// One entry of the glossary (`help 自我效能感`, `help self-efficacy`).
    case term(GlossaryEntry)
    /// `help FIELD` (`help largestGap`, `help shed.everJoined`, `help 最大参与差距`): each metric the
    /// word names, after the glossary's entry when it is also a term of the field.
    case field([FieldHelp], term: GlossaryEntry?)
    /// `help KEY` (`help typology.autonomy`, `help 自主性`, `help role`, `help 角色`): each setting the
    /// word names, with its range, its default and a line that sets it, after the glossary's
    /// entry when it is also a term of the field.
    case settings([SettingHelp], term: GlossaryEntry?)
}

/// One setting on a `help KEY` page: the key as a declaration types it (`typology.autonomy`,
/// `role`), the setting (its group, type, unit and default; its name and doc line are
/// ``Terms/settings``'), and a line that sets it.
public struct SettingHelp: Sendable {
    public let key: String
    public let setting: SettingDescriptor
    public let example: String
}

/// One metric on a `help FIELD` page: the field as it is typed (`shed.everJoined`), the metric
/// (its key, level and kind; its name and doc line are ``Terms/metrics``'), and a query to try.
public struct FieldHelp: Sendable {
    public let field: String
    public let metric: Metric
    public let example: String
}

/// One line of `lesson`.
public struct LessonListing: Sendable {
    public var number: Int
    public var title: Bilingual
    /// Done, in progress or not started; nil when progress is not kept.
    public var status: LessonStatus?
}

/// What a student sees when a lesson part begins.
public struct LessonPartView: Sendable {
    public var lesson: Int
    public var part: Int
    public var parts: Int
    public var title: Bilingual
    public var paragraphs: [Bilingual]
    public var prediction: Bilingual?
    public var tries: [String]
}
