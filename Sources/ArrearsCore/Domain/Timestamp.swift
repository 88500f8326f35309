/// An instant, as whole seconds since 1970-01-01T00:00:00Z. Shown in Europe/London local time.
/// The core never reads the clock; the executable passes instants in.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.secondsSinceEpoch < b.secondsSinceEpoch }

    /// The instant at a London wall-clock time on a date (during the spring-forward gap the
    /// earlier offset is used; during the autumn repeat the first occurrence).
    public init(london date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        let local = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        let guess = local - Int64(LondonTime.offsetSeconds(atUTC: local))
        let offset = LondonTime.offsetSeconds(atUTC: guess)
        secondsSinceEpoch = local - Int64(offset)
    }

    /// The London calendar date of this instant.
    public var londonDate: CivilDate {
        let local = secondsSinceEpoch + Int64(LondonTime.offsetSeconds(atUTC: secondsSinceEpoch))
        return CivilDate(dayNumber: Int32(floorDiv(local, 86_400)))
    }

    /// London wall-clock hour and minute.
    public var londonTime: (hour: Int, minute: Int, second: Int) {
        let local = secondsSinceEpoch + Int64(LondonTime.offsetSeconds(atUTC: secondsSinceEpoch))
        let s = Int(local - floorDiv(local, 86_400) * 86_400)
        return (s / 3600, (s % 3600) / 60, s % 60)
    }

    /// `2026-03-29 14:05` London time.
    public var londonText: String {
        let t = londonTime
        return "\(londonDate.isoText) \(CivilDate.pad(t.hour, 2)):\(CivilDate.pad(t.minute, 2))"
    }

    /// ISO 8601 in UTC: `2026-03-29T13:05:00Z`, the storage and export form.
    public var isoUTC: String {
        let day = CivilDate(dayNumber: Int32(floorDiv(secondsSinceEpoch, 86_400)))
        let s = Int(secondsSinceEpoch - floorDiv(secondsSinceEpoch, 86_400) * 86_400)
        return "\(day.isoText)T\(CivilDate.pad(s / 3600, 2)):\(CivilDate.pad((s % 3600) / 60, 2)):\(CivilDate.pad(s % 60, 2))Z"
    }

    public var description: String { isoUTC }

    /// Accepts `YYYY-MM-DDTHH:MM:SSZ` (UTC) or `YYYY-MM-DD HH:MM` (London local).
    public static func parse(_ s: String) -> Timestamp? {
        if s.count == 20, s.hasSuffix("Z") {
            let datePart = String(s.prefix(10))
            let timePart = s.dropFirst(11).dropLast()
            guard s[s.index(s.startIndex, offsetBy: 10)] == "T", let d = CivilDate.parseISO(datePart) else { return nil }
            let t = timePart.split(separator: ":")
            guard t.count == 3, let h = Int(t[0]), let m = Int(t[1]), let sec = Int(t[2]),
                  (0..<24).contains(h), (0..<60).contains(m), (0..<60).contains(sec) else { return nil }
            return Timestamp(secondsSinceEpoch: Int64(d.dayNumber) * 86_400 + Int64(h * 3600 + m * 60 + sec))
        }
        let parts = s.split(separator: " ")
        guard parts.count == 2, let d = CivilDate.parseISO(String(parts[0])) else { return nil }
        let t = parts[1].split(separator: ":")
        guard t.count == 2, let h = Int(t[0]), let m = Int(t[1]), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return Timestamp(london: d, hour: h, minute: m)
    }
}

/// Europe/London: GMT, and BST (UTC+1) from 01:00 UTC on the last Sunday in March
/// to 01:00 UTC on the last Sunday in October.
public enum LondonTime {
    public static func offsetSeconds(atUTC seconds: Int64) -> Int {
        let day = CivilDate(dayNumber: Int32(floorDiv(seconds, 86_400)))
        let y = day.year
        let start = Int64(lastSunday(month: 3, year: y).dayNumber) * 86_400 + 3600
        let end = Int64(lastSunday(month: 10, year: y).dayNumber) * 86_400 + 3600
        return (seconds >= start && seconds < end) ? 3600 : 0
    }

    public static func lastSunday(month: Int, year: Int) -> CivilDate {
        let last = CivilDate(existing: year, month: month, day: CivilDate.daysIn(month: month, year: year))
        return last.adding(days: -(last.isoWeekday % 7))
    }
}

@inline(__always) func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
