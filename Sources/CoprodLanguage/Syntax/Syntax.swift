/// The syntax tree of the coprod language. One `Command` per source line; the parser produces it,
/// the interpreter (`Session`) gives it meaning. Every node keeps its source range so errors found
/// later (an unknown facility, an out-of-range number) still point at the right column.

/// A bare word: a command keyword, a name (`shed`, `alice`, `张三`) or an enumerated value (`older`).
public struct Identifier: Hashable, Sendable {
    public var name: String
    public var range: SourceRange
    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

/// A numeric literal as written (`0.6`, `-3`, `1e3`); `text` keeps the spelling for messages.
public struct NumberLiteral: Hashable, Sendable {
    public var value: Double
    public var text: String
    public var range: SourceRange
    public init(value: Double, text: String, range: SourceRange) {
        self.value = value
        self.text = text
        self.range = range
    }
}

/// A double-quoted string literal, escapes (`\"`, `\\`, `\n`, `\t`) already resolved.
public struct StringLiteral: Hashable, Sendable {
    public var value: String
    public var range: SourceRange
    public init(value: String, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// One token-valued argument: `0.6`, `older`, `"Yangguang"`.
public enum Atom: Hashable, Sendable {
    case number(NumberLiteral)
    case word(Identifier)
    case string(StringLiteral)

    public var range: SourceRange {
        switch self {
        case .number(let n): n.range
        case .word(let w): w.range
        case .string(let s): s.range
        }
    }
}

/// A `key value` pair in a declaration, e.g. `salience 0.8`, `age older`, `serves building 3`.
/// `values` has one atom, except `serves`, which has one or two (`serves all`, `serves building 3`).
public struct Setting: Hashable, Sendable {
    public var key: Identifier
    public var values: [Atom]
    public init(key: Identifier, values: [Atom]) {
        self.key = key
        self.values = values
    }

    public var range: SourceRange {
        values.reduce(key.range) { $0.union($1.range) }
    }
}

/// A resident named in a command: by name (`alice`) or by 1-based index (`17`).
public enum ResidentRef: Hashable, Sendable {
    case name(Identifier)
    case index(NumberLiteral)

    public var range: SourceRange {
        switch self {
        case .name(let n): n.range
        case .index(let n): n.range
        }
    }
}

/// A field in an expression or a `by` clause: `age`, `efficacy`, `week`, `shed.stage`, `lift.type`.
/// One result a lesson's `predict … reveal` shows next to the student's answer: a field's value
/// (`shed.retention`), or the share of residents for whom a resident field holds, by group
/// (`shed.joined by age`).
public struct Reveal: Hashable, Sendable {
    public var field: FieldRef
    public var by: FieldRef?
    public init(field: FieldRef, by: FieldRef? = nil) {
        self.field = field
        self.by = by
    }
}

public struct FieldRef: Hashable, Sendable {
    /// The facility before the dot (`shed` in `shed.stage`), if any.
    public var qualifier: Identifier?
    public var name: Identifier
    public init(qualifier: Identifier?, name: Identifier) {
        self.qualifier = qualifier
        self.name = name
    }

    public var range: SourceRange { qualifier.map { $0.range.union(name.range) } ?? name.range }
}

public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
    case equal = "="  // `==` is accepted as a synonym
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// A condition or operand. Bare words parse as `.field`; the interpreter decides from context
/// whether `older` in `age = older` is a value.
public indirect enum Expression: Hashable, Sendable {
    case number(NumberLiteral)
    case string(StringLiteral)
    case field(FieldRef)
    case comparison(Expression, ComparisonOperator, Expression, operatorRange: SourceRange)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case not(Expression, keyword: SourceRange)

    public var range: SourceRange {
        switch self {
        case .number(let n): n.range
        case .string(let s): s.range
        case .field(let f): f.range
        case .comparison(let l, _, let r, _): l.range.union(r.range)
        case .and(let l, let r), .or(let l, let r): l.range.union(r.range)
        case .not(let e, let k): k.union(e.range)
        }
    }
}

/// What `show` shows.
public enum ShowTarget: Hashable, Sendable {
    case community
    case resident(ResidentRef)
    case facility(Identifier)
    case interventions
    case government
    case parameters
    /// `show shed` / `show alice`: a bare name, resolved by the interpreter (facility first).
    case entity(Identifier)
}

/// How far `run` goes: a number of steps, or until a condition holds (with an optional cap).
public enum RunSpec: Hashable, Sendable {
    case steps(NumberLiteral)
    case until(Expression, max: NumberLiteral?)
}

/// What `watch` does: list the watched fields, watch more, or stop.
public enum WatchAction: Hashable, Sendable {
    case list  // `watch`
    case fields([FieldRef])  // `watch participation shed.active`
    case off  // `watch off`
}

/// Lesson navigation typed in the REPL.
public enum LessonAction: Hashable, Sendable {
    case list  // `lesson`
    case start(NumberLiteral, part: NumberLiteral?)  // `lesson 2` / `lesson 2 part 3`
    case next  // `next`
    case hint  // `hint`
    case answer(String)  // `answer up`: the student's prediction for the current part
    case end  // `lesson end`
}

/// One command (one line of a script, a lesson or the REPL).
public enum Command: Hashable, Sendable {
    // Setting up (each may also change an existing entity later).
    case community(name: StringLiteral?, settings: [Setting])  // community "X" size 400 profile mixed seed 1
    case resident(ResidentRef, settings: [Setting])  // resident alice age older efficacy 0.8
    case facility(Identifier, settings: [Setting])  // facility shed publicness 0.6 serves all
    case government(settings: [Setting])  // government role 0.4 budget 4
    // intervene outreach on shed strength 0.8 from 0 to 19
    case intervene(kind: Identifier, target: Identifier?, settings: [Setting])
    case removeIntervention(NumberLiteral)  // remove intervention 2
    case partner(on: Bool, facility: Identifier, settings: [Setting])  // partner on shed budget 7.2 fee 0.2
    case removeFacility(Identifier)  // remove facility shed
    case renameFacility(Identifier, Identifier)  // rename facility shed 车棚
    case set(FieldRef, Atom)  // set a0 0.02 / set typology.autonomy 0.6
    // Stepping.
    case step(NumberLiteral?)  // step / step 10
    case run(RunSpec)  // run 52 / run until shed.phase = maintenance max 500
    // Looking.
    case show(ShowTarget)
    case count(where: Expression?, by: [FieldRef])  // count residents where age = older by tenure
    case rate(Expression, where: Expression?, by: [FieldRef])  // rate shed.joined by age
    case mean(FieldRef, where: Expression?, by: [FieldRef])  // mean efficacy where building = 3 by tenure
    case typology(Identifier?)  // typology / typology lift
    case typologyMap  // typology map
    case plot([FieldRef], runs: [Identifier])  // plot participation shed.active [in main care]
    case watch(WatchAction)  // watch participation / watch / watch off
    case hist(FieldRef, where: Expression?)  // hist trust where age = older
    case explain(ResidentRef, facility: Identifier?)  // explain alice shed
    // Keeping work.
    case save(StringLiteral, force: Bool)  // save "mine.coprod" [force]
    case load(StringLiteral)  // load "examples/lift-retrofit.coprod"
    case export(StringLiteral, force: Bool)  // export "series.csv" [force]
    case exportTable(ExportTable, StringLiteral, force: Bool)  // export residents to "r.csv" [force]
    case reset  // back to week 0, same scenario
    case clear  // empty scenario
    // Twins and rewinding.
    case undo  // take back the last command that changed a run
    case back(NumberLiteral)  // back 10: rewind 10 weeks
    case goto(NumberLiteral)  // goto 20: rewind to week 20, or run forward to it
    case fork(Identifier)  // fork care: a twin of the current run, made current
    case runs  // list the runs
    case switchRun(Identifier)  // switch main
    // compare main care [all | over weeks FIELD…]
    case compare(Identifier?, Identifier?, overWeeks: [FieldRef]?, all: Bool)
    // Validity.
    case validate(ValidateOptions)  // validate [quick] [mutants] [sensitivity] [seeds N]
    // Help, lessons, leaving.
    case help(Identifier?)
    case lang(Identifier?)  // lang zh / lang en / lang
    case hints(Identifier?)  // hints on / hints off / hints
    case lesson(LessonAction)
    case quit
    // Statements that only lesson files use.
    case title(StringLiteral)  // title "First steps"
    case part(StringLiteral)  // part "Look around"
    case say(StringLiteral)  // say "text" (consecutive lines join)
    // predict "What will happen?" [reveal shed.retention, shed.joined by age]
    case predict(StringLiteral, reveal: [Reveal])
    case because(StringLiteral)  // because "why the result came out as it did" (after a predict)
    case tryCommand(StringLiteral)  // try "step 10"
    case check(Expression, hint: StringLiteral?)  // check week >= 10 hint "type step 10"
    case zh(StringLiteral)  // zh "输入 step 10"：前一条文字的中文
    case pause(StringLiteral, zh: StringLiteral?)  // pause "Now the twin." [zh "现在看孪生运行。"]
    // Experiments (run by the REPL or `coprod sweep`; the language only checks the options).
    case sweep(options: StringLiteral?)  // sweep --vary shed.salience=0.3,0.9 --replicates 2
}

extension Command {
    /// `lesson N` and `lesson end`: they replace the whole session state (the lesson's, or the
    /// one from before it), so `undo` does not take them back.
    var swapsSession: Bool {
        switch self {
        case .lesson(.start), .lesson(.end): true
        default: false
        }
    }
}

/// A parsed line: the command (nil for a blank or comment-only line) and where it sits.
public struct Statement: Hashable, Sendable {
    public var command: Command
    public var range: SourceRange
    public init(command: Command, range: SourceRange) {
        self.command = command
        self.range = range
    }
}

extension Command {
    /// The word that starts the command (`quit` for both `quit` and `exit`).
    public var word: String {
        switch self {
        case .community: "community"
        case .resident: "resident"
        case .facility: "facility"
        case .government: "government"
        case .intervene: "intervene"
        case .removeIntervention, .removeFacility: "remove"
        case .renameFacility: "rename"
        case .partner: "partner"
        case .set: "set"
        case .step: "step"
        case .run: "run"
        case .show: "show"
        case .count: "count"
        case .rate: "rate"
        case .mean: "mean"
        case .typology, .typologyMap: "typology"
        case .plot: "plot"
        case .watch: "watch"
        case .hist: "hist"
        case .explain: "explain"
        case .save: "save"
        case .load: "load"
        case .export, .exportTable: "export"
        case .reset: "reset"
        case .clear: "clear"
        case .undo: "undo"
        case .back: "back"
        case .goto: "goto"
        case .fork: "fork"
        case .runs: "runs"
        case .switchRun: "switch"
        case .compare: "compare"
        case .validate: "validate"
        case .help: "help"
        case .lang: "lang"
        case .hints: "hints"
        case .lesson(.next): "next"
        case .lesson(.hint): "hint"
        case .lesson(.answer): "answer"
        case .lesson: "lesson"
        case .quit: "quit"
        case .title: "title"
        case .part: "part"
        case .say: "say"
        case .predict: "predict"
        case .because: "because"
        case .tryCommand: "try"
        case .check: "check"
        case .zh: "zh"
        case .pause: "pause"
        case .sweep: "sweep"
        }
    }
}
