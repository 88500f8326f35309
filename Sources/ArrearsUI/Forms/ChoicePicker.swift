import ArrearsCore

/// One value a picker offers: an id the form reads, the text people see, and the group it is listed under.
struct Choice: Hashable {
    var id: String
    var label: String
    var group: String?

    init(id: String, label: String, group: String? = nil) { self.id = id; self.label = label; self.group = group }
}

/// A choice among fixed values. Long or grouped lists show as a list under the field, filtered by what
/// is typed (`tel` finds both telephone codes); a few plain values show on one line and Left, Right or
/// Space step through them, or the first letter picks one.
struct ChoicePicker: Hashable {
    let choices: [Choice]
    private(set) var filter = TextInput()
    private(set) var selectedId: String?

    init(_ choices: [Choice], selected: String? = nil) {
        self.choices = choices
        selectedId = selected.flatMap { id in choices.contains { $0.id == id } ? id : nil }
    }

    var isInline: Bool { choices.count <= 4 && choices.allSatisfy { $0.group == nil } }
    var selected: Choice? { selectedId.flatMap { id in choices.first { $0.id == id } } }

    /// The choices whose code or label contains the filter (accents and case ignored), in list order.
    var matches: [Choice] {
        let needle = FoldedText.fold(filter.text.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty else { return choices }
        return choices.filter { choice in
            let haystack = FoldedText(["\(choice.id) \(choice.label)"])
            return haystack.contains(needle, row: 0)
        }
    }

    /// Leaves the list as it was before typing began, keeping the choice.
    mutating func clearFilter() { filter = TextInput() }

    /// Applies a typed or editing key. Returns false for keys the picker does not use.
    mutating func type(_ key: Key) -> Bool {
        if isInline {
            switch key {
            case _ where EditingKeys.choiceNext.contains(key): step(by: 1)
            case _ where EditingKeys.choicePrevious.contains(key): step(by: -1)
            case .char(let c):
                let letter = FoldedText.fold(String(c))
                guard let found = choices.first(where: { FoldedText.fold(String($0.label.prefix(1))) == letter }) else { return false }
                selectedId = found.id
            default: return false
            }
            return true
        }
        guard filter.handle(key) else { return false }
        let found = matches
        if !found.contains(where: { $0.id == selectedId }) { selectedId = found.first?.id ?? selectedId }
        return true
    }

    /// Moves the selection through the matching choices. Returns false at either end.
    mutating func move(by delta: Int) -> Bool {
        let found = matches
        guard !found.isEmpty else { return false }
        guard let current = found.firstIndex(where: { $0.id == selectedId }) else {
            selectedId = (delta > 0 ? found.first : found.last)?.id
            return true
        }
        let next = current + delta
        guard next >= 0, next < found.count else { return false }
        selectedId = found[next].id
        return true
    }

    private mutating func step(by delta: Int) {
        guard !choices.isEmpty else { return }
        let current = choices.firstIndex { $0.id == selectedId } ?? (delta > 0 ? -1 : 0)
        selectedId = choices[((current + delta) % choices.count + choices.count) % choices.count].id
    }

    /// The list rows to show in at most `limit` lines: group headings before their first match, and the
    /// window that keeps the selection (with its heading, when there is room) in view.
    func rows(limit: Int) -> [PickerRow] {
        var all: [PickerRow] = []
        var group: String?
        for choice in matches {
            if let g = choice.group, g != group { all.append(.heading(g)); group = g }
            all.append(.choice(choice, isSelected: choice.id == selectedId))
        }
        guard all.count > limit, limit > 0 else { return all }
        let selectedRow = all.firstIndex { if case .choice(_, true) = $0 { return true } else { return false } } ?? 0
        var start = max(0, min(selectedRow - limit / 2, all.count - limit))
        if start > 0, selectedRow - start < limit - 1, case .heading = all[start - 1] { start -= 1 }
        return Array(all[start..<(start + limit)])
    }
}

enum PickerRow: Hashable {
    case heading(String)
    case choice(Choice, isSelected: Bool)
}
