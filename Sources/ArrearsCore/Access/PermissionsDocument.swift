/// docs/permissions.md's matrix, generated from `PermissionMatrix` so that the document and the code
/// cannot drift apart (a test compares the committed file with this output).
public enum PermissionsDocument {
    public static let beginMarker = "<!-- BEGIN GENERATED MATRIX: PermissionsDocument.matrixSection(); do not edit by hand -->"
    public static let endMarker = "<!-- END GENERATED MATRIX -->"

    /// The markers and, between them, one row per operation and one column per role.
    public static func matrixSection() -> String {
        var lines = [beginMarker, ""]
        lines.append("| Operation | Audit code | Kind | " + Role.allCases.map(\.label).joined(separator: " | ") + " |")
        lines.append("|---|---|---|" + Role.allCases.map { _ in "---|" }.joined())
        for operation in AccessOperation.allCases {
            let cells = Role.allCases.map { PermissionMatrix.grant($0, operation).symbol }
            lines.append("| \(operation.title) | `\(operation.rawValue)` | \(operation.kind.label) | " + cells.joined(separator: " | ") + " |")
        }
        lines += ["", "Key: " + Grant.allCases.map { "**\($0.symbol)** \($0.meaning)" }.joined(separator: "; ") + ".", "", endMarker]
        return lines.joined(separator: "\n")
    }

    /// `document` with its generated section replaced by the current one; nil when the markers are missing.
    public static func updating(_ document: String) -> String? {
        guard let begin = document.range(of: beginMarker), let end = document.range(of: endMarker),
              begin.lowerBound < end.lowerBound else { return nil }
        return String(document[..<begin.lowerBound]) + matrixSection() + String(document[end.upperBound...])
    }

    /// The generated section as it stands in `document`, for comparison.
    public static func section(in document: String) -> String? {
        guard let begin = document.range(of: beginMarker), let end = document.range(of: endMarker),
              begin.lowerBound < end.lowerBound else { return nil }
        return String(document[begin.lowerBound..<end.upperBound])
    }
}

extension OperationKind {
    var label: String {
        switch self {
        case .caseReading: return "read a case"
        case .caseWork: return "case work"
        case .export: return "export"
        case .assignment: return "assignment"
        case .oversight: return "oversight"
        case .administration: return "administration"
        case .dataLoad: return "data load"
        case .automation: return "automation"
        }
    }
}

extension Grant {
    var meaning: String {
        switch self {
        case .none: return "refused"
        case .rentAccounts: return "rent accounts only (secure, introductory, non-secure, temporary accommodation, garage, sundry)"
        case .leaseholdAccounts: return "leasehold-side accounts only (leasehold, freehold, shared ownership)"
        case .everything: return "allowed on every account"
        }
    }
}
