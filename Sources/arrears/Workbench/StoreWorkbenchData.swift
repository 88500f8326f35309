import ArrearsCore
import ArrearsUI

/// The workbench's data, backed by the case store.
final class StoreWorkbenchData: WorkbenchData {
    let store: SQLiteCaseStore
    let currentUser: User
    let asOf: CivilDate

    init(store: SQLiteCaseStore, user: User, asOf: CivilDate) {
        self.store = store
        self.currentUser = user
        self.asOf = asOf
    }

    func summaries() throws -> [CaseSummary] { try store.summaries() }
    func loadCase(ref: String) throws -> CaseFile? { try store.loadCase(ref: ref) }
    func explanation(ref: String) throws -> String {
        try store.summary(ref: ref)?.explanationJSON ?? "This case has not been classified yet: run arrears classify."
    }
    func snapshots() throws -> [ClassifySnapshot] { try store.snapshots(limit: 2) }
    func users() throws -> [User] { try store.users() }
    func letterCounts() throws -> [LetterStatus: Int] { try store.letterCounts() }
}
