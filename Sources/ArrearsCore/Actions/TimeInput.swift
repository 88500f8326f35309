import Foundation

/// Times typed into forms (court hearings): `10:30`, `9:05`, `14.15`, `2pm`, `2:30pm`, as minutes
/// after midnight.
public enum TimeInput {
    public static let acceptedForms = "10:30, 14:15, 2pm or 2:30pm"

    public static func parse(_ text: String) -> Result<Int, TimeInputError> {
        var input = text.trimmingCharacters(in: .whitespaces).lowercased()
        if input.isEmpty { return .failure(.empty) }
        var meridiem: String?
        for suffix in ["am", "pm"] where input.hasSuffix(suffix) {
            meridiem = suffix
            input = String(input.dropLast(2)).trimmingCharacters(in: .whitespaces)
        }
        let parts = input.split(separator: input.contains(":") ? ":" : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = parts.count == 2 ? Int(parts[1]) : 0,
              parts.count == 2 ? parts[1].count == 2 : meridiem != nil else {
            return .failure(.unrecognised(text))
        }
        var hour24 = hour
        if let meridiem {
            guard (1...12).contains(hour) else { return .failure(.unrecognised(text)) }
            hour24 = hour % 12 + (meridiem == "pm" ? 12 : 0)
        }
        guard (0..<24).contains(hour24), (0..<60).contains(minute) else { return .failure(.unrecognised(text)) }
        return .success(hour24 * 60 + minute)
    }
}

public enum TimeInputError: Error, Equatable, CustomStringConvertible {
    case empty
    case unrecognised(String)

    public var description: String {
        switch self {
        case .empty: return "Enter a time: \(TimeInput.acceptedForms)."
        case let .unrecognised(text): return "'\(text)' is not a time this form understands. Type \(TimeInput.acceptedForms)."
        }
    }
}
