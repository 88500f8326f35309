/// Drives the App on a backend: render → paint → key → handle, until the App finishes. When the
/// first frame was drawn from a first page of cases, the rest is read at the first moment no key waits.
/// The host handles effects (saving settings, running actions) and a periodic idle callback, which
/// is how changes made by other caseworkers reach this screen without a restart.
@MainActor
public enum WorkbenchLoop {
    /// - Parameters:
    ///   - idleMilliseconds: how long to wait for a key before calling `idle`.
    ///   - effect: called for each effect the App returns.
    ///   - idle: called when no key arrived in time; return true if the App needs a repaint.
    public static func run(app: inout App, screen: any Backend, idleMilliseconds: Int32 = 1000,
                           effect: (AppEffect, inout App) -> Void, idle: (inout App) -> Bool) {
        var needsPaint = true
        while !app.isFinished {
            if needsPaint {
                let grid = app.render(width: screen.width, height: screen.height)
                screen.paint(grid)
                needsPaint = false
            }
            // After a first page, the rest of the caseload is read as soon as no key is waiting (a key
            // that comes first has it read before it is handled, in `App.handle`); a screen's work in
            // parts (a campaign's preview, the policy what-if) goes on the same way, a part between keys.
            guard let key = screen.readKey(timeoutMilliseconds: app.hasPendingWork ? 0 : idleMilliseconds) else {
                if app.hasPendingWork {
                    app.doPendingWork()
                    needsPaint = true
                } else {
                    needsPaint = idle(&app)
                }
                continue
            }
            if key == .resize { app.resize(width: screen.width, height: screen.height) }
            for e in app.handle(key) { effect(e, &app) }
            needsPaint = true
        }
    }
}
