/// A calendar date in Europe/London, held as days since 1970-01-01.
/// The core never reads the clock: every rule takes an "as of" `CivilDate`.
public struct CivilDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var dayNumber: Int32

    public init(dayNumber: Int32) { self.dayNumber = dayNumber }

    /// Returns nil when the day does not exist in that month.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year),
              (1600...9999).contains(year) else { return nil }
        dayNumber = Int32(CivilDate.daysFromCivil(year, month, day))
    }

    /// A day that exists by construction (a month's first or last day, a clamped day), in any year:
    /// date arithmetic near the edges of the accepted range (1600-01-01 less a year) must give a date,
    /// never trap. Only the calendar's own code calls this; input goes through the checked initialiser.
    init(existing year: Int, month: Int, day: Int) {
        dayNumber = Int32(clamping: CivilDate.daysFromCivil(year, month, day))
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    public var components: (year: Int, month: Int, day: Int) { CivilDate.civilFromDays(Int(dayNumber)) }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    public var isoWeekday: Int {
        let d = (Int(dayNumber) + 3) % 7 // 1970-01-01 was a Thursday (ISO 4)
        return (d < 0 ? d + 7 : d) + 1
    }

    public var isWeekend: Bool { isoWeekday >= 6 }

    /// The Monday that starts this date's ISO week.
    public var startOfISOWeek: CivilDate { adding(days: -(isoWeekday - 1)) }

    /// ISO 8601 week-numbering year and week (weeks start Monday; week 1 holds the first Thursday).
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - isoWeekday)
        let y = thursday.year
        let jan1 = CivilDate(existing: y, month: 1, day: 1)
        let week = Int(thursday.dayNumber - jan1.dayNumber) / 7 + 1
        return (y, week)
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: Int32(clamping: Int(dayNumber) + days)) }
    public func adding(weeks: Int) -> CivilDate { adding(days: weeks * 7) }

    /// Calendar months, clamping the day to the end of a shorter month (31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> CivilDate {
        let c = components
        let total = c.year * 12 + (c.month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        let d = min(c.day, CivilDate.daysIn(month: m, year: y))
        return CivilDate(existing: y, month: m, day: d)
    }

    public func adding(years: Int) -> CivilDate { adding(months: years * 12) }

    public func days(since other: CivilDate) -> Int { Int(dayNumber) - Int(other.dayNumber) }

    /// Whole calendar months from `other` to `self` (a month counts once its day-of-month is reached).
    public func wholeMonths(since other: CivilDate) -> Int {
        guard self >= other else { return -other.wholeMonths(since: self) }
        var months = (year - other.year) * 12 + (month - other.month)
        if other.adding(months: months) > self { months -= 1 }
        return months
    }

    /// `2026-12-24`
    public var isoText: String {
        let c = components
        return "\(CivilDate.pad(c.year, 4))-\(CivilDate.pad(c.month, 2))-\(CivilDate.pad(c.day, 2))"
    }

    /// GOV.UK style: `4 June 2017`.
    public var longText: String { "\(day) \(CivilDate.monthNames[month - 1]) \(year)" }

    /// Tight tables: `4 Jun 2017`.
    public var shortText: String { "\(day) \(CivilDate.monthNames[month - 1].prefix(3)) \(year)" }

    public var description: String { isoText }

    /// Strict ISO `YYYY-MM-DD`.
    public static func parseISO(_ s: String) -> CivilDate? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact proleptic Gregorian arithmetic.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d)
    }
}
