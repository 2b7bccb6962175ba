import CoprodModel
import Foundation

var sums = [String: [Double]]()
for seed in 1...20 {
    var s = Scenario.calibration
    s.seed = UInt64(seed)
    var m = try! Model(scenario: s)
    for _ in 0..<104 { m.step() }
    for f in m.outcomes.facilities {
        sums[f.name + ".ever", default: []].append(f.everJoinedShare)
        sums[f.name + ".ret", default: []].append(f.retention)
        sums[f.name + ".done", default: []].append(Double(f.completedAt ?? -1))
        sums[f.name + ".aut", default: []].append(f.autonomy)
        sums[f.name + ".type" + f.type.rawValue, default: []].append(1)
        sums[f.name + ".q", default: []].append(f.quality)
        sums[f.name + ".cond", default: []].append(f.condition)
        sums[f.name + ".act", default: []].append(Double(f.active))
    }
    sums["participation", default: []].append(m.outcomes.community.participation)
    sums["social", default: []].append(m.outcomes.community.socialCapital)
}
for k in sums.keys.sorted() { let v = sums[k]!; print(k, String(format: "%.3f  n=%d", v.reduce(0,+)/Double(v.count), v.count)) }
