// swift-tools-version:6.0
import PackageDescription

// One engine library, one thin command-line front end, one test target.
// No package dependencies: every parser is our own code.
let package = Package(
    name: "civicsite",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CivicSite", targets: ["CivicSite"]),
        .executable(name: "civicsite", targets: ["civicsite"]),
    ],
    targets: [
        .target(name: "CivicSite"),
        .executableTarget(name: "civicsite", dependencies: ["CivicSite"]),
        .testTarget(name: "CivicSiteTests", dependencies: ["CivicSite"]),
    ]
)
