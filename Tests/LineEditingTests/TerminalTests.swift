import Foundation
import Testing

@testable import LineEditing

@Suite struct TerminalTests {
    @Test func colourOnlyOnATerminal() {
        #expect(Terminal.usesColour(isTerminal: true, environment: ["TERM": "xterm"]))
        #expect(!Terminal.usesColour(isTerminal: false, environment: ["TERM": "xterm"]))
    }

    @Test func noColourVariable() {
        #expect(!Terminal.usesColour(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(Terminal.usesColour(isTerminal: true, environment: ["NO_COLOR": ""]))
    }

    @Test func dumbTerminal() {
        #expect(!Terminal.usesColour(isTerminal: true, environment: ["TERM": "dumb"]))
        #expect(Terminal.usesColour(isTerminal: true, environment: [:]))
    }
}

@Suite struct HistoryLocationTests {
    @Test func prefersXDGStateHome() {
        let url = HistoryLocation.defaultURL(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        #expect(url?.path == "/s/coprod/history")
    }

    @Test func fallsBackToHome() {
        #expect(
            HistoryLocation.defaultURL(environment: ["HOME": "/h"])?.path
                == "/h/.local/state/coprod/history")
        // A relative XDG_STATE_HOME is invalid per the XDG spec and ignored.
        #expect(
            HistoryLocation.defaultURL(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])?.path
                == "/h/.local/state/coprod/history")
    }

    @Test func noneWithoutEither() {
        #expect(HistoryLocation.defaultURL(environment: [:]) == nil)
        #expect(HistoryLocation.defaultURL(environment: ["HOME": ""]) == nil)
    }
}
