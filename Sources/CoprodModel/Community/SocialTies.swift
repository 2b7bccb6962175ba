/// The undirected social network of spec §1, stored compactly: neighbours in one flat array
/// (compressed sparse rows) and each tie once in an edge list, for the social-capital counter.
///
/// Construction: every resident, in index order, draws partners from her own building until she
/// has at least `kIn` ties there, then partners from other buildings until she has at least `kOut`
/// ties outside (no self-ties, no duplicates; a small building caps `kIn`). Partners are drawn at
/// random from all residents of the right kind; when a bounded number of such tries fails (a small
/// building, or few residents elsewhere), the rest come from the list of free partners, so the
/// quotas are met whenever enough partners exist. Degrees are therefore at
/// least `kIn + kOut` and a little above on average (docs/MODEL.md explains this reading of §1).
public struct SocialTies: Sendable {
    /// `neighbours[offsets[i]..<offsets[i+1]]` are resident i's ties.
    public private(set) var offsets: [Int]
    public private(set) var neighbours: [Int32]
    /// Each undirected tie once: `edgeA[e] < edgeB[e]`.
    public private(set) var edgeA: [Int32]
    public private(set) var edgeB: [Int32]

    public var edgeCount: Int { edgeA.count }

    /// The largest number of ties of any resident (0 without ties).
    public private(set) var maxDegree = 0

    /// Resident i's tie partners.
    @inline(__always)
    public func partners(of i: Int) -> ArraySlice<Int32> { neighbours[offsets[i]..<offsets[i + 1]] }

    /// The number of ties of resident i.
    @inline(__always)
    public func degree(of i: Int) -> Int { offsets[i + 1] - offsets[i] }

    /// Builds the network.
    /// - Parameters:
    ///   - building: each resident's building number.
    ///   - kIn: ties wanted inside the building (spec default 6).
    ///   - kOut: ties wanted outside it (spec default 2).
    ///   - rng: the generator (consumed).
    public init(building: [Int32], kIn: Int, kOut: Int, rng: inout Xoshiro256StarStar) {
        let n = building.count
        var members: [Int32: [Int32]] = [:]
        for i in 0..<n { members[building[i], default: []].append(Int32(i)) }
        let buildingNumbers = members.keys.sorted()  // a fixed order, whatever the dictionary's
        var adjacency = [[Int32]](repeating: [], count: n)
        var inside = [Int32](repeating: 0, count: n)
        var outside = [Int32](repeating: 0, count: n)
        var edgeA: [Int32] = [], edgeB: [Int32] = []

        func link(_ i: Int, _ j: Int) -> Bool {
            if i == j || adjacency[i].contains(Int32(j)) { return false }
            adjacency[i].append(Int32(j)); adjacency[j].append(Int32(i))
            edgeA.append(Int32(min(i, j))); edgeB.append(Int32(max(i, j)))
            return true
        }

        for i in 0..<n {
            let mine = members[building[i]]!
            let wantIn = min(kIn, mine.count - 1)
            var attempts = 0
            while Int(inside[i]) < wantIn && attempts < 50 * max(kIn, 1) {
                attempts += 1
                let j = Int(mine[rng.nextInt(below: mine.count)])
                if link(i, j) { inside[i] += 1; inside[j] += 1 }
            }
            // Rarely (a small or crowded building) random tries run out: draw from the free partners.
            if Int(inside[i]) < wantIn {
                var free = mine.filter { Int($0) != i && !adjacency[i].contains($0) }
                while Int(inside[i]) < wantIn && !free.isEmpty {
                    let j = Int(free.remove(at: rng.nextInt(below: free.count)))
                    if link(i, j) { inside[i] += 1; inside[j] += 1 }
                }
            }
            let wantOut = min(kOut, n - mine.count)
            attempts = 0
            while Int(outside[i]) < wantOut && attempts < 50 * max(kOut, 1) {
                attempts += 1
                let j = rng.nextInt(below: n)
                if building[j] != building[i], link(i, j) { outside[i] += 1; outside[j] += 1 }
            }
            // Few residents live elsewhere (e.g. 41 residents in blocks of 40): draw from the free ones.
            if Int(outside[i]) < wantOut {
                var free = buildingNumbers.filter { $0 != building[i] }.flatMap { members[$0]! }
                    .filter { !adjacency[i].contains($0) }
                while Int(outside[i]) < wantOut && !free.isEmpty {
                    let j = Int(free.remove(at: rng.nextInt(below: free.count)))
                    if link(i, j) { outside[i] += 1; outside[j] += 1 }
                }
            }
        }

        var offsets = [Int](repeating: 0, count: n + 1)
        for i in 0..<n { offsets[i + 1] = offsets[i] + adjacency[i].count }
        var flat = [Int32](); flat.reserveCapacity(offsets[n])
        for i in 0..<n { flat.append(contentsOf: adjacency[i]) }
        self.offsets = offsets
        self.neighbours = flat
        self.edgeA = edgeA
        self.edgeB = edgeB
        for i in 0..<n { maxDegree = max(maxDegree, offsets[i + 1] - offsets[i]) }
    }
}
