/// The routine first-contact and reminder steps that the nightly run may take on its own, when a team
/// lead has switched them on. Notices, court steps and officer casework are never automated: they are
/// not in this list, so no setting can switch them on.
public enum AutomationStep: String, CaseIterable, Sendable, Codable {
    case firstSMS = "first_sms"
    case letterOne = "letter_1"
    case letterTwo = "letter_2"
    case serviceChargeLetterOne = "service_charge_letter_1"
    case serviceChargeLetterTwo = "service_charge_letter_2"
    case majorWorksLetterOne = "major_works_letter_1"
    case majorWorksLetterTwo = "major_works_letter_2"

    /// The engine's recommendation this step carries out.
    public var action: RecommendedAction {
        switch self {
        case .firstSMS: return .sendFirstSMS
        case .letterOne: return .sendLetterOne
        case .letterTwo: return .sendLetterTwo
        case .serviceChargeLetterOne: return .sendServiceChargeLetterOne
        case .serviceChargeLetterTwo: return .sendServiceChargeLetterTwo
        case .majorWorksLetterOne: return .sendMajorWorksLetterOne
        case .majorWorksLetterTwo: return .sendMajorWorksLetterTwo
        }
    }

    /// The step that carries out a recommendation, or nil when automation never takes it.
    public init?(action: RecommendedAction) {
        guard let step = Self.allCases.first(where: { $0.action == action }) else { return nil }
        self = step
    }

    public var label: String {
        switch self {
        case .firstSMS: return "First SMS"
        case .letterOne: return "Letter 1"
        case .letterTwo: return "Letter 2"
        case .serviceChargeLetterOne: return "Service charge letter 1"
        case .serviceChargeLetterTwo: return "Service charge letter 2"
        case .majorWorksLetterOne: return "Major works letter 1"
        case .majorWorksLetterTwo: return "Major works letter 2"
        }
    }

    public var isSMS: Bool { self == .firstSMS }

    /// Days in which the same step is not taken again for a case, whatever the engine says: a guard
    /// against a data fault sending the same letter every night. Letters are a month apart at the
    /// quickest on every ladder (docs/policy.md §5), an SMS a week.
    public var repeatWindowDays: Int { isSMS ? 7 : 28 }

    /// Whether the step applies to an account type at all (rent steps to rent accounts, leasehold
    /// steps to leasehold-side accounts), so settings are only offered where they mean something.
    public func applies(to type: AccountType) -> Bool {
        switch self {
        case .firstSMS, .letterOne, .letterTwo: return !type.isLeaseholdSide
        case .serviceChargeLetterOne, .serviceChargeLetterTwo, .majorWorksLetterOne, .majorWorksLetterTwo:
            return type.isLeaseholdSide
        }
    }
}
