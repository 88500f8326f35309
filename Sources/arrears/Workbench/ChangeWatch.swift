import ArrearsCore
import ArrearsUI

/// What the workbench does when idle: reload when another caseworker committed, and when the
/// database server went away, say so on the status line and reconnect. Nothing on screen is thrown
/// away meanwhile, so a half-filled form is still there when the connection comes back.
enum ChangeWatch {
    struct Outcome {
        var reload = false
        var message: StatusMessage?
    }

    static func check(_ store: SQLCaseStore, lastVersion: inout Int, connectionLost: inout Bool) -> Outcome {
        do {
            if connectionLost { try store.reconnect() }
            let version = try store.dataVersion()
            var outcome = Outcome()
            if connectionLost {
                connectionLost = false
                outcome.message = StatusMessage("Reconnected to the database; showing the latest cases.", kind: .success)
                outcome.reload = true
            } else if version != lastVersion {
                outcome.reload = true
            }
            lastVersion = version
            return outcome
        } catch {
            if connectionLost { return Outcome() }
            connectionLost = true
            return Outcome(message: StatusMessage(
                "Lost the connection to the database: reconnecting every second; what you typed is kept.", kind: .error))
        }
    }
}
