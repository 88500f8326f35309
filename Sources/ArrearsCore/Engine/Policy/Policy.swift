/// Every weight and threshold the engine uses. A team changes these in a policy file (see
/// `PolicyFile` and docs/policy.md) without touching code; `Policy.default` is Hackney's 2018–19
/// scoring scheme with this product's ranking changes (`Policy.hackney2018` without them) and its 2020
/// rule thresholds, with this product's decisions on its known defects.
///
/// Weights are held in thousandths (1.2 is 1200) so that scoring never touches floating point.
public struct Policy: Hashable, Sendable {
    public var score: ScoreWeights
    public var band: BandThresholds
    public var rules: RuleThresholds
    public var notices: NoticePeriods
    public var agreements: AgreementRules
    public var holds: HoldRules
    public var otherRoutes: OtherRouteThresholds

    /// The built-in policy: `PolicyFile.defaultText` parsed. A test checks it parses cleanly and sets every key.
    public static let `default` = builtIn(PolicyFile.defaultText, name: "built-in policy", base: .unset)

    /// Hackney's 2018–19 score exactly: the built-in policy without the weeks-of-charge factor and the cap.
    public static let hackney2018 = builtIn(PolicyFile.hackney2018Text, name: "hackney-2018-19", base: .default)

    private static func builtIn(_ text: String, name: String, base: Policy) -> Policy {
        do {
            return try PolicyFile.parse(text, file: name, base: base)
        } catch {
            preconditionFailure("The \(name) text is invalid: \(error)")
        }
    }

    /// Every value zero: the base the built-in text is parsed over, so that a key missing from it shows.
    static let unset = Policy(score: ScoreWeights(), band: BandThresholds(), rules: RuleThresholds(),
                              notices: NoticePeriods(), agreements: AgreementRules(), holds: HoldRules(),
                              otherRoutes: OtherRouteThresholds())
}

/// Hackney's `PriorityWeightings` (income-api.md §1.2). Weights in thousandths.
public struct ScoreWeights: Hashable, Sendable {
    public var balance = 0
    /// Hackney subtracts the balance itself from the raw score, so balance effectively counts (weight − offset).
    public var balanceOffset = 0
    public var daysInArrears = 0
    /// Multiplied by days × whole weeks since the last payment: it grows quadratically.
    public var daysSinceLastPayment = 0
    /// The days since the last payment are counted up to this many (0: no cap, as Hackney).
    public var daysSinceLastPaymentCap = 0
    /// Per week of charge owed after grace (0 in Hackney's scheme).
    public var weeksOfCharge = 0
    public var paymentAmountDelta = 0
    public var paymentDateDelta = 0
    public var brokenAgreement = 0
    public var manyBrokenAgreementsExtra = 0
    public var manyBrokenAgreementsAbove = 0
    public var activeAgreement = 0
    public var brokenCourtOrder = 0
    public var noticeServedInYear = 0
    public var noticeServedInMonth = 0
    /// The raw score is divided by this (a whole number) to give the priority score.
    public var divisor = 0
    public var noticeYearMonths = 0
    public var noticeMonthMonths = 0
}

/// Hackney's `Band#execute` and the score overrides (income-api.md §1.3).
public struct BandThresholds: Hashable, Sendable {
    public var greenWhenLiveAgreement = false
    public var redWeeksInArrearsAbove = 0
    public var redNoticeNoPaymentDaysAbove = 0
    public var redBalanceAbove = Money.zero
    public var redBrokenAgreementsAbove = 0
    public var redPaymentAmountDeltaAbove = Money.zero
    public var redPaymentDateDeltaAbove = 0
    public var amberBalanceAbove = Money.zero
    public var amberWeeksInArrearsAbove = 0
    public var amberNoticeServedInYear = false
    public var amberBrokenAgreementsAtLeast = 0
    public var amberScoreAbove = 0
    public var redScoreAbove = 0
}

/// Thresholds of the next-recommended-action rules (income-api.md §2.2).
public struct RuleThresholds: Hashable, Sendable {
    public var smsMinimumArrears = Money.zero
    public var smsBelowArrears = Money.zero
    public var smsRepeatDays = 0
    public var smsAfterOtherContactMonths = 0
    public var letterMinimumArrears = Money.zero
    public var letterRepeatMonths = 0
    public var letterTwoAfterDays = 0
    public var letterTwoWithinMonths = 0
    public var noticeAfterLetterTwoDays = 0
    public var noticeAfterLetterTwoWithinMonths = 0
    public var possessionMinimumWeeks = 0
    /// What stands in for the weeks' charge on an account with no regular charge.
    public var possessionMinimumArrearsWithoutCharge = Money.zero
    public var courtDateAfterWarningDays = 0
    public var warrantWithinMonths = 0
    public var courtBreachVisitAfterDays = 0
    public var courtBreachVisitWithinMonths = 0
    public var courtBreachNoPaymentDays = 0
    public var courtBreachNoPaymentAfterVisitDays = 0
    public var breachLetterSpacingDays = 0
    public var breachLetterResumeDays = 0
    public var courtOrderLifeYears = 0
    public var evictionConfirmDays = 0
}

/// Notice periods and lives (income-api.md §5.4, domain-and-peers.md §1.1).
public struct NoticePeriods: Hashable, Sendable {
    public var nospPeriodDays = 0
    public var validityWeeks = 0
    public var introductoryReviewDays = 0
    public var noticeToQuitMinimumWeeks = 0
    public var licenceNoticeDays = 0
    public var garageNoticeDays = 0
    public var letterOfClaimReplyDays = 0
}

public struct AgreementRules: Hashable, Sendable {
    public var toleranceDays = 0
}

public struct HoldRules: Hashable, Sendable {
    public var breathingSpaceDays = 0
    public var currentChargesMinimumArrears = Money.zero
    public var currentChargesContactGapDays = 0
}

/// Garages, sundry debts and leasehold ladders (domain-and-peers.md §1.1, §1.9).
public struct OtherRouteThresholds: Hashable, Sendable {
    public var garageReminderMinimumArrears = Money.zero
    public var garageNoticeAboveMonthsOfCharge = 0
    public var sundryMinimumArrears = Money.zero
    public var leaseholdMinimumArrears = Money.zero
    public var leaseholdDemandDueDays = 0
    public var leaseholdLetterTwoAfterDays = 0
    public var leaseholdLetterBeforeActionAfterDays = 0
    public var leaseholdStepWithinMonths = 0
    public var referralQuietWeeks = 0
}
