import Foundation

/// Dates typed into forms: `2026-12-24`, `24/12/2026`, `+10d`, `+2w`, `+3m`, `today`, `tomorrow`.
/// Relative forms count from the working date; months clamp to the month's end (31 Jan + 1m = 28 Feb).
public enum DateInput {
    public static let acceptedForms = "2026-12-24, 24/12/2026, +10d (days from today), +2w (weeks), +3m (months), today or tomorrow"

    public static func parse(_ text: String, today: CivilDate) -> Result<CivilDate, DateInputError> {
        let input = text.trimmingCharacters(in: .whitespaces).lowercased()
        if input.isEmpty { return .failure(.empty) }
        switch input {
        case "today": return .success(today)
        case "tomorrow": return .success(today.adding(days: 1))
        default: break
        }
        if input.hasPrefix("+") { return relative(input, original: text, today: today) }
        if input.contains("/") { return dayMonthYear(input, original: text) }
        if input.contains("-") {
            let parts = input.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  parts.allSatisfy(isDigits), let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
                return .failure(.unrecognised(text))
            }
            return exact(year: year, month: month, day: day, original: text)
        }
        return .failure(.unrecognised(text))
    }

    /// `+10d`, `+2w`, `+3m`: at most ten years ahead.
    private static func relative(_ input: String, original: String, today: CivilDate) -> Result<CivilDate, DateInputError> {
        let body = input.dropFirst()
        guard let unit = body.last, isDigits(body.dropLast()), let count = Int(body.dropLast()) else {
            return .failure(.unrecognised(original))
        }
        let date: CivilDate
        switch unit {
        case "d": date = today.adding(days: min(count, 10 * 366))
        case "w": date = today.adding(weeks: min(count, 10 * 53))
        case "m": date = today.adding(months: min(count, 120))
        default: return .failure(.unrecognised(original))
        }
        guard date <= today.adding(years: 10) else { return .failure(.tooFar(original)) }
        return .success(date)
    }

    /// `24/12/2026` or `1/2/2027`; two-digit years are refused rather than guessed.
    private static func dayMonthYear(_ input: String, original: String) -> Result<CivilDate, DateInputError> {
        let parts = input.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy(isDigits), let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else {
            return .failure(.unrecognised(original))
        }
        return exact(year: year, month: month, day: day, original: original)
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func exact(year: Int, month: Int, day: Int, original: String) -> Result<CivilDate, DateInputError> {
        guard (1...12).contains(month) else { return .failure(.noSuchDate(original, "there is no month \(month)")) }
        guard (1900...2199).contains(year) else { return .failure(.noSuchDate(original, "the year \(year) is out of range")) }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            let days = CivilDate.daysIn(month: month, year: year)
            return .failure(.noSuchDate(original, "\(CivilDate.monthNames[month - 1]) \(year) has \(days) days"))
        }
        return .success(date)
    }
}

public enum DateInputError: Error, Equatable, CustomStringConvertible {
    case empty
    case unrecognised(String)
    case noSuchDate(String, String)
    case tooFar(String)

    public var description: String {
        switch self {
        case .empty:
            return "Enter a date: \(DateInput.acceptedForms)."
        case let .unrecognised(text):
            return "'\(text)' is not a date this form understands. Type \(DateInput.acceptedForms)."
        case let .noSuchDate(text, why):
            return "'\(text)' is not a real date: \(why)."
        case let .tooFar(text):
            return "'\(text)' is more than ten years ahead; type the date itself if you mean it."
        }
    }
}
