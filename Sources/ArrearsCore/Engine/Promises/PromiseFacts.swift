/// What the rules read about promises to pay: the newest promise made by the as-of date, reviewed
/// against the ledger, and the first follow-up recorded since it broke.
public struct PromiseFacts: Hashable, Sendable {
    public var review: PromiseReview
    /// The first contact with the tenant (a call, a visit, an interview, an agreement) on or after the
    /// day the promise broke; nil while nobody has followed it up.
    public var followedUp: DiaryMark?

    /// The diary codes that follow a broken promise up: talking to the tenant, or agreeing a plan.
    public static let followUpCodes: Set<String> = ["INC", "OTC", "OOC", "OFI", "VIM", "VIU", "FIC", "FIO", "FIV", "DEB", "AGR"]

    /// Nil when no promise was made by `asOf` (a newer promise replaces the older one in the rules).
    init?(_ file: CaseFile, asOf: CivilDate) {
        guard let promise = file.promises.filter({ $0.madeOn <= asOf && $0.outcome != .withdrawn }).max(by: { $0.id < $1.id })
        else { return nil }
        review = PromiseReview.review(promise, ledger: file.transactions, asOf: asOf)
        guard case .broken(let brokeOn) = review.verdict else { followedUp = nil; return }
        let voided = Set(file.diary.compactMap(\.voids))
        followedUp = file.diary.first { entry in
            !voided.contains(entry.id) && Self.followUpCodes.contains(entry.code) && entry.date >= brokeOn && entry.date <= asOf
        }.map { DiaryMark(code: $0.code, date: $0.date) }
    }

    /// Broken, and nobody has followed it up yet.
    public var brokenUnanswered: Bool {
        if case .broken = review.verdict { return followedUp == nil }
        return false
    }
}
