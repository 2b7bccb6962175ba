import Testing

@testable import LineEditing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct InterruptsTests {
    @Test func sigintSetsTheFlagUntilReset() async throws {
        #expect(Interrupts.installHandler())
        Interrupts.reset()
        #expect(!Interrupts.isPending)
        // Sent to the process (test threads may block SIGINT), so it arrives asynchronously.
        kill(getpid(), SIGINT)
        for _ in 0..<200 where !Interrupts.isPending {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(Interrupts.isPending)
        Interrupts.reset()
        #expect(!Interrupts.isPending)
    }
}
