/// Brings other caseworkers' committed changes to this screen without a restart: while no key comes,
/// the loop asks whether the data's version moved since this workbench last read or wrote, and only
/// then reads again the cases that changed (`App.reloadChanged`).
public struct IdleReload {
    private let version: () -> Int?
    private var seen: Int

    /// - Parameter version: the data source's change counter (SQLite's `data_version`), nil when it
    ///   cannot be read (then nothing reloads).
    public init(version: @escaping () -> Int?) {
        self.version = version
        seen = version() ?? 0
    }

    /// After this workbench's own writes: its own change is already on screen, so not a reason to reload.
    public mutating func noteOwnChange() { seen = version() ?? seen }

    /// Reloads the App when someone else committed since; returns whether it did (the loop repaints).
    public mutating func check(_ app: inout App) -> Bool {
        guard let now = version(), now != seen else { return false }
        seen = now
        app.reloadChanged()
        return true
    }
}
