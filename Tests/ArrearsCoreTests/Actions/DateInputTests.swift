import Testing
@testable import ArrearsCore

@Suite struct DateInputTests {
    static let today = CivilDate.parseISO("2026-11-30")!   // Monday 30 November

    @Test(arguments: [
        ("2026-12-24", "2026-12-24"),
        ("24/12/2026", "2026-12-24"),
        (" 1/2/2027 ", "2027-02-01"),
        ("29/02/2028", "2028-02-29"),
        ("+10d", "2026-12-10"),
        ("+2w", "2026-12-14"),
        ("+2W", "2026-12-14"),
        ("+1d", "2026-12-01"),
        ("+0d", "2026-11-30"),
        ("+3m", "2027-02-28"),
        ("today", "2026-11-30"),
        ("Tomorrow", "2026-12-01"),
    ])
    func acceptedForms(text: String, expected: String) {
        #expect(DateInput.parse(text, today: Self.today) == .success(CivilDate.parseISO(expected)!))
    }

    @Test func weeksAndMonthsCrossMonthAndYearEnds() {
        let lateJanuary = CivilDate.parseISO("2027-01-25")!
        #expect(DateInput.parse("+2w", today: lateJanuary) == .success(CivilDate.parseISO("2027-02-08")!))
        #expect(DateInput.parse("+1m", today: CivilDate.parseISO("2027-01-31")!) == .success(CivilDate.parseISO("2027-02-28")!))
        #expect(DateInput.parse("+5w", today: Self.today) == .success(CivilDate.parseISO("2027-01-04")!))
    }

    @Test(arguments: [
        ("", DateInputError.empty),
        ("   ", .empty),
        ("next week", .unrecognised("next week")),
        ("24-12-2026", .unrecognised("24-12-2026")),
        ("2026/12/24", .unrecognised("2026/12/24")),
        ("24/12/26", .unrecognised("24/12/26")),
        ("+2", .unrecognised("+2")),
        ("+2y", .unrecognised("+2y")),
        ("+-2d", .unrecognised("+-2d")),
        ("++2d", .unrecognised("++2d")),
        ("+d", .unrecognised("+d")),
        ("2026-1-5", .unrecognised("2026-1-5")),
        ("31/02/2027", .noSuchDate("31/02/2027", "February 2027 has 28 days")),
        ("2026-13-01", .noSuchDate("2026-13-01", "there is no month 13")),
        ("01/01/1066", .noSuchDate("01/01/1066", "the year 1066 is out of range")),
        ("+600w", .tooFar("+600w")),
        ("+99999999999999999999d", .unrecognised("+99999999999999999999d")),
    ])
    func refusedForms(text: String, expected: DateInputError) {
        #expect(DateInput.parse(text, today: Self.today) == .failure(expected))
    }

    @Test func theMessageSaysWhichFormsAreAccepted() {
        guard case .failure(let error) = DateInput.parse("Xmas", today: Self.today) else { Issue.record("accepted"); return }
        #expect(error.description == "'Xmas' is not a date this form understands. Type 2026-12-24, 24/12/2026, +10d (days from today), +2w (weeks), +3m (months), today or tomorrow.")
    }

    @Test(arguments: [("10:30", 630), ("9:05", 545), ("14.15", 855), ("2pm", 840), ("2:30 pm", 870), ("12am", 0), ("12pm", 720), ("00:00", 0), ("23:59", 1439)])
    func timesOfDay(text: String, minutes: Int) {
        #expect(TimeInput.parse(text) == .success(minutes))
    }

    @Test(arguments: ["", "24:00", "10:60", "13pm", "0am", "10", "10:5", "ten", "+1:00"])
    func refusedTimes(text: String) {
        guard case .failure = TimeInput.parse(text) else { Issue.record("accepted \(text)"); return }
    }
}
