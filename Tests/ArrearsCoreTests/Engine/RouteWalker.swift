@testable import ArrearsCore

/// Walks a case day by day, doing each recommended step on the day it is recommended (writing its diary
/// code, serving its notice, listing its hearing), and records the steps in order.
struct RouteWalker {
    var builder: CaseBuilder
    /// The outcome the court gives when the hearing is recorded.
    var courtOutcome: CourtOutcome = .outrightPossessionWithDate
    /// For introductory tenancies: ask for a review this many days after the notice (nil: never).
    var reviewAfterDays: Int?
    private(set) var steps: [(date: CivilDate, action: RecommendedAction)] = []
    private var finished = false

    init(_ builder: CaseBuilder) { self.builder = builder }

    /// The distinct steps, in order (a step recommended on consecutive days counts once).
    var actions: [RecommendedAction] {
        var out: [RecommendedAction] = []
        for step in steps where out.last != step.action { out.append(step.action) }
        return out
    }

    func date(of action: RecommendedAction) -> CivilDate? { steps.first { $0.action == action }?.date }

    mutating func walk(from start: CivilDate, to end: CivilDate) {
        var day = start
        while day <= end && !finished {
            let action = builder.action(day)
            if action != .noAction {
                steps.append((day, action))
                perform(action, on: day)
            }
            day = day.adding(days: 1)
        }
    }

    private mutating func perform(_ action: RecommendedAction, on day: CivilDate) {
        let type = builder.file.account.type
        switch action {
        case .sendNOSP:
            builder.notice(.noticeOfSeekingPossession, servedOn: day)
            builder.diary("NTS", on: day)
        case .serveNoticeOfProceedings:
            builder.notice(.noticeOfProceedings, servedOn: day, reviewRequestedOn: reviewAfterDays.map { day.adding(days: $0) })
            builder.diary("NOP", on: day)
        case .serveNoticeToQuit, .serveLicenceNotice, .serveGarageNoticeToQuit:
            builder.notice(.noticeToQuit, servedOn: day)
            builder.diary("NTQ", on: day)
        case .arrangeIntroductoryReview:
            let last = builder.file.notices.count - 1
            builder.file.notices[last].reviewOutcome = "Decision upheld"
            builder.diary("IRD", on: day)
        case .applyForCourtDate, .applyForPossessionIntroductory, .applyForPossessionAfterNoticeToQuit:
            builder.diary("PCL", on: day)
            builder.court(hearing: day.adding(days: 35))
        case .updateCourtOutcome:
            let last = builder.file.courtCases.count - 1
            builder.file.courtCases[last].outcome = courtOutcome
            builder.file.courtCases[last].outcomeDate = day
            builder.diary("IC6", on: day)
        case .applyForOutrightPossessionWarrant:
            builder.diary("WPA", on: day)
            builder.eviction(on: day.adding(days: 40))
        case .confirmEvictionOutcome:
            builder.file.account.endDate = builder.file.latestEviction?.date
            builder.diary("EVI", on: day)
        case .recoverLicensedAccommodation, .repossessGarage:
            builder.file.account.endDate = day
        case .transferToFormerTenantAccount, .noAction:
            finished = true
        default:
            if let code = action.diaryCode(for: type) { builder.diary(code, on: day) }
        }
    }
}

/// A weekly rent account that falls behind: rent of £100 every Monday from 1 January 2024, paid in full
/// until a £93 payment on 29 January, paid once more on 5 February, then nothing.
func slippingTenancy(_ type: AccountType) -> CaseBuilder {
    var b = CaseBuilder(type)
    var monday = d("2024-01-01")
    while monday <= d("2025-06-30") {
        b.file.transactions.append(LedgerTransaction(date: monday, code: "DBR", description: "Rent", amount: gbp("100")))
        if monday <= d("2024-02-05") {
            let paid = monday == d("2024-01-29") ? gbp("93") : gbp("100")
            b.file.transactions.append(LedgerTransaction(date: monday, code: "RPY", description: "Payment", amount: -paid))
        }
        monday = monday.adding(weeks: 1)
    }
    return b
}
