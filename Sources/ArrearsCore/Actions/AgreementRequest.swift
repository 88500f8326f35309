/// The agreement form's values.
public struct AgreementRequest: Equatable, Sendable {
    public var kind: AgreementKind
    /// Formal agreements: the court case whose terms they carry (nil: the latest court case).
    public var courtCaseId: Int?
    public var pattern: PaymentPattern
    /// Ignored for one-off agreements, which are stored as `.oneOff`.
    public var frequency: AgreementFrequency
    /// The regular instalment, or for a one-off agreement the single payment.
    public var instalment: Money
    /// The first payment date (for a one-off agreement, the payment date).
    public var startDate: CivilDate
    /// Variable agreements: the lump sum and when it is paid.
    public var initialPayment: Money?
    public var initialPaymentDate: CivilDate?
    public var notes: String

    public init(kind: AgreementKind, courtCaseId: Int? = nil, pattern: PaymentPattern, frequency: AgreementFrequency,
                instalment: Money, startDate: CivilDate, initialPayment: Money? = nil, initialPaymentDate: CivilDate? = nil,
                notes: String = "") {
        self.kind = kind; self.courtCaseId = courtCaseId; self.pattern = pattern; self.frequency = frequency
        self.instalment = instalment; self.startDate = startDate; self.initialPayment = initialPayment
        self.initialPaymentDate = initialPaymentDate; self.notes = notes
    }
}
