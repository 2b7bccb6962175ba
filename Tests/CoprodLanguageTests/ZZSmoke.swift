import Testing
@testable import CoprodLanguage

@Test func smokePrint() throws {
    let s = Session()
    var out: [String] = []
    for line in ["show community", "step", "step 10", "show facility shed", "count residents where age = older by tenure",
                 "rate shed.joined by age", "mean efficacy by tenure", "run until shed.phase = maintenance", "typology",
                 "explain 5 shed", "resident alice age older efficacy 0.9", "explain alice", "stpe 3", "intervene outrech on shed",
                 "show interventions", "intervene outreach on shed strength 0.9 to 80", "step 5", "help", "help step", "lesson"] {
        out.append("> " + line)
        do { _ = try s.execute(line: line, emit: { out.append($0) }) } catch { out.append(DiagnosticRenderer.render(error, colour: false)) }
    }
    out.append(s.scriptText())
    out.append(s.jsonReport())
    print(out.joined(separator: "\n"))
}
