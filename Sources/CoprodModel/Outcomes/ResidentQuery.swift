/// Writes `transform` of `source[offset ..< offset + out.count]` into `out`: the loop every
/// column's block read is, written so the compiler can vectorise it (a rebased buffer, no index
/// arithmetic that could trap on overflow inside the loop).
@inline(__always)
private func readBlock<Element, Value>(
    _ source: [Element], from offset: Int, into out: UnsafeMutableBufferPointer<Value>,
    _ transform: (Element) -> Value
) {
    source.withUnsafeBufferPointer { all in
        let block = UnsafeBufferPointer(rebasing: all[offset..<(offset + out.count)])
        for i in 0..<out.count { out[i] = transform(block[i]) }
    }
}

/// Every resident's number of one field, read a block of residents at a time straight from the
/// model's arrays (so a query never holds a whole column it would have to copy).
public struct ResidentNumbers {
    /// Writes the values of residents `start ..< start + out.count` into `out`.
    public let fill: (_ start: Int, _ out: UnsafeMutableBufferPointer<Double>) -> Void

    public init(fill: @escaping (_ start: Int, _ out: UnsafeMutableBufferPointer<Double>) -> Void) {
        self.fill = fill
    }

    /// The values of an array (index i is resident i); the array is shared, not copied.
    public init(_ values: [Double]) {
        fill = { start, out in readBlock(values, from: start, into: out) { $0 } }
    }
}

/// Every resident's category of one field as an index into its words, read a block at a time.
public struct ResidentCodes {
    /// Writes the codes of residents `start ..< start + out.count` into `out`.
    public let fill: (_ start: Int, _ out: UnsafeMutableBufferPointer<UInt8>) -> Void

    public init(fill: @escaping (_ start: Int, _ out: UnsafeMutableBufferPointer<UInt8>) -> Void) {
        self.fill = fill
    }

    /// The codes of an array (index i is resident i).
    public init(_ codes: [UInt8]) {
        fill = { start, out in readBlock(codes, from: start, into: out) { $0 } }
    }
}

/// One resident field over every resident, as ``ResidentQuery`` reads it.
public enum ResidentColumn {
    /// A number per resident: a trait or a satisfaction (`0...1`), a flag as 1 or 0, a count, a
    /// week (-1 while absent).
    case numbers(ResidentNumbers)
    /// A category per resident: an index into `words` (the metric's words in declared order).
    case codes(ResidentCodes, words: [String])
    /// The same number for every resident (a community or facility metric of the week).
    case constant(Double)
    /// The same word for every resident (a category metric of the week).
    case constantWord(String)
}

/// A comparison between two numbers, as IEEE 754 compares them (NaN compares unequal to anything).
public enum ResidentComparison: Sendable {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
}

/// One side of a numeric comparison: a field's numbers or a single number.
public enum ResidentOperand {
    case column(ResidentNumbers)
    case value(Double)
}

/// A test of residents, evaluated a block of residents at a time into a byte mask.
public indirect enum ResidentCondition {
    /// True or false for everyone.
    case constant(Bool)
    /// `left op right`, per resident.
    case compare(ResidentOperand, ResidentComparison, ResidentOperand)
    /// A category's value is (`equal`) or is not the word with index `code`.
    case isCode(ResidentCodes, code: UInt8, equal: Bool)
    /// A number is not 0 (a flag used as a condition).
    case nonZero(ResidentNumbers)
    case and(ResidentCondition, ResidentCondition)
    case or(ResidentCondition, ResidentCondition)
    case not(ResidentCondition)
}

/// A `by` key's value for one group: the number or word every resident of the group has.
public enum ResidentKeyPart: Hashable, Sendable {
    case number(Double)
    case word(String)
}

/// What a query gathers over a set of residents: how many, how many pass a test, and the mean
/// and standard deviation (population form, divided by the count) of a number.
public struct ResidentSummary: Sendable, Equatable {
    /// Residents in the set.
    public var count = 0
    /// Residents of the set who pass the query's test (0 without a test).
    public var hits = 0
    /// Sum of the values in resident order, `Σ v` (0 without values).
    public var sum = 0.0
    /// `Σ (v − mean)²` in resident order (0 without values).
    public var squares = 0.0

    /// The mean, `sum / count`; 0 for an empty set.
    public var mean: Double { count == 0 ? 0 : sum / Double(count) }
    /// The standard deviation, `√(squares / count)`; 0 for an empty set.
    public var sd: Double { count == 0 ? 0 : (squares / Double(count)).squareRoot() }
}

/// One group of a query: its key (one part per `by` column), its first resident and its summary.
public struct ResidentGroup {
    public var key: [ResidentKeyPart]
    /// The lowest index of a resident in the group (groups are listed in this order).
    public var firstResident: Int
    public var summary: ResidentSummary
}

/// A columnar query engine over residents: `count`, `rate` and `mean` with a filter and `by`
/// groups, as the language's queries ask them.
///
/// The residents are taken in blocks of ``blockSize``. For each block the fields are read from
/// the model's arrays into small buffers on the stack, conditions become byte masks (loops the
/// compiler vectorises), and each resident's group is a small integer (a category's index, or a
/// whole number's offset from the field's minimum, combined over the `by` fields). Summaries are
/// added resident by resident in index order (a second sweep gives the deviations from each
/// group's mean), so every sum is the one a per-resident loop makes.
///
/// Against the obvious alternative (a closure per resident and field, index arrays per group,
/// string keys) a query costs a fifth to a third of the time at 100,000 residents and a sixth at
/// 1,000,000 (docs/PERFORMANCE.md), and it allocates nothing in proportion to the residents: a few
/// pages of buffers on the stack, plus one slot per possible group.
public enum ResidentQuery {
    /// Residents per block.
    public static let blockSize = 2048

    /// The residents (of `count`) for whom `condition` holds, as 1 or 0 per resident.
    /// - Complexity: O(count) per node of the condition.
    public static func mask(_ condition: ResidentCondition, count n: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: n) { out, made in
            var start = 0
            while start < n {
                let len = min(blockSize, n - start)
                let block = UnsafeMutableBufferPointer(rebasing: out[start..<(start + len)])
                evaluate(condition, start, block)
                start += len
            }
            made = n
        }
    }

    /// Writes 1 or 0 for residents `start ..< start + out.count` into `out`.
    static func evaluate(_ c: ResidentCondition, _ start: Int, _ out: UnsafeMutableBufferPointer<UInt8>) {
        let len = out.count
        switch c {
        case .constant(let b):
            out.update(repeating: b ? 1 : 0)
        case .isCode(let codes, let code, let equal):
            codes.fill(start, out)
            let e: UInt8 = equal ? 0 : 1
            for i in 0..<len { out[i] = (out[i] == code ? 1 : 0) ^ e }
        case .nonZero(let values):
            withUnsafeTemporaryAllocation(of: Double.self, capacity: len) { v in
                values.fill(start, v)
                for i in 0..<len { out[i] = v[i] != 0 ? 1 : 0 }
            }
        case .compare(let l, let op, let r):
            compare(l, op, r, start, out)
        case .and(let l, let r):
            evaluate(l, start, out)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: len) { b in
                evaluate(r, start, b)
                for i in 0..<len { out[i] &= b[i] }
            }
        case .or(let l, let r):
            evaluate(l, start, out)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: len) { b in
                evaluate(r, start, b)
                for i in 0..<len { out[i] |= b[i] }
            }
        case .not(let x):
            evaluate(x, start, out)
            for i in 0..<len { out[i] ^= 1 }
        }
    }

    private static func compare(
        _ l: ResidentOperand, _ op: ResidentComparison, _ r: ResidentOperand, _ start: Int,
        _ out: UnsafeMutableBufferPointer<UInt8>
    ) {
        let len = out.count
        switch (l, r) {
        case (.value(let a), .value(let b)):
            out.update(repeating: test(a, op, b) ? 1 : 0)
        case (.column(let a), .value(let b)):
            withUnsafeTemporaryAllocation(of: Double.self, capacity: len) { a0 in
                a.fill(start, a0)
                let a = UnsafeBufferPointer(a0)
                switch op {
                case .equal: for i in 0..<len { out[i] = a[i] == b ? 1 : 0 }
                case .notEqual: for i in 0..<len { out[i] = a[i] != b ? 1 : 0 }
                case .less: for i in 0..<len { out[i] = a[i] < b ? 1 : 0 }
                case .lessOrEqual: for i in 0..<len { out[i] = a[i] <= b ? 1 : 0 }
                case .greater: for i in 0..<len { out[i] = a[i] > b ? 1 : 0 }
                case .greaterOrEqual: for i in 0..<len { out[i] = a[i] >= b ? 1 : 0 }
                }
            }
        case (.value(let a), .column(let b)):
            let flipped: ResidentComparison =
                switch op {
                case .equal: .equal
                case .notEqual: .notEqual
                case .less: .greater
                case .lessOrEqual: .greaterOrEqual
                case .greater: .less
                case .greaterOrEqual: .lessOrEqual
                }
            compare(.column(b), flipped, .value(a), start, out)
        case (.column(let a), .column(let b)):
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * len) { buf in
                let a0 = UnsafeMutableBufferPointer(rebasing: buf[0..<len])
                let b0 = UnsafeMutableBufferPointer(rebasing: buf[len..<(2 * len)])
                a.fill(start, a0)
                b.fill(start, b0)
                for i in 0..<len { out[i] = test(a0[i], op, b0[i]) ? 1 : 0 }
            }
        }
    }

    @inline(__always)
    private static func test(_ a: Double, _ op: ResidentComparison, _ b: Double) -> Bool {
        switch op {
        case .equal: a == b
        case .notEqual: a != b
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        }
    }

    /// How one `by` column turns into a group code: a category's index, or a whole number's
    /// offset from the column's minimum; `radix` codes in all.
    private struct KeyCoder {
        var column: ResidentColumn
        var lowest: Double
        var radix: Int
    }

    /// The coder of a `by` column; nil when its numbers are not all whole or span too many values.
    private static func coder(_ column: ResidentColumn, _ n: Int) -> KeyCoder? {
        switch column {
        case .constant, .constantWord: return KeyCoder(column: column, lowest: 0, radix: 1)
        case .codes(_, let words): return KeyCoder(column: column, lowest: 0, radix: max(1, words.count))
        case .numbers(let source):
            guard n > 0 else { return KeyCoder(column: column, lowest: 0, radix: 1) }
            var lo = Double.infinity
            var hi = -Double.infinity
            var whole = true
            withUnsafeTemporaryAllocation(of: Double.self, capacity: min(blockSize, n)) { v in
                var start = 0
                while start < n {
                    let len = min(blockSize, n - start)
                    let block = UnsafeMutableBufferPointer(rebasing: v[0..<len])
                    source.fill(start, block)
                    for x in block {
                        lo = min(lo, x)
                        hi = max(hi, x)
                        whole = whole && x == x.rounded(.towardZero)
                    }
                    start += len
                }
            }
            guard whole, lo.isFinite, hi.isFinite, hi - lo < Double(1 << 40) else { return nil }
            return KeyCoder(column: column, lowest: lo, radix: Int(hi - lo) + 1)
        }
    }

    /// Adds `scale ×` the codes of residents `start ..< start + out.count` to `out`.
    private static func addCodes(
        _ coder: KeyCoder, scale: Int, _ start: Int, _ out: UnsafeMutableBufferPointer<Int>
    ) {
        let len = out.count
        switch coder.column {
        case .constant, .constantWord: return
        case .codes(let source, _):
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: len) { c in
                source.fill(start, c)
                for i in 0..<len { out[i] &+= Int(c[i]) &* scale }
            }
        case .numbers(let source):
            let lo = coder.lowest
            withUnsafeTemporaryAllocation(of: Double.self, capacity: len) { v in
                source.fill(start, v)
                for i in 0..<len { out[i] &+= Int(v[i] - lo) &* scale }
            }
        }
    }

    /// Summaries of the residents selected by `filter` (everyone when nil), in total and per group
    /// of equal `by` values.
    /// - Parameters:
    ///   - n: Residents (every column covers residents `0..<n`).
    ///   - filter: Which residents count.
    ///   - test: For `rate`: the condition whose passes are the summaries' `hits`.
    ///   - values: For `mean`: the numbers whose sums and squared deviations are gathered.
    ///   - by: The grouping columns (categories or whole numbers), in order; none for no groups.
    /// - Returns: The total summary and the groups, each listed once, in the order of their first
    ///   resident; nil when a `by` column has numbers that are not whole (or too many keys to code).
    /// - Complexity: O(n·(1 + columns)); O(g) memory for g possible keys when they are few (at most
    ///   4·n + 1024), else a hash table of the keys met.
    public static func summarise(
        count n: Int, filter: ResidentCondition?, test: ResidentCondition? = nil, values: ResidentOperand? = nil,
        by: [ResidentColumn] = []
    ) -> (total: ResidentSummary, groups: [ResidentGroup])? {
        var coders: [KeyCoder] = []
        var scales: [Int] = []
        var range = 1
        for column in by {
            guard let c = coder(column, n) else { return nil }
            let (product, overflow) = range.multipliedReportingOverflow(by: c.radix)
            guard !overflow else { return nil }
            coders.append(c)
            scales.append(range)
            range = product
        }
        let dense = range <= 4 * n + 1024
        let grouped = !by.isEmpty
        var slotOf: [Int: Int] = [:]
        var total = ResidentSummary()
        // Per group slot, as separate columns (a slot per possible key when they are few, else
        // one per key met, numbered in order of first resident).
        var groupCount = [Int](repeating: 0, count: grouped && dense ? range : 0)
        var groupHits = groupCount
        var groupSum = [Double](repeating: 0, count: groupCount.count)
        var groupSquares = groupSum
        var first = [Int](repeating: -1, count: groupCount.count)
        let valueConstant: Double
        let valueSource: ResidentNumbers?
        switch values {
        case .column(let c): (valueSource, valueConstant) = (c, 0)
        case .value(let v): (valueSource, valueConstant) = (nil, v)
        case nil: (valueSource, valueConstant) = (nil, 0)
        }
        let hasValues = values != nil
        let cap = min(blockSize, max(n, 1))
        // Sweep 1: counts, hits and sums; sweep 2 (with values): squared deviations.
        //
        // Each block's residents inside the filter are first listed (`chosen`, their offsets in
        // the block, made without a branch); the sums then run over that list only, in index
        // order, so every sum is the one a per-resident loop over the filtered residents makes.
        for sweep in 0..<(hasValues ? 2 : 1) {
            var means: [Double] = []
            if sweep == 1 { means = zip(groupSum, groupCount).map { $1 == 0 ? 0 : $0 / Double($1) } }
            let totalMean = total.mean
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * cap) { masks in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * cap) { ints in
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: cap) { values0 in
                        var start = 0
                        while start < n {
                            let len = min(blockSize, n - start)
                            let sel = UnsafeMutableBufferPointer(rebasing: masks[0..<len])
                            let hit = UnsafeMutableBufferPointer(rebasing: masks[cap..<(cap + len)])
                            let keys = UnsafeMutableBufferPointer(rebasing: ints[0..<len])
                            let chosen0 = UnsafeMutableBufferPointer(rebasing: ints[cap..<(cap + len)])
                            let vals = UnsafeMutableBufferPointer(rebasing: values0[0..<len])
                            if let filter { evaluate(filter, start, sel) } else { sel.update(repeating: 1) }
                            if let test, sweep == 0 { evaluate(test, start, hit) } else { hit.update(repeating: 0) }
                            if let valueSource {
                                valueSource.fill(start, vals)
                            } else if hasValues {
                                vals.update(repeating: valueConstant)
                            }
                            if grouped {
                                keys.update(repeating: 0)
                                for (c, scale) in zip(coders, scales) { addCodes(c, scale: scale, start, keys) }
                            }
                            var picked = 0
                            for i in 0..<len {
                                chosen0[picked] = i
                                picked &+= Int(sel[i])
                            }
                            let chosen = UnsafeBufferPointer(rebasing: chosen0[0..<picked])
                            if grouped && !dense {
                                // Number the keys met, in order of first resident.
                                for i in chosen {
                                    let k = keys[i]
                                    if let s = slotOf[k] {
                                        keys[i] = s
                                    } else {
                                        let s = slotOf.count
                                        slotOf[k] = s
                                        keys[i] = s
                                        if sweep == 0 {
                                            groupCount.append(0)
                                            groupHits.append(0)
                                            groupSum.append(0)
                                            groupSquares.append(0)
                                            first.append(-1)
                                        }
                                    }
                                }
                            }
                            let hit0 = UnsafeBufferPointer(hit)
                            let vals0 = UnsafeBufferPointer(vals)
                            if sweep == 0 {
                                total.count += picked
                                if test != nil { total.hits += addHits(chosen, hit0) }
                                if hasValues { total.sum = addValues(chosen, vals0, to: total.sum) }
                                if grouped {
                                    addToGroups(
                                        chosen, UnsafeBufferPointer(keys), test != nil ? hit0 : nil,
                                        hasValues ? vals0 : nil, start: start, count: &groupCount,
                                        hits: &groupHits, sum: &groupSum, first: &first)
                                }
                            } else {
                                total.squares = addSquares(chosen, vals0, mean: totalMean, to: total.squares)
                                if grouped {
                                    addSquaresToGroups(
                                        chosen, UnsafeBufferPointer(keys), vals0, means: means,
                                        squares: &groupSquares)
                                }
                            }
                            start += len
                        }
                    }
                }
            }
            if !dense { slotOf.removeAll(keepingCapacity: true) }
        }
        var summaries: [ResidentSummary] = []
        summaries.reserveCapacity(groupCount.count)
        for s in groupCount.indices {
            summaries.append(
                ResidentSummary(count: groupCount[s], hits: groupHits[s], sum: groupSum[s], squares: groupSquares[s]))
        }
        var groups: [ResidentGroup] = []
        for s in summaries.indices where first[s] >= 0 {
            let i = first[s]
            groups.append(ResidentGroup(key: by.map { part($0, i) }, firstResident: i, summary: summaries[s]))
        }
        groups.sort { $0.firstResident < $1.firstResident }
        return (total, groups)
    }

    /// Residents of a block (`chosen`, offsets in the block) who pass the test.
    @inline(__always)
    private static func addHits(_ chosen: UnsafeBufferPointer<Int>, _ hit: UnsafeBufferPointer<UInt8>) -> Int {
        var c = 0
        for i in chosen { c &+= Int(hit[i]) }
        return c
    }

    /// `sum` plus the values of the chosen residents, in index order.
    @inline(__always)
    private static func addValues(
        _ chosen: UnsafeBufferPointer<Int>, _ vals: UnsafeBufferPointer<Double>, to sum: Double
    ) -> Double {
        var s = sum
        for i in chosen { s += vals[i] }
        return s
    }

    /// `squares` plus `(v − mean)²` of the chosen residents, in index order.
    @inline(__always)
    private static func addSquares(
        _ chosen: UnsafeBufferPointer<Int>, _ vals: UnsafeBufferPointer<Double>, mean: Double, to squares: Double
    ) -> Double {
        var s = squares
        for i in chosen { s += (vals[i] - mean) * (vals[i] - mean) }
        return s
    }

    /// Adds the chosen residents of a block to their group slots (`keys`): counts, hits (with a
    /// test), sums (with values) and first residents.
    ///
    /// Counts and hits are whole numbers, so they are added in four interleaved lanes (no
    /// resident waits for the previous one's store to the same slot) and the lanes summed after;
    /// sums are added in index order in one lane, as they must be to stay bit-identical.
    private static func addToGroups(
        _ chosen: UnsafeBufferPointer<Int>, _ keys: UnsafeBufferPointer<Int>, _ hit: UnsafeBufferPointer<UInt8>?,
        _ vals: UnsafeBufferPointer<Double>?, start: Int, count: inout [Int], hits: inout [Int],
        sum: inout [Double], first: inout [Int]
    ) {
        let slots = count.count
        guard slots <= 256 else {
            // Many groups: a slot is rarely met twice in a row, so one lane is enough.
            for i in chosen {
                let k = keys[i]
                count[k] &+= 1
                if let hit { hits[k] &+= Int(hit[i]) }
                if first[k] < 0 { first[k] = start &+ i }
            }
            addSums(chosen, keys, vals, &sum)
            return
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 8 * slots) { lanes in
            lanes.update(repeating: 0)
            first.withUnsafeMutableBufferPointer { first in
                var j = 0
                for i in chosen {
                    let k = keys[i]
                    lanes[4 &* k &+ (j & 3)] &+= 1
                    if let hit { lanes[4 &* (slots &+ k) &+ (j & 3)] &+= Int(hit[i]) }
                    if first[k] < 0 { first[k] = start &+ i }
                    j &+= 1
                }
            }
            for k in 0..<slots {
                let c = 4 * k
                count[k] &+= lanes[c] &+ lanes[c + 1] &+ lanes[c + 2] &+ lanes[c + 3]
                let h = 4 * (slots + k)
                hits[k] &+= lanes[h] &+ lanes[h + 1] &+ lanes[h + 2] &+ lanes[h + 3]
            }
        }
        addSums(chosen, keys, vals, &sum)
    }

    /// Adds the values of the chosen residents to their groups' sums, in index order.
    @inline(__always)
    private static func addSums(
        _ chosen: UnsafeBufferPointer<Int>, _ keys: UnsafeBufferPointer<Int>, _ vals: UnsafeBufferPointer<Double>?,
        _ sum: inout [Double]
    ) {
        guard let vals else { return }
        sum.withUnsafeMutableBufferPointer { sum in
            for i in chosen { sum[keys[i]] += vals[i] }
        }
    }

    /// Adds `(v − mean of the group)²` of the chosen residents to their groups, in index order.
    private static func addSquaresToGroups(
        _ chosen: UnsafeBufferPointer<Int>, _ keys: UnsafeBufferPointer<Int>, _ vals: UnsafeBufferPointer<Double>,
        means: [Double], squares: inout [Double]
    ) {
        means.withUnsafeBufferPointer { means in
            squares.withUnsafeMutableBufferPointer { squares in
                for i in chosen {
                    let k = keys[i]
                    squares[k] += (vals[i] - means[k]) * (vals[i] - means[k])
                }
            }
        }
    }

    /// A column's value for resident i, as a key part.
    private static func part(_ column: ResidentColumn, _ i: Int) -> ResidentKeyPart {
        switch column {
        case .numbers(let source):
            var v = 0.0
            withUnsafeMutablePointer(to: &v) { source.fill(i, UnsafeMutableBufferPointer(start: $0, count: 1)) }
            return .number(v)
        case .codes(let source, let words):
            var c: UInt8 = 0
            withUnsafeMutablePointer(to: &c) { source.fill(i, UnsafeMutableBufferPointer(start: $0, count: 1)) }
            return .word(words[Int(c)])
        case .constant(let v): return .number(v)
        case .constantWord(let w): return .word(w)
        }
    }
}

extension Metric {
    /// The values of a resident metric (of facility f for a resident × facility metric) over every
    /// resident, as ``ResidentQuery`` reads them: numbers as the language reads them (a flag 1 or
    /// 0, a count, a week or -1 while absent), a category as indices into its words. Nil for a
    /// community or facility metric.
    ///
    /// The column reads the model's arrays as they are now (it holds them, copy-on-write, not a
    /// copy), a block of residents at a time.
    /// - Complexity: O(1); reading it is O(N).
    public func residentColumn(in model: Model, facility f: Int = 0) -> ResidentColumn? {
        let base = f * model.residentCount
        let p = model.population
        func words() -> [String] {
            if case .category(let w) = kind { return w }
            return []
        }
        // Each case is its own closure over one array (no call per resident).
        switch (level, name) {
        case (.community, _), (.facility, _): return nil
        case (.resident, "age"):
            let age = p.age
            return .codes(
                ResidentCodes { start, out in readBlock(age, from: start, into: out) { $0.rawValue } },
                words: words())
        case (.resident, "tenure"):
            let tenure = p.tenure
            return .codes(
                ResidentCodes { start, out in readBlock(tenure, from: start, into: out) { $0.rawValue } },
                words: words())
        case (.resident, "building"):
            let building = p.building
            return .numbers(
                ResidentNumbers { start, out in readBlock(building, from: start, into: out) { Double($0) } })
        case (.resident, "index"):
            return .numbers(
                ResidentNumbers { start, out in
                    let first = Double(start + 1)
                    for i in 0..<out.count { out[i] = first + Double(i) }
                })
        case (.resident, _):
            if let trait = ResidentTrait(rawValue: name) { return .numbers(ResidentNumbers(p.column(trait))) }
        case (.residentFacility, "stage"), (.residentFacility, "active"):
            let stage = model.stage
            if name == "active" {
                return .numbers(
                    ResidentNumbers { start, out in
                        readBlock(stage, from: base + start, into: out) { $0 == .active ? 1 : 0 }
                    })
            }
            return .codes(
                ResidentCodes { start, out in
                    readBlock(stage, from: base + start, into: out) { $0.rawValue }
                }, words: words())
        case (.residentFacility, "channel"):
            let channel = model.channel
            return .codes(
                ResidentCodes { start, out in
                    readBlock(channel, from: base + start, into: out) { $0.rawValue }
                }, words: words())
        case (.residentFacility, "joined"), (.residentFacility, "joinedAt"):
            let joinedAt = model.joinedAt
            if name == "joined" {
                return .numbers(
                    ResidentNumbers { start, out in
                        readBlock(joinedAt, from: base + start, into: out) { $0 >= 0 ? 1 : 0 }
                    })
            }
            return .numbers(
                ResidentNumbers { start, out in
                    readBlock(joinedAt, from: base + start, into: out) { $0 >= 0 ? Double($0) : -1 }
                })
        case (.residentFacility, "sustained"):
            let sustained = model.sustained
            return .numbers(
                ResidentNumbers { start, out in
                    readBlock(sustained, from: base + start, into: out) { $0 ? 1 : 0 }
                })
        case (.residentFacility, "satisfaction"), (.residentFacility, "fatigue"):
            let values = name == "fatigue" ? model.fatigue : model.satisfaction
            return .numbers(
                ResidentNumbers { start, out in
                    readBlock(values, from: base + start, into: out) { $0 }
                })
        default: break
        }
        // Any other metric: through its reader, one resident at a time.
        let read: (Int) -> MetricValue
        switch reader {
        case .resident(let bind): read = bind(model)
        case .residentFacility(let bind): read = bind(model, f)
        case .community, .facility: return nil
        }
        if case .category(let words) = kind {
            var index: [String: UInt8] = [:]
            for (k, w) in words.enumerated() { index[w] = UInt8(truncatingIfNeeded: k) }
            let lookup = index
            return .codes(
                ResidentCodes { start, out in
                    for i in 0..<out.count {
                        if case .word(let w) = read(start + i) { out[i] = lookup[w] ?? 0 } else { out[i] = 0 }
                    }
                }, words: words)
        }
        return .numbers(
            ResidentNumbers { start, out in
                for i in 0..<out.count {
                    out[i] =
                        switch read(start + i) {
                        case .number(let x): x
                        case .count(let c): Double(c)
                        case .flag(let b): b ? 1 : 0
                        case .week(let w): w.map(Double.init) ?? -1
                        case .word: .nan
                        }
                }
            })
    }
}
