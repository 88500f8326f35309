/// Recording a court application or a referral made outside the workbench: the steps of the action
/// catalogue (docs/policy.md §10) whose diary code no other form writes.
extension CaseActions {
    /// The steps recorded this way: applying to court for possession (PCL) and referring a debt for
    /// recovery (DRF) or legal action (LRL). The ladders read DRF and LRL, so the referral steps stop.
    public static let legalSteps: [RecommendedAction] = [
        .applyForCourtDate, .applyForPossessionIntroductory, .applyForPossessionAfterNoticeToQuit,
        .referForDebtRecovery, .referServiceChargesForLegalAction, .referMajorWorksForLegalAction,
    ]

    /// The legal steps of this account's route.
    public static func legalSteps(for account: Account) -> [RecommendedAction] {
        let route = Route.of(RouteKind.of(account)).actions
        return legalSteps.filter(route.contains)
    }

    /// Writes the step's diary code with "<label>. <comment>". The step must be on the account's route;
    /// the comment (court or solicitor's reference, what was sent) is required. Like notices and court
    /// dates it records something that happened, so undo refuses it.
    public func recordLegalStep(ref: String, expectedVersion: Int?, step: RecommendedAction, comment: String) throws -> ActionOutcome {
        let text = try FreeText.required(comment, field: "Comment")
        return try perform(.recordLegalStep, ref: ref, expectedVersion: expectedVersion,
                           cannotUndoBecause: "it records a legal step that happened; add a diary entry to correct it") { file, _ in
            guard Self.legalSteps(for: file.account).contains(step), let code = step.diaryCode(for: file.account.type) else {
                throw ActionRefused(field: "Step", "\(step.label) is not a step of a \(file.account.type.label.lowercased()) account's route.")
            }
            return CaseChange(diary: [.init(code: code, comment: "\(step.label). \(text)")],
                              auditSummary: "Legal step \(step.id) recorded (\(code))",
                              before: nil, after: AuditJSON.encode(DiaryFacts(code: code, voids: nil)),
                              message: "Recorded \(code) \(ActionCodes.name(of: code)) on \(ref)")
        }
    }
}
