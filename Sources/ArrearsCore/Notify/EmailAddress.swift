import Foundation

/// GOV.UK Notify's email address check, in short (notifications-utils `validate_email_address`):
/// one `@`, a local part of allowed characters, a domain of at least two dot-separated labels of
/// letters, digits and hyphens, at most 320 characters, no spaces. Checked before an email is queued.
public enum EmailAddress {
    static let localCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")

    /// The address trimmed, or nil when Notify would refuse it.
    public static func normalised(_ text: String) -> String? {
        let address = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard address.count <= 320 else { return nil }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64, parts[0].allSatisfy(localCharacters.contains),
              !parts[0].hasPrefix("."), !parts[0].hasSuffix("."), !parts[0].contains("..") else { return nil }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }), labels.last!.count >= 2 else { return nil }
        return address
    }
}
