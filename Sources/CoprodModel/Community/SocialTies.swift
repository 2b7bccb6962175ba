import Foundation

/// The undirected social network of spec §1, stored compactly: neighbours in one flat array
/// (compressed sparse rows, 4 bytes per tie end) and each tie once in an implicit edge list, for the
/// social-capital counter.
///
/// Construction: every resident, in index order, draws partners from her own building until she
/// has at least `kIn` ties there, then partners from other buildings until she has at least `kOut`
/// ties outside (no self-ties, no duplicates; a small building caps `kIn`). Partners are drawn at
/// random from all residents of the right kind; when a bounded number of such tries fails (a small
/// building, or few residents elsewhere), the rest come from the list of free partners, so the
/// quotas are met whenever enough partners exist. Degrees are therefore at
/// least `kIn + kOut` and a little above on average (docs/MODEL.md explains this reading of §1).
///
/// Edge list: tie e is the e-th tie made, in the order of construction. The ties resident i made on
/// her own turn are contiguous in her row of `neighbours` (rows only grow at the end, and her turn
/// comes after every earlier resident's and before every later one's), so the edge list is kept as
/// two small numbers per resident — where her own ties start in her row and how many edges come
/// before hers — instead of two 4-byte ends per tie.
public struct SocialTies: Sendable {
    /// `neighbours[offsets[i]..<offsets[i+1]]` are resident i's ties (32-bit: at most 2³¹ − 1 tie
    /// ends, far above `Limits` allow).
    public private(set) var offsets: [Int32]
    public private(set) var neighbours: [Int32]
    /// Per resident: where in her row the ties she made on her own turn start.
    private(set) var ownStart: [UInt16]
    /// Per resident and one more: the number of ties made before her turn (so resident i made
    /// edges `edgeOffset[i]..<edgeOffset[i+1]`).
    private(set) var edgeOffset: [Int32]

    /// The lower end of each tie: `edgeA[e] < edgeB[e]`.
    public var edgeA: EdgeEnds { EdgeEnds(ties: self, upper: false) }
    /// The upper end of each tie.
    public var edgeB: EdgeEnds { EdgeEnds(ties: self, upper: true) }

    /// One end of every tie, indexed by edge number `0..<edgeCount`.
    public struct EdgeEnds: Sendable {
        let ties: SocialTies
        let upper: Bool
        /// The lower (`edgeA`) or upper (`edgeB`) end of tie e. O(log N).
        public subscript(e: Int) -> Int32 {
            let (i, j) = ties.edge(e)
            return upper ? max(i, j) : min(i, j)
        }
        public var count: Int { ties.edgeCount }
    }

    public var edgeCount: Int { Int(edgeOffset[edgeOffset.count - 1]) }

    /// The largest number of ties of any resident (0 without ties).
    public private(set) var maxDegree = 0

    /// Resident i's tie partners.
    @inline(__always)
    public func partners(of i: Int) -> ArraySlice<Int32> { neighbours[Int(offsets[i])..<Int(offsets[i + 1])] }

    /// The number of ties of resident i.
    @inline(__always)
    public func degree(of i: Int) -> Int { Int(offsets[i + 1] - offsets[i]) }

    /// Tie e as (the resident who made it, her partner). O(log N).
    func edge(_ e: Int) -> (Int32, Int32) {
        precondition(e >= 0 && e < edgeCount, "edge out of range")
        var lo = 0
        var hi = edgeOffset.count - 1  // the last i with edgeOffset[i] <= e
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if Int(edgeOffset[mid]) <= e { lo = mid } else { hi = mid }
        }
        let slot = Int(offsets[lo]) + Int(ownStart[lo]) + (e - Int(edgeOffset[lo]))
        return (Int32(lo), neighbours[slot])
    }

    /// Calls `body(e, i, j)` for every tie e = (i, j) in edge order, i being the resident who
    /// made it. O(T), no allocation.
    @inline(__always)
    func forEachEdge(_ body: (Int, Int, Int) -> Void) {
        var e = 0
        for i in 0..<(offsets.count - 1) {
            let own = Int(edgeOffset[i + 1] - edgeOffset[i])
            let start = Int(offsets[i]) + Int(ownStart[i])
            for s in start..<(start + own) {
                body(e, i, Int(neighbours[s]))
                e += 1
            }
        }
    }

    /// Builds the network.
    /// - Parameters:
    ///   - building: each resident's building number.
    ///   - kIn: ties wanted inside the building (spec default 6).
    ///   - kOut: ties wanted outside it (spec default 2).
    ///   - rng: the generator (consumed).
    /// - Complexity: O(N·(kIn + kOut)) expected; about 70 bytes per resident of working memory
    ///   besides the result.
    public init(building: [Int32], kIn: Int, kOut: Int, rng: inout Xoshiro256StarStar) {
        do {
            try self.init(building: building, kIn: kIn, kOut: kOut, rng: &rng, progress: nil)
        } catch {
            preconditionFailure("a build without progress cannot be cancelled")
        }
    }

    /// Builds the network as ``init(building:kIn:kOut:rng:)`` does, asking `progress` as it goes
    /// (the second half of ``BuildStatus/fraction``); the same network whatever it is, unless it
    /// stops the build.
    /// - Throws: ``ModelError/cancelled(residents:)`` when `progress` returned false (`rng` is then
    ///   left as it was).
    public init(
        building: [Int32], kIn: Int, kOut: Int, rng: inout Xoshiro256StarStar, progress: BuildProgress?
    ) throws(ModelError) {
        let n = building.count
        // Residents grouped by building, in index order within a building; groups in ascending
        // building number (a fixed order, whatever a dictionary's).
        // Building numbers are usually a short run of whole numbers (blocks of residents): then
        // a table indexed by number, else a dictionary (the same groups either way).
        let lowest = building.min() ?? 0
        let span = Int(building.max() ?? 0) - Int(lowest) + 1
        let numbers: [Int32]
        var residentGroup = [Int32](repeating: 0, count: n)
        if span <= 4 * n + 1024 {
            var groupAt = [Int32](repeating: -1, count: span)
            for b in building { groupAt[Int(b) - Int(lowest)] = 0 }
            var found: [Int32] = []
            for k in 0..<span where groupAt[k] == 0 {
                groupAt[k] = Int32(found.count)
                found.append(Int32(Int(lowest) + k))
            }
            numbers = found
            for i in 0..<n { residentGroup[i] = groupAt[Int(building[i]) - Int(lowest)] }
        } else {
            numbers = Array(Set(building)).sorted()
            var groupOf = [Int32: Int32](minimumCapacity: numbers.count)
            for (g, b) in numbers.enumerated() { groupOf[b] = Int32(g) }
            for i in 0..<n { residentGroup[i] = groupOf[building[i], default: 0] }  // every number is in `groupOf`
        }
        var groupStart = [Int](repeating: 0, count: numbers.count + 1)
        for i in 0..<n { groupStart[Int(residentGroup[i]) + 1] += 1 }
        for g in 0..<numbers.count { groupStart[g + 1] += groupStart[g] }
        var members = [Int32](repeating: 0, count: n)
        do {
            var fill = groupStart
            for i in 0..<n {
                let g = Int(residentGroup[i])
                members[fill[g]] = Int32(i)
                fill[g] += 1
            }
        }

        // One block of rows, each a whole number of 64-byte lines: three header words (partners so
        // far; ties inside and outside the building, 16 bits each; her building's group), then up
        // to `capacity` partners (13 with the default kIn + kOut = 8); the rare longer row
        // continues in `overflow`. Trying a random partner elsewhere then touches one line of hers
        // (her group and her row) instead of three arrays and her row.
        let stride = (3 + max(8, kIn + kOut + 5) + 15) / 16 * 16
        let capacity = stride - 3
        let block = UnsafeMutableRawPointer.allocate(byteCount: 4 * n * stride, alignment: 64)
        memset(block, 0, 4 * n * stride)
        let rows = block.bindMemory(to: Int32.self, capacity: n * stride)
        defer { rows.deallocate() }
        let rowCount = RowWord(base: rows, stride: stride)
        let inside = RowHalf(base: block + 4, strideBytes: 4 * stride)
        let outside = RowHalf(base: block + 6, strideBytes: 4 * stride)
        let groupOf = RowWord(base: rows + 2, stride: stride)
        for i in 0..<n { groupOf[i] = residentGroup[i] }
        let slots = rows + 3
        var overflowRows: [Int32: [Int32]] = [:]
        var ownStart = [UInt16](repeating: 0, count: n)
        var edgeOffset = [Int32](repeating: 0, count: n + 1)

        // Every array the loop writes is reached through its buffer, and the generator and the edge
        // count are locals of the loop: no exclusivity check or uniqueness test per tie.
        var local = rng
        var stopped = false
        members.withUnsafeBufferPointer { members in
            ownStart.withUnsafeMutableBufferPointer { ownStart in
                edgeOffset.withUnsafeMutableBufferPointer { edgeOffset in
                    var rng = local
                    var edges = 0
                    var overflow: [Int32: [Int32]] = [:]
                    @inline(__always) func adjacent(_ i: Int, _ j: Int32) -> Bool {
                        let count = Int(rowCount[i])
                        let base = i * stride
                        for s in base..<(base + min(count, capacity)) where slots[s] == j {
                            return true
                        }
                        if count > capacity, let more = overflow[Int32(i)] { return more.contains(j) }
                        return false
                    }
                    @inline(__always) func append(_ i: Int, _ j: Int32) {
                        let count = Int(rowCount[i])
                        if count < capacity {
                            slots[i * stride + count] = j
                        } else {
                            overflow[Int32(i), default: []].append(j)
                        }
                        rowCount[i] = Int32(count + 1)
                    }
                    @inline(__always) func link(_ i: Int, _ j: Int) -> Bool {
                        if i == j || adjacent(i, Int32(j)) { return false }
                        append(i, Int32(j))
                        append(j, Int32(i))
                        edges += 1
                        return true
                    }

                    for i in 0..<n {
                        if !buildGoesOn(progress, resident: i, of: n, phase: 1) {
                            stopped = true
                            break
                        }
                        // Her ties inside and outside (16 bits each) then stay below 65,536 through
                        // her turn, the only time they are read.
                        precondition(
                            Int(rowCount[i]) <= Int(UInt16.max) - kIn - kOut,
                            "more than 65535 ties before a resident's turn")
                        ownStart[i] = UInt16(rowCount[i])
                        let g = Int(residentGroup[i])
                        let mine = UnsafeBufferPointer(
                            rebasing: members[groupStart[g]..<groupStart[g + 1]])
                        let wantIn = min(kIn, mine.count - 1)
                        var attempts = 0
                        while Int(inside[i]) < wantIn && attempts < 50 * max(kIn, 1) {
                            attempts += 1
                            let j = Int(mine[rng.nextInt(below: mine.count)])
                            if link(i, j) {
                                inside[i] &+= 1
                                inside[j] &+= 1
                            }
                        }
                        // Rarely (a small or crowded building) random tries run out: draw from the free partners.
                        if Int(inside[i]) < wantIn {
                            var free = mine.filter { Int($0) != i && !adjacent(i, $0) }
                            while Int(inside[i]) < wantIn && !free.isEmpty {
                                let j = Int(free.remove(at: rng.nextInt(below: free.count)))
                                if link(i, j) {
                                    inside[i] &+= 1
                                    inside[j] &+= 1
                                }
                            }
                        }
                        let wantOut = min(kOut, n - mine.count)
                        attempts = 0
                        while Int(outside[i]) < wantOut && attempts < 50 * max(kOut, 1) {
                            attempts += 1
                            let j = rng.nextInt(below: n)
                            // Same group ⇔ same building (groups are building numbers).
                            if Int(groupOf[j]) != g, link(i, j) {
                                outside[i] &+= 1
                                outside[j] &+= 1
                            }
                        }
                        // Few residents live elsewhere (e.g. 41 residents in blocks of 40): draw from the free ones.
                        if Int(outside[i]) < wantOut {
                            var free: [Int32] = []
                            for h in 0..<numbers.count where h != g {
                                for s in groupStart[h]..<groupStart[h + 1]
                                where !adjacent(i, members[s]) {
                                    free.append(members[s])
                                }
                            }
                            while Int(outside[i]) < wantOut && !free.isEmpty {
                                let j = Int(free.remove(at: rng.nextInt(below: free.count)))
                                if link(i, j) {
                                    outside[i] &+= 1
                                    outside[j] &+= 1
                                }
                            }
                        }
                        edgeOffset[i + 1] = Int32(edges)
                    }
                    local = rng
                    overflowRows = overflow
                }
            }
        }
        if stopped { throw .cancelled(residents: n) }
        rng = local

        var offsets = [Int32](repeating: 0, count: n + 1)
        var total = 0
        var longest: Int32 = 0
        offsets.withUnsafeMutableBufferPointer { offsets in
            for i in 0..<n {
                total += Int(rowCount[i])
                longest = max(longest, rowCount[i])
                offsets[i + 1] = Int32(truncatingIfNeeded: total)
            }
        }
        precondition(total <= Int(Int32.max), "too many ties")
        maxDegree = Int(longest)
        // Each row's slots are copied as one block (and the rare overflow after them).
        var flat = [Int32](repeating: 0, count: total)
        flat.withUnsafeMutableBufferPointer { flat in
            // No tie at all: nothing to copy (and no base address).
            guard let to = flat.baseAddress else { return }
            var start = 0
            for i in 0..<n {
                let count = Int(rowCount[i])
                (to + start).update(from: slots + i * stride, count: min(count, capacity))
                if count > capacity, let more = overflowRows[Int32(i)] {
                    for (s, j) in more.enumerated() { flat[start + capacity + s] = j }
                }
                start += count
            }
        }
        self.offsets = offsets
        self.neighbours = flat
        self.ownStart = ownStart
        self.edgeOffset = edgeOffset
    }
}

/// One 16-bit half word of every row of the tie construction's block (at byte
/// `i·strideBytes` from `base` for resident i).
private struct RowHalf {
    let base: UnsafeMutableRawPointer
    let strideBytes: Int
    subscript(i: Int) -> UInt16 {
        get { base.load(fromByteOffset: i &* strideBytes, as: UInt16.self) }
        nonmutating set { base.storeBytes(of: newValue, toByteOffset: i &* strideBytes, as: UInt16.self) }
    }
}

/// One word of every row of the tie construction's block (`base[i·stride]` for resident i).
private struct RowWord {
    let base: UnsafeMutablePointer<Int32>
    let stride: Int
    subscript(i: Int) -> Int32 {
        get { base[i &* stride] }
        nonmutating set { base[i &* stride] = newValue }
    }
}
