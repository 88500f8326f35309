/// One key of the policy file: its name, the kind of value it takes and the field it sets.
public struct PolicyKey: Sendable {
    public enum Kind: Sendable {
        /// A decimal with up to three places, held in thousandths (`1.2` → 1200).
        case decimal(WritableKeyPath<Policy, Int> & Sendable)
        /// A whole number of days, weeks, months or cases; never negative.
        case whole(WritableKeyPath<Policy, Int> & Sendable)
        /// Pounds and pence: `10.00` or `£10`.
        case money(WritableKeyPath<Policy, Money> & Sendable)
        /// `yes` or `no`.
        case flag(WritableKeyPath<Policy, Bool> & Sendable)
    }

    public let name: String
    public let kind: Kind

    /// The value as the policy file writes it.
    public func text(in policy: Policy) -> String {
        switch kind {
        case .decimal(let path): return PolicyKey.decimalText(policy[keyPath: path])
        case .whole(let path): return String(policy[keyPath: path])
        case .money(let path): return policy[keyPath: path].decimalText
        case .flag(let path): return policy[keyPath: path] ? "yes" : "no"
        }
    }

    static func decimalText(_ thousandths: Int) -> String {
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        var fraction = String(magnitude % 1000)
        while fraction.count < 3 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? "\(sign)\(magnitude / 1000)" : "\(sign)\(magnitude / 1000).\(fraction)"
    }
}

extension PolicyKey {
    /// Every key the policy file accepts, in the order of the built-in text.
    public static let all: [PolicyKey] = score + band + rules + notices + holdsAndAgreements + otherRoutes

    public static let byName: [String: PolicyKey] = {
        var table: [String: PolicyKey] = [:]
        for key in all { table[key.name] = key }
        return table
    }()

    private static let score: [PolicyKey] = [
        PolicyKey(name: "score.weight.balance", kind: .decimal(\.score.balance)),
        PolicyKey(name: "score.balance_offset", kind: .decimal(\.score.balanceOffset)),
        PolicyKey(name: "score.weight.days_in_arrears", kind: .decimal(\.score.daysInArrears)),
        PolicyKey(name: "score.weight.weeks_of_charge", kind: .decimal(\.score.weeksOfCharge)),
        PolicyKey(name: "score.weight.days_since_last_payment", kind: .decimal(\.score.daysSinceLastPayment)),
        PolicyKey(name: "score.days_since_last_payment_cap", kind: .whole(\.score.daysSinceLastPaymentCap)),
        PolicyKey(name: "score.weight.payment_amount_delta", kind: .decimal(\.score.paymentAmountDelta)),
        PolicyKey(name: "score.weight.payment_date_delta", kind: .decimal(\.score.paymentDateDelta)),
        PolicyKey(name: "score.weight.broken_agreement", kind: .decimal(\.score.brokenAgreement)),
        PolicyKey(name: "score.many_broken_agreements_above", kind: .whole(\.score.manyBrokenAgreementsAbove)),
        PolicyKey(name: "score.many_broken_agreements_extra", kind: .decimal(\.score.manyBrokenAgreementsExtra)),
        PolicyKey(name: "score.weight.active_agreement", kind: .decimal(\.score.activeAgreement)),
        PolicyKey(name: "score.weight.broken_court_order", kind: .decimal(\.score.brokenCourtOrder)),
        PolicyKey(name: "score.weight.notice_served_in_year", kind: .decimal(\.score.noticeServedInYear)),
        PolicyKey(name: "score.weight.notice_served_in_month", kind: .decimal(\.score.noticeServedInMonth)),
        PolicyKey(name: "score.notice_year_months", kind: .whole(\.score.noticeYearMonths)),
        PolicyKey(name: "score.notice_month_months", kind: .whole(\.score.noticeMonthMonths)),
        PolicyKey(name: "score.divisor", kind: .whole(\.score.divisor)),
    ]

    private static let band: [PolicyKey] = [
        PolicyKey(name: "band.green_when_live_agreement", kind: .flag(\.band.greenWhenLiveAgreement)),
        PolicyKey(name: "band.red.weeks_in_arrears_above", kind: .whole(\.band.redWeeksInArrearsAbove)),
        PolicyKey(name: "band.red.notice_no_payment_days_above", kind: .whole(\.band.redNoticeNoPaymentDaysAbove)),
        PolicyKey(name: "band.red.balance_above", kind: .money(\.band.redBalanceAbove)),
        PolicyKey(name: "band.red.broken_agreements_above", kind: .whole(\.band.redBrokenAgreementsAbove)),
        PolicyKey(name: "band.red.payment_amount_delta_above", kind: .money(\.band.redPaymentAmountDeltaAbove)),
        PolicyKey(name: "band.red.payment_date_delta_above", kind: .whole(\.band.redPaymentDateDeltaAbove)),
        PolicyKey(name: "band.amber.balance_above", kind: .money(\.band.amberBalanceAbove)),
        PolicyKey(name: "band.amber.weeks_in_arrears_above", kind: .whole(\.band.amberWeeksInArrearsAbove)),
        PolicyKey(name: "band.amber.notice_served_in_year", kind: .flag(\.band.amberNoticeServedInYear)),
        PolicyKey(name: "band.amber.broken_agreements_at_least", kind: .whole(\.band.amberBrokenAgreementsAtLeast)),
        PolicyKey(name: "band.amber_when_score_above", kind: .whole(\.band.amberScoreAbove)),
        PolicyKey(name: "band.red_when_score_above", kind: .whole(\.band.redScoreAbove)),
    ]

    private static let rules: [PolicyKey] = [
        PolicyKey(name: "rules.sms.minimum_arrears", kind: .money(\.rules.smsMinimumArrears)),
        PolicyKey(name: "rules.sms.below_arrears", kind: .money(\.rules.smsBelowArrears)),
        PolicyKey(name: "rules.sms.repeat_days", kind: .whole(\.rules.smsRepeatDays)),
        PolicyKey(name: "rules.sms.after_other_contact_months", kind: .whole(\.rules.smsAfterOtherContactMonths)),
        PolicyKey(name: "rules.letter.minimum_arrears", kind: .money(\.rules.letterMinimumArrears)),
        PolicyKey(name: "rules.letter.repeat_months", kind: .whole(\.rules.letterRepeatMonths)),
        PolicyKey(name: "rules.letter_two.after_days", kind: .whole(\.rules.letterTwoAfterDays)),
        PolicyKey(name: "rules.letter_two.within_months", kind: .whole(\.rules.letterTwoWithinMonths)),
        PolicyKey(name: "rules.notice.after_letter_two_days", kind: .whole(\.rules.noticeAfterLetterTwoDays)),
        PolicyKey(name: "rules.notice.after_letter_two_within_months", kind: .whole(\.rules.noticeAfterLetterTwoWithinMonths)),
        PolicyKey(name: "rules.possession.minimum_weeks", kind: .whole(\.rules.possessionMinimumWeeks)),
        PolicyKey(name: "rules.possession.minimum_arrears_without_charge", kind: .money(\.rules.possessionMinimumArrearsWithoutCharge)),
        PolicyKey(name: "rules.court_date.after_warning_days", kind: .whole(\.rules.courtDateAfterWarningDays)),
        PolicyKey(name: "rules.warrant.within_months", kind: .whole(\.rules.warrantWithinMonths)),
        PolicyKey(name: "rules.court_breach_visit.after_days", kind: .whole(\.rules.courtBreachVisitAfterDays)),
        PolicyKey(name: "rules.court_breach_visit.within_months", kind: .whole(\.rules.courtBreachVisitWithinMonths)),
        PolicyKey(name: "rules.court_breach_no_payment.days", kind: .whole(\.rules.courtBreachNoPaymentDays)),
        PolicyKey(name: "rules.court_breach_no_payment.after_visit_days", kind: .whole(\.rules.courtBreachNoPaymentAfterVisitDays)),
        PolicyKey(name: "rules.breach_letter.spacing_days", kind: .whole(\.rules.breachLetterSpacingDays)),
        PolicyKey(name: "rules.breach_letter.resume_route_days", kind: .whole(\.rules.breachLetterResumeDays)),
        PolicyKey(name: "rules.court_order.life_years", kind: .whole(\.rules.courtOrderLifeYears)),
        PolicyKey(name: "rules.eviction.confirm_days", kind: .whole(\.rules.evictionConfirmDays)),
    ]

    private static let notices: [PolicyKey] = [
        PolicyKey(name: "notice.nosp.period_days", kind: .whole(\.notices.nospPeriodDays)),
        PolicyKey(name: "notice.validity_weeks", kind: .whole(\.notices.validityWeeks)),
        PolicyKey(name: "notice.introductory.review_days", kind: .whole(\.notices.introductoryReviewDays)),
        PolicyKey(name: "notice.notice_to_quit.minimum_weeks", kind: .whole(\.notices.noticeToQuitMinimumWeeks)),
        PolicyKey(name: "notice.licence.days", kind: .whole(\.notices.licenceNoticeDays)),
        PolicyKey(name: "notice.garage.days", kind: .whole(\.notices.garageNoticeDays)),
        PolicyKey(name: "notice.letter_of_claim.reply_days", kind: .whole(\.notices.letterOfClaimReplyDays)),
    ]

    private static let holdsAndAgreements: [PolicyKey] = [
        PolicyKey(name: "agreements.tolerance_days", kind: .whole(\.agreements.toleranceDays)),
        PolicyKey(name: "holds.breathing_space.days", kind: .whole(\.holds.breathingSpaceDays)),
        PolicyKey(name: "holds.breathing_space.current_charges_minimum", kind: .money(\.holds.currentChargesMinimumArrears)),
        PolicyKey(name: "holds.breathing_space.contact_gap_days", kind: .whole(\.holds.currentChargesContactGapDays)),
    ]

    private static let otherRoutes: [PolicyKey] = [
        PolicyKey(name: "garage.reminder.minimum_arrears", kind: .money(\.otherRoutes.garageReminderMinimumArrears)),
        PolicyKey(name: "garage.notice.above_months_of_charge", kind: .whole(\.otherRoutes.garageNoticeAboveMonthsOfCharge)),
        PolicyKey(name: "sundry.minimum_arrears", kind: .money(\.otherRoutes.sundryMinimumArrears)),
        PolicyKey(name: "leasehold.minimum_arrears", kind: .money(\.otherRoutes.leaseholdMinimumArrears)),
        PolicyKey(name: "leasehold.demand_due_days", kind: .whole(\.otherRoutes.leaseholdDemandDueDays)),
        PolicyKey(name: "leasehold.letter_two.after_days", kind: .whole(\.otherRoutes.leaseholdLetterTwoAfterDays)),
        PolicyKey(name: "leasehold.letter_before_action.after_days",
                  kind: .whole(\.otherRoutes.leaseholdLetterBeforeActionAfterDays)),
        PolicyKey(name: "leasehold.step_within_months", kind: .whole(\.otherRoutes.leaseholdStepWithinMonths)),
        PolicyKey(name: "referral.quiet_weeks", kind: .whole(\.otherRoutes.referralQuietWeeks)),
    ]
}
