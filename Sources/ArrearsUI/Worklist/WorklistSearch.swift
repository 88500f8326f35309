/// The worklist's `/` search: incremental while typing, then `n`/`N` from the selection.
struct WorklistSearch {
    var input = TextInput()
    var isEditing = false
    /// The selection and its screen row when typing began, restored when the search is cancelled.
    var origin = 0
    var originScreenRow = 0
    /// The last search kept with Enter, for `n` and `N`.
    var query = ""

    /// The first row at or after `start` (wrapping round) whose text contains the query, moving
    /// `forward` or backward. `rowText` gives the folded search text of a row.
    static func find(_ query: String, in count: Int, from start: Int, forward: Bool, rowText: (Int) -> String) -> Int? {
        let needle = WorklistIndex.fold(query)
        guard !needle.isEmpty, count > 0 else { return nil }
        for step in 0..<count {
            let row = forward ? (start + step) % count : ((start - step) % count + count) % count
            if rowText(row).contains(needle) { return row }
        }
        return nil
    }
}
