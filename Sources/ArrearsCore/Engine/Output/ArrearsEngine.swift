/// The engine's entry points for the command line and the screens.
public enum ArrearsEngine {
    /// One case, as of a date, under a policy.
    public static func classify(_ file: CaseFile, asOf: CivilDate, policy: Policy = .default) -> Classification {
        Classifier(policy: policy).classify(file, asOf: asOf)
    }

    /// The stored row for the worklist: every field of `CaseSummary` from the case and its classification,
    /// except the explanation, which is recomputed on demand (writing it for every case every night
    /// cost four times the classification itself and 400 MB at 100,000 cases).
    public static func summary(of file: CaseFile, _ c: Classification, officer: String?) -> CaseSummary {
        let a = file.account
        let m = c.measures
        let lastLetter = m.diary.latest(of: leaseholdLetterCodes)
        let pause = m.pause
        return CaseSummary(
            ref: a.ref, paymentRef: a.paymentRef, type: a.type, debtKind: a.debtKind, patch: a.patch, officer: officer,
            tenantName: a.primaryContact?.displayName ?? "", shortAddress: a.property.shortAddress,
            postcode: a.property.postcode ?? "", balance: m.balance, collectableArrears: m.collectableArrears,
            daysInArrears: m.daysInArrears, band: c.band, score: c.score, actionId: c.action.rawValue,
            actionLabel: c.action.label, lastActionCode: m.lastCommunication?.code, lastActionDate: m.lastCommunication?.date,
            agreementState: m.agreement?.state, courtDate: m.court?.hearingDate, evictionDate: m.evictionDate,
            pauseUntil: pause?.until, pauseReason: pause?.reason, pauseComment: pause?.comment,
            holds: m.activeHolds.map(\.kind), lastLetterCode: lastLetter?.code, lastLetterDate: lastLetter?.date,
            asOf: c.asOf, explanationJSON: "", version: a.version)
    }

    /// The agreement history entries a nightly run appends: for each live or breached agreement whose state
    /// (or kind) has moved as of the date, the change to append and whether it becomes informal.
    public static func agreementUpdates(for file: CaseFile, asOf: CivilDate,
                                        policy: Policy = .default) -> [(agreementId: Int, update: AgreementUpdate)] {
        let balance = file.transactions.balance(asOf: asOf)
        return file.agreements.compactMap { a in
            let court = a.kind == .formal ? AgreementMonitor.courtCase(for: a, in: file.courtCases) : nil
            return AgreementMonitor.update(for: a, balance: balance, courtCase: court, asOf: asOf, policy: policy)
                .map { (a.id, $0) }
        }
    }

    /// The leasehold worklist's "last letter": letters 1 and 2 in every variant, the letters before action
    /// and the major works letters.
    static let leaseholdLetterCodes: [TrackedCode] = [.ll1, .lf1, .ls1, .ll2, .lf2, .ls2, .slb, .mw1, .mw2, .mw3]
}

extension CaseSummary {
    /// An ended account whose debt waits to move to a former-tenant account: officer housekeeping, not
    /// collection, so the work order puts it after every live case (docs/policy.md §3).
    public var awaitsTransfer: Bool { actionId == RecommendedAction.transferToFormerTenantAccount.rawValue }
}
