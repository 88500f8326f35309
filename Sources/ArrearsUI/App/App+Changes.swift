import ArrearsCore

extension App {
    /// At most this many changed cases are read one by one; beyond it (a nightly run, an import) every
    /// summary is read again in one query, which is then the quicker way.
    static let changedCasesReadOneByOne = 200

    /// Brings in what other caseworkers committed: compares every summary's stamp with what is loaded
    /// and reads again only the cases whose stamps differ, updating them in place as after this
    /// workbench's own action. Reads everything when the data source cannot say what changed, when
    /// cases were added or removed, or when too many changed.
    public mutating func reloadChanged() {
        guard let source = session.data as? any ChangedSummaries, let stamps = try? source.summaryStamps() else { return reload() }
        let loaded = session.index.summaries
        guard stamps.count == loaded.count else { return reload() }
        var changed: [String] = []
        for (stamp, summary) in zip(stamps, loaded) where stamp != SummaryStamp(summary) {
            guard stamp.ref == summary.ref else { return reload() }
            changed.append(stamp.ref)
            if changed.count > App.changedCasesReadOneByOne { return reload() }
        }
        for ref in changed {
            guard let summary = try? source.summary(ref: ref), let file = try? source.loadCase(ref: ref) else { return reload() }
            update(SavedCase(file: file, summary: summary))
        }
    }
}
