/// The hold form's values.
public struct HoldRequest: Equatable, Sendable {
    public var kind: HoldKind
    public var start: CivilDate
    /// Breathing space: the Insolvency Service's reference (required). Benefit claim: the claim
    /// number, if known.
    public var reference: String
    /// Vulnerability and dispute: what it is (required). Others: optional.
    public var note: String
    /// Breathing space: the debt it protects. Nil: the ledger balance on the start date.
    public var debtAtStart: Money?

    public init(kind: HoldKind, start: CivilDate, reference: String = "", note: String = "", debtAtStart: Money? = nil) {
        self.kind = kind; self.start = start; self.reference = reference; self.note = note; self.debtAtStart = debtAtStart
    }

    /// BSS for either breathing space, BCP, VUL, DIS.
    public var startCode: String {
        switch kind {
        case .breathingSpaceStandard, .breathingSpaceMentalHealth: return "BSS"
        case .benefitClaimPending: return "BCP"
        case .vulnerability: return "VUL"
        case .dispute: return "DIS"
        }
    }
}

extension HoldKind {
    /// BSE for a breathing space, HEN for the others.
    public var endCode: String { isBreathingSpace ? "BSE" : "HEN" }

    /// A standard breathing space lasts at most 60 days; a mental health crisis moratorium lasts until
    /// the crisis ends (plus 30 days), so it has no end until one is recorded.
    var standardLengthDays: Int? { self == .breathingSpaceStandard ? 60 : nil }
}
