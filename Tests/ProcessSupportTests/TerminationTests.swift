import Foundation
import ProcessSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct TerminationTests {
    /// SIGUSR2 stands in for SIGTERM (which would end the test process if another test
    /// replaced the handler); the mechanism is the same.
    @Test func signalIsRecordedUntilReset() async throws {
        #expect(Termination.installHandler(for: SIGUSR2))
        Termination.reset()
        #expect(Termination.pendingSignal == nil)
        kill(getpid(), SIGUSR2)
        for _ in 0..<200 where Termination.pendingSignal == nil {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(Termination.pendingSignal == SIGUSR2)
        Termination.reset()
        #expect(Termination.pendingSignal == nil)
    }
}
