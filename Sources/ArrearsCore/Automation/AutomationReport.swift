import Foundation

/// What one automation run did (or, for a dry run, would do): counts per patch and step, the skip
/// reasons, and every case, for the cron mail, the command line and the team lead's preview.
public struct AutomationReport: Hashable, Sendable {
    public var asOf: CivilDate
    public var dryRun: Bool
    public var results: [AutomationRun.CaseResult]

    public var acted: [AutomationRun.CaseResult] {
        results.filter { if case .letters = $0.kind { return true }; if case .message = $0.kind { return true }; return false }
    }
    public var letters: Int { results.reduce(0) { if case .letters(let n) = $1.kind { return $0 + n }; return $0 } }
    public var messages: Int { results.filter { $0.kind == .message }.count }
    public var pausedForMissingData: [AutomationRun.CaseResult] {
        results.filter { if case .pausedForMissingData = $0.kind { return true }; return false }
    }
    public var failed: [AutomationRun.CaseResult] {
        results.filter { if case .failed = $0.kind { return true }; return false }
    }

    /// Skipped cases by reason key (see `AutomationSkip.keyLabels`), the missing-data pauses included.
    public var skipCounts: [String: Int] {
        var counts: [String: Int] = [:]
        for r in results {
            switch r.kind {
            case .skipped(let why): counts[why.key, default: 0] += 1
            case .pausedForMissingData: counts["missing_data", default: 0] += 1
            default: break
            }
        }
        return counts
    }

    /// Cases acted on per patch and step: `E01 · Letter 1` → 12.
    public var actedByPatchAndStep: [(patch: String, step: AutomationStep, cases: Int)] {
        var counts: [String: (String, AutomationStep, Int)] = [:]
        for r in acted {
            let key = r.patch + "\u{1F}" + r.step.rawValue
            counts[key] = (r.patch, r.step, (counts[key]?.2 ?? 0) + 1)
        }
        return counts.values.sorted { ($0.0, $0.1.rawValue) < ($1.0, $1.1.rawValue) }.map { ($0.0, $0.1, $0.2) }
    }

    /// One line for the audit trail and the cron mail's subject.
    public var countsLine: String {
        let skipped = results.count - acted.count - pausedForMissingData.count - failed.count
        var parts = ["\(acted.count) cases acted on (\(letters) letters, \(messages) SMS)",
                     "\(pausedForMissingData.count) paused for missing data", "\(skipped) left to officers"]
        if !failed.isEmpty { parts.append("\(failed.count) could not be saved") }
        return parts.joined(separator: ", ")
    }

    /// The counts as one JSON object (the audit row's after-value).
    public var countsJSON: String {
        var w = JSONWriter()
        w.beginObject()
        writeCounts(&w)
        w.endObject()
        return w.text
    }

    /// Counts and every case, for `arrears run --json`.
    public var json: String {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        writeCounts(&w)
        w.beginArray("cases")
        for r in results {
            w.beginObject()
            w.string("ref", r.ref)
            w.string("patch", r.patch)
            w.string("account_type", r.accountType.rawValue)
            w.string("step", r.step.rawValue)
            switch r.kind {
            case .letters(let n): w.string("outcome", "letters"); w.int("letters", n)
            case .message: w.string("outcome", "sms")
            case .pausedForMissingData(let why): w.string("outcome", "paused_missing_data"); w.string("reason", why)
            case .skipped(let why): w.string("outcome", "skipped"); w.string("skip", why.key); w.string("reason", why.text)
            case .failed(let why): w.string("outcome", "failed"); w.string("reason", why)
            }
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text
    }

    private func writeCounts(_ w: inout JSONWriter) {
        w.string("as_of", asOf.isoText)
        w.bool("dry_run", dryRun)
        w.int("cases_acted_on", acted.count)
        w.int("letters", letters)
        w.int("sms", messages)
        w.int("paused_for_missing_data", pausedForMissingData.count)
        w.int("failed", failed.count)
        w.beginObject("skipped")
        for (key, count) in skipCounts.sorted(by: { $0.key < $1.key }) { w.int(key, count) }
        w.endObject()
    }

    /// The summary a person reads: what went, what was left and why, and every case acted on.
    public var text: String {
        var lines = [(dryRun ? "Tonight's run would send" : "Automation") + " for \(asOf.isoText): \(countsLine)."]
        let byStep = actedByPatchAndStep
        if !byStep.isEmpty {
            lines.append("")
            lines.append(dryRun ? "Would act on, by patch and step:" : "Acted on, by patch and step:")
            for row in byStep { lines.append("  \(row.patch)  \(row.step.label): \(row.cases)") }
        }
        let skips = skipCounts
        if !skips.isEmpty {
            lines.append("")
            lines.append("Left to officers, by reason:")
            for (key, label) in AutomationSkip.keyLabels where skips[key] != nil {
                lines.append("  \(label): \(skips[key]!)")
            }
        }
        if !pausedForMissingData.isEmpty {
            lines.append("")
            lines.append("Paused for missing data (RMD):")
            for r in pausedForMissingData { if case .pausedForMissingData(let why) = r.kind { lines.append("  \(r.ref)  \(why)") } }
        }
        if !failed.isEmpty {
            lines.append("")
            lines.append("Could not be saved (tried again on the next run):")
            for r in failed { if case .failed(let why) = r.kind { lines.append("  \(r.ref)  \(why)") } }
        }
        if !acted.isEmpty {
            lines.append("")
            lines.append(dryRun ? "Cases it would act on:" : "Cases acted on:")
            for r in acted { lines.append("  \(r.ref)  \(r.patch)  \(r.step.label)") }
        }
        return lines.joined(separator: "\n")
    }
}
