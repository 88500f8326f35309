import Foundation

/// The before and after facts of an audit row: references, codes, dates and amounts, encoded as
/// compact JSON with sorted keys. Names, addresses and free-text comments are left out on purpose:
/// they stay in the case, and the audit trail is read by people who need no personal data.
enum AuditJSON {
    static func encode<T: Encodable>(_ value: T?) -> String? {
        guard let value else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

struct AuditedPause: Encodable {
    var until: String
    var reason: String
    var setBy: String
    init(_ pause: Pause) { until = pause.until.isoText; reason = pause.reason.code; setBy = pause.setBy }
}

struct AuditedAgreement: Encodable {
    var id: Int
    var kind: String
    var pattern: String
    var frequency: String
    var instalmentPence: Int64
    var startDate: String
    var startingBalancePence: Int64
    var courtCaseId: Int?
    var state: String
    init(_ a: Agreement) {
        id = a.id; kind = a.kind.rawValue; pattern = a.pattern.rawValue; frequency = a.frequency.rawValue
        instalmentPence = a.instalment.pence; startDate = a.startDate.isoText; startingBalancePence = a.startingBalance.pence
        courtCaseId = a.courtCaseId; state = a.state.rawValue
    }
}

struct AuditedNotice: Encodable {
    var id: Int
    var kind: String
    var servedOn: String
    var mayBeginOn: String
    var validUntil: String
    init(_ n: Notice) {
        id = n.id; kind = n.kind.rawValue; servedOn = n.servedOn.isoText; mayBeginOn = n.mayBeginOn.isoText
        validUntil = n.validUntil.isoText
    }
}

struct CourtCaseFacts: Encodable {
    var id: Int
    var hearingDate: String?
    var hearingTime: String?
    var outcome: String?
    var outcomeDate: String?
    var terms: Bool?
    var disrepairCounterClaim: Bool?
    var strikeOutDate: String?
    var balanceOnOutcomeDatePence: Int64?
    init(_ c: CourtCase) {
        id = c.id; hearingDate = c.hearingDate?.isoText; hearingTime = c.hearingTimeText; outcome = c.outcome?.rawValue
        outcomeDate = c.outcomeDate?.isoText; terms = c.terms; disrepairCounterClaim = c.disrepairCounterClaim
        strikeOutDate = c.strikeOutDate?.isoText; balanceOnOutcomeDatePence = c.balanceOnOutcomeDate?.pence
    }
}

struct EvictionFacts: Encodable {
    var id: Int
    var date: String
    init(_ e: Eviction) { id = e.id; date = e.date.isoText }
}

/// The hold's reference (a moratorium or claim number) identifies the person's case elsewhere, so it
/// is recorded only as present or absent.
struct HoldFacts: Encodable {
    var id: Int
    var kind: String
    var start: String
    var end: String?
    var hasReference: Bool
    var debtAtStartPence: Int64?
    init(_ h: Hold) {
        id = h.id; kind = h.kind.rawValue; start = h.start.isoText; end = h.end?.isoText
        hasReference = !h.reference.isEmpty; debtAtStartPence = h.debtAtStart?.pence
    }
}

struct LetterFacts: Encodable {
    var id: String
    var template: String
    var status: String
    var contactId: Int?
    var localPrint: Bool
    init(_ l: Letter) {
        id = l.id; template = l.templateId; status = l.status.rawValue; contactId = l.contactId; localPrint = l.localPrint
    }
}

struct DiaryFacts: Encodable {
    var code: String
    var voids: Int?
}

struct AssignmentFacts: Encodable {
    var patch: String?
    var assignedTo: String?
}

struct UserFacts: Encodable {
    var login: String
    var role: String
    var patches: [String]
    var disabled: Bool
    init(_ u: User) { login = u.login; role = u.role.rawValue; patches = u.patches; disabled = u.disabled }
}
