import Dispatch
import Foundation

/// Runs independent jobs (replicates, seeds of an experiment) on all cores and returns their results
/// in job order. Each job must depend only on its index, so the result is the same whatever the
/// number of threads (spec §10).
public enum ParallelMap {
    /// `[body(0), body(1), …, body(count − 1)]`, computed concurrently.
    /// - Parameters:
    ///   - count: number of jobs, `0...`.
    ///   - body: the job of an index.
    /// - Returns: The results in job order.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { slots.set($0, body($0)) }
        // Every slot has been set once `concurrentPerform` returns.
        return slots.values.compactMap { $0 }
    }

    /// Results written by concurrent jobs, each slot by exactly one job, under a lock.
    private final class Slots<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [T?]
        init(_ count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ k: Int, _ value: T) {
            lock.lock()
            storage[k] = value
            lock.unlock()
        }
        var values: [T?] {
            lock.lock()
            defer { lock.unlock() }
            return storage
        }
    }
}
