import ArrearsCore

/// The campaign screen in the stack: moving through the preview, and queueing it after a question.
extension CampaignScreen: Screen {
    var context: ActionContext { .campaign }
    var crumb: String { "Rent campaign \(campaign.name)" }

    /// Pushes the screen; its preview starts at the loop's first moment with no key waiting.
    static func open(_ campaign: MessageCampaign, session: Session) -> Outcome {
        guard session.messages != nil else { return .message(Session.noMessages, .warning) }
        if let denied = session.accessError(.sendCampaign, account: nil) { return .message("\(denied)", .error) }
        return .push(CampaignScreen(campaign: campaign, summaries: session.index.summaries))
    }

    var hasPendingWork: Bool { isChecking }

    mutating func doPendingWork(session: Session) {
        if let data = session.messages { prepareNextPart(data) }
    }

    mutating func fit(_ area: Rect, session: Session) { fit(area) }

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        render(into: &grid, area: area, glyphs: session.glyphs).map { ($0, 0) }
    }

    /// After queueing (or someone else's change) the preview is made again, so it shows what is left.
    mutating func reload(session: Session) {
        self = CampaignScreen(campaign: campaign, summaries: session.index.summaries)
    }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        if let motion = Motion(id) { move(motion, area: session.body); return .handled }
        guard id == .queueCampaign else { return nil }
        if let failure { return .message("Nothing to queue: the preview stopped (\(failure)).", .error) }
        if isChecking {
            return .message("Still checking cases (\(Format.count(checked)) of \(Format.count(summaries.count))); "
                            + "\(session.key(.queueCampaign, in: .campaign)) queues once the preview is complete.")
        }
        guard !preview.ready.isEmpty else {
            let why = preview.skipCounts.first.map { ": \($0.count) skipped, \($0.reason)" } ?? ""
            return .message("Nothing to queue for campaign \(campaign.name)\(why).", .warning)
        }
        let noun = campaign.template.channel == .email ? "email" : "text message"
        return .overlay(ConfirmPrompt(
            question: "Queue \(Format.count(preview.ready.count)) \(noun)\(preview.ready.count == 1 ? "" : "s") for campaign \(campaign.name)?",
            details: [campaign.filter.text + ".", "They go to GOV.UK Notify on the next send"
                      + (campaign.template.channel == .sms ? ", inside the SMS hours." : ".")],
            then: .perform(.queueCampaign(campaign))))
    }
}
