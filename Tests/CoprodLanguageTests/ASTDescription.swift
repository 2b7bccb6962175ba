@testable import CoprodLanguage

/// A compact, range-free spelling of the syntax tree, so parser tests can assert on structure in
/// one readable line; separate tests check ranges.
enum AST {
    static func of(_ c: Command) -> String {
        switch c {
        case .community(let name, let settings):
            return "community(\(name.map(str) ?? "-")\(list(settings)))"
        case .resident(let ref, let settings): return "resident(\(of(ref))\(list(settings)))"
        case .facility(let name, let settings): return "facility(\(name.name)\(list(settings)))"
        case .government(let settings): return "government(\(list(settings).dropFirst(2)))"
        case .intervene(let kind, let target, let settings):
            return "intervene(\(kind.name) on \(target?.name ?? "-")\(list(settings)))"
        case .removeIntervention(let n): return "remove(\(n.text))"
        case .partner(let on, let f, let settings): return "partner(\(on ? "on" : "off") \(f.name)\(list(settings)))"
        case .removeFacility(let name): return "remove(facility \(name.name))"
        case .renameFacility(let old, let new): return "rename(facility \(old.name) \(new.name))"
        case .set(let f, let a): return "set(\(of(f)) \(of(a)))"
        case .step(let n): return "step(\(n?.text ?? "-"))"
        case .run(.steps(let n)): return "run(\(n.text))"
        case .run(.until(let e, let cap)): return "run(until \(of(e)) max \(cap?.text ?? "-"))"
        case .show(let t): return "show(\(of(t)))"
        case .count(let w, let by): return "count(\(w.map(of) ?? "-") by \(by.map(of).joined(separator: ",")))"
        case .rate(let e, let w, let by):
            return "rate(\(of(e)) where \(w.map(of) ?? "-") by \(by.map(of).joined(separator: ",")))"
        case .mean(let f, let w, let by):
            return "mean(\(of(f)) where \(w.map(of) ?? "-") by \(by.map(of).joined(separator: ",")))"
        case .typology(let n): return "typology(\(n?.name ?? "-"))"
        case .typologyMap: return "typologyMap"
        case .plot(let fields, let runs):
            return
                "plot(\(fields.map(of).joined(separator: ","))\(runs.isEmpty ? "" : " in " + runs.map(\.name).joined(separator: ",")))"
        case .watch(.list): return "watch"
        case .watch(.off): return "watch(off)"
        case .watch(.fields(let fields)): return "watch(\(fields.map(of).joined(separator: ",")))"
        case .hist(let f, let w): return "hist(\(of(f))\(w.map { " where " + of($0) } ?? ""))"
        case .explain(let r, let f): return "explain(\(of(r)) \(f?.name ?? "-"))"
        case .save(let s, let force): return "save(\(str(s))\(force ? " force" : ""))"
        case .load(let s): return "load(\(str(s)))"
        case .export(let s, let force): return "export(\(str(s))\(force ? " force" : ""))"
        case .exportTable(let t, let s, let force):
            return "export(\(t.rawValue) \(str(s))\(force ? " force" : ""))"
        case .reset: return "reset"
        case .clear: return "clear"
        case .undo: return "undo"
        case .back(let n): return "back(\(n.text))"
        case .goto(let n): return "goto(\(n.text))"
        case .fork(let n): return "fork(\(n.name))"
        case .runs: return "runs"
        case .switchRun(let n): return "switch(\(n.name))"
        case .validate(let o):
            return
                "validate(quick \(o.quick) mutants \(o.mutants) sensitivity \(o.sensitivity) seeds \(o.seeds.map(String.init) ?? "-"))"
        case .compare(let a, let b, let fields, let all):
            return
                "compare(\(a?.name ?? "-") \(b?.name ?? "-")\(all ? " all" : "")\(fields.map { " over " + $0.map(of).joined(separator: ",") } ?? ""))"
        case .help(let w): return "help(\(w?.name ?? "-"))"
        case .lang(let w): return "lang(\(w?.name ?? "-"))"
        case .hints(let w): return "hints(\(w?.name ?? "-"))"
        case .zh(let s): return "zh(\(str(s)))"
        case .pause(let s, let z): return "pause(\(str(s))\(z.map { " zh " + str($0) } ?? ""))"
        case .sweep(let options): return "sweep(\(options.map(str) ?? "-"))"
        case .lesson(.list): return "lesson(list)"
        case .lesson(.start(let n, let k)): return "lesson(\(n.text)\(k.map { " part " + $0.text } ?? ""))"
        case .lesson(.next): return "lesson(next)"
        case .lesson(.hint): return "lesson(hint)"
        case .lesson(.answer(let a)): return "lesson(answer \(a))"
        case .lesson(.end): return "lesson(end)"
        case .quit: return "quit"
        case .title(let s): return "title(\(str(s)))"
        case .part(let s): return "part(\(str(s)))"
        case .say(let s): return "say(\(str(s)))"
        case .predict(let s, let r):
            let reveal = r.map { of($0.field) + ($0.by.map { " by " + of($0) } ?? "") }.joined(separator: ", ")
            return "predict(\(str(s))\(r.isEmpty ? "" : " reveal " + reveal))"
        case .because(let s): return "because(\(str(s)))"
        case .tryCommand(let s): return "try(\(str(s)))"
        case .check(let e, let h): return "check(\(of(e)) hint \(h.map(str) ?? "-"))"
        }
    }

    static func of(_ e: Expression) -> String {
        switch e {
        case .number(let n): return n.text
        case .string(let s): return str(s)
        case .field(let f): return of(f)
        case .comparison(let l, let op, let r, _): return "(\(of(l)) \(op.rawValue) \(of(r)))"
        case .and(let l, let r): return "(\(of(l)) and \(of(r)))"
        case .or(let l, let r): return "(\(of(l)) or \(of(r)))"
        case .not(let e, _): return "(not \(of(e)))"
        }
    }

    static func of(_ f: FieldRef) -> String { (f.qualifier.map { $0.name + "." } ?? "") + f.name.name }
    static func of(_ r: ResidentRef) -> String {
        switch r {
        case .name(let n): n.name
        case .index(let n): "#" + n.text
        }
    }
    static func of(_ a: Atom) -> String {
        switch a {
        case .number(let n): n.text
        case .word(let w): w.name
        case .string(let s): str(s)
        }
    }
    static func of(_ t: ShowTarget) -> String {
        switch t {
        case .community: "community"
        case .resident(let r): "resident " + of(r)
        case .facility(let f): "facility " + f.name
        case .interventions: "interventions"
        case .government: "government"
        case .parameters: "parameters"
        case .entity(let n): "entity " + n.name
        }
    }
    static func str(_ s: StringLiteral) -> String { "\"" + s.value + "\"" }
    static func list(_ settings: [Setting]) -> String {
        settings.map { ", " + $0.key.name + " " + $0.values.map(of).joined(separator: " ") }.joined()
    }
}

/// Parses one line and spells its command, or the error message.
func ast(_ line: String) -> String {
    do {
        guard let statement = try Parser.parseLine(line, lineNumber: 1) else { return "nil" }
        return AST.of(statement.command)
    } catch {
        return "error: " + error.message.text(.en)
    }
}

/// The diagnostic for a line that must fail.
func diagnostic(_ line: String, lineNumber: Int = 1) -> Diagnostic? {
    do {
        _ = try Parser.parseLine(line, lineNumber: lineNumber)
        return nil
    } catch {
        return error
    }
}

/// A range on line 1 from column `start` (inclusive) to `end` (exclusive).
func cols(_ start: Int, _ end: Int, line: Int = 1) -> SourceRange {
    SourceRange(start: SourceLocation(line: line, column: start), end: SourceLocation(line: line, column: end))
}
