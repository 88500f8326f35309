import Foundation

/// Comments, reasons and notes typed into forms.
public enum FreeText {
    /// The diary comment limit the editor shows: long enough for a full note of a call, short enough
    /// to read on one screen.
    public static let maximumLength = 2_000

    /// Trimmed text that must not be empty.
    public static func required(_ text: String, field: String) throws -> String {
        let trimmed = try optional(text, field: field)
        if trimmed.isEmpty { throw ActionRefused(field: field, "Enter the \(field.lowercased()); it cannot be left empty.") }
        return trimmed
    }

    /// Trimmed text that may be empty.
    public static func optional(_ text: String, field: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > maximumLength {
            throw ActionRefused(field: field, "The \(field.lowercased()) is \(trimmed.count) characters long; the limit is \(maximumLength).")
        }
        return trimmed
    }
}
