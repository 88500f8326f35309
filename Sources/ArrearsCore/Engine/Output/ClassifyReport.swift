extension ClassifySnapshot {
    /// The counts a classify run records for trends: per band, per action, and per band within each patch,
    /// account type and officer (`band:red`, `action:send_letter_one`, `patch:E01:red`, `type:SEC:red`,
    /// `officer:jsmith:red`). Arrears are the positive balances, in pence.
    public static func make(from summaries: [CaseSummary], asOf: CivilDate) -> ClassifySnapshot {
        var counts: [String: Int] = [:]
        var arrears: [String: Int64] = [:]
        for s in summaries {
            let owed = max(s.balance.pence, 0)
            let band = s.band.rawValue
            for key in ["band:\(band)", "action:\(s.actionId)", "patch:\(s.patch ?? "unassigned"):\(band)",
                        "type:\(s.type.rawValue):\(band)", "officer:\(s.officer ?? "unassigned"):\(band)"] {
                counts[key, default: 0] += 1
                arrears[key, default: 0] += owed
            }
        }
        return ClassifySnapshot(asOf: asOf, counts: counts, arrears: arrears)
    }
}

/// What `arrears classify` prints: counts and arrears per band and per action, and the conflicts found.
public struct ClassifyReport: Sendable {
    public let asOf: CivilDate
    public let total: Int
    public let conflicts: Int
    public let snapshot: ClassifySnapshot

    public init(summaries: [CaseSummary], conflicts: Int, asOf: CivilDate) {
        self.asOf = asOf
        total = summaries.count
        self.conflicts = conflicts
        snapshot = ClassifySnapshot.make(from: summaries, asOf: asOf)
    }

    /// Actions with at least one case: most cases first, then by id.
    public var actionCounts: [(action: String, count: Int, arrears: Money)] {
        snapshot.counts.compactMap { key, count in
            guard key.hasPrefix("action:") else { return nil }
            return (String(key.dropFirst(7)), count, Money(pence: snapshot.arrears[key] ?? 0))
        }.sorted { ($0.count, $1.action) > ($1.count, $0.action) }
    }

    /// Red, amber and green, then the cases not in arrears (clear), which are in none of them.
    public var bandCounts: [(band: Band, count: Int, arrears: Money)] {
        Band.allCases.map { ($0, snapshot.counts["band:\($0.rawValue)"] ?? 0, Money(pence: snapshot.arrears["band:\($0.rawValue)"] ?? 0)) }
    }

    public var text: String {
        var out = ["Classified \(total) case\(total == 1 ? "" : "s") as of \(asOf.longText).", ""]
        out.append(Explanation.pad("Band", 10) + Explanation.leftPad("Cases", 10) + Explanation.leftPad("Arrears", 18))
        for (band, count, owed) in bandCounts {
            out.append(Explanation.pad("\(band.letter) \(band.label)", 10) + Explanation.leftPad(String(count), 10)
                       + Explanation.leftPad(owed.tableText, 18))
        }
        out.append("")
        out.append(Explanation.pad("Next recommended action", 48) + Explanation.leftPad("Cases", 10)
                   + Explanation.leftPad("Arrears", 18))
        for (id, count, owed) in actionCounts {
            let label = RecommendedAction(rawValue: id)?.label ?? id
            out.append(Explanation.pad(label, 48) + Explanation.leftPad(String(count), 10) + Explanation.leftPad(owed.tableText, 18))
        }
        out.append("")
        out.append(conflicts == 0 ? "No rule conflicts." : "\(conflicts) case\(conflicts == 1 ? "" : "s") with more than one rule firing (see `arrears explain`).")
        return out.joined(separator: "\n") + "\n"
    }

    public var json: String {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.string("as_of", asOf.isoText)
        w.int("total", total)
        w.int("conflicts", conflicts)
        w.beginArray("bands")
        for b in bandCounts {
            w.beginObject()
            w.string("band", b.band.rawValue)
            w.int("cases", b.count)
            w.int("arrears_pence", Int(b.arrears.pence))
            w.endObject()
        }
        w.endArray()
        w.beginArray("actions")
        for a in actionCounts {
            w.beginObject()
            w.string("action", a.action)
            w.int("cases", a.count)
            w.int("arrears_pence", Int(a.arrears.pence))
            w.endObject()
        }
        w.endArray()
        w.beginObject("snapshot")
        for key in snapshot.counts.keys.sorted() {
            w.beginObject(key)
            w.int("cases", snapshot.counts[key] ?? 0)
            w.int("arrears_pence", Int(snapshot.arrears[key] ?? 0))
            w.endObject()
        }
        w.endObject()
        w.endObject()
        return w.text + "\n"
    }
}
