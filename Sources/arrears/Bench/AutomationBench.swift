import Foundation
import ArrearsCore

/// Issue 14's figure: the nightly job with automation on everywhere over the demo caseload
/// (classify, then automation queueing every letter it may; sending through Notify excluded).
enum AutomationBench {
    static func run(_ session: BenchSession) throws -> BenchTable {
        var table = BenchTable(title: "Automation (issue 14)")
        let demo = try session.demoDatabase()
        let path = session.path("automation.sqlite")
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: demo.path, toPath: path)
        let store = try SQLiteCaseStore(path: path)
        let lead = try store.users().first { $0.role == .teamLead && !$0.disabled }
            ?? { throw CommandFailure(message: "the demo database has no team lead, which is a fault in the benchmark") }()
        let asOf = BenchSession.asOf
        let at = Timestamp(london: asOf.adding(days: -1), hour: 17)
        try AutomationControl.apply(.init(patches: try AutomationControl.knownPatches(store).sorted(), accountTypes: AccountType.allCases,
                                          steps: AutomationStep.allCases, enabled: true, dailyCap: AutomationSettings.maximumDailyCap),
                                    store: store, user: lead, at: at)
        let options = AutomationRun.Options(asOf: asOf, policy: .default, dryRun: false, firstSMS: nil)
        let now = { Timestamp(london: asOf, hour: 2) }
        let (preview, previewSeconds) = try Stopwatch.time {
            try NightlyJob.run(store: store, user: lead, today: asOf, options: AutomationRun.Options(
                asOf: asOf, policy: .default, dryRun: true, firstSMS: nil), rerun: false, now: now)
        }
        let (result, seconds) = try Stopwatch.time {
            try NightlyJob.run(store: store, user: lead, today: asOf, options: options, rerun: false, now: now)
        }
        let (again, againSeconds) = try Stopwatch.time {
            try NightlyJob.run(store: store, user: lead, today: asOf, options: options, rerun: false, now: now)
        }
        let n = BenchFigure.format(Double(demo.accounts), decimals: 0)
        table.add(BenchFigure("nightly run with automation on everywhere, \(n) accounts", seconds, "s", decimals: 1,
                              target: session.target(15, "s")))
        table.add(BenchFigure("  cases acted on", Double(result.automation.acted.count), "cases"))
        table.add(BenchFigure("  letters queued", Double(result.automation.letters), "letters"))
        table.add(BenchFigure("  cases paused for missing data", Double(result.automation.pausedForMissingData.count), "cases"))
        table.add(BenchFigure("preview (--dry-run) of the same night", previewSeconds, "s", decimals: 1))
        table.add(BenchFigure("  preview agrees with the run (1 = yes)", preview.automation.results.map(\.kind) == result.automation.results.map(\.kind) ? 1 : 0, ""))
        table.add(BenchFigure("the same night again (sends nothing)", againSeconds, "s", decimals: 1))
        table.add(BenchFigure("  letters queued the second time", Double(again.automation.letters), "letters"))
        table.note("Every patch × account type × step switched on with the largest daily cap (\(AutomationSettings.maximumDailyCap)); SMS steps are skipped (no Notify). Sending through GOV.UK Notify is not included.")
        return table
    }
}
