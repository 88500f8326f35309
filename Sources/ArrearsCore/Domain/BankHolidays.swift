/// England and Wales bank holidays, kept as data for the years the government has announced,
/// with the standing rules as a fallback for later years (one-off holidays cannot be predicted).
public enum BankHolidays {
    /// Announced England and Wales bank holidays (ISO dates), including one-offs such as
    /// 8 May 2020 (VE day moved), 19 Sep 2022 (state funeral) and 8 May 2023 (coronation).
    public static let announced: [Int: [String]] = [
        2018: ["2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26"],
        2019: ["2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"],
        2020: ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"],
        2021: ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"],
        2022: ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
               "2022-12-26", "2022-12-27"],
        2023: ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25",
               "2023-12-26"],
        2024: ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"],
        2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
        2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
        2027: ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"],
        2028: ["2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"],
    ]

    private static let table: [Int: Set<Int32>] = {
        var t: [Int: Set<Int32>] = [:]
        for (year, dates) in announced {
            t[year] = Set(dates.compactMap { CivilDate.parseISO($0)?.dayNumber })
        }
        return t
    }()

    public static func holidays(in year: Int) -> Set<Int32> {
        if let known = table[year] { return known }
        return standingRules(year)
    }

    public static func isBankHoliday(_ date: CivilDate) -> Bool {
        holidays(in: date.year).contains(date.dayNumber)
    }

    public static func isWorkingDay(_ date: CivilDate) -> Bool {
        !date.isWeekend && !isBankHoliday(date)
    }

    /// The first working day strictly after `date`: the date a letter queued today carries.
    public static func nextWorkingDay(after date: CivilDate) -> CivilDate {
        var d = date.adding(days: 1)
        while !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// The standing England and Wales rules: New Year's Day, Good Friday, Easter Monday,
    /// early May, spring and summer bank holidays, Christmas and Boxing Day, with weekend substitutes.
    static func standingRules(_ year: Int) -> Set<Int32> {
        var days: [CivilDate] = []
        let newYear = CivilDate(existing: year, month: 1, day: 1)
        days.append(newYear.isWeekend ? newYear.adding(days: 8 - newYear.isoWeekday) : newYear)
        let easter = easterSunday(year)
        days.append(easter.adding(days: -2))
        days.append(easter.adding(days: 1))
        days.append(firstMonday(month: 5, year: year))
        days.append(lastMonday(month: 5, year: year))
        days.append(lastMonday(month: 8, year: year))
        let christmas = CivilDate(existing: year, month: 12, day: 25)
        switch christmas.isoWeekday {
        case 6: days += [christmas.adding(days: 2), christmas.adding(days: 3)]   // Sat: Mon and Tue
        case 7: days += [christmas.adding(days: 1), christmas.adding(days: 2)]   // Sun: Mon and Tue
        case 5: days += [christmas, christmas.adding(days: 3)]                   // Fri: Boxing Day moves to Mon
        default: days += [christmas, christmas.adding(days: 1)]
        }
        return Set(days.map(\.dayNumber))
    }

    static func firstMonday(month: Int, year: Int) -> CivilDate {
        let first = CivilDate(existing: year, month: month, day: 1)
        return first.adding(days: (8 - first.isoWeekday) % 7)
    }

    static func lastMonday(month: Int, year: Int) -> CivilDate {
        let last = CivilDate(existing: year, month: month, day: CivilDate.daysIn(month: month, year: year))
        return last.adding(days: -((last.isoWeekday - 1) % 7))
    }

    /// Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    public static func easterSunday(_ y: Int) -> CivilDate {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(existing: y, month: month, day: day)
    }
}
