/// The diary entry a queued letter writes names the letter, so that the engine can tell when that letter
/// never reached the tenant (cancelled, rejected by Notify, or reviewed and not sent) and stop counting the
/// entry as a communication: the ladder moves on only for letters that went out (docs/policy.md §9).
public enum LetterDiaryNote {
    private static let prefix = "Letter "
    private static let marker = " from template "

    /// `Letter L-1 from template letter_1 queued.`
    public static func queued(letterId: String, templateId: String, localPrint: Bool) -> String {
        let print = localPrint ? " for local printing (over Notify's page limit)" : ""
        return "\(prefix)\(letterId)\(marker)\(templateId) queued\(print)."
    }

    /// The letter a queue entry names, or nil for any other comment.
    public static func letterId(in comment: String) -> Substring? {
        guard comment.hasPrefix(prefix), let end = comment.range(of: marker) else { return nil }
        return comment[comment.index(comment.startIndex, offsetBy: prefix.count)..<end.lowerBound]
    }
}

extension Letter {
    /// Cancelled before sending, rejected by Notify, or reviewed after a rejection and not printed locally.
    public var neverWentOut: Bool {
        switch status {
        case .cancelled, .failed: return true
        case .reviewed: return !localPrint
        case .queued, .sent: return false
        }
    }
}
