#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the C library's character handling UTF-8, which libedit needs: without it libedit
/// silently drops non-ASCII bytes (`héllo` becomes `hllo`).
enum UTF8Locale {
    /// Adopts the user's locale (`setlocale(LC_ALL, "")`); if its character set is not UTF-8,
    /// switches character handling to `C.UTF-8`. Numbers keep the `C` locale so that no
    /// formatting code ever prints a decimal comma.
    static func activate() {
        setlocale(LC_ALL, "")
        if !isUTF8 {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
        setlocale(LC_NUMERIC, "C")
    }

    private static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
