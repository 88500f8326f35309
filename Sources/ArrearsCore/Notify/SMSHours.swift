import Foundation

/// The London wall-clock hours in which text messages may go (policy; default 08:00–20:00). Outside
/// them queued messages wait in the outbox for the next send inside the hours; letters and emails
/// are not held.
public struct SMSHours: Hashable, Sendable, CustomStringConvertible {
    /// Minutes after London midnight: from `start` (inclusive) to `end` (exclusive).
    public var start: Int
    public var end: Int

    public static let standard = SMSHours(start: 8 * 60, end: 20 * 60)

    public init(start: Int, end: Int) { self.start = start; self.end = end }

    /// `08:00-20:00` (any form `TimeInput` reads at either end); the end must be after the start, both on the same day.
    public static func parse(_ text: String) -> SMSHours? {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false).map { try? TimeInput.parse(String($0)).get() }
        guard ends.count == 2, let start = ends[0], let end = ends[1], start < end else { return nil }
        return SMSHours(start: start, end: end)
    }

    public func contains(_ instant: Timestamp) -> Bool {
        let t = instant.londonTime
        let minute = t.hour * 60 + t.minute
        return minute >= start && minute < end
    }

    public var description: String { TimeOfDay.text(start) + "-" + TimeOfDay.text(end) }
}

/// `20:00`, for the SMS hours setting.
enum TimeOfDay {
    static func text(_ minutes: Int) -> String { CivilDate.pad(minutes / 60, 2) + ":" + CivilDate.pad(minutes % 60, 2) }
}
