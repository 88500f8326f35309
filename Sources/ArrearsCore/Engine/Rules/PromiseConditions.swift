/// Conditions about promises to pay (docs/policy.md §6.1).
enum PromiseConditions {
    /// The newest promise is broken (payments by its date fell short) and no call, visit, interview or
    /// agreement has been recorded since the day it broke.
    static let brokenPromiseUnanswered = Condition("broken_promise_unanswered", { _ in
        "the newest promise to pay is broken (payments from the day it was made to its date fell short) and nobody has contacted the tenant since"
    }) { ctx in
        guard let facts = ctx.m.promise else { return .fail(.nothing("no promise to pay on file")) }
        if let mark = facts.followedUp { return .fail(.text("\(facts.review.text); followed up: \(mark.text)")) }
        return .when(facts.brokenUnanswered, .text(facts.review.text))
    }
}
