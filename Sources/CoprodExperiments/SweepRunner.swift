import CoprodLanguage
import Foundation

/// Runs a range of a sweep's runs on `jobs` threads and hands each result to `write` in run-index
/// order (a reorder buffer), so the data is byte-identical for any number of jobs. Workers run at
/// most `window` runs ahead of the writer, so memory stays bounded whatever the number of runs.
///
/// When `stopRequested` turns true (a signal), no new run starts; the runs in flight that are
/// stepping finish and are written, the builds of communities in flight are cancelled (those runs
/// and any after them are not written, so the data stays a prefix in run order that `--resume`
/// continues), and ``run(stopRequested:tick:write:)`` returns.
public final class SweepRunner: @unchecked Sendable {
    // @unchecked: every mutable field is guarded by `condition`.
    private let condition = NSCondition()
    private var nextToTake: Int
    private var nextToWrite: Int
    private let end: Int
    private var ready: [Int: Sweep.RunResult] = [:]
    private var running = 0
    private var stopping = false

    private let sweep: Sweep
    private let jobs: Int
    private let window: Int

    /// - Parameters:
    ///   - sweep: The sweep.
    ///   - runs: The run indices to do, in order.
    ///   - jobs: Threads, `1...`.
    public init(sweep: Sweep, runs: Range<Int>, jobs: Int) {
        self.sweep = sweep
        nextToTake = runs.lowerBound
        nextToWrite = runs.lowerBound
        end = runs.upperBound
        self.jobs = max(1, min(jobs, max(1, runs.count)))
        window = 4 * self.jobs + 4
    }

    /// Runs everything; returns how many runs were written and whether it stopped early.
    /// - Parameters:
    ///   - stopRequested: Polled between runs and while waiting.
    ///   - tick: Called on the writing thread about five times a second (progress display).
    ///   - write: Called on the calling thread for each result, in run order.
    /// - Returns: How many runs were written, and whether a stop request ended the run early.
    public func run(
        stopRequested: @escaping @Sendable () -> Bool, tick: () -> Void, write: (Sweep.RunResult) -> Void
    ) -> (written: Int, stopped: Bool) {
        let start = nextToWrite
        condition.lock()
        running = jobs
        condition.unlock()
        for _ in 0..<jobs {
            let thread = Thread { [self] in work(stopRequested: stopRequested) }
            thread.stackSize = 16 << 20
            thread.start()
        }
        condition.lock()
        while true {
            while let r = ready.removeValue(forKey: nextToWrite) {
                condition.unlock()
                write(r)
                condition.lock()
                nextToWrite += 1
                condition.broadcast()
            }
            // Every run taken is in `ready` once no worker runs; a gap is a cancelled build.
            if running == 0 && ready[nextToWrite] == nil { break }
            if !stopping, stopRequested() {
                stopping = true
                condition.broadcast()
            }
            condition.unlock()
            tick()
            condition.lock()
            if ready[nextToWrite] == nil, running > 0 { _ = condition.wait(until: Date().addingTimeInterval(0.2)) }
        }
        let written = nextToWrite - start
        let stopped = nextToWrite < end
        condition.unlock()
        return (written, stopped)
    }

    private func work(stopRequested: @escaping @Sendable () -> Bool) {
        condition.lock()
        while true {
            if stopping || nextToTake >= end { break }
            if stopRequested() {
                stopping = true
                condition.broadcast()
                break
            }
            if nextToTake >= nextToWrite + window {
                _ = condition.wait(until: Date().addingTimeInterval(0.2))
                continue
            }
            let k = nextToTake
            nextToTake += 1
            condition.unlock()
            let result = sweep.perform(k, cancelled: stopRequested)
            condition.lock()
            if let result {
                ready[k] = result
            } else {
                stopping = true
            }
            condition.broadcast()
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}

/// Progress on standard error: a line redrawn in place on a terminal (done/total, runs a second,
/// time left, failures), or one line per finished run (`--progress plain`).
public final class SweepProgress {
    public enum Style: String, Sendable, CaseIterable {
        case auto, bar, plain, none
    }

    private let style: Style
    private let total: Int
    private let language: Language
    private let writeError: (String) -> Void
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var done = 0
    private var failed = 0
    private let already: Int
    /// The whole sweep's runs, which a line per run counts against (`run 4/6`, in a shard too).
    private let runsInSweep: Int
    private var drawn = false

    /// - Parameters:
    ///   - style: `bar` redraws one line; `plain` prints a line per run; `none` prints nothing.
    ///   - total: Runs in this process's range.
    ///   - already: Runs done before (resumed), counted as done but not in the rate.
    ///   - runsInSweep: The sweep's runs when this process does a shard of them (default `total`):
    ///     `--progress plain` numbers each run as the `run` column does, out of all of them.
    ///   - language: The language of the lines.
    ///   - writeError: Writes text to standard error.
    public init(
        style: Style, total: Int, already: Int, runsInSweep: Int? = nil, language: Language,
        writeError: @escaping (String) -> Void
    ) {
        self.style = style
        self.total = total
        self.runsInSweep = runsInSweep ?? total
        self.already = already
        self.language = language
        self.writeError = writeError
        done = already
    }

    public func finished(_ r: Sweep.RunResult) {
        done += 1
        if r.error != nil { failed += 1 }
        switch style {
        case .plain:
            writeError(
                Message.runFinished(
                    run: r.run.index, total: runsInSweep, cell: r.run.cell, replicate: r.run.replicate,
                    seed: r.run.seed,
                    seconds: r.seconds, error: r.error
                ).text(language) + "\n")
        case .bar: draw(force: done == total)
        case .auto, .none: break
        }
    }

    public func tick() { if style == .bar { draw(force: false) } }

    private func draw(force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let elapsed = max(0.001, now.timeIntervalSince(started))
        let rate = Double(done - already) / elapsed
        let left = rate > 0 ? Int((Double(total - done) / rate).rounded(.up)) : nil
        let text = Message.sweepProgress(done: done, total: total, perSecond: rate, secondsLeft: left, failed: failed)
            .text(language)
        writeError("\r\u{1B}[K" + text)
        drawn = true
    }

    /// Ends the progress line.
    public func end() {
        if style == .bar, drawn { writeError("\n") }
    }
}
