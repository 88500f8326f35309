/// One band rule that decided (part of) a case's band, with what it saw.
public struct BandReason: Hashable, Sendable {
    public enum Rule: String, CaseIterable, Sendable {
        case clearNotInArrears = "clear.not_in_arrears"
        case greenLiveAgreement = "green.live_agreement"
        case redWeeksInArrears = "red.weeks_in_arrears"
        case redNoticeNoPayment = "red.notice_no_payment"
        case redBalance = "red.balance"
        case redBrokenCourtOrder = "red.broken_court_order"
        case redBrokenAgreements = "red.broken_agreements"
        case redPaymentAmountDelta = "red.payment_amount_delta"
        case redPaymentDateDelta = "red.payment_date_delta"
        case amberBalance = "amber.balance"
        case amberWeeksInArrears = "amber.weeks_in_arrears"
        case amberNoticeServed = "amber.notice_served"
        case amberBrokenAgreements = "amber.broken_agreements"
        case greenOtherwise = "green.otherwise"
        case overrideScoreToAmber = "override.score_to_amber"
        case overrideScoreToRed = "override.score_to_red"
        case keptGreenForAgreement = "override.kept_green_for_agreement"

        public var isOverride: Bool { rawValue.hasPrefix("override.") }
    }

    public var rule: Rule
    /// The band this reason stands for (for an override, the band it led to).
    public var band: Band
    public var seen: Seen

    /// The rule in words with the policy's threshold, e.g. "balance above £1,049.00".
    public func text(policy p: Policy) -> String {
        let b = p.band
        switch rule {
        case .clearNotInArrears: return "not in arrears: nothing overdue (collectable arrears of £0.00 or less), so no band"
        case .greenLiveAgreement: return "keeping to a live agreement (this wins outright)"
        case .redWeeksInArrears: return "more than \(b.redWeeksInArrearsAbove) whole weeks in arrears"
        case .redNoticeNoPayment:
            return "a notice served in the last year and no payment for more than \(b.redNoticeNoPaymentDaysAbove) days"
        case .redBalance: return "balance above \(b.redBalanceAbove.tableText)"
        case .redBrokenCourtOrder: return "a court-ordered agreement in breach"
        case .redBrokenAgreements: return "more than \(b.redBrokenAgreementsAbove) broken agreements"
        case .redPaymentAmountDelta:
            return "paying less than before (payment change above \(b.redPaymentAmountDeltaAbove.tableText))"
        case .redPaymentDateDelta: return "payment dates drifting by more than \(b.redPaymentDateDeltaAbove) days"
        case .amberBalance: return "balance above \(b.amberBalanceAbove.tableText)"
        case .amberWeeksInArrears: return "more than \(b.amberWeeksInArrearsAbove) whole weeks in arrears"
        case .amberNoticeServed: return "a notice served in the last year"
        case .amberBrokenAgreements: return "at least \(b.amberBrokenAgreementsAtLeast) broken agreement"
        case .greenOtherwise: return "no red or amber rule applies"
        case .overrideScoreToAmber: return "score above \(b.amberScoreAbove) raises green to amber"
        case .overrideScoreToRed: return "score above \(b.redScoreAbove) raises amber to red"
        case .keptGreenForAgreement: return "green kept whatever the score, because of the live agreement"
        }
    }
}

/// The band and every reason that decided it.
public struct BandDecision: Hashable, Sendable {
    public var band: Band
    /// The base band's rules that held (all of them, not just the first), then any override.
    public var reasons: [BandReason]

    /// Hackney's `Band#execute` and `priority_band` (income-api.md §1.3) with the policy's thresholds.
    public init(_ m: Measures, score: Int, policy: Policy) {
        // Red must mean "an officer acts now": a case with nothing overdue has no band at all.
        guard m.isInArrears else {
            band = .clear
            reasons = [BandReason(rule: .clearNotInArrears, band: .clear, seen: .money(m.collectableArrears))]
            return
        }
        let b = policy.band
        var reasons: [BandReason] = []
        let weeks = m.daysInArrears / 7
        let liveAgreement = b.greenWhenLiveAgreement && m.agreement?.state == .live
        var base: Band
        if liveAgreement {
            base = .green
            reasons.append(BandReason(rule: .greenLiveAgreement, band: .green, seen: .text("live agreement")))
        } else {
            func red(_ rule: BandReason.Rule, _ holds: Bool, _ seen: @autoclosure () -> Seen) {
                if holds { reasons.append(BandReason(rule: rule, band: .red, seen: seen())) }
            }
            red(.redWeeksInArrears, weeks > b.redWeeksInArrearsAbove, .count(weeks, "weeks"))
            let quiet = m.daysSinceLastPayment.map { $0 > b.redNoticeNoPaymentDaysAbove } ?? true
            red(.redNoticeNoPayment, m.noticeServedInYear && quiet,
                m.daysSinceLastPayment.map { .count($0, "days") } ?? .text("never paid"))
            red(.redBalance, m.balance > b.redBalanceAbove, .money(m.balance))
            red(.redBrokenCourtOrder, m.hasBrokenCourtOrder, .flag(true))
            red(.redBrokenAgreements, m.brokenAgreements > b.redBrokenAgreementsAbove, .count(m.brokenAgreements, "broken"))
            if let delta = m.paymentAmountDelta { red(.redPaymentAmountDelta, delta > b.redPaymentAmountDeltaAbove, .money(delta)) }
            if let drift = m.paymentDateDelta {
                red(.redPaymentDateDelta, abs(drift) > b.redPaymentDateDeltaAbove, .count(drift, "days"))
            }
            if !reasons.isEmpty {
                base = .red
            } else {
                func amber(_ rule: BandReason.Rule, _ holds: Bool, _ seen: @autoclosure () -> Seen) {
                    if holds { reasons.append(BandReason(rule: rule, band: .amber, seen: seen())) }
                }
                amber(.amberBalance, m.balance > b.amberBalanceAbove, .money(m.balance))
                amber(.amberWeeksInArrears, weeks > b.amberWeeksInArrearsAbove, .count(weeks, "weeks"))
                amber(.amberNoticeServed, b.amberNoticeServedInYear && m.noticeServedInYear, .flag(true))
                amber(.amberBrokenAgreements, m.brokenAgreements >= max(b.amberBrokenAgreementsAtLeast, 1),
                      .count(m.brokenAgreements, "broken"))
                base = reasons.isEmpty ? .green : .amber
                if reasons.isEmpty { reasons.append(BandReason(rule: .greenOtherwise, band: .green, seen: .money(m.balance))) }
            }
        }
        var final = base
        if base == .green && score > b.amberScoreAbove {
            if liveAgreement {
                reasons.append(BandReason(rule: .keptGreenForAgreement, band: .green, seen: .count(score, "points")))
            } else {
                final = .amber
                reasons.append(BandReason(rule: .overrideScoreToAmber, band: .amber, seen: .count(score, "points")))
            }
        }
        // Overrides read the base band, as Hackney's did: a green case is raised one band at most.
        if base == .amber && score > b.redScoreAbove {
            final = .red
            reasons.append(BandReason(rule: .overrideScoreToRed, band: .red, seen: .count(score, "points")))
        }
        band = final
        self.reasons = reasons
    }
}
