/// Promises to pay in the demo (issue 11 §9). A tenant reached by phone in the last months before the
/// as-of date sometimes promises to pay by Friday; the officer records it as the workbench would (POP,
/// a pause to the day after), and the case's own payments decide whether it is kept: steady payers
/// keep theirs, slipping and non-paying ones break them. Each verdict is written the morning the nightly
/// run would have reached it; promises made in the demo's last days are still open on its as-of date.
extension DemoCaseBuilder {
    /// Promises are recorded only this close to the as-of date, so that a demo holds a realistic few
    /// and the worklist's broken promises are recent ones.
    static let promiseWindowDays = 120

    /// After "will pay on Friday": perhaps a promise. Its draws come from a stream of their own, so
    /// adding promises left the stories of accounts without one as they were.
    mutating func maybePromise(on day: CivilDate) {
        guard day >= asOf.adding(days: -Self.promiseWindowDays), !isPaused(on: day),
              !file.promises.contains(where: \.isOpen), promiseRng.chance(0.7) else { return }
        let daysToFriday = (5 - day.isoWeekday + 7) % 7
        // This Friday, or (paid monthly, say) the one after.
        let dueOn = day.adding(days: (daysToFriday == 0 ? 7 : daysToFriday) + (promiseRng.chance(0.4) ? 7 : 0))
        // Round sums a tenant would name, no more than they owe (the balance is over £50 here).
        let amount = Money(pounds: promiseRng.pick([20, 25, 30, 40, 50, 75, 100].filter { Money(pounds: $0) <= balance }))
        let officer = officer(on: day)
        let promise = PaymentPromise(id: file.promises.count + 1, amount: amount, dueOn: dueOn, madeOn: day,
                                     recordedBy: officer, recordedAt: lastDiaryAt ?? Timestamp(london: day, hour: 12),
                                     comment: "Wages late this month")
        let until = dueOn.adding(days: 1)
        note(day, "POP", promise.recordedText(pause: "paused to \(until.longText)") + " " + promise.comment, by: officer)
        file.promises.append(promise)
        file.pause = Pause(until: until, reason: .promiseOfPayment, comment: "Promise to pay \(promise.shortText)",
                           setBy: officer, setAt: lastDiaryAt ?? promise.recordedAt)
    }

    /// The nightly run's verdict on the open promise, once it is reached: kept the day the payments add
    /// up, broken the day after its date.
    mutating func settlePromises(on day: CivilDate) {
        let reviews = PromiseMonitor.verdicts(for: file, asOf: day)
        guard !reviews.isEmpty else { return }
        PromiseMonitor.apply(reviews, to: &file, at: nextDiaryTime(on: day, hour: 6))
    }
}
