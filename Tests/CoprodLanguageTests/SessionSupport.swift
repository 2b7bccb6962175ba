import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation

/// Runs lines through a session and collects what they print (errors rendered without colour).
func transcript(_ session: Session, _ lines: [String]) -> [String] {
    var out: [String] = []
    for line in lines {
        do { _ = try session.execute(line: line, emit: { out.append($0) }) } catch {
            out.append(DiagnosticRenderer.render(error, colour: false))
        }
    }
    return out
}

/// The package's lessons, for sessions whose folder is a temporary one.
let packageLessons = [packageRoot.appendingPathComponent("lessons")]

/// The tests' own choices come from the model's SplitMix64, seeded per test.
extension SplitMix64 {
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
