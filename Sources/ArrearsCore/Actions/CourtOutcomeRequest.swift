/// The court outcome form's values.
public struct CourtOutcomeRequest: Equatable, Sendable {
    public var outcome: CourtOutcome
    /// Nil: the hearing date.
    public var outcomeDate: CivilDate?
    /// Nil: the ledger balance on the outcome date.
    public var balanceOnOutcomeDate: Money?
    public var strikeOutDate: CivilDate?
    /// Asked only when the outcome can carry terms (`CourtOutcome.canHaveTerms`); nil otherwise.
    public var terms: Bool?
    public var disrepairCounterClaim: Bool?

    public init(outcome: CourtOutcome, outcomeDate: CivilDate? = nil, balanceOnOutcomeDate: Money? = nil,
                strikeOutDate: CivilDate? = nil, terms: Bool? = nil, disrepairCounterClaim: Bool? = nil) {
        self.outcome = outcome; self.outcomeDate = outcomeDate; self.balanceOnOutcomeDate = balanceOnOutcomeDate
        self.strikeOutDate = strikeOutDate; self.terms = terms; self.disrepairCounterClaim = disrepairCounterClaim
    }
}
