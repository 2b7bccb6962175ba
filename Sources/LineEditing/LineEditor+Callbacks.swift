import CLineEditShim
import Foundation

/// The libedit set-up and the C callbacks that reach back into the ``LineEditor`` through
/// libedit's client data.
extension LineEditor {
    func configure() {
        coprod_el_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
        coprod_el_set_editor(editLine, "emacs")
        coprod_el_set_signal(editLine, 0)
        coprod_el_set_prompt(editLine) { el in
            LineEditor.owner(of: el)?.promptText
        }
        coprod_el_set_history(editLine, history.handle)
        // The typing hint, drawn by the reader below (asked of `hint`; nothing when it is nil).
        coprod_set_hint_source { el, room in
            LineEditor.owner(of: el)?.hintText(room: Int(room))
        }

        coprod_el_add_function(editLine, "coprod-complete", "complete the word before the cursor") {
            el, _ in
            guard let el, let editor = LineEditor.owner(of: el) else { return UInt8(CC_ERROR) }
            return editor.complete()
        }
        coprod_el_bind(editLine, "^I", "coprod-complete")

        // Ctrl-C: the terminal sends no SIGINT while editing (-isig); ^C is an ordinary key.
        coprod_el_add_function(editLine, "coprod-interrupt", "discard the line") { el, _ in
            guard let el, let editor = LineEditor.owner(of: el) else { return UInt8(CC_ERROR) }
            return editor.interrupt()
        }
        coprod_el_bind(editLine, "^C", "coprod-interrupt")
        coprod_el_set_edit_tty_mode(editLine, "-isig")

        // ^Z: with -isig it is a key too; suspend as a shell's job control expects.
        coprod_el_add_function(editLine, "coprod-suspend", "suspend coprod (fg resumes)") { el, _ in
            guard let el else { return UInt8(CC_ERROR) }
            coprod_el_suspend(el)
            return UInt8(CC_NORM)
        }
        coprod_el_bind(editLine, "^Z", "coprod-suspend")
        // ^L: clear the screen, then prompt and line at its top (libedit's ed-clear-screen).
        coprod_el_bind(editLine, "^L", "ed-clear-screen")

        // A resize (SIGWINCH) or `fg` after a stop (SIGCONT) redraws the line for the terminal
        // as it is now; libedit's own signal handling stays off (see the ^C binding above).
        coprod_el_install_signal_reader(editLine)
    }

    static func owner(of el: OpaquePointer?) -> LineEditor? {
        guard let el, let data = coprod_el_client_data(el) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// The text from the start of the line to the cursor.
    var lineUpToCursor: String {
        guard let info = el_line(editLine)?.pointee else { return "" }
        let count = info.cursor - info.buffer
        return info.buffer.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }

    /// The whole line being edited.
    var wholeLine: String {
        guard let info = el_line(editLine)?.pointee else { return "" }
        let count = info.lastchar - info.buffer
        return info.buffer.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }

    /// Tab: inserts the common prefix of the candidates or lists them below the line.
    func complete() -> UInt8 {
        let line = lineUpToCursor
        let completion = Completion.resolve(lineUpToCursor: line, candidates: completer(line))
        if !completion.insertion.isEmpty {
            // libedit counts the characters to delete (its buffer is wide).
            if completion.erase > 0 { el_deletestr(editLine, Int32(completion.erase)) }
            el_insertstr(editLine, completion.insertion)
            return UInt8(CC_REFRESH)
        }
        guard !completion.alternatives.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        // The list goes below the line: the hint must not stay on the line above it.
        coprod_hint_erase(editLine)
        let width = Terminal.width
        let rows = CandidateList.rows(completion.alternatives, width: width)
        // On redisplay libedit first moves up to what it thinks is the first row of the edit
        // line. When the line wraps, the cursor was that many rows down: print as many blank
        // lines so that the move lands below the list instead of erasing its last rows.
        let cursorRow = Self.displayColumns(String(cString: promptText) + line) / max(1, width)
        print("\n" + rows.joined(separator: "\n") + String(repeating: "\n", count: cursorRow))
        fflush(nil)
        return UInt8(CC_REDISPLAY)
    }

    /// The columns `text` takes on the terminal (wide characters count two, control characters
    /// two, as libedit shows them as `^X`).
    static func displayColumns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            let columns = coprod_wcwidth(scalar.value)
            return sum + (columns < 0 ? 2 : Int(columns))
        }
    }

    /// ^C: flags the line as interrupted, shows `^C` at its end and ends it.
    func interrupt() -> UInt8 {
        interruptRequested = true
        coprod_hint_erase(editLine)
        if let info = el_line(editLine)?.pointee {
            el_cursor(editLine, Int32(info.lastchar - info.cursor))
        }
        el_insertstr(editLine, "^C")
        el_push(editLine, "\n")
        return UInt8(CC_REFRESH)
    }
}
