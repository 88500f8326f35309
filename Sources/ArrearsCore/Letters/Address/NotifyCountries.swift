import Foundation

/// Royal Mail postage zones as GOV.UK Notify names them.
public enum PostageZone: String, Sendable, Codable, CaseIterable {
    case unitedKingdom = "united-kingdom"
    case europe
    case restOfWorld = "rest-of-world"
}

/// A country or territory Notify recognises on the last line of an address.
public struct NotifyCountry: Hashable, Sendable {
    /// The name Notify prints, e.g. "France", "The Gambia", "United Kingdom".
    public var canonicalName: String
    public var zone: PostageZone
    public var isUnitedKingdom: Bool { zone == .unitedKingdom }
}

/// Every country name GOV.UK Notify recognises (Resources/Notify/countries.tsv, already in
/// Notify's matching form), with Notify's lookup rules. Loaded once.
public struct NotifyCountries: Sendable {
    private let byKey: [String: NotifyCountry]

    public static let shared = NotifyCountries(tsv: NotifyResource.text("countries", "tsv"))

    /// Parses `key<TAB>canonical<TAB>zone` lines; `#` comments and the header row are skipped.
    init(tsv: String) {
        var table: [String: NotifyCountry] = [:]
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let zone = PostageZone(rawValue: String(fields[2])) else { continue }
            table[String(fields[0])] = NotifyCountry(canonicalName: String(fields[1]), zone: zone)
        }
        byKey = table
    }

    public var count: Int { byKey.count }

    /// The country a line names, trying it as given and then with "the", "yr" and "y" in front
    /// (so "Gambia" finds The Gambia). A line containing any digit is never a country.
    public func country(named line: String) -> NotifyCountry? {
        for s in line.unicodeScalars where NotifyText.isPythonDigit(s) { return nil }
        let key = NotifyCountries.matchingKey(line)
        if let c = byKey[key] { return c }
        for prefix in ["the", "yr", "y"] {
            if let c = byKey[prefix + key] { return c }
        }
        return nil
    }

    /// Notify's matching form: `&` and `+` become "and"; space, underscore, hyphen, apostrophes,
    /// comma, full stop and brackets are dropped; lower case; accents folded to ASCII unless some
    /// character cannot be folded, in which case the unfolded lower-case form is used.
    public static func matchingKey(_ name: String) -> String {
        var lowered = String.UnicodeScalarView()
        for s in name.unicodeScalars {
            switch s {
            case "&", "+": lowered.append(contentsOf: "and".unicodeScalars)
            case " ", "_", "-", "'", "\u{2019}", ",", ".", "(", ")": continue
            default: NotifyText.appendLowercase(s, to: &lowered)
            }
        }
        let unfolded = String(lowered)
        return ASCIIFolding.fold(unfolded) ?? unfolded
    }
}

/// Reads Notify's data files from the ArrearsCore bundle. They ship with the program, so a
/// missing file is a packaging fault, not a user error.
enum NotifyResource {
    static func text(_ name: String, _ ext: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources/Notify"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("GOV.UK Notify data file Resources/Notify/\(name).\(ext) is missing from the ArrearsCore bundle")
        }
        return text
    }
}
