/// Why automation left a case to an officer, or did not take a step tonight. Every skipped case is
/// counted by its reason in the run's summary and the team lead's preview.
public enum AutomationSkip: Hashable, Sendable {
    /// No setting switches this step on for the case's patch and account type.
    case settingOff
    /// The setting starts on a later date.
    case notStarted(CivilDate)
    /// The cell's daily cap was reached; the case waits for tomorrow.
    case capReached
    /// Breathing space, vulnerability, a dispute or a benefit claim: an officer decides.
    case hold(HoldKind)
    /// An officer paused the case.
    case paused(PauseReason)
    /// More than one rule fired: an officer reads the conflict first.
    case conflict
    /// Nothing is owed after the grace the policy allows.
    case notInArrears
    /// The arrears are below the smallest amount a letter is sent for.
    case belowMinimum(Money)
    /// The same step went to this case on this date, inside its repeat window.
    case alreadySent(CivilDate)
    /// An officer queued a letter for the case today: their choice stands.
    case officerLetterToday
    /// An SMS step with no UK mobile number to send to.
    case noMobile
    /// An SMS step with no first-SMS template in the Notify settings.
    case noMessageChannel

    /// The counting key: reasons of one kind count together, whatever their details.
    public var key: String {
        switch self {
        case .settingOff: return "setting_off"
        case .notStarted: return "not_started"
        case .capReached: return "cap_reached"
        case .hold(let kind): return "hold_\(kind.rawValue)"
        case .paused: return "paused"
        case .conflict: return "conflict"
        case .notInArrears: return "not_in_arrears"
        case .belowMinimum: return "below_minimum"
        case .alreadySent: return "already_sent"
        case .officerLetterToday: return "officer_letter_today"
        case .noMobile: return "no_mobile"
        case .noMessageChannel: return "no_message_channel"
        }
    }

    /// A short reason for a table row.
    public var text: String {
        switch self {
        case .settingOff: return "automation is off for this patch, account type and step"
        case .notStarted(let d): return "automation of this step starts on \(d.isoText)"
        case .capReached: return "the daily cap for this patch, account type and step was reached"
        case .hold(let kind): return "\(kind.label.lowercased()) hold: an officer decides"
        case .paused(let reason): return "paused (\(reason.label.lowercased()))"
        case .conflict: return "rules conflict: an officer reads the case first"
        case .notInArrears: return "not in arrears"
        case .belowMinimum(let m): return "arrears below the letter minimum of \(m.tableText)"
        case .alreadySent(let d): return "the same step went on \(d.isoText)"
        case .officerLetterToday: return "an officer queued a letter today"
        case .noMobile: return "no valid UK mobile number"
        case .noMessageChannel: return "no first-SMS template is set (arrears notify configure)"
        }
    }

    /// Labels for the counting keys, in the order summaries list them.
    public static let keyLabels: [(key: String, label: String)] = [
        ("setting_off", "automation off"), ("not_started", "setting not started yet"), ("cap_reached", "daily cap reached"),
        ("hold_breathing_space", "breathing space"), ("hold_mental_health_crisis", "breathing space (mental health crisis)"),
        ("hold_vulnerability", "vulnerability"), ("hold_dispute", "dispute"), ("hold_benefit_claim", "benefit claim pending"),
        ("paused", "paused"), ("conflict", "rules conflict"), ("not_in_arrears", "not in arrears"),
        ("below_minimum", "below the letter minimum"), ("already_sent", "already sent in its window"),
        ("officer_letter_today", "officer's letter today"), ("no_mobile", "no UK mobile"),
        ("no_message_channel", "SMS not set up"), ("missing_data", "paused for missing data (RMD)"),
    ]
}
