/// What a case action returns: the line for the status bar, the case as saved, and its new worklist row.
public struct ActionOutcome: Sendable {
    public var message: String
    public var caseFile: CaseFile
    public var summary: CaseSummary
    /// What the screen should offer next, when an action leads straight on to another.
    public var followUp: ActionFollowUp?
}

public enum ActionFollowUp: Equatable, Sendable {
    /// A court outcome with terms: the court agreement is created next, tied to this court case.
    case createCourtAgreement(courtCaseId: Int)
}

/// A value an action cannot accept, or a state of the case it cannot act on. The message names the
/// field in plain words and says what would be accepted.
public struct ActionRefused: Error, Equatable, CustomStringConvertible {
    public var field: String?
    public var message: String

    public init(field: String? = nil, _ message: String) {
        self.field = field; self.message = message
    }

    public var description: String { message }
}
