/// The worklist's `/` search: incremental while typing, then `n`/`N` from the selection.
struct WorklistSearch {
    var input = TextInput()
    var isEditing = false
    /// The selection and its screen row when typing began, restored when the search is cancelled.
    var origin = 0
    var originScreenRow = 0
    /// The last search kept with Enter, for `n` and `N`.
    var query = ""
    /// How many rows match what is being typed, worked out once per keystroke.
    var matchCount = 0

    /// The first row at or after `start` (wrapping round) that `matches`, moving `forward` or backward.
    static func find(in count: Int, from start: Int, forward: Bool, matches: (Int) -> Bool) -> Int? {
        guard count > 0 else { return nil }
        for step in 0..<count {
            let row = forward ? (start + step) % count : ((start - step) % count + count) % count
            if matches(row) { return row }
        }
        return nil
    }
}
