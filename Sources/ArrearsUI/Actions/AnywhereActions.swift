import ArrearsCore

/// Actions that do not belong to the screen on top: opening the letter, find and automation screens, undo,
/// and the helpful refusals of case actions away from a case.
enum AnywhereActions {
    /// Nil when the action is not one of these.
    static func perform(_ id: ActionID, overlayOpen: Bool, session: Session) -> Outcome? {
        switch id {
        case .openLetters: return LettersScreen.open(filter: nil, session: session)
        case .openBulkLetters: return BulkEntryScreen.open(session: session)
        case .findAnywhere: return FindScreen.open(session: session)
        default: break
        }
        // Work actions wait until the overlay is closed.
        guard !overlayOpen, WorkActions.byId[id] != nil else { return nil }
        switch id {
        case .undo: return askToUndo(session: session)
        case .caseload: return CaseloadScreen.open(session: session)
        case .reassignPatch: return ReassignPatchForm.open(selecting: nil, session: session)
        case .acceptSuggestion:
            return .message("Suggestions are accepted on the caseload screen (\(session.key(.caseload, in: .teamLead)) from the team lead view).")
        case .automationSettings: return AutomationSettingsScreen.open(session: session)
        case .automationPreview: return AutomationPreviewScreen.open(session: session)
        case .policyWhatIf: return PolicyWhatIfScreen.ask(session: session)
        case .rentCampaign: return CampaignForm.ask(session: session)
        case .queueCampaign: return nil
        case .markCase, .clearMarks, .reassignCases, .automationToggle, .automationEdit: return nil
        default: return .message("Open a case first: this acts on the case on screen.", .warning)
        }
    }

    private static func askToUndo(session: Session) -> Outcome {
        guard let last = session.undoable else {
            return .message("Nothing to undo: you have not changed anything in this session.")
        }
        return .overlay(ConfirmPrompt(question: "Undo \u{201C}\(last)\u{201D}?", then: .perform(.undo)))
    }
}
