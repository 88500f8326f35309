import ArrearsCore

/// The question asked before anything that reaches the tenant, the court or the record without a
/// form of its own (undo, accepting a suggestion, queueing or cancelling letters): nothing happens
/// until the user says yes. The answer keys shown are the keymap's.
struct ConfirmPrompt: OverlayScreen {
    /// What yes leads to.
    enum Then: Equatable {
        case perform(ActionRequest)
        /// A letter request, for the host's `LetterActionExecutor`.
        case letters(LetterRequest)
        /// A court outcome with terms was recorded: the court agreement's form comes next.
        case openCourtAgreement(courtCaseId: Int)
    }

    var title = "Confirm"
    var question: String
    /// What the user should know before answering: recipients, local printing, what is left out.
    var details: [String] = []
    var then: Then
    /// Letter questions carry details and get a wider box.
    var width = 58

    init(title: String = "Confirm", question: String, details: [String] = [], then: Then, width: Int = 58) {
        self.title = title; self.question = question; self.details = details; self.then = then; self.width = width
    }

    var context: ActionContext { .confirm }

    func render(into grid: inout Grid, area: Rect, under: any Screen, session: Session) -> Cursor? {
        return Dialog.render(into: &grid, area: area, title: title, width: width, lead: question, details: details,
                             answers: Dialog.yesNo(session.keymap, no: "no"), glyphs: session.glyphs)
    }

    mutating func perform(_ id: ActionID, under: inout any Screen, session: Session) -> Outcome? {
        switch id {
        case .confirmNo: return .closeOverlay
        case .confirmYes:
            switch then {
            case .perform(let request): return Outcome.closeOverlay.then(.effect(.perform(request)))
            case .letters(let request): return Outcome.closeOverlay.then(.effect(.letters(request)))
            case .openCourtAgreement(let courtCaseId):
                guard let c = under as? CaseScreen else { return .closeOverlay }
                return .overlay(AgreementForm.overlay(for: c.file, today: session.asOf, courtCaseId: courtCaseId))
            }
        default: return nil
        }
    }
}
