import Testing
@testable import ArrearsCore

@Suite struct CivilDateTests {
    private func d(_ s: String) -> CivilDate { CivilDate.parseISO(s)! }

    @Test func roundTripsAcrossCenturies() {
        for text in ["1970-01-01", "2000-02-29", "2024-12-31", "1969-12-31", "2100-03-01", "1900-01-01"] {
            #expect(d(text).isoText == text)
        }
        #expect(d("1970-01-01").dayNumber == 0)
        #expect(d("1969-12-31").dayNumber == -1)
    }

    @Test(arguments: ["2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-01-01", "2026-1-01", "x"])
    func refusesImpossibleDates(text: String) {
        #expect(CivilDate.parseISO(text) == nil)
    }

    @Test(arguments: [
        // ISO weeks across year ends: 1 Jan 2021 (Fri) is in 2020-W53; 29 Dec 2025 (Mon) is in 2026-W01.
        ("2021-01-01", 2020, 53), ("2021-01-04", 2021, 1), ("2025-12-29", 2026, 1), ("2026-12-31", 2026, 53),
        ("2027-01-03", 2026, 53), ("2027-01-04", 2027, 1), ("2024-12-30", 2025, 1), ("2026-11-29", 2026, 48),
    ] as [(String, Int, Int)])
    func isoWeeks(date: String, year: Int, week: Int) {
        let w = d(date).isoWeek
        #expect(w.year == year && w.week == week)
    }

    @Test func weekdaysAndWeekStart() {
        #expect(d("2026-11-29").isoWeekday == 7)   // Sunday
        #expect(d("2026-11-30").isoWeekday == 1)   // Monday
        #expect(d("2026-11-29").startOfISOWeek == d("2026-11-23"))
        #expect(d("2026-11-30").startOfISOWeek == d("2026-11-30"))
    }

    @Test(arguments: [
        ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2024-02-29", 12, "2025-02-28"),
        ("2026-03-31", -1, "2026-02-28"), ("2026-11-15", 3, "2027-02-15"),
    ] as [(String, Int, String)])
    func addingMonthsClampsToMonthEnd(start: String, months: Int, expected: String) {
        #expect(d(start).adding(months: months) == d(expected))
    }

    @Test func wholeMonths() {
        #expect(d("2026-04-15").wholeMonths(since: d("2026-01-15")) == 3)
        #expect(d("2026-04-14").wholeMonths(since: d("2026-01-15")) == 2)
        #expect(d("2026-02-28").wholeMonths(since: d("2026-01-31")) == 1)
    }

    @Test func gov_ukDateStyle() {
        #expect(d("2017-06-04").longText == "4 June 2017")
        #expect(d("2026-12-24").shortText == "24 Dec 2026")
    }
}

@Suite struct LondonTimeTests {
    @Test func clockChangesMoveTheLondonDate() {
        // 2026: BST from 29 March 01:00 UTC to 25 October 01:00 UTC.
        let beforeSpring = Timestamp.parse("2026-03-29T00:59:59Z")!
        let afterSpring = Timestamp.parse("2026-03-29T01:00:00Z")!
        #expect(beforeSpring.londonTime.hour == 0)
        #expect(afterSpring.londonTime.hour == 2)
        // 23:30 UTC on a summer evening is already tomorrow in London.
        let summerLate = Timestamp.parse("2026-07-01T23:30:00Z")!
        #expect(summerLate.londonDate == CivilDate.parseISO("2026-07-02"))
        let winterLate = Timestamp.parse("2026-12-01T23:30:00Z")!
        #expect(winterLate.londonDate == CivilDate.parseISO("2026-12-01"))
        let autumn = Timestamp.parse("2026-10-25T00:59:59Z")!
        #expect(autumn.londonTime.hour == 1)
        #expect(Timestamp.parse("2026-10-25T01:00:00Z")!.londonTime.hour == 1)
    }

    @Test func londonWallClockRoundTrip() {
        let date = CivilDate.parseISO("2026-06-15")!
        let t = Timestamp(london: date, hour: 9, minute: 30)
        #expect(t.isoUTC == "2026-06-15T08:30:00Z")
        #expect(t.londonText == "2026-06-15 09:30")
        #expect(Timestamp.parse("2026-06-15 09:30") == t)
        let winter = Timestamp(london: CivilDate.parseISO("2026-12-15")!, hour: 9, minute: 30)
        #expect(winter.isoUTC == "2026-12-15T09:30:00Z")
    }
}

@Suite struct BankHolidayTests {
    private func d(_ s: String) -> CivilDate { CivilDate.parseISO(s)! }

    @Test(arguments: [
        ("2026-12-24", "2026-12-29"),   // Thu → Fri 25 and Mon 28 are holidays → Tue 29
        ("2026-04-02", "2026-04-07"),   // Easter: Good Friday 3 Apr, Easter Monday 6 Apr
        ("2026-11-27", "2026-11-30"),   // Friday → Monday
        ("2026-11-29", "2026-11-30"),   // Sunday → Monday
        ("2026-08-28", "2026-09-01"),   // summer bank holiday 31 Aug
        ("2022-09-16", "2022-09-20"),   // one-off: 19 Sep 2022
    ] as [(String, String)])
    func nextWorkingDay(from: String, expected: String) {
        #expect(BankHolidays.nextWorkingDay(after: d(from)) == d(expected))
    }

    @Test func standingRulesMatchAnnouncedYears() {
        // The fallback rules reproduce every announced year without one-off holidays.
        for year in [2018, 2019, 2021, 2024, 2025, 2026, 2027, 2028] {
            #expect(BankHolidays.standingRules(year) == BankHolidays.holidays(in: year), "year \(year)")
        }
    }

    @Test func easter() {
        #expect(BankHolidays.easterSunday(2026) == d("2026-04-05"))
        #expect(BankHolidays.easterSunday(2027) == d("2027-03-28"))
    }
}
