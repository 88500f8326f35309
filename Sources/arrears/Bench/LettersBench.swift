import ArrearsCore

/// Issue 5's figure: render, validate and queue 20,000 letters (GOV.UK Notify's daily letter limit)
/// as a team lead's bulk run of rent letter 1 over the demo database.
enum LettersBench {
    static let templateId = "rent_letter_1"
    static let teamLead = "lead.income"

    static func run(_ session: BenchSession) throws -> BenchTable {
        var table = BenchTable(title: "Letters (issue 5)")
        let db = try session.demoDatabase()
        let store = try SQLiteCaseStore(path: db.path)
        guard let template = LetterTemplateCatalogue.standard.template(id: templateId) else {
            throw CommandFailure(message: "the letter template \(templateId) is missing from the catalogue")
        }
        guard let user = try store.user(login: teamLead) else {
            throw CommandFailure(message: "the demo database has no user \(teamLead)")
        }
        // A bulk run goes to cases that owe money: letter 1 has nothing to say to an account in credit.
        let references = try store.summaries()
            .filter { template.accountTypes.contains($0.type) && $0.collectableArrears.isPositive }
            .prefix(session.sizes.letters).map(\.ref)
        let asOf = BenchSession.asOf
        // As `arrears letters queue` does it: figures from the stored summaries, the plan, the queue
        // items (ids, and a check that nothing is queued twice), then one bulk step.
        var lookupSeconds = 0.0
        let raw = references.joined(separator: "\n")
        var cases: BulkQueue.Cases?
        let (plan, planSeconds) = try Stopwatch.time {
            let arrears = Dictionary(try store.summaries().map { ($0.ref, $0.collectableArrears) }, uniquingKeysWith: { a, _ in a })
            let read = try Stopwatch.accumulate(&lookupSeconds) {
                try BulkQueue.Cases(rawReferences: raw, resolve: { arrears[$0] == nil ? nil : $0 }, load: store.loadCases)
            }
            cases = read
            return BulkLetterPlan.make(rawReferences: raw, template: template, asOf: asOf,
                                       sender: .example, role: user.role,
                                       lookup: read.lookup,
                                       figures: { LetterFigures(collectableArrears: arrears[$0.ref] ?? $0.balance,
                                                                        minimumBalance: Policy.default.letters.minimumBalance) })
        }
        let at = Timestamp(london: asOf, hour: 9)
        let (items, itemSeconds) = Stopwatch.time {
            BulkQueue.items(plan: plan, cases: cases!, author: user.login, asOf: asOf, at: at)
        }
        let actions = try CaseActionsFactory.make(store: store, user: user, context: session.context, asOf: asOf, policy: .default)
        let queueSeconds = try Stopwatch.time { _ = try actions.bulkQueueLetters(items.cases) }.seconds
        let letterCount = items.letters
        let total = planSeconds + itemSeconds + queueSeconds
        let refs = BenchFigure.format(Double(references.count), decimals: 0)
        table.add(BenchFigure("render, validate and queue letters for \(refs) references", total, "s", decimals: 2,
                              target: session.target(10, "s")))
        table.add(BenchFigure("  letters queued", Double(letterCount), "letters"))
        table.add(BenchFigure("  letters per second, end to end", Double(letterCount) / total, "letters/s"))
        table.add(BenchFigure("  render and validate (summaries, bulk plan)", planSeconds, "s", decimals: 2))
        table.add(BenchFigure("    of which: load the cases from SQLite (in batches)", lookupSeconds, "s", decimals: 2))
        table.add(BenchFigure("  queue items (letter ids, already-queued check)", itemSeconds, "s", decimals: 2))
        table.add(BenchFigure("  queue in one transaction (diary, re-classify, summary, audit)", queueSeconds, "s", decimals: 2))
        table.add(BenchFigure("  could not be sent (Notify address rules, missing fields)", Double(plan.cannotSendCount), "entries"))
        if let reasons = commonReasons(plan) { table.note("Could not be sent, most often: \(reasons).") }
        table.note("Template \(templateId) as the team lead \(teamLead); one letter per named responsible tenant; letters over Notify's page limit are queued for local print.")
        return table
    }

    /// The three commonest reasons letters could not be sent, with their counts.
    static func commonReasons(_ plan: BulkLetterPlan) -> String? {
        var counts: [String: Int] = [:]
        for failure in plan.cannotSend { counts[failure.reason, default: 0] += 1 }
        let top = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3)
        return top.isEmpty ? nil : top.map { "\($0.key) (\($0.value))" }.joined(separator: "; ")
    }
}
