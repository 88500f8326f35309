/// Every operation that reads or changes data. Permissions are decided per operation, role and
/// account side in the core (`Access`), so no screen or command can get round them.
/// The raw value is the code stored in the audit trail.
public enum AccessOperation: String, CaseIterable, Sendable, Codable {
    case viewCase = "view_case"
    case addDiaryEntry = "add_diary_entry"
    case pause
    case unpause
    /// A tenant's promise to pay an amount by a date.
    case recordPromise = "record_promise"
    case createAgreement = "create_agreement"
    case cancelAgreement = "cancel_agreement"
    case recordNotice = "record_notice"
    case recordCourtDate = "record_court_date"
    case recordCourtOutcome = "record_court_outcome"
    case recordEvictionDate = "record_eviction_date"
    /// A possession claim issued, or a debt referred for recovery or legal action.
    case recordLegalStep = "record_legal_step"
    /// Breathing space, benefit claim pending, vulnerability, dispute.
    case startHold = "start_hold"
    case endHold = "end_hold"
    case queueLetter = "queue_letter"
    case bulkQueueLetters = "bulk_queue_letters"
    case cancelLetter = "cancel_letter"
    case markLetterReviewed = "mark_letter_reviewed"
    /// Writing queued letters out for printing marks them sent: case work, not only an export.
    case sendLetters = "send_letters"
    case undo
    case reassignCases = "reassign_cases"
    case reassignPatch = "reassign_patch"
    case exportPersonalData = "export_personal_data"
    case viewAudit = "view_audit"
    case manageUsers = "manage_users"
    case runClassify = "run_classify"
    case importData = "import_data"
    /// The nightly job's automated letters and messages (`arrears run`).
    case runAutomation = "run_automation"
    /// Switching automation on or off per patch, account type and step.
    case manageAutomation = "manage_automation"
    /// Hand queued letters and messages to GOV.UK Notify, and fetch their statuses.
    case sendMessages = "send_messages"
    case pollMessages = "poll_messages"
    /// One text message or email to a case's tenant, queued for GOV.UK Notify (the first SMS).
    case queueMessage = "queue_message"
    /// A rent campaign: one message to every case of a filtered list.
    case sendCampaign = "send_campaign"
    /// Correcting a contact's correspondence address, phone numbers or email address.
    case editContactDetails = "edit_contact_details"

    /// What kind of operation it is: the matrix grants by kind, and the side rule applies to case kinds.
    public var kind: OperationKind {
        switch self {
        case .viewCase: return .caseReading
        case .exportPersonalData: return .export
        case .reassignCases, .reassignPatch: return .assignment
        case .viewAudit: return .oversight
        case .manageUsers: return .administration
        case .runClassify, .importData, .runAutomation, .sendMessages, .pollMessages: return .dataLoad
        case .manageAutomation, .sendCampaign: return .automation
        default: return .caseWork
        }
    }

    public var changesData: Bool {
        switch self {
        case .viewCase, .exportPersonalData, .viewAudit: return false
        default: return true
        }
    }

    /// Reads after "may not": `pause a case`.
    public var phrase: String {
        switch self {
        case .viewCase: return "view a case"
        case .addDiaryEntry: return "add a diary entry"
        case .pause: return "pause a case"
        case .unpause: return "end a pause"
        case .recordPromise: return "record a promise to pay"
        case .createAgreement: return "create an agreement"
        case .cancelAgreement: return "cancel an agreement"
        case .recordNotice: return "record a notice served"
        case .recordCourtDate: return "record a court date"
        case .recordCourtOutcome: return "record a court outcome"
        case .recordEvictionDate: return "record an eviction date"
        case .recordLegalStep: return "record a court application or referral"
        case .startHold: return "start a hold"
        case .endHold: return "end a hold"
        case .queueLetter: return "queue a letter"
        case .bulkQueueLetters: return "queue letters in bulk"
        case .cancelLetter: return "cancel a letter"
        case .markLetterReviewed: return "mark a failed letter reviewed"
        case .sendLetters: return "send queued letters for printing"
        case .undo: return "undo an action"
        case .reassignCases: return "reassign cases"
        case .reassignPatch: return "reassign a patch"
        case .exportPersonalData: return "export personal data"
        case .viewAudit: return "view the audit trail"
        case .manageUsers: return "manage users"
        case .runClassify: return "run classification"
        case .importData: return "import data"
        case .runAutomation: return "run automation"
        case .manageAutomation: return "change automation settings"
        case .sendMessages: return "send letters and messages through GOV.UK Notify"
        case .pollMessages: return "fetch GOV.UK Notify statuses"
        case .queueMessage: return "queue a text message or email"
        case .sendCampaign: return "send a message campaign to a list of cases"
        case .editContactDetails: return "correct a tenant's address, phone numbers or email"
        }
    }

    /// For tables and the audit listing: `Pause a case`.
    public var title: String { phrase.prefix(1).uppercased() + phrase.dropFirst() }
}

public enum OperationKind: String, CaseIterable, Sendable {
    /// Opening a case file: names, addresses, ledger, diary.
    case caseReading
    /// Anything that changes one case.
    case caseWork
    /// Writing personal data out of the workbench (letters for printing, CSV exports).
    case export
    /// Moving cases or patches between officers.
    case assignment
    /// Reading the audit trail.
    case oversight
    /// Users and roles.
    case administration
    /// Whole-database jobs: classification and imports.
    case dataLoad
    /// What the nightly run may do by itself.
    case automation

    /// Whether the account side rule applies (agents: rent accounts; leasehold officers: leasehold ones).
    public var isPerAccount: Bool { self == .caseReading || self == .caseWork || self == .export }
}
