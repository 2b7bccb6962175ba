// swift-tools-version: 6.0
//
// coprod — a REPL and teaching sandbox for resident co-production of micro-infrastructure.
// Dependencies run one way: CoprodModel ← CoprodLanguage ← LineEditing ← coprod.
import PackageDescription

let package = Package(
    name: "coprod",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "coprod", targets: ["coprod"]),
        .library(name: "CoprodModel", targets: ["CoprodModel"]),
        .library(name: "CoprodLanguage", targets: ["CoprodLanguage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The co-production model: pure Swift, no I/O, no terminal code.
        // Optimised even in debug builds: the validation suite runs thousands of simulated weeks,
        // about 80 times slower unoptimised.
        .target(name: "CoprodModel", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // Lexer, parser, diagnostics with source positions, interpreter and session.
        .target(name: "CoprodLanguage", dependencies: ["CoprodModel"]),
        // libedit through pkg-config (Debian: libedit-dev).
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Non-variadic C wrappers for libedit's variadic el_set/el_get/history.
        .target(name: "CLineEditShim", dependencies: ["CLibEdit"]),
        // A thin line-editing layer: prompt, history, completion, Ctrl-C handling.
        .target(name: "LineEditing", dependencies: ["CLineEditShim"]),
        .executableTarget(
            name: "coprod",
            dependencies: [
                "CoprodModel", "CoprodLanguage", "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "coprod-bench", dependencies: ["CoprodModel", "CoprodLanguage"]),
        // Fuzz target (libFuzzer with -D FUZZING; a corpus replayer otherwise). Tests/Fuzz/run-fuzzer.
        .executableTarget(name: "coprod-fuzz", dependencies: ["CoprodLanguage", "CoprodModel"]),

        .testTarget(name: "CoprodModelTests", dependencies: ["CoprodModel"]),
        .testTarget(name: "CoprodValidationTests", dependencies: ["CoprodModel"]),
        .testTarget(name: "CoprodLanguageTests", dependencies: ["CoprodLanguage", "CoprodModel"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "CoprodEndToEndTests", dependencies: ["coprod"]),
    ]
)
