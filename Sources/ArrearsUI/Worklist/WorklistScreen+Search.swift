import ArrearsCore

/// `/` on the worklist: incremental search over the tab's rows, and `n`/`N` between matches.
extension WorklistScreen {
    mutating func beginSearch() {
        search.isEditing = true
        search.input = TextInput()
        search.origin = viewport.selected
        search.originScreenRow = viewport.selectedScreenRow
    }

    /// After each keystroke: jump to the first match from where the search began.
    mutating func searchEdited() -> Bool {
        let text = search.input.text
        search.matchCount = matchCount(text)
        if text.isEmpty { viewport.reselect(search.origin, keepingScreenRow: search.originScreenRow); return true }
        guard let row = find(text, from: search.origin, forward: true) else {
            viewport.reselect(search.origin, keepingScreenRow: search.originScreenRow)
            return false
        }
        viewport.select(row)
        return true
    }

    mutating func acceptSearch() {
        search.isEditing = false
        search.query = search.input.text
    }

    mutating func cancelSearch() {
        search.isEditing = false
        viewport.reselect(search.origin, keepingScreenRow: search.originScreenRow)
    }

    /// `n` / `N`. Returns false when there is no search or nothing matches.
    mutating func searchAgain(forward: Bool) -> Bool {
        guard !search.query.isEmpty, !viewport.isEmpty else { return false }
        let start = viewport.selected + (forward ? 1 : -1)
        guard let row = find(search.query, from: start, forward: forward) else { return false }
        viewport.select(row)
        return true
    }

    func matchCount(_ query: String) -> Int {
        let needle = FoldedText.fold(query)
        guard !needle.isEmpty else { return 0 }
        let text = index.searchText
        return rows.reduce(0) { $0 + (text.contains(needle, row: $1) ? 1 : 0) }
    }

    func find(_ query: String, from start: Int, forward: Bool) -> Int? {
        let needle = FoldedText.fold(query)
        guard !needle.isEmpty else { return nil }
        let text = index.searchText
        let rows = self.rows
        return WorklistSearch.find(in: rows.count, from: start, forward: forward) { text.contains(needle, row: rows[$0]) }
    }
}
