/// Where a letter field's value comes from. When the whole source is absent (no agreement, no
/// court case), validation says so once instead of naming every field it would have filled.
public enum LetterFieldSource: String, Hashable, Sendable, CaseIterable {
    case contact
    case account
    case figures
    case letter
    case agreement
    case breach
    case courtCase
    case eviction
    case notice
    case previousLetter
}

/// The named fields a letter template may use, written `{{name}}` in template files.
public enum LetterField: String, Hashable, Sendable, CaseIterable {
    // The recipient
    case tenantName = "tenant_name"
    case greetingName = "greeting_name"
    // The account
    case tenancyRef = "tenancy_ref"
    case paymentRef = "payment_ref"
    case propertyAddress = "property_address"
    case rent
    case leaseStartDate = "lease_start_date"
    /// A table of the last 12 months of the ledger, printed as form rows (several lines).
    case statementOfAccount = "statement_of_account"
    // Figures the caller works out (collectable arrears come from the arrears engine)
    case arrearsBalance = "arrears_balance"
    case moneyJudgement = "money_judgement"
    case claimBalance = "claim_balance"
    /// How long the balance claimed would take to clear at a range of monthly payments (form rows).
    case instalmentExamples = "instalment_examples"
    // The letter itself and who sends it
    case letterDate = "letter_date"
    case replyByDate = "reply_by_date"
    case councilName = "council_name"
    case councilAddress = "council_address"
    case teamName = "team_name"
    case teamPhone = "team_phone"
    case teamEmail = "team_email"
    case paymentWebsite = "payment_website"
    // The agreement the template names in its header
    case agreementDate = "agreement_date"
    case agreementInstalment = "agreement_instalment"
    case agreementFrequency = "agreement_frequency"
    case agreementStartDate = "agreement_start_date"
    case initialPayment = "initial_payment"
    case initialPaymentDate = "initial_payment_date"
    case rentPerPeriod = "rent_per_period"
    case totalPerPeriod = "total_per_period"
    // The agreement's latest breach
    case breachDate = "breach_date"
    case expectedBalance = "expected_balance"
    case checkedBalance = "checked_balance"
    case shortfall
    // The latest court case and eviction
    case courtDate = "court_date"
    case courtTime = "court_time"
    case courtOutcome = "court_outcome"
    case outcomeDate = "outcome_date"
    case balanceOnOutcomeDate = "balance_on_outcome_date"
    case evictionDate = "eviction_date"
    // The notice the template names in its header
    case noticeServedDate = "notice_served_date"
    case proceedingsDate = "proceedings_date"
    case reviewByDate = "review_by_date"
    case noticeEndDate = "notice_end_date"
    // The earlier letter the template follows
    case previousLetterDate = "previous_letter_date"

    /// A block field fills whole lines of its own; every other field sits inside a sentence.
    public var isBlock: Bool { self == .statementOfAccount || self == .instalmentExamples }

    /// The field in plain words, as validation messages name it.
    public var label: String {
        switch self {
        case .tenantName, .greetingName: return "Tenant name"
        case .tenancyRef: return "Tenancy reference"
        case .paymentRef: return "Payment reference"
        case .propertyAddress: return "Property address"
        case .rent: return "Rent"
        case .leaseStartDate: return "Lease start date"
        case .statementOfAccount: return "Statement of account"
        case .arrearsBalance: return "Arrears balance"
        case .moneyJudgement: return "Money judgement"
        case .claimBalance: return "Balance claimed"
        case .instalmentExamples: return "Instalment examples"
        case .letterDate: return "Letter date"
        case .replyByDate: return "Reply date"
        case .councilName: return "Council name"
        case .councilAddress: return "Council address"
        case .teamName: return "Team name"
        case .teamPhone: return "Team phone number"
        case .teamEmail: return "Team email address"
        case .paymentWebsite: return "Payment website"
        case .agreementDate: return "Agreement date"
        case .agreementInstalment: return "Agreement instalment"
        case .agreementFrequency: return "Agreement frequency"
        case .agreementStartDate: return "Agreement start date"
        case .initialPayment: return "Initial payment"
        case .initialPaymentDate: return "Initial payment date"
        case .rentPerPeriod: return "Rent for each instalment period"
        case .totalPerPeriod: return "Total for each instalment period"
        case .breachDate: return "Breach date"
        case .expectedBalance: return "Expected balance"
        case .checkedBalance: return "Checked balance"
        case .shortfall: return "Shortfall"
        case .courtDate: return "Court date"
        case .courtTime: return "Court time"
        case .courtOutcome: return "Court outcome"
        case .outcomeDate: return "Court outcome date"
        case .balanceOnOutcomeDate: return "Balance on the court outcome date"
        case .evictionDate: return "Eviction date"
        case .noticeServedDate: return "Notice served date"
        case .proceedingsDate: return "Date proceedings may begin"
        case .reviewByDate: return "Review request date"
        case .noticeEndDate: return "Notice end date"
        case .previousLetterDate: return "Previous letter date"
        }
    }

    public var source: LetterFieldSource {
        switch self {
        case .tenantName, .greetingName: return .contact
        case .tenancyRef, .paymentRef, .propertyAddress, .rent, .leaseStartDate, .statementOfAccount: return .account
        case .arrearsBalance, .moneyJudgement, .claimBalance, .instalmentExamples: return .figures
        case .letterDate, .replyByDate, .councilName, .councilAddress, .teamName, .teamPhone, .teamEmail,
             .paymentWebsite: return .letter
        case .agreementDate, .agreementInstalment, .agreementFrequency, .agreementStartDate, .initialPayment,
             .initialPaymentDate, .rentPerPeriod, .totalPerPeriod: return .agreement
        case .breachDate, .expectedBalance, .checkedBalance, .shortfall: return .breach
        case .courtDate, .courtTime, .courtOutcome, .outcomeDate, .balanceOnOutcomeDate: return .courtCase
        case .evictionDate: return .eviction
        case .noticeServedDate, .proceedingsDate, .reviewByDate, .noticeEndDate: return .notice
        case .previousLetterDate: return .previousLetter
        }
    }
}
