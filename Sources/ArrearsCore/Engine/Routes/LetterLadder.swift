/// A span of time back from the as-of date.
enum Span: Sendable {
    case months(Int)
    case weeks(Int)

    var text: String {
        switch self {
        case .months(let n): return n == 1 ? "1 month" : "\(n) months"
        case .weeks(let n): return n == 1 ? "1 week" : "\(n) weeks"
        }
    }

    func contains(_ date: CivilDate, in ctx: RuleContext) -> Bool {
        switch self {
        case .months(let n): return ctx.isWithin(months: n, date)
        case .weeks(let n): return ctx.isWithin(weeks: n, date)
        }
    }
}

/// One letter (or referral) of a ladder and the window after the previous step in which it is due.
struct LadderStep: Sendable {
    let action: RecommendedAction
    let codes: [TrackedCode]
    /// Days the previous step must have had; nil for the opening letter.
    let afterDays: (@Sendable (Policy) -> Int)?
    /// How recent the previous step must still be.
    let within: (@Sendable (Policy) -> Span)?
}

/// A ladder of letters read from the diary: leasehold service charges and major works
/// (letter 1 → letter 2 → letter before action → referral), and sundry debts (letter of claim → referral).
/// Each step is due a set time after the previous one; a step left too long starts the ladder again;
/// after a letter before action or a referral the ladder stays quiet for the policy's weeks.
struct LetterLadder: Sendable {
    let steps: [LadderStep]
    let arrears: Condition
    /// Codes of the letter before action, which must be answered before the ladder restarts.
    let letterBeforeAction: [TrackedCode]
    let referral: [TrackedCode]
    /// No step within this span is needed before the opening letter goes again.
    let restart: @Sendable (Policy) -> Span
    /// Sundry accounts are where ended accounts' debts go, so they never transfer.
    var transfersWhenEnded = true

    var allCodes: [TrackedCode] { steps.flatMap(\.codes) }

    var rules: [Rule] {
        var rules = [CommonRules.reviewFailedLetter] + (transfersWhenEnded ? [CommonRules.transferEndedAccount] : [])
            + [CommonRules.followUpBrokenPromise, openingRule]
        for i in 1..<steps.count { rules.append(followRule(i)) }
        return rules + CommonRules.informalBreach(.letterBeforeAction)
    }

    private var openingRule: Rule {
        let codes = allCodes, restart = restart, lba = letterBeforeAction, referral = referral
        let noRecentStep = Condition("no_recent_ladder_step", { p in "no letter of this ladder in the last \(restart(p).text)" }) { ctx in
            guard let last = ctx.m.diary.latest(of: codes), restart(ctx.p).contains(last.date, in: ctx) else {
                return .pass(ctx.m.diary.latest(of: codes).map { .mark($0) } ?? .nothing("no letter on file"))
            }
            return .fail(.mark(last))
        }
        let noLiveLetterBeforeAction = Self.noneWithin(lba, id: "no_letter_before_action_in_force",
                                                       words: "no letter before action in the last", span: { .weeks($0.notices.validityWeeks) })
        let notReferred = Self.noneWithin(referral, id: "not_referred_recently", words: "no referral in the last",
                                          span: { .weeks($0.otherRoutes.referralQuietWeeks) })
        return Rule(steps[0].action, [CaseConditions.notPrevented, arrears, noRecentStep, noLiveLetterBeforeAction, notReferred,
                                      CaseConditions.noAgreementHoldingCase])
    }

    private func followRule(_ i: Int) -> Rule {
        let previous = steps[i - 1], step = steps[i], codes = allCodes
        let after = step.afterDays ?? { _ in 0 }
        let within = step.within ?? { _ in .months(3) }
        let codeNames = previous.codes.map(\.code)
        let names = codeNames.count > 1 ? codeNames.dropLast().joined(separator: ", ") + " or " + codeNames.last! : codeNames[0]
        let due = Condition("\(previous.action.rawValue)_due_for_next_step", { p in
            "the last letter of this ladder is \(names), sent at least \(after(p)) days and less than \(within(p).text) ago"
        }) { ctx in
            guard let last = ctx.m.diary.latest(of: codes) else { return .fail(.nothing("no letter on file")) }
            let isPrevious = previous.codes.contains { $0.code == last.code }
            let inWindow = ctx.isAtLeast(days: after(ctx.p), ago: last.date) && within(ctx.p).contains(last.date, in: ctx)
            return .when(isPrevious && inWindow, .mark(last))
        }
        return Rule(step.action, [CaseConditions.notPrevented, due, arrears, CaseConditions.noAgreementHoldingCase])
    }

    private static func noneWithin(_ codes: [TrackedCode], id: String, words: String,
                                   span: @escaping @Sendable (Policy) -> Span) -> Condition {
        Condition(id, { p in "\(words) \(span(p).text)" }) { ctx in
            guard let last = ctx.m.diary.latest(of: codes) else { return .pass(.nothing("none on file")) }
            return .when(!span(ctx.p).contains(last.date, in: ctx), .mark(last))
        }
    }

    // MARK: The ladders

    static let serviceCharges = LetterLadder(
        steps: [
            LadderStep(action: .sendServiceChargeLetterOne, codes: [.ll1, .lf1, .ls1], afterDays: nil, within: nil),
            LadderStep(action: .sendServiceChargeLetterTwo, codes: [.ll2, .lf2, .ls2],
                       afterDays: { $0.otherRoutes.leaseholdLetterTwoAfterDays }, within: { .months($0.otherRoutes.leaseholdStepWithinMonths) }),
            LadderStep(action: .sendServiceChargeLetterBeforeAction, codes: [.slb],
                       afterDays: { $0.otherRoutes.leaseholdLetterBeforeActionAfterDays },
                       within: { .months($0.otherRoutes.leaseholdStepWithinMonths) }),
            LadderStep(action: .referServiceChargesForLegalAction, codes: [.lrl],
                       afterDays: { $0.notices.letterOfClaimReplyDays }, within: { .weeks($0.notices.validityWeeks) }),
        ],
        arrears: CaseConditions.collectable(atLeast: \.otherRoutes.leaseholdMinimumArrears, id: "leasehold_arrears"),
        letterBeforeAction: [.slb], referral: [.lrl], restart: { .months($0.otherRoutes.leaseholdStepWithinMonths) })

    static let majorWorks = LetterLadder(
        steps: [
            LadderStep(action: .sendMajorWorksLetterOne, codes: [.mw1], afterDays: nil, within: nil),
            LadderStep(action: .sendMajorWorksLetterTwo, codes: [.mw2],
                       afterDays: { $0.otherRoutes.leaseholdLetterTwoAfterDays }, within: { .months($0.otherRoutes.leaseholdStepWithinMonths) }),
            LadderStep(action: .sendMajorWorksLetterBeforeAction, codes: [.mw3],
                       afterDays: { $0.otherRoutes.leaseholdLetterBeforeActionAfterDays },
                       within: { .months($0.otherRoutes.leaseholdStepWithinMonths) }),
            LadderStep(action: .referMajorWorksForLegalAction, codes: [.lrl],
                       afterDays: { $0.notices.letterOfClaimReplyDays }, within: { .weeks($0.notices.validityWeeks) }),
        ],
        arrears: CaseConditions.collectable(atLeast: \.otherRoutes.leaseholdMinimumArrears, id: "leasehold_arrears"),
        letterBeforeAction: [.mw3], referral: [.lrl], restart: { .months($0.otherRoutes.leaseholdStepWithinMonths) })

    /// The letter of claim is itself the letter before action: it goes once a year at most.
    static let sundry = LetterLadder(
        steps: [
            LadderStep(action: .sendLetterOfClaim, codes: [.dcl], afterDays: nil, within: nil),
            LadderStep(action: .referForDebtRecovery, codes: [.drf],
                       afterDays: { $0.notices.letterOfClaimReplyDays }, within: { .weeks($0.notices.validityWeeks) }),
        ],
        arrears: CaseConditions.collectable(atLeast: \.otherRoutes.sundryMinimumArrears, id: "sundry_arrears"),
        letterBeforeAction: [.dcl], referral: [.drf], restart: { .weeks($0.notices.validityWeeks) }, transfersWhenEnded: false)
}
