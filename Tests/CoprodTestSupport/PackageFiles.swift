import Foundation

// Shared by every test target: the package's own files and fresh temporary folders.

/// The package's root folder (README.md, examples/, lessons/, .ci/).
public let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A file of the package read as UTF-8, for example `packageFile("examples/default.coprod")`.
///
/// - Throws: The error of reading the file (missing, unreadable, not UTF-8).
public func packageFile(_ path: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
}

/// A fresh temporary folder, `PREFIX-UUID` in the system's temporary directory. Tests run in
/// parallel, so each test makes its own.
public func temporaryFolder(_ prefix: String = "coprod-test") -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
