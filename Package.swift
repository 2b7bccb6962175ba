// swift-tools-version: 6.0
//
// coprod — a REPL and teaching sandbox for resident co-production of micro-infrastructure.
// Dependencies run one way. The core: CoprodModel ← CoprodLanguage. The terminal side:
// CLibEdit ← CLineEditShim ← LineEditing, and CProcessShim ← ProcessSupport (used by LineEditing).
// The coprod executable uses CoprodLanguage, LineEditing and ProcessSupport; the two sides never
// import each other, so the model and the language build and test without libedit.
import PackageDescription

let package = Package(
    name: "coprod",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "coprod", targets: ["coprod"]),
        .library(name: "CoprodModel", targets: ["CoprodModel"]),
        .library(name: "CoprodLanguage", targets: ["CoprodLanguage"]),
        .library(name: "CoprodValidation", targets: ["CoprodValidation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // The co-production model: pure Swift, no I/O, no terminal code.
        // Optimised even in debug builds: the validation suite runs thousands of simulated weeks,
        // about 80 times slower unoptimised.
        .target(name: "CoprodModel", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // Lexer, parser, diagnostics with source positions, interpreter and session.
        .target(name: "CoprodLanguage", dependencies: ["CoprodModel", "CoprodValidation"]),
        // The stylised facts of spec §11 as data (paired scenarios, effects, bands), their runner,
        // mechanism switches, mutants and the one-at-a-time sensitivity (docs/VALIDATION.md). Pure:
        // no I/O and no prose (the words are in the language library's catalogue).
        .target(
            name: "CoprodValidation", dependencies: ["CoprodModel"],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // Experiments on a script's scenario: --set, sweeps (axes × replicates, derived seeds), streamed
        // CSV and JSON Lines, summaries, shards and their merge (docs/EXPERIMENTS.md).
        .target(name: "CoprodExperiments", dependencies: ["CoprodLanguage", "CoprodModel"]),
        // libedit through pkg-config (Debian: libedit-dev).
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Non-variadic C wrappers for libedit's variadic el_set/el_get/history, and the SIGINT flag
        // of the prompt.
        .target(name: "CLineEditShim", dependencies: ["CLibEdit"]),
        // A thin line-editing layer: prompt, history, completion, Ctrl-C handling.
        .target(name: "LineEditing", dependencies: ["CLineEditShim", "ProcessSupport"]),
        // C helpers Swift 6 cannot write safely: a signal handler that records a signal, writes to
        // the C stdout stream that report errno, whether a descriptor is open.
        .target(name: "CProcessShim"),
        // Process plumbing of a command-line tool: SIGTERM/SIGINT in batch runs (Termination),
        // closed or broken standard streams (StandardStreams). Nothing to do with libedit.
        .target(name: "ProcessSupport", dependencies: ["CProcessShim"]),
        .executableTarget(
            name: "coprod",
            dependencies: [
                "CoprodLanguage", "CoprodExperiments", "CoprodValidation", "LineEditing", "ProcessSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "coprod-bench", dependencies: ["CoprodModel"]),
        // Fuzz target (libFuzzer with -D FUZZING; a corpus replayer otherwise). Tests/Fuzz/run-fuzzer.
        .executableTarget(name: "coprod-fuzz", dependencies: ["CoprodLanguage", "CoprodModel"]),

        // Helpers shared by the test targets: the package's files, temporary folders, running the
        // built coprod with pipes or on a pseudo-terminal.
        .target(name: "CoprodTestSupport", dependencies: ["CoprodModel"], path: "Tests/CoprodTestSupport"),

        .testTarget(name: "CoprodModelTests", dependencies: ["CoprodModel", "CoprodTestSupport"]),
        .testTarget(
            name: "CoprodValidationTests",
            dependencies: ["CoprodModel", "CoprodValidation", "CoprodLanguage", "CoprodTestSupport"]),
        .testTarget(name: "CoprodLanguageTests", dependencies: ["CoprodLanguage", "CoprodModel", "CoprodTestSupport"]),
        .testTarget(
            name: "CoprodExperimentsTests",
            dependencies: ["CoprodExperiments", "CoprodLanguage", "CoprodModel", "CoprodTestSupport"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing", "CoprodTestSupport"]),
        .testTarget(name: "ProcessSupportTests", dependencies: ["ProcessSupport"]),
        .testTarget(name: "CoprodEndToEndTests", dependencies: ["coprod", "CoprodTestSupport"]),
    ]
)
