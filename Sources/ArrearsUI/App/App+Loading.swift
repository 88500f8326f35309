import ArrearsCore

/// Reading the cases: all at once, or the agent's own first and the rest after the first frame.
extension App {
    /// Reads every case's summary and the officers' names.
    mutating func loadData() {
        hasRestToLoad = false
        load { try $0.summaries() }
    }

    /// Before the first frame of an agent's worklist: only the cases its patch filter can show (their
    /// patches and the cases assigned to them), so the first frame does not wait for the whole
    /// caseload. The worklist's rows and tab counts are the same as from every case, because its filter
    /// passes no other case. Filters that show other patches read everything at once.
    mutating func loadFirstPage(for filter: WorklistFilter) {
        guard let source = session.data as? any FirstPageSummaries else { return loadData() }
        let user = self.user
        switch filter.patch {
        case .mine:
            load { _ in try source.summaries(inPatches: user.patches, orOfficer: user.login) }
        case .patch(let p):
            load { _ in try source.summaries(inPatches: [p], orOfficer: nil) }
        case .all, .unassigned:
            return loadData()
        }
        hasRestToLoad = true
    }

    /// Before the first frame of the team lead view: the counts the store keeps by group and the
    /// officers' names, not the 100,000 summaries, which are read after the first frame as after an
    /// agent's first page. Nil, with everything read, when the data source keeps no counts.
    mutating func loadCountsFirst() -> SummaryGroups? {
        guard let source = session.data as? any StoredSummaryCounts, let groups = try? source.summaryGroups() else {
            loadData()
            return nil
        }
        load { _ in [] }
        hasRestToLoad = true
        return groups
    }

    /// Reads the rest of the caseload after a first page, keeping every screen's tab, filters,
    /// selection and scroll. Does nothing once everything is loaded.
    public mutating func loadRest() {
        guard hasRestToLoad else { return }
        reload()
    }

    private mutating func load(_ read: (any WorkbenchData) throws -> [CaseSummary]) {
        do {
            session.index = WorklistIndex(summaries: try read(session.data))
            var names: [String: String] = [:]
            for u in try session.data.users() { names[u.login] = u.displayName }
            session.context.officerNames = names
        } catch {
            message = StatusMessage("Could not load cases: \(error)", kind: .error)
        }
    }

    /// Re-reads everything from the data source (another caseworker may have changed cases),
    /// keeping every screen's tab, filters, selection and scroll.
    public mutating func reload() {
        loadData()
        let s = session
        for i in stack.indices { stack[i].reload(session: s) }
        fitAll()
    }
}

extension App {
    /// Work to do while no key waits: the rest of the caseload after a first page, or the top screen's
    /// own work a part at a time (a campaign's preview, the policy what-if).
    public var hasPendingWork: Bool { hasRestToLoad || (stack.last?.hasPendingWork ?? false) }

    /// Does the next part of that work; the loop repaints after each, and a key waiting goes first.
    public mutating func doPendingWork() {
        if hasRestToLoad { loadRest(); return }
        guard var top = stack.popLast() else { return }
        top.doPendingWork(session: session)
        stack.append(top)
    }
}
