import ArrearsCore

extension ActionID {
    public static let addDiaryEntry: ActionID = "add-diary-entry"
    public static let pauseCase: ActionID = "pause-case"
    public static let endPause: ActionID = "end-pause"
    public static let recordPromise: ActionID = "record-promise"
    public static let createAgreement: ActionID = "create-agreement"
    public static let replaceAgreement: ActionID = "replace-agreement"
    public static let cancelAgreement: ActionID = "cancel-agreement"
    public static let recordNotice: ActionID = "record-notice"
    public static let recordCourtDate: ActionID = "record-court-date"
    public static let recordCourtOutcome: ActionID = "record-court-outcome"
    public static let recordEvictionDate: ActionID = "record-eviction-date"
    public static let recordLegalStep: ActionID = "record-legal-step"
    public static let startHold: ActionID = "start-hold"
    public static let endHold: ActionID = "end-hold"
    public static let sendMessage: ActionID = "send-message"
    public static let undo: ActionID = "undo"
    public static let correctAddress: ActionID = "correct-address"
    public static let correctPhones: ActionID = "correct-phones"
    public static let correctEmail: ActionID = "correct-email"

    public static let markCase: ActionID = "mark-case"
    public static let clearMarks: ActionID = "clear-marks"
    public static let reassignCases: ActionID = "reassign-cases"
    public static let reassignPatch: ActionID = "reassign-patch"
    public static let caseload: ActionID = "caseload"
    public static let acceptSuggestion: ActionID = "accept-suggestion"

    public static let formNextField: ActionID = "form-next-field"
    public static let formPreviousField: ActionID = "form-prev-field"
    public static let formDown: ActionID = "form-down"
    public static let formUp: ActionID = "form-up"
    public static let formSubmit: ActionID = "form-submit"
}

/// An action that changes cases or who holds them. Its roles come from the core's permission matrix
/// for the operation it performs, so the screens offer exactly what the core will allow.
struct WorkAction {
    let id: ActionID
    let title: String
    let keys: [String]
    let operation: AccessOperation
    let contexts: [ActionContext]
    var group: ActionGroup = .caseWork
    var destructive = false
    var hint: String?

    var spec: ActionSpec {
        ActionSpec(id, title, group: group, keys: keys, contexts: contexts, roles: WorkActions.roles(for: operation),
                   destructive: destructive, hint: hint)
    }
}

enum WorkActions {
    static let all: [WorkAction] = [
        WorkAction(id: .addDiaryEntry, title: "Add a diary entry", keys: ["d"], operation: .addDiaryEntry,
                   contexts: [.caseDetails], hint: "diary"),
        WorkAction(id: .pauseCase, title: "Pause the case", keys: ["p"], operation: .pause, contexts: [.caseDetails],
                   hint: "pause"),
        WorkAction(id: .endPause, title: "End the pause early", keys: ["P"], operation: .unpause, contexts: [.caseDetails]),
        WorkAction(id: .recordPromise, title: "Record a promise to pay: amount and date", keys: ["$"], operation: .recordPromise,
                   contexts: [.caseDetails]),
        WorkAction(id: .createAgreement, title: "Create an agreement", keys: ["a"], operation: .createAgreement,
                   contexts: [.caseDetails]),
        WorkAction(id: .replaceAgreement, title: "Cancel the agreement and replace it", keys: ["r"],
                   operation: .cancelAgreement, contexts: [.caseDetails], destructive: true),
        WorkAction(id: .cancelAgreement, title: "Cancel the agreement", keys: ["X"], operation: .cancelAgreement,
                   contexts: [.caseDetails], destructive: true),
        WorkAction(id: .recordNotice, title: "Record a notice served", keys: ["n"], operation: .recordNotice,
                   contexts: [.caseDetails]),
        WorkAction(id: .recordCourtDate, title: "Record a court date and time", keys: ["c"], operation: .recordCourtDate,
                   contexts: [.caseDetails]),
        WorkAction(id: .recordCourtOutcome, title: "Record a court outcome", keys: ["C"], operation: .recordCourtOutcome,
                   contexts: [.caseDetails]),
        WorkAction(id: .recordEvictionDate, title: "Record an eviction date", keys: ["E"], operation: .recordEvictionDate,
                   contexts: [.caseDetails], destructive: true),
        WorkAction(id: .recordLegalStep, title: "Record a court application or a referral for debt recovery or legal action",
                   keys: ["s"], operation: .recordLegalStep, contexts: [.caseDetails]),
        WorkAction(id: .startHold, title: "Start a hold: breathing space, benefit claim, vulnerability or dispute",
                   keys: ["h"], operation: .startHold, contexts: [.caseDetails]),
        WorkAction(id: .endHold, title: "End a hold", keys: ["H"], operation: .endHold, contexts: [.caseDetails]),
        WorkAction(id: .sendMessage, title: "Send a text message or email through GOV.UK Notify", keys: ["m"],
                   operation: .queueMessage, contexts: [.caseDetails], hint: "message"),
        WorkAction(id: .correctAddress, title: "Correct the correspondence address (checked against Notify's rules)", keys: ["A"],
                   operation: .editContactDetails, contexts: [.caseDetails]),
        WorkAction(id: .correctPhones, title: "Correct the phone numbers: mobile, home and work", keys: ["N"],
                   operation: .editContactDetails, contexts: [.caseDetails]),
        WorkAction(id: .correctEmail, title: "Correct the email address", keys: ["@"], operation: .editContactDetails,
                   contexts: [.caseDetails]),
        WorkAction(id: .undo, title: "Undo my last action", keys: ["u"], operation: .undo,
                   contexts: [.worklist, .caseDetails, .teamLead, .caseload], destructive: true),

        WorkAction(id: .markCase, title: "Mark or unmark the case for reassigning", keys: ["<Space>"],
                   operation: .reassignCases, contexts: [.worklist], group: .caseloads),
        WorkAction(id: .clearMarks, title: "Clear the marks", keys: ["x"], operation: .reassignCases,
                   contexts: [.worklist], group: .caseloads),
        WorkAction(id: .reassignCases, title: "Reassign the marked cases (or this one)", keys: ["r"],
                   operation: .reassignCases, contexts: [.worklist], group: .caseloads, destructive: true),
        WorkAction(id: .reassignPatch, title: "Reassign a patch", keys: ["P"], operation: .reassignPatch,
                   contexts: [.worklist, .caseload], group: .caseloads, destructive: true),
        WorkAction(id: .caseload, title: "Caseloads and rebalancing", keys: ["c"], operation: .reassignCases,
                   contexts: [.teamLead], group: .caseloads, hint: "caseloads"),
        WorkAction(id: .acceptSuggestion, title: "Accept the selected rebalancing suggestion", keys: ["a"],
                   operation: .reassignCases, contexts: [.caseload], group: .caseloads, destructive: true, hint: "accept"),
    ]

    /// The case work actions and the automation ones, whose roles the core's matrix decides alike.
    static let byId: [ActionID: WorkAction] = Dictionary(uniqueKeysWithValues: (all + AutomationActions.all + PolicyWhatIfActions.all + CampaignActions.all).map { ($0.id, $0) })

    /// The roles the matrix lets do the operation on some account.
    static func roles(for operation: AccessOperation) -> Set<Role> {
        Set(Role.allCases.filter { PermissionMatrix.grant($0, operation) != .none })
    }

    static var specs: [ActionSpec] { all.map(\.spec) }

    /// The keys of every form; letters are typed into its fields.
    static var formSpecs: [ActionSpec] {
        [
            ActionSpec(.formNextField, "Next field", group: .input, keys: ["<Tab>"], contexts: [.form], hint: "next"),
            ActionSpec(.formPreviousField, "Previous field", group: .input, keys: ["<S-Tab>"], contexts: [.form]),
            ActionSpec(.formDown, "Next choice in a list, next line of a comment, or the next field", group: .input,
                       keys: ["<Down>"], contexts: [.form]),
            ActionSpec(.formUp, "Previous choice, line or field", group: .input, keys: ["<Up>"], contexts: [.form]),
            ActionSpec(.formSubmit, "Save (asks first when it reaches the tenant or the court)", group: .input,
                       keys: ["<Enter>"], contexts: [.form], hint: "save"),
        ]
    }
}
