/// One action-diary code: what it means, where it sits in the picker, whether a user may choose it,
/// and whether it counts as "the last communication" for the escalation rules.
public struct ActionCode: Hashable, Sendable {
    public var code: String
    public var name: String
    public var group: ActionCodeGroup
    public var userSelectable: Bool
    public var isCommunication: Bool

    public init(_ code: String, _ name: String, _ group: ActionCodeGroup, user: Bool = false, comm: Bool = false) {
        self.code = code; self.name = name; self.group = group; self.userSelectable = user; self.isCommunication = comm
    }
}

public enum ActionCodeGroup: String, CaseIterable, Sendable {
    case court = "Court"
    case letters = "Letters"
    case contact = "Contact"
    case benefits = "Benefits"
    case money = "Money"
    case messages = "SMS and email"
    case leasehold = "Leasehold letters"
    case notices = "Notices"
    case holds = "Holds and pauses"
    case agreements = "Agreements"
    case system = "System"
}

/// The catalogue (reference/income-api.md §3, frontend.md §3.1), plus the codes this product adds for
/// routes Hackney never built. Policy decision: CBV and WPA count as communications (Hackney omitted
/// them, which made two rules unreachable) — see docs/policy.md.
public enum ActionCodes {
    public static let all: [ActionCode] = [
        // Court (user-selectable)
        ActionCode("ADG", "Adjourned generally", .court, user: true),
        ActionCode("ADT", "Adjourned on terms", .court, user: true),
        ActionCode("PPO", "Postponed possession", .court, user: true),
        ActionCode("SPO", "Suspended possession", .court, user: true),
        ActionCode("MJA", "Money judgement awarded", .court, user: true),
        ActionCode("CAW", "Costs awarded", .court, user: true),
        ActionCode("CAP", "Charge against property", .court, user: true),
        ActionCode("IC6", "Court outcome added", .court, user: true),
        ActionCode("CDS", "Court date set", .court, user: true),
        ActionCode("EVI", "Eviction", .court, user: true),
        ActionCode("EDS", "Eviction date set", .court, user: true),
        ActionCode("WPA", "Warrant of possession", .court, user: true, comm: true),
        ActionCode("NTS", "Notice served", .court, user: true),
        // Rent letters
        ActionCode("IC1", "Letter 1", .letters, comm: true),
        ActionCode("S01", "Letter 1 (Universal Housing)", .letters, comm: true),
        ActionCode("IC2", "Letter 2", .letters, comm: true),
        ActionCode("S02", "Letter 2 (Universal Housing)", .letters),
        ActionCode("ZR2", "Letter 2 (variant R)", .letters, comm: true),
        ActionCode("ZL2", "Letter 2 (variant L)", .letters, comm: true),
        ActionCode("ZT2", "Letter 2 (variant T)", .letters, comm: true),
        ActionCode("S0A", "Alternative letter", .letters, comm: true),
        ActionCode("IC3", "Pre-NOSP warning letter", .letters, comm: true),
        ActionCode("IC4", "Court warning letter", .letters, user: true, comm: true),
        ActionCode("IC5", "Court outcome letter", .letters, user: true),
        ActionCode("CDL", "Court date letter", .letters, user: true),
        ActionCode("IAC", "Informal agreement confirmation letter", .letters),
        ActionCode("FAC", "Formal agreement confirmation letter", .letters),
        ActionCode("BLI", "Informal agreement breach letter sent", .letters, user: true, comm: true),
        ActionCode("CBL", "Court breach letter", .letters, user: true, comm: true),
        ActionCode("VFL", "Letter failed validation", .letters),
        ActionCode("LCN", "Letter cancelled", .letters),
        ActionCode("PLS", "Letter sent for local printing", .letters),
        // Leasehold letters
        ActionCode("LF1", "Letter 1 in arrears (freehold)", .leasehold, comm: true),
        ActionCode("LF2", "Letter 2 in arrears (freehold)", .leasehold, comm: true),
        ActionCode("LL1", "Letter 1 in arrears (leasehold)", .leasehold, comm: true),
        ActionCode("LL2", "Letter 2 in arrears (leasehold)", .leasehold, comm: true),
        ActionCode("LS1", "Letter 1 in arrears (shared ownership)", .leasehold, comm: true),
        ActionCode("LS2", "Letter 2 in arrears (shared ownership)", .leasehold, comm: true),
        ActionCode("SLB", "Letter before action sent (service charges)", .leasehold, comm: true),
        ActionCode("MW1", "Major works letter 1", .leasehold, comm: true),
        ActionCode("MW2", "Major works letter 2", .leasehold, comm: true),
        ActionCode("MW3", "Major works letter before action", .leasehold, comm: true),
        ActionCode("ZW1", "Major works stage 1 complete", .leasehold, comm: true),
        ActionCode("ZW2", "Major works stage 2 complete", .leasehold, comm: true),
        ActionCode("ZW3", "Major works stage 3 complete", .leasehold, comm: true),
        ActionCode("ZR1", "Stage 1 complete", .leasehold, comm: true),
        ActionCode("ZR3", "Stage 3 complete", .leasehold, comm: true),
        ActionCode("C", "First FTA letter", .leasehold, comm: true),
        ActionCode("MML", "Mail merge letter", .leasehold, comm: true),
        ActionCode("REF", "FTA refund request", .leasehold, comm: true),
        ActionCode("LRL", "Referred for legal action", .leasehold),
        // Notices for other account types (this product)
        ActionCode("NOP", "Notice of proceedings served", .notices),
        ActionCode("NTQ", "Notice to quit served", .notices),
        ActionCode("IRR", "Introductory review requested", .notices, user: true),
        ActionCode("IRD", "Introductory review decided", .notices, user: true),
        ActionCode("DCL", "Letter of claim sent (debt claims protocol)", .notices, comm: true),
        ActionCode("DRF", "Referred for debt recovery", .notices),
        ActionCode("PCL", "Possession claim issued", .notices),
        // Contact and visits
        ActionCode("INC", "Incoming telephone call", .contact, user: true),
        ActionCode("OTC", "Outgoing telephone call", .contact, user: true),
        ActionCode("OOC", "Out of hours call", .contact, user: true),
        ActionCode("OFI", "Office interview", .contact, user: true),
        ActionCode("VIM", "Visit made", .contact, user: true, comm: true),
        ActionCode("VIU", "Unsuccessful visit", .contact, user: true),
        ActionCode("CBV", "Court breach visit made", .contact, user: true, comm: true),
        ActionCode("CVD", "Covid-19 call", .contact, user: true),
        ActionCode("CVB", "C19 court order breached", .contact, user: true, comm: true),
        // Contact details corrected on the case page (this product's; the entry keeps the old value).
        ActionCode("CAC", "Correspondence address changed", .contact),
        ActionCode("CPC", "Phone numbers changed", .contact),
        ActionCode("CEC", "Email address changed", .contact),
        // Benefits
        ActionCode("UCC", "Universal Credit", .benefits, user: true),
        ActionCode("UC1", "Universal Credit verification complete", .benefits),
        ActionCode("UC2", "Universal Credit direct payment requested", .benefits),
        ActionCode("UC3", "Universal Credit direct payment received", .benefits),
        ActionCode("HBO", "Housing Benefit outstanding", .benefits, user: true),
        ActionCode("MHB", "Housing Benefit investigation pending", .benefits, user: true),
        ActionCode("DPQ", "DWP direct payments requested", .benefits, user: true),
        ActionCode("MBH", "Delayed benefit", .benefits, user: true),
        // Money
        ActionCode("FIC", "Financial inclusion call", .money, user: true),
        ActionCode("FIO", "Financial inclusion interview", .money, user: true),
        ActionCode("FIV", "Financial inclusion visit", .money, user: true),
        ActionCode("DEB", "Referred for debt advice", .money, user: true),
        ActionCode("DDC", "Direct debit cancelled", .money, user: true),
        ActionCode("POP", "Promise of payment", .money, user: true),
        ActionCode("PPK", "Promise to pay kept", .money),
        ActionCode("PPB", "Promise to pay broken", .money),
        ActionCode("DEC", "Deceased", .money, user: true),
        // SMS and email
        ActionCode("GAT", "Automated SMS", .messages, comm: true),
        ActionCode("GAE", "Automated email", .messages, comm: true),
        // By hand: a text sent from the office phone records the SMS step (docs/policy.md §10).
        ActionCode("GMS", "Manual SMS", .messages, user: true, comm: true),
        ActionCode("AMS", "Manual SMS (amber)", .messages, comm: true),
        ActionCode("GME", "Manual email", .messages, comm: true),
        ActionCode("SMS", "Text message sent", .messages, comm: true),
        // Holds and pauses
        ActionCode("RMD", "Paused: missing data", .holds),
        ActionCode("GEN", "Paused: other", .holds),
        ActionCode("UNP", "Pause ended", .holds),
        ActionCode("BSS", "Breathing space started", .holds),
        ActionCode("BSE", "Breathing space ended", .holds),
        ActionCode("BCP", "Benefit claim pending", .holds),
        ActionCode("VUL", "Vulnerability recorded", .holds),
        ActionCode("DIS", "Dispute recorded", .holds),
        ActionCode("HEN", "Hold ended", .holds),
        // Agreements
        ActionCode("AGR", "Agreement created", .agreements),
        ActionCode("AGC", "Agreement cancelled", .agreements),
        ActionCode("AGB", "Agreement breached", .agreements),
        ActionCode("AGX", "Agreement completed", .agreements),
        // System
        ActionCode("VOI", "Entry voided", .system),
        ActionCode("ASN", "Case reassigned", .system),
    ]

    public static let byCode: [String: ActionCode] = {
        var d: [String: ActionCode] = [:]
        for c in all { d[c.code] = c }
        return d
    }()

    public static func name(of code: String) -> String { byCode[code]?.name ?? code }
    public static func isCommunication(_ code: String) -> Bool { byCode[code]?.isCommunication ?? false }
    public static var userSelectable: [ActionCode] { all.filter(\.userSelectable) }

    /// S02 counts as a communication only when Universal Housing wrote it as policy.
    public static func countsAsCommunication(code: String, comment: String) -> Bool {
        if code == "S02" { return comment.contains("Policy generated") }
        return isCommunication(code)
    }
}
