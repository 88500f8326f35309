import ArrearsCore
import ArrearsUI

/// The database server going away while the workbench is open: said on the status line once, then a
/// reconnect tried at every idle tick. Nothing on screen is thrown away meanwhile, so a half-filled
/// form is still there when the connection comes back. (Other caseworkers' changes are `IdleReload`'s.)
struct ConnectionWatch {
    private var lost = false

    /// A message when the connection was just lost or just came back; nil otherwise.
    mutating func check(_ store: SQLCaseStore) -> StatusMessage? {
        do {
            if lost { try store.reconnect() }
            _ = try store.dataVersion()
            guard lost else { return nil }
            lost = false
            return StatusMessage("Reconnected to the database; showing the latest cases.", kind: .success)
        } catch {
            if lost { return nil }
            lost = true
            return StatusMessage("Lost the connection to the database: reconnecting every second; what you typed is kept.",
                                 kind: .error)
        }
    }
}
