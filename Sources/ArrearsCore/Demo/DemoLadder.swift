/// Where an account stands on its escalation route, as the weekly review sees it.
struct DemoLadder: Sendable {
    var letterOneOn: CivilDate?
    var letterTwoOn: CivilDate?
    var noticeId: Int?
    var courtWarningOn: CivilDate?
    var courtCaseId: Int?
    /// Days after a hearing before the officer records its outcome; nil when it is never recorded.
    var outcomeLagDays: Int? = 3
    var outrightOrderOn: CivilDate?
    var warrantOn: CivilDate?
    var evictionOn: CivilDate?
    var agreementId: Int?
    var breachedOn: CivilDate?
    var breachLetterOn: CivilDate?
    var breachVisitOn: CivilDate?
    var legalReferralOn: CivilDate?
    var reviewRequestOn: CivilDate?
    var reviewDecisionOn: CivilDate?
    /// Universal Credit milestones written so far (UCC, UC1, UC2, UC3).
    var creditMilestones = 0
    var directDebitCancelled = false
    var majorWorksBillOn: CivilDate?
}

extension DemoCaseBuilder {
    /// Notices and court dates are for people; letters 1 and 2 are sent by the overnight automation.
    static let automation = "system"

    /// A letter diary entry in the words Hackney's automation used.
    mutating func letterSent(_ day: CivilDate, code: String, template: String, by user: String = automation) {
        let id = uuid()
        note(day, code, "Letter '\(id)' from '\(template)' letter was sent access it by visiting documents?payment_ref=\(plan.account.paymentRef)",
             by: user)
        keepSentLetters(id: id, code: code, on: day, by: user)
    }

    /// A version-4-shaped UUID from the case's generator, so that letter ids repeat with the seed.
    mutating func uuid() -> String {
        let hex = Array("0123456789abcdef".utf8)
        var bits = (rng.next(), rng.next())
        var out = [UInt8](repeating: UInt8(ascii: "-"), count: 36)
        for position in 0..<36 where ![8, 13, 18, 23].contains(position) {
            out[position] = hex[Int(bits.0 & 0xF)]
            bits = (bits.0 >> 4 | bits.1 << 60, bits.1 >> 4)
        }
        out[14] = UInt8(ascii: "4")
        out[19] = UInt8(ascii: "a")
        return String(decoding: out, as: UTF8.self)
    }

    func daysSince(_ date: CivilDate?, on day: CivilDate) -> Int? { date.map { day.days(since: $0) } }

    func notice(id: Int?) -> Notice? {
        guard let id else { return nil }
        return file.notices.first { $0.id == id }
    }

    func activeHold(on day: CivilDate, where matches: (HoldKind) -> Bool) -> Bool {
        file.holds.contains { matches($0.kind) && $0.isActive(asOf: day) }
    }
}
