import ArrearsCore

/// Which letters the Letters screen shows.
public struct LetterFilter: Hashable, Sendable {
    public var status: LetterStatus?
    public var templateId: String?
    public var patch: WorklistFilter.PatchChoice
    /// Only these letters: the ones a bulk run just queued, so the user sees exactly what went.
    public var letterIds: Set<String>?

    public init(status: LetterStatus? = nil, templateId: String? = nil, patch: WorklistFilter.PatchChoice = .all) {
        self.status = status; self.templateId = templateId; self.patch = patch
    }

    /// Every letter: what `F` (clear the filters) shows.
    public static let none = LetterFilter()

    /// The letters a bulk run just queued, whatever their patch.
    public static func justQueued(_ ids: Set<String>) -> LetterFilter {
        var f = LetterFilter(status: .queued)
        f.letterIds = ids
        return f
    }

    /// Like the worklist: a user with patches starts on their own letters, anyone else on all.
    public static func initial(for user: User) -> LetterFilter {
        LetterFilter(patch: WorklistFilter.initial(for: user).patch)
    }

    /// - Parameter officer: who holds the letter's case, for "mine".
    public func matches(_ l: LetterListing, user: User, officer: String?) -> Bool {
        matchesIgnoringStatus(l, user: user, officer: officer) && (status.map { l.letter.status == $0 } ?? true)
    }

    /// For the status counts: how many letters each status would show with the other filters kept.
    func matchesIgnoringStatus(_ l: LetterListing, user: User, officer: String?) -> Bool {
        switch patch {
        case .all: break
        case .mine: guard l.patch.map(user.patches.contains) ?? false || officer == user.login else { return false }
        case .unassigned: guard l.patch == nil else { return false }
        case .patch(let p): guard l.patch == p else { return false }
        }
        if let templateId, l.letter.templateId != templateId { return false }
        if let letterIds, !letterIds.contains(l.letter.id) { return false }
        return true
    }
}

/// How letters are named and coloured on every letter screen.
enum LetterRows {
    /// Statuses in the order the screens list them: what needs attention first.
    static let statusOrder: [LetterStatus] = [.queued, .failed, .sent, .reviewed, .cancelled]

    static func role(for status: LetterStatus) -> StyleRole {
        switch status {
        case .failed: return .error
        case .queued: return .highlight
        case .sent, .reviewed: return .normal
        case .cancelled: return .muted
        }
    }

    /// The template's title, or its id for letters whose template is no longer shipped.
    static func templateTitle(_ id: String) -> String {
        LetterTemplateCatalogue.title(ofTemplate: id)
    }

    /// Newest first; the order the case pane's items and the Letters screen's rows follow.
    static func newestFirst(_ a: Letter, _ b: Letter) -> Bool { (a.createdAt, a.id) > (b.createdAt, b.id) }
}
