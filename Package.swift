// swift-tools-version:6.0
// Arrears Workbench. No Swift package dependencies: system C libraries only.
// Dependency direction (never backwards): arrears → ArrearsTerminal → ArrearsUI → ArrearsCore.
import PackageDescription

let package = Package(
    name: "ArrearsWorkbench",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "arrears", targets: ["arrears"]),
    ],
    targets: [
        // No pkgConfig: SwiftPM would warn about the -D flags it drops; the headers are on the
        // default include path and the module maps name the libraries to link.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CPQ",
            providers: [.apt(["libpq-dev"])]
        ),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(name: "ArrearsCore", dependencies: ["CSQLite", "CPQ", "CZlib", "CCrypto"], resources: [.copy("Resources")]),
        .target(name: "ArrearsUI", dependencies: ["ArrearsCore"]),
        .target(name: "ArrearsTerminal", dependencies: ["ArrearsUI", "CNcursesw"]),
        .executableTarget(name: "arrears", dependencies: ["ArrearsCore", "ArrearsUI", "ArrearsTerminal"]),
        .testTarget(name: "ArrearsCoreTests", dependencies: ["ArrearsCore"]),
        .testTarget(name: "ArrearsUITests", dependencies: ["ArrearsUI"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "ArrearsTerminalTests", dependencies: ["ArrearsTerminal"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ArrearsCore"]),
    ],
    swiftLanguageModes: [.v6]
)
